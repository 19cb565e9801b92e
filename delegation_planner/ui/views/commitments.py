"""Commitments panel: what was promised, per trip or across all trips.

Filter by status (or open / overdue), owner and organization (filters run in SQL);
overdue ones are red and bold with a warning icon; the status is changed in place
(combo box in the Status column, or the context menu) and can be undone.
"""
from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget,
)

from delegation_planner.changes import Change, Subject
from delegation_planner.domain.enums import CommitmentStatus
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import fill_id_combo
from delegation_planner.ui.labels import enum_text
from delegation_planner.ui.models.commitments import CommitmentsModel
from delegation_planner.ui.models.filtering import FoldFilterProxy, row_text
from delegation_planner.ui.operations import commitments
from delegation_planner.ui.views.panel_common import (
    ColumnFitter, CommitmentActions, EnumComboDelegate, LazyRefresh, add_shortcut_action, exec_dialog, select_row,
    selected_row, setup_table,
)

log = logging.getLogger(__name__)

REFRESH_ON: frozenset[Subject] = frozenset({
    Subject.COMMITMENT, Subject.PERSON, Subject.ORGANIZATION, Subject.ENGAGEMENT, Subject.TRIP})
#: Changes that may change the owner/organization filter choices.
_CHOICES = frozenset({Subject.PERSON, Subject.ORGANIZATION, Subject.COMMITMENT})
ALL, OPEN, OVERDUE = "__all__", "__open__", "__overdue__"


