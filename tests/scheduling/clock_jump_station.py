"""A whole station program (`commune-radio run`) whose wall clock jumps while it runs.

Run by tests/scheduling/test_clock_jumps.py under ``datefudge "2026-11-23 06:00:00"``:
argv[1] is the data directory, already set up with three daily slots. The jumps are
scheduled on the monotonic clock (QTimer), so they land at fixed points of the run:

- t=8 s: back 6 s (a small NTP step: no station event), so 06:00:05 comes a second time;
- t=14 s: back one day (a wrong date typed in), so yesterday's 06:00:13 comes (today's would
  have woken its 3 s pre-roll 2 s later: a margin for a loaded machine);
- t=21 s: forward one day and five minutes (the date fixed), over 06:00:13 and 06:04:30.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wall_clock import move_wall_clock  # noqa: E402

from commune_radio.cli import main  # noqa: E402

JUMPS = [(8_000, -6), (14_000, -86_400), (21_000, 86_400 + 300)]

app = QCoreApplication(["commune-radio"])
for at_ms, seconds in JUMPS:
    QTimer.singleShot(at_ms, lambda s=seconds: move_wall_clock(s))
sys.exit(main(["--data-dir", sys.argv[1], "run", "--for", "26"]))
