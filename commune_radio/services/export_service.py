"""The station's side of the exchange: export a period of the log as one signed file.

`log export` and the window's "Gửi báo cáo" (send to office) dialog both call ``export``; the
dialog opens on ``propose_next_period`` and shows ``history``. Broadcasts still airing
(``started``) are left out and counted, so the dialog can say so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from commune_radio import __version__
from commune_radio.core import settings as S
from commune_radio.core.clock import Clock, from_iso, system_clock, to_utc_iso
from commune_radio.core.dates import month_end, station_today
from commune_radio.core.errors import BugError, EnvironmentProblem, RejectedInput
from commune_radio.core.station import DEFAULT_TIMEZONE, Station
from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import FileRejected
from commune_radio.services.changes import Changes
from commune_radio.services.settings_service import SettingsService
from commune_radio.storage import log_repo
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_station

HISTORY_LENGTH = 100


@dataclass(frozen=True)
class ExportResult:
    """What one export wrote (`log export --json`)."""

    path: Path
    xlsx: Path | None
    period_from: dt.date
    period_to: dt.date
    station_code: str
    broadcasts: int
    items: int
    by_status: dict[str, int]
    sha256: str
    left_out_in_progress: int  # broadcasts still airing, not in the file

    @property
    def changes(self) -> Changes:
        """An export changes no broadcast; it adds a line to the remembered history."""
        return Changes(settings=True)

    def as_json(self) -> dict:
        """The `log export --json` document."""
        return {
            "file": str(self.path), "xlsx": str(self.xlsx) if self.xlsx else None,
            "station_code": self.station_code, "from": self.period_from.isoformat(),
            "to": self.period_to.isoformat(), "broadcasts": self.broadcasts,
            "items": self.items, "by_status": self.by_status, "sha256": self.sha256,
            "left_out_in_progress": self.left_out_in_progress,
        }


@dataclass(frozen=True)
class ExportRecord:
    """One past export, as remembered in the settings table."""

    period_from: dt.date
    period_to: dt.date
    file: str
    sha256: str
    broadcasts: int
    exported_at: str

    def as_json(self) -> dict:
        """Stored and shown form."""
        return {
            "from": self.period_from.isoformat(), "to": self.period_to.isoformat(),
            "file": self.file, "sha256": self.sha256, "broadcasts": self.broadcasts,
            "exported_at": self.exported_at,
        }


@dataclass(frozen=True)
class PeriodProposal:
    """The period the "Gửi báo cáo" dialog proposes, with a file name to match."""

    period_from: dt.date
    period_to: dt.date
    file_name: str
    complete: bool  # False when the period reaches today (the day is not over yet)
    follows_last: bool  # True when it starts the day after the last export
    nothing_new: bool = False  # everything up to today was exported already


def default_file_name(code: str, start: dt.date, end: dt.date) -> str:
    """``02785_2026-11.crlog`` for a whole month, ``02785_2026-11-03_2026-11-16.crlog`` else."""
    if start.day == 1 and end == month_end(start):
        return f"{code}_{start:%Y-%m}{fmt.SUFFIX}"
    return f"{code}_{start.isoformat()}_{end.isoformat()}{fmt.SUFFIX}"


def _level(value) -> float | None:
    """A measured level in dBFS for the file: rounded, inside the format's bounds."""
    if value is None:
        return None
    return round(max(fmt.MIN_DBFS, min(fmt.MAX_DBFS, float(value))), 2)


def _pack_ref(item, key: str) -> str | None:
    """The content pack an item came from (columns present once packs exist), or None."""
    try:
        value = item[key]
    except (IndexError, KeyError):
        return None
    return str(value)[:fmt.MAX_PACK_ID] if value not in (None, "") else None


def _running(run: list[dt.datetime], local) -> dict:
    return {"at": local(run[0]), "kind": "running", "detail": "", "until": local(run[1])}


def _clip(text: str | None, limit: int) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


