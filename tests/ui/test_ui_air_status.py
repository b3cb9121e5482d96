"""The on-air screen's proof-of-sound line: what each item sent, and the red dead-air alarm."""

def test_the_dead_air_alarm_is_red_plain_text_and_clears(make_window, qtbot):
    window = make_window()
    screen = window.playout_screen
    player = window.station_player
    alarm = screen.air_status.alarm
    assert not alarm.isVisible()
    player.dead_air.emit(True, "<b>Line in</b>")  # a device name is text, never markup
    assert alarm.isVisibleTo(screen)
    assert alarm.text().startswith("MẤT TIẾNG TRÊN SÓNG") and "<b>Line in</b>" in alarm.text()
    assert "b00020" in alarm.styleSheet()  # red
    player.dead_air.emit(False, "Line in")
    assert not alarm.isVisibleTo(screen)


def test_each_item_shows_what_it_sent(make_window, qtbot, ctx, seeded, monkeypatch):
    monkeypatch.setenv("COMMUNE_RADIO_ALLOW_NO_DEVICE", "1")  # the clocked output, no card
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    window = make_window()
    screen = window.playout_screen
    player = window.station_player
    shortest = min(seeded, key=lambda s: s.duration_s)
    programme = ctx.programmes.create("Thử đo", [shortest.id]).value
    with qtbot.waitSignal(player.broadcast_ended, timeout=30_000):
        player.play_programme(programme)
    text = screen.air_status.sound_line.text()
    logged = ctx.log.list()[-1].items[0]
    # the line shows the level the log keeps, measured from the samples that were sent
    assert f"{logged.sent_rms_dbfs:.1f}" in text and f"{logged.sent_peak_dbfs:.1f}" in text
    assert logged.sent_rms_dbfs > -40
