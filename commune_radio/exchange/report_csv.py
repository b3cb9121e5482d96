"""The office report as CSV: one row per station and ISO week, machine-readable keys.

UTF-8 with a byte-order mark so Excel shows Vietnamese names correctly when opened directly.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from commune_radio.core.atomic import atomic_write
from commune_radio.core.compliance import ComplianceReport
from commune_radio.core.safe_text import csv_cell

COLUMNS = (
    "code", "name", "commune", "week", "status", "compliant", "dx_broadcasts", "dx_played",
    "missed", "played_minutes", "compliance_rate", "silent_weeks",
)


def report_rows(report: ComplianceReport) -> list[dict]:
    """The CSV rows: station x week."""
    rows = []
    for s in report.stations:
        for key in report.weeks:
            f = s.weeks[key]
            rows.append({
                "code": s.code, "name": s.name, "commune": s.commune or "", "week": key,
                "status": f.status.value, "compliant": int(f.status.value == "compliant"),
                "dx_broadcasts": f.dx_broadcasts, "dx_played": f.dx_played,
                "missed": f.dx_missed, "played_minutes": round(f.played_minutes, 2),
                "compliance_rate": round(s.compliance_rate, 4), "silent_weeks": s.silent_weeks,
            })
    return rows


def write_report_csv(path: Path | str, report: ComplianceReport) -> None:
    """Write the CSV atomically."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    # every field through the one spreadsheet-text rule: no station name becomes a formula
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in report_rows(report))
    data = out.getvalue().encode("utf-8-sig")
    atomic_write(path, lambda fh: fh.write(data))
