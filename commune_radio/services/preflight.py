"""Pre-flight: is the station ready to air its next programme? Bounded, time-limited checks.

Run by the station program at start and a configurable time before each slot (default 10 min),
and by `commune-radio doctor`. Each check answers ok / warning / error with a sentence from the
message catalogue; the whole is green, amber or red. Checks that read files (SHA-256 of every
item of the coming programme, ``PRAGMA quick_check``) stop at a deadline and say so rather than
hold anything up. The output device check needs Qt and lives in playout; ``PreflightService``
(``ctx.preflight``) hands all of them to the station program's scheduler, which sits below
services and so cannot import them itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import time
from collections.abc import Callable

from commune_radio.core import settings as S
from commune_radio.core.clock import station_iso
from commune_radio.core.errors import KnownError
from commune_radio.core.preflight import ERROR, OK, WARNING, Check, Report
from commune_radio.core.schedule import next_occurrences

MIN_FREE_MB = 500
COMING_DAYS = 7
HASH_LIMIT_S = 30.0  # the whole programme's files
QUICK_CHECK_LIMIT_S = 20.0
DEFAULT_LEAD_MINUTES = S.PREFLIGHT_MINUTES.default
CHUNK = 1 << 20


def lead_minutes(ctx) -> float:
    """How long before each slot the checks run again (setting ``preflight_minutes``)."""
    return ctx.settings.get(S.PREFLIGHT_MINUTES)


def _sha256(path, deadline: float) -> str | None:
    """The file's SHA-256, or None when the deadline passed first."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            if time.monotonic() > deadline:
                return None
    return digest.hexdigest()


def check_items(ctx, now: dt.datetime, limit_s: float = HASH_LIMIT_S) -> Check:
    """Every item of the coming programme exists and its SHA-256 matches the library's."""
    tz = ctx.schedule.timezone()
    coming = next_occurrences(ctx.schedule.list(), now, 1, tz, horizon_days=COMING_DAYS)
    if not coming:
        return Check("programme_files", OK, "preflight.no_coming")
    try:
        programme = ctx.programmes.get(coming[0].programme_id)
    except KnownError as exc:
        return Check("programme_files", ERROR, exc.message_id, exc.params)
    deadline = time.monotonic() + limit_s
    for item in programme.items:
        path = ctx.library.audio_path(item.segment)
        params = {"programme": programme.name, "title": item.segment.title}
        if not path.is_file():
            return Check("programme_files", ERROR, "preflight.item_missing", params)
        try:
            digest = _sha256(path, deadline)
        except OSError:
            return Check("programme_files", ERROR, "preflight.item_missing", params)
        if digest is None:
            return Check("programme_files", WARNING, "preflight.timeout",
                         {"check": "SHA-256", "seconds": int(limit_s)})
        if digest != item.segment.sha256:
            return Check("programme_files", ERROR, "preflight.item_changed", params)
    return Check("programme_files", OK, "preflight.items_ok",
                 {"programme": programme.name, "count": len(programme.items)})


def check_disk(ctx, min_free_mb: int = MIN_FREE_MB) -> Check:
    """At least ``min_free_mb`` MB free where the data directory lives."""
    free_mb = shutil.disk_usage(ctx.data_dir).free // (1024 * 1024)
    if free_mb < min_free_mb:
        return Check("disk", ERROR, "preflight.disk_low",
                     {"free_mb": free_mb, "need_mb": min_free_mb})
    return Check("disk", OK, "preflight.disk_ok", {"free_mb": free_mb})


def check_database(ctx, limit_s: float = QUICK_CHECK_LIMIT_S) -> Check:
    """``PRAGMA quick_check`` says ok (on its own connection, stopped at a deadline)."""
    result = ctx.db.quick_check(limit_s)
    if result is None:
        return Check("database", WARNING, "preflight.timeout",
                     {"check": "quick_check", "seconds": int(limit_s)})
    if result != "ok":
        return Check("database", ERROR, "preflight.db_bad", {"detail": result[:200]})
    return Check("database", OK, "preflight.db_ok")


def check_dx(ctx, now: dt.datetime) -> Check:
    """The coming week (next 7 days) has a slot of a DX programme."""
    tz = ctx.schedule.timezone()
    slots = ctx.schedule.list()
    dx_ids = {p.id for p in ctx.programmes.list() if p.dx}
    coming = next_occurrences([s for s in slots if s.programme_id in dx_ids], now, 1, tz,
                              horizon_days=COMING_DAYS)
    if not coming:
        return Check("dx_week", WARNING, "preflight.no_dx")
    return Check("dx_week", OK, "preflight.dx_ok", {"at": station_iso(coming[0].at, tz.key)})


def run_file_checks(ctx, now: dt.datetime) -> list[Check]:
    """The checks that read files and may be slow (meant for a worker thread)."""
    out = []
    for check in (lambda: check_items(ctx, now), lambda: check_disk(ctx),
                  lambda: check_database(ctx), lambda: check_dx(ctx, now)):
        try:
            out.append(check())
        except KnownError as exc:  # e.g. the database locked: say so, do not crash the run
            out.append(Check("environment", ERROR, exc.message_id, exc.params))
    return out


def run_all(ctx, device_check: Callable[[], Check], now: dt.datetime | None = None) -> Report:
    """Every check, now, in this thread (what `doctor` does)."""
    now = now or ctx.clock()
    return Report(now, (device_check(), *run_file_checks(ctx, now)))


class PreflightService:
    """The checks over one station's services (``ctx.preflight``): what the scheduler and
    `doctor` run. ``ctx`` is duck-typed (``AppContext``): services sit below the app."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx

    def lead_minutes(self) -> float:
        """How long before each slot the checks run again."""
        return lead_minutes(self.ctx)

    def file_checks(self, now: dt.datetime) -> list[Check]:
        """The checks that read files (meant for a worker thread)."""
        return run_file_checks(self.ctx, now)

    def device_check(self, sink=None) -> Check:
        """The output device check (on the Qt thread: it asks QtMultimedia)."""
        from commune_radio.playout.preflight_device import device_check

        return device_check(self.ctx, sink)

    def run_all(self, now: dt.datetime | None = None) -> Report:
        """Every check, now, in this thread (what `doctor` does)."""
        return run_all(self.ctx, self.device_check, now)
