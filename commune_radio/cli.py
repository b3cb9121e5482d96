"""The commands of CLI.md: a thin shell over the same services the window uses.

With no command the desktop program opens. ``--json`` prints exactly one JSON document on stdout;
human messages go to stderr, in Vietnamese unless ``--lang en``. Exit codes: 0 done, 1 some
input rejected (each rejection explained, the rest done), 2 usage or environment problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from commune_radio import __version__
from commune_radio.app import AppContext
from commune_radio.core.errors import BugError, EnvironmentProblem, KnownError
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.topics import TOPICS
from commune_radio.paths import default_data_dir, demo_data_dir
from commune_radio.services.library_service import ImportOptions

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors, as CLI.md wants
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    p = _Parser(prog="commune-radio", description="Commune Radio — đài truyền thanh xã")
    p.add_argument("--version", action="version", version=f"commune-radio {__version__}")
    p.add_argument("--data-dir", type=Path, help="data directory (default: $COMMUNE_RADIO_DATA)")
    p.add_argument("--lang", choices=("vi", "en"), help="language of messages and the window")
    p.add_argument("--demo", action="store_true",
                   help="open the embedded demo station (made on first use)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    station = sub.add_parser("station", help="the station's identity and key")
    st_sub = station.add_subparsers(dest="action", required=True, parser_class=_Parser)
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

    for name in ("topics", "languages"):
        cmd = sub.add_parser(name, help=f"list the {name} with their stable ids")
        cmd.add_argument("--json", action="store_true")

    library = sub.add_parser("library", help="the segment library")
    lib_sub = library.add_subparsers(dest="action", required=True, parser_class=_Parser)
    imp = lib_sub.add_parser("import", help="import audio files")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--topic")
    imp.add_argument("--language")
    imp.add_argument("--title")
    imp.add_argument("--valid-from")
    imp.add_argument("--valid-until")
    imp.add_argument("--json", action="store_true")
    lst = lib_sub.add_parser("list")
    lst.add_argument("--json", action="store_true")
    return p


def _emit(args, data, human_lines) -> None:
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in human_lines:
            print(line)


def _station_json(station) -> dict:
    return {
        "code": station.code, "name": station.name, "province": station.province,
        "office": station.office, "timezone": station.timezone,
        "public_key": station.public_key, "app_version": __version__,
    }


def cmd_station(ctx: AppContext, args, lang: str) -> int:
    """`station init` and `station show`."""
    if args.action == "init":
        station = ctx.station.init(
            args.code, args.name, province=args.province, office=args.office,
            timezone=args.timezone, force=args.force, new_key=args.new_key,
        )
        _emit(args, _station_json(station), [f"{station.code} {station.name}: OK"])
        return EXIT_OK
    station = ctx.station.require()
    data = _station_json(station)
    _emit(args, data, [f"{k}: {v}" for k, v in data.items()])
    return EXIT_OK


def cmd_catalogue(args, items, lang: str) -> int:
    """`topics` and `languages`: the stable ids with both labels."""
    data = [{"id": i.id, "vi": i.vi, "en": i.en} for i in items]
    _emit(args, data, [f"{i.id:24} {i.en if lang == 'en' else i.vi}" for i in items])
    return EXIT_OK


def _segment_json(s) -> dict:
    return {
        "id": s.id, "title": s.title, "topic": s.topic, "language": s.language,
        "duration_s": round(s.duration_s, 3), "loudness_lufs": s.loudness_lufs,
        "sha256": s.sha256,
        "valid_from": s.valid_from.isoformat() if s.valid_from else None,
        "valid_until": s.valid_until.isoformat() if s.valid_until else None,
        "source_file": s.source_file,
    }


def cmd_library(ctx: AppContext, args, lang: str) -> int:
    """`library import` and `library list`."""
    if args.action == "list":
        segments = ctx.library.list()
        _emit(args, [_segment_json(s) for s in segments],
              [f"{s.id:5} {s.duration_s:7.1f}s {s.loudness_lufs:6.1f} LUFS  {s.title}"
               for s in segments])
        return EXIT_OK
    options = ImportOptions(
        topic=args.topic, language=args.language, title=args.title,
        valid_from=args.valid_from, valid_until=args.valid_until,
    )
    results = []
    for path in args.files:
        result = ctx.library.import_file(path, options)
        results.append(result)
        if result.ok:
            note = " (đã có / duplicate)" if result.duplicate else ""
            print(f"OK {path}: #{result.segment.id} {result.segment.title}{note}", file=sys.stderr)
        else:
            print(f"✗ {path}: {result.error.render(lang)}", file=sys.stderr)
    if args.json:
        _emit(args, [r.as_json(lang) for r in results], [])
    return EXIT_OK if all(r.ok for r in results) else EXIT_REJECTED


def _resolve_lang(args, ctx: AppContext | None) -> str:
    if args.lang:
        return args.lang
    if ctx is not None:
        from commune_radio.storage.station_repo import get_setting

        return get_setting(ctx.db, "language", "vi") or "vi"
    return "vi"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `commune-radio` command."""
    args = build_parser().parse_args(argv)
    lang = args.lang or "vi"
    ctx = None
    try:
        if args.demo:
            from commune_radio.services.demo import ensure_demo_station

            data_dir = args.data_dir or demo_data_dir()
            ctx = AppContext.open(data_dir)
            ensure_demo_station(ctx, log=lambda msg: print(msg, file=sys.stderr))
        else:
            ctx = AppContext.open(args.data_dir or default_data_dir())
        lang = _resolve_lang(args, ctx)
        if args.command is None:
            from commune_radio.ui.app_main import run_gui

            return run_gui(ctx, lang)
        if args.command == "station":
            return cmd_station(ctx, args, lang)
        if args.command == "topics":
            return cmd_catalogue(args, TOPICS, lang)
        if args.command == "languages":
            return cmd_catalogue(args, LANGUAGES, lang)
        if args.command == "library":
            return cmd_library(ctx, args, lang)
        raise BugError(f"unhandled command {args.command}")
    except EnvironmentProblem as exc:
        print(exc.render(lang), file=sys.stderr)
        return EXIT_USAGE
    except KnownError as exc:
        print(exc.render(lang), file=sys.stderr)
        return EXIT_REJECTED
    finally:
        if ctx is not None:
            ctx.close()
