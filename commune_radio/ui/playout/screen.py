"""The playout screen ("Phát sóng"): the clock, what is on air, what comes next, and the controls.

It drives the window's one ``StationPlayer`` (the scheduler plays through the same one) and only
reacts to its signals: the screen never decides what is logged. The player is created on first
need — the first "play", a look at the outputs — so opening the window never waits for the sound
system; until then the volume and the remembered output are read from the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from commune_radio.app import AppContext
from commune_radio.core.broadcast_log import BroadcastRecord
from commune_radio.core.broadcasts import REASON_PROGRAM_CLOSED, Trigger
from commune_radio.core.errors import KnownError
from commune_radio.core.programmes import Programme, Role
from commune_radio.core.schedule import Occurrence
from commune_radio.playout.engine import NowPlaying
from commune_radio.ui.log.words import BroadcastWords, moment_text, status_colour
from commune_radio.ui.playout.air_status import AirStatus
from commune_radio.ui.playout.dialogs import EmergencyDialog, StopDialog
from commune_radio.ui.playout.preflight_line import PreflightLine
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.text import error_text, format_date, format_duration

TICK_MS = 250
NEXT_RETRY_S = 30  # with no slot ahead, ask the schedule again this often
RECENT_COUNT = 6
_GREEN, _RED, _ORANGE, _GREY = "#1b5e20", "#b00020", "#e65100", "#6b6b6b"

if TYPE_CHECKING:  # the player module loads QtMultimedia: only when a broadcast needs it
    from commune_radio.playout.player import StationPlayer


class DeviceCombo(QComboBox):
    """The output chooser; says when it is about to open, so the list can be read fresh."""

    about_to_open = Signal()

    def showPopup(self) -> None:
        self.about_to_open.emit()
        super().showPopup()


def _font(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


class PlayoutScreen(QWidget):
    """On air: the station clock, the broadcast playing, the next slot, play/stop/emergency."""

    def __init__(
        self,
        ctx: AppContext,
        signals: AppSignals,
        lang: str,
        player_source: Callable[[], StationPlayer],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.lang = lang
        self._player_source = player_source
        self.player: StationPlayer | None = None
        self.words = BroadcastWords(self)
        self.now: NowPlaying | None = None
        self.next_occurrence: Occurrence | None = None
        self._next_name = ""
        self._next_checked: dt.datetime | None = None
        self.zone = ZoneInfo("Asia/Ho_Chi_Minh")
        self.stop_dialog: StopDialog | None = None
        self._programmes: dict[int, Programme] = {}
        self._order: list[tuple[str, float]] = []  # the running order: title, planned seconds
        self._order_states: list[str] = []  # pending / playing / an item status
        self.emergency_dialog: EmergencyDialog | None = None
        self.setObjectName("playoutScreen")

        self._build_banner()
        self._build_clock()
        self._build_now()
        self._build_controls()
        self._build_output()
        self._build_recent()

        left = QVBoxLayout()
        left.addWidget(self.now_panel, 1)
        left.addWidget(self.controls_panel)
        right = QVBoxLayout()
        right.addWidget(self.clock_panel)
        right.addWidget(self.next_panel)
        right.addWidget(self.output_panel)
        right.addWidget(self.recent_panel, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        self.preflight_line = PreflightLine(lang, self)  # filled by the station runner
        layout.addWidget(self.preflight_line)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        signals.changed.connect(self._on_changed)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _panel(self, name: str) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName(name)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        return panel

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("problemBanner")
        self.banner.setStyleSheet(
            "QFrame#problemBanner { background: #fdecea; border: 1px solid #b00020;"
            " border-radius: 4px; } QLabel { color: #7f0015; }")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("problemText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setFont(_font(self, 1.05, bold=True))
        self.banner_close = QPushButton(self.tr("Dismiss"), self.banner)
        self.banner_close.setObjectName("problemDismiss")
        self.banner_close.clicked.connect(self.banner.hide)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_close)
        self.banner.hide()

    def _build_clock(self) -> None:
        self.clock_panel = self._panel("clockPanel")
        self.day_label = QLabel(self.clock_panel)
        self.day_label.setObjectName("clockDay")
        self.day_label.setFont(_font(self, 1.3))
        self.clock_label = QLabel(self.clock_panel)
        self.clock_label.setObjectName("clock")
        self.clock_label.setFont(_font(self, 2.6, bold=True))
        self.zone_label = QLabel(self.clock_panel)
        self.zone_label.setObjectName("clockZone")
        self.zone_label.setStyleSheet(f"color: {_GREY};")
        for label in (self.day_label, self.clock_label, self.zone_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self.clock_panel)
        box.addWidget(self.day_label)
        box.addWidget(self.clock_label)
        box.addWidget(self.zone_label)

        self.next_panel = self._panel("nextPanel")
        caption = QLabel(self.tr("Next scheduled broadcast"), self.next_panel)
        caption.setFont(_font(self, 1.0, bold=True))
        self.next_label = QLabel(self.next_panel)
        self.next_label.setObjectName("nextSlot")
        self.next_label.setWordWrap(True)
        self.next_label.setFont(_font(self, 1.1))
        self.countdown_label = QLabel(self.next_panel)
        self.countdown_label.setObjectName("nextCountdown")
        self.countdown_label.setFont(_font(self, 1.8, bold=True))
        box = QVBoxLayout(self.next_panel)
        box.addWidget(caption)
        box.addWidget(self.next_label)
        box.addWidget(self.countdown_label)

    def _build_now(self) -> None:
        self.now_panel = self._panel("nowPanel")
        self.state_label = QLabel(self.now_panel)
        self.state_label.setObjectName("onAirState")
        self.state_label.setFont(_font(self, 1.3, bold=True))
        self.programme_label = QLabel(self.now_panel)
        self.programme_label.setObjectName("nowProgramme")
        self.programme_label.setFont(_font(self, 2.0, bold=True))
        self.programme_label.setWordWrap(True)
        self.item_label = QLabel(self.now_panel)
        self.item_label.setObjectName("nowItem")
        self.item_label.setFont(_font(self, 1.35))
        self.item_label.setWordWrap(True)
        self.trigger_label = QLabel(self.now_panel)
        self.trigger_label.setObjectName("nowTrigger")
        self.trigger_label.setStyleSheet(f"color: {_GREY};")
        self.elapsed_label = QLabel(self.now_panel)
        self.elapsed_label.setObjectName("nowElapsed")
        self.elapsed_label.setFont(_font(self, 1.8, bold=True))
        self.remaining_label = QLabel(self.now_panel)
        self.remaining_label.setObjectName("nowRemaining")
        self.remaining_label.setFont(_font(self, 1.8, bold=True))
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self.now_panel)
        self.progress.setObjectName("nowProgress")
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(22)
        self.progress.setRange(0, 1)
        # hidden while nothing plays (an empty white bar reads as something stuck); its room
        # stays so the screen does not jump when a broadcast starts
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.last_label = QLabel(self.now_panel)
        self.last_label.setObjectName("lastBroadcast")
        self.last_label.setWordWrap(True)
        self.order_caption = QLabel(self.now_panel)
        self.order_caption.setStyleSheet(f"color: {_GREY};")
        self.order_list = QListWidget(self.now_panel)
        self.order_list.setObjectName("runningOrder")
        self.order_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.order_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.order_list.setFont(_font(self, 1.1))
        times = QHBoxLayout()
        times.addWidget(self.elapsed_label)
        times.addStretch(1)
        times.addWidget(self.remaining_label)
        box = QVBoxLayout(self.now_panel)
        box.addWidget(self.state_label)
        box.addSpacing(6)
        box.addWidget(self.programme_label)
        box.addWidget(self.item_label)
        box.addWidget(self.trigger_label)
        box.addSpacing(4)
        box.addWidget(self.order_caption)
        box.addWidget(self.order_list, 1)
        box.addLayout(times)
        box.addWidget(self.progress)
        box.addWidget(self.last_label)

    def _build_controls(self) -> None:
        self.controls_panel = self._panel("controlsPanel")
        self.programme_combo = QComboBox(self.controls_panel)
        self.programme_combo.setObjectName("playProgramme")
        self.programme_combo.setMinimumContentsLength(16)
        self.programme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programme_combo.setFont(_font(self, 1.15))
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._show_idle_order())
        big = _font(self, 1.35, bold=True)
        self.play_button = QPushButton(self.tr("▶ Play now"), self.controls_panel)
        self.play_button.setObjectName("playNow")
        self.stop_button = QPushButton(self.tr("■ Stop"), self.controls_panel)
        self.stop_button.setObjectName("stopBroadcast")
        self.emergency_button = QPushButton(self.tr("⚠ Emergency bulletin…"),
                                            self.controls_panel)
        self.emergency_button.setObjectName("emergencyBulletin")
        for button, colour, disabled in (
                (self.play_button, _GREEN, "#9dbf9f"), (self.stop_button, _RED, "#d9a0a8"),
                (self.emergency_button, _ORANGE, "#f0b98f")):
            button.setFont(big)
            button.setMinimumHeight(58)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: white; border-radius: 6px;"
                f" padding: 8px 16px; }} QPushButton:disabled {{ background: {disabled}; }}")
        self.play_button.clicked.connect(self.play_now)
        self.stop_button.clicked.connect(self.ask_stop)
        self.emergency_button.clicked.connect(self.ask_emergency)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Programme:"), self.controls_panel))
        pick.addWidget(self.programme_combo, 1)
        self.emergency_button.setMinimumHeight(44)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play_button, 3)
        buttons.addWidget(self.stop_button, 2)
        box = QVBoxLayout(self.controls_panel)
        box.addLayout(pick)
        box.addLayout(buttons)
        box.addWidget(self.emergency_button)

    def _build_output(self) -> None:
        self.output_panel = self._panel("outputPanel")
        self.device_combo = DeviceCombo(self.output_panel)
        self.device_combo.setObjectName("outputDevice")
        self.device_combo.setMinimumContentsLength(12)
        self.device_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_combo.about_to_open.connect(self.refresh_devices)
        self.device_combo.activated.connect(self._on_device_chosen)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self.output_panel)
        self.volume_slider.setObjectName("volume")
        self.volume_slider.setRange(0, 100)
        self.volume_slider.valueChanged.connect(self._on_volume)
        self.volume_slider.sliderReleased.connect(self._remember_volume)
        self.volume_label = QLabel(self.output_panel)
        self.volume_label.setObjectName("volumeValue")
        self.volume_label.setMinimumWidth(44)
        grid = QGridLayout(self.output_panel)
        grid.addWidget(QLabel(self.tr("Output:"), self.output_panel), 0, 0)
        grid.addWidget(self.device_combo, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Volume:"), self.output_panel), 1, 0)
        grid.addWidget(self.volume_slider, 1, 1)
        grid.addWidget(self.volume_label, 1, 2)
        self.air_status = AirStatus(self.output_panel)
        grid.addWidget(self.air_status, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def _build_recent(self) -> None:
        self.recent_panel = self._panel("recentPanel")
        caption = QLabel(self.tr("Latest broadcasts"), self.recent_panel)
        caption.setFont(_font(self, 1.0, bold=True))
        self.recent_list = QListWidget(self.recent_panel)
        self.recent_list.setObjectName("recentBroadcasts")
        self.recent_list.setWordWrap(True)
        box = QVBoxLayout(self.recent_panel)
        box.addWidget(caption)
        box.addWidget(self.recent_list, 1)

    # --- the player -----------------------------------------------------------------------

    def ensure_player(self) -> StationPlayer:
        """The window's station player (created now if nothing needed it before)."""
        if self.player is None:
            player = self._player_source()
            if self.player is None:
                self.attach(player)
        return self.player

    def attach(self, player: StationPlayer) -> None:
        """Follow ``player`` (the window calls this when it creates its station player)."""
        if self.player is player:
            return
        self.player = player
        player.broadcast_started.connect(self._on_broadcast_started)
        player.broadcast_ended.connect(self._on_broadcast_ended)
        player.item_started.connect(self._on_item_started)
        player.item_ended.connect(self._on_item_ended)
        player.position_changed.connect(self._on_position)
        player.playing_changed.connect(lambda _on: self._update_state())
        player.volume_changed.connect(self._show_volume)
        player.device_changed.connect(lambda _name: self.refresh_devices())
        player.device_lost.connect(lambda _name: self.refresh_devices())
        player.problem.connect(self.show_problem)
        self.air_status.attach(player)
        self._show_volume(player.volume())
        self.refresh_devices()
        self.now = player.current()
        self._update_state()

    def is_playing(self) -> bool:
        """Whether a broadcast is on air."""
        return self.player is not None and self.player.is_playing()

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the programmes, the station's zone, the next slot and the latest broadcasts."""
        try:
            self.zone = self.ctx.schedule.timezone()
            programmes = self.ctx.programmes.list()
        except KnownError as exc:
            self.show_problem(exc)
            programmes = []
        self._programmes = {p.id: p for p in programmes}
        chosen = self.programme_combo.currentData()
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for programme in programmes:
            self.programme_combo.addItem(
                f"{programme.name} ({format_duration(programme.duration_s)})", programme.id)
        self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(chosen)))
        self.programme_combo.blockSignals(False)
        self.programme_combo.setPlaceholderText(self.tr("No programme yet"))
        if self.player is None:
            self._show_volume(self.ctx.output.volume())
            self._show_remembered_device()
        self.zone_label.setText(self.tr("Station time (%1)").replace("%1", str(self.zone)))
        self._next_checked = None
        self.refresh_recent()
        self.tick()
        self._update_state()
        self._show_idle_order()

    def _on_changed(self, changes: Changes) -> None:
        if changes.programmes or changes.schedule or changes.station or changes.library:
            self.refresh()
        elif changes.log:
            self.refresh_recent()

    def refresh_recent(self) -> None:
        """The latest broadcasts of the log, newest first, coloured by outcome."""
        try:
            records, _ = self.ctx.log.page(limit=RECENT_COUNT, newest_first=True)
        except KnownError:
            return
        self.recent_list.clear()
        for record in records:
            when = moment_text(record.started_at or record.scheduled_at, self.zone)
            text = f"{when}  {record.programme} — {self.words.status(record.status.value)}"
            if record.reason:
                text += f" ({self.words.reason(record.reason)})"
            item = QListWidgetItem(text, self.recent_list)
            item.setForeground(status_colour(record.status.value))
            item.setToolTip(text)

    def tick(self) -> None:
        """Move the clock and the countdown (every quarter second)."""
        now = self.ctx.clock().astimezone(self.zone)
        self.day_label.setText(self._weekday(now.weekday()))
        self.clock_label.setText(f"{format_date(now.date())} {now.strftime('%H:%M:%S')}")
        self._update_next(now)

    def _weekday(self, weekday: int) -> str:
        return [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                self.tr("Sunday")][weekday]

    def _update_next(self, now: dt.datetime) -> None:
        due = self.next_occurrence
        stale = due is None or due.at <= now
        retry = self._next_checked is None or (
            (now - self._next_checked).total_seconds() >= NEXT_RETRY_S)
        if stale and (due is not None or retry):
            self._next_checked = now
            try:
                found = self.ctx.schedule.next(1)
            except KnownError:
                found = []
            self.next_occurrence = found[0] if found else None
            self._next_name = ""
            if self.next_occurrence is not None:
                try:
                    self._next_name = self.ctx.programmes.get(
                        self.next_occurrence.programme_id).name
                except KnownError:
                    self._next_name = "?"
        due = self.next_occurrence
        if due is None:
            self.next_label.setText(self.tr("No broadcast is scheduled."))
            self.countdown_label.setText("")
            return
        at = due.at.astimezone(self.zone)
        self.next_label.setText(
            self.tr("“%1” at %2 on %3, %4")
            .replace("%1", self._next_name).replace("%2", at.strftime("%H:%M"))
            .replace("%3", self._weekday(at.weekday())).replace("%4", format_date(at.date())))
        self.countdown_label.setText(self.countdown((due.at - now).total_seconds()))

    def countdown(self, seconds: float) -> str:
        """Time left before the next slot: "in 01:54:28", or "in 2 d 03:00:00"."""
        seconds = max(0, int(seconds))
        days, rest = divmod(seconds, 86_400)
        hours, rest = divmod(rest, 3600)
        clock = f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
        if days:
            return self.tr("in %1 d %2").replace("%1", str(days)).replace("%2", clock)
        return self.tr("in %1").replace("%1", clock)

    # --- the output -----------------------------------------------------------------------

    def _show_remembered_device(self) -> None:
        self.device_combo.clear()
        name = self.ctx.output.device_name()
        if self.ctx.output.device_id():
            self.device_combo.addItem(name or self.ctx.output.device_id(),
                                      self.ctx.output.device_id())
        else:
            self.device_combo.addItem(self.tr("System default"), None)

    def refresh_devices(self) -> None:
        """List this computer's outputs (loads the sound system on first use)."""
        player = self.ensure_player()
        remembered = self.ctx.output.device_id()
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        default = next((d for d in player.output_devices() if d.is_default), None)
        self.device_combo.addItem(
            self.tr("System default (%1)").replace("%1", default.description)
            if default else self.tr("System default (no output found)"), None)
        found = False
        for device in player.output_devices():
            self.device_combo.addItem(device.description, device.id)
            found = found or device.id == remembered
        if remembered and not found:
            self.device_combo.addItem(
                self.tr("%1 (not connected)").replace(
                    "%1", self.ctx.output.device_name() or remembered), remembered)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(remembered)))
        self.device_combo.setToolTip(self.device_combo.currentText())
        self.device_combo.blockSignals(False)

    def _on_device_chosen(self, index: int) -> None:
        device_id = self.device_combo.itemData(index)
        try:
            self.ensure_player().set_output_device(device_id)
        except KnownError as exc:
            self.show_problem(exc)
        self.refresh_devices()

    def _on_volume(self, value: int) -> None:
        self.volume_label.setText(f"{value} %")
        if self.volume_slider.signalsBlocked():
            return
        remember = not self.volume_slider.isSliderDown()
        if self.player is not None:
            self.player.set_volume(value / 100, remember=remember)
        elif remember:
            self.ctx.output.set_volume(value / 100)

    def _remember_volume(self) -> None:
        value = self.volume_slider.value() / 100
        if self.player is not None:
            self.player.set_volume(value)
        else:
            self.ctx.output.set_volume(value)

    def _show_volume(self, volume: float) -> None:
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(round(volume * 100))
        self.volume_slider.blockSignals(False)
        self.volume_label.setText(f"{self.volume_slider.value()} %")

    # --- commands -----------------------------------------------------------------------------

    def play_now(self) -> str | None:
        """Air the chosen programme now ("Phát ngay"); the broadcast id, or None if refused."""
        programme_id = self.programme_combo.currentData()
        if programme_id is None:
            return None
        try:
            return self.ensure_player().play_programme(programme_id, trigger=Trigger.MANUAL)
        except KnownError as exc:
            self.show_problem(exc)
            return None

    def ask_stop(self) -> StopDialog | None:
        """Ask why, then stop the broadcast on air (the log records the reason)."""
        if not self.is_playing():
            return None
        record = self.player.current_broadcast()
        dialog = StopDialog(record.programme if record else "", self)
        dialog.confirmed.connect(self.stop)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._forget_stop_dialog(dialog))
        self.stop_dialog = dialog
        dialog.open()
        return dialog

    def _forget_stop_dialog(self, dialog: StopDialog) -> None:
        if self.stop_dialog is dialog:
            self.stop_dialog = None

    def stop(self, reason: str) -> BroadcastRecord | None:
        """Stop the broadcast on air for ``reason``; its final log row."""
        if self.player is None:
            return None
        try:
            return self.player.stop(reason)
        except KnownError as exc:
            self.show_problem(exc)
            return None

    def ask_emergency(self) -> EmergencyDialog | None:
        """Choose a bulletin, then air it at once over whatever is playing."""
        try:
            programmes = self.ctx.programmes.list()
        except KnownError as exc:
            self.show_problem(exc)
            return None
        on_air = self.player.current_broadcast() if self.is_playing() else None
        dialog = EmergencyDialog(programmes, on_air.programme if on_air else None, self)
        dialog.confirmed.connect(self.emergency)
        dialog.finished.connect(dialog.deleteLater)
        self.emergency_dialog = dialog
        dialog.open()
        return dialog

    def emergency(self, programme: Programme | int) -> str | None:
        """Air an emergency bulletin now; the broadcast id, or None if refused."""
        try:
            return self.ensure_player().emergency(programme)
        except KnownError as exc:
            self.show_problem(exc)
            return None

    def show_problem(self, error: KnownError) -> None:
        """Say what went wrong in the banner, in the window's language."""
        at = self.ctx.clock().astimezone(self.zone).strftime("%H:%M:%S")
        self.banner_label.setText(f"{at} — {error_text(error, self.lang)}")
        self.banner.show()

    # --- what the player says -----------------------------------------------------------------

    # the running order: what plays, what played and how

    def _show_idle_order(self) -> None:
        if self.is_playing():
            return
        programme = self._programmes.get(self.programme_combo.currentData())
        self._order = [(i.segment.title, i.duration_s) for i in programme.items] if programme \
            else []
        self._order_states = ["pending"] * len(self._order)
        self.order_caption.setText(self.tr("Running order of the chosen programme:")
                                   if programme else "")
        self._render_order()

    def _render_order(self) -> None:
        marks = {"playing": "▶", "played": "✓", "partial": "◐", "failed": "✗", "skipped": "–"}
        self.order_list.clear()
        for n, ((title, seconds), state) in enumerate(zip(self._order, self._order_states,
                                                          strict=True)):
            text = f"{marks.get(state, ' ')}  {n + 1}. {title}   ({format_duration(seconds)})"
            item = QListWidgetItem(text, self.order_list)
            item.setToolTip(f"{title} — {self.words.status(state)}")
            if state == "playing":
                font = QFont(self.order_list.font())
                font.setBold(True)
                item.setFont(font)
            if state != "pending":
                item.setForeground(status_colour(state))

    def _on_item_ended(self, ended) -> None:
        position = ended.item.position
        if 0 <= position < len(self._order_states):
            self._order_states[position] = ended.status.value
            self._render_order()

    def _on_broadcast_started(self, record: BroadcastRecord) -> None:
        self.now = None
        self._order = [(i.title, i.planned_s) for i in record.items]
        self._order_states = ["pending"] * len(self._order)
        self.order_caption.setText(self.tr("Running order:"))
        self._render_order()
        self.programme_label.setText(record.programme)
        self.item_label.setText("")
        self.trigger_label.setText(self.words.trigger(record.trigger.value))
        self.progress.setRange(0, max(1, round(record.planned_s * 1000)))
        self.progress.setValue(0)
        self.signals.emit_changed(log=True)
        self._update_state()

    def _on_item_started(self, now: NowPlaying) -> None:
        self.now = now
        items = now.programme.items
        if 0 <= now.item.position < len(self._order_states):
            self._order_states[now.item.position] = "playing"
            self._render_order()
        role = {Role.INTRO: self.tr("opening jingle"),
                Role.OUTRO: self.tr("closing jingle")}.get(now.item.role)
        title = f"{now.item.segment.title} ({role})" if role else now.item.segment.title
        self.programme_label.setText(now.programme.name)
        self.item_label.setText(
            self.tr("Item %1/%2: %3").replace("%1", str(now.item.position + 1))
            .replace("%2", str(len(items))).replace("%3", title))
        self.trigger_label.setText(self.words.trigger(now.trigger.value))
        self.progress.setRange(0, max(1, round(now.total_planned_s * 1000)))
        self._show_times(round(now.elapsed_before_s * 1000),
                         round((now.item.duration_s + now.remaining_after_s) * 1000))
        self._update_state()

    def _on_position(self, _item_ms: int, elapsed_ms: int, remaining_ms: int) -> None:
        self._show_times(elapsed_ms, remaining_ms)

    def _show_times(self, elapsed_ms: int, remaining_ms: int) -> None:
        self.elapsed_label.setText(self.tr("Elapsed %1").replace(
            "%1", format_duration(elapsed_ms / 1000)))
        self.remaining_label.setText(self.tr("Remaining %1").replace(
            "%1", format_duration(remaining_ms / 1000)))
        self.progress.setValue(min(self.progress.maximum(), max(0, elapsed_ms)))

    def _on_broadcast_ended(self, record: BroadcastRecord) -> None:
        status = self.words.status(record.status.value)
        if record.reason:
            status += f" ({self.words.reason(record.reason)})"
        colour = status_colour(record.status.value).name()
        self.last_label.setText(
            self.tr("Last broadcast: “%1” — %2").replace("%1", record.programme)
            .replace("%2", f"<b style='color:{colour}'>{status}</b>"))
        if not self.is_playing():
            self.now = None
            if self.stop_dialog is not None:
                # the broadcast the question was about is over: a reason typed now must not
                # stop the next one
                self.stop_dialog.reject()
        self.signals.emit_changed(log=True)
        self._update_state()
        self._show_idle_order()

    def _update_state(self) -> None:
        playing = self.is_playing()
        self.progress.setVisible(playing)
        if playing:
            self.state_label.setText(self.tr("● ON AIR"))
            self.state_label.setStyleSheet(f"color: {_RED};")
        else:
            self.state_label.setText(self.tr("Nothing on air"))
            self.state_label.setStyleSheet(f"color: {_GREY};")
            self.programme_label.setText("—")
            self.item_label.setText(self.tr("Choose a programme and press “Play now”, or "
                                            "let the schedule start it."))
            self.trigger_label.setText("")
            self.elapsed_label.setText("")
            self.remaining_label.setText("")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        self.play_button.setEnabled(not playing and self.programme_combo.count() > 0)
        self.programme_combo.setEnabled(not playing)
        self.stop_button.setEnabled(playing)

    def shutdown(self) -> None:
        """The window closes: a broadcast on air stops, logged with reason ``program_closed``."""
        self.timer.stop()
        if self.is_playing():
            self.stop(REASON_PROGRAM_CLOSED)
