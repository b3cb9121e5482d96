"""`station init|show`, `topics`, `languages`."""

from __future__ import annotations

from pathlib import Path

from commune_radio import __version__
from commune_radio.cli import pack
from commune_radio.cli.common import EXIT_OK, VI, Words, emit, say
from commune_radio.core.clock import system_clock
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.messages import render
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.core.topics import TOPICS
from commune_radio.services.backup_service import BackupService


def register(sub, w: Words = VI) -> None:
    """Add the station commands to the parser."""
    station = w.command(sub, "station")
    st_sub = w.subcommands(station, "action")
    init = w.command(st_sub, "init", "station.init")
    init.add_argument("--code", required=True, metavar="CODE", help=w("cli.opt.station.code"))
    init.add_argument("--name", required=True, metavar="NAME", help=w("cli.opt.station.name"))
    init.add_argument("--province", default="Lào Cai", metavar="NAME",
                      help=w("cli.opt.station.province"))
    init.add_argument("--office", default="", metavar="NAME", help=w("cli.opt.station.office"))
    init.add_argument("--timezone", default=DEFAULT_TIMEZONE, metavar="TZ",
                      help=w("cli.opt.station.timezone"))
    init.add_argument("--force", action="store_true", help=w("cli.opt.station.force"))
    init.add_argument("--new-key", action="store_true", help=w("cli.opt.station.new_key"))
    w.json_option(init)
    show = w.command(st_sub, "show", "station.show")
    w.json_option(show)
    backup = w.command(st_sub, "backup", "station.backup")
    backup.add_argument("--list", action="store_true", help=w("cli.opt.backup.list"))
    w.json_option(backup)
    restore = w.command(st_sub, "restore", "station.restore")
    restore.add_argument("backup", nargs="?", metavar="BACKUP", help=w("cli.opt.restore.backup"))
    w.json_option(restore)
    # restoring must work when the database cannot even be opened: no context for it
    restore.set_defaults(without_context=True)
    pack.register_station(st_sub, w)
    station.set_defaults(handler=cmd_station)
    for name, items in (("topics", TOPICS), ("languages", LANGUAGES)):
        cmd = w.command(sub, name)
        w.json_option(cmd)
        cmd.set_defaults(
            handler=lambda ctx, args, lang, items=items: cmd_catalogue(args, items, lang)
        )


def station_json(station) -> dict:
    """The `station show --json` object."""
    return {
        "code": station.code, "name": station.name, "province": station.province,
        "office": station.office, "timezone": station.timezone,
        "public_key": station.public_key, "app_version": __version__,
    }


def cmd_station(ctx, args, lang: str) -> int:
    """`station init` and `station show`."""
    if args.action == "backup":
        return cmd_backup(ctx, args, lang)
    if args.action == "init":
        station = ctx.station.init(
            args.code, args.name, province=args.province, office=args.office,
            timezone=args.timezone, force=args.force, new_key=args.new_key,
        ).value
        emit(args, station_json(station), [f"{station.code} {station.name}: OK"])
        return EXIT_OK
    data = station_json(ctx.station.require())
    emit(args, data, [f"{k}: {v}" for k, v in data.items()])
    return EXIT_OK


def cmd_backup(ctx, args, lang: str) -> int:
    """`station backup [--list] [--json]`."""
    service = BackupService(ctx.data_dir, ctx.db, clock=ctx.clock)
    if args.list:
        backups = service.list()
        emit(args, [b.as_json() for b in backups],
             [f"{b.name}  {b.made_at:%Y-%m-%d %H:%M} UTC  {b.path}" for b in backups])
        return EXIT_OK
    ctx.station.require()
    made, pruned = service.backup_now()
    emit(args, dict(made.as_json(), verified=True, pruned=[p.name for p in pruned]),
         [f"{made.path}: OK"])
    return EXIT_OK


def cmd_restore(data_dir: Path, args, lang: str, clock=system_clock) -> int:
    """`station restore [BACKUP] [--json]`, on the folder alone (its database may be damaged)."""
    chosen, kept = BackupService(data_dir, clock=clock).restore(args.backup).value
    emit(args, dict(chosen.as_json(), restored=True, replaced_database=str(kept) if kept else None),
         [f"{chosen.name}: OK"])
    if kept:
        say(render("backup.restored_kept", lang, name=chosen.name, kept=str(kept)))
    return EXIT_OK


def cmd_catalogue(args, items, lang: str) -> int:
    """`topics` and `languages`: the stable ids with both labels."""
    data = [{"id": i.id, "vi": i.vi, "en": i.en} for i in items]
    emit(args, data, [f"{i.id:24} {getattr(i, lang, i.vi)}" for i in items])
    return EXIT_OK
