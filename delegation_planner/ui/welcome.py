"""The welcome pane (objectName ``welcomePane``): what an empty database shows instead of
an empty trip list and an empty programme.

Three ways to start: the sample trips, a new trip, another database file. The pane holds
no logic of its own: its buttons trigger the window's actions (Help → Load sample trip,
Trip → New trip…, File → Open database…), so they behave exactly as the menus do.
``WelcomeStack`` shows the pane while the database has no trip and the normal window
otherwise; it asks the trip list, which knows whether any trip exists (its year filter
lists the years of every trip, whatever the filters).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from delegation_planner import APP_NAME

if TYPE_CHECKING:  # pragma: no cover
    from delegation_planner.ui.views.trips import TripListPanel


COLUMN_WIDTH = 520


def secondary_text(palette: QPalette) -> QColor:
    """Text colour between the text and the background (light and dark themes alike)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor((text.red() * 2 + back.red()) // 3, (text.green() * 2 + back.green()) // 3,
                  (text.blue() * 2 + back.blue()) // 3)


class WelcomePane(QFrame):
    def __init__(self, load_sample: QAction, new_trip: QAction, open_database: QAction,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePane")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)

        self.title = QLabel(self.tr("Welcome to %1").replace("%1", APP_NAME), self)
        self.title.setObjectName("welcomeTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self.tr("This database has no trips yet. Start with the sample trips to look "
                                   "around, create your first trip, or open the database file you already use."),
                           self)
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)

        self.sample_button, self.sample_hint = self._button(
            self.tr("Load the sample trips"), "welcomeLoadSample", load_sample,
            self.tr("Two study visits with their programme, people, notes and commitments, to try every screen"))
        self.new_trip_button, self.new_trip_hint = self._button(
            self.tr("New trip…"), "welcomeNewTrip", new_trip, self.tr("Title, destination, dates and home time zone"))
        self.open_button, self.open_hint = self._button(
            self.tr("Open a database file…"), "welcomeOpenDatabase", open_database,
            self.tr("A planner database kept elsewhere, e.g. on a shared drive"))
        self.sample_button.setDefault(True)

        column = QWidget(self)
        column.setObjectName("welcomeColumn")
        # A fixed width: word-wrapped labels get their height for the width they are shown at.
        column.setFixedWidth(COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(24, 24, 24, 24)
        column_layout.setSpacing(10)
        column_layout.addWidget(self.title)
        column_layout.addWidget(self.text)
        column_layout.addSpacing(12)
        for button, hint in ((self.sample_button, self.sample_hint), (self.new_trip_button, self.new_trip_hint),
                             (self.open_button, self.open_hint)):
            pair = QVBoxLayout()  # the hint close under its button
            pair.setSpacing(3)
            pair.addWidget(button)
            pair.addWidget(hint)
            column_layout.addLayout(pair)
            column_layout.addSpacing(6)

        # Stretches around the column (not an alignment flag): the layout then asks the column
        # for its height at its width, so that wrapped text gets all its lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setTabOrder(self.sample_button, self.new_trip_button)
        self.setTabOrder(self.new_trip_button, self.open_button)

    def _button(self, text: str, name: str, action: QAction, hint: str) -> tuple[QPushButton, QLabel]:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(34)
        button.clicked.connect(lambda _checked=False: action.trigger())
        label = QLabel(hint, self)
        label.setObjectName(name + "Hint")
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(palette))
        label.setPalette(palette)
        return button, label

    def buttons(self) -> list[QPushButton]:
        return [self.sample_button, self.new_trip_button, self.open_button]


class WelcomeStack(QStackedWidget):
    """The window's central widget: ``main`` (trip list and tabs), or the welcome pane while the
    database has no trip. ``update_page()`` decides; the window calls it after each refresh."""

    def __init__(self, main: QWidget, welcome: WelcomePane, trips: "TripListPanel", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("centralStack")
        self.main, self.welcome, self._trips = main, welcome, trips
        self.addWidget(main)
        self.addWidget(welcome)
        self.setCurrentWidget(main)
        trips.model.modelReset.connect(self.update_page)

    def database_is_empty(self) -> bool:
        model = self._trips.model
        if not getattr(model, "loaded", True) or model.rowCount() > 0:
            return False
        return self._trips.year_filter.count() <= 1  # "All years" only: no trip at all

    def update_page(self) -> None:
        empty = self.database_is_empty()
        was_welcome = self.currentWidget() is self.welcome
        self.setCurrentWidget(self.welcome if empty else self.main)
        if empty and not was_welcome and self.isVisible():
            self.welcome.sample_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def showing_welcome(self) -> bool:
        return self.currentWidget() is self.welcome
