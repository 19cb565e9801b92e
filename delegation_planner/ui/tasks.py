"""One runner for background work (report builds): worker thread, progress, cancel.

``ThreadTaskRunner`` runs ``job(progress, cancelled)`` on a QThreadPool thread and
hands the result back on the main thread through signals, with a QProgressDialog
that has a Cancel button. Tests swap in ``SyncTaskRunner`` (same interface, runs
inline, no dialog).
"""
from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]


class TaskCancelled(Exception):
    """Raised by jobs (or reported by the runner) when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Worker(QRunnable):
    def __init__(self, job: Job, signals: _Signals, cancel_flag: threading.Event):
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._signals = signals
        self._cancel = cancel_flag

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self._job(lambda f, m="": self._signals.progress.emit(float(f), str(m)), self._cancel.is_set)
        except BaseException as exc:  # handed to the main thread
            # a job stopped by Cancel is not a failure worth a traceback in the log
            self._signals.failed.emit(exc, "" if self._cancel.is_set() else traceback.format_exc())
        else:
            if self._cancel.is_set() and result is None:
                self._signals.failed.emit(TaskCancelled(), "")
            else:
                self._signals.finished.emit(result)


class ThreadTaskRunner(QObject):
    """Runs one job at a time off the UI thread."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._active: list[tuple[_Signals, QProgressDialog]] = []

    def run(self, title: str, job: Job, *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        cancel_flag = threading.Event()
        # Parented to the runner: C++ owns it, so the worker thread dropping its Python
        # reference never deletes a main-thread QObject from the pool thread; deleteLater()
        # in finish(). (A segfault in that spot was seen once in a test run.)
        signals = _Signals(self)
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(cancel_flag.set)
        entry = (signals, dialog)
        self._active.append(entry)

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            signals.deleteLater()
            if entry in self._active:
                self._active.remove(entry)

        @Slot(float, str)
        def on_progress(fraction: float, message: str) -> None:
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if message:
                dialog.setLabelText(message)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException, tb: str) -> None:
            finish()
            if tb:
                log.error("background task %r failed:\n%s", title, tb)
            on_error(exc)

        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Worker(job, signals, cancel_flag))

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs (used on close so no thread outlives the window)."""
        return self._pool.waitForDone(msecs)


class SyncTaskRunner:
    """Same interface, runs the job at once on the calling thread (tests, scripts)."""

    def __init__(self) -> None:
        self.progress: list[tuple[float, str]] = []
        self.cancel_requested = False

    def run(self, title: str, job: Job, *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        try:
            result = job(lambda f, m="": self.progress.append((float(f), str(m))), lambda: self.cancel_requested)
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        return True
