"""The office import job the window runs on the thread pool: files and folders in, one result
per file out.

It only calls ``OfficeService.import_paths`` (the same path as ``office import``, with its helper
processes and one transaction per file) and reports through the ``TaskContext``; it never
touches a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from commune_radio.exchange.errors import FileRejected
from commune_radio.services.office_service import OfficeImportResult, OfficeService
from commune_radio.ui.import_panel import FileStarted
from commune_radio.ui.tasks import TaskContext

__all__ = ["FileStarted", "OfficeImportSummary", "is_key_change", "make_office_import_job"]

KEY_CHANGED = "exchange.key_changed"


@dataclass
class OfficeImportSummary:
    """What an import did: every file's result, how many files there were, and whether the
    officer stopped it."""

    results: list[OfficeImportResult] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False

    @property
    def imported(self) -> list[OfficeImportResult]:
        """Files that added broadcasts (or at least were new files)."""
        return [r for r in self.results if r.ok and not r.already_imported]

    @property
    def already(self) -> list[OfficeImportResult]:
        """Files imported before: nothing added."""
        return [r for r in self.results if r.ok and r.already_imported]

    @property
    def rejected(self) -> list[OfficeImportResult]:
        """Files refused, each with its reason."""
        return [r for r in self.results if not r.ok]

    @property
    def key_changes(self) -> list[OfficeImportResult]:
        """Files refused only because their station's key is not the trusted one."""
        return [r for r in self.rejected if is_key_change(r)]

    @property
    def not_attempted(self) -> int:
        """Files left when the import was cancelled."""
        return max(0, self.total - len(self.results))

    @property
    def new_broadcasts(self) -> int:
        """Broadcasts added in all."""
        return sum(r.new for r in self.results if r.ok)


def is_key_change(result: OfficeImportResult) -> bool:
    """Whether a file was refused because its station's key differs from the trusted one."""
    return (not result.ok and isinstance(result.error, FileRejected)
            and result.error.reason_id == KEY_CHANGED)


def make_office_import_job(office: OfficeService, paths: Sequence[Path | str],
                           workers: int | None = None):
    """A job for ``run_task`` importing ``paths``; returns an ``OfficeImportSummary``."""

    def job(task: TaskContext) -> OfficeImportSummary:
        seen = {"total": 0}

        def progress(done: int, total: int, file: str) -> None:
            seen["total"] = total
            task.progress(done / total if total else 1.0)
            if file:
                task.post(FileStarted(done, total, Path(file).name))

        results = office.import_paths(list(paths), progress=progress, cancel=task.cancel,
                                      workers=workers)
        total = max(seen["total"], len(results))
        return OfficeImportSummary(results, total,
                                   cancelled=task.cancelled and len(results) < total)

    return job
