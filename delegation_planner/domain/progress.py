"""Progress and cancellation: the one vocabulary of long work (services, reports, runner).

A long job takes ``progress(fraction, message)`` and ``cancelled()``; when
``cancelled()`` returns True it stops by raising :class:`Cancelled`, having written
nothing. No Qt here: the background runner in ``ui/tasks.py`` supplies both callables.
"""
from __future__ import annotations

from typing import Callable

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user asked to stop; the job stopped and wrote nothing."""


def check_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` if ``cancelled`` says stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()


def scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` mapped onto ``[start, end]``: a step of a longer job reports 0..1 of its share."""
    if progress is None:
        return None
    span = end - start

    def report(fraction: float, message: str = "") -> None:
        progress(start + span * max(0.0, min(1.0, fraction)), message)

    return report
