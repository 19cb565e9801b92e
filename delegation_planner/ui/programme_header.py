"""The Programme tab's header: trip title, one line of facts, list/timeline toggle, conflict summary,
Add/Edit/Delete engagement buttons. Shows a ``Programme`` (or nothing); writes nothing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from delegation_planner.domain.enums import TripStatus
from delegation_planner.domain.timezones import city_label
from delegation_planner.ui.labels import conflict_text, enum_text, ui_language
from delegation_planner.ui.models.trips import format_dates
from delegation_planner.ui.window_text import tr


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when the text does not fit (full text in the tooltip)."""

    def minimumSizeHint(self):  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class ProgrammeHeader(QWidget):
    def __init__(self, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("tripHeader")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel(self)
        self.facts.setObjectName("tripSubheader")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts = ElidedLabel(self)
        self.conflicts.setObjectName("conflictSummary")
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts.setStyleSheet("color: #a65a00;")
        self.conflicts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for text_label in (self.title, self.facts):
            # long titles are elided by the layout instead of widening the window
            text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            text_label.setMinimumWidth(120)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.facts)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 4, 0, 0)
        box.addLayout(controls)
        for action in (actions.show_list, actions.show_timeline):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            controls.addWidget(button)
        controls.addSpacing(12)
        controls.addWidget(self.conflicts, 1)
        for action, short in ((actions.add_engagement, tr("Add…")), (actions.edit_engagement, tr("Edit…")),
                              (actions.delete_engagement, tr("Delete…"))):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setText(short)
            action.changed.connect(lambda b=button, t=short: b.setText(t))
            button.setToolTip(action.toolTip())
            controls.addWidget(button)

    def show_opening(self, location: str) -> None:
        self.title.setText(tr("Opening database…"))
        self.facts.setText(location)

    def show_programme(self, prog, selected=None) -> None:
        """``prog``: the trip's ``Programme`` or None; ``selected``: the selected item, if any."""
        if prog is None:
            self.title.setText(tr("No trip selected"))
            self.facts.setText(tr("Create a trip with Trip → New trip (Ctrl+N), or load the sample "
                                  "trip from the Help menu."))
            self.conflicts.clear()
            return
        trip = prog.trip
        self.title.setText(trip.title)
        parts = [p for p in (trip.destination, format_dates(trip)) if p]
        parts.append(enum_text(trip.status, TripStatus))
        parts.append(tr("home time: %1").replace("%1", city_label(trip.home_timezone, ui_language())))
        parts.append(tr("engagements: %1").replace("%1", str(len(prog.items))))
        self.facts.setText(" · ".join(parts))
        self.show_conflicts(prog, selected)

    def show_conflicts(self, prog, selected=None) -> None:
        """The selected engagement's clashes, else how many engagements have one."""
        if selected is not None and selected.conflicts:
            self.conflicts.setText("⚠ " + "; ".join(conflict_text(c) for c in selected.conflicts))
            self.conflicts.setToolTip("\n".join(f"⚠ {conflict_text(c)}" for c in selected.conflicts))
            return
        clashing = sum(1 for i in prog.items if i.conflicts) if prog is not None else 0
        self.conflicts.setText(tr("⚠ Engagements with conflicts: %1").replace("%1", str(clashing))
                               if clashing else "")
        self.conflicts.setToolTip(tr("Select an engagement marked ⚠ (or hover over it) to see what clashes.")
                                  if clashing else "")


def engagement_placeholder(parent: QWidget) -> QWidget:
    """What the engagement panel shows with nothing selected, without building the panel."""
    page = QWidget(parent)
    label = QLabel(QCoreApplication.translate("EngagementDetailPanel", "Choose an engagement in the programme to see "
                                              "its brief, people, notes and commitments."), page)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(page).addWidget(label, 1)
    return page
