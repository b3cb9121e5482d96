"""`schedule add|list|remove|check|import|export`."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli.common import EXIT_OK, Parser, emit, say
from commune_radio.core.clock import station_iso
from commune_radio.core.schedule import first_of_each


def register(sub) -> None:
    """Add the schedule commands to the parser."""
    sched = sub.add_parser("schedule", help="the weekly schedule")
    s_sub = sched.add_subparsers(dest="action", required=True, parser_class=Parser)
    add = s_sub.add_parser("add", help="add a slot")
    add.add_argument("programme")
    add.add_argument("--days", help="mon,tue,… (or --date for a one-off)")
    add.add_argument("--date", help="a single date YYYY-MM-DD instead of weekdays")
    add.add_argument("--at", required=True, help="HH:MM[:SS] station time")
    add.add_argument("--from", dest="from_date")
    add.add_argument("--until")
    add.add_argument("--skip", action="append", default=[], help="exception date (repeatable)")
    add.add_argument("--json", action="store_true")
    lst = s_sub.add_parser("list")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--next", type=int, default=0)
    rm = s_sub.add_parser("remove")
    rm.add_argument("slot_id", type=int)
    chk = s_sub.add_parser("check")
    chk.add_argument("--json", action="store_true")
    chk.add_argument("--weeks", type=int, default=8)
    imp = s_sub.add_parser("import")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    exp = s_sub.add_parser("export")
    exp.add_argument("-o", "--output", required=True, type=Path)
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
            say({"vi": f"Cảnh báo: khung giờ {saved.id} {c.kind} lúc {when}",
                 "en": f"Warning: slot {saved.id} {c.kind} at {when}"}[lang])
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
