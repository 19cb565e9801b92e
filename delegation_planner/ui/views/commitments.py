"""Commitments panel: per trip or across all trips (skeleton)."""
from __future__ import annotations

from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from delegation_planner.ui.context import UiContext


class CommitmentsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._trip_id: int | None = None
        self.view = QTableView(self)
        self.view.setObjectName("commitmentsView")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def set_trip(self, trip_id: int | None) -> None:
        """None shows commitments of all trips."""
        self._trip_id = trip_id
