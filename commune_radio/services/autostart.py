"""Start with the system: an XDG autostart entry on Linux, a Run key entry on Windows.

A station PC that reboots (power cut, Windows update) must resume its schedule without anyone
logging in to start the program by hand. ``target`` decides what starts: the window, or the
headless station (`commune-radio run`) for a PC without a screen.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

APP_ID = "commune-radio"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def command_line(headless: bool = False, data_dir: Path | None = None) -> list[str]:
    """How to start this installation: the frozen executable or this Python with -m."""
    if getattr(sys, "frozen", False):
        cmd = [sys.executable]
    else:
        cmd = [sys.executable, "-m", "commune_radio"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    if headless:
        cmd.append("run")
    return cmd


def xdg_autostart_path() -> Path:
    """Where the XDG autostart entry lives (``$XDG_CONFIG_HOME/autostart``)."""
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "autostart" / f"{APP_ID}.desktop"


def _desktop_entry(cmd: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Commune Radio",
        "Name[vi]=Đài truyền thanh xã",
        "Comment=Phát chương trình theo lịch và ghi nhật ký phát",
        f"Exec={shlex.join(cmd)}",
        "Icon=commune-radio",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def enable(headless: bool = False, data_dir: Path | None = None) -> str:
    """Register the program to start at login; return where it was registered."""
    cmd = command_line(headless, data_dir)
    if sys.platform == "win32":
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, APP_ID, 0, winreg.REG_SZ, " ".join(f'"{c}"' for c in cmd))
        return f"HKCU\\{RUN_KEY}\\{APP_ID}"
    path = xdg_autostart_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_desktop_entry(cmd), encoding="utf-8")
    return str(path)


def disable() -> None:
    """Remove the start-at-login registration (nothing happens if there is none)."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, APP_ID)
        except FileNotFoundError:
            pass
        return
    xdg_autostart_path().unlink(missing_ok=True)


def is_enabled() -> bool:
    """Whether the program is registered to start at login."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_ID)
            return True
        except FileNotFoundError:
            return False
    return xdg_autostart_path().is_file()
