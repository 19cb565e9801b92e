"""Engagement detail: the brief (objectives, talking points, logistics), who attends (our side
and the host's counterparts, with roles), meeting notes and the commitments made there."""
from __future__ import annotations


from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QLabel, QListView, QSplitter, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from delegation_planner.changes import Change, Subject
from delegation_planner.domain.enums import AttendanceRole, CommitmentStatus, EngagementKind, EngagementStatus
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog
from delegation_planner.ui.labels import day_with_weekday, enum_text, ui_language
from delegation_planner.ui.models.attendees import AttendeesModel
from delegation_planner.ui.models.commitments import CommitmentsModel
from delegation_planner.ui.models.notes import NoteHeaderRole, NotesModel, NoteTextRole
from delegation_planner.ui.operations import commitments, members, notes
from delegation_planner.ui.operations.notes import EngagementSummary
from delegation_planner.ui.views.panel_common import (
    ColumnFitter, CommitmentActions, EnumComboDelegate, add_shortcut_action, button_page, enum_column_width,
    exec_dialog, make_button, report_error, select_row, selected_row, setup_table,
)

REFRESH_ON: frozenset[Subject] = frozenset({
    Subject.ENGAGEMENT, Subject.NOTE, Subject.ATTENDANCE, Subject.COMMITMENT, Subject.PERSON, Subject.ORGANIZATION,
    Subject.TRIP, Subject.MEMBER})


class NoteDelegate(QStyledItemDelegate):
    """Draws a note as a small muted header line (time · author) above its wrapped text."""

    PAD = 6

    def _width(self, option) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(120, width - 2 * self.PAD - 4)

    def _fonts(self, option):
        header = QFont(option.font)
        header.setBold(True)
        header.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.92))
        return header, option.font

    def sizeHint(self, option, index):
        header_font, body_font = self._fonts(option)
        width = self._width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        header_h = QFontMetrics(header_font).boundingRect(QRect(0, 0, width, 10000), flags,
                                                          index.data(NoteHeaderRole) or "").height()
        body_h = QFontMetrics(body_font).boundingRect(QRect(0, 0, width, 100000), flags,
                                                      index.data(NoteTextRole) or "").height()
        return QSize(width, header_h + body_h + 2 * self.PAD + 2)

    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        header_font, body_font = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.save()
        palette = option.palette
        painter.setFont(header_font)
        painter.setPen(palette.highlightedText().color() if selected else palette.placeholderText().color())
        header = index.data(NoteHeaderRole) or ""
        used = painter.boundingRect(rect, flags, header)
        painter.drawText(rect, flags, header)
        painter.setFont(body_font)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        painter.drawText(rect.adjusted(0, used.height() + 2, 0, 0), flags, index.data(NoteTextRole) or "")
        painter.restore()


