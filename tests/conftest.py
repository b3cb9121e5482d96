"""Test-wide set-up: Qt draws off screen (no display in CI), before any Qt module loads."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

# Messages that depend only on the machine, never on our code, let through qt_log_level_fail:
# the offscreen plugin warns whenever a window with size constraints is shown; QtMultimedia's
# FFmpeg backend probes for PipeWire (absent on Debian servers) and, with no sound server,
# says PulseAudio is unreachable and no audio device exists.
ENVIRONMENT_NOISE = (
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)


def pytest_collection_modifyitems(items):
    """Let the environment's known warnings pass ``qt_log_level_fail``.

    pytest-qt reads only the closest ``qt_log_ignore`` marker, so the patterns a test module
    gives are kept and this one added to them.
    """
    for item in items:
        closest = item.get_closest_marker("qt_log_ignore")
        patterns = (*closest.args, *ENVIRONMENT_NOISE) if closest else ENVIRONMENT_NOISE
        kwargs = dict(closest.kwargs) if closest else {}
        item.add_marker(pytest.mark.qt_log_ignore(*patterns, **kwargs), append=False)
