"""No rich text from station data in the window: a station named with markup shows as those
characters; and a damaged station at start gets the offer of its newest good backup."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.core.errors import EnvironmentProblem
from commune_radio.exchange.samples import sample_entries
from commune_radio.storage.database import DB_FILE
from commune_radio.storage.log_repo import insert_log_rows
from commune_radio.ui import i18n
from commune_radio.ui.office import OfficeScreen
from commune_radio.ui.restore_offer import RestoreOffer, open_or_offer_restore
from commune_radio.ui.signals import AppSignals

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)
SEPT = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
MARKUP = "<b>Đài</b><img src='x'><a href='http://evil.example'>bấm</a>"


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    i18n.install("vi")


def test_office_labels_show_station_markup_as_text(qtbot, tmp_path):
    station = AppContext.open(tmp_path / "station", clock=FixedClock(NOW))
    station.station.init("99999", MARKUP)  # no commune of that code: its name shows
    insert_log_rows(station.db, sample_entries("99999", *SEPT, seed=2, per_day=1, items=2))
    path = tmp_path / "99999_2026-09.crlog"
    station.export.export(*SEPT, path)
    station.close()
    office = AppContext.open(tmp_path / "office", clock=FixedClock(NOW))
    try:
        assert office.office.import_file(path).ok
        screen = OfficeScreen(office.office, AppSignals(), "vi", folder=tmp_path)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.report_ready, timeout=30_000):
            screen.show()
        showing = [label for label in screen.findChildren(QLabel) if MARKUP in label.text()]
        assert showing, "the silent-station line names the station"
        for label in showing:
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        model = screen.heatmap_model
        tips = [model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole),
                model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)]
        for tip in tips:  # escaped: the tooltip shows the characters, no tag is live
            assert "&lt;b&gt;Đài&lt;/b&gt;&lt;img" in tip and "<img" not in tip
    finally:
        office.close()


@pytest.fixture
def damaged_station(tmp_path):
    data = tmp_path / "station"
    ctx = AppContext.open(data, clock=FixedClock(NOW))
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    ctx.close()
    AppContext.open(data, clock=FixedClock(NOW + dt.timedelta(days=1))).close()  # a backup
    (data / DB_FILE).write_bytes(b"")
    for side in ("-wal", "-shm"):
        (data / (DB_FILE + side)).unlink(missing_ok=True)
    return data


def test_the_window_offers_the_newest_good_backup(qtbot, damaged_station):
    seen = []

    def ask(offer: RestoreOffer) -> bool:
        qtbot.addWidget(offer)
        seen.append((offer.text(), offer.informativeText(), offer.restore_button.text(),
                     offer.textFormat()))
        return True

    ctx = open_or_offer_restore(damaged_station, "vi", ask=ask)
    try:
        assert ctx.station.get().code == "02785"
    finally:
        ctx.close()
    text, info, button, fmt = seen[0]
    assert "rỗng (0 byte)" in text and "03/12/2026" in info and button == "Khôi phục bản sao lưu"
    assert fmt == Qt.TextFormat.PlainText


def test_declining_changes_nothing(qtbot, damaged_station):
    def ask(offer):
        qtbot.addWidget(offer)
        assert offer.buttonRole(offer.quit_button) == QMessageBox.ButtonRole.RejectRole
        return False

    with pytest.raises(EnvironmentProblem) as caught:
        open_or_offer_restore(damaged_station, "vi", ask=ask)
    assert caught.value.message_id == "db.emptied"
    assert (damaged_station / DB_FILE).stat().st_size == 0
