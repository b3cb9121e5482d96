"""`play PROGRAMME [--device NAME | --to-file FILE.wav] [--json]` and `devices`.

`play` airs a programme now through the same engine as the window and logs it as a manual
broadcast; it blocks until the end (Ctrl-C stops it, logged ``partial``). Exit 0 when every item
played, 1 when the broadcast ended ``partial`` or ``failed`` (the reason on stderr).
"""

from __future__ import annotations

import signal
from pathlib import Path

from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, VI, Words, emit, say
from commune_radio.core.broadcasts import (
    REASON_OPERATOR_STOP,
    REASON_PROGRAM_CLOSED,
    Priority,
    Status,
    Trigger,
)
from commune_radio.core.messages import render


def register(sub, w: Words = VI) -> None:
    """Add `play` and `devices` to the parser."""
    play = w.command(sub, "play")
    play.add_argument("programme", metavar="PROGRAMME", help=w("cli.opt.programme_name"))
    where = play.add_mutually_exclusive_group()
    where.add_argument("--device", metavar="NAME", help=w("cli.opt.device"))
    where.add_argument("--to-file", type=Path, metavar="FILE.wav", help=w("cli.opt.play.to_file"))
    play.add_argument("--monitor", metavar="INPUT", help=w("cli.opt.play.monitor"))
    play.add_argument("--stream", metavar="URL", help=w("cli.opt.play.stream"))
    play.add_argument("--emergency", action="store_true", help=w("cli.opt.play.emergency"))
    w.json_option(play)
    play.set_defaults(handler=cmd_play)
    devices = w.command(sub, "devices")
    choice = devices.add_mutually_exclusive_group()
    choice.add_argument("--choose", metavar="NAME", help=w("cli.opt.devices.choose"))
    choice.add_argument("--default", action="store_true", help=w("cli.opt.devices.default"))
    w.json_option(devices)
    devices.set_defaults(handler=cmd_devices)


def _qt_app():
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication(["commune-radio"])


DRAIN_MS = 250


def _play_on_device(ctx, args, programme, trigger, priority, lang):
    from PySide6.QtCore import QTimer

    app = _qt_app()
    player = ctx.player(device=args.device, monitor=getattr(args, "monitor", None),
                        stream=getattr(args, "stream", None))
    player.sink.stream_state.connect(lambda kind, detail: say(
        f"{'▲' if kind == 'stream_up' else '▼'} {kind}: {detail}"))
    finished = []

    def ended(record) -> None:
        finished.append(record)
        # the device has taken the last sample; the sound server still holds a few ms of it
        QTimer.singleShot(DRAIN_MS, app.quit)

    player.broadcast_ended.connect(ended)
    player.problem.connect(lambda error: say(error.render(lang)))
    player.dead_air.connect(lambda on, source: say(
        render("cli.play.dead_air", lang, source=source) if on
        else render("cli.play.sound_back", lang)))
    player.item_started.connect(lambda now: say(
        f"▶ {now.item.position + 1}/{len(now.programme.items)} {now.item.segment.title}"))

    def stop_for(reason: str):
        def handler(_signum, _frame) -> None:
            QTimer.singleShot(0, lambda: player.stop(reason))
        return handler

    previous = {s: signal.signal(s, stop_for(r)) for s, r in
                ((signal.SIGINT, REASON_OPERATOR_STOP), (signal.SIGTERM, REASON_PROGRAM_CLOSED))}
    # Python runs signal handlers only between bytecodes: a light tick lets Ctrl-C through
    tick = QTimer()
    tick.timeout.connect(lambda: None)
    tick.start(200)
    try:
        say(render("cli.play.playing", lang, name=programme.name, device=player.device_name()))
        broadcast_id = player.play_programme(programme, trigger=trigger, priority=priority)
        if not finished:
            app.exec()
    finally:
        tick.stop()
        player.close()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return broadcast_id


def cmd_play(ctx, args, lang: str) -> int:
    """`play PROGRAMME`."""
    programme = ctx.programmes.find(args.programme)
    trigger = Trigger.EMERGENCY if args.emergency else Trigger.MANUAL
    priority = Priority.EMERGENCY if args.emergency else Priority.NORMAL
    if args.to_file is not None:
        from commune_radio.playout.file_sink import FileSink

        engine = ctx.engine(FileSink(args.to_file))
        broadcast_id = engine.play(programme, trigger=trigger, priority=priority)
    else:
        broadcast_id = _play_on_device(ctx, args, programme, trigger, priority, lang)
    record = ctx.log.get(broadcast_id)
    for item in record.items:
        if item.reason:
            say(f"  {item.position + 1}. {item.title}: {item.status.value} ({item.reason})")
    say(f"{record.id}: {record.status.value}"
        f"{f' ({record.reason})' if record.reason else ''}"
        f" — {record.played_s:.1f}/{record.planned_s:.1f} s")
    emit(args, ctx.log.as_json(record))
    return EXIT_OK if record.status == Status.PLAYED else EXIT_REJECTED


def cmd_devices(ctx, args, lang: str) -> int:
    """`devices [--choose NAME | --default] [--json]`."""
    from commune_radio.core.errors import EnvironmentProblem
    from commune_radio.playout.devices import describe, find_output, output_devices

    _qt_app()
    if args.choose:
        device = find_output(args.choose)
        if device is None:
            raise EnvironmentProblem(
                "playout.no_such_device", name=args.choose,
                available=", ".join(f"“{d.description}”" for d in output_devices()) or "—",
            )
        info = describe(device)
        ctx.output.set_device(info.id, info.description)
    elif args.default:
        ctx.output.set_device(None)
    chosen = ctx.output.device_id()
    listing = [{"id": d.id, "description": d.description, "default": d.is_default,
                "chosen": d.id == chosen} for d in output_devices()]
    emit(args, {"devices": listing, "chosen": chosen, "chosen_name": ctx.output.device_name()},
         [f"{'*' if d['chosen'] else ' '} {d['description']}  [{d['id']}]"
          + (f"  {render('cli.devices.default', lang)}" if d["default"] else "")
          for d in listing]
         or [render("cli.devices.none", lang)])
    return EXIT_OK
