"""The library screen: find, import (button or drag-and-drop), edit and preview segments.

Import runs on the thread pool through the operation helper, which refreshes every view from
what each imported file changed; the screen only shows the import's course in its panel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.segments import Segment
from commune_radio.core.topics import TOPICS
from commune_radio.services.library_service import AUDIO_SUFFIXES, ImportResult, LibraryService
from commune_radio.ui import file_dialogs
from commune_radio.ui.file_drop import FileDropMixin
from commune_radio.ui.library.import_panel import ImportPanel
from commune_radio.ui.library.importer import (
    FileStarted,
    ImportSummary,
    collect_files,
    make_import_job,
)
from commune_radio.ui.library.meta_dialog import MetaDialog
from commune_radio.ui.library.model import (
    COL_DURATION,
    COL_LANGUAGE,
    COL_LOUDNESS,
    COL_SOURCE,
    COL_TITLE,
    COL_TOPIC,
    COL_VALIDITY,
    NO_TOPIC,
    LibraryFilterProxy,
    LibraryModel,
)
from commune_radio.ui.library.pack_import import PackImporter, is_pack
from commune_radio.ui.operations import run_op
from commune_radio.ui.player import Player
from commune_radio.ui.record_table import record_table
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.tasks import Task
from commune_radio.ui.text import error_text, format_duration

if TYPE_CHECKING:  # signing and the pack reader load when a pack is dropped, not at start
    from commune_radio.services.pack_service import PackService


class LibraryScreen(FileDropMixin, QWidget):
    """Every segment of the library, with the tools an operator needs around them."""

    import_finished = Signal(object)  # an ImportSummary, after the table is refreshed

    def __init__(
        self, library: LibraryService, signals: AppSignals, lang: str,
        player: Player | None = None, parent: QWidget | None = None,
        packs: Callable[[], PackService] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.signals = signals
        self.lang = lang
        self.player = player or Player(self)
        self.import_task: Task | None = None
        self.meta_dialog: MetaDialog | None = None
        self._preview_title = ""
        self._preview_total = ""
        self.setObjectName("libraryScreen")
        self.setAcceptDrops(True)

        self.model = LibraryModel(lang, self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters()
        self._build_table()
        self._build_actions()
        self.import_panel = ImportPanel(lang, self)
        self.import_panel.cancel_requested.connect(self.cancel_import)
        self.import_panel.hide()
        # content packs from the office (.crpack) go through their own strict import
        self.pack_importer = PackImporter(packs, self, lang) if packs is not None else None

        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.import_panel)
        layout.addWidget(self.body, 1)
        layout.addLayout(self.action_bar)

        signals.changed.connect(self._on_changed)
        self.player.started.connect(self._on_player_state)
        self.player.stopped.connect(self._on_player_state)
        self.player.position_changed.connect(self._on_position)
        self.player.error.connect(self._on_player_error)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("librarySearch")
        self.search_edit.setPlaceholderText(self.tr("Search title or file name…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_filter)

        self.topic_filter = QComboBox(self)
        self.topic_filter.setObjectName("libraryTopicFilter")
        self.topic_filter.addItem(self.tr("All themes"), None)
        self.topic_filter.addItem(self.tr("(no theme)"), NO_TOPIC)
        for topic in TOPICS:
            self.topic_filter.addItem(topic.en if self.lang == "en" else topic.vi, topic.id)
        self.topic_filter.setMinimumContentsLength(22)
        self.topic_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic_filter.view().setMinimumWidth(
            self.topic_filter.view().sizeHintForColumn(0) + 24
        )
        self.topic_filter.currentIndexChanged.connect(self._on_filter)

        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("libraryLanguageFilter")
        self.language_filter.addItem(self.tr("All languages"), None)
        for language in LANGUAGES:
            self.language_filter.addItem(
                language.en if self.lang == "en" else language.vi, language.id
            )
        self.language_filter.currentIndexChanged.connect(self._on_filter)

        self.import_files_button = QPushButton(self.tr("Import files…"), self)
        self.import_files_button.setObjectName("importFiles")
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import folder…"), self)
        self.import_folder_button.setObjectName("importFolder")
        self.import_folder_button.clicked.connect(self.choose_folder)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.topic_filter, 2)
        bar.addWidget(self.language_filter, 1)
        bar.addSpacing(12)
        bar.addWidget(self.import_files_button)
        bar.addWidget(self.import_folder_button)
        self.filter_bar = bar

    def _build_table(self) -> None:
        self.view = record_table("libraryTable", self.proxy, {
            COL_TOPIC: 230, COL_LANGUAGE: 100, COL_DURATION: 80, COL_LOUDNESS: 105,
            COL_VALIDITY: 170, COL_SOURCE: 130}, self)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first, as listed
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(60)
        # "source → aired" needs both figures and its two-line heading whole, at any scaling
        header.setSectionResizeMode(COL_LOUDNESS, QHeaderView.ResizeMode.ResizeToContents)
        # the title is what an operator reads first: it takes whatever width is left
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

        self.empty_label = QLabel(
            self.tr("The library is empty.\nImport audio files with the buttons above, "
                    "or drag files or folders onto this window."),
            self,
        )
        self.empty_label.setObjectName("libraryEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.body = QStackedWidget(self)
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty_label)

    def _build_actions(self) -> None:
        self.play_button = QPushButton(self.tr("▶ Listen"), self)
        self.play_button.setObjectName("previewPlay")
        self.play_button.clicked.connect(self.play_selected)
        self.stop_button = QPushButton(self.tr("■ Stop"), self)
        self.stop_button.setObjectName("previewStop")
        self.stop_button.clicked.connect(self.player.stop)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("previewLabel")
        self.edit_button = QPushButton(self.tr("Edit details…"), self)
        self.edit_button.setObjectName("editMeta")
        self.edit_button.clicked.connect(self.edit_selected)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")

        bar = QHBoxLayout()
        bar.addWidget(self.play_button)
        bar.addWidget(self.stop_button)
        bar.addWidget(self.preview_label, 1)
        bar.addWidget(self.edit_button)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        self.action_bar = bar

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the segments from the library, keeping the selected one selected."""
        selected = self.selected_segment()
        try:
            segments = self.library.list()
        except KnownError as exc:
            self.count_label.setText(error_text(exc, self.lang))
            return
        self.model.set_segments(segments)
        if selected is not None:
            self.select_segment(selected.id)
        self._update_counts()
        self._update_actions()

    def _on_changed(self, changes: Changes) -> None:
        if changes.library:
            self.refresh()

    def _on_filter(self) -> None:
        self.proxy.set_search(self.search_edit.text())
        self.proxy.set_topic(self.topic_filter.currentData())
        self.proxy.set_language(self.language_filter.currentData())
        self._update_counts()
        self._update_actions()

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.body.setCurrentWidget(self.view if total else self.empty_label)
        if shown == total:
            self.count_label.setText(self.tr("%n item(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %n item(s) shown", "", total).replace("%1", str(shown))
            )

    def selected_segment(self) -> Segment | None:
        """The segment of the selected row, if any."""
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.proxy.segment_at(rows[0].row()) if rows else None

    def select_segment(self, segment_id: int) -> bool:
        """Select the row of this segment (when the filter shows it)."""
        row = self.model.row_of(segment_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.setCurrentIndex(index)
        return True

    def _update_actions(self) -> None:
        has = self.selected_segment() is not None
        self.edit_button.setEnabled(has)
        self.play_button.setEnabled(has)
        self.stop_button.setEnabled(self.player.is_playing())

    # --- import -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for audio files, then import them."""
        patterns = " ".join(f"*{suffix}" for suffix in AUDIO_SUFFIXES)
        paths = file_dialogs.open_files(
            self, "audio", self.tr("Choose audio files to import"),
            self.tr("Audio files (%1)").replace("%1", patterns) + ";;"
            + self.tr("Content packs from the office (%1)").replace("%1", "*.crpack") + ";;"
            + self.tr("All files (*)"),
        )
        if paths:
            self.start_import(paths)

    def choose_folder(self) -> None:
        """Ask for a folder, then import every audio file in it."""
        folder = file_dialogs.open_folder_dialog(self, "audio",
                                                 self.tr("Choose a folder to import"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[Path]) -> Task | None:
        """Import these files and folders off the GUI thread; None when nothing was started."""
        if self.import_task is not None:
            self.import_panel.show()
            self.import_panel.status.setText(
                self.tr("An import is already running; wait for it to finish or cancel it.")
            )
            return None
        if self.pack_importer is not None:
            packs = [p for p in paths if is_pack(p)]
            if packs:
                self.pack_importer.start(packs)
                paths = [p for p in paths if p not in packs]
                if not paths:
                    return None
        files = collect_files(paths)
        if not files:
            self.import_panel.show_message(self.tr("No audio files were found there."))
            return None
        self.import_panel.start(len(files))
        self.import_files_button.setEnabled(False)
        self.import_folder_button.setEnabled(False)
        self.import_task = run_op(
            self.signals, self.lang, make_import_job(self.library, files),
            on_done=self._on_import_done, on_error=self._on_import_error,
            on_post=self._on_import_post, panel=self.import_panel,
        )
        return self.import_task

    def cancel_import(self) -> None:
        """Ask the running import to stop; files already imported stay imported."""
        if self.import_task is not None:
            self.import_task.cancel()

    def _on_import_post(self, item: object) -> None:
        if isinstance(item, FileStarted):
            self.import_panel.file_started(item)
        elif isinstance(item, ImportResult):
            self.import_panel.add_result(item)
            if item.ok and not item.duplicate:
                self.select_segment(item.segment.id)

    def _on_import_done(self, summary: ImportSummary) -> None:
        self._import_ended()
        self.import_panel.finish(summary)
        self.import_finished.emit(summary)

    def _on_import_error(self, message: str) -> None:
        self._import_ended()
        self.import_panel.fail(message)
        self.import_finished.emit(None)

    def _import_ended(self) -> None:
        self.import_task = None
        self.import_files_button.setEnabled(True)
        self.import_folder_button.setEnabled(True)


    # --- metadata -----------------------------------------------------------------------------

    def edit_selected(self) -> MetaDialog | None:
        """Open the details dialog of the selected segment (window-modal, not blocking)."""
        segment = self.selected_segment()
        if segment is None:
            return None
        dialog = MetaDialog(segment, self.library, self.lang, self, signals=self.signals)
        dialog.saved.connect(self._on_meta_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.meta_dialog = dialog
        dialog.open()
        return dialog

    def _on_meta_saved(self, segment: Segment) -> None:
        self.select_segment(segment.id)

    # --- preview ------------------------------------------------------------------------------

    def play_selected(self) -> None:
        """Play the prepared audio of the selected segment (exactly what would air)."""
        segment = self.selected_segment()
        if segment is None:
            return
        path = self.library.audio_path(segment)
        if not path.is_file():
            self.preview_label.setText(
                self.tr("The audio of “%1” is missing from the library folder.")
                .replace("%1", segment.title)
            )
            return
        self._preview_title = segment.title
        self._preview_total = format_duration(segment.duration_s)
        self.player.play(path, tag=segment.id)

    def _on_player_state(self) -> None:
        if self.player.is_playing():
            self._on_position(self.player.position_ms())
        else:
            self.preview_label.setText("")
        self._update_actions()

    def _on_position(self, ms: int) -> None:
        if not self.player.is_playing():
            return
        self.preview_label.setText(
            self.tr("Playing “%1”: %2 / %3")
            .replace("%1", self._preview_title)
            .replace("%2", format_duration(ms / 1000))
            .replace("%3", self._preview_total)
        )

    def _on_player_error(self, message: str) -> None:
        self.preview_label.setText(self.tr("Cannot play this item: %1").replace("%1", message))
        self._update_actions()

    def shutdown(self) -> None:
        """Stop preview and the import before the window closes."""
        self.player.stop()
        self.cancel_import()
