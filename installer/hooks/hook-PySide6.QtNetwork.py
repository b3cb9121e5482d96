# Replaces PyInstaller's hook of PySide6.QtNetwork (identical but for the filter): no TLS backends
# and no network-information plugins; QtNetwork itself stays, QtMultimedia links it.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bundle_filter import keep_hook_entries  # noqa: E402
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries += pyside6_library_info.collect_qtnetwork_files()
binaries = keep_hook_entries(binaries)
datas = keep_hook_entries(datas)
