"""Undo/redo of service calls (QUndoStack).

A command runs ``do`` on its first push (``redo``) and ``undo`` to revert; both
go through the services, so each step is its own committed transaction.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self.result: Any = None
        self.error: BaseException | None = None

    def redo(self) -> None:  # noqa: D401 (Qt name)
        try:
            self.result = self._do()
            self.error = None
        except Exception as exc:  # surfaced by run_command; the stack entry is made obsolete
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:
        self._undo()


def run_command(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
    """Push a command; re-raise the service's error (e.g. ValidationError) if it failed."""
    command = ServiceCommand(text, do, undo)
    stack.push(command)
    if command.error is not None:
        raise command.error
    return command.result


def update_with_undo(stack: QUndoStack, text: str, update: Callable[..., Any], record_id: int,
                     old: dict[str, Any], new: dict[str, Any]) -> Any:
    """Undoable field update: ``update(record_id, **new)``, undone by ``update(record_id, **old)``."""
    return run_command(stack, text, lambda: update(record_id, **new), lambda: update(record_id, **old))
