"""`log export`: the signed file of a period for the receiving office.

The ``log`` group belongs to cli/log.py; this module adds its ``export`` action to that group
when it exists (``register`` runs after ``log.register``) and makes a minimal ``log`` group
otherwise, so neither module has to know about the other.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from commune_radio.cli.common import EXIT_OK, EXIT_USAGE, Parser, emit, say


def parse_date(text: str) -> dt.date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub) -> None:
    """Add `log export` to the `log` group (made here if cli/log.py did not make it)."""
    log_parser = sub.choices.get("log")
    if log_parser is None:
        log_parser = sub.add_parser("log", help="the station's as-played log")
        actions = log_parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    else:
        actions = next(a for a in log_parser._actions
                       if isinstance(a, argparse._SubParsersAction))
    add_export_subcommand(actions)


def add_export_subcommand(log_subparsers) -> None:
    """The `export` action under `log` (its own handler, whatever the group's dispatcher is)."""
    exp = log_subparsers.add_parser(
        "export", help="write the signed log file of a period for the office",
        description="Without --from/--to, the period proposed after the last export is used.",
    )
    exp.add_argument("--from", dest="from_date", type=parse_date, metavar="DATE")
    exp.add_argument("--to", dest="to_date", type=parse_date, metavar="DATE")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE",
                     help="the .crlog file to write (default: the proposed name, here)")
    exp.add_argument("--xlsx", type=Path, metavar="FILE.xlsx",
                     help="also write a readable spreadsheet")
    exp.add_argument("--propose", action="store_true",
                     help="only show the proposed next period and file name")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(handler=cmd_log_export)


def cmd_log_export(ctx, args, lang: str) -> int:
    """`log export`."""
    if (args.from_date is None) != (args.to_date is None):
        say("log export: --from and --to go together" if lang == "en"
            else "log export: cần cả --from và --to")
        return EXIT_USAGE
    proposal = ctx.export.propose_next_period()
    if args.propose:
        data = {"from": proposal.period_from.isoformat(), "to": proposal.period_to.isoformat(),
                "file": proposal.file_name, "complete": proposal.complete}
        emit(args, data, [f"{data['from']} – {data['to']}  {data['file']}"])
        return EXIT_OK
    start = args.from_date or proposal.period_from
    end = args.to_date or proposal.period_to
    output = args.output
    if output is None:
        from commune_radio.services.export_service import default_file_name

        output = Path(default_file_name(ctx.station.require().code, start, end))
    result = ctx.export.export(start, end, output, xlsx=args.xlsx)
    if result.left_out_in_progress:
        say({"vi": f"{result.left_out_in_progress} buổi đang phát chưa được đưa vào tệp.",
             "en": f"{result.left_out_in_progress} broadcast(s) still airing were left out."}[lang])
    emit(args, result.as_json(), [
        f"{result.path}: {result.broadcasts} "
        + ("broadcasts" if lang == "en" else "buổi phát")
        + f" ({result.period_from} – {result.period_to})",
        *([str(result.xlsx)] if result.xlsx else []),
    ])
    return EXIT_OK
