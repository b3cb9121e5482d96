"""Importing an office content pack (``.crpack``) dropped on or chosen in the library screen.

The import runs on the thread pool like any library import. A pack signed by an office key the
station does not trust yet is refused by the service; the window then asks, showing the key's
fingerprint and telling the operator to compare it with the office by phone, and imports again
with that fingerprint only on an explicit "yes". The results land in the import panel: each
segment's outcome, the programmes the pack suggests, and items that left a programme.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from commune_radio.exchange.pack_format import SUFFIX
from commune_radio.ui.operations import run_op
from commune_radio.ui.tasks import Task
from commune_radio.ui.text import error_text

if TYPE_CHECKING:  # the pack service (signing, the reader) loads with the first pack
    from commune_radio.services.pack_service import PackImport, PackService


def is_pack(path: Path) -> bool:
    """Whether a dropped file is a content pack (by its name; the reader checks the rest)."""
    return path.is_file() and path.suffix.lower() == SUFFIX


class PackKeyPrompt(QMessageBox):
    """Asks whether to trust the office key of a first pack. ``decided`` carries the answer."""

    decided = Signal(bool)

    def __init__(self, result: PackImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        params = result.error.reason.params
        self.fingerprint = str(params.get("fingerprint", ""))
        office = str(params.get("office", ""))
        self.setObjectName("packKeyPrompt")
        self.setIcon(QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("Trust the office's key?"))
        self.setText(self.tr("This content pack is signed by “%1”. The station does not trust "
                             "any office key yet.").replace("%1", office))
        self.setInformativeText("\n\n".join([
            self.tr("Key fingerprint: %1").replace("%1", self.fingerprint),
            self.tr("Call the office and ask them to read out their key fingerprint. Trust "
                    "the key only if it is exactly the same; every later pack must then be "
                    "signed by it."),
        ]))
        self.accept_button = self.addButton(self.tr("Trust this key and import"),
                                            QMessageBox.ButtonRole.YesRole)
        self.accept_button.setObjectName("packKeyAccept")
        self.refuse_button = self.addButton(self.tr("Do not import"),
                                            QMessageBox.ButtonRole.NoRole)
        self.refuse_button.setObjectName("packKeyRefuse")
        self.setDefaultButton(self.refuse_button)  # Enter never trusts a key by accident
        self.setEscapeButton(self.refuse_button)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.buttonClicked.connect(lambda b: self.decided.emit(b is self.accept_button))


class PackImporter(QObject):
    """Runs pack imports for the library screen, one at a time, and reports in its panel."""

    finished = Signal(object)  # the PackImport, or None after an unexpected error

    def __init__(self, packs: Callable[[], PackService], screen, lang: str) -> None:
        super().__init__(screen)
        self._packs = packs
        self.screen = screen
        self.lang = lang
        self.task: Task | None = None
        self.prompt: PackKeyPrompt | None = None
        self._queue: list[Path] = []

    def start(self, paths: list[Path]) -> None:
        """Import these packs one after the other."""
        self._queue.extend(paths)
        if self.task is None and self.prompt is None:
            self._next()

    def _next(self, accept_key: str | None = None, path: Path | None = None) -> None:
        if path is None:
            if not self._queue:
                return
            path = self._queue.pop(0)
        panel = self.screen.import_panel
        panel.start(1)
        panel.status.setText(self.tr("Importing content pack %1…").replace("%1", path.name))

        packs = self._packs()  # built here, on the GUI thread, the first time

        def job(ctx) -> PackImport:
            return packs.import_pack(path, accept_key=accept_key, cancel=ctx.cancel)

        self.task = run_op(self.screen.signals, self.lang, job,
                           on_done=lambda r: self._done(path, r), on_error=self._failed,
                           panel=panel)

    def _done(self, path: Path, result: PackImport) -> None:
        self.task = None
        panel = self.screen.import_panel
        if not result.ok:
            if getattr(result.error, "reason_id", "") == "pack.key_unknown":
                self.prompt = PackKeyPrompt(result, self.screen)
                self.prompt.decided.connect(lambda yes: self._decided(path, yes))
                self.prompt.open()
                return
            panel.show_message(error_text(result.error, self.lang))
            self.finished.emit(result)
            self._next()
            return
        for outcome in result.segments:
            panel.add_result(outcome.result)
        lines = [self.tr("Content pack “%1” imported.").replace("%1", result.manifest.title)]
        ids = result.imported_ids()
        for p in result.manifest.programmes:
            ready = sum(1 for s in p.segments if s in ids)
            lines.append(self.tr("Suggested programme “%1”: %2 of %3 items ready.")
                         .replace("%1", p.name).replace("%2", str(ready))
                         .replace("%3", str(len(p.segments))))
        for r in result.removed:
            lines.append(self.tr("“%1” expired on %2 and was taken out of “%3”.")
                         .replace("%1", r.title).replace("%2", r.valid_until)
                         .replace("%3", r.programme))
        panel.status.setText(" ".join(lines))
        panel.progress.setValue(panel.progress.maximum())
        panel.stopped()
        self.finished.emit(result)
        self._next()

    def _decided(self, path: Path, yes: bool) -> None:
        fingerprint = self.prompt.fingerprint if self.prompt else ""
        self.prompt = None
        if yes:
            self._next(accept_key=fingerprint, path=path)
            return
        self.screen.import_panel.show_message(
            self.tr("The pack was not imported; nothing changed."))
        self._next()

    def _failed(self, message: str) -> None:
        self.task = None
        self.screen.import_panel.fail(message)
        self.finished.emit(None)
        self._next()
