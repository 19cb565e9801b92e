"""Programme → Seating plan… (``seatingDialog``): the proposed seating of the selected engagement —
the picture (``seatingPicture``), the ushers' list (``seatingView``: seat, side, name, precedence,
place) and the rules' warnings (``seatingWarnings``), for the layout chosen in ``seatingLayoutCombo``
(talks, banquet, signing, car; the engagement kind's usual one first). Read-only: plans are proposed
from the attendees and the delegation's precedence each time (they are not stored yet)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from delegation_planner.ui.context import UiContext
from delegation_planner.ui.labels import ui_language
from delegation_planner.ui.models.panel_rows import Column, RowTableModel
from delegation_planner.ui.operations import seating
from delegation_planner.ui.views.seating_picture import SeatingPicture


class SeatsModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        sides = {"host": self.tr("Host"), "guest": self.tr("Guest")}
        roles = {"principal": self.tr("head of side"), "interpreter": self.tr("interpreter"),
                 "signatory": self.tr("signatory"), "witness": self.tr("witness"), "assistant": self.tr("assistant")}
        self.columns = (
            Column("number", self.tr("Seat"), lambda s: str(s.number), sort_key=lambda s: s.number,
                   align=Qt.AlignmentFlag.AlignRight),
            Column("side", self.tr("Side"), lambda s: sides.get(s.side, s.side)),
            Column("name", self.tr("Name"), lambda s: s.occupant.name if s.occupant else self.tr("(empty)")),
            Column("precedence", self.tr("Precedence"),
                   lambda s: str(s.occupant.precedence) if s.occupant and s.occupant.precedence is not None else "",
                   align=Qt.AlignmentFlag.AlignRight),
            Column("role", self.tr("Place"), lambda s: ", ".join(
                t for t in ((self.tr("table %1").replace("%1", str(s.table)) if s.table > 1 else ""),
                            roles.get(s.role, ""), (self.tr("behind") if s.place == "behind" else "")) if t)),
        )

    @staticmethod
    def row_id(row) -> int:
        return row.number

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        return None  # by seat number, as the ushers read it


class SeatingDialog(QDialog):
    def __init__(self, ctx: UiContext, engagement_id: int, kind, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("seatingDialog")
        self.setWindowTitle(self.tr("Seating plan"))
        self.resize(980, 620)
        self.ctx, self.engagement_id = ctx, engagement_id
        names = {"bilateral": self.tr("Talks: one long table"), "banquet": self.tr("Banquet: round tables"),
                 "signing": self.tr("Signing ceremony"), "car": self.tr("Car")}
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("seatingLayoutCombo")
        usual = seating.usual_layout(kind)
        for layout in sorted(seating.LAYOUTS, key=lambda lay: lay != usual):
            self.layout_combo.addItem(names[layout], layout)
        self.layout_combo.currentIndexChanged.connect(lambda _i: self.reload())
        heading = QLabel(self.tr("Proposed from the attendees and the delegation's order of precedence: “%1”.")
                         .replace("%1", title), self)
        heading.setWordWrap(True)
        caption = QLabel(self.tr("&Layout:"), self)
        caption.setBuddy(self.layout_combo)
        self.picture = SeatingPicture(self)
        self.model = SeatsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("seatingView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("seatingWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.picture)
        split.addWidget(self.view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 400])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.layout_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(close)
        self.words = {"door": self.tr("door"), "audience": self.tr("audience"), "driver": self.tr("driver"),
                      "nobody": self.tr("Nobody attends this engagement yet.")}
        self.plan = None
        self.reload()

    def reload(self) -> None:
        """Propose again for the layout chosen; a layout the attendees do not fit (five in a car) is said."""
        from delegation_planner.domain.errors import ValidationError
        from delegation_planner.ui.dialogs.errors import problem_text

        lang = ui_language()
        try:
            proposal = seating.propose(self.ctx, self.engagement_id, self.layout_combo.currentData())
        except ValidationError as exc:
            self.plan = None
            self.picture.set_plan(None, self.words)
            self.model.set_rows([])
            self.warnings.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.plan = proposal.plan
        self.picture.set_plan(self.plan, self.words)
        self.model.set_rows(list(self.plan.seats))
        self.view.resizeColumnsToContents()
        self.warnings.setText("\n".join("⚠ " + seating.warning_text(w, lang) for w in self.plan.warnings))
