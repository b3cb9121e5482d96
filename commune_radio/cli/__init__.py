"""The commands of CLI.md: a thin shell over the same services the window uses.

With no command the desktop program opens. ``--json`` prints exactly one JSON document on stdout;
human messages go to stderr, in Vietnamese unless ``--lang en``. Exit codes: 0 done, 1 some
input rejected (each rejection explained, the rest done), 2 usage or environment problem.
Each command group lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from commune_radio import __version__
from commune_radio.cli.common import EXIT_REJECTED, EXIT_USAGE, Parser, say
from commune_radio.core.errors import EnvironmentProblem, KnownError
from commune_radio.paths import default_data_dir, demo_data_dir

if TYPE_CHECKING:
    from commune_radio.app import AppContext

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C

# Imported only when a command is given: some load SQLAlchemy or numpy, which the window's start
# path must not pay for (tests/ui/test_ui_startup_imports.py)
COMMAND_MODULE_NAMES = (
    "station", "library", "programme", "schedule", "play", "station_run", "log", "export",
    "office", "autostart", "events", "doctor", "stream",
)


def command_modules() -> list:
    """The modules of the commands, each with its ``register(subparsers)``."""
    return [importlib.import_module(f"commune_radio.cli.{name}") for name in COMMAND_MODULE_NAMES]


def build_parser(commands: bool = True) -> Parser:
    """The argument parser of every command (of the global options only, without ``commands``,
    which is all the window needs)."""
    p = Parser(prog="commune-radio", description="Commune Radio — đài truyền thanh xã")
    p.add_argument("--version", action="version", version=f"commune-radio {__version__}")
    p.add_argument("--data-dir", type=Path, help="data directory (default: $COMMUNE_RADIO_DATA)")
    p.add_argument("--lang", choices=("vi", "en"), help="language of messages and the window")
    p.add_argument("--demo", action="store_true",
                   help="open the embedded demo station (made on first use)")
    if not commands:
        p.set_defaults(command=None)
        return p
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    for module in command_modules():
        module.register(sub)
    return p


def _parse(argv: list[str] | None):
    """Arguments that open the window are read without loading any command's module."""
    args = sys.argv[1:] if argv is None else argv
    if not any(a in ("-h", "--help") for a in args):
        window, rest = build_parser(commands=False).parse_known_args(args)
        if not rest:
            return window
    return build_parser().parse_args(args)


def _resolve_lang(args, ctx: AppContext) -> str:
    if args.lang:
        return args.lang
    from commune_radio.storage.station_repo import get_setting

    return get_setting(ctx.db, "language", "vi") or "vi"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `commune-radio` command."""
    args = _parse(argv)
    lang = args.lang or "vi"
    ctx = None
    if args.command is None:  # the window: on screen before the data and services load
        from commune_radio.ui.app_main import show_start_window

        show_start_window(lang)
    from commune_radio.app import AppContext

    try:
        if getattr(args, "without_context", False):  # `station restore`: the folder alone
            from commune_radio.cli import station

            return station.cmd_restore(args.data_dir or default_data_dir(), args, lang)
        if args.demo:
            from commune_radio.services.demo import ensure_demo_station

            ctx = AppContext.open(args.data_dir or demo_data_dir(),
                                  backup=args.command is not None)
            ensure_demo_station(ctx, log=lambda msg: print(msg, file=sys.stderr))
        elif args.command is None:  # the window offers the newest good backup on damage
            from commune_radio.ui.app_main import make_application
            from commune_radio.ui.restore_offer import open_or_offer_restore

            make_application(lang=lang)
            ctx = open_or_offer_restore(args.data_dir or default_data_dir(), lang)
        else:
            ctx = AppContext.open(args.data_dir or default_data_dir())
        lang = _resolve_lang(args, ctx)
        if args.command is None:
            from commune_radio.ui.app_main import run_gui

            return run_gui(ctx, lang)
        return args.handler(ctx, args, lang)
    except EnvironmentProblem as exc:
        say(exc.render(lang))
        return EXIT_USAGE
    except KnownError as exc:
        say(exc.render(lang))
        return EXIT_REJECTED
    except KeyboardInterrupt:  # Ctrl-C: a sentence, not a traceback; transactions rolled back
        say(KnownError("cli.interrupted").render(lang))
        return EXIT_INTERRUPTED
    finally:
        if ctx is not None:
            ctx.close()
