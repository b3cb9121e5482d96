"""The library's import strip: the shared ``ImportPanel`` saying how an audio file's import
(or a content pack's segment) ended, and how the whole import ended."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from commune_radio.services.library_service import ImportResult
from commune_radio.ui import import_panel as base
from commune_radio.ui.library.importer import ImportSummary
from commune_radio.ui.text import error_text, format_duration, format_lufs

PROGRESS_STEPS = base.PROGRESS_STEPS


class ImportPanel(base.ImportPanel):
    """Progress, Cancel and per-file results of the current (or last) library import."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent, name="import")

    def start(self, total: int) -> None:
        """Show an import of ``total`` files beginning."""
        self.begin(self.tr("Importing %n file(s)…", "", total))

    def add_result(self, result: ImportResult) -> None:
        """List one file's outcome: imported, already there, or refused with its reason."""
        name = base.file_name(result.file)
        if result.ok and result.duplicate:
            text = (self.tr("✓ %1: already in the library (“%2”)")
                    .replace("%1", name).replace("%2", result.segment.title))
            kind = base.OK
        elif result.ok:
            text = (self.tr("✓ %1: imported, %2, levelled from %3 to %4 LUFS")
                    .replace("%1", name)
                    .replace("%2", format_duration(result.segment.duration_s))
                    .replace("%3", format_lufs(result.segment.loudness_lufs, self.lang))
                    .replace("%4", format_lufs(result.segment.prepared_lufs, self.lang)))
            kind = base.OK
        else:
            reason = error_text(result.error, self.lang) if result.error else ""
            text = self.tr("✗ %1: not imported. %2").replace("%1", name).replace("%2", reason)
            kind = base.REFUSED
        self.add_line(text, kind, result.file)

    def finish(self, summary: ImportSummary) -> None:
        """Say how the import ended and leave the results on screen."""
        parts = [self.tr("%n imported", "", len(summary.imported))]
        if summary.duplicates:
            parts.append(self.tr("%n already in the library", "", len(summary.duplicates)))
        rejected = [r for r in summary.rejected
                    if not (r.error and r.error.message_id == "import.cancelled")]
        if rejected:
            parts.append(self.tr("%n not imported", "", len(rejected)))
        if summary.cancelled:
            skipped = len(summary.not_attempted) + len(summary.rejected) - len(rejected)
            if skipped:
                parts.append(self.tr("%n not attempted", "", skipped))
            head = self.tr("Import cancelled:")
        else:
            head = self.tr("Import finished:")
        tail = "."
        if any(r.segment.topic is None for r in summary.imported):
            tail += " " + self.tr("Select an item and click “Edit details…” to set its theme.")
        self.end(head, parts, tail, complete=not summary.cancelled)
