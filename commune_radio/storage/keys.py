"""The Ed25519 signing keys of a data directory, kept with owner-only permissions.

The station's key signs its log files; the office's own key (a different file, made on first
use) signs the content packs it hands to its stations, so a station never mistakes one for the
other.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography is loaded by the functions: the window opens without it
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from commune_radio.core.atomic import write_atomically
from commune_radio.core.errors import EnvironmentProblem
from commune_radio.core.signing import public_key_b64  # noqa: F401  (the key files' public half)

KEY_FILE = Path("keys") / "station_ed25519.pem"
OFFICE_KEY_FILE = Path("keys") / "office_ed25519.pem"


def key_path(data_dir: Path, key_file: Path = KEY_FILE) -> Path:
    """Where a private key of this data directory lives (the station's by default)."""
    return Path(data_dir) / key_file


def create_key(data_dir: Path, key_file: Path = KEY_FILE) -> Ed25519PrivateKey:
    """Make a new key and write it with mode 0600 (the folder 0700) before anyone can read it."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path(data_dir, key_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_atomically(path, lambda fh: fh.write(pem), mode=0o600)
    return key


def parse_key(pem: bytes, path: Path | str = KEY_FILE) -> Ed25519PrivateKey:
    """The key in ``pem``; a garbled, truncated or foreign key file is named, with the way
    out, instead of a traceback."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise EnvironmentProblem("key.damaged", path=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise EnvironmentProblem("key.damaged", path=str(path))
    return key


def load_key(data_dir: Path, key_file: Path = KEY_FILE) -> Ed25519PrivateKey | None:
    """The station's key (or the one in ``key_file``), or None when there is none yet."""
    path = key_path(data_dir, key_file)
    if not path.exists():
        return None
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise EnvironmentProblem("key.unreadable", path=str(path),
                                 detail=exc.strerror or str(exc)) from None
    return parse_key(pem, path)


def office_key(data_dir: Path) -> Ed25519PrivateKey:
    """The office's own pack-signing key, made on first use."""
    return load_key(data_dir, OFFICE_KEY_FILE) or create_key(data_dir, OFFICE_KEY_FILE)
