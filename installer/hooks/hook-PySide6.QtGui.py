# Replaces PyInstaller's hook of PySide6.QtGui (identical but for the filter): leaves out the
# platform, theme and input plugins the stations cannot use, before their libraries are followed.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bundle_filter import keep_hook_entries  # noqa: E402
from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep_hook_entries(binaries)
datas = keep_hook_entries(datas)