class CommitmentsPanel(CommitmentActions, LazyRefresh, QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, load: bool = True):
        """``load=False``: stay empty until first shown or ``refresh_soon()`` (the main window's start-up)."""
        super().__init__(parent)
        self.ctx = ctx
        self._trip_id: int | None = None
        self.run_dialog = exec_dialog
        #: The day against which "overdue" is judged (None = today); tests may pin it.
        self.today: date | None = None

        #: The commitments listed by the filters above (in SQL)…
        self.rows_model = CommitmentsModel(self, on_status_changed=self.change_status)
        #: … and what the table shows: those holding every word typed in the search box,
        #: accents and case aside ("cao bang" finds "Cao Bằng").
        self.model = FoldFilterProxy(self.rows_model, row_text(
            lambda r: r.description, lambda r: r.follow_up, lambda r: r.owner_name, lambda r: r.organization_name,
            lambda r: r.engagement_title, lambda r: r.trip_title), self)
        self.view = QTableView(self)
        self.view.setObjectName("commitmentsView")
        self.view.setModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("commitmentSearch")
        self.search.setPlaceholderText(self.tr("Find (commitment, owner, organization…)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        setup_table(self.view, stretch_column=None)
        self.view.setItemDelegateForColumn(self.model.column_of("status"),
                                           EnumComboDelegate(CommitmentStatus, self.view))
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        bold = QFont(self.view.font())
        bold.setBold(True)  # overdue rows are bold
        metrics = QFontMetrics(bold)
        status_width = max(metrics.horizontalAdvance(enum_text(s)) for s in CommitmentStatus) + 18
        due_width = metrics.horizontalAdvance("30 Sep 2018") + 18
        widths = {"status": max(status_width, 80), "due_date": due_width, "owner": 150, "organization": 170,
                  "trip": 170, "engagement": 180, "kind": 110, "reference": 96}
        self.fitter = ColumnFitter(self.view, {self.model.column_of(k): w for k, w in widths.items()},
                                   self.model.column_of("description"), stretch_min=230,
                                   fixed=[self.model.column_of("status"), self.model.column_of("due_date"),
                                          self.model.column_of("reference")])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)

        self.all_trips = QCheckBox(self.tr("A&ll trips"), self)
        self.all_trips.setObjectName("allTripsToggle")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any status"), ALL)
        self.status_filter.addItem(self.tr("Open (not done/dropped)"), OPEN)
        self.status_filter.addItem(self.tr("Overdue"), OVERDUE)
        for status in CommitmentStatus:
            self.status_filter.addItem(enum_text(status), status.value)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.organization_filter = QComboBox(self)
        self.organization_filter.setObjectName("organizationFilter")
        # The combos share the row and shrink (eliding their text) instead of widening the window.
        for combo, length in ((self.status_filter, 10), (self.owner_filter, 10), (self.organization_filter, 12)):
            combo.setMinimumContentsLength(length)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.summary = QLabel(self)
        self.summary.setObjectName("commitmentsSummary")

        self.add_button = QPushButton(self.tr("&Add commitment…"), self)
        self.add_button.setObjectName("addCommitmentButton")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editCommitmentButton")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteCommitmentButton")
        self.export_button = QPushButton(self.tr("E&xport to spreadsheet…"), self)
        self.export_button.setObjectName("exportCommitmentsButton")
        self.export_button.setToolTip(self.tr("Save the commitments of this trip (or of every trip) as a CSV file "
                                              "for Excel"))
        self.attachments_button = QPushButton(self.tr("Attac&hments…"), self)
        self.attachments_button.setObjectName("commitmentAttachmentsButton")
        self.attachments_button.setToolTip(self.tr("The signed MoU or contract, and other files of this commitment"))
        #: open_attachments(owner, owner_id, title): the window's Attachments dialog (set by the window).
        self.open_attachments = None
        self.attachments_button.clicked.connect(self._attachments)
        self.add_button.clicked.connect(self.add_commitment)
        self.edit_button.clicked.connect(self.edit_commitment)
        self.delete_button.clicked.connect(self.delete_commitment)
        self.export_button.clicked.connect(self.export_to_spreadsheet)

        filters = QHBoxLayout()
        filters.addWidget(self.all_trips)
        filters.addSpacing(8)
        for caption, combo in ((self.tr("&Status:"), self.status_filter), (self.tr("&Owner:"), self.owner_filter),
                               (self.tr("O&rganization:"), self.organization_filter)):
            label = QLabel(caption, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 2 if combo is self.organization_filter else 1 if combo is self.owner_filter else 1)
            filters.addSpacing(4)
        filters.addWidget(self.search, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.attachments_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        # Delete / F2 / Ctrl+F: the main window owns these shortcuts and calls
        # delete_selected / edit_selected of the panel that has the focus; a panel
        # on its own (no parent) carries them itself. Both at once would be ambiguous.
        if parent is None:
            add_shortcut_action(self, self.tr("Delete commitment"), QKeySequence.StandardKey.Delete,
                                self.delete_commitment)
            add_shortcut_action(self, self.tr("Edit commitment"), "F2", self.edit_commitment)

        self.all_trips.toggled.connect(lambda _c: self.reload())
        for combo in (self.status_filter, self.owner_filter, self.organization_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.hub.changed.connect(self._on_change)
        ctx.hub.reloaded.connect(self._on_reloaded)
        # the owner/organization choices are queries: filled now when the database is open,
        # else (window painted before the database opened) on the first reload
        self._choices_pending = True
        if ctx.db is not None:
            self._fill_filter_choices()
        if load:
            self.reload()
        else:
            self._stale = True

    # -- state ---------------------------------------------------------------------------
    def set_trip(self, trip_id: int | None) -> None:
        """Show this trip's commitments (None: all trips)."""
        self._trip_id = trip_id
        self.all_trips.blockSignals(True)
        self.all_trips.setChecked(trip_id is None)
        self.all_trips.setEnabled(trip_id is not None)
        self.all_trips.blockSignals(False)
        self.reload()

    def trip_id(self) -> int | None:
        return self._trip_id

    def showing_all_trips(self) -> bool:
        return self._trip_id is None or self.all_trips.isChecked()

    def _on_change(self, change: Change) -> None:
        if not change.concerns(REFRESH_ON):
            return
        if change.concerns(_CHOICES):
            self._fill_filter_choices()
        if not self.showing_all_trips() and change.trip_id not in (None, self._trip_id):
            return
        self.refresh_soon()

    def _on_reloaded(self) -> None:
        """Another database: its ids mean other records; show all its trips until told otherwise."""
        self._fill_filter_choices()
        self.set_trip(None)

    def _fill_filter_choices(self) -> None:
        self._choices_pending = False
        for combo, choices, none_text in (
                (self.owner_filter, commitments.owner_filter_choices, self.tr("Anyone")),
                (self.organization_filter, commitments.organization_filter_choices, self.tr("Any organization"))):
            current = combo.currentData()
            combo.blockSignals(True)
            try:
                fill_id_combo(combo, choices(self.ctx), current, none_text)
            except Exception:  # noqa: BLE001 (database swapped under us: empty choices, the reason in the log)
                log.exception("commitment filter choices could not be listed")
                fill_id_combo(combo, [], None, none_text)
            combo.blockSignals(False)

    def query(self) -> dict:
        """The filters as list_commitments keyword arguments."""
        kwargs: dict = {}
        if not self.showing_all_trips():
            kwargs["trip_id"] = self._trip_id
        status = self.status_filter.currentData()
        if status == OPEN:
            kwargs["open_only"] = True
        elif status == OVERDUE:
            kwargs["overdue_on"] = self.today or date.today()
        elif status not in (ALL, None):
            kwargs["statuses"] = [status]
        if self.owner_filter.currentData() is not None:
            kwargs["owner_id"] = self.owner_filter.currentData()
        if self.organization_filter.currentData() is not None:
            kwargs["organization_id"] = self.organization_filter.currentData()
        return kwargs

    def reload(self) -> None:
        if self._choices_pending and self.ctx.db is not None:
            self._fill_filter_choices()
        keep = self.selected_commitment()
        self.rows_model.today = self.today
        try:
            rows = commitments.list_commitments(self.ctx, **self.query())
        except Exception:  # noqa: BLE001 (database swapped under us: an empty list, the reason in the log)
            log.exception("commitments could not be listed")
            rows = []
        self.model.set_rows(rows)
        all_trips = self.showing_all_trips()
        if self.view.isColumnHidden(self.model.column_of("trip")) == all_trips:
            self.view.setColumnHidden(self.model.column_of("trip"), not all_trips)
            self.fitter.fit()
        self.apply_search(keep, force=True)

    def apply_search(self, keep=None, *, force: bool = False) -> None:
        """Filter the listed commitments by the search box (no query: the rows are loaded)."""
        self._search_timer.stop()
        keep = keep or self.selected_commitment()
        if not self.model.set_filter_text(self.search.text()) and not force:
            return
        if keep is not None:
            select_row(self.view, self.model.row_of_id(keep.id))
        rows = self.model.rows()
        overdue = sum(1 for r in rows if self.rows_model.is_overdue(r))
        text = self.tr("%n commitment(s)", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.summary.setText(text)
        self._update_buttons()

    def _attachments(self) -> None:
        row = self.selected_commitment()
        if row is not None and self.open_attachments is not None:
            self.open_attachments("commitment", row.id, row.description)

    def _update_buttons(self) -> None:
        has = self.selected_commitment() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.attachments_button.setEnabled(has)
        self.add_button.setEnabled(self._trip_for_new() is not None)

    def _trip_for_new(self) -> int | None:
        if self._trip_id is not None:
            return self._trip_id
        row = self.selected_commitment()
        return row.trip_id if row is not None else None

    def selected_commitment(self):
        return self.model.row_at(selected_row(self.view))

    def select_commitment(self, commitment_id: int) -> bool:
        """Select a commitment, clearing filters that hide it (the trip is set by the caller)."""
        row = self.model.row_of_id(commitment_id)
        if row < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.status_filter, self.owner_filter, self.organization_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.reload()
            row = self.model.row_of_id(commitment_id)
        if row < 0 and not self.all_trips.isChecked():
            self.all_trips.setChecked(True)  # reloads
            row = self.model.row_of_id(commitment_id)
        if row < 0:
            return False
        select_row(self.view, row)
        return True

    # -- actions -------------------------------------------------------------------------
    def add_commitment(self) -> None:
        from delegation_planner.ui.dialogs.commitment_dialog import CommitmentDialog

        trip_id = self._trip_for_new()
        if trip_id is None:
            return
        dialog = CommitmentDialog(self.ctx, trip_id, parent=self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            select_row(self.view, self.model.row_of_id(dialog.result_value.id))

    def export_to_spreadsheet(self) -> None:
        """The commitments of the trip shown (or of every trip) to a CSV file, written in the background."""
        from delegation_planner.ui.dialogs.csv_export import export_commitments

        export_commitments(self.ctx, None if self.showing_all_trips() else self._trip_id, self, self.run_dialog,
                           self._exported)

    def _exported(self, result) -> None:
        self.last_export = result
        status_bar = getattr(self.window(), "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(self.tr("%n commitment(s) written to %1", "", result.rows)
                                     .replace("%1", str(result.path)), 15000)

    def commitment_model(self) -> CommitmentsModel:
        return self.model

    def change_status(self, commitment_id: int, status: str) -> None:
        self.change_commitment_status(commitment_id, status)

    # Names the main window's Delete / F2 actions call on the focused panel.
    def delete_selected(self) -> None:
        self.delete_commitment()

    def edit_selected(self) -> None:
        self.edit_commitment()

    def _double_clicked(self, index) -> None:
        if self.model.columns[index.column()].key != "status":
            self.edit_commitment()

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        row = self.model.row_at(index)
        if row is None:
            return
        menu = QMenu(self)
        status_menu = menu.addMenu(self.tr("Set status"))
        for status in CommitmentStatus:
            action = QAction(enum_text(status), status_menu)
            action.setCheckable(True)
            action.setChecked(status == row.status)
            action.triggered.connect(lambda _c=False, s=status.value: self.change_status(row.id, s))
            status_menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Edit…"), self.edit_commitment)
        menu.addAction(self.tr("Delete"), self.delete_commitment)
        menu.exec(self.view.viewport().mapToGlobal(pos))
