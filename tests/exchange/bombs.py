"""Memory bombs for the office reader, built on disk without ever holding their content.

A ZIP is written by hand so a member's header can say anything (0 bytes over a 2 GB deflate
stream), and big members are one compressed block repeated: deflate output ending on a full
flush carries no history, so copies of it concatenate into one valid stream.
"""

import base64
import hashlib
import json
import random
import struct
import zlib
from pathlib import Path

from commune_radio.exchange import format as fmt
from commune_radio.exchange.writer import manifest_bytes


def _deflate_piece(data: bytes, final: bool = False) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


class Member:
    """A member given as (head, block repeated n times, tail), plain bytes each."""

    def __init__(self, name, head=b"", block=b"", repeat=0, tail=b"", header_size=None):
        self.name, self.head, self.block, self.repeat, self.tail = name, head, block, repeat, tail
        self.size = len(head) + len(block) * repeat + len(tail)
        self.header_size = self.size if header_size is None else header_size
        crc, digest = zlib.crc32(head), hashlib.sha256(head)
        for _ in range(repeat):
            crc = zlib.crc32(block, crc)
            digest.update(block)
        self.crc = zlib.crc32(tail, crc)
        digest.update(tail)
        self.sha256 = digest.hexdigest()
        self.header_crc = self.crc if header_size is None else 0

    def write_compressed(self, fh) -> int:
        start = fh.tell()
        if self.head:
            fh.write(_deflate_piece(self.head))
        piece = _deflate_piece(self.block) if self.repeat else b""
        for _ in range(self.repeat):
            fh.write(piece)
        fh.write(_deflate_piece(self.tail, final=True))
        return fh.tell() - start


def write_zip(path: Path, members: list[Member]) -> Path:
    central = []
    with open(path, "wb") as fh:
        for m in members:
            offset = fh.tell()
            name = m.name.encode()
            header = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0x5821,
                                 m.header_crc, 0, m.header_size, len(name), 0)
            fh.write(header + name)
            size_at = offset + 18
            compressed = m.write_compressed(fh)
            end = fh.tell()
            fh.seek(size_at)
            fh.write(struct.pack("<I", compressed))
            fh.seek(end)
            central.append(struct.pack(
                "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x5821, m.header_crc,
                compressed, m.header_size, len(name), 0, 0, 0, 0, 0, offset) + name)
        cd_start = fh.tell()
        for entry in central:
            fh.write(entry)
        cd_size = fh.tell() - cd_start
        fh.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central),
                             cd_size, cd_start, 0))
    return path


def signed_bomb(path: Path, key, manifest: dict, entries: Member, *, broadcasts=1,
                items=0, status="played", signed_size=None, signed_sha256=None) -> Path:
    """A file whose manifest (signed by ``key``) describes ``entries`` honestly, unless told."""
    m = json.loads(json.dumps(manifest))
    m["members"][fmt.ENTRIES] = {"sha256": signed_sha256 or entries.sha256,
                                 "size": entries.size if signed_size is None else signed_size}
    by_status = dict.fromkeys(fmt.FINAL_STATUSES, 0)
    by_status[status] = broadcasts
    m["counts"] = {"broadcasts": broadcasts, "items": items, "by_status": by_status}
    events = []
    if m.get("format_version") == 2:  # no station events: an empty events.jsonl, hashed
        m["counts"]["events"] = 0
        m["members"][fmt.EVENTS] = {"sha256": hashlib.sha256(b"").hexdigest(), "size": 0}
        events = [Member(fmt.EVENTS, head=b"")]
    raw = manifest_bytes(m)
    sig = base64.b64encode(key.sign(raw)) + b"\n"
    return write_zip(path, [Member(fmt.MANIFEST, head=raw), entries, *events,
                            Member(fmt.SIGNATURE, head=sig)])


def small_values_block(size=1 << 20, seed=7) -> bytes:
    """``size`` bytes of ``0,`` and ``1,`` at random: a long run of small JSON values that
    deflate shrinks about 14 times (a "modest" ratio, like the reported 37 MB file)."""
    rng = random.Random(seed)
    return bytes(b for _ in range(size // 2) for b in (48 + rng.getrandbits(1), 44))
