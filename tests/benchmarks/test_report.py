"""The issue-13 table and the README's headline figures are written from the results file."""

from __future__ import annotations

import json

from benchmarks import bench_bundle, report

DOCUMENT = {
    "date": "2026-12-04T18:40:00+00:00",
    "machine": {"cpus": 2, "python": "3.11.7"},
    "results": [
        {"benchmark": "bench_startup", "figure": "start-up: first window painted (start window)",
         "ms": 250, "baseline_ms": 180, "baseline": "bare QApplication + QMainWindow process",
         "ratio": 1.39, "target_ratio": 1.5, "measured_at": "2026-12-04T18:39:00+00:00",
         "commit": "abc1234"},
        {"benchmark": "bench_startup", "figure": "start-up: main window painted (demo station)",
         "ms": 500, "baseline_ms": 180, "baseline": "bare QApplication + QMainWindow process",
         "ratio": 2.78, "target_ratio": 1.5, "measured_at": "2026-12-04T18:39:00+00:00"},
        {"benchmark": "bench_import", "case": "10-minute MP3", "import_file_s": 2.0,
         "bare_ffmpeg_decode_s": 1.0, "ratio_import_to_decode": 2.0,
         "measured_at": "2026-12-04T18:30:00+00:00"},
        {"benchmark": "bench_bundle", "figure": "Linux bundle, unpacked", "mb": 188,
         "bytes": 195_430_835, "target_mb": 200, "ok": True, "built": "2026-12-04T18:18:00Z"},
        {"benchmark": "bench_bundle", "figure": "Linux tarball", "mb": 74, "bytes": 77_383_182,
         "target_mb": 80, "ok": True, "built": "2026-12-04T18:18:00Z"},
    ],
}


def test_every_figure_is_shown_against_its_target_and_baseline():
    rows = {cells[0]: cells for cells in report.table_rows(DOCUMENT["results"])}
    first = rows["start-up: first window painted (start window)"]
    assert first[1:6] == ("250 ms", "180 ms (bare QApplication + QMainWindow process)", "1.39x",
                          "<= 1.5x", "met")
    assert rows["start-up: main window painted (demo station)"][5] == "**not met**"
    assert rows["import of a 10-minute MP3"][3:6] == ("2.00x", "<= 1.5x", "**not met**")
    assert rows["Linux bundle, unpacked"][1:6] == ("188 MiB (195.4 MB)", "—", "—", "< 200 MB",
                                                   "met")
    assert rows["Linux tarball"][6] == "built 2026-12-04 18:18"
    assert first[6] == "2026-12-04 18:39 (`abc1234`)"
    table = report.issue13_table(DOCUMENT)
    assert "| ratio | target | status | measured (UTC, commit) |" in table
    assert "2026-12-04 18:40 UTC" in table


def test_only_the_marked_part_is_rewritten(tmp_path, monkeypatch):
    results = tmp_path / "results.json"
    results.write_text(json.dumps(DOCUMENT), "utf-8")
    bench, readme = tmp_path / "BENCHMARKS.md", tmp_path / "README.md"
    bench.write_text("# Benchmarks\nprose before\n<!-- bench:issue13:begin -->\nold table\n"
                     "<!-- bench:issue13:end -->\nprose after\n", "utf-8")
    readme.write_text("intro\n<!-- bench:headline:begin -->\nold\n<!-- bench:headline:end -->\n",
                      "utf-8")
    monkeypatch.setattr(report, "BENCHMARKS_MD", bench)
    monkeypatch.setattr(report, "README_MD", readme)
    assert report.write(results)
    text = bench.read_text("utf-8")
    assert "old table" not in text and "prose before" in text and "prose after" in text
    assert "| Linux tarball | 74 MiB (77.4 MB) |" in text
    head = readme.read_text("utf-8")
    assert "old" not in head.split("begin -->")[1]
    assert "Linux tarball: 74 MiB (77.4 MB) (target < 80 MB, met)" in head
    assert not report.write(tmp_path / "missing.json")


def test_the_bundle_figures_come_from_the_build_report(tmp_path):
    built = tmp_path / "build-report.txt"
    built.write_text(
        "commune-radio 0.1.0 linux-x86_64, built 2026-12-04T18:18:00Z on 2 cores\n"
        "bundle (unpacked): 188 MB (195430835 bytes) — target < 200 MB\n"
        "tarball: 74 MB (77383182 bytes) dist/x.tar.gz — target < 80 MB\n"
        "ffmpeg: 2920 KB, ffmpeg version 5.1.9\n", "utf-8")
    found = bench_bundle.read_report(built)
    assert found == {"built": "2026-12-04T18:18:00Z", "unpacked_mib": 188,
                     "unpacked_bytes": 195_430_835, "tarball_mib": 74,
                     "tarball_bytes": 77_383_182, "ffmpeg_kb": 2920}
    assert bench_bundle.read_report(tmp_path / "none.txt") is None
