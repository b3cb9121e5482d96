"""`autostart on|off|status`: start with the system so a reboot resumes the schedule."""

from __future__ import annotations

from commune_radio.cli.common import EXIT_OK, emit, say
from commune_radio.services import autostart


def register(sub) -> None:
    """Add the autostart command to the parser."""
    cmd = sub.add_parser("autostart", help="start the program when the user logs in")
    cmd.add_argument("state", choices=("on", "off", "status"))
    cmd.add_argument("--headless", action="store_true",
                     help="start the headless station (`run`) instead of the window")
    cmd.add_argument("--json", action="store_true")
    cmd.set_defaults(handler=cmd_autostart)


def cmd_autostart(ctx, args, lang: str) -> int:
    """Register, unregister or report the start-at-login entry."""
    if args.state == "on":
        where = autostart.enable(args.headless, ctx.data_dir)
        say({"vi": f"Đã bật tự khởi động: {where}", "en": f"Start at login on: {where}"}[lang])
    elif args.state == "off":
        autostart.disable()
        say({"vi": "Đã tắt tự khởi động.", "en": "Start at login off."}[lang])
    enabled = autostart.is_enabled()
    emit(args, {"enabled": enabled}, [("on" if enabled else "off")])
    return EXIT_OK