class ExportService:
    """Exports of the station of one data directory."""

    def __init__(self, db: Database, data_dir: Path, *, clock: Clock = system_clock) -> None:
        self.db = db
        self.settings = SettingsService(db)
        self.data_dir = Path(data_dir)
        self.clock = clock

    def _station(self) -> Station:
        station = get_station(self.db)
        if station is None:
            raise EnvironmentProblem("station.missing")
        return station

    def today(self) -> dt.date:
        """Today in station time."""
        station = get_station(self.db)
        return station_today(station.timezone if station else DEFAULT_TIMEZONE, self.clock())

    # --- what goes in the file ------------------------------------------------------------

    def entries(self, start: dt.date, end: dt.date) -> tuple[list[dict], int]:
        """The finished broadcasts of [start, end] (station dates) as file entries, in time
        order, and how many broadcasts of the period are still airing (left out)."""
        if end < start:
            raise RejectedInput("export.bad_period", since=start.isoformat(),
                                until=end.isoformat())
        station = self._station()
        tz = ZoneInfo(station.timezone)
        # a day's margin either side in SQL, then the exact station-date test in Python, so
        # the stored text's precision (with or without milliseconds) cannot shift a boundary
        lo = to_utc_iso(dt.datetime.combine(start - dt.timedelta(days=1), dt.time(), tz))
        hi = to_utc_iso(dt.datetime.combine(end + dt.timedelta(days=2), dt.time(), tz))
        rows, item_rows = log_repo.station_rows_between(self.db, station.code, lo, hi)
        chosen, in_progress = [], 0
        for r in rows:
            moment = from_iso(r["started_at"] or r["scheduled_at"])
            if not start <= moment.astimezone(tz).date() <= end:
                continue
            if r["status"] in fmt.FINAL_STATUSES:
                chosen.append(r)
            else:
                in_progress += 1
        items: dict[str, list] = {r["id"]: [] for r in chosen}
        for it in item_rows:
            if it["broadcast_id"] in items:
                items[it["broadcast_id"]].append(it)
        return [self._entry(r, items[r["id"]], tz) for r in chosen], in_progress

    @staticmethod
    def _entry(r, items, tz: ZoneInfo) -> dict:
        def local(text: str | None) -> str | None:
            if not text:
                return None
            return from_iso(text).astimezone(tz).isoformat(timespec="milliseconds")

        def seconds(value) -> float | None:
            return None if value is None else max(0.0, round(float(value), 3))

        return {
            "id": r["id"], "station_code": r["station_code"],
            "programme": _clip(r["programme"], fmt.MAX_SHORT_TEXT) or "?",
            "dx": bool(r["dx"]), "trigger": r["trigger"],
            "scheduled_at": local(r["scheduled_at"]), "started_at": local(r["started_at"]),
            "ended_at": local(r["ended_at"]), "status": r["status"],
            "reason": _clip(r["reason"], fmt.MAX_LONG_TEXT),
            "device": _clip(r["device"], fmt.MAX_SHORT_TEXT),
            "items": [
                {
                    "segment_id": i["segment_id"], "sha256": i["sha256"],
                    "title": _clip(i["title"] or "", fmt.MAX_LONG_TEXT),
                    "topic": i["topic"] or None, "language": i["language"] or None,
                    "planned_s": seconds(i["planned_s"]), "played_s": seconds(i["played_s"]),
                    "started_at": local(i["started_at"]), "ended_at": local(i["ended_at"]),
                    "status": i["status"],
                    "sent_rms_dbfs": _level(i["sent_rms_dbfs"]),
                    "sent_peak_dbfs": _level(i["sent_peak_dbfs"]),
                    "silent_s": seconds(i["silent_s"]),
                    "monitor_rms_dbfs": _level(i["monitor_rms_dbfs"]),
                    **{k: _pack_ref(i, k) for k in fmt.PACK_KEYS},
                }
                for i in items
            ],
        }

    def events(self, start: dt.date, end: dt.date) -> list[dict]:
        """The station events of [start, end] for the file: the periods the station program
        was running (from its ``start``, heartbeats and ``stop``/last sign of life) and every
        other event as a moment. Heartbeats themselves are folded into the periods."""
        from commune_radio.services.event_service import EventLog

        station = self._station()
        tz = ZoneInfo(station.timezone)
        lo = dt.datetime.combine(start, dt.time(), tz)
        hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tz)

        def local(moment: dt.datetime) -> str:
            return moment.astimezone(tz).isoformat(timespec="milliseconds")

        out: list[dict] = []
        run: list[dt.datetime] | None = None  # [from, last sign of life]
        for event in EventLog(self.db, self.clock).list(lo, hi):
            if event.kind in ("start", "heartbeat", "stop"):
                if event.kind == "start" or run is None:
                    if run is not None:
                        out.append(_running(run, local))
                    run = [event.at, event.at]
                run[1] = event.at
                if event.kind == "stop":
                    out.append(_running(run, local))
                    run = None
                continue  # a start, its heartbeats and its stop make one running period
            if event.kind in fmt.EVENT_KINDS:
                out.append({"at": local(event.at), "kind": event.kind,
                            "detail": _clip(event.detail, fmt.MAX_LONG_TEXT) or "",
                            "until": None})
        if run is not None:
            out.append(_running(run, local))
        out.sort(key=lambda e: (e["at"], e["kind"]))
        return out[:fmt.MAX_EVENTS]

    def preview(self, start: dt.date, end: dt.date) -> dict:
        """What an export of [start, end] would hold, for the dialog before writing anything:
        broadcasts, items, counts by status, DX broadcasts played, and those left out airing."""
        entries, in_progress = self.entries(start, end)
        by_status = dict.fromkeys(fmt.FINAL_STATUSES, 0)
        for e in entries:
            by_status[e["status"]] += 1
        return {
            "from": start.isoformat(), "to": end.isoformat(), "broadcasts": len(entries),
            "items": sum(len(e["items"]) for e in entries), "by_status": by_status,
            "dx_played": sum(1 for e in entries if e["dx"] and e["status"] == "played"),
            "left_out_in_progress": in_progress,
        }

    # --- the export -----------------------------------------------------------------------

    def export(
        self, start: dt.date, end: dt.date, path: Path | str, *, xlsx: Path | str | None = None,
    ) -> ExportResult:
        """Write the signed file of [start, end] to ``path`` (atomically), and the XLSX if asked.

        The file is checked with the office's own strict reader before it is written, so a file
        the office would refuse never leaves the station.
        """
        # signing (cryptography) is loaded when a file is made, not when the window opens
        from commune_radio.exchange.reader import open_log_bytes
        from commune_radio.exchange.writer import build_log, write_log
        from commune_radio.storage import keys

        path = Path(path)
        if path.suffix.lower() != fmt.SUFFIX:
            raise RejectedInput("export.wrong_suffix", file=str(path))
        station = self._station()
        key = keys.load_key(self.data_dir)
        if key is None:
            raise EnvironmentProblem("export.no_key")
        entries, in_progress = self.entries(start, end)
        events = self.events(start, end)
        now = self.clock()
        blob, manifest = build_log(station, key, (start, end), entries,
                                   app_version=__version__, created_at=now, events=events)
        try:
            open_log_bytes(blob, path.name).read_entries()
        except FileRejected as exc:  # our own file fails our own reader: a defect of ours
            raise BugError(f"exported file does not verify: {exc.render('en')}") from exc
        written = write_log(path, blob, manifest)
        self._remember(ExportRecord(start, end, str(path), written.sha256, written.broadcasts,
                                    to_utc_iso(now)))
        # what was just sent is in the newest backup, so a restore never loses exported log
        # (a failed backup does not undo the export: the file is written and remembered)
        from commune_radio.services.backup_service import BackupService

        with contextlib.suppress(EnvironmentProblem):
            BackupService(self.data_dir, self.db, clock=self.clock).backup_now()
        if xlsx is not None:  # for people only: the signed file above is already complete
            from commune_radio.exchange.xlsx import write_log_xlsx

            write_log_xlsx(xlsx, station, (start, end), entries, made_on=self.today())
        return ExportResult(
            path=path, xlsx=Path(xlsx) if xlsx else None, period_from=start, period_to=end,
            station_code=station.code, broadcasts=written.broadcasts, items=written.items,
            by_status=written.by_status, sha256=written.sha256,
            left_out_in_progress=in_progress,
        )

    # --- what was exported, and what comes next -------------------------------------------

    def history(self) -> list[ExportRecord]:
        """Past exports, oldest first."""
        try:
            return [
                ExportRecord(dt.date.fromisoformat(h["from"]), dt.date.fromisoformat(h["to"]),
                             h["file"], h["sha256"], int(h["broadcasts"]), h["exported_at"])
                for h in self.settings.get(S.EXPORT_HISTORY)
            ]
        except (ValueError, KeyError, TypeError):
            return []  # a damaged setting must not block exporting

    def last_exported(self) -> ExportRecord | None:
        """The export reaching furthest in time (the "last exported period")."""
        history = self.history()
        return max(history, key=lambda h: (h.period_to, h.exported_at)) if history else None

    def _remember(self, record: ExportRecord) -> None:
        history = [*self.history(), record][-HISTORY_LENGTH:]
        self.settings.set(S.EXPORT_HISTORY, [h.as_json() for h in history])

    def propose_next_period(self, today: dt.date | None = None) -> PeriodProposal:
        """The next period to send: from the day after the last export (or the first month
        with broadcasts, else last month) to the end of that month, or to today if the month is
        not over (``complete`` False). When the last export already reached today the proposal
        is the rest of this month with ``nothing_new`` set, for the dialog to say so."""
        station = self._station()
        today = today or self.today()
        last = self.last_exported()
        if last is not None:
            start = last.period_to + dt.timedelta(days=1)
        else:
            first = self._first_broadcast_day(station)
            previous_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            start = first.replace(day=1) if first else previous_month
        end = month_end(start)
        complete = end < today
        if not complete and start <= today:
            end = today
        return PeriodProposal(
            period_from=start, period_to=end,
            file_name=default_file_name(station.code, start, end),
            complete=complete, follows_last=last is not None, nothing_new=start > today,
        )

    def _first_broadcast_day(self, station: Station) -> dt.date | None:
        first = log_repo.first_moment(self.db, station.code)
        return from_iso(first).astimezone(ZoneInfo(station.timezone)).date() if first else None
