"""When the station's data is damaged at start, the window offers the newest good backup.

A small dialog names the damage (the same sentence `commune-radio` prints) and offers to put
back the newest backup that passes its check, keeping the damaged file beside it; "Quit"
changes nothing. Its words come from ``core.messages`` like the command line's, since the
dialog can open before the window's translations matter to anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commune_radio.app import AppContext
from commune_radio.core.errors import EnvironmentProblem
from commune_radio.core.messages import render
from commune_radio.services.backup_service import Backup, BackupService

# the damage a backup can repair
RESTORABLE = frozenset({"db.corrupt", "db.emptied", "key.damaged"})


class RestoreOffer(QMessageBox):
    """"The data is damaged: restore the backup of <date>?" with Restore / Quit."""

    def __init__(self, problem: EnvironmentProblem, backup: Backup | None, lang: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreOffer")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a path or a name is never markup
        self.setWindowTitle(render("backup.offer_title", lang))
        self.setText(problem.render(lang))
        self.restore_button = None
        if backup is not None:
            self.setInformativeText(render(
                "backup.offer", lang, made_at=backup.made_at.strftime("%d/%m/%Y %H:%M UTC")))
            self.restore_button = self.addButton(render("backup.offer_restore", lang),
                                                 QMessageBox.ButtonRole.AcceptRole)
            self.setDefaultButton(self.restore_button)
        else:
            self.setInformativeText(render("backup.offer_none", lang))
        self.quit_button = self.addButton(render("backup.offer_quit", lang),
                                          QMessageBox.ButtonRole.RejectRole)

    def wants_restore(self) -> bool:
        """Whether the person chose to restore (after ``exec``)."""
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def open_or_offer_restore(
    data_dir: Path, lang: str, *,
    ask: Callable[[RestoreOffer], bool] | None = None,
) -> AppContext:
    """``AppContext.open(data_dir)``; on damage a backup can repair, the offer first.

    ``ask`` shows the dialog and says whether to restore (``exec`` by default; tests answer).
    Declined or without a backup, the problem is raised as it was.
    """
    try:
        return AppContext.open(data_dir, backup=False)
    except EnvironmentProblem as problem:
        if problem.message_id not in RESTORABLE:
            raise
        service = BackupService(data_dir)
        offer = RestoreOffer(problem, service.newest_good(), lang)
        if ask is None:
            offer.exec()
            chosen = offer.wants_restore()
        else:
            chosen = ask(offer)
        if not chosen:
            raise
        service.restore()
        return AppContext.open(data_dir, backup=False)
