"""GUI fixtures: the real main window on a temporary database and settings file."""
from __future__ import annotations

import pytest


@pytest.fixture
def confirmations():
    """Answers given to ctx.confirm (True = Yes), and the questions asked."""
    class Answers:
        def __init__(self):
            self.answer = True
            self.asked: list[str] = []

    return Answers()


@pytest.fixture
def main_window(qtbot, db_path, tmp_path, confirmations, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from delegation_planner.ui.main_window import build_main_window
    from delegation_planner.ui.tasks import SyncTaskRunner

    shown: list[str] = []

    def no_box(*args, **kwargs):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(no_box))
    window = build_main_window(str(db_path), settings_path=tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.task_runner = SyncTaskRunner()
    window.opened_files = []
    window.open_file = window.opened_files.append
    window.messages = shown

    def confirm(parent, title, question):
        confirmations.asked.append(question)
        return confirmations.answer

    window.ctx.confirm = confirm
    window.load_initial_data()
    yield window
    window.close()
    window.ctx.db.dispose()
