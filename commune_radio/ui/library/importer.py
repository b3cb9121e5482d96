"""The import job the window runs on the thread pool: files in, one result per file out.

It only calls ``LibraryService.import_file`` (the same path as ``library import``) and reports
through the ``TaskContext``; it never touches a widget. Each file's result is posted with what
it changed, so the operation helper refreshes the views file by file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from commune_radio.core.errors import KnownError
from commune_radio.services.changes import Changes, Result
from commune_radio.services.import_files import collect_files as collect_files
from commune_radio.services.library_service import (
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
