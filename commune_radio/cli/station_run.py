"""`run` (the headless station) and `reconcile`."""

from __future__ import annotations

import datetime as dt
import signal

from commune_radio.cli.common import EXIT_OK, EXIT_USAGE, VI, Words, emit, say
from commune_radio.core.broadcasts import REASON_PROGRAM_CLOSED
from commune_radio.core.clock import station_iso
from commune_radio.core.messages import render
from commune_radio.services.reconcile_service import ReconcileService


def register(sub, w: Words = VI) -> None:
    """Add `run` and `reconcile` to the parser."""
    run = w.command(sub, "run")
    until = run.add_mutually_exclusive_group()
    until.add_argument("--until", metavar="DATETIME", help=w("cli.opt.run.until"))
    until.add_argument("--for", dest="for_seconds", type=w.number, metavar="SECONDS",
                       help=w("cli.opt.run.for"))
    run.add_argument("--device", metavar="NAME", help=w("cli.opt.device"))
    run.set_defaults(handler=cmd_run)
    rec = w.command(sub, "reconcile")
    w.json_option(rec)
    rec.set_defaults(handler=cmd_reconcile)


def _due_json(due, tz: str) -> dict:
    o = due.occurrence
    return {"slot_id": o.slot_id, "programme_id": o.programme_id,
            "scheduled_at": station_iso(o.at, tz), "reason": due.reason}


def cmd_reconcile(ctx, args, lang: str) -> int:
    """Record the missed slots; the latest may still air late when the station program runs."""
    svc = ReconcileService(ctx.db, ctx.schedule, ctx.clock, programmes=ctx.programmes,
                           log=ctx.log)
    recorded, pending = svc.run()
    tz = ctx.schedule.timezone().key
    emit(args, {"missed": [_due_json(d, tz) for d in recorded],
                "catch_up_pending": [_due_json(d, tz) for d in pending]},
         [f"missed: {station_iso(d.occurrence.at, tz)} (slot {d.occurrence.slot_id}, "
          f"{d.reason})" for d in recorded]
         + [f"catch-up pending: {station_iso(d.occurrence.at, tz)}" for d in pending])
    return EXIT_OK


def _stop_at(args, tz) -> dt.datetime | None:
    if args.for_seconds is not None:
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=args.for_seconds)
    if args.until:
        moment = dt.datetime.fromisoformat(args.until)
        return moment if moment.tzinfo else moment.replace(tzinfo=tz)
    return None


def cmd_run(ctx, args, lang: str) -> int:
    """Reconcile, then follow the schedule on the output device until stopped; refused
    (exit 2, naming the holder) when another station program holds this data directory."""
    from commune_radio.services.station_lock import StationLock

    ctx.station.require()
    tz = ctx.schedule.timezone()
    try:
        stop_at = _stop_at(args, tz)
    except ValueError:
        say(render("cli.run.bad_until", lang, value=args.until))
        return EXIT_USAGE
    lock = StationLock(ctx.data_dir, ctx.clock)
    lock.acquire("headless", tz.key)  # a second station program: exit 2 naming the holder
    try:
        return _run(ctx, args, lang, tz, stop_at)
    finally:
        lock.release()


def _run(ctx, args, lang: str, tz, stop_at) -> int:
    """The headless station's event loop, under the station lock."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from commune_radio.scheduling.runner import StationRunner

    app = QCoreApplication.instance() or QCoreApplication(["commune-radio"])
    # office pack items past their validity date leave their programmes before anything airs
    from commune_radio.cli.pack import say_removed
    from commune_radio.services.pack_expiry import retire_expired

    say_removed(retire_expired(ctx.db, ctx.log.timezone(), ctx.clock()), lang)
    player = ctx.player(device=args.device)
    runner = StationRunner(ctx, player, holder="headless")
    player.problem.connect(lambda error: say(error.render(lang)))
    runner.problem.connect(lambda error: say(error.render(lang)))
    player.broadcast_started.connect(
        lambda r: say(f"▶ {station_iso(dt.datetime.now(dt.UTC), tz.key)} {r.programme} "
                      f"({r.trigger})"))
    player.broadcast_ended.connect(lambda r: say(f"■ {r.programme}: {r.status} {r.reason or ''}"))
    runner.slot_missed.connect(lambda sid, at: say(f"✗ slot {sid} {station_iso(at, tz.key)}"))
    runner.preflight_done.connect(lambda report: say(f"[{report.colour()}] "
                                                     f"{report.summary(lang)}"))

    def quit_(reason: str = REASON_PROGRAM_CLOSED) -> None:
        runner.stop("headless")
        if player.is_playing():
            player.stop(reason)
        app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, quit_))
    tick = QTimer()  # lets Python run its signal handlers while Qt waits
    tick.timeout.connect(lambda: None)
    tick.start(200)
    if stop_at is not None:
        ms = max(0, int((stop_at - dt.datetime.now(dt.UTC)).total_seconds() * 1000))
        QTimer.singleShot(ms, quit_)
    runner.start()
    nxt = ctx.schedule.next(1)
    say(render("cli.run.following", lang)
        + (f" → {station_iso(nxt[0].at, tz.key)}" if nxt else ""))
    app.exec()
    return EXIT_OK
