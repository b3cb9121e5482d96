"""WAV files written by streaming recorders: their size fields say 0xFFFFFFFF (or 0).

A recorder that cannot seek back (a pipe, a live capture, a crash before closing) leaves the
RIFF and ``data`` sizes as placeholders. ffmpeg then decodes what is there but calls the last,
short packet "corrupt", and the import used to refuse the file as damaged. ``streamed_wav``
reads the header itself and says how much audio the file really holds, so the decode check can
accept exactly that much (and still refuse a file whose audio falls short of it).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER_SIZES = (0xFFFFFFFF, 0)
_MAX_CHUNKS = 64  # a header is a handful of chunks; more means it is not a WAV we understand


@dataclass(frozen=True)
class StreamedWav:
    """The audio a streamed WAV really holds."""

    data_offset: int
    data_bytes: int  # from the data chunk to the end of the file
    block_align: int
    sample_rate: int

    @property
    def seconds(self) -> float:
        """Whole frames present, as seconds."""
        return (self.data_bytes // self.block_align) / self.sample_rate


def streamed_wav(path: Path) -> StreamedWav | None:
    """The real extent of a WAV whose RIFF or data size is a placeholder; None otherwise
    (not a WAV, a damaged header, or honest sizes that ffmpeg checks by itself)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            riff_size = struct.unpack("<I", head[4:8])[0]
            fmt = None
            for _ in range(_MAX_CHUNKS):
                chunk = fh.read(8)
                if len(chunk) < 8:
                    return None
                cid, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
                if cid == b"fmt ":
                    if not 16 <= size <= 1024:
                        return None
                    fmt = fh.read(size + (size & 1))
                    continue
                if cid == b"data":
                    if fmt is None:
                        return None
                    offset = fh.tell()
                    fh.seek(0, 2)
                    total = fh.tell()
                    if size not in PLACEHOLDER_SIZES and riff_size not in PLACEHOLDER_SIZES:
                        return None
                    _, _, rate, _, block_align = struct.unpack("<HHIIH", fmt[:14])
                    if not block_align or not rate:
                        return None
                    return StreamedWav(offset, total - offset, block_align, rate)
                fh.seek(size + (size & 1), 1)
    except (OSError, struct.error):
        return None
    return None
