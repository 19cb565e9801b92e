"""Directory panel: the people and organizations shared across trips, with search.

Selecting an organization shows its history: every engagement and commitment with it,
across all trips, newest first.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from delegation_planner.changes import Change, Subject
from delegation_planner.domain.enums import CommitmentStatus, EngagementStatus, OrganizationKind, Side
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.models.directory import HistoryModel, OrganizationsModel, PeopleModel
from delegation_planner.ui.models.filtering import FoldFilterProxy, row_text
from delegation_planner.ui.operations import directory
from delegation_planner.ui.views.panel_common import (
    LazyRefresh, add_shortcut_action, button_page, enum_column_width, exec_dialog, make_button, report_error,
    select_row, selected_row, setup_table,
)

log = logging.getLogger(__name__)

PEOPLE_TAB, ORGANIZATIONS_TAB = 0, 1
REFRESH_ON: frozenset[Subject] = frozenset({
    Subject.PERSON, Subject.ORGANIZATION, Subject.ENGAGEMENT, Subject.COMMITMENT, Subject.TRIP})
#: Changes of the lists themselves; the others only change the selected organization's history.
_LISTS = frozenset({Subject.PERSON, Subject.ORGANIZATION})


class DirectoryPanel(LazyRefresh, QWidget):
    #: A history row was activated (double-click / Enter): the main window may show that
    #: engagement (engagement id) or that trip's commitments (trip id). The panel itself never
    #: calls other views.
    engagement_activated = Signal(int)
    commitment_activated = Signal(int, int)  # commitment id, trip id
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, load: bool = True):
        """``load=False``: stay empty until first shown or ``refresh_soon()`` (the main window's start-up)."""
        super().__init__(parent)
        self.ctx = ctx
        self.run_dialog = exec_dialog

        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText(self.tr("Search people and organizations (name, title, city)…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        # -- people ----------------------------------------------------------------------
        # Both lists hold every record; the search box filters them as typed without accents
        # ("nong tuan phong" finds "Nông Tuấn Phong"), through the one FoldFilterProxy.
        self.people_model = FoldFilterProxy(PeopleModel(self), row_text(
            lambda r: r.full_name, lambda r: r.title, lambda r: r.organization_name, lambda r: r.email), self)
        self.view = QTableView(self)
        self.view.setObjectName("directoryView")
        self.view.setModel(self.people_model)
        setup_table(self.view, stretch_column=None)
        for column, width in ((0, 180), (1, 180), (2, 200), (3, enum_column_width(self.view, Side)), (4, 150)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_person_button = make_button(self, self.tr("&New person…"), "newPersonButton", self.new_person)
        people_page = button_page(self, self.view, [self.new_person_button])

        # -- organizations + history -----------------------------------------------------
        self.organizations_model = FoldFilterProxy(OrganizationsModel(self), row_text(
            lambda r: r.name, lambda r: r.local_name, lambda r: r.city, lambda r: r.country), self)
        self.organizations_view = QTableView(self)
        self.organizations_view.setObjectName("organizationsView")
        self.organizations_view.setModel(self.organizations_model)
        setup_table(self.organizations_view, stretch_column=0)
        for column, width in ((1, 170), (2, enum_column_width(self.organizations_view, OrganizationKind, minimum=130)),
                              (3, 120), (4, 110)):
            self.organizations_view.setColumnWidth(column, width)
        self.organizations_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.history_model = HistoryModel(self)
        self.history_view = QTableView(self)
        self.history_view.setObjectName("organizationHistoryView")
        self.history_view.setModel(self.history_model)
        setup_table(self.history_view, stretch_column=3)
        for column, width in ((0, 96), (1, 190), (2, 100),
                              (4, enum_column_width(self.history_view, EngagementStatus, CommitmentStatus))):
            self.history_view.setColumnWidth(column, width)
        self.history_view.activated.connect(self._history_activated)
        self.history_view.setToolTip(self.tr("Double-click a row to open it"))
        self.history_label = QLabel(self)
        self.history_label.setObjectName("organizationHistoryLabel")
        font = self.history_label.font()
        font.setBold(True)
        self.history_label.setFont(font)
        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.organizations_view)
        split.addWidget(history_box)
        split.setSizes([260, 220])
        split.setChildrenCollapsible(False)
        self.new_organization_button = make_button(self, self.tr("New &organization…"), "newOrganizationButton",
                                                    self.new_organization)
        organizations_page = button_page(self, split, [self.new_organization_button])

        self.edit_button = make_button(self, self.tr("&Edit…"), "editDirectoryButton", self.edit_selected)
        self.delete_button = make_button(self, self.tr("&Delete"), "deleteDirectoryButton", self.delete_selected)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("directoryTabs")
        self.tabs.addTab(people_page, "")
        self.tabs.addTab(organizations_page, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        # Delete / F2 / Ctrl+F: the main window owns these shortcuts and calls
        # delete_selected / edit_selected of the panel that has the focus; a panel
        # on its own (no parent) carries them itself. Both at once would be ambiguous.
        if parent is None:
            add_shortcut_action(self, self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected)
            add_shortcut_action(self, self.tr("Edit"), "F2", self.edit_selected)
            add_shortcut_action(self, self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.organizations_view.selectionModel().selectionChanged.connect(lambda *_: self._organization_selected())
        ctx.hub.changed.connect(self._on_change)
        ctx.hub.reloaded.connect(self.reload)
        if load:
            self.reload()
        else:
            self._stale = True

    # -- loading -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_change(self, change: Change) -> None:
        if not change.concerns(REFRESH_ON):
            return
        if change.concerns(_LISTS):
            self.refresh_soon()
        elif self.selected_organization() is not None:  # engagements/commitments only change the selected organization's history
            self._load_history()

    def reload(self) -> None:
        """Every person and organization from the database, then the search applied."""
        keep_person = self.selected_person()
        keep_org = self.selected_organization()
        try:
            people = directory.list_people(self.ctx)
            organizations = directory.list_organizations(self.ctx)
        except Exception:  # noqa: BLE001 (database swapped under us: empty lists, the reason in the log)
            log.exception("directory could not be listed")
            people, organizations = [], []
        self.people_model.set_rows(people)
        self.organizations_model.set_rows(organizations)
        self._apply_search(keep_person, keep_org, force=True)

    def _apply_search(self, keep_person=None, keep_org=None, *, force: bool = False) -> None:
        """Filter both lists by the search box (the rows are loaded already)."""
        self._search_timer.stop()
        keep_person = keep_person or self.selected_person()
        keep_org = keep_org or self.selected_organization()
        text = self.search.text()
        changed = [model.set_filter_text(text) for model in (self.people_model, self.organizations_model)]
        if not (force or any(changed)):
            return
        if keep_person is not None:
            select_row(self.view, self.people_model.row_of_id(keep_person.id))
        if keep_org is not None:
            select_row(self.organizations_view, self.organizations_model.row_of_id(keep_org.id))
        self.tabs.setTabText(PEOPLE_TAB, self.tr("People (%1)").replace("%1", str(self.people_model.rowCount())))
        self.tabs.setTabText(ORGANIZATIONS_TAB, self.tr("Organizations (%1)").replace(
            "%1", str(self.organizations_model.rowCount())))
        self._load_history()
        self._update_buttons()

    def _organization_selected(self) -> None:
        self._load_history()
        self._update_buttons()

    def _load_history(self) -> None:
        org = self.selected_organization()
        items = []
        if org is not None:
            try:
                items = directory.organization_history(self.ctx, org.id)
            except NotFoundError:
                items = []
        self.history_model.set_rows(items)
        if org is None:
            self.history_label.setText(self.tr("Select an organization to see its history across trips."))
        else:
            self.history_label.setText(self.tr("History with %1 — %2 engagement(s), %3 commitment(s)")
                                       .replace("%1", org.name)
                                       .replace("%2", str(sum(1 for i in items if i.what == "engagement")))
                                       .replace("%3", str(sum(1 for i in items if i.what == "commitment"))))

    def _history_activated(self, index) -> None:
        item = self.history_model.row_at(index)
        if item is None:
            return
        if item.what == "engagement":
            self.engagement_activated.emit(item.record_id)
        else:
            self.commitment_activated.emit(item.record_id, item.trip_id)

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- selection -----------------------------------------------------------------------
    def selected_person(self):
        return self.people_model.row_at(selected_row(self.view))

    def selected_organization(self):
        return self.organizations_model.row_at(selected_row(self.organizations_view))

    def _selected(self):
        return self.selected_person() if self.tabs.currentIndex() == PEOPLE_TAB else self.selected_organization()

    def show_organization(self, organization_id: int) -> None:
        """Switch to the organizations tab with this organization selected (and its history shown)."""
        self.tabs.setCurrentIndex(ORGANIZATIONS_TAB)
        row = self.organizations_model.row_of_id(organization_id)
        if row < 0 and self.search.text():
            self.search.clear()
            self._apply_search()
            row = self.organizations_model.row_of_id(organization_id)
        if row < 0:
            self.reload()
            row = self.organizations_model.row_of_id(organization_id)
        select_row(self.organizations_view, row)

    # -- actions -------------------------------------------------------------------------
    def new_person(self) -> None:
        from delegation_planner.ui.dialogs.person_dialog import PersonDialog

        dialog = PersonDialog(self.ctx, parent=self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.tabs.setCurrentIndex(PEOPLE_TAB)
            select_row(self.view, self.people_model.row_of_id(dialog.result_value.id))

    def new_organization(self) -> None:
        from delegation_planner.ui.dialogs.organization_dialog import OrganizationDialog

        dialog = OrganizationDialog(self.ctx, parent=self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.show_organization(dialog.result_value.id)

    def edit_selected(self) -> None:
        from delegation_planner.ui.dialogs.person_dialog import PersonDialog
        from delegation_planner.ui.dialogs.organization_dialog import OrganizationDialog

        try:
            if self.tabs.currentIndex() == PEOPLE_TAB:
                row = self.selected_person()
                if row is not None:
                    self.run_dialog(PersonDialog(self.ctx, directory.get_person(self.ctx, row.id), parent=self))
            else:
                row = self.selected_organization()
                if row is not None:
                    self.run_dialog(OrganizationDialog(self.ctx, directory.get_organization(self.ctx, row.id),
                                                       parent=self))
        except NotFoundError as exc:
            report_error(self, exc)

    def delete_selected(self) -> None:
        """Deleting from the shared directory touches every trip, so it is confirmed and not undoable."""
        try:
            if self.tabs.currentIndex() == PEOPLE_TAB:
                row = self.selected_person()
                if row is None or not self.ctx.confirm(
                        self, self.tr("Delete person"),
                        self.tr("Delete %s from the directory? They are removed from every delegation and "
                                "attendance list, and their commitments lose their owner. This cannot be undone.")
                        % row.full_name):
                    return
                directory.delete_person(self.ctx, row.id)
            else:
                row = self.selected_organization()
                if row is None or not self.ctx.confirm(
                        self, self.tr("Delete organization"),
                        self.tr("Delete %s from the directory? Engagements, people and commitments keep their "
                                "record but lose the link. This cannot be undone.") % row.name):
                    return
                directory.delete_organization(self.ctx, row.id)
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            report_error(self, exc)
