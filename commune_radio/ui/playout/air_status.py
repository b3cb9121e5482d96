"""The on-air screen's proof-of-sound line: the output's state, what was sent, the dead-air alarm.

It only listens to the ``StationPlayer``: the output opening or lost (so a device that cannot
open shows now, not at 06:00), the level each item sent (measured from the samples written),
the level heard back on the air-monitor input, and the red dead-air alarm when the monitor
hears silence while something plays. Station text never reaches it as rich text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# playout.outputs.ClockOutput's name (not imported: it would load QtMultimedia with the window)
NO_DEVICE = "none"

OK_STYLE = "color: #1b5e20;"
WARN_STYLE = "color: #8a5a00;"
ALARM_STYLE = ("background: #b00020; color: white; font-weight: bold; padding: 6px;"
               " border-radius: 4px;")


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AirStatus(QWidget):
    """Three lines under the output choice: output, sound sent / heard, dead-air alarm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.output_line = _plain(QLabel(self))
        self.output_line.setObjectName("outputState")
        self.sound_line = _plain(QLabel(self))
        self.sound_line.setObjectName("soundSent")
        self.alarm = _plain(QLabel(self))
        self.alarm.setObjectName("deadAirAlarm")
        self.alarm.setStyleSheet(ALARM_STYLE)
        self.alarm.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.output_line)
        box.addWidget(self.sound_line)
        box.addWidget(self.alarm)
        self._monitor_db: float | None = None

    def attach(self, player) -> None:
        """Follow a ``StationPlayer``."""
        player.device_changed.connect(self.show_output)
        player.device_lost.connect(self.show_lost)
        player.item_ended.connect(self.show_item_sent)
        player.monitor_level.connect(self._remember_monitor)
        player.dead_air.connect(self.show_dead_air)
        problem = player.sink.output_problem()
        if problem is None:
            self.show_output(player.device_name())
        else:
            self.show_output_problem(problem[1])

    def show_output(self, description: str) -> None:
        """The output is open and taking audio."""
        self.output_line.setStyleSheet(OK_STYLE)
        if description == NO_DEVICE:  # no sound card (tests, a headless PC)
            description = self.tr("no sound card: the programme runs on the clock, silent")
        self.output_line.setText(self.tr("Output open: %1").replace("%1", description))

    def show_output_problem(self, detail: str) -> None:
        """No output could be opened: nothing would air."""
        self.output_line.setStyleSheet(WARN_STYLE)
        self.output_line.setText(
            self.tr("The output is not working: %1. Check the cable and the sound card; "
                    "the next broadcast will be logged as failed.").replace("%1", detail))

    def show_lost(self, description: str) -> None:
        """The output disappeared (unplugged, driver gone)."""
        self.show_output_problem(self.tr("“%1” was disconnected").replace("%1", description))

    def show_item_sent(self, ended) -> None:
        """What the last item sent, measured from the samples (and heard, with a monitor)."""
        record = ended
        evidence = getattr(record, "evidence", None)
        if evidence is None:
            return
        text = self.tr("Last item sent: %1 dBFS average, %2 dBFS peak").replace(
            "%1", f"{evidence.rms_dbfs:.1f}").replace("%2", f"{evidence.peak_dbfs:.1f}")
        if evidence.monitor_rms_dbfs is not None:
            text += " · " + self.tr("heard on the air monitor: %1 dBFS").replace(
                "%1", f"{evidence.monitor_rms_dbfs:.1f}")
        self.sound_line.setText(text)

    def _remember_monitor(self, db: float) -> None:
        self._monitor_db = db

    def show_dead_air(self, on: bool, source: str) -> None:
        """Raise (or clear) the red alarm: silence on air while something plays."""
        if on:
            self.alarm.setText(
                self.tr("NO SOUND ON AIR: the air monitor (%1) hears silence while a "
                        "programme plays. Check the amplifier and the transmitter.")
                .replace("%1", source))
            self.alarm.show()
        else:
            self.alarm.hide()
