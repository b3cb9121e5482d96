"""What the "Gửi báo cáo" dialog shows before writing anything, worked out off the GUI thread.

``ExportService.preview`` gives the counts; the weeks with a DX section played in full are added
here from the same entries, so the operator sees which ISO weeks the office will count as
compliant before the file leaves the station.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from commune_radio.core.compliance import iso_week_key, week_monday, weeks_in_period
from commune_radio.services.export_service import ExportService


@dataclass(frozen=True)
class ExportPreview:
    """The preview of one period: counts by status, and the weeks with a DX section played."""

    period_from: dt.date
    period_to: dt.date
    broadcasts: int
    items: int
    by_status: dict[str, int]
    dx_played: int
    left_out_in_progress: int
    weeks: list[str] = field(default_factory=list)  # every ISO week the period touches
    dx_weeks: list[str] = field(default_factory=list)  # those with a DX broadcast played

    @property
    def whole_weeks(self) -> list[str]:
        """The weeks lying wholly inside the period (all of them when none does): a week cut by
        the period's edge has its other days, and maybe its DX section, in another report."""
        whole = [w for w in self.weeks if week_monday(w) >= self.period_from
                 and week_monday(w) + dt.timedelta(days=6) <= self.period_to]
        return whole or list(self.weeks)

    @property
    def weeks_without_dx(self) -> list[str]:
        """The whole weeks of the period with no DX section played in full."""
        done = set(self.dx_weeks)
        return [w for w in self.whole_weeks if w not in done]

    @property
    def whole_weeks_with_dx(self) -> int:
        """How many of the whole weeks had the DX section."""
        done = set(self.dx_weeks)
        return sum(1 for w in self.whole_weeks if w in done)


def make_preview(export: ExportService, start: dt.date, end: dt.date) -> ExportPreview:
    """The preview of [start, end] (runs on a pool thread: it reads the log)."""
    counts = export.preview(start, end)
    entries, _ = export.entries(start, end)
    dx_weeks = set()
    for e in entries:
        if e["dx"] and e["status"] == "played" and e["started_at"]:
            dx_weeks.add(iso_week_key(dt.datetime.fromisoformat(e["started_at"]).date()))
    weeks = weeks_in_period(start, end)
    return ExportPreview(
        period_from=start, period_to=end, broadcasts=counts["broadcasts"],
        items=counts["items"], by_status=dict(counts["by_status"]),
        dx_played=counts["dx_played"], left_out_in_progress=counts["left_out_in_progress"],
        weeks=weeks, dx_weeks=[w for w in weeks if w in dx_weeks],
    )


def xlsx_beside(path: Path) -> Path:
    """The spreadsheet written next to the signed file: same name, ``.xlsx``."""
    return path.with_suffix(".xlsx")
