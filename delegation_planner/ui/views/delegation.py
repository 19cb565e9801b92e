"""Delegation panel: members of a trip's delegation in order of precedence (skeleton)."""
from __future__ import annotations

from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from delegation_planner.ui.context import UiContext


class DelegationPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._trip_id: int | None = None
        self.view = QListView(self)
        self.view.setObjectName("delegationView")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def set_trip(self, trip_id: int | None) -> None:
        self._trip_id = trip_id
