"""The broadcast log screen: what aired, filtered, with the DX badge of the current week.

The table is the lazy ``LogModel`` (newest first, a page at a time), so opening a log of a
million broadcasts costs one page. The screen reloads on the app-wide ``changed`` signal when
the log changed (a broadcast started or ended), and when it is shown again after that.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.broadcast_log import BroadcastRecord
from commune_radio.core.broadcasts import Status, Trigger
from commune_radio.core.errors import KnownError
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.core.topics import TOPICS
from commune_radio.services.log_service import LogFilter, LogService, WeekStatus
from commune_radio.ui.log.details import BroadcastDetails
from commune_radio.ui.log.model import (
    COL_DURATION,
    COL_DX,
    COL_ITEMS,
    COL_PROGRAMME,
    COL_REASON,
    COL_STATUS,
    COL_TRIGGER,
    COL_WHEN,
    LogModel,
)
from commune_radio.ui.log.words import BroadcastWords
from commune_radio.ui.qdates import qdate
from commune_radio.ui.record_table import record_table
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.text import error_text, format_date

DATE_FORMAT = "dd/MM/yyyy"
PERIOD_ALL, PERIOD_TODAY, PERIOD_WEEK, PERIOD_MONTH, PERIOD_LAST_MONTH, PERIOD_CUSTOM = (
    "all", "today", "week", "month", "last_month", "custom")
BADGE_STYLE = ("QLabel#weekBadge {{ background: {bg}; color: white; font-weight: bold;"
               " border-radius: 4px; padding: 5px 10px; }}")
BADGE_GREEN, BADGE_RED = "#1b5e20", "#b00020"


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The inclusive days of a period preset around ``today`` (None, None: every day)."""
    if period == PERIOD_TODAY:
        return today, today
    if period == PERIOD_WEEK:
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period == PERIOD_MONTH:
        first = today.replace(day=1)
        after = (first + dt.timedelta(days=32)).replace(day=1)
        return first, after - dt.timedelta(days=1)
    if period == PERIOD_LAST_MONTH:
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    return None, None


