"""Preview: the selected segment's prepared audio plays through the Player, and stops.

QMediaPlayer runs without a sound card (it keeps real time with no device), but Qt Multimedia
warns while it probes the machine: no PipeWire library, PulseAudio unreachable, no audio device.
Those exact messages are let through here, and only here (the Player loads Qt Multimedia on the
first preview, so no other test meets them): they describe the test machine, not a fault.
"""

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt_log_ignore(
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)


def test_preview_plays_then_stops_on_request(make_window, ctx, seeded, qtbot):
    screen = make_window().library_screen
    segment = seeded[2]  # 3 s
    assert screen.select_segment(segment.id)
    assert not screen.stop_button.isEnabled()

    with qtbot.waitSignal(screen.player.started, timeout=10_000):
        qtbot.mouseClick(screen.play_button, Qt.MouseButton.LeftButton)
    assert screen.player.is_playing()
    assert screen.player.source == ctx.library.audio_path(segment)
    assert screen.player.tag == segment.id
    assert screen.stop_button.isEnabled()
    assert screen.preview_label.text().startswith(
        "Đang phát “Thanh toán không dùng tiền mặt”: 00:0"
    )
    assert screen.preview_label.text().endswith("/ 00:03")

    with qtbot.waitSignal(screen.player.stopped, timeout=10_000):
        qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    assert not screen.player.is_playing()
    assert not screen.stop_button.isEnabled()
    assert screen.preview_label.text() == ""


def test_preview_stops_by_itself_at_the_end(make_window, seeded, qtbot):
    screen = make_window().library_screen
    short = seeded[1]  # 1 s
    screen.select_segment(short.id)
    with qtbot.waitSignal(screen.player.started, timeout=10_000):
        screen.play_selected()
    positions = []
    screen.player.position_changed.connect(positions.append)
    with qtbot.waitSignal(screen.player.stopped, timeout=10_000):
        pass
    assert not screen.player.is_playing()
    assert positions and max(positions) > 500  # it really ran through the audio
