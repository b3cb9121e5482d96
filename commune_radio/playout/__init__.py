"""Playout: the Qt-free engine (what plays next, what gets logged) and its sinks.

``engine`` and ``file_sink`` never import Qt; ``qt_sink``, ``devices`` and ``player`` do, and
are only imported by code that plays on a real output.
"""

import os

# lets playout run on a computer with no audio output at all (headless CI, the crash test);
# the log then records the device as "none" so nobody mistakes it for a real broadcast
ALLOW_NO_DEVICE_ENV = "COMMUNE_RADIO_ALLOW_NO_DEVICE"


def no_device_allowed() -> bool:
    """Whether this process may play to no output at all (``COMMUNE_RADIO_ALLOW_NO_DEVICE``)."""
    return os.environ.get(ALLOW_NO_DEVICE_ENV, "") in ("1", "true", "yes")
