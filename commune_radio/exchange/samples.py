"""Synthetic station logs for the benchmarks, the tests and demonstrations of the office.

``sample_entries`` makes a plausible year of a commune station (two slots a day, a weekly DX
section, the odd missed or partial broadcast, several languages); ``storage.log_repo.
insert_log_rows`` writes such entries into a *station* database exactly as the log writes them
(UTC), so the real export path can be exercised without playing audio.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.core.topics import TOPICS

_LANGS = ("vi", "vi", "vi", "hmong", "dao", "tay", "giay", "nung")
_SLOTS = (dt.time(5, 30), dt.time(17, 15), dt.time(6, 15), dt.time(18, 0))


def _local_iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def sample_entries(
    code: str,
    start: dt.date,
    end: dt.date,
    *,
    seed: int = 0,
    per_day: int = 2,
    items: int = 5,
    timezone: str = DEFAULT_TIMEZONE,
) -> list[dict]:
    """Entries (the file's JSON objects) of ``per_day`` broadcasts a day over [start, end]."""
    rng = random.Random(seed)
    tz = ZoneInfo(timezone)
    titles = [(f"Bản tin chuyển đổi số số {n}", TOPICS[n % len(TOPICS)].id,
               rng.choice(_LANGS), f"{rng.getrandbits(256):064x}", n + 1) for n in range(40)]
    out = []
    day = start
    while day <= end:
        for slot in range(per_day):
            at = dt.datetime.combine(day, _SLOTS[slot % len(_SLOTS)], tz)
            dx = day.isoweekday() in (2, 5) and slot == 0
            roll = rng.random()
            status = ("missed" if roll < 0.04 else "partial" if roll < 0.07
                      else "skipped" if roll < 0.08 else "played")
            started = None if status in ("missed", "skipped") else at
            its = []
            moment = at
            for pos in range(items):
                title, topic, lang, sha, seg = titles[rng.randrange(len(titles))]
                planned = round(rng.uniform(60, 420), 3)
                played = 0.0 if started is None else (
                    planned if status == "played" or pos < items // 2 else 0.0)
                its.append({
                    "segment_id": seg, "sha256": sha, "title": title,
                    "topic": topic if dx or pos else None, "language": lang,
                    "planned_s": planned, "played_s": played,
                    "started_at": _local_iso(moment) if played else None,
                    "ended_at": _local_iso(moment + dt.timedelta(seconds=played))
                    if played else None,
                    "status": ("played" if played == planned and played else "partial"
                               if played else "pending" if started else "skipped"),
                    **_evidence(played),
                })
                moment += dt.timedelta(seconds=played)
            out.append({
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "station_code": code,
                "programme": "Chuyên mục Chuyển đổi số" if dx else "Bản tin thời sự xã",
                "dx": dx, "trigger": "schedule", "scheduled_at": _local_iso(at),
                "started_at": _local_iso(started) if started else None,
                "ended_at": _local_iso(moment) if started else None,
                "status": status,
                "reason": {"missed": "pc_off", "partial": "operator_stop",
                           "skipped": "operator"}.get(status),
                "device": "default",
                "items": its,
            })
        day += dt.timedelta(days=1)
    return out


def _evidence(played_s: float) -> dict:
    """Format v2's per-item fields: what a station without an air monitor measures as sent
    (no pack). Fixed values, so the samples stay the same for a seed."""
    sent = played_s > 0
    return {"sent_rms_dbfs": -18.5 if sent else None, "sent_peak_dbfs": -1.5 if sent else None,
            "silent_s": 0.0 if sent else None, "monitor_rms_dbfs": None,
            "pack_id": None, "pack_segment_id": None}


def broadcast(
    code: str,
    at: str,
    *,
    dx: bool = True,
    status: str = "played",
    items: Sequence[tuple[str | None, str | None, float]] = (),
    trigger: str = "schedule",
    programme: str | None = None,
) -> dict:
    """One hand-made entry: ``at`` is station-local ISO; items are (topic, language, played_s)."""
    started = None if status in ("missed", "skipped") else at
    return {
        "id": str(uuid.uuid4()), "station_code": code,
        "programme": programme or ("Chuyên mục Chuyển đổi số" if dx else "Thời sự xã"),
        "dx": dx, "trigger": trigger, "scheduled_at": at, "started_at": started,
        "ended_at": at if started else None, "status": status,
        "reason": None if status == "played" else "operator", "device": "default",
        "items": [
            {"segment_id": None, "sha256": "0" * 64, "title": f"Mục {n + 1}", "topic": topic,
             "language": lang, "planned_s": max(seconds, 1.0), "played_s": seconds,
             "started_at": at if seconds else None, "ended_at": at if seconds else None,
             "status": "played" if seconds else "pending", **_evidence(seconds)}
            for n, (topic, lang, seconds) in enumerate(items)
        ],
    }
