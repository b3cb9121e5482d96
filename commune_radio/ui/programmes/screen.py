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
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.core.programmes import Programme
from commune_radio.core.segments import Segment
from commune_radio.services.library_service import LibraryService
from commune_radio.services.programme_service import ProgrammeService
from commune_radio.services.render_service import RenderResult, RenderService
from commune_radio.ui import file_dialogs
from commune_radio.ui.library.model import (
    COL_DURATION,
    COL_LANGUAGE,
    COL_LOUDNESS,
    COL_SOURCE,
    COL_TITLE,
    COL_TOPIC,
    COL_VALIDITY,
    LibraryFilterProxy,
)
from commune_radio.ui.player import Player
from commune_radio.ui.programmes.items import DraggableLibraryModel, ProgrammeItemsModel
from commune_radio.ui.programmes.render_job import make_render_job
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.tasks import Task, run_task
from commune_radio.ui.text import error_text, format_date, format_duration

PROGRESS_STEPS = 1000
_RED, _GREEN, _GREY = "#b00020", "#1b5e20", "#6b6b6b"


class ProgrammesScreen(QWidget):
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
        self.render_task: Task | None = None
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
        self.list_panel = QWidget(self)
        title = QLabel(self.tr("Programmes"), self.list_panel)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.programme_list = QListWidget(self.list_panel)
        self.programme_list.setObjectName("programmeList")
        self.programme_list.setWordWrap(True)
        self.programme_list.setSpacing(2)
        self.programme_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.programme_list.currentItemChanged.connect(self._on_list_current)
        self.new_button = QPushButton(self.tr("New programme"), self.list_panel)
        self.new_button.setObjectName("newProgramme")
        self.new_button.clicked.connect(self.new_programme)
        self.delete_button = QPushButton(self.tr("Delete…"), self.list_panel)
        self.delete_button.setObjectName("deleteProgramme")
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.programme_list, 1)
        layout.addLayout(buttons)

    def _build_editor(self) -> None:
        self.editor = QWidget(self)
        self.name_edit = QLineEdit(self.editor)
        self.name_edit.setObjectName("programmeName")
        self.name_edit.setPlaceholderText(self.tr("Programme name, e.g. DX section week 48"))
        self.name_edit.textChanged.connect(self._on_draft_changed)
        self.dx_check = QCheckBox(self.tr("Counts as the weekly DX section"), self.editor)
        self.dx_check.setObjectName("programmeDx")
        self.dx_check.setToolTip(self.tr(
            "A full broadcast of this programme counts toward the weekly digital "
            "transformation section the province asks for."))
        self.dx_check.toggled.connect(self._on_draft_changed)
        self.target_spin = QSpinBox(self.editor)
        self.target_spin.setObjectName("programmeTarget")
        self.target_spin.setRange(0, 360)
        self.target_spin.setSuffix(self.tr(" min"))
        self.target_spin.setSpecialValueText(self.tr("not set"))
        self.target_spin.valueChanged.connect(self._on_draft_changed)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name:"), self.editor))
        name_row.addWidget(self.name_edit, 1)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.dx_check)
        facts_row.addStretch(1)
        facts_row.addWidget(QLabel(self.tr("Target length:"), self.editor))
        facts_row.addWidget(self.target_spin)
        top = QVBoxLayout()
        top.addLayout(name_row)
        top.addLayout(facts_row)

        # the library, to drag from
        self.search_edit = QLineEdit(self.editor)
        self.search_edit.setObjectName("builderSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the library…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.library_proxy.set_search)
        self.library_view = QTableView(self.editor)
        self.library_view.setObjectName("builderLibrary")
        self.library_view.setModel(self.library_proxy)
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.library_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_view.setDragEnabled(True)
        self.library_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.library_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.library_view.setWordWrap(False)
        self.library_view.verticalHeader().hide()
        self.library_view.setAlternatingRowColors(True)
        for column in (COL_LOUDNESS, COL_SOURCE, COL_LANGUAGE):
            self.library_view.hideColumn(column)
        self.library_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.library_view.verticalHeader().setDefaultSectionSize(
            self.library_view.fontMetrics().height() + 8)
        header = self.library_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(50)
        # columns keep a readable width and the table scrolls sideways rather than cutting
        # the validity dates (1280×800 and smaller screens)
        for column, width in ((COL_TITLE, 230), (COL_TOPIC, 150)):
            self.library_view.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_DURATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALIDITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.library_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.library_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.library_view.doubleClicked.connect(lambda _i: self.add_selected())
        self.add_button = QPushButton(self.tr("Add →"), self.editor)
        self.add_button.setObjectName("addToProgramme")
        self.add_button.setToolTip(self.tr("Add the selected library items at the end "
                                           "(or drag them to the place you want)"))
        self.add_button.clicked.connect(self.add_selected)
        library_box = QVBoxLayout()
        library_box.addWidget(QLabel(self.tr("Library (drag items into the programme)"),
                                     self.editor))
        library_box.addWidget(self.search_edit)
        library_box.addWidget(self.library_view, 1)
        library_box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        library_panel = QWidget(self.editor)
        library_panel.setLayout(library_box)
        library_box.setContentsMargins(0, 0, 0, 0)

        # the programme's items
        self.intro_combo = self._jingle_combo("programmeIntro")
        self.outro_combo = self._jingle_combo("programmeOutro")
        self.items_view = QListView(self.editor)
        self.items_view.setObjectName("programmeItems")
        self.items_view.setModel(self.items_model)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragDropOverwriteMode(False)
        self.items_view.setAlternatingRowColors(True)
        # a long title scrolls sideways; the last item is never hidden under the jingle row
        self.items_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.items_view.setMinimumHeight(6 * (self.items_view.fontMetrics().height() + 4))
        self.items_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.items_view.doubleClicked.connect(lambda _i: self.preview_selected())
        for signal in (self.items_model.rowsInserted, self.items_model.rowsRemoved,
                       self.items_model.rowsMoved, self.items_model.modelReset):
            signal.connect(self._on_draft_changed)
        self.up_button = QPushButton(self.tr("↑ Up"), self.editor)
        self.up_button.setObjectName("itemUp")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("↓ Down"), self.editor)
        self.down_button.setObjectName("itemDown")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton(self.tr("Remove item"), self.editor)
        self.remove_button.setObjectName("itemRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.up_button)
        item_buttons.addWidget(self.down_button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.remove_button)
        jingles_top = QFormLayout()
        jingles_top.addRow(self.tr("Opening jingle:"), self.intro_combo)
        jingles_bottom = QFormLayout()
        jingles_bottom.addRow(self.tr("Closing jingle:"), self.outro_combo)
        items_box = QVBoxLayout()
        items_box.setContentsMargins(0, 0, 0, 0)
        items_box.addWidget(QLabel(self.tr("Programme, in the order it airs"), self.editor))
        items_box.addLayout(jingles_top)
        items_box.addWidget(self.items_view, 1)
        items_box.addLayout(jingles_bottom)
        items_box.addLayout(item_buttons)
        items_panel = QWidget(self.editor)
        items_panel.setLayout(items_box)

        middle = QSplitter(Qt.Orientation.Horizontal, self.editor)
        middle.addWidget(library_panel)
        middle.addWidget(items_panel)
        middle.setSizes([540, 360])
        middle.setChildrenCollapsible(False)

        # what the operator must see before air
        self.total_label = QLabel(self.editor)
        self.total_label.setObjectName("programmeTotal")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.total_label.setFont(font)
        self.overrun_label = QLabel(self.editor)
        self.overrun_label.setObjectName("programmeOverrun")
        self.overrun_label.setStyleSheet(f"color: {_RED}; font-weight: bold;")
        self.validity_label = QLabel(self.editor)
        self.validity_label.setObjectName("programmeValidity")
        self.validity_label.setStyleSheet(f"color: {_RED};")
        self.validity_label.setWordWrap(True)
        checks = QVBoxLayout()
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_label)
        total_row.addSpacing(16)
        total_row.addWidget(self.overrun_label, 1)
        checks.addLayout(total_row)
        checks.addWidget(self.validity_label)

        # render progress
        self.render_panel = QFrame(self.editor)
        self.render_panel.setObjectName("renderPanel")
        self.render_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.render_status = QLabel(self.render_panel)
        self.render_status.setObjectName("renderStatus")
        self.render_status.setWordWrap(True)
        self.render_progress = QProgressBar(self.render_panel)
        self.render_progress.setRange(0, PROGRESS_STEPS)
        self.render_cancel = QPushButton(self.tr("Cancel"), self.render_panel)
        self.render_cancel.setObjectName("renderCancel")
        self.render_cancel.clicked.connect(self.cancel_render)
        render_row = QHBoxLayout(self.render_panel)
        render_row.addWidget(self.render_status, 1)
        render_row.addWidget(self.render_progress, 1)
        render_row.addWidget(self.render_cancel)
        self.render_panel.hide()

        # actions
        self.play_button = QPushButton(self.tr("▶ Listen from the start"), self.editor)
        self.play_button.setObjectName("programmePreview")
        self.play_button.clicked.connect(self.preview_programme)
        self.play_item_button = QPushButton(self.tr("▶ Listen to the item"), self.editor)
        self.play_item_button.setObjectName("programmePreviewItem")
        self.play_item_button.clicked.connect(self.preview_selected)
        self.stop_button = QPushButton(self.tr("■ Stop"), self.editor)
        self.stop_button.setObjectName("programmePreviewStop")
        self.stop_button.clicked.connect(self.stop_preview)
        self.preview_label = QLabel(self.editor)
        self.preview_label.setObjectName("programmePreviewLabel")
        self.export_button = QPushButton(self.tr("Export WAV…"), self.editor)
        self.export_button.setObjectName("programmeExport")
        self.export_button.clicked.connect(self.choose_render_file)
        self.revert_button = QPushButton(self.tr("Undo changes"), self.editor)
        self.revert_button.setObjectName("programmeRevert")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"), self.editor)
        self.save_button.setObjectName("programmeSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self.editor)
        self.message.setObjectName("programmeMessage")
        self.message.setWordWrap(True)
        listen = QHBoxLayout()
        listen.addWidget(self.play_button)
        listen.addWidget(self.play_item_button)
        listen.addWidget(self.stop_button)
        listen.addWidget(self.preview_label, 1)
        keep = QHBoxLayout()
        keep.addWidget(self.export_button)
        keep.addStretch(1)
        keep.addWidget(self.revert_button)
        keep.addWidget(self.save_button)
        actions = QVBoxLayout()
        actions.addLayout(listen)
        actions.addLayout(keep)

        layout = QVBoxLayout(self.editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(middle, 1)
        layout.addLayout(checks)
        layout.addWidget(self.render_panel)
        layout.addWidget(self.message)
        layout.addLayout(actions)

    def _jingle_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._on_draft_changed)
        return combo

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the library and the programmes, keeping the draft being edited."""
        try:
            segments = self.library.list()
            programmes = self.programmes.list()
        except KnownError as exc:
            self._say(error_text(exc, self.lang), _RED)
            return
        self.segments_by_id = {s.id: s for s in segments}
        self.library_model.set_segments(segments)
        self.items_model.set_lookup(self.segments_by_id)
        self._fill_jingles(segments)
        self._loading = True
        try:
            # a draft keeps its items, with the library's current titles and dates
            kept = [self.segments_by_id[s.id] for s in self.items_model.segments()
                    if s.id in self.segments_by_id]
            if kept != self.items_model.segments():
                self.items_model.set_segments(kept)
        finally:
            self._loading = False
        self._fill_list(programmes)
        if not self.is_dirty():
            if self.current_id is not None and any(p.id == self.current_id for p in programmes):
                self.load(next(p for p in programmes if p.id == self.current_id))
            elif self.current_id is None and programmes and not self.name_edit.text():
                self.select_programme(programmes[0].id)
            elif self.current_id is not None:
                self.new_programme()
        self._on_draft_changed()

    def _fill_list(self, programmes: list[Programme]) -> None:
        self.programme_list.blockSignals(True)
        self.programme_list.clear()
        for programme in programmes:
            facts = format_duration(programme.duration_s)
            if programme.dx:
                facts += " · " + self.tr("DX section")
            text = f"{programme.name}\n{facts}"
            item = QListWidgetItem(text, self.programme_list)
            item.setData(Qt.ItemDataRole.UserRole, programme.id)
            item.setToolTip(text)
            if programme.id == self.current_id:
                self.programme_list.setCurrentItem(item)
        self.programme_list.blockSignals(False)

    def _fill_jingles(self, segments: list[Segment]) -> None:
        # jingles rarely carry a DX theme: those come first
        ordered = sorted(segments, key=lambda s: (s.topic is not None, s.title.casefold()))
        for combo in (self.intro_combo, self.outro_combo):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for segment in ordered:
                combo.addItem(f"{segment.title} ({format_duration(segment.duration_s)})",
                              segment.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

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
            self._say(error_text(exc, self.lang), _RED)

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
                          "then save."), _GREY)
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
        programme = self.draft()
        total = programme.duration_s
        if programme.target_s:
            self.total_label.setText(
                self.tr("Total length %1 of a target of %2")
                .replace("%1", format_duration(total))
                .replace("%2", format_duration(programme.target_s)))
        else:
            self.total_label.setText(self.tr("Total length %1").replace(
                "%1", format_duration(total)))
        if programme.overruns:
            self.overrun_label.setText(
                self.tr("⚠ %1 longer than the target: remove an item or raise the target")
                .replace("%1", format_duration(programme.overrun_s)))
            self.overrun_label.setStyleSheet(f"color: {_RED}; font-weight: bold;")
        elif programme.target_s:
            self.overrun_label.setText(self.tr("%1 left before the target").replace(
                "%1", format_duration(programme.target_s - total)))
            self.overrun_label.setStyleSheet(f"color: {_GREEN};")
        else:
            self.overrun_label.setText("")
        problems = programme.outside_validity(day)
        if problems:
            lines = [self.tr("⚠ %n item(s) may not air today (%1):", "", len(problems))
                     .replace("%1", format_date(day))]
            for problem in problems:
                why = self.items_model.validity_problem(problem.segment)
                lines.append(f"• “{problem.segment.title}”: {why}")
            self.validity_label.setText("\n".join(lines))
            self.validity_label.show()
        else:
            self.validity_label.setText("")
            self.validity_label.hide()
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
        try:
            if self.current_id is None:
                stored = self.programmes.create(
                    programme.name, ids, intro_id=intro_id, outro_id=outro_id,
                    dx=programme.dx, target_s=programme.target_s).value
            else:
                stored = self.programmes.update(
                    self.current_id, name=programme.name, segment_ids=ids, intro_id=intro_id,
                    outro_id=outro_id, dx=programme.dx, target_s=programme.target_s).value
        except KnownError as exc:
            self._say(error_text(exc, self.lang), _RED)
            return None
        self.current_id = stored.id
        self._saved_key = self._draft_key()
        self.signals.emit_changed(programmes=True)
        self.select_programme(stored.id)
        self._say(self.tr("Saved “%1”.").replace("%1", stored.name), _GREEN)
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
            self._say(error_text(exc, self.lang), _RED)

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
        try:
            self.programmes.delete(self.current_id)
        except KnownError as exc:
            self._say(error_text(exc, self.lang), _RED)
            return
        self._saved_key = None
        self.current_id = None
        self.name_edit.setText("")
        self.items_model.set_segments([])
        self.signals.emit_changed(programmes=True)
        self._say(self.tr("Deleted “%1”.").replace("%1", name), _GREY)

    def _say(self, text: str, colour: str = _GREY) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setVisible(bool(text))

    # --- preview ------------------------------------------------------------------------------

    def _is_mine(self) -> bool:
        return self._preview_tag is not None and self.player.tag is self._preview_tag

    def preview_programme(self) -> None:
        """Listen to the draft from its first item to its last, one after another."""
        self._start_preview([item.segment for item in self.draft().items])

    def preview_selected(self) -> None:
        """Listen to the selected item only."""
        row = self.selected_row()
        if row is not None:
            self._start_preview([self.items_model.segment(row)])

    def _start_preview(self, segments: list[Segment]) -> None:
        self._queue = list(segments)
        self._preview_total = len(segments)
        self._play_next()

    def _play_next(self) -> None:
        while self._queue:
            segment = self._queue.pop(0)
            path = self.library.audio_path(segment)
            if not path.is_file():
                self.preview_label.setText(
                    self.tr("The audio of “%1” is missing from the library folder.")
                    .replace("%1", segment.title))
                continue
            self._preview_segment = segment
            self._preview_tag = object()  # a fresh tag: a stop of an earlier item is not ours
            self.player.play(path, tag=self._preview_tag)
            return
        self._preview_tag = None

    def stop_preview(self) -> None:
        """Stop listening (the rest of the queue is dropped)."""
        self._queue = []
        if self._is_mine():
            self._preview_tag = None
            self.player.stop()
        self.preview_label.setText("")

    def _on_player_state(self) -> None:
        self._update_actions()

    def _on_player_stopped(self) -> None:
        if self._is_mine() and not self.player.is_playing():
            if self._queue:
                self._play_next()
            else:
                self._preview_tag = None
                self.preview_label.setText("")
        self._update_actions()

    def _on_position(self, ms: int) -> None:
        if not self._is_mine():
            return
        done = self._preview_total - len(self._queue)
        self.preview_label.setText(
            self.tr("Listening %1/%2: “%3” %4 / %5")
            .replace("%1", str(done)).replace("%2", str(self._preview_total))
            .replace("%3", self._preview_segment.title)
            .replace("%4", format_duration(ms / 1000))
            .replace("%5", format_duration(self._preview_segment.duration_s)))

    def _on_player_error(self, message: str) -> None:
        if self._is_mine():
            self.preview_label.setText(self.tr("Cannot play this item: %1").replace(
                "%1", message))

    def hideEvent(self, event: QHideEvent) -> None:
        # the preview player is shared with the library screen: leave it free
        self.stop_preview()
        super().hideEvent(event)

    # --- export -------------------------------------------------------------------------------

    def choose_render_file(self) -> None:
        """Ask where to write the WAV, then write it."""
        name = self.draft().name or self.tr("programme")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
        path = file_dialogs.save_file(
            self, "wav", self.tr("Export the programme as one WAV file"),
            f"{safe or 'programme'}.wav", self.tr("WAV audio (*.wav)"))
        if path is not None:
            if path.suffix.lower() != ".wav":
                path = path.with_name(path.name + ".wav")
            self.start_render(path)

    def start_render(self, target: Path) -> Task | None:
        """Write the draft to ``target`` off the GUI thread; None when nothing was started."""
        if self.render_task is not None:
            return None
        programme = self.draft()
        if not programme.items:
            return None
        self.render_panel.show()
        self.render_status.setText(self.tr("Writing “%1”…").replace("%1", target.name))
        self.render_progress.setValue(0)
        self.render_cancel.setEnabled(True)
        self.render_task = run_task(
            make_render_job(self.render_service, programme, target),
            self._on_render_done,
            on_error=self._on_render_error,
            on_progress=lambda f: self.render_progress.setValue(int(f * PROGRESS_STEPS)),
        )
        self._update_actions()
        return self.render_task

    def cancel_render(self) -> None:
        """Stop the export between two items; no half-written file is left."""
        if self.render_task is not None:
            self.render_task.cancel()
            self.render_cancel.setEnabled(False)
            self.render_status.setText(self.tr("Cancelling…"))

    def _on_render_done(self, result: RenderResult | None) -> None:
        self.render_task = None
        self.render_cancel.setEnabled(False)
        if result is None:
            self.render_status.setText(self.tr("Export cancelled; no file was written."))
        else:
            self.render_progress.setValue(PROGRESS_STEPS)
            self.render_status.setText(
                self.tr("Wrote %1 (%2).").replace("%1", str(result.path))
                .replace("%2", format_duration(result.duration_s)))
        self._update_actions()
        self.render_finished.emit(result)

    def _on_render_error(self, exc: BaseException) -> None:
        self.render_task = None
        self.render_cancel.setEnabled(False)
        message = error_text(exc, self.lang) if isinstance(exc, KnownError) else repr(exc)
        self.render_status.setText(self.tr("Export failed: %1").replace("%1", message))
        self._update_actions()
        self.render_finished.emit(None)

    def shutdown(self) -> None:
        """Stop preview and export before the window closes."""
        self.stop_preview()
        self.cancel_render()
