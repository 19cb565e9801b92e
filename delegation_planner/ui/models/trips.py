"""Trip list model: row tuples from services.trips.list_trips (filtered and sorted in SQL)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from delegation_planner.domain.enums import TripStatus
from delegation_planner.ui.labels import date_range, enum_text

if TYPE_CHECKING:
    from delegation_planner.ui.operations.trips import TripRow

TripIdRole = Qt.ItemDataRole.UserRole + 1

_STATUS_COLORS = {
    TripStatus.DRAFT: "#6b6b6b",
    TripStatus.CONFIRMED: "#1f4e79",
    TripStatus.UNDER_WAY: "#1e7b34",
    TripStatus.COMPLETED: "#444444",
    TripStatus.CANCELLED: "#a33a3a",
}


_COLOURS: dict = {}


def _status_colour(status):
    """The status column's colour (one QColor per status, made on first use)."""
    colour = _COLOURS.get(status)
    if colour is None:
        from PySide6.QtGui import QColor

        colour = _COLOURS[status] = QColor(_STATUS_COLORS.get(status, "#444444"))
    return colour


def format_dates(row: TripRow) -> str:
    start, end = row.start_date, row.end_date
    return date_range(start, end)


class TripListModel(QAbstractTableModel):
    TITLE, DATES, STATUS = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TripRow] = []
        self._texts: dict[int, tuple[str, str, str]] = {}  # row -> display texts (see _row_texts)
        #: False until the first reload (the window paints before its database is open).
        self.loaded = False
        self.search = ""
        self.status: TripStatus | None = None
        self.year: int | None = None

    # -- loading --------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """The list_trips keyword arguments of the current filters."""
        return {"search": self.search, "status": self.status, "year": self.year}

    def set_rows(self, rows: list[TripRow]) -> None:
        self.loaded = True
        self.beginResetModel()
        self._rows = rows
        self._texts = {}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._texts = {}
        self.endResetModel()

    def _row_texts(self, i: int) -> tuple[str, str, str]:
        """(title, dates, status) of row ``i``: made when the row is first painted, kept until the next load."""
        texts = self._texts.get(i)
        if texts is None:
            row = self._rows[i]
            texts = self._texts[i] = (row.title, format_dates(row), enum_text(row.status, TripStatus))
        return texts

    def row_of(self, trip_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == trip_id:
                return i
        return -1

    def trip_at(self, row: int) -> TripRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def trip_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Trip"), self.tr("Dates"), self.tr("Status"))[section] if 0 <= section < 3 else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[col] if 0 <= col < 3 else None
        elif role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.title]
            if row.destination:
                parts.append(row.destination)
            parts.append(self._row_texts(index.row())[self.DATES])
            parts.append(self.tr("Engagements: %1").replace("%1", str(row.engagement_count)))
            return "\n".join(parts)
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return _status_colour(row.status)
        elif role == TripIdRole:
            return row.id
        return None
