"""The programme builder: programmes on the left, the one being edited on the right.

Segments come from the library (drag them in, or "Add"), are reordered by dragging or with the
arrow buttons, and the screen keeps saying what matters before air: the total length against
the target, and the items that may not air today. Changes are a draft until "Save"; preview
plays the draft item by item through the window's preview ``Player``; "Export WAV" writes the
draft as one file on the thread pool, with progress and Cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.core.programmes import Programme
from commune_radio.core.segments import Segment
from commune_radio.services.library_service import LibraryService
from commune_radio.services.programme_service import ProgrammeService
from commune_radio.services.render_service import RenderResult, RenderService
from commune_radio.ui.library.model import (
    LibraryFilterProxy,
)
from commune_radio.ui.operations import run_now
from commune_radio.ui.player import Player
from commune_radio.ui.programmes.checks import GREEN, GREY, RED, ActionBar, ChecksPanel
from commune_radio.ui.programmes.items import DraggableLibraryModel, ProgrammeItemsModel
from commune_radio.ui.programmes.panels import (
    DetailsPanel,
    ItemsPanel,
    LibraryPane,
    ProgrammeListPanel,
)
from commune_radio.ui.programmes.preview import ProgrammePreview
from commune_radio.ui.programmes.render_panel import RenderPanel
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.tasks import Task
from commune_radio.ui.text import error_text


class ProgrammesScreen(ProgrammePreview, QWidget):
    """Build programmes from library segments, check them, listen to them, export them."""

    saved = Signal(object)  # the Programme as stored
    render_finished = Signal(object)  # RenderResult, or None when cancelled or failed

    def __init__(
        self,
        programmes: ProgrammeService,
        library: LibraryService,
        render: RenderService,
        signals: AppSignals,
        lang: str,
        player: Player | None = None,
        today: Callable[[], dt.date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.programmes = programmes
        self.library = library
        self.render_service = render
        self.signals = signals
        self.lang = lang
        self.player = player or Player(self)
        self.today = today or dt.date.today
        self.current_id: int | None = None
        self.segments_by_id: dict[int, Segment] = {}
        self._saved_key: tuple | None = None
        self._loading = False
        self._queue: list[Segment] = []  # preview: the items still to play
        self._preview_tag: object = None
        self.setObjectName("programmesScreen")

        self.items_model = ProgrammeItemsModel(lang, self)
        self.library_model = DraggableLibraryModel(lang, self)
        self.library_proxy = LibraryFilterProxy(self)
        self.library_proxy.setSourceModel(self.library_model)

        self._build_list()
        self._build_editor()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        signals.changed.connect(self._on_changed)
        self.player.started.connect(self._on_player_state)
        self.player.stopped.connect(self._on_player_stopped)
        self.player.position_changed.connect(self._on_position)
        self.player.error.connect(self._on_player_error)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_list(self) -> None:
        panel = self.list_panel = ProgrammeListPanel(self)
        self.programme_list = panel.programme_list
        self.new_button = panel.new_button
        self.delete_button = panel.delete_button
        self.programme_list.currentItemChanged.connect(self._on_list_current)
        self.new_button.clicked.connect(self.new_programme)
        self.delete_button.clicked.connect(self.delete_current)

    def _build_editor(self) -> None:
        self.editor = QWidget(self)
        top = self.details = DetailsPanel(self.editor)
        self.name_edit, self.dx_check = top.name_edit, top.dx_check
        self.target_spin = top.target_spin
        self.name_edit.textChanged.connect(self._on_draft_changed)
        self.dx_check.toggled.connect(self._on_draft_changed)
        self.target_spin.valueChanged.connect(self._on_draft_changed)

        library_panel = LibraryPane(self.library_proxy, self.editor)
        self.search_edit = library_panel.search_edit
        self.library_view = library_panel.library_view
        self.add_button = library_panel.add_button
        self.library_view.doubleClicked.connect(lambda _i: self.add_selected())
        self.add_button.clicked.connect(self.add_selected)

        items_panel = self.items_panel = ItemsPanel(self.items_model, self.editor)
        self.intro_combo, self.outro_combo = items_panel.intro_combo, items_panel.outro_combo
        self.items_view = items_panel.items_view
        self.up_button = items_panel.up_button
        self.down_button = items_panel.down_button
        self.remove_button = items_panel.remove_button
        for combo in (self.intro_combo, self.outro_combo):
            combo.currentIndexChanged.connect(self._on_draft_changed)
        self.items_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.items_view.doubleClicked.connect(lambda _i: self.preview_selected())
        for signal in (self.items_model.rowsInserted, self.items_model.rowsRemoved,
                       self.items_model.rowsMoved, self.items_model.modelReset):
            signal.connect(self._on_draft_changed)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)

        middle = QSplitter(Qt.Orientation.Horizontal, self.editor)
        middle.addWidget(library_panel)
        middle.addWidget(items_panel)
        middle.setSizes([540, 360])
        middle.setChildrenCollapsible(False)

        # what the operator must see before air
        self.checks = ChecksPanel(self.editor)
        self.total_label = self.checks.total_label
        self.overrun_label = self.checks.overrun_label
        self.validity_label = self.checks.validity_label

        self.render_panel = RenderPanel(self.render_service, self.signals, self.lang,
                                        self.editor)
        self.render_status = self.render_panel.status
        self.render_progress = self.render_panel.progress
        self.render_cancel = self.render_panel.cancel_button
        self.render_panel.finished.connect(self._on_render_finished)

        self.actions = ActionBar(self.editor)
        for name, slot in (("play_button", self.preview_programme),
                           ("play_item_button", self.preview_selected),
                           ("stop_button", self.stop_preview),
                           ("export_button", self.choose_render_file),
                           ("revert_button", self.revert), ("save_button", self.save)):
            button = getattr(self.actions, name)
            button.clicked.connect(slot)
            setattr(self, name, button)
        self.preview_label = self.actions.preview_label
        self.message = self.actions.message

        layout = QVBoxLayout(self.editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(middle, 1)
        layout.addWidget(self.checks)
        layout.addWidget(self.render_panel)
        layout.addWidget(self.actions)

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the library and the programmes, keeping the draft being edited."""
        try:
            segments = self.library.list()
            programmes = self.programmes.list()
        except KnownError as exc:
            self._say(error_text(exc, self.lang), RED)
            return
        self.segments_by_id = {s.id: s for s in segments}
        self.library_model.set_segments(segments)
        self.items_model.set_lookup(self.segments_by_id)
        self.items_panel.fill_jingles(segments)
        self._loading = True
        try:
            # a draft keeps its items, with the library's current titles and dates
            kept = [self.segments_by_id[s.id] for s in self.items_model.segments()
                    if s.id in self.segments_by_id]
            if kept != self.items_model.segments():
                self.items_model.set_segments(kept)
        finally:
            self._loading = False
        self.list_panel.fill(programmes, self.current_id)
        if not self.is_dirty():
            if self.current_id is not None and any(p.id == self.current_id for p in programmes):
                self.load(next(p for p in programmes if p.id == self.current_id))
            elif self.current_id is None and programmes and not self.name_edit.text():
                self.select_programme(programmes[0].id)
            elif self.current_id is not None:
                self.new_programme()
        self._on_draft_changed()

    def _on_changed(self, changes: Changes) -> None:
        if changes.library or changes.programmes:
            self.refresh()

    def select_programme(self, programme_id: int) -> bool:
        """Open a programme in the editor (its row selected in the list)."""
        for row in range(self.programme_list.count()):
            item = self.programme_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == programme_id:
                self.programme_list.setCurrentItem(item)
                return self.current_id == programme_id
        return False

    def _on_list_current(self, item: QListWidgetItem | None, previous) -> None:
        if item is None:
            return
        programme_id = item.data(Qt.ItemDataRole.UserRole)
        if programme_id == self.current_id:
            return
        if not self._confirm_discard():
            self.programme_list.blockSignals(True)
            self.programme_list.setCurrentItem(previous)
            self.programme_list.blockSignals(False)
            return
        try:
            self.load(self.programmes.get(programme_id))
        except KnownError as exc:
            self._say(error_text(exc, self.lang), RED)

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The programme “%1” has changes that are not saved. Throw them away?")
            .replace("%1", self.name_edit.text().strip() or self.tr("(no name)")),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def load(self, programme: Programme) -> None:
        """Show a stored programme in the editor (the draft starts as what is saved)."""
        self.stop_preview()
        self._loading = True
        try:
            self.current_id = programme.id
            self.name_edit.setText(programme.name)
            self.dx_check.setChecked(programme.dx)
            self.target_spin.setValue(round((programme.target_s or 0) / 60))
            self.intro_combo.setCurrentIndex(max(0, self.intro_combo.findData(
                programme.intro.id if programme.intro else None)))
            self.outro_combo.setCurrentIndex(max(0, self.outro_combo.findData(
                programme.outro.id if programme.outro else None)))
            self.items_model.set_segments([self.segments_by_id.get(s.id, s)
                                           for s in programme.segments])
        finally:
            self._loading = False
        self._saved_key = self._draft_key()
        self._say("")
        self._on_draft_changed()

    def new_programme(self) -> None:
        """Start an empty draft (saved as a new programme)."""
        if not self._confirm_discard():
            return
        self.stop_preview()
        self._loading = True
        try:
            self.current_id = None
            self.programme_list.blockSignals(True)
            self.programme_list.clearSelection()
            self.programme_list.setCurrentItem(None)
            self.programme_list.blockSignals(False)
            self.name_edit.setText("")
            self.dx_check.setChecked(True)
            self.target_spin.setValue(0)
            self.intro_combo.setCurrentIndex(0)
            self.outro_combo.setCurrentIndex(0)
            self.items_model.set_segments([])
        finally:
            self._loading = False
        self._saved_key = None
        self._say(self.tr("New programme: give it a name, drag items in from the library, "
                          "then save."), GREY)
        self._on_draft_changed()
        self.name_edit.setFocus()

    # --- the draft ------------------------------------------------------------------------

    def _target_s(self) -> float | None:
        minutes = self.target_spin.value()
        return minutes * 60.0 if minutes else None

    def _draft_key(self) -> tuple:
        return (" ".join(self.name_edit.text().split()), self.dx_check.isChecked(),
                self._target_s(), self.intro_combo.currentData(), self.outro_combo.currentData(),
                tuple(s.id for s in self.items_model.segments()))

    def is_dirty(self) -> bool:
        """Whether the draft differs from what is saved (a new draft counts once touched)."""
        if self._saved_key is None:
            return bool(self.name_edit.text().strip() or self.items_model.rowCount())
        return self._draft_key() != self._saved_key

    def draft(self) -> Programme:
        """The programme as the editor shows it now (what preview and export use)."""
        intro_id, outro_id = self.intro_combo.currentData(), self.outro_combo.currentData()
        return Programme(
            id=self.current_id, name=" ".join(self.name_edit.text().split()),
            dx=self.dx_check.isChecked(),
            intro=self.segments_by_id.get(intro_id) if intro_id is not None else None,
            segments=tuple(self.items_model.segments()),
            outro=self.segments_by_id.get(outro_id) if outro_id is not None else None,
            target_s=self._target_s(),
        )

    def _on_draft_changed(self, *_args) -> None:
        if self._loading:
            return
        day = self.today()
        self.items_model.day = day
        self.items_model.refresh_rows()
        self.checks.show_checks(self.draft(), day, self.items_model)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        dirty = self.is_dirty()
        has_items = self.items_model.rowCount() > 0
        selected = self.selected_row() is not None
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty and self.current_id is not None)
        self.delete_button.setEnabled(self.current_id is not None)
        self.up_button.setEnabled(selected)
        self.down_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.play_button.setEnabled(has_items or self.draft().intro is not None)
        self.play_item_button.setEnabled(selected)
        self.stop_button.setEnabled(self.player.is_playing() and self._is_mine())
        self.export_button.setEnabled(has_items and self.render_task is None)

    def selected_row(self) -> int | None:
        """The row of the selected item, if any."""
        model = self.items_view.selectionModel()
        rows = model.selectedIndexes() if model else []
        return rows[0].row() if rows else None

    def _select_row(self, row: int) -> None:
        self.items_view.selectionModel().setCurrentIndex(
            self.items_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add_selected(self) -> None:
        """Add the library rows selected on the left at the end of the programme."""
        rows = sorted({i.row() for i in self.library_view.selectionModel().selectedRows()})
        segments = [self.library_proxy.segment_at(r) for r in rows]
        self.items_model.insert_segments(-1, segments)
        if segments:
            self._select_row(self.items_model.rowCount() - 1)

    def move_selected(self, step: int) -> None:
        """Move the selected item one place up (-1) or down (+1)."""
        row = self.selected_row()
        if row is None:
            return
        self._select_row(self.items_model.move(row, step))

    def remove_selected(self) -> None:
        """Take the selected item out of the programme (it stays in the library)."""
        row = self.selected_row()
        if row is None:
            return
        self.items_model.removeRows(row, 1, QModelIndex())
        if self.items_model.rowCount():
            self._select_row(min(row, self.items_model.rowCount() - 1))

    def save(self) -> Programme | None:
        """Store the draft (a new programme or changes); None when the service refused it."""
        programme = self.draft()
        ids = [s.id for s in programme.segments]
        intro_id, outro_id = self.intro_combo.currentData(), self.outro_combo.currentData()
        if self.current_id is None:
            outcome = run_now(self.signals, self.lang, self.programmes.create,
                              programme.name, ids, intro_id=intro_id, outro_id=outro_id,
                              dx=programme.dx, target_s=programme.target_s)
        else:
            outcome = run_now(self.signals, self.lang, self.programmes.update,
                              self.current_id, name=programme.name, segment_ids=ids,
                              intro_id=intro_id, outro_id=outro_id, dx=programme.dx,
                              target_s=programme.target_s)
        if not outcome.ok:
            self._say(outcome.error, RED)
            return None
        stored = outcome.value
        self.current_id = stored.id
        self._saved_key = self._draft_key()
        self.select_programme(stored.id)
        self._say(self.tr("Saved “%1”.").replace("%1", stored.name), GREEN)
        self._update_actions()
        self.saved.emit(stored)
        return stored

    def revert(self) -> None:
        """Throw away the changes and show the programme as saved."""
        if self.current_id is None:
            return
        try:
            self.load(self.programmes.get(self.current_id))
        except KnownError as exc:
            self._say(error_text(exc, self.lang), RED)

    def delete_current(self) -> None:
        """Delete the programme being edited, after asking."""
        if self.current_id is None:
            return
        name = self.name_edit.text().strip()
        answer = QMessageBox.question(
            self, self.tr("Delete programme"),
            self.tr("Delete the programme “%1”? Broadcasts already logged keep its name.")
            .replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = run_now(self.signals, self.lang, self.programmes.delete, self.current_id)
        if not outcome.ok:
            self._say(outcome.error, RED)
            return
        self._saved_key = None
        self.current_id = None
        self.name_edit.setText("")
        self.items_model.set_segments([])
        self._say(self.tr("Deleted “%1”.").replace("%1", name), GREY)

    def _say(self, text: str, colour: str = GREY) -> None:
        self.actions.say(text, colour)

    # --- export -------------------------------------------------------------------------------

    def choose_render_file(self) -> None:
        """Ask where to write the WAV, then write it."""
        path = self.render_panel.choose_target(self.draft().name)
        if path is not None:
            self.start_render(path)

    @property
    def render_task(self) -> Task | None:
        """The export running, if any."""
        return self.render_panel.task

    def start_render(self, target: Path) -> Task | None:
        """Write the draft to ``target`` off the GUI thread; None when nothing was started."""
        programme = self.draft()
        if self.render_task is not None or not programme.items:
            return None
        task = self.render_panel.start(programme, target)
        self._update_actions()
        return task

    def cancel_render(self) -> None:
        """Stop the export between two items; no half-written file is left."""
        self.render_panel.cancel()

    def _on_render_finished(self, result: RenderResult | None) -> None:
        self._update_actions()
        self.render_finished.emit(result)

    def shutdown(self) -> None:
        """Stop preview and export before the window closes."""
        self.stop_preview()
        self.cancel_render()
