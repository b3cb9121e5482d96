"""Test-wide set-up: Qt draws off screen (no display in CI), before any Qt module loads."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

# The offscreen platform plugin warns whenever a top-level window with size constraints is
# shown; that is the plugin's limitation, not ours, and only this exact message is let through.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items):
    """Let the offscreen plugin's one known warning pass ``qt_log_level_fail``.

    pytest-qt reads only the closest ``qt_log_ignore`` marker, so the patterns a test module
    gives are kept and this one added to them.
    """
    for item in items:
        closest = item.get_closest_marker("qt_log_ignore")
        patterns = (*closest.args, OFFSCREEN_NOISE) if closest else (OFFSCREEN_NOISE,)
        kwargs = dict(closest.kwargs) if closest else {}
        item.add_marker(pytest.mark.qt_log_ignore(*patterns, **kwargs))
