"""The pre-flight check of the output device, through ``playout.devices``' public API only."""

from __future__ import annotations

import os

from commune_radio.services.preflight import ERROR, OK, WARNING, Check


def device_check(ctx) -> Check:
    """The remembered output is present (or, with none chosen, the system has a default).

    Runs on the Qt (main) thread: it asks QtMultimedia. A computer allowed to play to nowhere
    (``COMMUNE_RADIO_ALLOW_NO_DEVICE``, headless CI) gets a warning instead of an error.
    """
    from commune_radio.app import ALLOW_NO_DEVICE_ENV
    from commune_radio.playout.devices import default_output, find_output, output_devices

    chosen = ctx.output.device_id()
    if chosen:
        if find_output(chosen) is None:
            name = ctx.output.device_name() or chosen
            return Check("output_device", ERROR, "preflight.device_missing", {"device": name})
        return Check("output_device", OK, "preflight.device_ok",
                     {"device": ctx.output.device_name() or chosen})
    device = default_output()
    if device is None or not output_devices():
        allowed = os.environ.get(ALLOW_NO_DEVICE_ENV, "") in ("1", "true", "yes")
        return Check("output_device", WARNING if allowed else ERROR, "preflight.no_device")
    return Check("output_device", OK, "preflight.device_ok", {"device": device.description()})
