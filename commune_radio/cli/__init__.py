"""The commands of docs/cli.md: a thin shell over the same services the window uses.

``--json`` prints exactly one JSON document on stdout; human messages go to stderr. Messages and
``--help`` are Vietnamese unless ``--lang en`` (or ``$COMMUNE_RADIO_LANG=en``; messages otherwise
follow the language the window was set to). Exit codes: 0 done, 1 some input rejected (each
rejection explained, the rest done), 2 usage or environment problem.

Each command group lives in its own module with a ``register(subparsers, words)`` function;
every word a command says comes from ``core.messages``. The commands reach the station through
``AppContext`` and its services, never through ``storage``, and never open the window: without
a command, ``main`` hands over to the ``window`` the program (``commune_radio.main``) gives it.
The command modules load only when a command is given (some pull in SQLAlchemy or numpy, which
the window's start path does not pay for).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from commune_radio import __version__
from commune_radio.cli.common import (
    EXIT_REJECTED,
    EXIT_USAGE,
    LANG_ENV,
    LANGUAGES,
    Parser,
    Words,
    language_of,
    say,
)
from commune_radio.core.errors import EnvironmentProblem, KnownError
from commune_radio.core.messages import render
from commune_radio.paths import default_data_dir, demo_data_dir

if TYPE_CHECKING:
    from commune_radio.app import AppContext

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C

COMMAND_MODULE_NAMES = (
    "station", "library", "programme", "schedule", "play", "station_run", "log", "export",
    "office", "autostart", "events", "doctor", "stream",
)

Window = Callable[[argparse.Namespace, str], int]


def command_modules() -> list:
    """The modules of the commands, each with its ``register(subparsers, words)``."""
    return [importlib.import_module(f"commune_radio.cli.{name}") for name in COMMAND_MODULE_NAMES]


def build_parser(lang: str = "vi", commands: bool = True) -> Parser:
    """The argument parser of every command, its help in ``lang`` (the global options alone
    without ``commands``: all the window needs)."""
    w = Words(lang)
    p = w.parser_class(prog="commune-radio", description=w("cli.about"))
    p.add_argument("--version", action="version", version=f"commune-radio {__version__}",
                   help=w("cli.opt.version"))
    p.add_argument("--data-dir", type=Path, metavar="DIR", help=w("cli.opt.data_dir"))
    p.add_argument("--lang", choices=LANGUAGES, help=w("cli.opt.lang"))
    p.add_argument("--demo", action="store_true", help=w("cli.opt.demo"))
    if not commands:
        p.set_defaults(command=None)
        return p
    sub = p.add_subparsers(dest="command", metavar=w("cli.metavar.command"))
    for module in command_modules():
        module.register(sub, w)
    return p


def parse(argv: Sequence[str], lang: str) -> tuple[argparse.Namespace, Parser]:
    """The arguments, and the parser that read them. Arguments that open the window are read by
    the global options alone, without loading any command's module."""
    if not any(a in ("-h", "--help") for a in argv):
        parser = build_parser(lang, commands=False)
        args, rest = parser.parse_known_args(argv)
        if not rest:
            return args, parser
    parser = build_parser(lang)
    return parser.parse_args(argv), parser


def resolve_lang(args, ctx: AppContext) -> str:
    """``--lang``, else ``$COMMUNE_RADIO_LANG``, else the language the window was set to."""
    from commune_radio.core import settings

    if args.lang:
        return args.lang
    if os.environ.get(LANG_ENV) in LANGUAGES:
        return os.environ[LANG_ENV]
    return ctx.settings.get(settings.LANGUAGE)


def main(argv: Sequence[str] | None = None, window: Window | None = None) -> int:
    """Run one command of docs/cli.md; the exit code is the contract's.

    Without a command the program opens its window: ``window(args, lang)`` does that, given by
    ``commune_radio.main`` (the `commune-radio` program), which stands above both the window and
    the command line; the command line itself never imports the window.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = language_of(argv)
    args, parser = parse(argv, lang)
    if args.command is None and window is None:
        parser.print_usage(sys.stderr)
        say(render("cli.no_command", lang))
        return EXIT_USAGE
    ctx = None
    try:
        if args.command is None:
            return window(args, lang)
        if getattr(args, "without_context", False):  # `station restore`: the folder alone
            from commune_radio.cli import station

            return station.cmd_restore(args.data_dir or default_data_dir(), args, lang)
        from commune_radio.app import AppContext

        if args.demo:
            from commune_radio.services.demo import ensure_demo_station

            ctx = AppContext.open(args.data_dir or demo_data_dir())
            ensure_demo_station(ctx, log=say)
        else:
            ctx = AppContext.open(args.data_dir or default_data_dir())
        lang = resolve_lang(args, ctx)
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
