"""A whole station program (`commune-radio run`) whose wall clock jumps while it runs.

Run by tests/scheduling/test_clock_jumps.py under ``datefudge "2026-11-23 06:00:00"``:
argv[1] is the data directory, already set up with three daily slots. Each jump is made when
the (faked) wall clock reaches a given moment, checked every 20 ms, so the story is the same
however long the program takes to start on a loaded machine:

- at 06:00:08: back 6 s (a small NTP step: no station event), so 06:00:05 comes a second time;
- at 06:00:08 again: back one day (a wrong date typed in), so yesterday's 06:00:13 comes
  (today's would have woken its 3 s pre-roll 2 s later);
- at 06:00:15 of that day: forward one day and five minutes (the date fixed), over 06:00:13
  and 06:04:30.
"""

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wall_clock import move_wall_clock  # noqa: E402

from commune_radio.cli import main  # noqa: E402

UTC7 = dt.timezone(dt.timedelta(hours=7))
JUMPS = [  # (when the wall clock reaches this moment, move it by so many seconds)
    (dt.datetime(2026, 11, 23, 6, 0, 8, tzinfo=UTC7), -6),
    (dt.datetime(2026, 11, 23, 6, 0, 8, tzinfo=UTC7), -86_400),
    (dt.datetime(2026, 11, 22, 6, 0, 15, tzinfo=UTC7), 86_400 + 300),
]

app = QCoreApplication(["commune-radio"])
pending = list(JUMPS)


def check() -> None:
    if pending and dt.datetime.now(dt.UTC) >= pending[0][0]:
        _, seconds = pending.pop(0)
        move_wall_clock(seconds)


watch = QTimer()
watch.timeout.connect(check)
watch.start(20)
sys.exit(main(["--data-dir", sys.argv[1], "run", "--for", "26"]))
