"""`schedule add|list|remove|check|import|export`."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli.common import EXIT_OK, VI, Words, emit, say
from commune_radio.core.clock import station_iso
from commune_radio.core.messages import render
from commune_radio.core.schedule import first_of_each


def register(sub, w: Words = VI) -> None:
    """Add the schedule commands to the parser."""
    sched = w.command(sub, "schedule")
    s_sub = w.subcommands(sched, "action")
    add = w.command(s_sub, "add", "schedule.add")
    add.add_argument("programme", metavar="PROGRAMME", help=w("cli.opt.schedule.programme"))
    add.add_argument("--days", metavar="DAYS", help=w("cli.opt.schedule.days"))
    add.add_argument("--date", metavar="DATE", help=w("cli.opt.schedule.date"))
    add.add_argument("--at", required=True, metavar="HH:MM[:SS]", help=w("cli.opt.schedule.at"))
    add.add_argument("--from", dest="from_date", metavar="DATE", help=w("cli.opt.schedule.from"))
    add.add_argument("--until", metavar="DATE", help=w("cli.opt.schedule.until"))
    add.add_argument("--skip", action="append", default=[], metavar="DATE",
                     help=w("cli.opt.schedule.skip"))
    w.json_option(add)
    lst = w.command(s_sub, "list", "schedule.list")
    w.json_option(lst)
    lst.add_argument("--next", type=w.whole_number, default=0, metavar="N",
                     help=w("cli.opt.schedule.next"))
    rm = w.command(s_sub, "remove", "schedule.remove")
    rm.add_argument("slot_id", type=w.whole_number, metavar="SLOT_ID",
                    help=w("cli.opt.schedule.slot_id"))
    chk = w.command(s_sub, "check", "schedule.check")
    w.json_option(chk)
    chk.add_argument("--weeks", type=w.whole_number, default=8, metavar="N",
                     help=w("cli.opt.schedule.weeks"))
    imp = w.command(s_sub, "import", "schedule.import")
    imp.add_argument("file", type=Path, metavar="FILE.toml", help=w("cli.opt.schedule.template"))
    w.json_option(imp)
    exp = w.command(s_sub, "export", "schedule.export")
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.toml",
                     help=w("cli.opt.schedule.output"))
    sched.set_defaults(handler=cmd_schedule)


def slot_json(slot) -> dict:
    """A slot as `schedule list --json` prints it."""
    return {
        "id": slot.id, "programme": slot.programme, "days": slot.days_text(),
        "at": slot.at.isoformat(timespec="seconds"),
        "from": slot.from_date.isoformat() if slot.from_date else None,
        "until": slot.until_date.isoformat() if slot.until_date else None,
        "date": slot.one_off_date.isoformat() if slot.one_off_date else None,
        "skip": sorted(d.isoformat() for d in slot.exceptions),
    }


def _clash_json(c, count, names, tz) -> dict:
    return {
        "occurrences": count,
        "first": {"slot_id": c.first.slot_id, "programme": names.get(c.first.programme_id),
                  "at": station_iso(c.first.at, tz)},
        "second": {"slot_id": c.second.slot_id, "programme": names.get(c.second.programme_id),
                   "at": station_iso(c.second.at, tz)},
        "overlap_s": round(c.overlap_s, 1),
    }


def cmd_schedule(ctx, args, lang: str) -> int:
    """Run one schedule command."""
    svc = ctx.schedule
    tz = svc.timezone().key
    if args.action == "add":
        slot = svc.build_slot(args.programme, days=args.days, at=args.at,
                              from_date=args.from_date, until_date=args.until,
                              one_off=args.date, skip=tuple(args.skip))
        clashes = svc.check(slot)
        saved = svc.add(slot).value
        for c, _count in first_of_each(clashes):
            when = station_iso(c.second.at, tz)
            say(render("cli.schedule.clash", lang, slot_id=saved.id, kind=c.kind, when=when))
        emit(args, slot_json(saved), [f"{saved.id}: {saved.programme} {saved.days_text()} "
                                      f"{saved.at.isoformat()}"])
        return EXIT_OK
    if args.action == "list":
        slots = svc.list()
        nxt = svc.next(args.next) if args.next else []
        names = {s.programme_id: s.programme for s in slots}
        data = {"slots": [slot_json(s) for s in slots],
                "next": [{"slot_id": o.slot_id, "programme": names.get(o.programme_id),
                          "at": station_iso(o.at, tz)} for o in nxt]}
        emit(args, data, [f"{s.id:4} {s.at.isoformat()} {s.days_text() or s.one_off_date} "
                          f"{s.programme}" for s in slots]
             + [f"→ {station_iso(o.at, tz)} {names.get(o.programme_id)}" for o in nxt])
        return EXIT_OK
    if args.action == "remove":
        svc.remove(args.slot_id)
        return EXIT_OK
    if args.action == "check":
        found = first_of_each(svc.check(weeks=args.weeks))
        names = {s.programme_id: s.programme for s in svc.list()}
        data = {kind + "s": [_clash_json(c, n, names, tz) for c, n in found if c.kind == kind]
                for kind in ("conflict", "overrun")}
        emit(args, data, [f"{c.kind}: {c.first.slot_id} / {c.second.slot_id} "
                          f"{station_iso(c.second.at, tz)} (x{n})" for c, n in found] or ["OK"])
        return EXIT_OK
    if args.action == "import":
        added = svc.import_template(args.file).value
        emit(args, [slot_json(s) for s in added], [f"+ {s.id} {s.programme}" for s in added])
        return EXIT_OK
    count = svc.export_template(args.output)
    say(f"{count} → {args.output}")
    return EXIT_OK
