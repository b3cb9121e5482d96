"""The playout screen on the real QtMultimedia player offscreen (no sound card: playback still
runs to its end): play now to the end, stop with a reason, the emergency interrupt, the banner,
the output settings, and what the log and the log screen then say."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from commune_radio.core.broadcasts import ItemStatus, Priority, Status, Trigger
from commune_radio.core.clock import FixedClock
from commune_radio.ui.log.model import COL_REASON, COL_STATUS, COL_TRIGGER
from commune_radio.ui.main_window import PAGE_LIBRARY, PAGE_LOG, PAGE_PLAYOUT

pytestmark = pytest.mark.qt_log_ignore(
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)

TIMEOUT_MS = 15_000


@pytest.fixture
def station(ctx, monkeypatch, make_tone, audio_dir):
    """A station with short tone segments; playout allowed with no sound card."""
    monkeypatch.setenv("COMMUNE_RADIO_ALLOW_NO_DEVICE", "1")
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    from commune_radio.services.library_service import ImportOptions

    made = []

    def programme(name, seconds, dx=True):
        ids = []
        for s in seconds:
            n = len(made) + 1
            path = make_tone(audio_dir / f"tone{n}.wav", s, 300.0 + 40 * n)
            result = ctx.library.import_file(path, ImportOptions(
                title=f"Mục {n}", topic="dx_goals", language="vi"))
            assert result.ok, result.as_json()
            made.append(result.segment)
            ids.append(result.segment.id)
        return ctx.programmes.create(name, ids, dx=dx).value

    return programme


def open_playout(make_window):
    window = make_window()
    if window.ctx.programmes.list():
        assert window.stack.currentIndex() == PAGE_PLAYOUT  # a station with programmes opens on air
    else:
        assert window.stack.currentIndex() == PAGE_LIBRARY  # a new one on its library
        window.show_page(PAGE_PLAYOUT)
    return window, window.playout_screen


def choose(screen, programme):
    screen.programme_combo.setCurrentIndex(screen.programme_combo.findData(programme.id))


def test_play_now_runs_to_the_end_and_the_log_says_played(make_window, ctx, station, qtbot):
    programme = station("Chuyên mục CĐS tuần 48", (0.6, 0.8))
    window, screen = open_playout(make_window)
    assert screen.state_label.text() == "Không có chương trình nào đang phát"
    assert not screen.stop_button.isEnabled()
    choose(screen, programme)
    player = window.station_player
    assert window.station_player is player  # one player for the window
    seen = []
    player.position_changed.connect(lambda *_: seen.append(
        (screen.state_label.text(), screen.item_label.text(), screen.elapsed_label.text())))
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(screen.play_button, Qt.MouseButton.LeftButton)
        assert screen.stop_button.isEnabled() and not screen.play_button.isEnabled()
        assert screen.programme_label.text() == "Chuyên mục CĐS tuần 48"
    record = done.args[0]
    assert (record.status, record.trigger, record.reason) == (Status.PLAYED, Trigger.MANUAL,
                                                              None)
    assert seen, "the screen followed the position"
    assert seen[0][0] == "● ĐANG PHÁT"
    assert seen[0][1] == "Mục 1/2: Mục 1"
    assert any(item == "Mục 2/2: Mục 2" for _, item, _ in seen)
    assert seen[-1][2].startswith("Đã phát 00:0")
    assert screen.state_label.text() == "Không có chương trình nào đang phát"
    assert "Chuyên mục CĐS tuần 48" in screen.last_label.text()
    assert "Đã phát đủ" in screen.last_label.text()
    assert screen.recent_list.item(0).text().endswith("Chuyên mục CĐS tuần 48 — Đã phát đủ")

    window.show_page(PAGE_LOG)
    log = window.log_screen
    assert log.model.record(0).id == record.id
    assert log.model.display(record, COL_STATUS) == "Đã phát đủ"
    assert log.model.display(record, COL_TRIGGER) == "Phát thủ công"
    assert log.badge.text() == "Chuyên mục CĐS tuần này: đã phát"


def test_stop_asks_for_a_reason_and_the_log_keeps_it(make_window, ctx, station, qtbot):
    programme = station("Thời sự xã", (2.0, 2.0))
    window, screen = open_playout(make_window)
    choose(screen, programme)
    player = window.station_player
    with qtbot.waitSignal(player.position_changed, timeout=TIMEOUT_MS,
                          check_params_cb=lambda item_ms, *_: item_ms > 200):
        screen.play_button.click()
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    dialog = screen.stop_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.stop_button.isEnabled()  # no reason yet
    assert player.is_playing()  # asking does not stop anything
    dialog.buttons[0].setChecked(True)
    dialog.text_edit.setText("chọn nhầm bản tin tuần trước")
    assert dialog.stop_button.isEnabled()
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    record = done.args[0]
    reason = "Phát nhầm chương trình: chọn nhầm bản tin tuần trước"
    assert (record.status, record.reason) == (Status.PARTIAL, reason)
    assert [i.status for i in record.items] == [ItemStatus.PARTIAL, ItemStatus.SKIPPED]
    assert ctx.log.get(record.id).reason == reason
    assert not player.is_playing()

    window.show_page(PAGE_LOG)
    model = window.log_screen.model
    assert model.display(model.record(0), COL_STATUS) == "Phát không trọn"
    assert model.display(model.record(0), COL_REASON) == reason


def test_cancelling_the_stop_keeps_the_broadcast_on_air(make_window, station, qtbot):
    programme = station("Không dừng", (1.5,))
    window, screen = open_playout(make_window)
    choose(screen, programme)
    player = window.station_player
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        screen.play_button.click()
        dialog = screen.ask_stop()
        dialog.keep_button.click()
        assert player.is_playing()
    assert done.args[0].status == Status.PLAYED


def test_the_stop_question_closes_when_the_broadcast_ends_by_itself(make_window, station,
                                                                   qtbot):
    programme = station("Tự hết", (0.8,))
    window, screen = open_playout(make_window)
    choose(screen, programme)
    player = window.station_player
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        screen.play_button.click()
        dialog = screen.ask_stop()
    assert done.args[0].status == Status.PLAYED
    assert screen.stop_dialog is None and not dialog.isVisible()


def test_emergency_bulletin_interrupts_and_both_are_logged(make_window, ctx, station, qtbot):
    normal = station("Chuyên mục CĐS", (2.0, 2.0))
    bulletin = station("Bản tin khẩn cấp: lũ quét", (0.6,), dx=False)
    window, screen = open_playout(make_window)
    choose(screen, normal)
    player = window.station_player
    ended = []
    player.broadcast_ended.connect(ended.append)
    with qtbot.waitSignal(player.position_changed, timeout=TIMEOUT_MS,
                          check_params_cb=lambda item_ms, *_: item_ms > 200):
        screen.play_button.click()
    qtbot.mouseClick(screen.emergency_button, Qt.MouseButton.LeftButton)
    dialog = screen.emergency_dialog
    assert dialog.isVisible()
    assert dialog.combo.currentData() == bulletin.id  # bulletins (not DX) come first
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS,
                          check_params_cb=lambda r: r.trigger == Trigger.EMERGENCY):
        qtbot.mouseClick(dialog.air_button, Qt.MouseButton.LeftButton)
        assert screen.programme_label.text() == "Bản tin khẩn cấp: lũ quét"
        assert screen.trigger_label.text() == "Khẩn cấp"
    interrupted, aired = ended
    assert (interrupted.programme, interrupted.status, interrupted.reason) == (
        "Chuyên mục CĐS", Status.PARTIAL, "emergency")
    assert (aired.status, aired.trigger, aired.priority) == (
        Status.PLAYED, Trigger.EMERGENCY, Priority.EMERGENCY)

    window.show_page(PAGE_LOG)
    model = window.log_screen.model
    newest, older = model.record(0), model.record(1)
    assert (newest.id, older.id) == (aired.id, interrupted.id)
    assert model.display(newest, COL_TRIGGER) == "Khẩn cấp"
    assert model.display(older, COL_STATUS) == "Phát không trọn"
    assert model.display(older, COL_REASON) == "Nhường bản tin khẩn cấp"


def test_a_problem_is_shown_in_the_banner_in_vietnamese(make_window, ctx, station, qtbot):
    programme = station("Thiếu tệp", (0.6,))
    ctx.library.audio_path(programme.segments[0]).unlink()
    window, screen = open_playout(make_window)
    choose(screen, programme)
    assert not screen.banner.isVisible()
    with qtbot.waitSignal(window.station_player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        screen.play_button.click()
    assert done.args[0].status == Status.FAILED
    assert screen.banner.isVisible()
    assert "Mục 1" in screen.banner_label.text()
    assert "tệp" in screen.banner_label.text()  # the Vietnamese sentence of the error
    screen.banner_close.click()
    assert not screen.banner.isVisible()


def test_play_now_while_on_air_is_refused_politely(make_window, station, qtbot):
    first = station("Đang phát", (1.5,))
    window, screen = open_playout(make_window)
    choose(screen, first)
    player = window.station_player
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS):
        screen.play_now()
        assert screen.play_now() is None  # the button is disabled; a call is refused
        assert screen.banner.isVisible()
        assert "Đang phát" in screen.banner_label.text()


def test_closing_the_window_stops_the_broadcast_as_program_closed(make_window, ctx, station,
                                                                   qtbot):
    programme = station("Đóng phần mềm", (3.0,))
    window, screen = open_playout(make_window)
    choose(screen, programme)
    with qtbot.waitSignal(window.station_player.position_changed, timeout=TIMEOUT_MS):
        screen.play_button.click()
    bid = window.station_player.current_broadcast().id
    window.close()
    record = ctx.log.get(bid)
    assert (record.status, record.reason) == (Status.PARTIAL, "program_closed")


def test_volume_is_remembered_and_the_player_made_only_when_needed(make_window, ctx, station):
    window, screen = open_playout(make_window)
    assert window._station_player is None  # opening the window does not load the sound system
    screen.volume_slider.setValue(40)
    assert ctx.output.volume() == pytest.approx(0.4)
    player = window.station_player
    assert player.volume() == pytest.approx(0.4)
    screen.volume_slider.setValue(75)
    assert player.volume() == pytest.approx(0.75)
    assert ctx.output.volume() == pytest.approx(0.75)
    screen.refresh_devices()
    assert screen.device_combo.itemData(0) is None
    assert screen.device_combo.itemText(0).startswith("Mặc định của hệ thống")


def test_clock_and_next_slot_countdown(make_window, ctx, station):
    programme = station("Chuyên mục sáng", (0.6,))
    clock = FixedClock(dt.datetime(2026, 11, 27, 10, 0, 0, tzinfo=dt.UTC))  # 17:00 in Lào Cai
    ctx.clock = clock
    ctx.schedule.clock = clock
    slot = ctx.schedule.build_slot(programme.name, days="fri", at="18:30")
    ctx.schedule.add(slot)
    window, screen = open_playout(make_window)
    screen.tick()
    assert screen.clock_label.text() == "27/11/2026 17:00:00"
    assert screen.day_label.text() == "Thứ Sáu"
    assert screen.next_label.text() == "“Chuyên mục sáng” lúc 18:30 Thứ Sáu, 27/11/2026"
    assert screen.countdown_label.text() == "còn 01:30:00"
    clock.advance(hours=1, minutes=29, seconds=55)
    screen.tick()
    assert screen.countdown_label.text() == "còn 00:00:05"
    clock.advance(seconds=10)  # passed: the next one is a week later
    screen.tick()
    assert screen.next_label.text().endswith("04/12/2026")
    assert screen.countdown_label.text() == "còn 6 ngày 23:59:55"
