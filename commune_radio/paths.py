"""Where the program finds its bundled assets and its data directory.

Assets live beside the package in a source checkout and inside the bundle when frozen by
PyInstaller; the data directory follows CLI.md: ``--data-dir``, else ``$COMMUNE_RADIO_DATA``,
else the platform's user data directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def assets_dir() -> Path:
    """The folder holding icons, demo segments, translations and reference data."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def default_data_dir() -> Path:
    """The data directory when none is given on the command line."""
    env = os.environ.get("COMMUNE_RADIO_DATA")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("commune-radio", appauthor=False))


def demo_data_dir() -> Path:
    """The data directory of the embedded demo station."""
    return Path(platformdirs.user_data_dir("commune-radio", appauthor=False)) / "demo-station"
