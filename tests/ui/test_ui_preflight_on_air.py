"""The on-air screen of a running station shows the pre-flight line the runner produced."""

from commune_radio.ui.app_main import start_station_runner

DX = "Chuyên mục Chuyển đổi số"


def test_the_window_runner_fills_the_preflight_line(qtbot, make_window, ctx, seeded, tmp_path,
                                                   monkeypatch):
    monkeypatch.setenv("COMMUNE_RADIO_ALLOW_NO_DEVICE", "1")  # a CI machine has no speakers
    ctx.station.init("02785", "Đài xã")
    ctx.programmes.create(DX, [seeded[0].id])
    ctx.schedule.add(ctx.schedule.build_slot(DX, days="daily", at="06:00"))
    window = make_window("vi")
    line = window.playout_screen.preflight_line
    assert line.isHidden()
    runner = start_station_runner(ctx, window)
    try:
        qtbot.waitUntil(lambda: line.isVisible(), timeout=20_000)
        assert line.colour in ("green", "amber")
        assert line.text().startswith("● Kiểm tra trước giờ phát")
    finally:
        runner.stop("window")
    assert [e.kind for e in ctx.events.list()][0] == "start"
