"""Base of the panels' edit dialogs: a form whose OK runs a service call.

OK calls ``submit(values)``; a ValidationError keeps the dialog open and shows each
problem in red under its field (or, for a field not on the form, in a message line
naming it). Nothing is written unless the service call succeeds as a whole.
Tests fill the widgets and call ``accept()`` directly; no modal loop is needed.
"""
from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Callable, Iterable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from delegation_planner.domain.errors import ValidationError
from delegation_planner.ui.labels import date_locale, date_pattern, enum_text


def fill_enum_combo(combo: QComboBox, enum_cls: type[StrEnum], current: Any = None) -> None:
    combo.clear()
    for member in enum_cls:
        combo.addItem(enum_text(member, enum_cls), member.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(str(current))))


def fill_id_combo(combo: QComboBox, items: Iterable[tuple[int, str]], current: int | None,
                  none_text: str) -> None:
    combo.clear()
    combo.addItem(none_text, None)
    for record_id, text in items:
        combo.addItem(text, record_id)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))


class OptionalDateEdit(QWidget):
    """A date with a "none" check box (due dates and signed dates are optional)."""

    def __init__(self, value: date | None, parent: QWidget | None = None):
        from PySide6.QtWidgets import QHBoxLayout
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setLocale(date_locale())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value) if value is not None else QDate.currentDate())

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return self.edit.date().toPython()


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._fields: dict[str, tuple[str, QWidget, QLabel]] = {}
        self._submit: Callable[[dict[str, Any]], Any] | None = None
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- building --------------------------------------------------------------------------
    def add_field(self, name: str, caption: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        error = QLabel(self)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        label_widget = QLabel(caption, self)
        label_widget.setBuddy(widget)
        if isinstance(widget, QPlainTextEdit):
            label_widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.form.addRow(label_widget, box)
        self._fields[name] = (caption, widget, error)
        return widget

    def line(self, name: str, caption: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value or "", self)
        return self.add_field(name, caption, edit)  # type: ignore[return-value]

    def text(self, name: str, caption: str, value: str = "", height: int = 80) -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "", self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return self.add_field(name, caption, edit)  # type: ignore[return-value]

    def widget(self, name: str) -> QWidget:
        return self._fields[name][1]

    def set_submit(self, submit: Callable[[dict[str, Any]], Any]) -> None:
        self._submit = submit

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (_caption, widget, _error) in self._fields.items():
            if isinstance(widget, QLineEdit):
                out[name] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, OptionalDateEdit):
                out[name] = widget.value()
        return out

    def show_problems(self, error: ValidationError) -> None:
        general = []
        first: QWidget | None = None
        for problem in error.problems:
            field = problem.field.split(".")[-1].split("[")[0]
            if field in ("start", "end") and field not in self._fields:
                field = f"{field}_utc"
            if field in self._fields:
                _caption, widget, label_widget = self._fields[field]
                label_widget.setText(problem.message)
                label_widget.show()
                first = first or widget
            else:
                caption = self._fields[field][0] if field in self._fields else (problem.field or self.tr("Error"))
                general.append(f"{caption}: {problem.message}")
        if general:
            self.message.setText("\n".join(general))
            self.message.show()
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        for _caption, _widget, error in self._fields.values():
            error.clear()
            error.hide()
        self.message.clear()
        self.message.hide()

    def accept(self) -> None:
        self.clear_problems()
        if self._submit is not None:
            try:
                self.result_value = self._submit(self.values())
            except ValidationError as exc:
                self.show_problems(exc)
                return
        super().accept()


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old values, new values) of the fields that differ, for update_undoable."""
    keys = [k for k in new if old.get(k) != new[k] and not (old.get(k) in (None, "") and new[k] in (None, ""))]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}
