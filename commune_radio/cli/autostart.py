"""`autostart on|off|status`: start with the system so a reboot resumes the schedule."""

from __future__ import annotations

from commune_radio.cli.common import EXIT_OK, VI, Words, emit, say
from commune_radio.core.messages import render
from commune_radio.services import autostart


def register(sub, w: Words = VI) -> None:
    """Add the autostart command to the parser."""
    cmd = w.command(sub, "autostart")
    cmd.add_argument("state", choices=("on", "off", "status"), help=w("cli.opt.autostart.state"))
    cmd.add_argument("--headless", action="store_true", help=w("cli.opt.autostart.headless"))
    w.json_option(cmd)
    cmd.set_defaults(handler=cmd_autostart)


def cmd_autostart(ctx, args, lang: str) -> int:
    """Register, unregister or report the start-at-login entry."""
    if args.state == "on":
        where = autostart.enable(args.headless, ctx.data_dir)
        say(render("cli.autostart.on", lang, where=where))
    elif args.state == "off":
        autostart.disable()
        say(render("cli.autostart.off", lang))
    enabled = autostart.is_enabled()
    emit(args, {"enabled": enabled}, [("on" if enabled else "off")])
    return EXIT_OK
