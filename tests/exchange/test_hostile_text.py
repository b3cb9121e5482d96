"""Station text is data at every output: no formula in XLSX/CSV, no raw control character on a
terminal, exact (escaped) JSON, plain-text labels. Files are signed by a real station key, so
the office accepts them exactly as a hostile station would send them."""

import csv
import io
import json

import openpyxl
import pytest
from exchange_helpers import NOV

from commune_radio.cli import main
from commune_radio.core.safe_text import FORMULA_STARTS, csv_cell, display_text
from commune_radio.exchange.samples import sample_entries

HOSTILE = [
    '=HYPERLINK("http://evil.example/x","Bấm vào đây")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "Đài\x00xã",
    "Đài\x1b[2K\rOK đã nhập",
    "lạ\x01\x0b\x7f\x9b31m",
    "<b>đậm</b><img src='x'>",
    "ngược\u202eabc",
]
CONTROL = set(map(chr, [*range(0, 32), *range(0x7f, 0xa0)])) | {"\u202e"}
PRINTED = CONTROL - {"\n"}  # a terminal output: our own line ends, nothing else


def _hostile_file(crafter, good_blob, n, text, folder):
    """A signed file of station 9000+n whose name, programmes, reasons and titles are ``text``."""
    manifest, _ = crafter.parts(good_blob)
    code = f"{90000 + n}"
    manifest["station"]["code"] = code
    manifest["station"]["name"] = text
    entries = sample_entries(code, *NOV, seed=n, per_day=1, items=2)
    for e in entries:
        e["programme"] = text
        e["reason"] = text
        e["device"] = text
        for item in e["items"]:
            item["title"] = text
    path = folder / f"{code}_2026-11.crlog"
    path.write_bytes(crafter.build(manifest, entries))
    return path


@pytest.fixture
def hostile_office(tmp_path, crafter, nov_file, office, capsys):
    folder = tmp_path / "incoming"
    folder.mkdir()
    blob = nov_file.read_bytes()
    for n, text in enumerate(HOSTILE):
        _hostile_file(crafter, blob, n, text, folder)
    office.close()
    capsys.readouterr()
    code = main(["--data-dir", str(office.data_dir), "office", "import", str(folder)])
    out = capsys.readouterr()
    assert code == 0, out.err
    # the terminal: every imported name printed, none with a raw control character
    assert not PRINTED & set(out.out + out.err)
    lines = out.err.splitlines()
    assert sum(line.startswith("OK ") for line in lines) == len(HOSTILE)
    assert len(lines) == 2 * len(HOSTILE)  # no name broke or rewrote a line
    return office.data_dir, folder


def _run(data_dir, capsys, *args):
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out


def test_office_xlsx_has_no_formula_and_keeps_the_text(hostile_office, tmp_path, capsys):
    data_dir, _ = hostile_office
    xlsx = tmp_path / "report.xlsx"
    _run(data_dir, capsys, "office", "report", "--from", "2026-11-01", "--to", "2026-11-30",
         "--xlsx", str(xlsx))
    wb = openpyxl.load_workbook(xlsx)
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert HOSTILE[0] in texts  # shown as the characters it is
    assert "Đài\ufffdxã" in texts  # the NUL no longer breaks the workbook
    # the sheet XML itself holds no formula element
    import zipfile
    with zipfile.ZipFile(xlsx) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name)


def test_office_csv_marks_formula_text(hostile_office, tmp_path, capsys):
    data_dir, _ = hostile_office
    path = tmp_path / "report.csv"
    _run(data_dir, capsys, "office", "report", "--from", "2026-11-01", "--to", "2026-11-30",
         "--csv", str(path))
    rows = list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))
    names = {r["name"] for r in rows}
    assert "'" + HOSTILE[0] in names and "'\t=1+1" in names
    for r in rows:
        for value in r.values():
            assert not value.startswith(FORMULA_STARTS), value
            assert "\x00" not in value and "\x1b" not in value


def test_office_json_is_exact_and_prints_no_raw_control(hostile_office, capsys):
    data_dir, _ = hostile_office
    out = _run(data_dir, capsys, "office", "stations", "--json")
    assert not PRINTED & set(out.out)
    names = {s["name"] for s in json.loads(out.out)}
    assert set(HOSTILE) <= names  # the data is kept exactly as signed
    out = _run(data_dir, capsys, "office", "report", "--from", "2026-11-01",
               "--to", "2026-11-30", "--json")
    assert not PRINTED & set(out.out)
    assert set(HOSTILE) <= {s["name"] for s in json.loads(out.out)["stations"]}


def test_office_terminal_lists_without_escapes(hostile_office, capsys):
    data_dir, _ = hostile_office
    out = _run(data_dir, capsys, "office", "stations")
    assert not PRINTED & set(out.out + out.err)
    assert "Đài\ufffd[2K\ufffdOK đã nhập" in out.out


def test_station_log_export_xlsx_has_no_formula(make_station, tmp_path):
    entries = sample_entries("02785", *NOV, seed=3, per_day=1, items=2)
    for e in entries:
        e["programme"] = HOSTILE[0]
        e["reason"] = "=1+2"
        for item in e["items"]:
            item["title"] = "@cmd"
    ctx = make_station(name="=HYPERLINK(\"http://x\")", entries=entries)
    xlsx = tmp_path / "log.xlsx"
    ctx.export.export(*NOV, tmp_path / "02785_2026-11.crlog", xlsx=xlsx)
    wb = openpyxl.load_workbook(xlsx)
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                seen.add(cell.value)
    assert HOSTILE[0] in seen and "@cmd" in seen


@pytest.mark.parametrize("text", HOSTILE)
def test_rules_one_by_one(text):
    shown = display_text(text)
    assert not CONTROL & set(shown)
    cell = csv_cell(text)
    assert not cell.startswith(FORMULA_STARTS)
