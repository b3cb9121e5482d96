"""Property-based fuzzing of the office import: hundreds of mutated files, none may crash the
reader with anything but a KnownError, and none may change the office database unless it is
a genuinely signed, valid file."""

import contextlib
import io
import json
import warnings
import zipfile

import pytest
from exchange_helpers import NOV, office_dump
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_radio.core.errors import KnownError
from commune_radio.exchange import format as fmt
from commune_radio.exchange.reader import open_log_bytes

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL

FUZZ = settings(max_examples=250, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture
def imported(station, office, nov_file):
    """The office after importing the good file: any mutation must now leave it unchanged."""
    assert office.office.import_file(nov_file).ok
    return office, nov_file.read_bytes()


@pytest.fixture
def good_parts(nov_file, crafter):
    """The good file's manifest and entries as JSON text (fresh copies are one parse away)."""
    manifest, entries = crafter.parts(nov_file.read_bytes())
    return json.dumps(manifest), json.dumps(entries)


def _mutate(blob: bytes, ops) -> bytes:
    data = bytearray(blob)
    for kind, where, value in ops:
        pos = int(where * len(data)) if data else 0
        if kind == "flip" and data:
            data[min(pos, len(data) - 1)] ^= (value % 255) + 1
        elif kind == "truncate":
            del data[pos:]
        elif kind == "insert":
            data[pos:pos] = value.to_bytes(4, "little")
        elif kind == "delete":
            del data[pos:pos + 1 + value % 64]
        elif kind == "overwrite":
            data[pos:pos + 4] = value.to_bytes(4, "little")
    return bytes(data)


OPS = st.lists(
    st.tuples(st.sampled_from(["flip", "flip", "flip", "truncate", "insert", "delete",
                               "overwrite"]),
              st.floats(0, 1, exclude_max=True), st.integers(0, 2**32 - 1)),
    min_size=1, max_size=6,
)


def _check(office, blob, tmp_path, n=[0]):  # noqa: B006 - a counter for unique file names
    before = office_dump(office)
    n[0] += 1
    path = tmp_path / f"fuzz-{n[0]}.crlog"
    path.write_bytes(blob)
    with contextlib.suppress(KnownError):  # anything else propagates and fails the test
        open_log_bytes(blob, path.name).read_entries()
    result = office.office.import_file(path)
    if not result.ok:
        assert isinstance(result.error, KnownError)
        assert result.error.render("vi") and result.error.render("en")
    unchanged = office_dump(office) == before
    assert result.ok or unchanged
    return result, unchanged


@FUZZ
@given(ops=OPS)
def test_random_byte_mutations_never_crash_nor_change_the_office(imported, tmp_path, ops):
    office, good = imported
    result, unchanged = _check(office, _mutate(good, ops), tmp_path)
    if result.ok:
        # only possible when the mutation missed everything that is checked: the signed
        # manifest is then byte for byte the one already imported, so nothing is added
        assert result.already_imported and result.new == 0
    assert unchanged


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
    | st.sampled_from(["played", "vi", "dx_goals", "2026-11-03T05:30:00+07:00", "02785",
                       "2026-11-03", "", "\ud800x", "ffffffff-ffff-4fff-8fff-ffffffffffff"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=8,
)


@FUZZ
@given(where=st.sampled_from(["manifest", "station", "period", "counts", "entry", "item"]),
       pick=st.integers(0, 10_000), key_pick=st.integers(0, 100), value=JSON,
       drop=st.booleans())
def test_signed_files_with_random_field_values_are_checked_not_crashed(
    office, good_parts, crafter, tmp_path, where, pick, key_pick, value, drop
):
    """The station's own key signs a file whose one field got a random JSON value (or lost
    the field): the reader must either accept valid data or refuse it with a KnownError."""
    manifest, entries = json.loads(good_parts[0]), json.loads(good_parts[1])
    target = {
        "manifest": manifest, "station": manifest["station"], "period": manifest["period"],
        "counts": manifest["counts"], "entry": entries[pick % len(entries)],
    }.get(where)
    if where == "item":
        with_items = [e for e in entries if e["items"]]
        its = with_items[pick % len(with_items)]["items"]
        target = its[pick % len(its)]
    keys = sorted(target)
    key = keys[key_pick % len(keys)]
    if drop:
        del target[key]
    else:
        target[key] = value
    recount = where not in ("counts", "manifest")
    blob = crafter.build(manifest, entries, recount=recount, ascii=True)
    _check(office, blob, tmp_path)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.sampled_from(list(fmt.MEMBERS) + ["a/b", "../x", "", "x\\y", "/abs",
                                                          "manifest.json/", "ENTRIES.JSONL"]),
                      min_size=0, max_size=5))
