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

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_radio.app import AppContext
from commune_radio.core.broadcast_log import BroadcastRecord
from commune_radio.core.broadcasts import REASON_PROGRAM_CLOSED, Trigger
from commune_radio.core.errors import KnownError
from commune_radio.core.programmes import Programme, Role
from commune_radio.core.schedule import Occurrence
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.playout.engine import NowPlaying
from commune_radio.ui.log.words import BroadcastWords, moment_text, status_colour
from commune_radio.ui.playout.dialogs import EmergencyDialog, StopDialog
from commune_radio.ui.playout.output_panel import OutputPanel
from commune_radio.ui.playout.panels import (
    GREY,
    RED,
    ClockPanel,
    ControlsPanel,
    NextPanel,
    NowPanel,
    ProblemBanner,
    RecentPanel,
)
from commune_radio.ui.playout.preflight_line import PreflightLine
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.text import error_text, format_date, format_duration

TICK_MS = 250
NEXT_RETRY_S = 30  # with no slot ahead, ask the schedule again this often
RECENT_COUNT = 6

if TYPE_CHECKING:  # the player module loads QtMultimedia: only when a broadcast needs it
    from commune_radio.playout.player import StationPlayer


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
        self.zone = ZoneInfo(DEFAULT_TIMEZONE)
        self.stop_dialog: StopDialog | None = None
        self._programmes: dict[int, Programme] = {}
        self._order: list[tuple[str, float]] = []  # the running order: title, planned seconds
        self._order_states: list[str] = []  # pending / playing / an item status
        self.emergency_dialog: EmergencyDialog | None = None
        self.setObjectName("playoutScreen")

        self._build_panels()
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

    def _build_panels(self) -> None:
        self.banner = ProblemBanner(self)
        self.banner_label, self.banner_close = self.banner.label, self.banner.close_button
        self.clock_panel = ClockPanel(self)
        self.day_label = self.clock_panel.day_label
        self.clock_label = self.clock_panel.clock_label
        self.zone_label = self.clock_panel.zone_label
        self.next_panel = NextPanel(self)
        self.next_label = self.next_panel.next_label
        self.countdown_label = self.next_panel.countdown_label
        now = self.now_panel = NowPanel(self)
        self.state_label, self.programme_label = now.state_label, now.programme_label
        self.item_label, self.trigger_label = now.item_label, now.trigger_label
        self.elapsed_label, self.remaining_label = now.elapsed_label, now.remaining_label
        self.progress, self.last_label = now.progress, now.last_label
        self.order_caption, self.order_list = now.order_caption, now.order_list
        controls = self.controls_panel = ControlsPanel(self)
        self.programme_combo = controls.programme_combo
        self.play_button, self.stop_button = controls.play_button, controls.stop_button
        self.emergency_button = controls.emergency_button
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._show_idle_order())
        self.play_button.clicked.connect(self.play_now)
        self.stop_button.clicked.connect(self.ask_stop)
        self.emergency_button.clicked.connect(self.ask_emergency)
        output = self.output_panel = OutputPanel(self.ctx.output, self.ensure_player, self)
        self.device_combo, self.volume_slider = output.device_combo, output.volume_slider
        self.volume_label, self.air_status = output.volume_label, output.air_status
        output.problem.connect(self.show_problem)
        self.recent_panel = RecentPanel(self)
        self.recent_list = self.recent_panel.recent_list

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
        player.problem.connect(self.show_problem)
        self.output_panel.attach(player)
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
            self.output_panel.show_remembered()
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
        self.day_label.setText(self.words.day_name(now.weekday()))
        self.clock_label.setText(f"{format_date(now.date())} {now.strftime('%H:%M:%S')}")
        self._update_next(now)

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
            .replace("%3", self.words.day_name(at.weekday())).replace("%4", format_date(at.date())))
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

    def refresh_devices(self) -> None:
        """List this computer's outputs (loads the sound system on first use)."""
        self.output_panel.refresh_devices()

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
        self.now_panel.show_order(self._order, self._order_states)

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
        self._update_state()
        self._show_idle_order()

    def _update_state(self) -> None:
        playing = self.is_playing()
        self.progress.setVisible(playing)
        if playing:
            self.state_label.setText(self.tr("● ON AIR"))
            self.state_label.setStyleSheet(f"color: {RED};")
        else:
            self.state_label.setText(self.tr("Nothing on air"))
            self.state_label.setStyleSheet(f"color: {GREY};")
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
