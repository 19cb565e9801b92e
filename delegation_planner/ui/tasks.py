"""One runner for every long job (report builds now): worker thread, progress dialog, cancel.

``ThreadTaskRunner.run(title, job, on_done=…, on_error=…)`` runs
``job(progress, cancelled)`` on the runner's own QThreadPool and calls ``on_done(result)``
or ``on_error(exc)`` on the main thread; a job that stops for Cancel raises
:class:`~delegation_planner.domain.progress.Cancelled` (or returns None after
``cancelled()`` said True) and ``on_error`` gets a ``Cancelled``. ``SyncTaskRunner``
(tests, scripts) has the same interface and runs the job inline.

Threading rule (a deadlock seen here, issue 8): **a pool thread never drops the last
reference to a Python object wired to a Qt connection.** The dialog's Cancel is connected
to the runner (a main-thread QObject) and only sets a plain flag that the worker polls; the
worker emits through ``_Relay``, one QObject made on the main thread and never freed; the
runner keeps the job callable and its result until it has handed them over on the main thread.
"""
from __future__ import annotations

import itertools
import logging
import traceback
from functools import partial
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from delegation_planner.domain.progress import CancelCheck, Cancelled, Progress

log = logging.getLogger(__name__)

Job = Callable[[Progress, CancelCheck], Any]
Outcome = tuple[bool, Any, str]  # (succeeded, result or exception, traceback text to log)

_ids = itertools.count(1)


def run_job(job: Job, progress: Progress, cancelled: CancelCheck) -> Outcome:
    """Run ``job`` and say how it ended; the one place that decides what counts as cancelled."""
    try:
        result = job(progress, cancelled)
    except Cancelled as exc:
        return False, exc, ""
    except BaseException as exc:  # handed to the caller, whatever it is
        return False, exc, traceback.format_exc()
    if result is None and cancelled():
        return False, Cancelled(), ""
    return True, result, ""


class _State:
    """What the worker and the main thread share: plain Python, wired to nothing in Qt."""

    __slots__ = ("cancel", "outcome")

    def __init__(self) -> None:
        self.cancel = False
        self.outcome: Outcome | None = None


class _Relay(QObject):
    """Carries the workers' signals to the main thread. One per process, never freed."""

    progress = Signal(int, float, str)
    ready = Signal(int)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("ThreadTaskRunner.run() must be called on the main thread")
        _relay = _Relay()
    return _relay


class _Worker(QRunnable):
    def __init__(self, job_id: int, job: Job, state: _State, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._job, self._state, self._relay = job_id, job, state, relay

    def run(self) -> None:  # on a pool thread
        job, state, relay, job_id = self._job, self._state, self._relay, self._id
        self._job = None

        def progress(fraction: float, message: str = "") -> None:
            relay.progress.emit(job_id, float(fraction), str(message))

        outcome = run_job(job, progress, lambda: state.cancel)
        # The runner still holds the job (and gets the result): drop ours before handing over.
        del job, progress
        state.outcome = outcome
        del outcome
        relay.ready.emit(job_id)


class _Running:
    __slots__ = ("job", "state", "dialog", "on_done", "on_error", "title")

    def __init__(self, job, state, dialog, on_done, on_error, title):
        self.job, self.state, self.dialog = job, state, dialog
        self.on_done, self.on_error, self.title = on_done, on_error, title


def progress_dialog(title: str, parent: QWidget | None) -> QProgressDialog:
    """The progress dialog of every background job: shown after 300 ms, with Cancel."""
    dialog = QProgressDialog(title, QCoreApplication.translate("ThreadTaskRunner", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


class ThreadTaskRunner(QObject):
    """Runs jobs one at a time on its own pool thread; waits only for its own jobs."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: dict[int, _Running] = {}
        self._relay = _the_relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.ready.connect(self._on_ready)

    def run(self, title: str, job: Job, *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        job_id = next(_ids)
        state = _State()
        dialog = progress_dialog(title, parent)
        dialog.canceled.connect(partial(self._cancel, job_id))
        self._running[job_id] = _Running(job, state, dialog, on_done, on_error, title)
        self._pool.start(_Worker(job_id, job, state, self._relay))

    def wait(self, msecs: int = -1) -> bool:
        """Wait for this runner's jobs (on close, so no thread outlives the window)."""
        return self._pool.waitForDone(msecs)

    def _cancel(self, job_id: int) -> None:
        running = self._running.get(job_id)
        if running is not None:
            running.state.cancel = True
            running.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, float, str)
    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        running = self._running.get(job_id)
        if running is None or running.state.cancel:
            return
        running.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            running.dialog.setLabelText(message)

    @Slot(int)
    def _on_ready(self, job_id: int) -> None:
        running = self._running.pop(job_id, None)
        if running is None:  # another runner's job
            return
        if isValid(running.dialog):  # its parent window may be gone already
            running.dialog.hide()
            running.dialog.deleteLater()
        succeeded, value, details = running.state.outcome
        running.state.outcome = None
        if succeeded:
            running.on_done(value)
            return
        if details:
            log.error("background task %r failed:\n%s", running.title, details)
        running.on_error(value)


class SyncTaskRunner:
    """Same interface, runs the job at once on the calling thread (tests, scripts)."""

    def __init__(self) -> None:
        self.progress: list[tuple[float, str]] = []
        self.cancel_requested = False

    def run(self, title: str, job: Job, *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        succeeded, value, _details = run_job(job, lambda f, m="": self.progress.append((float(f), str(m))),
                                             lambda: self.cancel_requested)
        if succeeded:
            on_done(value)
        elif isinstance(value, Exception):
            on_error(value)
        else:
            raise value

    def wait(self, msecs: int = -1) -> bool:
        return True
