"""What every view needs: the database handle, the change hub, the undo stack, the task runner.

Views receive one ``UiContext``; they call services with ``ctx.db`` and refresh
themselves when ``ctx.hub.changed`` fires (they never call each other).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.changes import Change


class Database(Protocol):
    """What the window itself uses of ``storage.database.Database`` (the operations use the rest):
    stated here so that the UI outside ``ui/operations`` needs no storage import, even for types."""

    path: Path | None
    url: str

    def subscribe(self, listener: Callable[[Change], None]) -> None: ...

    def unsubscribe(self, listener: Callable[[Change], None]) -> None: ...

    def dispose(self) -> None: ...


class ChangeHub(QObject):
    """Turns the database's committed-change callbacks into one Qt signal.

    ``changed(Change)`` fires after every committed service call; ``reloaded()``
    when the whole database was swapped (new/open file, import)."""

    changed = Signal(object)
    reloaded = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._db: Database | None = None

    def attach(self, db: Database, *, announce: bool = True) -> None:
        """Listen to ``db``; ``announce``: emit ``reloaded`` (views drop what they show and
        reload). The window's first database, opened after the first paint, is attached
        without it: nothing was loaded yet, and the window fills its views itself."""
        if self._db is not None:
            self._db.unsubscribe(self._on_change)
        self._db = db
        db.subscribe(self._on_change)
        if announce:
            self.reloaded.emit()

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)


def ask_user(parent: QWidget | None, title: str, question: str) -> bool:
    """Default confirmation: a real dialog. Tests replace ``UiContext.confirm``."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def keep_mine_or_theirs(error) -> bool:
    """Default answer when a save is refused because someone else saved the record first
    (RecordChangedError): the dialog with both versions. True: save mine over theirs."""
    from delegation_planner.ui.dialogs.record_changed import ask_keep_mine

    return ask_keep_mine(error)


@dataclass
class UiContext:
    #: None only between the first paint of the main window and the opening of its database.
    db: Database | None
    hub: ChangeHub
    undo_stack: QUndoStack
    #: confirm(parent, title, question) -> bool; swapped for a stub in tests (no modal dialogs).
    confirm: Callable[[QWidget | None, str, str], bool] = field(default=ask_user)
    #: resolve_changed(RecordChangedError) -> bool (True: keep mine); swapped for a stub in tests.
    resolve_changed: Callable[[Exception], bool] = field(default=keep_mine_or_theirs)
