"""`office import|stations|report|week|settings`: the receiving office."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli import pack
from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, VI, Words, emit, say
from commune_radio.core.compliance import WeekStatus
from commune_radio.core.messages import render
from commune_radio.services.office_service import (
    LEVELS,
    ROLES,
    write_report_csv,
    write_report_xlsx,
)

WEEK_MARKS = {WeekStatus.COMPLIANT: "✓", WeekStatus.NOT_COMPLIANT: "✗", WeekStatus.NO_DATA: "·"}


def register(sub, w: Words = VI) -> None:
    """Add the office commands to the parser."""
    office = w.command(sub, "office")
    office.add_argument("--db", metavar="URL", help=w("cli.opt.office.db"))
    o_sub = w.subcommands(office, "action")

    imp = w.command(o_sub, "import", "office.import")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE|DIR",
                     help=w("cli.opt.office.files"))
    w.json_option(imp)

    st = w.command(o_sub, "stations", "office.stations")
    st.add_argument("--reregister", metavar="CODE", help=w("cli.opt.office.reregister"))
    st.add_argument("--key", metavar="PUBLIC_KEY", help=w("cli.opt.office.key"))
    w.json_option(st)

    rep = w.command(o_sub, "report", "office.report")
    rep.add_argument("--from", dest="from_date", type=w.date, required=True, metavar="DATE",
                     help=w("cli.opt.from_date"))
    rep.add_argument("--to", dest="to_date", type=w.date, required=True, metavar="DATE",
                     help=w("cli.opt.to_date"))
    w.json_option(rep)
    rep.add_argument("--csv", type=Path, metavar="FILE.csv", help=w("cli.opt.office.csv"))
    rep.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help=w("cli.opt.office.xlsx"))
    rep.add_argument("--silent-weeks", type=w.whole_number, metavar="N",
                     help=w("cli.opt.office.report_silent"))

    week = w.command(o_sub, "week", "office.week")
    week.add_argument("code", metavar="CODE", help=w("cli.opt.office.code"))
    week.add_argument("week", metavar="WEEK", help=w("cli.opt.office.week"))
    w.json_option(week)

    settings = w.command(o_sub, "settings", "office.settings")
    settings.add_argument("--name", metavar="NAME", help=w("cli.opt.office.name"))
    settings.add_argument("--level", choices=LEVELS,
                          help=w("cli.opt.office.level", choices=", ".join(LEVELS)))
    settings.add_argument("--parent", metavar="NAME", help=w("cli.opt.office.parent"))
    settings.add_argument("--place", metavar="NAME", help=w("cli.opt.office.place"))
    settings.add_argument("--silent-weeks", type=w.whole_number, metavar="N",
                          help=w("cli.opt.office.silent_weeks"))
    settings.add_argument("--province", metavar="NAME", help=w("cli.opt.office.province"))
    settings.add_argument("--role", choices=ROLES,
                          help=w("cli.opt.office.role", choices=", ".join(ROLES)))
    w.json_option(settings)
    exp = w.command(o_sub, "expected", "office.expected")
    exp.add_argument("--seed", action="store_true", help=w("cli.opt.office.seed"))
    exp.add_argument("--province", metavar="NAME", help=w("cli.opt.office.seed_province"))
    w.json_option(exp)
    pack.register_office(o_sub, w)
    office.set_defaults(handler=cmd_office)


def cmd_office(ctx, args, lang: str) -> int:
    """Dispatch an `office` action (on the office database ``--db`` names, if any)."""
    ctx.office.use_database(args.db)
    return ACTIONS[args.action](ctx, args, lang)


def cmd_import(ctx, args, lang: str) -> int:
    """`office import`."""
    def progress(done: int, total: int, file: str) -> None:
        if file and not args.json:
            say(f"[{done + 1}/{total}] {file}")

    results = ctx.office.import_paths(args.files, progress=progress)
    for r in results:
        if r.ok:
            extra = render("cli.office.imported_before", lang) if r.already_imported else ""
            say(render("cli.office.imported", lang, file=r.file, code=r.station_code,
                       name=r.station_name, new=r.new, duplicates=r.duplicates) + extra)
        else:
            say(f"✗ {r.error.render(lang)}")
    emit(args, [r.as_json(lang) for r in results])
    return EXIT_OK if results and all(r.ok for r in results) else EXIT_REJECTED


def cmd_stations(ctx, args, lang: str) -> int:
    """`office stations`."""
    if args.key and not args.reregister:
        say(render("cli.needs", lang, option="--key", other="--reregister CODE"))
        return EXIT_USAGE
    if args.reregister:
        view = ctx.office.reregister(args.reregister, args.key).value
        say(render("cli.office.reregistered_key" if args.key else "cli.office.reregistered",
                   lang, code=view.code))
    stations = ctx.office.stations()
    emit(args, [s.as_json() for s in stations], [
        f"{s.code}  {s.name:30} {s.fingerprint or '(—)':20} {s.last_import}  {s.last_entry or ''}"
        for s in stations
    ])
    return EXIT_OK


def cmd_report(ctx, args, lang: str) -> int:
    """`office report`."""
    report = ctx.office.report(args.from_date, args.to_date, silent_after=args.silent_weeks)
    if args.csv:
        write_report_csv(report, args.csv)
        say(str(args.csv))
    if args.xlsx:
        write_report_xlsx(report, args.xlsx)
        say(str(args.xlsx))
    lines = []
    if not (args.csv or args.xlsx):
        lines.append(f"{'':6}{'':28}" + " ".join(k[-3:] for k in report.weeks))
        for s in report.stations:
            lines.append(f"{s.code} {s.name[:27]:28}"
                         + " ".join(f" {WEEK_MARKS[s.weeks[k].status]} " for k in report.weeks)
                         + f"  {s.compliance_rate:.0%}")
        legend = ", ".join(f"{mark} {render(f'label.week.{st.value}', lang)}"
                           for st, mark in WEEK_MARKS.items())
        lines.append(legend)
    emit(args, report.as_json(), lines)
    return EXIT_OK


def cmd_week(ctx, args, lang: str) -> int:
    """`office week CODE WEEK`."""
    entries = ctx.office.week_broadcasts(args.code, args.week)
    emit(args, entries, [
        f"{e['started_at'] or e['scheduled_at']}  {e['status']:8} {'DX' if e['dx'] else '  '} "
        f"{e['programme']}" for e in entries
    ])
    return EXIT_OK


def cmd_settings(ctx, args, lang: str) -> int:
    """`office settings`."""
    s = ctx.office.save_settings(name=args.name, level=args.level, parent=args.parent,
                                 place=args.place, silent_weeks=args.silent_weeks,
                                 province=args.province, role=args.role).value
    data = {"name": s.name, "level": s.level, "parent": s.parent, "place": s.place,
            "silent_weeks": s.silent_weeks, "province": s.province, "role": s.role}
    emit(args, data, [f"{k}: {v}" for k, v in data.items()])
    return EXIT_OK


def cmd_expected(ctx, args, lang: str) -> int:
    """`office expected [--seed]`."""
    if args.seed:
        n = ctx.office.seed_expected(args.province).value
        say(render("cli.office.expected", lang, count=n))
    elif args.province:
        say(render("cli.needs", lang, option="--province", other="--seed"))
        return EXIT_USAGE
    rows = ctx.office.expected()
    emit(args, rows, [f"{r['code']}  {r['name']}" for r in rows])
    return EXIT_OK


ACTIONS = {
    "import": cmd_import, "stations": cmd_stations, "report": cmd_report, "week": cmd_week,
    "settings": cmd_settings, "expected": cmd_expected,
}
