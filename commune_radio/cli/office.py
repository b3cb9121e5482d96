"""`office import|stations|report|week|settings`: the receiving office."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli import pack
from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, Parser, emit, say
from commune_radio.cli.export import parse_date
from commune_radio.exchange.labels import WEEK_STATUS_VI
from commune_radio.services.office_service import (
    LEVELS,
    ROLES,
    write_report_csv,
    write_report_xlsx,
)


def register(sub) -> None:
    """Add the office commands to the parser."""
    office = sub.add_parser("office", help="the receiving office (district / province)")
    office.add_argument("--db", metavar="URL",
                        help="the office database: a SQLite file (the default, in the data "
                             "directory) or postgresql+psycopg://user@host/db; default: "
                             "$COMMUNE_RADIO_OFFICE_DB. Passwords come from libpq (PGPASSFILE, "
                             "pg_service.conf), never from the URL")
    o_sub = office.add_subparsers(dest="action", required=True, parser_class=Parser)

    imp = o_sub.add_parser("import", help="import station log files (.crlog) or folders")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--json", action="store_true")

    st = o_sub.add_parser("stations", help="the stations the office knows, and their keys")
    st.add_argument("--reregister", metavar="CODE",
                    help="re-register a station on purpose: its next file's key is trusted")
    st.add_argument("--key", metavar="PUBLIC_KEY",
                    help="with --reregister: trust this key (from the station's `station show`)")
    st.add_argument("--json", action="store_true")

    rep = o_sub.add_parser("report", help="weekly DX compliance of every station")
    rep.add_argument("--from", dest="from_date", type=parse_date, required=True, metavar="DATE")
    rep.add_argument("--to", dest="to_date", type=parse_date, required=True, metavar="DATE")
    rep.add_argument("--json", action="store_true")
    rep.add_argument("--csv", type=Path, metavar="FILE")
    rep.add_argument("--xlsx", type=Path, metavar="FILE")
    rep.add_argument("--silent-weeks", type=int, metavar="N",
                     help="flag stations silent for N weeks (default: the office setting)")

    week = o_sub.add_parser("week", help="one station's broadcasts of one ISO week")
    week.add_argument("code")
    week.add_argument("week", help="e.g. 2026-W45")
    week.add_argument("--json", action="store_true")

    settings = o_sub.add_parser("settings", help="the office's name and level for reports")
    settings.add_argument("--name")
    settings.add_argument("--level", choices=LEVELS)
    settings.add_argument("--parent", help="the body above the office (first heading line)")
    settings.add_argument("--place", help="where reports are made (e.g. Lào Cai)")
    settings.add_argument("--silent-weeks", type=int,
                          help="N: a station is overdue when no file covers its last N weeks")
    settings.add_argument("--province", help="whose communes the office expects files from")
    settings.add_argument("--role", choices=ROLES,
                          help="SQLite only: 'viewer' refuses imports (file permissions are the "
                               "real guard; on PostgreSQL the server's roles decide)")
    settings.add_argument("--json", action="store_true")
    exp = o_sub.add_parser("expected", help="the stations the office expects files from")
    exp.add_argument("--seed", action="store_true",
                     help="(re)make the list from the communes since 1/7/2025 of the province")
    exp.add_argument("--province", help="with --seed: this province (default: the setting)")
    exp.add_argument("--json", action="store_true")
    pack.register_office(o_sub)
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
            extra = {"vi": " (tệp đã nhập trước đây)", "en": " (file imported before)"}[lang] \
                if r.already_imported else ""
            say(f"OK {r.file}: {r.station_code} {r.station_name}: "
                + {"vi": f"{r.new} buổi mới, {r.duplicates} trùng",
                   "en": f"{r.new} new, {r.duplicates} duplicates"}[lang] + extra)
        else:
            say(f"✗ {r.error.render(lang)}")
    emit(args, [r.as_json(lang) for r in results])
    return EXIT_OK if results and all(r.ok for r in results) else EXIT_REJECTED


def cmd_stations(ctx, args, lang: str) -> int:
    """`office stations`."""
    if args.key and not args.reregister:
        say("--key needs --reregister CODE")
        return EXIT_USAGE
    if args.reregister:
        view = ctx.office.reregister(args.reregister, args.key).value
        say({"vi": f"Đã đăng ký lại đài {view.code}: "
                   + ("khóa mới đã được tin cậy." if args.key
                      else "tệp tiếp theo của đài sẽ xác lập khóa."),
             "en": f"Station {view.code} re-registered: "
                   + ("the new key is trusted." if args.key
                      else "its next file will set the key.")}[lang])
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
            marks = {"compliant": " ✓ ", "not_compliant": " ✗ ", "no_data": " · "}
            lines.append(f"{s.code} {s.name[:27]:28}"
                         + " ".join(marks[s.weeks[k].status.value] for k in report.weeks)
                         + f"  {s.compliance_rate:.0%}")
        legend = ", ".join(f"{m} {WEEK_STATUS_VI[st]}" for m, st in
                           zip(("✓", "✗", "·"), WEEK_STATUS_VI, strict=True))
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
        say({"vi": f"Văn phòng chờ tệp của {n} đài.",
             "en": f"The office expects files from {n} stations."}[lang])
    elif args.province:
        say("--province needs --seed")
        return EXIT_USAGE
    rows = ctx.office.expected()
    emit(args, rows, [f"{r['code']}  {r['name']}" for r in rows])
    return EXIT_OK


ACTIONS = {
    "import": cmd_import, "stations": cmd_stations, "report": cmd_report, "week": cmd_week,
    "settings": cmd_settings, "expected": cmd_expected,
}
