"""Write the issue-13 table of BENCHMARKS.md and the README's headline figures from
``benchmarks/out/results.json``; ``./dev bench`` calls it after every run.

Only the text between the ``<!-- bench:issue13:begin -->`` / ``<!-- bench:issue13:end -->``
markers (and ``bench:headline`` in README.md) is rewritten; the prose around it is kept. Each
figure is shown with its same-run baseline and its own measurement date, so a table assembled
from partial runs still says when each line was measured.

    python -m benchmarks.report        # rewrite from the last results, without measuring
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "out" / "results.json"
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
README_MD = ROOT / "README.md"
MARK = "bench:issue13"
HEADLINE = "bench:headline"


def commit() -> str:
    """The checked-out commit, and whether the tree has local changes."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10, check=True).stdout
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain",
                                "--untracked-files=no"], capture_output=True, text=True,
                               timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.strip() + (" with local changes" if dirty else "")


def _find(rows: list[dict], benchmark: str, figure_start: str = "") -> dict | None:
    for row in rows:
        if row.get("benchmark") == benchmark and str(row.get("figure", "")).startswith(
                figure_start) and "error" not in row and "missing" not in row:
            return row
    return None


def _day(row: dict, key: str = "measured_at") -> str:
    day = str(row.get(key, ""))[:16].replace("T", " ")
    return f"{day} (`{row['commit']}`)" if key == "measured_at" and row.get("commit") else day


def _status(ok: bool) -> str:
    return "met" if ok else "**not met**"


def table_rows(rows: list[dict]) -> list[tuple[str, ...]]:
    """(figure, now, same-run baseline, ratio, target, status, measured) per issue-13 figure."""
    out: list[tuple[str, ...]] = []
    for start in ("start-up: first window", "start-up: main window"):
        r = _find(rows, "bench_startup", start)
        if r:
            out.append((r["figure"], f"{r['ms']} ms", f"{r['baseline_ms']} ms ({r['baseline']})",
                        f"{r['ratio']:.2f}x", f"<= {r['target_ratio']}x",
                        _status(r["ratio"] <= r["target_ratio"]), _day(r)))
    r = _find(rows, "bench_import")
    if r:
        ratio = r["ratio_import_to_decode"]
        out.append((f"import of a {r['case']}", f"{r['import_file_s']} s",
                    f"{r['bare_ffmpeg_decode_s']} s (bare `ffmpeg -i x.mp3 -f null -`)",
                    f"{ratio:.2f}x", "<= 1.5x", _status(ratio <= 1.5), _day(r)))
    r = _find(rows, "bench_office", "office import")
    if r:
        out.append(("office import, 150 station files", f"{r['items_per_s']:,} items/s",
                    f"{r['raw_items_per_s']:,} items/s (raw `executemany`)",
                    f"{r['ratio_vs_raw']:.2f}x", ">= 0.6x (issue 14's figure)",
                    _status(r["ratio_vs_raw"] >= 0.6), _day(r)))
    for figure in ("Linux bundle, unpacked", "Linux tarball"):
        r = _find(rows, "bench_bundle", figure)
        if r:
            out.append((figure, f"{r['mb']} MiB ({r['bytes'] / 1e6:.1f} MB)", "—", "—",
                        f"< {r['target_mb']} MB", _status(r["ok"]),
                        f"built {_day(r, 'built')}"))
    return out


def issue13_table(document: dict) -> str:
    rows = document.get("results", [])
    machine = document.get("machine", {})
    try:
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    lines = [
        f"Written by `./dev bench` (`benchmarks/report.py`) from `benchmarks/out/results.json`, "
        f"{_day(document, 'date')} UTC (last run at commit `{document.get('commit', '?')}`), "
        f"{machine.get('cpus', '?')} cores, "
        f"Python {machine.get('python', '?')}; load average when written {load}. Ratios are to "
        "a baseline timed in the same run, alternately, so a loaded machine slows both sides.",
        "",
        "| figure | now | same-run baseline | ratio | target | status | measured (UTC, commit) |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(cells) + " |" for cells in table_rows(rows)]
    return "\n".join(lines)


def headline(document: dict) -> str:
    parts = []
    for cells in table_rows(document.get("results", [])):
        figure, now, _, ratio, target, status = cells[:6]
        shown = ratio if ratio != "—" else now
        parts.append(f"{figure}: {shown} (target {target}, {status.strip('*')})")
    return ("Headline figures (`./dev bench`, details in [BENCHMARKS.md](BENCHMARKS.md)): "
            + "; ".join(parts) + ".")


def replace_marked(text: str, mark: str, body: str) -> str:
    """``text`` with what lies between ``<!-- mark:begin -->`` and ``<!-- mark:end -->``
    replaced by ``body``; unchanged when the markers are missing."""
    m = re.escape(mark)
    pattern = re.compile(rf"(<!-- {m}:begin -->\n).*?(\n<!-- {m}:end -->)", re.DOTALL)
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)


def write(results: Path = RESULTS) -> bool:
    """Rewrite the marked parts of BENCHMARKS.md and README.md; False without results."""
    try:
        document = json.loads(results.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    for path, mark, body in ((BENCHMARKS_MD, MARK, issue13_table(document)),
                             (README_MD, HEADLINE, headline(document))):
        text = path.read_text("utf-8")
        new = replace_marked(text, mark, body)
        if new != text:
            path.write_text(new, "utf-8")
    return True


if __name__ == "__main__":
    raise SystemExit(0 if write() else 1)
