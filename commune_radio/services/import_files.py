"""Which files an import takes when a person names files and folders (the window's drop and
file dialog, and `library import FILE|DIR...`): one rule for both, Qt-free."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from commune_radio.services.library_service import AUDIO_SUFFIXES


def _audio_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES)


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: files as given, folders searched (recursively) for audio files.

    A file named explicitly is always tried, whatever its name, so the person learns why it was
    refused; inside a folder only names ending like audio are taken. A file reached twice (named
    and inside a named folder) is imported once.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        for candidate in _audio_in(path) if path.is_dir() else [path]:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def folders_without_audio(paths: Iterable[Path | str]) -> list[Path]:
    """The folders among ``paths`` that hold no audio file at all (worth telling the person)."""
    return [Path(p) for p in paths if Path(p).is_dir() and not _audio_in(Path(p))]
