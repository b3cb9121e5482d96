# Replaces PyInstaller's hook of PySide6.QtMultimedia (identical but for the filter): leaves out
# the FFmpeg media plugin (see bundle_filter.py) before its libraries (libav*, QtQuick, QtQml)
# are followed.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bundle_filter import keep_hook_entries  # noqa: E402
from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep_hook_entries(binaries)
datas = keep_hook_entries(datas)