def test_random_member_lists(imported, tmp_path, names):
    office, good = imported
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = {n: zf.read(n) for n in fmt.MEMBERS}
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w") as zf:
            for name in names:
                if name:
                    zf.writestr(name, parts.get(name, b"junk"))
    result, unchanged = _check(office, buf.getvalue(), tmp_path)
    if result.ok:
        assert sorted(names) == sorted(fmt.MEMBERS) and result.already_imported
    assert unchanged



# --- the classes of issue 11: hostile text, unbounded lines, damaged files ------------------

ANY_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from(
        ["\x00", "\x01", "\x0b", "\x1b", "\r", "\t", "\x7f", "\x9b", "\u202e", "=", "+", "-",
         "@", "<", ">", '"', "'"]),
    min_size=1, max_size=60,
).filter(lambda t: t.strip() and len(t) <= fmt.MAX_SHORT_TEXT)


@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=ANY_TEXT, programme=ANY_TEXT, title=ANY_TEXT)
def test_signed_hostile_text_reaches_every_output_as_text(
    office, good_parts, crafter, tmp_path, name, programme, title
):
    """Any station text, signed: imported as it is, and the XLSX and CSV reports hold no
    formula and no control character, whatever it begins with."""
    import csv

    import openpyxl

    from commune_radio.core.safe_text import FORMULA_STARTS, display_text
    from commune_radio.services.office_service import write_report_csv, write_report_xlsx

    manifest, entries = json.loads(good_parts[0]), json.loads(good_parts[1])
    manifest["station"]["name"] = name
    for e in entries:
        e["programme"] = programme
        for item in e["items"]:
            item["title"] = title
    path = tmp_path / "hostile.crlog"
    path.write_bytes(crafter.build(manifest, entries))
    result = office.office.import_file(path)
    assert result.ok, result.error and result.error.render("en")
    report = office.office.report(*NOV)
    xlsx, csv_path = tmp_path / "r.xlsx", tmp_path / "r.csv"
    write_report_xlsx(report, xlsx)
    write_report_csv(report, csv_path)
    for ws in openpyxl.load_workbook(xlsx).worksheets:
        for row in ws.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            assert not any(v.startswith(FORMULA_STARTS) for v in row)
    shown = display_text(name)
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in shown)


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.sampled_from([b"0,", b"[],", b"{},", b'"x",', b"[[[[", b"{\"a\":", b"\n",
                             b"\xff", b" "]),
       repeat=st.integers(1, 200_000), tail=st.sampled_from([b"", b"0]\n", b"\n", b"]]\n"]))
def test_odd_lines_are_refused_with_a_reason(office, good_parts, crafter, tmp_path, unit,
                                             repeat, tail):
    """Entries of one repeated token, signed honestly: refused with a KnownError, never a
    crash, a hang or a MemoryError (the per-line and per-entry bounds)."""
    manifest = json.loads(good_parts[0])
    data = b"[" + unit * repeat + tail
    blob = crafter.build(manifest, [], entries_data=data, recount=False)
    result, unchanged = _check(office, blob, tmp_path)
    assert not result.ok and unchanged
