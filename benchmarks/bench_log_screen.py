"""The log screen on a real database of 1,000,000 broadcasts (3,000,000 items).

* Build: a station database made by the real migrations, then filled in one transaction with
  ``executemany`` (one broadcast a minute back from now, about 1.9 years; 90 % played, the rest
  partial / missed / skipped / failed; three items each with a DX theme and a language).
* Open (the target: < 1 s, < 300 MB): in a fresh process (application, font and Vietnamese
  translators already set up), from ``AppContext.open`` to the ``LogScreen`` shown offscreen
  with its first page fetched, the details pane empty and the week's DX badge computed; peak
  RSS (``VmHWM``) of that process. Median of 5 processes. Baselines in the same run, each in
  its own fresh process too: the bare SQL the first page needs (``SELECT … ORDER BY … LIMIT
  200`` + its items, plain ``sqlite3``) for the time, and a bare ``QApplication`` +
  ``QTableView`` window for the memory Qt takes by itself.
* Then, in one process on the same database: scrolling (one ``fetchMore`` of 200 rows) and each
  filter's first page (status, trigger, theme, language, DX only, a month), median of 5 — the
  cost of a click on the screen.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N = 1_000_000
ITEMS = 3
ROUNDS = 5
CODE = "02785"

_OPEN = r"""
import json, sys, time
t0 = time.perf_counter()
from commune_radio.app import AppContext
from commune_radio.ui.app_main import make_application
from commune_radio.ui.log.screen import LogScreen
from commune_radio.ui.signals import AppSignals
app = make_application(sys.argv[:1], lang="vi")
t1 = time.perf_counter()
ctx = AppContext.open(sys.argv[1])
screen = LogScreen(ctx.log, AppSignals(), "vi")
screen.resize(1100, 700)
screen.show()
app.processEvents()
t2 = time.perf_counter()
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"open_ms": (t2 - t1) * 1000, "process_ms": (t2 - t0) * 1000,
                  "rows": screen.model.rowCount(), "more": screen.model.canFetchMore(),
                  "badge": screen.badge.text(), "hwm_kb": hwm}))
"""

_SQL = r"""
import json, sqlite3, sys, time
t0 = time.perf_counter()
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT b.rowid, coalesce(b.started_at, b.scheduled_at), b.* FROM broadcasts b"
    " ORDER BY coalesce(b.started_at, b.scheduled_at) DESC, b.rowid DESC LIMIT 200").fetchall()
ids = [r[2] for r in rows]
items = conn.execute(
    f"SELECT * FROM broadcast_items WHERE broadcast_id IN ({','.join('?' * len(ids))})",
    ids).fetchall()
t1 = time.perf_counter()
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"open_ms": (t1 - t0) * 1000, "rows": len(rows), "items": len(items),
                  "hwm_kb": hwm}))
"""

_BARE_QT = r"""
import json, sys, time
t0 = time.perf_counter()
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv[:1])
t1 = time.perf_counter()
model = QStandardItemModel(200, 8)
for r in range(200):
    for c in range(8):
        model.setItem(r, c, QStandardItem(f"{r}:{c}"))
