"""Programme → Seating plan… (``seatingDialog``): the seating of the selected engagement — the picture
(``seatingPicture``), the ushers' list (``seatingView``: seat, side, name, precedence, place; pinned
seats say so) and the rules' warnings (``seatingWarnings``), for the layout chosen in
``seatingLayoutCombo`` (talks, banquet, signing, car; the stored plan's layout, else the engagement
kind's usual one, first).

The plan shown is the one stored with the engagement, else the proposal from the attendees and the
delegation's precedence (``seatingStatus`` says which). The officer edits it: select two seats in the
list and **Swap seats** (``seatingSwapButton``; both are then pinned), **Pin seat** / **Unpin seat**
(``seatingPinButton``), **Regenerate** (``seatingRegenerateButton``: the rules again, pinned seats
kept), **Reset to proposal** (``seatingResetButton``: the stored plan dropped). Every click is
committed at once through ui.operations.seating and is one step of Edit → Undo; a refusal (the plan
was changed in another window meanwhile…) is said in the dialog and nothing is written."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
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
        self.pinned: frozenset[int] = frozenset()
        pinned_word = self.tr("pinned")
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
                t for t in ((pinned_word if s.number in self.pinned else ""),
                            (self.tr("table %1").replace("%1", str(s.table)) if s.table > 1 else ""),
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
        first = seating.stored_layout(ctx, engagement_id) or seating.usual_layout(kind)
        for layout in sorted(seating.LAYOUTS, key=lambda lay: lay != first):
            self.layout_combo.addItem(names[layout], layout)
        self.layout_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.title = title
        self.heading = QLabel(self)
        self.heading.setObjectName("seatingStatus")
        self.heading.setWordWrap(True)
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
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.warnings = QLabel(self)
        self.warnings.setObjectName("seatingWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.swap_button = self._button("seatingSwapButton", self.tr("&Swap seats"), self.swap,
                                        self.tr("Exchange the two seats selected in the list (both are then "
                                                "pinned)"))
        self.pin_button = self._button("seatingPinButton", self.tr("&Pin seat"), self.toggle_pin,
                                       self.tr("Keep the selected seat's occupant there when the plan is "
                                               "regenerated"))
        self.regenerate_button = self._button("seatingRegenerateButton", self.tr("&Regenerate"), self.regenerate,
                                              self.tr("Seat everyone again by precedence, keeping the pinned "
                                                      "seats"))
        self.reset_button = self._button("seatingResetButton", self.tr("Reset to &proposal"), self.reset,
                                         self.tr("Drop the hand edits and pins: back to the proposed plan"))
        hint = QLabel(self.tr("Select two seats in the list (Ctrl+click) to swap them."), self)
        hint.setStyleSheet("color: #666666;")
        hint.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for b in (self.swap_button, self.pin_button, self.regenerate_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        side_layout.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.picture)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([540, 440])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.layout_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(close)
        self.words = {"door": self.tr("door"), "audience": self.tr("audience"), "driver": self.tr("driver"),
                      "nobody": self.tr("Nobody attends this engagement yet.")}
        self.plan = None
        self.proposal = None
        self.reload()

    def _button(self, name: str, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- reading ---------------------------------------------------------------------------
    def reload(self, problem: str = "") -> None:
        """Show the plan for the layout chosen (stored, else proposed); a layout the attendees do not
        fit (five in a car) is said. ``problem``: a refused edit's sentence, shown above the warnings."""
        from delegation_planner.domain.errors import ValidationError
        from delegation_planner.ui.dialogs.errors import problem_text

        lang = ui_language()
        selected = self.selected_seats()
        try:
            proposal = seating.current(self.ctx, self.engagement_id, self.layout_combo.currentData())
        except ValidationError as exc:
            self.plan = self.proposal = None
            self.picture.set_plan(None, self.words)
            self.model.set_rows([])
            self.warnings.setText("\n".join(([problem] if problem else []) + [problem_text(p) for p in exc.problems]))
            self._status()
            self._selection_changed()
            return
        self.proposal, self.plan = proposal, proposal.plan
        self.model.pinned = self.plan.pinned
        self.picture.set_plan(self.plan, self.words)
        self.model.set_rows(list(self.plan.seats))
        self.view.resizeColumnsToContents()
        self._select(selected)
        lines = ([problem] if problem else []) + ["⚠ " + seating.warning_text(w, lang) for w in self.plan.warnings]
        self.warnings.setText("\n".join(lines))
        self._status()
        self._selection_changed()

    def _status(self) -> None:
        if self.proposal is not None and self.proposal.stored:
            text = self.tr("Stored with the engagement: “%1”. Pinned seats (%2) are kept when it is regenerated.")
            text = text.replace("%2", str(len(self.plan.pinned)))
        else:
            text = self.tr("Proposed from the attendees and the delegation's order of precedence: “%1”. "
                           "It is stored with the engagement as soon as you change a seat.")
        self.heading.setText(text.replace("%1", self.title))

    def selected_seats(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [seat.number for seat in (self.model.row_at(r) for r in rows) if seat is not None]

    def _select(self, numbers) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for r, seat in enumerate(self.model.rows()):
            if seat.number in numbers:
                selection.select(self.model.index(r, 0), self.model.index(r, self.model.columnCount() - 1))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        seats = self.selected_seats()
        occupied = {s.number for s in self.plan.seats if s.occupant is not None} if self.plan else set()
        self.swap_button.setEnabled(len(seats) == 2)
        self.pin_button.setEnabled(len(seats) == 1 and seats[0] in occupied)
        pinned = bool(seats) and self.plan is not None and seats[0] in self.plan.pinned
        self.pin_button.setText(self.tr("Un&pin seat") if pinned else self.tr("&Pin seat"))
        self.regenerate_button.setEnabled(self.plan is not None and bool(self.plan.seats))
        self.reset_button.setEnabled(self.proposal is not None and self.proposal.stored)
        self.picture.set_selected(seats)

    # -- edits (each committed at once, one undo step) ---------------------------------------
    def _edit(self, call, keep_selection=True) -> None:
        from delegation_planner.domain.errors import ValidationError
        from delegation_planner.ui.dialogs.errors import problem_text

        selected = self.selected_seats()
        try:
            call(self.layout_combo.currentData(), self.proposal.version if self.proposal else None)
        except ValidationError as exc:
            self.reload("✖ " + "; ".join(problem_text(p) for p in exc.problems))
            return
        self.reload()
        if keep_selection:
            self._select(selected)

    def swap(self) -> None:
        seats = self.selected_seats()
        if len(seats) != 2:
            return
        self._edit(lambda layout, version: seating.swap(self.ctx, self.engagement_id, seats[0], seats[1],
                                                        layout=layout, expected_version=version))

    def toggle_pin(self) -> None:
        seats = self.selected_seats()
        if len(seats) != 1 or self.plan is None:
            return
        action = seating.unpin if seats[0] in self.plan.pinned else seating.pin
        self._edit(lambda layout, version: action(self.ctx, self.engagement_id, seats[0], layout=layout,
                                                  expected_version=version))

    def regenerate(self) -> None:
        self._edit(lambda layout, version: seating.regenerate(self.ctx, self.engagement_id, layout=layout,
                                                              expected_version=version))

    def reset(self) -> None:
        self._edit(lambda _layout, version: seating.clear(self.ctx, self.engagement_id, expected_version=version),
                   keep_selection=False)
