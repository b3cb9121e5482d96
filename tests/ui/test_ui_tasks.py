"""run_task: the job runs on the pool, everything it reports arrives on the GUI thread."""

import threading

import pytest
from PySide6.QtCore import QThread

from commune_radio.ui import tasks
from commune_radio.ui.tasks import run_task


def test_result_progress_and_posts_arrive_on_the_gui_thread_in_order(qtbot):
    gui = QThread.currentThread()
    seen = []
    worker_thread = []

    def job(ctx):
        worker_thread.append(threading.current_thread())
        for i in range(3):
            ctx.progress(i / 3)
            ctx.post(i)
        return "done"

    def on_post(item):
        assert QThread.currentThread() is gui
        seen.append(("post", item))

    def on_progress(fraction):
        assert QThread.currentThread() is gui
        seen.append(("progress", round(fraction, 2)))

    task = run_task(job, on_post=on_post, on_progress=on_progress)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    assert worker_thread[0] is not threading.main_thread()
    assert seen == [
        ("progress", 0.0), ("post", 0), ("progress", 0.33), ("post", 1),
        ("progress", 0.67), ("post", 2),
    ]
    assert not task.running
    assert task not in tasks.running_tasks()


def test_an_exception_in_the_job_arrives_as_failed(qtbot):
    def job(ctx):
        raise ValueError("boom")

    task = run_task(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_sets_the_event_the_job_watches(qtbot):
    started = threading.Event()

    def job(ctx):
        started.set()
        assert ctx.cancel.wait(5), "cancel never arrived"
        return ctx.cancelled

    task = run_task(job)
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]
    assert task.cancel_requested


@pytest.mark.parametrize("n", [5])
def test_many_tasks_each_end_once(qtbot, n):
    ended = []
    all_tasks = [run_task(lambda ctx, i=i: i, ended.append) for i in range(n)]
    qtbot.waitUntil(lambda: len(ended) == n, timeout=5000)
    assert sorted(ended) == list(range(n))
    assert all(not t.running for t in all_tasks)
