"""Start-at-login registration (the XDG autostart entry on Linux)."""

import shlex
import sys

import pytest

from commune_radio.services import autostart

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the XDG entry is Linux's")


def test_enable_writes_an_entry_that_starts_this_installation(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not autostart.is_enabled()
    where = autostart.enable(headless=False, data_dir=tmp_path / "data")
    assert where == str(tmp_path / "autostart" / "commune-radio.desktop")
    text = (tmp_path / "autostart" / "commune-radio.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line[5:]) == [sys.executable, "-m", "commune_radio", "--data-dir",
                                          str(tmp_path / "data")]
    assert "Name[vi]=Đài truyền thanh xã" in text
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()
    autostart.disable()  # twice is fine
