"""Window-first start-up: paint, then open the database and build the heavy panels.

``AfterPaint`` runs a step on the event-loop turn after a widget's first paint;
``InputBlocker`` swallows input while the window has no database;
``open_after_first_paint`` opens the database (SQLAlchemy, Alembic, the services are
imported only then) and hands it to the window. Imports nothing heavy.
"""
from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from delegation_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class AfterPaint(QObject):
    """Calls ``then`` (once) on the event-loop turn after ``widget``'s next paint event,
    or after ``fallback_ms`` if it is not painted by then (minimized, hidden)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self.fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            self.deleteLater()
            then()


class InputBlocker(QObject):
    """Swallows keyboard and mouse input to a window (and its children) while it has no database."""

    _BLOCKED = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
                QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu}

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        for widget in [window, *window.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        return event.type() in self._BLOCKED

    def release(self) -> None:
        for widget in [self._window, *self._window.findChildren(QWidget)]:
            widget.removeEventFilter(self)
        self.deleteLater()


def open_after_first_paint(window: "MainWindow", location: str | os.PathLike, *, create: bool = True,
                           failed: Callable[[BaseException], None] | None = None) -> None:
    """Open ``location`` on the turn after ``window``'s first paint, then ``window.attach_database``.
    An error opening it goes to ``failed`` (default: raised from the event loop)."""

    def open_now() -> None:
        from PySide6.QtGui import QGuiApplication

        from delegation_planner.ui.operations import files  # SQLAlchemy, Alembic: after the paint

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                db = files.open_database(location, create=create)
            except Exception as exc:  # KnownError (not a database, damaged…) or a bug
                if failed is None:
                    raise
                log.info("opening %s failed: %s", location, exc)
                failed(exc)
                return
            window.attach_database(db)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def rows_first() -> None:
        # A current database file: its trip rows read with plain sqlite3 and painted first
        # (nothing of SQLAlchemy imported yet); the full open follows on the turn after that paint.
        from delegation_planner.ui.operations.first_rows import first_trip_rows

        panel = window.trip_panel
        rows = first_trip_rows(location) if panel.view.viewport().isVisible() else None
        if not rows or window.ctx.db is not None:
            open_now()
            return
        panel.model.set_rows(rows)
        AfterPaint(panel.view.viewport(), open_now, fallback_ms=200)

    # not shown (or never painted, e.g. minimized): open anyway, a second later
    AfterPaint(window, rows_first, fallback_ms=1000)
