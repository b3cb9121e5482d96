"""`station init|show`, `topics`, `languages`."""

from __future__ import annotations

from commune_radio import __version__
from commune_radio.cli import pack
from commune_radio.cli.common import EXIT_OK, Parser, emit
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.topics import TOPICS


def register(sub) -> None:
    """Add the station commands to the parser."""
    station = sub.add_parser("station", help="the station's identity and key")
    st_sub = station.add_subparsers(dest="action", required=True, parser_class=Parser)
    init = st_sub.add_parser("init", help="set up the station and make its signing key")
    init.add_argument("--code", required=True, help="5-digit national commune code")
    init.add_argument("--name", required=True)
    init.add_argument("--province", default="Lào Cai")
    init.add_argument("--office", default="")
    init.add_argument("--timezone", default="Asia/Ho_Chi_Minh")
    init.add_argument("--force", action="store_true", help="overwrite an existing station")
    init.add_argument("--new-key", action="store_true", help="with --force: make a new key")
    init.add_argument("--json", action="store_true")
    show = st_sub.add_parser("show")
    show.add_argument("--json", action="store_true")
    pack.register_station(st_sub)
    station.set_defaults(handler=cmd_station)
    for name, items in (("topics", TOPICS), ("languages", LANGUAGES)):
        cmd = sub.add_parser(name, help=f"list the {name} with their stable ids")
        cmd.add_argument("--json", action="store_true")
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
    if args.action == "init":
        station = ctx.station.init(
            args.code, args.name, province=args.province, office=args.office,
            timezone=args.timezone, force=args.force, new_key=args.new_key,
        )
        emit(args, station_json(station), [f"{station.code} {station.name}: OK"])
        return EXIT_OK
    data = station_json(ctx.station.require())
    emit(args, data, [f"{k}: {v}" for k, v in data.items()])
    return EXIT_OK


def cmd_catalogue(args, items, lang: str) -> int:
    """`topics` and `languages`: the stable ids with both labels."""
    data = [{"id": i.id, "vi": i.vi, "en": i.en} for i in items]
    emit(args, data, [f"{i.id:24} {i.en if lang == 'en' else i.vi}" for i in items])
    return EXIT_OK
