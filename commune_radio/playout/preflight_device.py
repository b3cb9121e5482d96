"""The pre-flight check of the output device, through ``playout.devices``' public API only."""

from __future__ import annotations

from commune_radio.core.preflight import ERROR, OK, WARNING, Check
from commune_radio.playout import no_device_allowed


def device_check(ctx, sink=None) -> Check:
    """The remembered output is present (or, with none chosen, the system has a default), and
    it opens: the station program's own output stream (``sink``, a ``StreamSink``) is open on
    it, or, for `doctor`, a test stream opens on it now.

    Runs on the Qt (main) thread: it asks QtMultimedia. A computer allowed to play to nowhere
    (``COMMUNE_RADIO_ALLOW_NO_DEVICE``, headless CI) gets a warning instead of an error.
    """
    from commune_radio.playout.devices import default_output, find_output, output_devices

    chosen = ctx.output.device_id()
    if chosen:
        device = find_output(chosen)
        if device is None:
            name = ctx.output.device_name() or chosen
            return Check("output_device", ERROR, "preflight.device_missing", {"device": name})
        return _opens(device, sink) or Check("output_device", OK, "preflight.device_ok",
                                             {"device": ctx.output.device_name() or chosen})
    device = default_output()
    if device is None or not output_devices():
        return Check("output_device", WARNING if no_device_allowed() else ERROR,
                     "preflight.no_device")
    return _opens(device, sink) or Check("output_device", OK, "preflight.device_ok",
                                         {"device": device.description()})


def _opens(device, sink) -> Check | None:
    """An error Check when the output is present but does not open; None when it opens."""
    if sink is not None:
        problem = sink.output_problem()
        detail = problem[1] if problem else None
    else:
        from commune_radio.playout.outputs import QtOutput

        test = QtOutput(device)
        try:
            detail = None if test.open() else "the sound system refused to open it"
        finally:
            test.close()
    if detail is None:
        return None
    return Check("output_device", ERROR, "preflight.device_not_open",
                 {"device": device.description(), "detail": detail})
