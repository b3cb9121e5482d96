"""The `commune-radio` program: the window without a command, a command of docs/cli.md with one.

It stands above the layers (``ui | cli > app > …``): the window and the command line are
siblings that never import each other, so this is the one place that knows both. The command
line parses the arguments and runs commands; for no command it calls ``open_window`` here.
"""

from __future__ import annotations

import argparse
import sys

from commune_radio import cli
from commune_radio.paths import default_data_dir, demo_data_dir


def open_window(args: argparse.Namespace, lang: str) -> int:
    """Open the station's window on the data directory (the demo station's with ``--demo``); a
    damaged database is offered its newest good backup first.

    A plain start window is painted before the data, the services and the screens load; the
    main window takes its place (``ui.app_main.show_start_window``)."""
    from commune_radio.ui.app_main import show_start_window

    show_start_window(lang)
    from commune_radio.app import AppContext
    from commune_radio.services.demo import ensure_demo_station
    from commune_radio.ui.app_main import make_application, run_gui
    from commune_radio.ui.restore_offer import open_or_offer_restore

    ctx = None
    try:
        if args.demo:
            ctx = AppContext.open(args.data_dir or demo_data_dir(), backup=False)
            ensure_demo_station(ctx, log=lambda msg: print(msg, file=sys.stderr))
        else:
            make_application(lang=lang)
            ctx = open_or_offer_restore(args.data_dir or default_data_dir(), lang)
        return run_gui(ctx, cli.resolve_lang(args, ctx))
    finally:
        if ctx is not None:
            ctx.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `commune-radio` program."""
    return cli.main(argv, window=open_window)
