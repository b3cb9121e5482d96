"""Run every ``benchmarks/bench_*.py`` module's ``run()``; print and save what they return.

    python -m benchmarks              # all of them (this is what ``./dev bench`` does)
    python -m benchmarks import       # only those whose name contains "import"

Each ``run()`` returns a list of dicts (one per measured figure, any JSON-able keys). A module
that fails is reported and the others still run; the exit code is 1 then. The results file keeps
the last results of the modules that were not run this time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import pkgutil
import platform
import sys
import time
import traceback
from pathlib import Path

from benchmarks import report

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "results.json"


def discover() -> list[str]:
    """Names of the benchmark modules, in alphabetical order."""
    return sorted(
        m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_")
    )


def machine() -> dict:
    """What the figures were measured on."""
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
    }


def previous(path: Path) -> list[dict]:
    """The results already in ``path`` (none when it is missing or unreadable)."""
    try:
        rows = json.loads(path.read_text("utf-8"))["results"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [r for r in rows if isinstance(r, dict)]


def show(row: dict) -> str:
    return "  " + ", ".join(f"{k}={v}" for k, v in row.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("names", nargs="*", help="run only modules whose name contains these")
    parser.add_argument("--out", type=Path, default=OUT, help=f"results file (default {OUT})")
    args = parser.parse_args(argv)

    selected = [n for n in discover() if not args.names or any(s in n for s in args.names)]
    if not selected:
        print("no benchmark matches", file=sys.stderr)
        return 2
    results: list[dict] = []
    failed = False
    at_commit = report.commit()
    for name in selected:
        print(f"{name} ...", flush=True)
        started = time.perf_counter()
        try:
            rows = importlib.import_module(f"{__package__}.{name}").run()
        except Exception:
            failed = True
            rows = [{"error": traceback.format_exc(limit=3).strip().splitlines()[-1]}]
            traceback.print_exc()
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for row in rows:
            row = {"benchmark": name, **row, "measured_at": when, "commit": at_commit}
            results.append(row)
            print(show(row), flush=True)
        print(f"  ({time.perf_counter() - started:.1f} s)", flush=True)

    # a partial run keeps the other modules' last results
    kept = [r for r in previous(args.out) if r.get("benchmark") not in selected]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join(["python -m benchmarks", *(sys.argv[1:] if argv is None else argv)]),
        "machine": machine(),
        "commit": at_commit,
        "results": kept + results,
    }
    args.out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written {args.out}")
    # the tables in BENCHMARKS.md and README.md follow the results
    if args.out == OUT and report.write(args.out):
        print(f"updated {report.BENCHMARKS_MD.name} and {report.README_MD.name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
