"""`doctor [--json]`: the station's pre-flight checks, now (the same as the station program's).

Exit 0 when every check is ok, 1 when any is not (CLI.md, "Added in the second round").
"""

from __future__ import annotations

from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, emit

MARKS = {"ok": "✓", "warning": "!", "error": "✗"}


def register(sub) -> None:
    """Add `doctor` to the parser."""
    cmd = sub.add_parser("doctor", help="the station's pre-flight checks, now")
    cmd.add_argument("--json", action="store_true")
    cmd.set_defaults(handler=cmd_doctor)


def cmd_doctor(ctx, args, lang: str) -> int:
    """Run every pre-flight check and print them."""
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication(["commune-radio"])  # QtMultimedia
    report = ctx.preflight.run_all()
    emit(args, report.as_json(lang),
         [f"{MARKS[c.severity]} {c.id}: {c.message(lang)}" for c in report.checks])
    return EXIT_OK if report.ok else EXIT_REJECTED
