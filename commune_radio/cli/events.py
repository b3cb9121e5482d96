"""`log events`: the station event log (start, stop, crash, heartbeat, clock jump …).

Added to the ``log`` group of cli/log.py, as cli/export.py adds `log export`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from zoneinfo import ZoneInfo

from commune_radio.cli.common import EXIT_OK, VI, Words, emit
from commune_radio.services.event_service import event_json


def register(sub, w: Words = VI) -> None:
    """Add `log events` to the `log` group (registered after cli/log.py)."""
    log_parser = sub.choices["log"]
    actions = next(a for a in log_parser._actions if isinstance(a, argparse._SubParsersAction))
    cmd = w.command(actions, "events", "log.events")
    cmd.add_argument("--from", dest="from_date", type=w.date, metavar="DATE",
                     help=w("cli.opt.from_date"))
    cmd.add_argument("--to", dest="to_date", type=w.date, metavar="DATE",
                     help=w("cli.opt.to_date"))
    w.json_option(cmd)
    cmd.set_defaults(handler=cmd_events)


def cmd_events(ctx, args, lang: str) -> int:
    """Events between two dates (inclusive whole days, station time)."""
    tz = ctx.log.timezone()
    zone = ZoneInfo(tz)
    since = (dt.datetime.combine(args.from_date, dt.time(0), tzinfo=zone)
             if args.from_date else None)
    until = (dt.datetime.combine(args.to_date + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
             if args.to_date else None)
    events = [event_json(e, tz) for e in ctx.events.list(since, until)]
    emit(args, events, [f"{e['at']}  {e['kind']:11} {e['detail']}" for e in events])
    return EXIT_OK
