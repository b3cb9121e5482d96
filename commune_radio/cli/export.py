"""`log export`: the signed file of a period for the receiving office.

The ``log`` group belongs to cli/log.py; this module adds its ``export`` action to that group
when it exists (``register`` runs after ``log.register``) and makes a minimal ``log`` group
otherwise, so neither module has to know about the other.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from commune_radio.cli.common import EXIT_OK, EXIT_USAGE, VI, Words, emit, say
from commune_radio.core.messages import render


def register(sub, w: Words = VI) -> None:
    """Add `log export` to the `log` group (made here if cli/log.py did not make it)."""
    log_parser = sub.choices.get("log")
    if log_parser is None:
        log_parser = w.command(sub, "log")
        actions = w.subcommands(log_parser, "action")
    else:
        actions = next(a for a in log_parser._actions
                       if isinstance(a, argparse._SubParsersAction))
    add_export_subcommand(actions, w)


def add_export_subcommand(log_subparsers, w: Words = VI) -> None:
    """The `export` action under `log` (its own handler, whatever the group's dispatcher is)."""
    exp = w.command(log_subparsers, "export", "log.export")
    exp.add_argument("--from", dest="from_date", type=w.date, metavar="DATE",
                     help=w("cli.opt.from_date"))
    exp.add_argument("--to", dest="to_date", type=w.date, metavar="DATE",
                     help=w("cli.opt.to_date"))
    exp.add_argument("-o", "--output", type=Path, metavar="FILE.crlog",
                     help=w("cli.opt.export.output"))
    exp.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help=w("cli.opt.export.xlsx"))
    exp.add_argument("--propose", action="store_true", help=w("cli.opt.export.propose"))
    w.json_option(exp)
    exp.set_defaults(handler=cmd_log_export)


def cmd_log_export(ctx, args, lang: str) -> int:
    """`log export`."""
    if (args.from_date is None) != (args.to_date is None):
        say(render("cli.export.from_to_together", lang))
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
        say(render("cli.export.left_out", lang, count=result.left_out_in_progress))
    emit(args, result.as_json(), [
        render("cli.export.written", lang, file=result.path, count=result.broadcasts,
               since=result.period_from, until=result.period_to),
        *([str(result.xlsx)] if result.xlsx else []),
    ])
    return EXIT_OK
