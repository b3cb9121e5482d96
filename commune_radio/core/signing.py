"""The text form of an Ed25519 public key, as every manifest and `station show` carry it.

A pure function of the key (no file, no database): the writers of ``exchange`` sign with a key
the services hand them, and ``storage.keys`` keeps the key files; both spell the public half
the same way through this module.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def public_key_b64(key: Ed25519PrivateKey) -> str:
    """The raw 32-byte public key in base64, as manifests and `station show` carry it."""
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(raw).decode("ascii")