class EngagementDetailPanel(CommitmentActions, QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._engagement_id: int | None = None
        self.summary: EngagementSummary | None = None
        self.run_dialog = exec_dialog

        # -- header and brief ------------------------------------------------------------
        self.heading = QLabel(self)
        self.heading.setObjectName("engagementHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.brief = QTextBrowser(self)
        self.brief.setObjectName("engagementBrief")
        self.brief.setOpenLinks(False)
        self.edit_brief_button = make_button(self, self.tr("Edit &brief…"), "editBriefButton", self.edit_brief)
        self.edit_brief_button.setToolTip(self.tr("Edit the objectives, talking points and logistics"))
        brief_box = QWidget(self)
        brief_layout = QVBoxLayout(brief_box)
        brief_layout.setContentsMargins(0, 0, 0, 0)
        brief_layout.addWidget(self.brief, 1)
        brief_row = QHBoxLayout()
        brief_row.addWidget(self.edit_brief_button)
        brief_row.addStretch(1)
        brief_layout.addLayout(brief_row)

        # -- notes -----------------------------------------------------------------------
        self.notes_model = NotesModel(self)
        self.notes_view = QListView(self)
        self.notes_view.setObjectName("notesView")
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setWordWrap(True)
        self.notes_view.setUniformItemSizes(False)
        self.notes_view.setSpacing(3)
        self.notes_view.setAlternatingRowColors(True)
        self.notes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.notes_view.setItemDelegate(NoteDelegate(self.notes_view))
        self.notes_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.notes_view.doubleClicked.connect(lambda _i: self.edit_note())
        self.add_note_button = make_button(self, self.tr("&Write note…"), "addNoteButton", self.add_note)
        self.edit_note_button = make_button(self, self.tr("&Edit…"), "editNoteButton", self.edit_note)
        self.delete_note_button = make_button(self, self.tr("&Delete"), "deleteNoteButton", self.delete_note)
        notes_page = button_page(self, self.notes_view, [self.add_note_button, self.edit_note_button,
                                                  self.delete_note_button])

        # -- people ----------------------------------------------------------------------
        self.attendees_model = AttendeesModel(self, on_role_changed=self.change_role)
        self.attendees_view = self._attendee_view(self.attendees_model, "attendeesView")
        self.add_ours_button = make_button(self, self.tr("Add &attendee…"), "addAttendeeButton",
                                       lambda: self.add_attendee(counterpart=False))
        self.add_theirs_button = make_button(self, self.tr("Add &counterpart…"), "addCounterpartButton",
                                         lambda: self.add_attendee(counterpart=True))
        self.remove_person_button = make_button(self, self.tr("&Remove"), "removeAttendeeButton", self.remove_attendee)
        people_page = button_page(self, self.attendees_view, [self.add_ours_button, self.add_theirs_button,
                                                       self.remove_person_button])

        # -- commitments -----------------------------------------------------------------
        self.commitments_model = CommitmentsModel(self, on_status_changed=self.change_commitment_status)
        self.commitments_view = QTableView(self)
        self.commitments_view.setObjectName("engagementCommitmentsView")
        self.commitments_view.setModel(self.commitments_model)
        setup_table(self.commitments_view, stretch_column=0)
        for key in ("trip", "engagement", "kind"):
            self.commitments_view.hideColumn(self.commitments_model.column_of(key))
        self.commitments_view.setItemDelegateForColumn(self.commitments_model.column_of("status"),
                                                       EnumComboDelegate(CommitmentStatus, self.commitments_view))
        column = self.commitments_model.column_of
        self.commitments_fitter = ColumnFitter(
            self.commitments_view, {column("status"): 100, column("due_date"): 96, column("owner"): 130,
                                    column("organization"): 140, column("reference"): 96}, column("description"),
            stretch_min=150, fixed=[column("status"), column("due_date"), column("reference")])
        self.commitments_view.doubleClicked.connect(self._commitment_double_clicked)
        self.add_commitment_button = make_button(self, self.tr("Add &commitment…"), "addCommitmentButton",
                                             self.add_commitment)
        self.edit_commitment_button = make_button(self, self.tr("Edi&t…"), "editCommitmentButton",
                                              self.edit_commitment)
        self.delete_commitment_button = make_button(self, self.tr("De&lete"), "deleteCommitmentButton",
                                                self.delete_commitment)
        commitments_page = button_page(self, self.commitments_view, [self.add_commitment_button,
                                                              self.edit_commitment_button,
                                                              self.delete_commitment_button])

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("engagementTabs")
        self.tabs.addTab(notes_page, "")
        self.tabs.addTab(people_page, "")
        self.tabs.addTab(commitments_page, "")

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(brief_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 560])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.empty = QLabel(self.tr("Choose an engagement in the programme to see its brief, people, notes "
                                    "and commitments."), self)
        self.empty.setObjectName("engagementEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty, 1)

        # Delete / F2 / Ctrl+F: the main window owns these shortcuts and calls
        # delete_selected / edit_selected of the panel that has the focus; a panel
        # on its own (no parent) carries them itself. Both at once would be ambiguous.
        if parent is None:
            add_shortcut_action(self, self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected)
            add_shortcut_action(self, self.tr("Edit"), "F2", self.edit_selected)
        for view in (self.notes_view, self.commitments_view, self.attendees_view):
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.hub.changed.connect(self._on_change)
        ctx.hub.reloaded.connect(self._on_reloaded)
        self.reload()

    # -- building helpers -------------------------------------------------------------------
    def _attendee_view(self, model: AttendeesModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        setup_table(view, sortable=False, stretch_column=None)
        view.setItemDelegateForColumn(model.column_of("role"), EnumComboDelegate(AttendanceRole, view))
        side_width = max(view.fontMetrics().horizontalAdvance(t) for t in (model.tr("Counterpart"), model.tr("Our side"))) + 18
        widths = {model.column_of("side"): side_width,
                  model.column_of("role"): enum_column_width(view, AttendanceRole),
                  model.column_of("title"): 170, model.column_of("organization"): 170}
        view.fitter = ColumnFitter(view, widths, model.column_of("full_name"), stretch_min=150,
                                   fixed=[model.column_of("side"), model.column_of("role")])
        return view

    # -- state -----------------------------------------------------------------------------
    def engagement_id(self) -> int | None:
        return self._engagement_id

    def set_engagement(self, engagement_id: int | None) -> None:
        self._engagement_id = engagement_id
        self.reload()

    def _on_change(self, change: Change) -> None:
        if self._engagement_id is None or not change.concerns(REFRESH_ON):
            return
        if self.summary is not None and change.of_other_trip(self.summary.trip_id):
            return
        self.reload()

    def _on_reloaded(self) -> None:
        """Another database: its engagement ids mean other engagements, so show none until told."""
        self._engagement_id = None
        self.reload()

    def reload(self) -> None:
        eid = self._engagement_id
        summary = None
        if eid is not None:
            try:
                summary = notes.engagement_summary(self.ctx, eid)
            except NotFoundError:
                summary = None
        self.summary = summary
        has = summary is not None
        self.splitter.setVisible(has)
        self.heading.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            self.notes_model.set_notes([])
            self.attendees_model.set_rows([])
            self.commitments_model.set_rows([])
            self._update_tabs()
            self._update_buttons()
            return
        keep_note = self.selected_note()
        self.heading.setText(self._heading_html(summary))
        self.brief.setHtml(self._brief_html(summary))
        self.notes_model.set_notes(notes.list_notes(self.ctx, summary.id), summary.timezone,
                                  getattr(summary, "venue_city", "") or "")
        if keep_note is not None:
            select_row(self.notes_view, self.notes_model.row_of_id(keep_note.id))
        self.attendees_model.set_rows(members.list_attendees(self.ctx, summary.id))
        self.commitments_model.set_rows(commitments.list_commitments(self.ctx, engagement_id=summary.id))
        self._update_tabs()
        self._update_buttons()

    def _update_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Notes (%1)").replace("%1", str(self.notes_model.rowCount())))
        self.tabs.setTabText(1, self.tr("People (%1)").replace("%1", str(self.attendees_model.rowCount())))
        self.tabs.setTabText(2, self.tr("Commitments (%1)").replace("%1", str(self.commitments_model.rowCount())))

    def _update_buttons(self) -> None:
        has = self.summary is not None
        for button in (self.edit_brief_button, self.add_note_button, self.add_ours_button, self.add_theirs_button,
                       self.add_commitment_button):
            button.setEnabled(has)
        note = self.selected_note() is not None
        self.edit_note_button.setEnabled(note)
        self.delete_note_button.setEnabled(note)
        self.remove_person_button.setEnabled(self._selected_attendee() is not None)
        self.edit_commitment_button.setEnabled(self.selected_commitment() is not None)
        self.delete_commitment_button.setEnabled(self.selected_commitment() is not None)

    def _heading_html(self, s: EngagementSummary) -> str:
        from html import escape
        from delegation_planner.domain.timezones import dual_time_label, local_date, to_local

        day = local_date(s.start_utc, s.timezone)
        end = to_local(s.end_utc, s.timezone)
        clock = dual_time_label(s.start_utc, s.timezone, s.home_timezone, venue_city=getattr(s, "venue_city", ""),
                                lang=ui_language())
        when = f"{escape(day_with_weekday(day))} · {escape(clock)}" \
               f" – {end:%H:%M}"
        where = " · ".join(escape(x) for x in (s.organization_name, s.location) if x)
        status = escape(enum_text(s.status, EngagementStatus))
        kind = escape(enum_text(s.kind, EngagementKind))
        return (f"<span style='font-size:13pt; font-weight:600'>{escape(s.title)}</span><br>"
                f"{when}<br>{where + ' · ' if where else ''}{kind} · {status}")

    def _brief_html(self, s: EngagementSummary) -> str:
        from html import escape

        parts = []
        not_written = escape(self.tr("Not written yet"))
        for caption, text in ((self.tr("Objectives"), s.objectives), (self.tr("Talking points"), s.talking_points),
                              (self.tr("Logistics"), s.logistics)):
            body = escape(text).replace("\n", "<br>") if text.strip() else \
                f"<i style='color:gray'>{not_written}</i>"
            parts.append(f"<h3 style='margin-bottom:2px'>{escape(caption)}</h3><p style='margin-top:0'>{body}</p>")
        if s.travel_minutes:
            travel = self.tr("Travel time from the previous venue: %1 min").replace("%1", str(s.travel_minutes))
            parts.append(f"<p>{escape(travel)}</p>")
        return "".join(parts)

    # -- selection -------------------------------------------------------------------------
    def selected_note(self):
        return self.notes_model.note_at(selected_row(self.notes_view))

    def selected_commitment(self):
        return self.commitments_model.row_at(selected_row(self.commitments_view))

    def _selected_attendee(self):
        return self.attendees_model.row_at(selected_row(self.attendees_view))

    # -- brief -----------------------------------------------------------------------------
    def edit_brief(self) -> None:
        """Objectives, talking points and logistics, saved through update_engagement (undoable)."""
        s = self.summary
        if s is None:
            return
        dialog = FormDialog(self.tr("Brief: %s") % s.title, self)
        dialog.setMinimumSize(560, 520)
        dialog.text("objectives", self.tr("&Objectives"), s.objectives, height=90)
        dialog.text("talking_points", self.tr("&Talking points"), s.talking_points, height=140)
        dialog.text("logistics", self.tr("&Logistics"), s.logistics, height=90)
        dialog.set_submit(lambda values: notes.edit_brief(self.ctx, s, values))
        self.run_dialog(dialog)

    # -- notes -----------------------------------------------------------------------------
    def add_note(self) -> None:
        from delegation_planner.ui.dialogs.note_dialog import NoteDialog

        if self.summary is None:
            return
        dialog = NoteDialog(self.ctx, self.summary.id, parent=self)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            select_row(self.notes_view, self.notes_model.row_of_id(dialog.result_value.id))

    def edit_note(self) -> None:
        from delegation_planner.ui.dialogs.note_dialog import NoteDialog

        note = self.selected_note()
        if note is None or self.summary is None:
            return
        self.run_dialog(NoteDialog(self.ctx, self.summary.id, note, parent=self))

    def delete_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        if not self.ctx.confirm(self, self.tr("Delete note"), self.tr("Delete this note?\n\n%s") % note.text[:200]):
            return
        try:
            notes.delete_note(self.ctx, note)
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            report_error(self, exc)

    # -- people ----------------------------------------------------------------------------
    def add_attendee(self, counterpart: bool) -> None:
        from delegation_planner.ui.dialogs.member_dialog import AttendeeDialog

        if self.summary is None:
            return
        self.run_dialog(AttendeeDialog(self.ctx, self.summary.id, counterpart=counterpart, parent=self,
                                       run_dialog=self.run_dialog))

    def change_role(self, person_id: int, role: str) -> None:
        if self.summary is None:
            return
        rows = {a.person_id: a for a in self.attendees_model.rows()}
        old = rows.get(person_id)
        if old is None:
            return
        try:
            members.change_attendee_role(self.ctx, self.summary.id, old, role)
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            report_error(self, exc)

    def remove_attendee(self) -> None:
        row = self._selected_attendee()
        if row is None or self.summary is None:
            return
        if not self.ctx.confirm(self, self.tr("Remove attendee"),
                                self.tr("Remove %s from this engagement?") % row.full_name):
            return
        try:
            members.remove_attendee(self.ctx, self.summary.id, row)
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            report_error(self, exc)

    # -- commitments -----------------------------------------------------------------------
    def add_commitment(self) -> None:
        from delegation_planner.ui.dialogs.commitment_dialog import CommitmentDialog

        if self.summary is None:
            return
        self.run_dialog(CommitmentDialog(self.ctx, self.summary.trip_id, engagement_id=self.summary.id,
                                         organization_id=self.summary.organization_id, parent=self))

    def commitment_model(self) -> CommitmentsModel:
        return self.commitments_model

    def _commitment_double_clicked(self, index) -> None:
        if self.commitments_model.columns[index.column()].key != "status":
            self.edit_commitment()

    # -- shortcuts -------------------------------------------------------------------------
    def _current_tab_key(self) -> str:
        return ("notes", "people", "commitments")[self.tabs.currentIndex()]

    def delete_selected(self) -> None:
        tab = self._current_tab_key()
        if tab == "notes":
            self.delete_note()
        elif tab == "people":
            self.remove_attendee()
        else:
            self.delete_commitment()

    def edit_selected(self) -> None:
        tab = self._current_tab_key()
        if tab == "notes":
            self.edit_note()
        elif tab == "commitments":
            self.edit_commitment()

