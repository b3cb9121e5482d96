"""The import job the window runs on the thread pool: files in, one result per file out.

It only calls ``LibraryService.import_file`` (the same path as ``library import``) and reports
through the ``TaskContext``; it never touches a widget. Each file's result is posted with what
it changed, so the operation helper refreshes the views file by file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from commune_radio.core.errors import KnownError
from commune_radio.services.changes import Changes, Result
from commune_radio.services.library_service import (
    AUDIO_SUFFIXES,
    ImportOptions,
    ImportResult,
    LibraryService,
)
from commune_radio.ui.import_panel import FileStarted
from commune_radio.ui.tasks import TaskContext

__all__ = ["FileStarted", "ImportSummary", "collect_files", "make_import_job"]


@dataclass
class ImportSummary:
    """What an import did: every file's result, and whether the person stopped it."""

    results: list[ImportResult] = field(default_factory=list)
    not_attempted: list[Path] = field(default_factory=list)
    cancelled: bool = False

    @property
    def imported(self) -> list[ImportResult]:
        """Files that became new segments."""
        return [r for r in self.results if r.ok and not r.duplicate]

    @property
    def duplicates(self) -> list[ImportResult]:
        """Files whose audio was already in the library."""
        return [r for r in self.results if r.ok and r.duplicate]

    @property
    def rejected(self) -> list[ImportResult]:
        """Files refused, each with its reason."""
        return [r for r in self.results if not r.ok]


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: files as given, folders searched (recursively) for audio files.

    A file named explicitly is always tried, whatever its name, so the person learns why it was
    refused; inside a folder only names ending like audio are taken.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES
            )
        else:
            candidates = [path]
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def make_import_job(
    library: LibraryService, files: list[Path], options: ImportOptions | None = None
):
    """A job importing ``files`` one by one; returns a ``Result`` holding an ``ImportSummary``."""

    options = options or ImportOptions()

    def job(ctx: TaskContext) -> Result[ImportSummary]:
        summary = ImportSummary()
        total = len(files)
        for index, path in enumerate(files):
            if ctx.cancelled:
                summary.cancelled = True
                summary.not_attempted = files[index:]
                break
            ctx.post(FileStarted(index, total, path.name))
            ctx.progress(index / total)

            def report(fraction: float, index: int = index) -> None:
                ctx.progress((index + max(0.0, min(1.0, fraction))) / total)

            try:
                result = library.import_file(path, options, cancel=ctx.cancel, progress=report)
            except KnownError as exc:  # the environment (disk full, locked database)
                result = ImportResult(file=str(path), ok=False, error=exc)
            summary.results.append(result)
            ctx.post(result)  # it carries what it changed: the views follow file by file
            ctx.progress((index + 1) / total)
        if ctx.cancelled:
            summary.cancelled = True
        return Result(summary, Changes(library=bool(summary.imported)))

    return job
