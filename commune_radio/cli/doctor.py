"""`doctor [--json]`: the station's pre-flight checks, now (the same as the station program's).

Exit 0 when every check is ok, 1 when any is not (docs/cli.md).
"""

from __future__ import annotations

from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, VI, Words, emit

MARKS = {"ok": "✓", "warning": "!", "error": "✗"}


def register(sub, w: Words = VI) -> None:
    """Add `doctor` to the parser."""
    cmd = w.command(sub, "doctor")
    w.json_option(cmd)
    cmd.set_defaults(handler=cmd_doctor)


def cmd_doctor(ctx, args, lang: str) -> int:
    """Run every pre-flight check and print them."""
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication(["commune-radio"])  # QtMultimedia
    report = ctx.preflight.run_all()
    emit(args, report.as_json(lang),
         [f"{MARKS[c.severity]} {c.id}: {c.message(lang)}" for c in report.checks])
    return EXIT_OK if report.ok else EXIT_REJECTED
