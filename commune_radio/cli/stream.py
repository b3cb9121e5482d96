"""`stream show|set|off`: the IP stream output (an Icecast mount) the station program feeds.

The window and `run` send what airs to this mount as well as to the sound card; `play --stream`
does it for one broadcast. The source password is never stored: give it in the address for a
one-off `play`, or in ``$COMMUNE_RADIO_STREAM_PASSWORD`` for the station program.
"""

from __future__ import annotations

import urllib.parse

from commune_radio.cli.common import EXIT_OK, EXIT_USAGE, VI, Words, emit, say
from commune_radio.core.messages import render
from commune_radio.playout.stream_tee import FORMATS, StreamConfigError, parse_target


def register(sub, w: Words = VI) -> None:
    """Add `stream` to the parser."""
    stream = w.command(sub, "stream")
    ssub = w.subcommands(stream, "stream_command")
    show = w.command(ssub, "show", "stream.show")
    w.json_option(show)
    show.set_defaults(handler=cmd_show)
    put = w.command(ssub, "set", "stream.set")
    put.add_argument("url", metavar="URL", help=w("cli.opt.stream.url"))
    put.add_argument("--format", choices=sorted(FORMATS), default="mp3",
                     help=w("cli.opt.stream.format"))
    w.json_option(put)
    put.set_defaults(handler=cmd_set)
    off = w.command(ssub, "off", "stream.off")
    w.json_option(off)
    off.set_defaults(handler=cmd_off)


def _shown(url: str | None) -> str | None:
    if not url:
        return None
    parts = urllib.parse.urlsplit(url)
    return f"icecast://{parts.hostname}:{parts.port}{parts.path}"


def cmd_show(ctx, args, lang: str) -> int:
    """`stream show`."""
    url, fmt = ctx.output.stream()
    emit(args, {"url": _shown(url), "format": fmt if url else None},
         [f"{_shown(url)} ({fmt})" if url else render("cli.stream.none", lang)])
    return EXIT_OK


def cmd_set(ctx, args, lang: str) -> int:
    """`stream set URL [--format]`: checked now, stored without its password."""
    parts = urllib.parse.urlsplit(args.url)
    try:
        parse_target(args.url, args.format)
    except StreamConfigError as exc:
        say(render("cli.stream.bad_address", lang, detail=exc))
        return EXIT_USAGE
    stored = f"icecast://{parts.hostname}:{parts.port}{parts.path}"
    if parts.password:
        say(render("cli.stream.password_not_stored", lang))
    ctx.output.set_stream(stored, args.format)
    emit(args, {"url": stored, "format": args.format}, [f"{stored} ({args.format})"])
    return EXIT_OK


def cmd_off(ctx, args, lang: str) -> int:
    """`stream off`."""
    ctx.output.set_stream(None)
    emit(args, {"url": None, "format": None},
         [render("cli.stream.off", lang)])
    return EXIT_OK
