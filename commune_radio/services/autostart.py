"""Start with the system: the window at login, or the headless station as a service.

A station PC that reboots (power cut, Windows update) must resume its schedule without anyone
starting the program by hand. The window starts at login (an XDG autostart entry on Linux, a
Run key entry on Windows). The headless station (`commune-radio run`) is a service that is
restarted when it crashes: a systemd user unit with ``Restart=on-failure`` on Linux, a
scheduled task with restart-on-failure settings on Windows.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

APP_ID = "commune-radio"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
UNIT_NAME = f"{APP_ID}.service"
TASK_NAME = "Commune Radio (headless)"
RESTART_S = 30  # a window holding the station makes `run` exit 2; it takes over after closing
SYSTEMCTL = shutil.which("systemctl")  # None: write the unit, enable it by hand (README)


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


def systemd_user_dir() -> Path:
    """Where systemd looks for this user's units (``$XDG_CONFIG_HOME/systemd/user``)."""
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "systemd" / "user"


def _systemd_quote(arg: str) -> str:
    if arg and all(c.isalnum() or c in "/._-+:=,@" for c in arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") + '"'


def systemd_unit(cmd: list[str]) -> str:
    """The user unit running the headless station, restarted when it fails."""
    return "\n".join([
        "[Unit]",
        "Description=Commune Radio headless station (commune-radio run)",
        "After=sound.target network-online.target",
        "StartLimitIntervalSec=0",
        "",
        "[Service]",
        "Type=simple",
        "ExecStart=" + " ".join(_systemd_quote(c) for c in cmd),
        "Restart=on-failure",
        f"RestartSec={RESTART_S}",
        "KillSignal=SIGTERM",
        "TimeoutStopSec=20",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ])


def windows_task_xml(cmd: list[str]) -> str:
    """The Task Scheduler definition of the headless station: at logon, restarted on failure
    (``schtasks /Create /TN … /XML FILE``)."""
    program, args = cmd[0], " ".join(f'"{c}"' if " " in c else c for c in cmd[1:])
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-16"?>',
        '<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
        "  <RegistrationInfo><Description>Commune Radio headless station"
        "</Description></RegistrationInfo>",
        "  <Triggers><LogonTrigger><Enabled>true</Enabled></LogonTrigger></Triggers>",
        "  <Settings>",
        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>",
        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>",
        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>",
        "    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>",
        "    <RestartOnFailure><Interval>PT1M</Interval><Count>999</Count></RestartOnFailure>",
        "    <StartWhenAvailable>true</StartWhenAvailable>",
        "  </Settings>",
        "  <Actions>",
        f"    <Exec><Command>{escape(program)}</Command><Arguments>{escape(args)}</Arguments>"
        "</Exec>",
        "  </Actions>",
        "</Task>",
        "",
    ])


def _systemctl(*args: str) -> bool:
    if not SYSTEMCTL:
        return False
    try:
        return subprocess.run([SYSTEMCTL, "--user", *args], capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def enable_service(data_dir: Path | None = None) -> str:
    """Install the headless station as a service restarted on failure; return where."""
    cmd = command_line(True, data_dir)
    if sys.platform == "win32":
        with tempfile.TemporaryDirectory() as tmp:
            xml = Path(tmp) / "task.xml"
            xml.write_text(windows_task_xml(cmd), encoding="utf-16")
            subprocess.run(["schtasks", "/Create", "/F", "/TN", TASK_NAME, "/XML", str(xml)],
                           check=True, capture_output=True)
        return f"Task Scheduler: {TASK_NAME}"
    path = systemd_user_dir() / UNIT_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(systemd_unit(cmd), encoding="utf-8")
    _systemctl("daemon-reload")
    _systemctl("enable", "--now", UNIT_NAME)
    return str(path)


def enable(headless: bool = False, data_dir: Path | None = None) -> str:
    """Register the program to start at login (the headless station: as a service restarted
    on failure); return where it was registered."""
    if headless:
        return enable_service(data_dir)
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
    """Remove the start-at-login registration and the service (nothing happens if there is
    none)."""
    if sys.platform == "win32":
        import winreg

        subprocess.run(["schtasks", "/Delete", "/F", "/TN", TASK_NAME], capture_output=True)

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, APP_ID)
        except FileNotFoundError:
            pass
        return
    xdg_autostart_path().unlink(missing_ok=True)
    unit = systemd_user_dir() / UNIT_NAME
    if unit.exists():
        _systemctl("disable", "--now", UNIT_NAME)
        unit.unlink(missing_ok=True)
        _systemctl("daemon-reload")


def is_enabled() -> bool:
    """Whether the program is registered to start at login."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_ID)
            return True
        except FileNotFoundError:
            return subprocess.run(["schtasks", "/Query", "/TN", TASK_NAME],
                                  capture_output=True).returncode == 0
    return xdg_autostart_path().is_file() or (systemd_user_dir() / UNIT_NAME).is_file()
