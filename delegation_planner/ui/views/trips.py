"""The trip list: search box, status and year filters, trips sorted by start date (newest first).

Status and year filter in SQL; the search box filters the loaded rows through the shared
``FoldFilterProxy`` (typed without accents: "cao bang" finds "Cao Bằng"). The trip the window
shows is always one the list shows: a trip the filters hide stops being current (the right
side shows nothing), so no action ever acts on a hidden trip."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from delegation_planner.domain.enums import TripStatus
from delegation_planner.domain.text import fold
from delegation_planner.ui.labels import enum_text
from delegation_planner.changes import Change, Subject
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.models.filtering import FoldFilterProxy, row_text
from delegation_planner.ui.models.trips import TripIdRole, TripListModel

#: The subjects this list refreshes on (trip rows show engagement counts).
REFRESH_ON: frozenset[Subject] = frozenset({Subject.TRIP, Subject.ENGAGEMENT})
SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class TripListPanel(QWidget):
    """Emits ``tripSelected(id or None)`` when the current trip changes."""

    tripSelected = Signal(object)
    tripActivated = Signal(int)  # double-click / Enter: edit

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._current: int | None = None
        self.model = TripListModel(self)
        #: What the list shows: the model's rows whose title or destination hold the typed words.
        self.proxy = FoldFilterProxy(self.model, row_text(lambda r: r.title, lambda r: r.destination), self,
                                     row_of=self.model.trip_at)

        self.search = QLineEdit(self)
        self.search.setObjectName("tripSearch")
        self.search.setPlaceholderText(self.tr("Search trips (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("tripStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in TripStatus:
            self.status_filter.addItem(enum_text(status), status.value)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("tripYearFilter")
        self.year_filter.addItem(self.tr("All years"), None)

        self.view = TripListView(self)
        self.view.setObjectName("tripList")
        self.view.setModel(self.proxy)
        self.view.setModelColumn(TripListModel.TITLE)
        self.view.setItemDelegate(TripDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("Trips"))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("tripCount")

        title = QLabel(self.tr("Trips"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.year_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        # the window adds its buttons here (New trip…)
        self.footer = QHBoxLayout()
        self.footer.setContentsMargins(0, 0, 0, 0)
        self.footer.addWidget(self.count_label, 1)
        layout.addLayout(self.footer)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.focus_list)
        self.search.installEventFilter(self)  # Down: into the list
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.year_filter.currentIndexChanged.connect(self._apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.doubleClicked.connect(self._on_double_clicked)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_if_stale)
        ctx.hub.changed.connect(self._on_changed)
        ctx.hub.reloaded.connect(self._on_reloaded)

    # -- public ---------------------------------------------------------------------------
    @property
    def current_trip_id(self) -> int | None:
        return self._current

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        """Focus the list (Enter or Down in the search box); with no trip current, the first shown
        becomes current, so the keyboard reaches a trip without the mouse."""
        self._apply_filters_now()
        if self._current is None and self.proxy.rowCount():
            self.view.selectionModel().setCurrentIndex(self.proxy.index(0, 0), SELECT_ROW)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        from PySide6.QtCore import QEvent

        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and not event.modifiers()):
            self.focus_list()
            return True
        return super().eventFilter(watched, event)

    def shown_trip_ids(self) -> list[int]:
        """The trips the list shows, top to bottom."""
        return [row.id for row in self.proxy.shown_rows()]

    def refresh(self) -> None:
        from delegation_planner.ui.operations import trips as trip_ops  # called once the database is open

        self._stale = False
        self._reload_years(trip_ops.trip_years(self.ctx))
        self.model.set_rows(trip_ops.list_trips(self.ctx, **self.model.filters()))
        self._filtered()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def mark_stale(self) -> None:
        self._stale = True
        self._refresh_timer.start()

    def select_trip(self, trip_id: int | None) -> bool:
        """Make ``trip_id`` current (clearing the filters if they hide it)."""
        self.refresh_if_stale()
        if trip_id is None:
            self.view.selectionModel().clearSelection()
            self._set_current(None)
            return True
        self._apply_filters_now()
        row = self.proxy.row_of_id(trip_id)
        if row < 0 and (self.search.text() or self.status_filter.currentIndex() or self.year_filter.currentIndex()):
            self.clear_filters()
            row = self.proxy.row_of_id(trip_id)
        if row < 0:  # written by another program (or an import) since the last refresh
            self.refresh()
            row = self.proxy.row_of_id(trip_id)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, SELECT_ROW)
        self.view.scrollTo(index)
        self._set_current(trip_id)
        return True

    def clear_filters(self) -> None:
        with QSignalBlocker(self.search), QSignalBlocker(self.status_filter), QSignalBlocker(self.year_filter):
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.year_filter.setCurrentIndex(0)
        self._search_timer.stop()
        self._apply_filters()

    # -- internals ------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self._search_timer.stop()
        status, year = self.status_filter.currentData(), self.year_filter.currentData()
        if self._stale or (status, year) != (self.model.status, self.model.year):
            self.model.status, self.model.year = status, year
            self.refresh()  # the SQL filters; refresh() applies the text too
            return
        self._filtered()

    def _apply_filters_now(self) -> None:
        """Apply a search still waiting for its timer (Enter, a shortcut pressed while typing)."""
        if self._search_timer.isActive() or self.proxy.needle != fold(self.search.text()):
            self._apply_filters()

    def filtering(self) -> bool:
        """Whether a filter hides trips (the text, the status or the year)."""
        return bool(self.proxy.needle) or self.model.status is not None or self.model.year is not None

    def _filtered(self) -> None:
        """The rows shown changed: apply the text, count, keep the current trip only if shown."""
        with QSignalBlocker(self.view.selectionModel()):
            self.proxy.set_filter_text(self.search.text())
        count = self.proxy.rowCount()
        self.count_label.setText(self.tr("Trips shown: %1").replace("%1", str(count)))
        self._restore_selection()

    def _reload_years(self, years: list[int]) -> None:
        current = self.year_filter.currentData()
        with QSignalBlocker(self.year_filter):
            self.year_filter.clear()
            self.year_filter.addItem(self.tr("All years"), None)
            for year in years:
                self.year_filter.addItem(str(year), year)
            position = self.year_filter.findData(current) if current is not None else 0
            self.year_filter.setCurrentIndex(max(position, 0))
        self.model.year = self.year_filter.currentData()

    def _restore_selection(self) -> None:
        selection = self.view.selectionModel()
        row = self.proxy.row_of_id(self._current) if self._current is not None else -1
        with QSignalBlocker(selection):
            if row >= 0:
                selection.setCurrentIndex(self.proxy.index(row, 0), SELECT_ROW)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        if row < 0:
            # the current trip is gone (deleted) or the filters hide it: the window shows nothing
            # rather than a trip the list does not show (and no action reaches a hidden trip)
            self._set_current(None)
        self.view.viewport().update()

    def _on_current_changed(self, current, _previous) -> None:
        trip_id = current.data(TripIdRole) if current.isValid() else None
        self._set_current(trip_id)

    def _set_current(self, trip_id: int | None) -> None:
        if trip_id == self._current:
            return
        self._current = trip_id
        self.tripSelected.emit(trip_id)

    def _on_double_clicked(self, index) -> None:
        trip_id = index.data(TripIdRole)
        if trip_id is not None:
            self.tripActivated.emit(trip_id)

    def _on_changed(self, change: Change) -> None:
        if change.concerns(REFRESH_ON):
            self.mark_stale()

    def _on_reloaded(self) -> None:
        self._current = None
        self.mark_stale()
        self.tripSelected.emit(None)



class TripListView(QListView):
    """The trip list; says what to do when it is empty."""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        model = self.model()
        panel = self.parent()
        source = getattr(model, "sourceModel", lambda: model)()
        if model is not None and model.rowCount() == 0 and getattr(source, "loaded", True):
            painter = QPainter(self.viewport())
            color = QColor(self.palette().color(QPalette.ColorRole.Text))
            color.setAlpha(150)
            painter.setPen(color)
            filtered = panel.filtering() if hasattr(panel, "filtering") else False
            text = (self.tr("No trip matches the search or filters.") if filtered else
                    self.tr("No trips yet.\n\nTrip → New trip (Ctrl+N),\nor Help → Load sample trip."))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
            painter.end()


class TripDelegate(QStyledItemDelegate):
    """Two lines per trip: the title (bold), then dates · status · destination."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        model = index.model()
        row = index.row()
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        dates = model.index(row, TripListModel.DATES).data() or ""
        status_index = model.index(row, TripListModel.STATUS)
        status = status_index.data() or ""
        trip = model.row_at(row) if hasattr(model, "row_at") else None
        destination = trip.destination if trip is not None else ""
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(8, 5, -8, -5)
        fm = QFontMetrics(opt.font)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text_color)
        top = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, top.width()))
        painter.setFont(opt.font)
        bottom = QRect(rect.left(), rect.top() + fm.height() + 2, rect.width(), fm.height())
        status_w = fm.horizontalAdvance(status) + 4
        status_color = status_index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(text_color if selected or status_color is None else status_color)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status)
        second = " · ".join(p for p in (dates, destination) if p)
        faint = QColor(text_color)
        if not selected:
            faint.setAlpha(170)
        painter.setPen(faint)
        painter.drawText(QRect(bottom.left(), bottom.top(), bottom.width() - status_w - 6, bottom.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(second, Qt.TextElideMode.ElideRight, bottom.width() - status_w - 6))
        painter.restore()



