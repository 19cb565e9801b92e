"""A save refused because someone else saved the record first (RecordChangedError).

The edit operations pass the version the dialog opened with; when the service refuses the
save, ``ctx.resolve_changed(error)`` shows both versions (``ui/dialogs/record_changed.py``)
and the user chooses: keep mine (saved again over theirs, based on the version now stored;
asked again if it changed once more) or take theirs (nothing of mine is written). Nothing is
overwritten silently.
"""
from __future__ import annotations

from typing import Any, Callable, TypeVar

from delegation_planner.domain.errors import RecordChangedError
from delegation_planner.ui.context import UiContext

T = TypeVar("T")


def save_checked(ctx: UiContext, expected_version: int | None, save: Callable[[int | None], T],
                 theirs: Callable[[], Any] = lambda: None) -> T | Any:
    """``save(version)`` with the version the edit was based on; on RecordChangedError ask the
    user. Returns what ``save`` returned, or ``theirs()`` when the user keeps their version."""
    version = expected_version
    while True:
        try:
            return save(version)
        except RecordChangedError as exc:
            if not ctx.resolve_changed(exc):
                return theirs()
            version = exc.stored_version


def checked_once(update: Callable[..., T], expected_version: int | None) -> Callable[..., T]:
    """``update(record_id, **values)`` that passes ``expected_version`` on its first call only:
    the save the user made. Undo and Redo later write without a check (their own steps)."""
    pending = [expected_version]

    def call(record_id: int, **values: Any) -> T:
        version = pending.pop() if pending else None
        if version is None:
            return update(record_id, **values)
        return update(record_id, expected_version=version, **values)

    return call
