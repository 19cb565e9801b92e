"""Display text computed once per row, not once per paint (issue 14).

``TextsOnce`` goes before ``RowTableModel`` in a model's bases: the display text of a row's
columns is made the first time the row is painted (one call of each column's ``text``) and
kept, keyed by the row object, until ``set_rows``; ``data()`` then only looks it up. Rows
are the services' frozen dataclasses, so a kept text cannot go stale while its row is held.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


class TextsOnce:
    _texts: dict[int, tuple[str, ...]]

    def set_rows(self, rows) -> None:
        self._texts = {}
        super().set_rows(rows)  # type: ignore[misc]

    def row_texts(self, row: Any) -> tuple[str, ...]:
        texts = self.__dict__.get("_texts")
        if texts is None:
            texts = self._texts = {}
        key = id(row)
        found = texts.get(key)
        if found is None:
            found = texts[key] = tuple(column.text(row) for column in self.columns)  # type: ignore[attr-defined]
        return found

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY or role == _ACCESSIBLE:
            if not index.isValid():
                return None
            rows = self._rows  # type: ignore[attr-defined]
            r, c = index.row(), index.column()
            if 0 <= r < len(rows) and 0 <= c < len(self.columns):  # type: ignore[attr-defined]
                return self.row_texts(rows[r])[c]
            return None
        return super().data(index, role)  # type: ignore[misc]
