"""Directory panel: people and organizations shared across trips (skeleton)."""
from __future__ import annotations

from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from delegation_planner.ui.context import UiContext


class DirectoryPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = QTableView(self)
        self.view.setObjectName("directoryView")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
