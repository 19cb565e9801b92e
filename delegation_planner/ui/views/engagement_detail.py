"""Engagement detail panel: summary, attendees, notes, commitments (skeleton)."""
from __future__ import annotations

from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from delegation_planner.ui.context import UiContext


class EngagementDetailPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._engagement_id: int | None = None
        self.notes_view = QListView(self)
        self.notes_view.setObjectName("notesView")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes_view)

    def set_engagement(self, engagement_id: int | None) -> None:
        self._engagement_id = engagement_id
