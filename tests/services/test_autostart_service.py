"""The headless station as a service: the systemd user unit and the Windows scheduled task."""

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from commune_radio.services import autostart


@pytest.fixture
def no_systemctl(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(autostart, "SYSTEMCTL", None)  # never touch the real user's services


@pytest.mark.skipif(sys.platform == "win32", reason="systemd is Linux's")
def test_autostart_headless_installs_a_unit_restarted_on_failure(tmp_path, no_systemctl):
    data = tmp_path / "dữ liệu đài"  # a space and Vietnamese letters survive the quoting
    where = autostart.enable(headless=True, data_dir=data)
    unit = tmp_path / "config" / "systemd" / "user" / "commune-radio.service"
    assert where == str(unit)
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(unit.read_text(encoding="utf-8"))
    assert parser["Service"]["Restart"] == "on-failure"
    assert parser["Install"]["WantedBy"] == "default.target"
    exec_start = parser["Service"]["ExecStart"]
    assert exec_start == (f"{sys.executable} -m commune_radio --data-dir \"{data}\" run")
    assert autostart.is_enabled()
    autostart.disable()
    assert not unit.exists() and not autostart.is_enabled()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_verifies_the_unit(tmp_path):
    unit = tmp_path / "commune-radio.service"
    unit.write_text(autostart.systemd_unit(autostart.command_line(True, tmp_path / "my data")),
                    encoding="utf-8")
    done = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                          text=True, timeout=60)
    # only our unit's own lines matter: the machine's other units may warn about themselves
    ours = [line for line in (done.stdout + done.stderr).splitlines()
            if "commune-radio.service" in line]
    assert done.returncode == 0 and not ours, done.stdout + done.stderr


def test_a_quote_or_percent_in_the_path_is_escaped_for_systemd():
    assert autostart._systemd_quote('C:/a "b"/100%') == '"C:/a \\"b\\"/100%%"'
    assert autostart._systemd_quote("/usr/bin/python3") == "/usr/bin/python3"


def test_the_windows_task_restarts_run_on_failure():
    cmd = [r"C:\Program Files\Commune Radio\commune-radio.exe", "--data-dir",
           r"C:\Đài <xã>", "run"]
    root = ET.fromstring(autostart.windows_task_xml(cmd).split("\n", 1)[1])
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert root.find("t:Triggers/t:LogonTrigger/t:Enabled", ns).text == "true"
    restart = root.find("t:Settings/t:RestartOnFailure", ns)
    assert restart.find("t:Interval", ns).text == "PT1M"
    assert int(restart.find("t:Count", ns).text) > 100
    assert root.find("t:Settings/t:ExecutionTimeLimit", ns).text == "PT0S"  # runs for ever
    exec_ = root.find("t:Actions/t:Exec", ns)
    assert exec_.find("t:Command", ns).text == cmd[0]
    assert exec_.find("t:Arguments", ns).text == '--data-dir "C:\\Đài <xã>" run'
