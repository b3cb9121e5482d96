"""What both strict readers share (station logs and office content packs): JSON that refuses
duplicate keys and NaN, member names that cannot be paths, the errors that mean "not a sound
ZIP", and the Ed25519 check of a signed manifest. One place, so a hole closed for one kind of
file is closed for both."""

from __future__ import annotations

import base64
import binascii
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

# every way the standard library says "these bytes are not a sound ZIP / not decodable"
CONTAINER_ERRORS = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
    ValueError, struct.error, OverflowError, IndexError, KeyError, UnicodeError,
)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise ValueError("duplicate key")
    return obj


def no_constants(name: str) -> Any:
    """``parse_constant`` hook: NaN and Infinity are not JSON."""
    raise ValueError(f"{name} is not JSON")


DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=no_constants)


def bad_member_name(name: str) -> bool:
    """A ZIP member name that is a path, hidden, or could climb out of a folder."""
    return (
        not name or "/" in name or "\\" in name or ":" in name or name.startswith(".")
        or ".." in name or "\x00" in name
    )


def public_key(text: Any) -> Ed25519PublicKey | None:
    """The key of base64 text of 32 raw bytes (44 characters), or None."""
    if type(text) is not str or len(text) != 44:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw) if len(raw) == 32 else None
    except (binascii.Error, ValueError):
        return None


def signature_ok(key_text: str, signature: bytes, signed: bytes) -> bool:
    """Whether ``signature`` (ASCII base64 of 64 bytes, a newline allowed) is the Ed25519
    signature of ``signed`` by the key in ``key_text``."""
    try:
        sig = base64.b64decode(signature.decode("ascii").strip(), validate=True)
    except (UnicodeDecodeError, binascii.Error, ValueError):
        return False
    key = public_key(key_text)
    if len(sig) != 64 or key is None:
        return False
    try:
        key.verify(sig, signed)
    except InvalidSignature:
        return False
    return True


def checked_size(path: Path, file: str, reject: Callable[..., Exception], *, limit: int,
                 too_big: str) -> int:
    """The size of ``path`` in bytes; ``reject(file, reason_id, **params)`` is raised when the
    file is missing, unreadable, or larger than ``limit`` (``too_big``: the reason's id), so a
    station log and a content pack refuse the same way before a byte is read."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise reject(file, "exchange.not_found") from None
    except OSError as exc:
        raise reject(file, "exchange.unreadable", detail=exc.strerror or str(exc)) from None
    if size > limit:
        raise reject(file, too_big, limit_mb=limit // 2**20)
    return size