view = QTableView()
view.setModel(model)
view.resize(1100, 700)
view.show()
app.processEvents()
t2 = time.perf_counter()
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"open_ms": (t2 - t1) * 1000, "hwm_kb": hwm}))
"""


def build(data_dir: Path, n: int = N) -> dict:
    """A station database with ``n`` broadcasts; returns how long it took."""
    import datetime as dt

    from commune_radio.app import AppContext
    from commune_radio.core.clock import to_utc_iso
    from commune_radio.core.languages import LANGUAGES
    from commune_radio.core.topics import TOPICS
    from commune_radio.storage.database import DB_FILE

    ctx = AppContext.open(data_dir)
    ctx.station.init(CODE, "Đài truyền thanh xã Bản Phiệt")
    ctx.close()

    rng = random.Random(11)
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    topics = [t.id for t in TOPICS]
    languages = [lang.id for lang in LANGUAGES]
    statuses = ["played"] * 90 + ["partial"] * 4 + ["missed"] * 3 + ["skipped"] * 2 + ["failed"]
    reasons = {"partial": "operator_stop", "missed": "pc_off", "skipped": "operator_stop",
               "failed": "file_missing", "played": None}

    def rows():
        for k in range(n):
            at = now - dt.timedelta(minutes=n - k + 10)
            status = rng.choice(statuses)
            aired = status not in ("missed", "skipped")
            when = to_utc_iso(at)
            dx = k % 7 == 0
            bid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            trigger = "schedule" if k % 10 else "manual"
            broadcast = (bid, CODE, "Chuyên mục CĐS" if dx else "Thời sự xã", None, int(dx),
                         trigger, "normal", None, when, when if aired else None,
                         when if aired else None, status, reasons[status],
                         "default" if aired else None, when)
            items = []
            for pos in range(ITEMS):
                planned = 120.0 + 60 * pos
                played = planned if status == "played" else (planned / 2 if aired else 0.0)
                items.append((bid, pos, None, "0" * 64, f"Bản tin {k % 97} – phần {pos + 1}",
                              rng.choice(topics), rng.choice(languages), planned, played,
                              when if aired else None, when if aired else None,
                              status if status in ("played", "partial", "failed")
                              else "skipped", reasons[status]))
            yield broadcast, items

    started = time.perf_counter()
    conn = sqlite3.connect(data_dir / DB_FILE, isolation_level=None)
    # a bulk load, not the station's way of writing: no journal, and a cache big enough for
    # the random-UUID primary keys (a station writes one broadcast at a time through WAL)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-600000")
    conn.execute("BEGIN")
    batch_b, batch_i = [], []

    def flush():
        conn.executemany("INSERT INTO broadcasts (id, station_code, programme, programme_id, dx,"
                         " trigger, priority, slot_id, scheduled_at, started_at, ended_at,"
                         " status, reason, device, created_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch_b)
        conn.executemany("INSERT INTO broadcast_items (broadcast_id, position, segment_id,"
                         " sha256, title, topic, language, planned_s, played_s, started_at,"
                         " ended_at, status, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         batch_i)
        batch_b.clear()
        batch_i.clear()

    for broadcast, items in rows():
        batch_b.append(broadcast)
        batch_i.extend(items)
        if len(batch_b) >= 20_000:
            flush()
    flush()
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    seconds = time.perf_counter() - started
    size = (data_dir / DB_FILE).stat().st_size
    return {"build_s": round(seconds, 1), "db_mb": round(size / 2**20)}


def _child(code: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, timeout=300, cwd=Path(__file__).parents[1])
    return json.loads(out.stdout.strip().splitlines()[-1])


def clicks(data_dir: Path) -> list[dict]:
    """Scrolling and each filter's first page, in this process."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from commune_radio.app import AppContext
    from commune_radio.services.log_service import LogFilter
    from commune_radio.ui.log.screen import LogScreen
    from commune_radio.ui.signals import AppSignals

    app = QApplication.instance() or QApplication([])
    ctx = AppContext.open(data_dir)
    screen = LogScreen(ctx.log, AppSignals(), "vi")
    screen.show()
    app.processEvents()
    model = screen.model

    def timed(fn) -> float:
        times = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            fn()
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)

    out = [{"figure": "log screen: scroll one page (fetchMore of 200, 1M broadcasts)",
            "ms": round(timed(model.fetchMore), 1)}]
    today = dt.date.today()
    month_ago = today - dt.timedelta(days=30)
    filters = {
        "status = missed": LogFilter(statuses=("missed",)),
        "status = failed": LogFilter(statuses=("failed",)),
        "trigger = emergency (no match at all)": LogFilter(triggers=("emergency",)),
        "theme = digital_skills": LogFilter(topic="digital_skills"),
        "language = hmong": LogFilter(language="hmong"),
        "DX only": LogFilter(dx_only=True),
        "the last 30 days": LogFilter(from_date=month_ago, to_date=today),
    }
    for label, flt in filters.items():
        ms = timed(lambda flt=flt: model.set_filter(flt))
        out.append({"figure": f"log screen: filter {label}, first page", "ms": round(ms, 1),
                    "rows": model.rowCount()})
    screen.close()
    ctx.close()
    return out


def run() -> list[dict]:
    """All figures of this module."""
    with tempfile.TemporaryDirectory(prefix="bench-log-") as tmp:
        data_dir = Path(tmp) / "data"
        built = build(data_dir)
        opens, sqls, bares = [], [], []
        for _ in range(ROUNDS):  # alternate so all three see the same machine state
            sqls.append(_child(_SQL, str(data_dir / "commune_radio.sqlite3")))
            bares.append(_child(_BARE_QT))
            opens.append(_child(_OPEN, str(data_dir)))
        assert all(o["rows"] == 200 and o["more"] for o in opens), opens[0]
        open_ms = statistics.median(o["open_ms"] for o in opens)
        process_ms = statistics.median(o["process_ms"] for o in opens)
        sql_ms = statistics.median(s["open_ms"] for s in sqls)
        hwm = max(o["hwm_kb"] for o in opens) / 1024
        bare_hwm = max(b["hwm_kb"] for b in bares) / 1024
        sql_hwm = max(s["hwm_kb"] for s in sqls) / 1024
        rows = [
            {"figure": "build 1M broadcasts + 3M items (executemany, one transaction)",
             **built},
            {"figure": "log screen: open on 1M broadcasts (first page shown, badge)",
             "ms": round(open_ms, 1), "baseline_ms": round(sql_ms, 1),
             "baseline": "bare SELECT … LIMIT 200 + its items (sqlite3)",
             "ratio": round(open_ms / sql_ms, 1), "target_ms": 1000,
             "process_ms": round(process_ms), "badge": opens[0]["badge"]},
            {"figure": "log screen: peak RSS of that process", "mb": round(hwm),
             "baseline_mb": round(bare_hwm),
             "baseline": "bare QApplication + QTableView of 200 rows",
             "sql_only_mb": round(sql_hwm), "ratio": round(hwm / bare_hwm, 2),
             "target_mb": 300},
        ]
        return rows + clicks(data_dir)


if __name__ == "__main__":
    for row in run():
        print(row)
