"""The main toolbar (objectName ``mainToolBar``): the daily actions with their icons.

New trip, Add engagement, Write note, Add commitment, Briefing pack, Post-trip report,
Search everything — the same QActions as the menus (ui/actions.py), so they are enabled
and disabled with the selection, and their shortcuts and tooltips are the menus'.
The icons are SVG (ui/icons.py), sharp at any device pixel ratio.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:  # pragma: no cover
    from delegation_planner.ui.actions import Actions
    from delegation_planner.ui.main_window import MainWindow

ICON_SIZE = 22


def toolbar_actions(a: "Actions") -> list:
    """The toolbar's actions, in order (None: a separator)."""
    return [a.new_trip, a.add_engagement, a.write_note, a.add_commitment, None,
            a.briefing_pack, a.trip_report, None, a.search_everything]


def build_main_toolbar(w: "MainWindow", a: "Actions") -> QToolBar:
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), w)
    bar.setObjectName("mainToolBar")  # also the key saveState()/restoreState() use
    bar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    # Text beside the icon only for the first action; the others are known by their icon and tooltip.
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.setMovable(False)
    for action in toolbar_actions(a):
        if action is None:
            bar.addSeparator()
            continue
        bar.addAction(action)
        if action.toolTip() and action.shortcut().toString():
            button = bar.widgetForAction(action)
            shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            button.setToolTip(f"{action.iconText()} ({shortcut}) — {action.toolTip()}")
        bar.widgetForAction(action).setAccessibleName(action.iconText())
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
