"""`play PROGRAMME [--device NAME | --to-file FILE.wav] [--json]` and `devices`.

`play` airs a programme now through the same engine as the window and logs it as a manual
broadcast; it blocks until the end (Ctrl-C stops it, logged ``partial``). Exit 0 when every item
played, 1 when the broadcast ended ``partial`` or ``failed`` (the reason on stderr).
"""

from __future__ import annotations

import signal
from pathlib import Path

from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, emit, say
from commune_radio.core.broadcasts import (
    REASON_OPERATOR_STOP,
    REASON_PROGRAM_CLOSED,
    Priority,
    Status,
    Trigger,
)


def register(sub) -> None:
    """Add `play` and `devices` to the parser."""
    play = sub.add_parser("play", help="play a programme now and log it")
    play.add_argument("programme")
    where = play.add_mutually_exclusive_group()
    where.add_argument("--device", metavar="NAME",
                       help="audio output by name or id (default: the remembered one)")
    where.add_argument("--to-file", type=Path, metavar="FILE.wav",
                       help="write what would air into a WAV file instead")
    play.add_argument("--monitor", metavar="INPUT",
                      help="air-monitor input by name or id (default: the remembered one): "
                           "what comes back is measured per item, silence raises dead air")
    play.add_argument("--stream", metavar="URL",
                      help="also send it to an Icecast mount: icecast://source:PASSWORD@host:port/"
                           "mount (default: the station's stream output, if any)")
    play.add_argument("--emergency", action="store_true",
                      help="log it as an emergency bulletin (trigger and priority emergency)")
    play.add_argument("--json", action="store_true")
    play.set_defaults(handler=cmd_play)
    devices = sub.add_parser("devices", help="audio outputs; choose the station's output")
    choice = devices.add_mutually_exclusive_group()
    choice.add_argument("--choose", metavar="NAME", help="remember this output for playout")
    choice.add_argument("--default", action="store_true",
                        help="go back to the system's default output")
    devices.add_argument("--json", action="store_true")
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
        {"vi": f"⚠ MẤT TIẾNG TRÊN SÓNG: đầu vào kiểm tra “{source}” chỉ nghe thấy im lặng",
         "en": f"⚠ DEAD AIR: the air monitor “{source}” hears only silence"}[lang]
        if on else {"vi": "Đã có tiếng trở lại trên sóng", "en": "Sound is back on air"}[lang]))
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
        say({"vi": f"Đang phát “{programme.name}” trên “{player.device_name()}”",
             "en": f"Playing “{programme.name}” on “{player.device_name()}”"}[lang])
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
          f"{'  (default)' if d['default'] else ''}" for d in listing]
         or [{"vi": "(không có thiết bị phát âm thanh)", "en": "(no audio output)"}[lang]])
    return EXIT_OK
