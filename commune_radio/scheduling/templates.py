"""Schedule templates (schedules/*.toml): what an office hands to all its stations.

Format 1::

    format = 1
    name = "…"                      # shown to the operator
    [[slot]]
    programme = "Chuyên mục Chuyển đổi số"   # a programme of that name must exist
    days = ["mon"]                  # mon … sun; or `date = 2026-12-24` for a one-off
    at = "06:00"                    # HH:MM or HH:MM:SS, station time
    from = 2026-01-01               # optional, inclusive
    until = 2026-12-31              # optional, inclusive
    skip = [2027-02-08]             # optional exception dates (Tết …)
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.atomic import atomic_write
from commune_radio.core.errors import RejectedInput
from commune_radio.core.schedule import DAY_NAMES, Slot, parse_days, parse_time

FORMAT_VERSION = 1


@dataclass(frozen=True)
class TemplateSlot:
    """One slot of a template, naming its programme instead of an id."""

    programme: str
    slot: Slot


def _date(value, file: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise RejectedInput("schedule.bad_template", file=file, detail=f"date {value!r}") from None


def read_template(path: Path) -> tuple[str, list[TemplateSlot]]:
    """The template's name and slots, every field checked; nothing is applied here."""
    file = Path(path).name
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RejectedInput("schedule.bad_template", file=file, detail=str(exc)) from None
    if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        raise RejectedInput("schedule.bad_template", file=file,
                            detail=f"format {data.get('format')} (this program reads 1)")
    raw_slots = data.get("slot")
    if not isinstance(raw_slots, list) or not raw_slots:
        raise RejectedInput("schedule.bad_template", file=file, detail="no [[slot]]")
    slots = []
    for n, raw in enumerate(raw_slots, start=1):
        if not isinstance(raw, dict) or not str(raw.get("programme", "")).strip():
            raise RejectedInput("schedule.bad_template", file=file,
                                detail=f"slot {n}: programme")
        one_off = _date(raw.get("date"), file)
        days = raw.get("days", [])
        if isinstance(days, str):
            days = [days]
        parsed_days = frozenset() if one_off else parse_days(",".join(map(str, days)))
        slot = Slot(
            id=0, programme_id=0, at=parse_time(str(raw.get("at", ""))), days=parsed_days,
            from_date=_date(raw.get("from"), file), until_date=_date(raw.get("until"), file),
            one_off_date=one_off,
            exceptions=frozenset(_date(d, file) for d in raw.get("skip", [])),
        )
        slots.append(TemplateSlot(str(raw["programme"]).strip(), slot))
    return str(data.get("name", file)), slots


def _toml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_template(path: Path, name: str, slots: list[Slot]) -> None:
    """Write slots as a format-1 template (readable by `read_template`)."""
    lines = [f"# Commune Radio schedule template, format {FORMAT_VERSION}",
             f"format = {FORMAT_VERSION}", f"name = {_toml_str(name)}", ""]
    for slot in slots:
        lines.append("[[slot]]")
        lines.append(f"programme = {_toml_str(slot.programme)}")
        if slot.one_off_date:
            lines.append(f"date = {slot.one_off_date.isoformat()}")
        else:
            days = ", ".join(_toml_str(DAY_NAMES[d]) for d in sorted(slot.days))
            lines.append(f"days = [{days}]")
        lines.append(f"at = {_toml_str(slot.at.isoformat(timespec='seconds'))}")
        if slot.from_date:
            lines.append(f"from = {slot.from_date.isoformat()}")
        if slot.until_date:
            lines.append(f"until = {slot.until_date.isoformat()}")
        if slot.exceptions:
            lines.append("skip = [" + ", ".join(d.isoformat() for d in sorted(slot.exceptions))
                         + "]")
        lines.append("")
    atomic_write(path, lambda fh: fh.write("\n".join(lines).encode("utf-8")))