class LogScreen(QWidget):
    """The station's as-played log: filters, the lazy table, one broadcast's items, the badge."""

    def __init__(self, log: LogService, signals: AppSignals, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.signals = signals
        self.lang = lang
        self.words = BroadcastWords(self)
        self.week: WeekStatus | None = None
        self._stale = False
        self.setObjectName("logScreen")

        self.model = LogModel(log, lang, self)
        self.model.failed.connect(self._on_failed)
        self.model.fetched.connect(self._update_count)
        self.model.modelReset.connect(lambda: self.details.show_record(None, self.model.zone))

        self._build_filters()
        self._build_table()
        self.details = BroadcastDetails(lang, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("logCount")
        self.message = QLabel(self)
        self.message.setObjectName("logMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(self.top_bar)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        signals.changed.connect(self._on_changed)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        title = QLabel(self.tr("Broadcast log"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.badge = QLabel(self)
        self.badge.setObjectName("weekBadge")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("logRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.badge)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)
        self.top_bar = top

        self.period = QComboBox(self)
        self.period.setObjectName("logPeriod")
        for label, key in ((self.tr("All dates"), PERIOD_ALL), (self.tr("Today"), PERIOD_TODAY),
                           (self.tr("This week"), PERIOD_WEEK),
                           (self.tr("This month"), PERIOD_MONTH),
                           (self.tr("Last month"), PERIOD_LAST_MONTH),
                           (self.tr("From … to …"), PERIOD_CUSTOM)):
            self.period.addItem(label, key)
        self.period.currentIndexChanged.connect(self._on_period)
        self.from_edit = self._date_edit("logFrom")
        self.to_edit = self._date_edit("logTo")

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("logStatus")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in (Status.PLAYED, Status.PARTIAL, Status.MISSED, Status.SKIPPED,
                       Status.FAILED, Status.STARTED):
            self.status_filter.addItem(self.words.status(status.value), status.value)
        self.trigger_filter = QComboBox(self)
        self.trigger_filter.setObjectName("logTrigger")
        self.trigger_filter.addItem(self.tr("Started by anyone"), None)
        for trigger in Trigger:
            self.trigger_filter.addItem(self.words.trigger(trigger.value), trigger.value)
        self.topic_filter = QComboBox(self)
        self.topic_filter.setObjectName("logTopic")
        self.topic_filter.addItem(self.tr("All themes"), None)
        for topic in TOPICS:
            self.topic_filter.addItem(topic.en if self.lang == "en" else topic.vi, topic.id)
        self.topic_filter.setMinimumContentsLength(24)
        self.topic_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic_filter.view().setMinimumWidth(
            self.topic_filter.view().sizeHintForColumn(0) + 24)
        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("logLanguage")
        self.language_filter.addItem(self.tr("All languages"), None)
        for language in LANGUAGES:
            self.language_filter.addItem(language.en if self.lang == "en" else language.vi,
                                         language.id)
        self.dx_only = QCheckBox(self.tr("DX section only"), self)
        self.dx_only.setObjectName("logDxOnly")
        for combo in (self.status_filter, self.trigger_filter, self.topic_filter,
                      self.language_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.dx_only.toggled.connect(self.apply_filter)

        # two rows, so the screen fits a 1024-pixel-wide display
        when = QHBoxLayout()
        when.addWidget(self.period)
        when.addWidget(self.from_edit)
        when.addWidget(QLabel("–", self))
        when.addWidget(self.to_edit)
        when.addSpacing(8)
        when.addWidget(self.status_filter)
        when.addWidget(self.trigger_filter)
        when.addStretch(1)
        what = QHBoxLayout()
        what.addWidget(self.topic_filter, 2)
        what.addWidget(self.language_filter, 1)
        what.addWidget(self.dx_only)
        what.addStretch(1)
        bar = QVBoxLayout()
        bar.addLayout(when)
        bar.addLayout(what)
        self.filter_bar = bar
        self._on_period()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setDate(qdate(self.today()))
        edit.dateChanged.connect(self._on_custom_dates)
        return edit

    def _build_table(self) -> None:
        self.view = record_table("logTable", self.model, {
            COL_WHEN: 125, COL_DX: 45, COL_TRIGGER: 115, COL_STATUS: 155, COL_REASON: 220,
            COL_ITEMS: 90, COL_DURATION: 75}, self)
        # every row the same height: the view then never measures rows it has not shown
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_PROGRAMME, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)

    # --- data -------------------------------------------------------------------------------

    def today(self) -> dt.date:
        """Today in station time."""
        try:
            zone = ZoneInfo(self.log.timezone())
        except KnownError:
            zone = ZoneInfo(DEFAULT_TIMEZONE)
        return self.log.clock().astimezone(zone).date()

    def current_filter(self) -> LogFilter:
        """The filter the controls describe."""
        since = until = None
        if self.period.currentData() != PERIOD_ALL:
            since = self.from_edit.date().toPython()
            until = self.to_edit.date().toPython()
        status = self.status_filter.currentData()
        trigger = self.trigger_filter.currentData()
        return LogFilter(
            from_date=since, to_date=until,
            statuses=(status,) if status else (), triggers=(trigger,) if trigger else (),
            topic=self.topic_filter.currentData(), language=self.language_filter.currentData(),
            dx_only=self.dx_only.isChecked(),
        )

    def apply_filter(self) -> None:
        """Show the first page matching the controls (no count: that is slow on a big log)."""
        self.message.hide()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Reload the newest page and the week's badge, keeping the selected broadcast."""
        self._stale = False
        selected = self.selected_record()
        self.message.hide()
        self.model.set_filter(self.current_filter())
        if selected is not None:
            self.select_broadcast(selected.id)
        self.refresh_badge()

    def refresh_badge(self) -> None:
        """The DX badge of the current ISO week (station time)."""
        try:
            self.week = self.log.week_status()
        except KnownError as exc:
            self.week = None
            self.badge.setText(error_text(exc, self.lang))
            self.badge.setStyleSheet(BADGE_STYLE.format(bg="#6b6b6b"))
            return
        if self.week.compliant:
            self.badge.setText(self.tr("DX section this week: aired"))
            self.badge.setStyleSheet(BADGE_STYLE.format(bg=BADGE_GREEN))
        else:
            self.badge.setText(self.tr("DX section this week: not aired"))
            self.badge.setStyleSheet(BADGE_STYLE.format(bg=BADGE_RED))
        self.badge.setToolTip(
            self.tr("Week %1 (%2 – %3): %n broadcast(s) of the DX section played in full", "",
                    self.week.dx_played)
            .replace("%1", self.week.week.split("-W")[-1])
            .replace("%2", format_date(self.week.monday))
            .replace("%3", format_date(self.week.sunday))
        )

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.log or changes.station):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_period(self, *_args) -> None:
        period = self.period.currentData()
        custom = period == PERIOD_CUSTOM
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(custom)
        if period not in (PERIOD_ALL, PERIOD_CUSTOM):
            since, until = period_range(period, self.today())
            for edit, day in ((self.from_edit, since), (self.to_edit, until)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        if hasattr(self, "view"):
            self.apply_filter()

    def _on_custom_dates(self, *_args) -> None:
        if self.period.currentData() != PERIOD_CUSTOM:
            return
        if self.to_edit.date() < self.from_edit.date():
            self.message.setText(self.tr("The end date is before the start date."))
            self.message.show()
            return
        self.apply_filter()

    def _on_failed(self, exc: KnownError) -> None:
        self.message.setText(error_text(exc, self.lang))
        self.message.show()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.has_more():
            text = self.tr("The newest %n broadcast(s) shown; scroll down for older ones", "",
                           shown)
        elif shown:
            text = self.tr("%n broadcast(s)", "", shown)
        else:
            text = self.tr("No broadcast matches")
        self.count_label.setText(text)

    # --- selection ----------------------------------------------------------------------------

    def selected_record(self) -> BroadcastRecord | None:
        """The broadcast of the selected row, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_broadcast(self, broadcast_id: str) -> bool:
        """Select a broadcast among the rows already fetched."""
        row = self.model.row_of(broadcast_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        self.details.show_record(record, self.model.zone)

