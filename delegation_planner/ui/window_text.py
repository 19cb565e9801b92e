"""``tr``: the main window's translation context ("MainWindow"), shared by the modules the window
delegates to, so that moving a string out of the window keeps its Vietnamese translation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
