"""Trust on first use of a station's key, and the short fingerprint people compare by phone.

The first file the office receives for a station code makes its key the trusted one; a later file
signed by another key is refused until the officer re-registers the station on purpose (a
reinstalled PC, a new key made with ``station init --new-key``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from enum import StrEnum


class Trust(StrEnum):
    """What the office does with the key of an incoming file."""

    NEW_STATION = "new_station"  # first file of this code: trust its key
    TRUSTED = "trusted"  # the key we already trust
    REREGISTERED = "reregistered"  # the officer cleared the old key: trust this one
    MISMATCH = "mismatch"  # another key for a known code: refuse


def decide(known_station: bool, trusted_key: str | None, offered_key: str) -> Trust:
    """The trust decision for a file whose manifest carries ``offered_key``."""
    if not known_station:
        return Trust.NEW_STATION
    if trusted_key is None:
        return Trust.REREGISTERED
    return Trust.TRUSTED if trusted_key == offered_key else Trust.MISMATCH


def fingerprint(public_key: str | None) -> str:
    """``3F2A-91C0-7B44-E812``: the first 8 bytes of the key's SHA-256, for reading aloud."""
    if not public_key:
        return ""
    try:
        raw = base64.b64decode(public_key, validate=True)
    except (binascii.Error, ValueError):
        raw = public_key.encode()
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))
