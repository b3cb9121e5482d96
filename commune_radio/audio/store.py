"""Content-addressed storage of prepared audio and of the originals, in the data directory.

Prepared audio is named by the SHA-256 of its bytes, so the same audio is stored once and a log
entry's hash proves which audio aired. Files are written to a temporary name and renamed, so a
crash or a full disk never leaves a half file under a final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from commune_radio.core.atomic import PART_PREFIX, commit, part_path, write_atomically
from commune_radio.core.processes import remove_orphans


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB pieces."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for piece in iter(lambda: fh.read(1 << 20), b""):
            h.update(piece)
    return h.hexdigest()


STALE_PART_SECONDS = 24 * 3600  # a .part without a pid (older versions) this old is dead


class AudioStore:
    """``audio/ab/abcd….wav`` for prepared audio, ``originals/ab/abcd….ext`` for sources."""

    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir)

    def remove_partial_files(self) -> list[Path]:
        """Remove the ``.part-<pid>-*`` files of processes that died mid-write (a killed
        import), and pid-less ones a day old; return them. Another live process's are kept."""
        removed = []
        for top in (self.root / "audio", self.root / "originals"):
            if not top.is_dir():
                continue
            for folder in [top, *(p for p in top.iterdir() if p.is_dir())]:
                removed += remove_orphans(folder, PART_PREFIX)
                for part in folder.glob(PART_PREFIX + "*"):
                    pid = part.name[len(PART_PREFIX):].split("-")[0]
                    with contextlib.suppress(OSError):
                        if not pid.isdigit() and (
                            time.time() - part.stat().st_mtime > STALE_PART_SECONDS
                        ):
                            part.unlink()
                            removed.append(part)
        return removed

    def prepared_path(self, sha256: str) -> Path:
        """Where the prepared audio with this hash lives."""
        return self.root / "audio" / sha256[:2] / f"{sha256}.wav"

    def original_path(self, source_sha256: str, suffix: str) -> Path:
        """Where the original file with this hash is kept."""
        return self.root / "originals" / source_sha256[:2] / f"{source_sha256}{suffix.lower()}"

    def put_prepared(self, wav_bytes: bytes) -> tuple[str, Path]:
        """Store prepared audio; return its hash and path (an existing copy is kept).

        The bytes are written to a temporary file while another thread hashes them (both let
        go of the GIL), and the file is renamed to its hash once both are done: a 10-minute
        item is 100 MB, so this halves the time the import spends here.
        """
        tmp = part_path(self.root / "audio" / "prepared.wav")
        try:
            with open(tmp, "wb") as fh, ThreadPoolExecutor(max_workers=1) as pool:
                hashing = pool.submit(sha256_bytes, wav_bytes)
                fh.write(wav_bytes)
                fh.flush()
                os.fsync(fh.fileno())
                digest = hashing.result()
            path = self.prepared_path(digest)
            if path.exists():
                tmp.unlink()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                commit(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return digest, path

    def put_original(self, source: Path, source_sha256: str) -> Path:
        """Keep a copy of the original file; return where it is."""
        path = self.original_path(source_sha256, source.suffix)
        if not path.exists():
            with open(source, "rb") as src:
                write_atomically(path, lambda fh: shutil.copyfileobj(src, fh, 1 << 20))
        return path
