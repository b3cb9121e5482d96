"""`programme create|list|render|export|delete`."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli.common import EXIT_OK, Parser, emit, say
from commune_radio.core.programmes import Programme, parse_target
from commune_radio.services.programme_service import station_today


def register(sub) -> None:
    """Add the programme commands to the parser."""
    programme = sub.add_parser("programme", help="programmes: jingles and segments in order")
    p_sub = programme.add_subparsers(dest="action", required=True, parser_class=Parser)
    create = p_sub.add_parser("create", help="create a programme from library segments")
    create.add_argument("name")
    create.add_argument("segments", nargs="+", type=int, metavar="SEGMENT_ID")
    create.add_argument("--intro", type=int, metavar="SEGMENT_ID")
    create.add_argument("--outro", type=int, metavar="SEGMENT_ID")
    create.add_argument("--dx", dest="dx", action="store_true", default=True,
                        help="counts toward the weekly DX section (default)")
    create.add_argument("--no-dx", dest="dx", action="store_false")
    create.add_argument("--target", metavar="LENGTH",
                        help="target length: seconds, MM:SS or HH:MM:SS (overrun warning)")
    create.add_argument("--json", action="store_true")
    lst = p_sub.add_parser("list", help="list programmes")
    lst.add_argument("--json", action="store_true")
    render = p_sub.add_parser("render", help="write exactly what airs as one WAV file")
    render.add_argument("name")
    render.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.wav")
    render.add_argument("--json", action="store_true")
    mp3 = p_sub.add_parser("export", help="write the programme as an MP3 to upload to an IP "
                                          "loudspeaker platform (logged as a hand-over, "
                                          "never as airing)")
    mp3.add_argument("name")
    mp3.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.mp3")
    mp3.add_argument("--bitrate", default="128k", help="64k, 96k, 128k (default) or 192k")
    mp3.add_argument("--json", action="store_true")
    delete = p_sub.add_parser("delete", help="delete a programme no slot uses")
    delete.add_argument("name")
    programme.set_defaults(handler=cmd_programme)


def programme_json(p: Programme, today=None) -> dict:
    """The `programme list --json` object (CLI.md keys first, then extras)."""
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
        lines.append({"vi": f"⚠ “{p.name}” dài hơn mục tiêu {p.overrun_s:.0f} giây",
                      "en": f"⚠ “{p.name}” runs {p.overrun_s:.0f} s over its target"}[lang])
    for v in p.outside_validity(today):
        lines.append({
            "vi": f"⚠ “{p.name}”: mục “{v.segment.title}” không còn/chưa có hiệu lực ngày {today}",
            "en": f"⚠ “{p.name}”: “{v.segment.title}” is not valid on {today}",
        }[lang])
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
             [f"{p.name}  ({'DX' if p.dx else '—'}, {len(p.items)} "
              f"{'mục' if lang == 'vi' else 'items'}, {p.duration_s / 60:.1f} min)"
              for p in programmes])
        return EXIT_OK
    if args.action == "create":
        p = ctx.programmes.create(
            args.name, args.segments, intro_id=args.intro, outro_id=args.outro, dx=args.dx,
            target_s=parse_target(args.target),
        ).value
        say({"vi": f"Đã tạo chương trình “{p.name}” ({p.duration_s:.1f} giây)",
             "en": f"Created programme “{p.name}” ({p.duration_s:.1f} s)"}[lang])
        for line in _warnings(p, today, lang):
            say(line)
        emit(args, programme_json(p, today))
        return EXIT_OK
    if args.action == "render":
        p = ctx.programmes.find(args.name)
        result = ctx.render.render(p, args.output)
        say({"vi": f"Đã ghi {result.path} ({result.duration_s:.2f} giây, {result.channels} kênh)",
             "en": f"Wrote {result.path} ({result.duration_s:.2f} s, {result.channels} ch)"}[lang])
        emit(args, {"file": str(result.path), "duration_s": round(result.duration_s, 3),
                    "channels": result.channels, "frames": result.frames,
                    "items": result.items})
        return EXIT_OK
    if args.action == "export":
        p = ctx.programmes.find(args.name)
        done = ctx.handovers.export_mp3(p, args.output, bitrate=args.bitrate).value
        minutes, seconds = divmod(round(done.duration_s), 60)
        say({"vi": f"Đã ghi {args.output} để tải lên nền tảng loa IP: {minutes}:{seconds:02d}, "
                   f"độ lớn {done.loudness_lufs:.1f} LUFS. Đây là bản giao, không tính là đã phát.",
             "en": f"Wrote {args.output} to upload to the IP loudspeaker platform: "
                   f"{minutes}:{seconds:02d}, loudness {done.loudness_lufs:.1f} LUFS. This is a "
                   f"hand-over, not counted as aired."}[lang])
        emit(args, done.as_json(ctx.log.timezone()))
        return EXIT_OK
    p = ctx.programmes.find(args.name)
    ctx.programmes.delete(p.id)
    say({"vi": f"Đã xóa chương trình “{p.name}”", "en": f"Deleted programme “{p.name}”"}[lang])
    return EXIT_OK
