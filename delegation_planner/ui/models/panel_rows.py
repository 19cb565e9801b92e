"""A table model over a Python list of row tuples (dataclass rows from the services).

Sorting happens on the model's own rows (no QSortFilterProxyModel); filtering
happens in SQL in the services. Each column is declared once with its header and
how to read a row; subclasses add colours, icons, tooltips and editing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from delegation_planner.domain.text import fold

R = TypeVar("R")

#: Role giving the record id of a row (every row has an ``id`` or ``person_id``).
IdRole = Qt.ItemDataRole.UserRole + 1
#: Role giving the row object itself.
RowRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None


def text_sort_key(text: str) -> tuple[str, str]:
    """Sort key for names in Vietnamese and other Latin scripts: letters first without their
    accents ("Đỗ" beside "Do", not after "Z"; the one rule, domain.text.fold), then the
    accented form to break ties."""
    return fold(text), text.casefold()


def _sortable(value: Any) -> Any:
    # None and empty text sort last.
    if value is None or value == "":
        return (1, ("", ""))
    if isinstance(value, str):
        return (0, text_sort_key(value))
    return (0, value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    columns: Sequence[Column] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- rows ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, index: QModelIndex | int) -> R | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    @staticmethod
    def row_id(row: Any) -> int:
        return getattr(row, "id", None) if hasattr(row, "id") else getattr(row, "person_id")

    def row_of_id(self, record_id: int | None) -> int:
        if record_id is None:
            return -1
        for i, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return i
        return -1

    def ids(self) -> list[int]:
        return [self.row_id(r) for r in self._rows]

    def column_of(self, key: str) -> int:
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise KeyError(key)

    # -- Qt interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == IdRole:
            return self.row_id(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        extra = self.extra_data(row, column, role)
        if extra is None and role == Qt.ItemDataRole.ToolTipRole:
            # cells are elided to fit the window: the whole text is in the tooltip
            return column.text(row) or None
        return extra

    def extra_data(self, row: R, column: Column, role: int) -> Any:  # noqa: ARG002 (hook)
        return None

    def set_enum_cell(self, index: QModelIndex, value: Any, role: int, key: str,
                      on_changed: Callable[[int, str], None] | None,
                      id_of: Callable[[Any], int] | None = None) -> bool:
        """``setData`` of an editable enum column ``key`` (the row attribute of the same name):
        a new value calls ``on_changed(id, value)`` (the panel's undoable edit); the model
        itself never changes, it is reloaded when the change is announced."""
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole or self.columns[index.column()].key != key:
            return False
        if on_changed is None or str(value) == str(getattr(row, key)):
            return False
        on_changed((id_of or self.row_id)(row), str(value))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self.row_id(self._rows[i.row()]), i.column()) if i.row() < len(self._rows) else None
                   for i in old]
        self._sort = (column, order)
        self._sort_rows(column, order)
        positions = {self.row_id(r): n for n, r in enumerate(self._rows)}
        new = []
        for entry in old_ids:
            if entry is None or entry[0] not in positions:
                new.append(QModelIndex())
            else:
                new.append(self.index(positions[entry[0]], entry[1]))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]
        key = col.sort_key or col.text
        self._rows.sort(key=lambda r: _sortable(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)
