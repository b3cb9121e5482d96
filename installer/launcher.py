"""Entry point of the frozen bundle: the same ``commune_radio.main.main`` the pip install runs.

PyInstaller needs a script, not a console-script entry point; this is that script, so the bundle
and the development install behave the same. One addition for the Windows shortcut executable
(built without a console): a console program it starts, such as ffmpeg for every import, would
flash a black console window each time, so child processes get ``CREATE_NO_WINDOW`` unless the
caller chose creation flags itself.
"""

import subprocess
import sys

# read by commune_radio.services.office_import.default_workers: this entry point calls
# multiprocessing.freeze_support() first, so a frozen build may spawn office-import workers
HOSTS_SPAWNED_WORKERS = True


def _hide_child_consoles() -> None:
    base = subprocess.Popen

    class NoConsolePopen(base):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("creationflags", subprocess.CREATE_NO_WINDOW)
            super().__init__(*args, **kwargs)

    subprocess.Popen = NoConsolePopen


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a spawned office-import worker starts here and stops here
    if sys.platform == "win32" and getattr(sys, "frozen", False) and sys.stdout is None:
        _hide_child_consoles()
    # imported after the patch, so modules that bind Popen at import time get the patched one
    from commune_radio.main import main

    sys.exit(main())
