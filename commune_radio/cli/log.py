"""`log list`: the as-played log, in station time.

The ``log`` group is built here; another action (``log export``) is added by giving it a
sub-parser in ``register`` and a handler in ``ACTIONS``.
"""

from __future__ import annotations

from commune_radio.cli.common import EXIT_OK, VI, Words, emit
from commune_radio.core.broadcasts import Status, Trigger
from commune_radio.core.clock import station_iso
from commune_radio.services.log_service import LogFilter


def register(sub, w: Words = VI) -> None:
    """Add the log commands to the parser."""
    log = w.command(sub, "log")
    l_sub = w.subcommands(log, "action")
    lst = w.command(l_sub, "list", "log.list")
    lst.add_argument("--from", dest="from_date", metavar="DATE", help=w("cli.opt.from_date"))
    lst.add_argument("--to", dest="to_date", metavar="DATE", help=w("cli.opt.to_date"))
    statuses = [s.value for s in Status]
    lst.add_argument("--status", action="append", default=[], choices=statuses, metavar="STATUS",
                     help=w("cli.opt.log.status", choices=", ".join(statuses)))
    triggers = [t.value for t in Trigger]
    lst.add_argument("--trigger", action="append", default=[], choices=triggers,
                     metavar="TRIGGER", help=w("cli.opt.log.trigger", choices=", ".join(triggers)))
    lst.add_argument("--topic", metavar="ID", help=w("cli.opt.topic"))
    lst.add_argument("--language", metavar="ID", help=w("cli.opt.language"))
    lst.add_argument("--dx", dest="dx_only", action="store_true", help=w("cli.opt.log.dx"))
    w.json_option(lst)
    log.set_defaults(handler=cmd_log)


def cmd_list(ctx, args, lang: str) -> int:
    """`log list`."""
    flt = LogFilter(from_date=args.from_date, to_date=args.to_date,
                    statuses=tuple(args.status), triggers=tuple(args.trigger),
                    topic=args.topic, language=args.language, dx_only=args.dx_only)
    records = ctx.log.list(flt)
    tz = ctx.log.timezone()
    emit(args, [ctx.log.as_json(r) for r in records], [
        f"{station_iso(r.started_at or r.scheduled_at, tz)}  {r.status.value:8} "
        f"{r.trigger.value:9} {'DX' if r.dx else '  '} {r.programme}"
        f"{f'  ({r.reason})' if r.reason else ''}  {r.played_s / 60:.1f}/{r.planned_s / 60:.1f} min"
        for r in records
    ])
    return EXIT_OK


ACTIONS = {"list": cmd_list}


def cmd_log(ctx, args, lang: str) -> int:
    """Dispatch a `log` action."""
    return ACTIONS[args.action](ctx, args, lang)
