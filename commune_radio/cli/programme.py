"""`programme create|list|render|export|delete`."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli.common import EXIT_OK, VI, Words, emit, say
from commune_radio.core.messages import render
from commune_radio.core.programmes import Programme, parse_target
from commune_radio.services.programme_service import station_today


def register(sub, w: Words = VI) -> None:
    """Add the programme commands to the parser."""
    programme = w.command(sub, "programme")
    p_sub = w.subcommands(programme, "action")
    create = w.command(p_sub, "create", "programme.create")
    create.add_argument("name", metavar="NAME", help=w("cli.opt.programme.new_name"))
    create.add_argument("segments", nargs="+", type=w.whole_number, metavar="SEGMENT_ID",
                        help=w("cli.opt.programme.segments"))
    create.add_argument("--intro", type=w.whole_number, metavar="SEGMENT_ID",
                        help=w("cli.opt.programme.intro"))
    create.add_argument("--outro", type=w.whole_number, metavar="SEGMENT_ID",
                        help=w("cli.opt.programme.outro"))
    create.add_argument("--dx", dest="dx", action="store_true", default=True,
                        help=w("cli.opt.programme.dx"))
    create.add_argument("--no-dx", dest="dx", action="store_false",
                        help=w("cli.opt.programme.no_dx"))
    create.add_argument("--target", metavar="LENGTH", help=w("cli.opt.programme.target"))
    w.json_option(create)
    lst = w.command(p_sub, "list", "programme.list")
    w.json_option(lst)
    wav = w.command(p_sub, "render", "programme.render")
    wav.add_argument("name", metavar="NAME", help=w("cli.opt.programme_name"))
    wav.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.wav",
                     help=w("cli.opt.programme.wav"))
    w.json_option(wav)
    mp3 = w.command(p_sub, "export", "programme.export")
    mp3.add_argument("name", metavar="NAME", help=w("cli.opt.programme_name"))
    mp3.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.mp3",
                     help=w("cli.opt.programme.mp3"))
    mp3.add_argument("--bitrate", default="128k", metavar="RATE",
                     help=w("cli.opt.programme.bitrate"))
    w.json_option(mp3)
    delete = w.command(p_sub, "delete", "programme.delete")
    delete.add_argument("name", metavar="NAME", help=w("cli.opt.programme_name"))
    programme.set_defaults(handler=cmd_programme)


def programme_json(p: Programme, today=None) -> dict:
    """The `programme list --json` object (docs/cli.md keys first, then extras)."""
    out = {
        "name": p.name, "dx": p.dx,
        "items": [
            {"segment_id": i.segment.id, "title": i.segment.title,
             "duration_s": round(i.segment.duration_s, 3), "role": i.role.value}
            for i in p.items
        ],
        "duration_s": round(p.duration_s, 3),
        "id": p.id, "target_s": p.target_s, "overrun_s": round(p.overrun_s, 3),
    }
    if today is not None:
        out["outside_validity"] = [
            {"segment_id": v.segment.id, "position": v.position,
             "valid_from": v.segment.valid_from.isoformat() if v.segment.valid_from else None,
             "valid_until": v.segment.valid_until.isoformat() if v.segment.valid_until else None}
            for v in p.outside_validity(today)
        ]
    return out


def _warnings(p: Programme, today, lang: str) -> list[str]:
    lines = []
    if p.overruns:
        lines.append(render("cli.programme.overrun", lang, name=p.name,
                            seconds=f"{p.overrun_s:.0f}"))
    for v in p.outside_validity(today):
        lines.append(render("cli.programme.not_valid", lang, name=p.name,
                            title=v.segment.title, today=today))
    return lines


def cmd_programme(ctx, args, lang: str) -> int:
    """`programme create|list|render|export|delete`."""
    today = station_today(ctx.log.timezone(), ctx.clock())
    if args.action == "list":
        programmes = ctx.programmes.list()
        for p in programmes:
            for line in _warnings(p, today, lang):
                say(line)
        emit(args, [programme_json(p, today) for p in programmes],
             [render("cli.programme.line", lang, name=p.name, dx="DX" if p.dx else "—",
                     count=len(p.items), minutes=f"{p.duration_s / 60:.1f}")
              for p in programmes])
        return EXIT_OK
    if args.action == "create":
        p = ctx.programmes.create(
            args.name, args.segments, intro_id=args.intro, outro_id=args.outro, dx=args.dx,
            target_s=parse_target(args.target),
        ).value
        say(render("cli.programme.created", lang, name=p.name, seconds=f"{p.duration_s:.1f}"))
        for line in _warnings(p, today, lang):
            say(line)
        emit(args, programme_json(p, today))
        return EXIT_OK
    if args.action == "render":
        p = ctx.programmes.find(args.name)
        result = ctx.render.render(p, args.output)
        say(render("cli.programme.rendered", lang, file=result.path,
                   seconds=f"{result.duration_s:.2f}", channels=result.channels))
        emit(args, {"file": str(result.path), "duration_s": round(result.duration_s, 3),
                    "channels": result.channels, "frames": result.frames,
                    "items": result.items})
        return EXIT_OK
    if args.action == "export":
        p = ctx.programmes.find(args.name)
        done = ctx.handovers.export_mp3(p, args.output, bitrate=args.bitrate).value
        minutes, seconds = divmod(round(done.duration_s), 60)
        say(render("cli.programme.exported", lang, file=args.output,
                   length=f"{minutes}:{seconds:02d}", lufs=f"{done.loudness_lufs:.1f}"))
        emit(args, done.as_json(ctx.log.timezone()))
        return EXIT_OK
    p = ctx.programmes.find(args.name)
    ctx.programmes.delete(p.id)
    say(render("cli.programme.deleted", lang, name=p.name))
    return EXIT_OK
