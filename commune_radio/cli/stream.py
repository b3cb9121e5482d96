"""`stream show|set|off`: the IP stream output (an Icecast mount) the station program feeds.

The window and `run` send what airs to this mount as well as to the sound card; `play --stream`
does it for one broadcast. The source password is never stored: give it in the address for a
one-off `play`, or in ``$COMMUNE_RADIO_STREAM_PASSWORD`` for the station program.
"""

from __future__ import annotations

import urllib.parse

from commune_radio.cli.common import EXIT_OK, EXIT_USAGE, emit, say
from commune_radio.playout.stream_tee import FORMATS, StreamConfigError, parse_target


def register(sub) -> None:
    """Add `stream` to the parser."""
    stream = sub.add_parser("stream", help="the IP stream output (Icecast) for IP loudspeakers")
    ssub = stream.add_subparsers(dest="stream_command", required=True)
    show = ssub.add_parser("show", help="the stream output in use")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    put = ssub.add_parser("set", help="send what airs to an Icecast mount")
    put.add_argument("url", help="icecast://host:port/mount (password from "
                                 "$COMMUNE_RADIO_STREAM_PASSWORD, never stored)")
    put.add_argument("--format", choices=sorted(FORMATS), default="mp3",
                     help="mp3 (128 kb/s) or opus (96 kb/s)")
    put.add_argument("--json", action="store_true")
    put.set_defaults(handler=cmd_set)
    off = ssub.add_parser("off", help="stop streaming")
    off.add_argument("--json", action="store_true")
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
         [f"{_shown(url)} ({fmt})" if url else {"vi": "Không phát luồng IP",
                                                 "en": "No IP stream"}[lang]])
    return EXIT_OK


def cmd_set(ctx, args, lang: str) -> int:
    """`stream set URL [--format]`: checked now, stored without its password."""
    parts = urllib.parse.urlsplit(args.url)
    try:
        parse_target(args.url, args.format)
    except StreamConfigError as exc:
        say({"vi": f"Địa chỉ luồng không dùng được: {exc}",
             "en": f"The stream address cannot be used: {exc}"}[lang])
        return EXIT_USAGE
    stored = f"icecast://{parts.hostname}:{parts.port}{parts.path}"
    if parts.password:
        say({"vi": "Mật khẩu không được lưu: đặt nó trong $COMMUNE_RADIO_STREAM_PASSWORD",
             "en": "The password is not stored: put it in $COMMUNE_RADIO_STREAM_PASSWORD"}[lang])
    ctx.output.set_stream(stored, args.format)
    emit(args, {"url": stored, "format": args.format}, [f"{stored} ({args.format})"])
    return EXIT_OK


def cmd_off(ctx, args, lang: str) -> int:
    """`stream off`."""
    ctx.output.set_stream(None)
    emit(args, {"url": None, "format": None},
         [{"vi": "Đã tắt luồng IP", "en": "IP stream off"}[lang]])
    return EXIT_OK
