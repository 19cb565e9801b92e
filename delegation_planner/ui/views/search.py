"""Search everything: full-text search across meeting notes, commitments and people.

``SearchPanel`` searches as you type (150 ms after the last key, at once on Enter)
through ``ui.operations.search.search_rows`` (SQLite FTS5 in the services),
shows what matched with the matched words in bold, the trip, and how many results
were found in how many milliseconds. Double-click (or Enter on) a result emits
``activated(kind, record_id, trip_id, engagement_id)``; the panel never calls other
views. ``SearchDialog`` is a non-modal window around the panel.

``open_search_dialog(window)`` / ``show_search_result(window, ...)`` are the main
window's side: one dialog per window, following its current trip, and a result opens
the engagement of a note, the commitment, or the person in the Directory.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from delegation_planner.changes import Change, Subject
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations import search as search_ops
from delegation_planner.ui.models.search import (
    ID_COLUMN, KIND_COLUMN, SNIPPET_COLUMN, TRIP_COLUMN, SearchModel, SegmentsRole, kind_text,
)

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
RESULT_LIMIT = 100
REFRESH_ON: frozenset[Subject] = frozenset({
    Subject.NOTE, Subject.COMMITMENT, Subject.PERSON, Subject.TRIP, Subject.ENGAGEMENT})


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet on one line with the matched words in bold, elided at the right."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        segments = index.data(SegmentsRole)
        if not segments:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = bool(opt.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        normal = QFont(opt.font)
        bold = QFont(opt.font)
        bold.setBold(True)
        metrics = {False: QFontMetrics(normal), True: QFontMetrics(bold)}
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        segments = self._keep_first_match_visible(list(segments), metrics, rect.width())
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(group, role))
        x = rect.left()
        right = rect.right() + 1
        for text, matched in segments:
            fm = metrics[matched]
            width = fm.horizontalAdvance(text)
            room = right - x
            if room <= 0:
                break
            painter.setFont(bold if matched else normal)
            if width > room:
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
                painter.drawText(QRect(x, rect.top(), room, rect.height()), align, text)
                break
            painter.drawText(QRect(x, rect.top(), width, rect.height()), align, text)
            x += width
        painter.restore()

    @staticmethod
    def _keep_first_match_visible(segments: list[tuple[str, bool]], metrics, room: int) -> list[tuple[str, bool]]:
        """When the text before the first matched word is too long for the cell to show
        that word, cut the start ("…" + the last words before it) instead of the match."""
        if len(segments) < 2 or segments[0][1] or room <= 0:
            return segments
        prefix, match = segments[0][0], segments[1][0]
        match_width = metrics[True].horizontalAdvance(match)
        if metrics[False].horizontalAdvance(prefix) + match_width <= room:
            return segments
        keep = max(room // 4, min(room - match_width, room // 2))
        segments[0] = (metrics[False].elidedText(prefix, Qt.TextElideMode.ElideLeft, keep), False)
        return segments


class SearchPanel(QWidget):
    #: A result was opened (double-click / Enter): kind ("note", "commitment", "person"),
    #: record id, trip id (None for people), engagement id (None for people and for
    #: commitments not made in an engagement).
    activated = Signal(str, int, object, object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.ctx = ctx
        self._trip_id: int | None = None
        self._stale = False
        #: How long the last search took (service call and model), in milliseconds.
        self.last_elapsed_ms: float | None = None
        #: The text of the last search that ran.
        self.last_query: str | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search notes, commitments and people…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)

        self.trip_only = QCheckBox(self.tr("This &trip only"), self)
        self.trip_only.setObjectName("searchTripOnly")
        self.trip_only.setToolTip(self.tr("Only notes and commitments of the trip selected in the main window "
                                          "(people are shared by every trip)"))
        self.trip_only.setEnabled(False)

        self.model = SearchModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setShowGrid(False)
        self.view.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(self.view))
        self.view.setColumnHidden(ID_COLUMN, True)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TRIP_COLUMN, QHeaderView.ResizeMode.Interactive)
        fm = self.view.fontMetrics()
        kind_width = max(fm.horizontalAdvance(kind_text(k)) for k in ("note", "commitment", "person"))
        kind_width = max(kind_width, fm.horizontalAdvance(self.model.headerData(KIND_COLUMN, Qt.Orientation.Horizontal)))
        self.view.setColumnWidth(KIND_COLUMN, kind_width + 24)
        self.view.setColumnWidth(TRIP_COLUMN, 230)
        self.view.setToolTip(self.tr("Double-click a result, or press Enter, to open it"))
        self.view.activated.connect(self._activated)
        self.view.installEventFilter(self)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self._timer = QTimer(self)
        self._timer.setObjectName("searchDebounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.trip_only.toggled.connect(lambda _c: self.run_search())

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addSpacing(6)
        top.addWidget(self.trip_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_box)

        ctx.hub.changed.connect(self._on_change)
        ctx.hub.reloaded.connect(self._on_reloaded)
        self._show_status()

    # -- state ---------------------------------------------------------------------------
    def set_trip(self, trip_id: int | None) -> None:
        """The trip "This trip only" keeps to (None: no trip, the box is off and disabled)."""
        changed = trip_id != self._trip_id
        self._trip_id = trip_id
        self.trip_only.blockSignals(True)
        if trip_id is None:
            self.trip_only.setChecked(False)
        self.trip_only.setEnabled(trip_id is not None)
        self.trip_only.blockSignals(False)
        if changed and self.trip_only.isChecked():
            self.run_search()

    def trip_id(self) -> int | None:
        return self._trip_id

    def trip_filter(self) -> int | None:
        """The trip the results are limited to, or None (every trip)."""
        return self._trip_id if self._trip_id is not None and self.trip_only.isChecked() else None

    def set_query(self, text: str) -> None:
        """Put ``text`` in the search box and search at once."""
        self.search_box.setText(text)
        self.run_search()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- searching -----------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        self._stale = False
        text = self.search_box.text()
        self.last_query = text
        if not text.strip() or self.ctx.db is None:
            self.model.set_rows([])
            self.last_elapsed_ms = None
            self._show_status()
            return
        started = time.perf_counter()
        error = None
        try:
            rows = search_ops.search_rows(self.ctx, text, RESULT_LIMIT, trip_id=self.trip_filter())
        except Exception as exc:  # noqa: BLE001 (database swapped under us, or a database error)
            log.warning("search for %r failed: %s", text, exc)
            rows, error = [], exc
        self.model.set_rows(rows)
        self.last_elapsed_ms = (time.perf_counter() - started) * 1000
        if rows:
            self.view.setCurrentIndex(self.model.index(0, KIND_COLUMN))
            self.view.scrollToTop()
        self._show_status(error)

    def _show_status(self, error: Exception | None = None) -> None:
        if error is not None:
            self.status.setText(self.tr("The search failed: %1").replace("%1", str(error)))
        elif not self.search_box.text().strip():
            self.status.setText(self.tr("Type words to find them in meeting notes, commitments and people."))
        elif self.model.rowCount() == 0:
            self.status.setText(self.tr("No matches · %1 ms").replace("%1", self._ms()))
        else:
            count = self.model.rowCount()
            text = self.tr("%n result(s)", "", count)
            if count >= RESULT_LIMIT:
                text = self.tr("The first %n results", "", count)
            self.status.setText(text + " · " + self.tr("%1 ms").replace("%1", self._ms()))

    def _ms(self) -> str:
        ms = self.last_elapsed_ms or 0.0
        return f"{ms:.1f}" if ms < 10 else f"{ms:.0f}"

    def _on_change(self, change: Change) -> None:
        if not change.concerns(REFRESH_ON) or not self.search_box.text().strip():
            return
        if not self.isVisible():
            self._stale = True
            return
        if not self._timer.isActive():
            self._timer.start()  # several changes, one search

    def _on_reloaded(self) -> None:
        """Another database: its ids mean other records."""
        self.set_trip(None)
        self.run_search()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.run_search()


    # -- opening a result ----------------------------------------------------------------
    def selected_result(self):
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def activate_row(self, row: int) -> None:
        """Emit ``activated`` for result ``row`` (what double-click / Enter do)."""
        self._activated(self.model.index(row, KIND_COLUMN))

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.row_at(index)
        if item is not None:
            self.activated.emit(item.kind, item.id, item.trip_id, item.engagement_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.view and event.type() == QEvent.Type.Resize:
            # the trip column gives way to the matched text in a narrow window
            self.view.setColumnWidth(TRIP_COLUMN, max(120, min(260, event.size().width() * 3 // 10)))
        # Down in the search box moves to the results (Enter there then opens one).
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, KIND_COLUMN))
            self.view.selectRow(self.view.currentIndex().row())
            return True
        return super().eventFilter(watched, event)


class SearchDialog(QDialog):
    """A non-modal window around a ``SearchPanel`` (Esc closes it)."""

    #: The panel's ``activated``, forwarded.
    activated = Signal(str, int, object, object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search everything"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.panel = SearchPanel(ctx, self)
        self.panel.activated.connect(self.activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        # No push buttons: Enter in the search box or the results must never "click" a default button.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.panel.focus_search)
        self.resize(760, 480)

    def set_trip(self, trip_id: int | None) -> None:
        self.panel.set_trip(trip_id)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.panel.focus_search()


# ------------------------------------------------------------------ the main window's side

def open_search_dialog(window) -> SearchDialog:
    """Show (creating it once) the window's search dialog, limited-to-trip choice following
    the window's current trip; results open in the window (``show_search_result``)."""
    dialog = getattr(window, "search_dialog", None)
    if dialog is None:
        dialog = SearchDialog(window.ctx, window)
        dialog.activated.connect(lambda kind, record_id, trip_id, engagement_id:
                                 show_search_result(window, kind, record_id, trip_id, engagement_id))
        window.search_dialog = dialog
    current = getattr(window, "current_trip_id", None)  # a property of MainWindow
    if callable(current):
        current = current()
    dialog.set_trip(current if isinstance(current, int) else None)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_search_result(window, kind: str, record_id: int, trip_id: int | None,
                       engagement_id: int | None) -> bool:
    """Open a search result in the main window: a note's engagement in the Programme, a
    commitment in the Commitments tab, a person in the Directory's people list."""
    if kind == "note":
        return bool(engagement_id is not None and window.show_engagement(engagement_id))
    if kind == "commitment":
        return bool(window.show_commitment(record_id, trip_id))
    if kind == "person":
        return show_person(window, record_id)
    return False


def show_person(window, person_id: int) -> bool:
    """Switch to the Directory tab, people list, with this person selected."""
    from delegation_planner.ui.views.directory import PEOPLE_TAB
    from delegation_planner.ui.views.panel_common import select_row

    panel = window.directory_panel
    window.tabs.setCurrentWidget(panel)
    panel.tabs.setCurrentIndex(PEOPLE_TAB)
    row = panel.people_model.row_of_id(person_id)
    if row < 0:
        if panel.search.text():
            panel.search.blockSignals(True)
            panel.search.clear()
            panel.search.blockSignals(False)
        panel.reload()
        row = panel.people_model.row_of_id(person_id)
    if row < 0:
        window.statusBar().showMessage(QCoreApplication.translate("SearchPanel", "That person no longer exists."), 8000)
        return False
    select_row(panel.view, row)
    panel.view.setFocus()
    return True


__all__ = ["SearchDialog", "SearchPanel", "SnippetDelegate", "open_search_dialog", "show_person",
           "show_search_result"]
