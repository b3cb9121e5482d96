"""The operation helper: a change runs, its panel follows, errors are said, and what it
returned drives the one change signal (no screen says "changed" by hand)."""

import logging
import threading

import pytest

from commune_radio.core.errors import RejectedInput
from commune_radio.services.changes import Changes, Result
from commune_radio.ui import i18n
from commune_radio.ui.import_panel import PROGRESS_STEPS, ImportPanel
from commune_radio.ui.operations import method_key, run_now, run_op
from commune_radio.ui.signals import AppSignals


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    i18n.install("vi")


def collect(signals):
    seen = []
    signals.changed.connect(seen.append)
    return seen


def test_a_result_fires_its_changes_once_then_hands_over_its_value(qtbot):
    signals = AppSignals()
    seen, values, posts = collect(signals), [], []
    panel = ImportPanel("vi")
    qtbot.addWidget(panel)

    def job(ctx):
        ctx.progress(0.5)
        ctx.post(Result("one file", Changes(library=True)))
        ctx.post("a plain note")
        return Result(42, Changes(library=True, programmes=True))

    task = run_op(signals, "vi", job, on_done=values.append, on_post=posts.append,
                  panel=panel)
    qtbot.waitUntil(lambda: bool(values), timeout=5000)
    assert values == [42]
    assert posts == ["one file", "a plain note"]
    assert seen == [Changes(library=True), Changes(library=True, programmes=True)]
    assert panel.progress.value() == PROGRESS_STEPS // 2
    assert not task.running


def test_cancel_on_the_panel_reaches_the_job(qtbot):
    signals, panel, values = AppSignals(), ImportPanel("vi"), []
    qtbot.addWidget(panel)
    panel.begin("…")
    started = threading.Event()

    def job(ctx):
        started.set()
        ctx.cancel.wait(5)
        return "stopped" if ctx.cancelled else "ran out"

    run_op(signals, "vi", job, on_done=values.append, panel=panel)
    assert started.wait(5)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: bool(values), timeout=5000)
    assert values == ["stopped"]


def test_a_known_error_is_its_sentence_and_changes_nothing(qtbot):
    signals = AppSignals()
    seen, errors = collect(signals), []

    def job(_ctx):
        raise RejectedInput("programme.exists", name="Bản tin")

    run_op(signals, "vi", job, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "Bản tin" in errors[0] and errors[0][0].isupper()
    assert seen == []


def test_a_bug_goes_the_crash_path(qtbot, caplog):
    signals, errors = AppSignals(), []

    def job(_ctx):
        raise ZeroDivisionError("oops")

    with caplog.at_level(logging.ERROR, logger="commune_radio.crash"):
        run_op(signals, "vi", job, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "ZeroDivisionError" in errors[0]
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_run_now_fires_what_the_service_says_it_changed(ctx, seeded):
    signals = AppSignals()
    seen = collect(signals)
    outcome = run_now(signals, "vi", ctx.programmes.create, "Bản tin sáng", [seeded[0].id])
    assert outcome.ok and outcome.value.name == "Bản tin sáng"
    assert seen == [Changes(programmes=True)]
    assert method_key(ctx.programmes.create) == "ProgrammeService.create"

    refused = run_now(signals, "vi", ctx.programmes.create, "Bản tin sáng", [seeded[0].id])
    assert not refused.ok and refused.error and refused.value is None
    assert seen == [Changes(programmes=True)]  # a refused call changed nothing


def test_run_now_passes_a_bare_changes_and_the_table_fills_in_for_the_office(ctx):
    signals = AppSignals()
    seen = collect(signals)
    from commune_radio.core import settings as S

    assert run_now(signals, "vi", ctx.settings.set, S.DEAD_AIR_S, 30.0).ok
    assert seen == [Changes(settings=True)]
    outcome = run_now(signals, "vi", ctx.office.save_settings, name="Phòng Văn hóa huyện")
    assert outcome.ok and outcome.value.name == "Phòng Văn hóa huyện"
    assert seen[-1] == Changes(office=True, settings=True)  # from the adapter table

