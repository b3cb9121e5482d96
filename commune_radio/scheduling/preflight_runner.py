"""Pre-flight in the station program: at start, then ``preflight_minutes`` before each slot.

The device check asks QtMultimedia on the Qt thread (it is quick); the checks that read files
run in a plain Python thread (never a thread Qt owns) and come back as a queued signal. One run
at a time: a run asked for while another is going is dropped, so the work stays bounded.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from commune_radio.core.errors import KnownError
from commune_radio.core.preflight import ERROR, Check, Report
from commune_radio.core.schedule import next_occurrences

log = logging.getLogger(__name__)
MAX_TIMER_MS = 6 * 3600 * 1000  # re-armed at least every 6 h: a long QTimer may drift


class PreflightScheduler(QObject):
    """Runs the pre-flight checks when they are due; ``finished(Report)`` on the Qt thread.

    The checks themselves come from ``ctx.preflight`` (services, with playout's device check):
    this clock only decides when they run and on which thread.
    """

    finished = Signal(object)
    _checked = Signal(object, object)  # worker -> Qt thread: (device check, file checks)

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.last: Report | None = None
        self._for: dt.datetime | None = None  # the occurrence the armed timer checks for
        self._done_for: set[dt.datetime] = set()
        self._started: dt.datetime | None = None
        self._worker: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        self._checked.connect(self._on_checked)

    def run_now(self) -> bool:
        """Start a run (False when one is already going)."""
        if self.running:
            return False
        self.running = True
        self._started = self.ctx.clock()
        player = getattr(self.parent(), "player", None)  # the station runner's, when it has one
        device = self.ctx.preflight.device_check(getattr(player, "sink", None))
        now = self._started

        def work() -> None:  # plain Python thread: reads files, emits only
            try:
                checks = self.ctx.preflight.file_checks(now)
            except Exception as exc:  # a defect must not leave `running` stuck
                log.exception("pre-flight failed")
                checks = [_failed(exc)]
            self._checked.emit(device, checks)

        self._worker = threading.Thread(target=work, name="preflight", daemon=True)
        self._worker.start()
        return True

    def _on_checked(self, device, checks) -> None:
        self.running = False
        self.last = Report(self._started, (device, *checks))
        self.finished.emit(self.last)

    def rearm(self) -> None:
        """Arm the timer for the next slot's check (after a run, a change or a clock jump)."""
        self.timer.stop()
        now = self.ctx.clock()
        try:
            coming = next_occurrences(self.ctx.schedule.list(), now, 4,
                                      self.ctx.schedule.timezone(), horizon_days=8)
        except KnownError:
            return
        lead = dt.timedelta(minutes=self.ctx.preflight.lead_minutes())
        for occ in coming:
            if occ.at in self._done_for:
                continue
            self._for = occ.at
            wait_ms = int(((occ.at - lead) - now).total_seconds() * 1000)
            self.timer.start(max(0, min(wait_ms, MAX_TIMER_MS)))
            return

    def _due(self) -> None:
        if self._for is None:
            return
        now = self.ctx.clock()
        lead = dt.timedelta(minutes=self.ctx.preflight.lead_minutes())
        if now >= self._for - lead - dt.timedelta(seconds=1):
            self._done_for.add(self._for)
            self._done_for = {at for at in self._done_for if at > now - dt.timedelta(days=1)}
            self.run_now()
        self.rearm()

    def wait(self, timeout_s: float = 30.0) -> None:
        """Wait for the worker thread (closing: its queued answer is then dropped)."""
        if self._worker is not None:
            self._worker.join(timeout_s)


def _failed(exc: Exception) -> Check:
    return Check("environment", ERROR, "preflight.db_bad", {"detail": str(exc)[:200]})
