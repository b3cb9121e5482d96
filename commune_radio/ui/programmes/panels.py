"""The programme builder's panels: the list of programmes, the programme's details, the library
to drag from, and the programme's items between its jingles.

Each panel only builds its widgets; the screen connects them, since what a click does depends
on the draft the screen holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.programmes import Programme
from commune_radio.core.segments import Segment
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
from commune_radio.ui.programmes.items import ProgrammeItemsModel
from commune_radio.ui.text import format_duration


class ProgrammeListPanel(QWidget):
    """The stored programmes, with New and Delete under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Programmes"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.programme_list = QListWidget(self)
        self.programme_list.setObjectName("programmeList")
        self.programme_list.setWordWrap(True)
        self.programme_list.setSpacing(2)
        self.programme_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("New programme"), self)
        self.new_button.setObjectName("newProgramme")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteProgramme")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.programme_list, 1)
        layout.addLayout(buttons)

    def fill(self, programmes: list[Programme], current_id: int | None) -> None:
        """List ``programmes`` (name, length, DX), the current one selected, quietly."""
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
            if programme.id == current_id:
                self.programme_list.setCurrentItem(item)
        self.programme_list.blockSignals(False)


class DetailsPanel(QWidget):
    """The programme's name, whether it is the DX section, and its target length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("programmeName")
        self.name_edit.setPlaceholderText(self.tr("Programme name, e.g. DX section week 48"))
        self.dx_check = QCheckBox(self.tr("Counts as the weekly DX section"), self)
        self.dx_check.setObjectName("programmeDx")
        self.dx_check.setToolTip(self.tr(
            "A full broadcast of this programme counts toward the weekly digital "
            "transformation section the province asks for."))
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("programmeTarget")
        self.target_spin.setRange(0, 360)
        self.target_spin.setSuffix(self.tr(" min"))
        self.target_spin.setSpecialValueText(self.tr("not set"))
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name:"), self))
        name_row.addWidget(self.name_edit, 1)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.dx_check)
        facts_row.addStretch(1)
        facts_row.addWidget(QLabel(self.tr("Target length:"), self))
        facts_row.addWidget(self.target_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(name_row)
        layout.addLayout(facts_row)


class LibraryPane(QWidget):
    """The library, searchable, to drag items from (or select and "Add")."""

    def __init__(self, proxy: LibraryFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("builderSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the library…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(proxy.set_search)
        view = self.library_view = QTableView(self)
        view.setObjectName("builderLibrary")
        view.setModel(proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        for column in (COL_LOUDNESS, COL_SOURCE, COL_LANGUAGE):
            view.hideColumn(column)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(50)
        # columns keep a readable width and the table scrolls sideways rather than cutting
        # the validity dates (1280×800 and smaller screens)
        for column, width in ((COL_TITLE, 230), (COL_TOPIC, 150)):
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_DURATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALIDITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.add_button = QPushButton(self.tr("Add →"), self)
        self.add_button.setObjectName("addToProgramme")
        self.add_button.setToolTip(self.tr("Add the selected library items at the end "
                                           "(or drag them to the place you want)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Library (drag items into the programme)"), self))
        layout.addWidget(self.search_edit)
        layout.addWidget(view, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)


class ItemsPanel(QWidget):
    """The programme in airing order: opening jingle, items (drag to reorder), closing jingle."""

    def __init__(self, model: ProgrammeItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro_combo = self._jingle_combo("programmeIntro")
        self.outro_combo = self._jingle_combo("programmeOutro")
        view = self.items_view = QListView(self)
        view.setObjectName("programmeItems")
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setAlternatingRowColors(True)
        # a long title scrolls sideways; the last item is never hidden under the jingle row
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setMinimumHeight(6 * (view.fontMetrics().height() + 4))
        self.up_button = QPushButton(self.tr("↑ Up"), self)
        self.up_button.setObjectName("itemUp")
        self.down_button = QPushButton(self.tr("↓ Down"), self)
        self.down_button.setObjectName("itemDown")
        self.remove_button = QPushButton(self.tr("Remove item"), self)
        self.remove_button.setObjectName("itemRemove")
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.up_button)
        item_buttons.addWidget(self.down_button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.remove_button)
        jingles_top = QFormLayout()
        jingles_top.addRow(self.tr("Opening jingle:"), self.intro_combo)
        jingles_bottom = QFormLayout()
        jingles_bottom.addRow(self.tr("Closing jingle:"), self.outro_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Programme, in the order it airs"), self))
        layout.addLayout(jingles_top)
        layout.addWidget(view, 1)
        layout.addLayout(jingles_bottom)
        layout.addLayout(item_buttons)

    def fill_jingles(self, segments: list[Segment]) -> None:
        """Offer every segment as a jingle, keeping the ones chosen; untagged ones first."""
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

    def _jingle_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo
