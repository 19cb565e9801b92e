"""Regression guard for PySide6 6.12.0 on Python 3.11 (stack pitfalls #0).

6.12.0 drops a reference to None on every void call; after a few thousand calls
the interpreter aborts with "none_dealloc". pyproject.toml excludes it on 3.11;
this test fails if a leaking build is installed anyway. On 3.12+ None is
immortal and the count does not move.
"""
import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_do_not_leak_none():
    app = QApplication.instance() or QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText("Nguyễn Đức Chung")
        label.setToolTip("x")
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references over 20,000 void Qt calls"
    assert app is not None
