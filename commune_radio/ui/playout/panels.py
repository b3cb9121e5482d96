"""The panels of the on-air screen: the problem banner, the station clock, the next slot, what is
on air (with its running order), the play/stop/emergency controls, and the latest broadcasts.

Panels build and show; the screen follows the player and the schedule and tells them what to
show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commune_radio.ui.log.words import BroadcastWords, status_colour
from commune_radio.ui.text import format_duration

GREEN, RED, ORANGE, GREY = "#1b5e20", "#b00020", "#e65100", "#6b6b6b"


def scaled_font(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    """The widget's font, ``scale`` times as large (read across the room)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


class Panel(QFrame):
    """A framed panel with an objectName."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)


class ProblemBanner(QFrame):
    """A red strip saying what went wrong, until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setStyleSheet(
            "QFrame#problemBanner { background: #fdecea; border: 1px solid #b00020;"
            " border-radius: 4px; } QLabel { color: #7f0015; }")
        self.label = QLabel(self)
        self.label.setObjectName("problemText")
        self.label.setWordWrap(True)
        self.label.setFont(scaled_font(self, 1.05, bold=True))
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setObjectName("problemDismiss")
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button)
        self.hide()


class ClockPanel(Panel):
    """Weekday, date and time in station time, and the zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("clockPanel", parent)
        self.day_label = QLabel(self)
        self.day_label.setObjectName("clockDay")
        self.day_label.setFont(scaled_font(self, 1.3))
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clock")
        self.clock_label.setFont(scaled_font(self, 2.6, bold=True))
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("clockZone")
        self.zone_label.setStyleSheet(f"color: {GREY};")
        box = QVBoxLayout(self)
        for label in (self.day_label, self.clock_label, self.zone_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)


class NextPanel(Panel):
    """The next scheduled broadcast and the countdown to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nextPanel", parent)
        caption = QLabel(self.tr("Next scheduled broadcast"), self)
        caption.setFont(scaled_font(self, 1.0, bold=True))
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextSlot")
        self.next_label.setWordWrap(True)
        self.next_label.setFont(scaled_font(self, 1.1))
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("nextCountdown")
        self.countdown_label.setFont(scaled_font(self, 1.8, bold=True))
        box = QVBoxLayout(self)
        box.addWidget(caption)
        box.addWidget(self.next_label)
        box.addWidget(self.countdown_label)


class NowPanel(Panel):
    """What is on air: state, programme, item, how it was started, times, the running order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nowPanel", parent)
        self.words = BroadcastWords(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("onAirState")
        self.state_label.setFont(scaled_font(self, 1.3, bold=True))
        self.programme_label = QLabel(self)
        self.programme_label.setObjectName("nowProgramme")
        self.programme_label.setFont(scaled_font(self, 2.0, bold=True))
        self.programme_label.setWordWrap(True)
        self.item_label = QLabel(self)
        self.item_label.setObjectName("nowItem")
        self.item_label.setFont(scaled_font(self, 1.35))
        self.item_label.setWordWrap(True)
        self.trigger_label = QLabel(self)
        self.trigger_label.setObjectName("nowTrigger")
        self.trigger_label.setStyleSheet(f"color: {GREY};")
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("nowElapsed")
        self.elapsed_label.setFont(scaled_font(self, 1.8, bold=True))
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("nowRemaining")
        self.remaining_label.setFont(scaled_font(self, 1.8, bold=True))
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self)
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
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastBroadcast")
        self.last_label.setWordWrap(True)
        self.order_caption = QLabel(self)
        self.order_caption.setStyleSheet(f"color: {GREY};")
        self.order_list = QListWidget(self)
        self.order_list.setObjectName("runningOrder")
        self.order_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.order_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.order_list.setFont(scaled_font(self, 1.1))
        times = QHBoxLayout()
        times.addWidget(self.elapsed_label)
        times.addStretch(1)
        times.addWidget(self.remaining_label)
        box = QVBoxLayout(self)
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

    def show_order(self, order: list[tuple[str, float]], states: list[str]) -> None:
        """The running order: each item's title and length, marked by how it went."""
        marks = {"playing": "▶", "played": "✓", "partial": "◐", "failed": "✗", "skipped": "–"}
        self.order_list.clear()
        for n, ((title, seconds), state) in enumerate(zip(order, states, strict=True)):
            text = f"{marks.get(state, ' ')}  {n + 1}. {title}   ({format_duration(seconds)})"
            item = QListWidgetItem(text, self.order_list)
            item.setToolTip(f"{title} — {self.words.status(state)}")
            if state == "playing":
                font = QFont(self.order_list.font())
                font.setBold(True)
                item.setFont(font)
            if state != "pending":
                item.setForeground(status_colour(state))


class ControlsPanel(Panel):
    """The programme to play, and the big Play / Stop / Emergency buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("controlsPanel", parent)
        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("playProgramme")
        self.programme_combo.setMinimumContentsLength(16)
        self.programme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programme_combo.setFont(scaled_font(self, 1.15))
        big = scaled_font(self, 1.35, bold=True)
        self.play_button = QPushButton(self.tr("▶ Play now"), self)
        self.play_button.setObjectName("playNow")
        self.stop_button = QPushButton(self.tr("■ Stop"), self)
        self.stop_button.setObjectName("stopBroadcast")
        self.emergency_button = QPushButton(self.tr("⚠ Emergency bulletin…"), self)
        self.emergency_button.setObjectName("emergencyBulletin")
        for button, colour, disabled in (
                (self.play_button, GREEN, "#9dbf9f"), (self.stop_button, RED, "#d9a0a8"),
                (self.emergency_button, ORANGE, "#f0b98f")):
            button.setFont(big)
            button.setMinimumHeight(58)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: white; border-radius: 6px;"
                f" padding: 8px 16px; }} QPushButton:disabled {{ background: {disabled}; }}")
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Programme:"), self))
        pick.addWidget(self.programme_combo, 1)
        self.emergency_button.setMinimumHeight(44)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play_button, 3)
        buttons.addWidget(self.stop_button, 2)
        box = QVBoxLayout(self)
        box.addLayout(pick)
        box.addLayout(buttons)
        box.addWidget(self.emergency_button)


class RecentPanel(Panel):
    """The latest broadcasts of the log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("recentPanel", parent)
        caption = QLabel(self.tr("Latest broadcasts"), self)
        caption.setFont(scaled_font(self, 1.0, bold=True))
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentBroadcasts")
        self.recent_list.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(caption)
        box.addWidget(self.recent_list, 1)
