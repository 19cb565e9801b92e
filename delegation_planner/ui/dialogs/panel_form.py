"""The one base of every form dialog (``FormDialog``) and the combo/date widgets the forms share.

OK calls ``save(values)`` (an operation of ``ui.operations``); a user error keeps the
dialog open and shows each problem at its field (or, for a field not on the form, in a
message line naming it). Nothing is written unless the operation succeeds as a whole.
Tests fill the widgets and call ``accept()`` directly; no modal loop is needed.

Keyboard first: a form opens with its first field focused (not OK), Tab follows the
layout top to bottom and ends at OK, Cancel; OK and Cancel are never "auto default", so
a space typed in a field never presses a button (Enter still presses OK from a line).
Date fields refuse a day their month does not have and say so (``DateEdit``).
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, Callable, Iterable

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit, QPlainTextEdit, QPushButton, QTabWidget, QToolTip,
    QVBoxLayout, QWidget,
)

from delegation_planner.domain.errors import ValidationError
from delegation_planner.ui.dialogs.errors import describe, field_label, is_user_error, problem_text
from delegation_planner.ui.labels import date_locale, date_pattern, date_time_pattern, enum_text


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


class _DayGuard:
    """What ``DateEdit``/``DateTimeEdit`` add to Qt's editors: a day typed that its month does
    not have ("30" in February) is refused *and said*, instead of Qt's silent 03 February (it
    takes the "3", jumps to the month and puts the "0" there). The date stays as it was, the
    day stays selected, and ``refused`` carries the sentence (also shown as a tooltip)."""

    def _guard_init(self) -> None:
        self._day_typed = ""  # digits typed into the day section, in a row
        self._day_before = None  # the value before the first of them
        self.last_refusal = ""
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    def _value(self):
        return self.dateTime()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        text = event.text()
        digit = len(text) == 1 and text.isdigit() and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        section = self.currentSection()
        in_day = section == QDateTimeEdit.Section.DaySection
        # a digit right after one that made Qt jump from the day to the month section
        continuing = digit and len(self._day_typed) == 1 and self._jumped
        if digit and (in_day or continuing):
            if in_day and not continuing and (len(self._day_typed) != 1 or self._jumped):
                self._day_typed, self._day_before = "", self._value()
            if self._day_before is None:
                self._day_before = self._value()
            wanted = self._day_typed + text
            value = self._day_before.date() if hasattr(self._day_before, "date") else self._day_before
            if len(wanted) == 2 and 1 <= int(wanted) <= 31 and int(wanted) > value.daysInMonth():
                self._refuse(int(wanted), value)
                return
            self._day_typed = wanted if len(wanted) < 2 else ""
            super().keyPressEvent(event)
            self._jumped = bool(self._day_typed) and self.currentSection() != QDateTimeEdit.Section.DaySection
            return
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self._day_typed, self._day_before, self._jumped = "", None, False
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._day_typed, self._day_before, self._jumped = "", None, False
        super().focusOutEvent(event)

    def _refuse(self, day: int, value: QDate) -> None:
        month = self.locale().standaloneMonthName(value.month(), QLocale.FormatType.LongFormat)
        message = (QApplication.translate("DateEdit", "%1 %2 %3 does not exist: %2 has %4 days. The date was not changed.")
                   .replace("%1", str(day)).replace("%2", month).replace("%3", str(value.year()))
                   .replace("%4", str(value.daysInMonth())))
        before = self._day_before
        self._day_typed, self._day_before, self._jumped = "", None, False
        if before is not None:
            self.setDateTime(before)
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        self.last_refusal = message
        QApplication.beep()
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        self.refused.emit(message)


class DateEdit(_DayGuard, QDateEdit):
    """A QDateEdit that refuses and names a day its month does not have (see ``_DayGuard``)."""

    _jumped = False
    refused = Signal(str)

    def __init__(self, *args):
        super().__init__(*args)
        self._guard_init()


class DateTimeEdit(_DayGuard, QDateTimeEdit):
    """A QDateTimeEdit that refuses and names a day its month does not have (see ``_DayGuard``)."""

    _jumped = False
    refused = Signal(str)

    def __init__(self, *args):
        super().__init__(*args)
        self._guard_init()


def focus_chain(layout: QLayout) -> list[QWidget]:
    """The widgets Tab should visit in ``layout``, in reading order (form rows top to bottom,
    boxes left to right, tab pages' fields after their tab bar)."""
    out: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if widget.isHidden():
            return
        if isinstance(widget, QTabWidget):
            out.append(widget)
            for i in range(widget.count()):
                page = widget.widget(i)
                if page.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    out.append(page)
                elif page.layout() is not None:
                    visit_layout(page.layout())
            return
        if isinstance(widget, QLabel):
            return
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(widget)
            return
        if widget.layout() is not None:
            visit_layout(widget.layout())

    def visit_layout(lay: QLayout) -> None:
        if isinstance(lay, QFormLayout):
            for row in range(lay.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    item = lay.itemAt(row, role)
                    if item is not None:
                        visit_item(item)
            return
        for i in range(lay.count()):
            visit_item(lay.itemAt(i))

    def visit_item(item) -> None:
        if item.widget() is not None:
            visit_widget(item.widget())
        elif item.layout() is not None:
            visit_layout(item.layout())

    visit_layout(layout)
    return out


def set_layout_tab_order(dialog: QWidget) -> list[QWidget]:
    """Tab order of ``dialog`` = its layout's reading order; returns the chain."""
    chain = focus_chain(dialog.layout()) if dialog.layout() is not None else []
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
    return chain


def first_field(chain: list[QWidget]) -> QWidget | None:
    """The first widget of ``chain`` that takes text or a choice (not a button, not disabled)."""
    for widget in chain:
        if not isinstance(widget, (QAbstractButton, QTabWidget)) and widget.isEnabled():
            return widget
    return chain[0] if chain else None


class OptionalDateEdit(QWidget):
    """A date with a "none" check box (due dates and signed dates are optional)."""

    def __init__(self, value: date | None, parent: QWidget | None = None):
        from PySide6.QtWidgets import QHBoxLayout
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = DateEdit(self)
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


ERROR_STYLE = "border: 2px solid #c0392b;"
#: A problem named after the stored column (``start_utc``) shown on the field of the form (``start``), and back.
_ALIASES = {"start_utc": "start", "end_utc": "end", "start": "start_utc", "end": "end_utc"}


class FormDialog(QDialog):
    """The one base of the form dialogs: fields by name, OK runs ``save(values)``.

    Panels' forms build their rows with ``line``/``text``/``add_field`` (each field gets a
    red line under it for its problem) and read ``values()`` from the widgets; the trip and
    engagement dialogs lay out their own rows, ``register`` their widgets (a problem there
    highlights the widget) and override ``values()``. A user error (ValidationError,
    NotFoundError, storage KnownError) keeps the dialog open with the fields named, nothing
    written; any other exception is a bug and propagates (crash report)."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *,
                 save: Callable[[dict[str, Any]], Any] | None = None):
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self.setMinimumWidth(460)
        #: name -> (caption or None, widget, the error line under it or None)
        self._fields: dict[str, tuple[str | None, QWidget, QLabel | None]] = {}
        self._submit: Callable[[dict[str, Any]], Any] | None = save
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        #: Room below the form for what is not a form row (the engagement's text tabs).
        self.body = QVBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.error_label = self.message
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        # Enter in a line presses OK (the default); a button never becomes the default because
        # it has the focus, and the first field, not OK, has the focus when the form opens.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self._initial_focus: QWidget | None = None
        self._keyboard_ready = False
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- building --------------------------------------------------------------------------
    def register(self, name: str, widget: QWidget) -> QWidget:
        """A field laid out by the subclass: a problem with it highlights the widget."""
        self._fields[name] = (None, widget, None)
        self._listen_for_refusals(widget)
        return widget

    def _listen_for_refusals(self, widget: QWidget) -> None:
        """A date field's refusal ("30 February … does not exist") is also said in the message line."""
        for editor in [widget, *widget.findChildren(QAbstractSpinBox)]:
            signal = getattr(editor, "refused", None)
            if signal is not None:
                signal.connect(self._say)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def add_field(self, name: str, caption: str, widget: QWidget) -> QWidget:
        """A form row with a caption and a red line under the widget for its problem."""
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
        self._listen_for_refusals(widget)
        return widget

    def line(self, name: str, caption: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value or "", self)
        return self.add_field(name, caption, edit)  # type: ignore[return-value]

    def text(self, name: str, caption: str, value: str = "", height: int = 80) -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "", self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return self.add_field(name, caption, edit)  # type: ignore[return-value]

    def date_time(self, name: str, caption: str, value: datetime) -> "DateTimeEdit":
        """A naive wall-clock date+time field (the caller says in which zone); minutes, no seconds."""
        from PySide6.QtCore import QDate, QDateTime, QTime

        edit = DateTimeEdit(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)),
                            self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_time_pattern())
        edit.setLocale(date_locale())
        return self.add_field(name, caption, edit)  # type: ignore[return-value]

    def widget(self, name: str) -> QWidget:
        return self._fields[name][1]

    def set_initial_focus(self, widget: QWidget) -> None:
        """The field focused when the form opens (default: the first field of the layout)."""
        self._initial_focus = widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def prepare_keyboard(self) -> QWidget | None:
        """Tab order from the layout and the first field focused (done when the form is shown;
        idempotent). Returns the focused field."""
        from delegation_planner.ui.access_keys import assign_access_keys

        chain = set_layout_tab_order(self)
        assign_access_keys(self)  # the form's Alt+letters unique in every language
        self._keyboard_ready = True
        target = self._initial_focus or first_field(chain)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self._keyboard_ready:
            self.prepare_keyboard()
        super().showEvent(event)

    def set_submit(self, submit: Callable[[dict[str, Any]], Any]) -> None:
        self._submit = submit

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The fields' values by name (subclasses with their own widgets override this)."""
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
            elif isinstance(widget, DateTimeEdit):
                d, t = widget.dateTime().date(), widget.dateTime().time()
                out[name] = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return out

    # -- problems --------------------------------------------------------------------------
    def _field_of(self, problem_field: str) -> str | None:
        name = (problem_field or "").split(".")[-1].split("[")[0]
        if name in self._fields:
            return name
        alias = _ALIASES.get(name)
        return alias if alias in self._fields else None

    def show_problems(self, exc: BaseException) -> None:
        """Each problem beside its field (or highlighted on it); the rest in the message line."""
        self.clear_problems()
        general: list[str] = []
        first: QWidget | None = None
        problems = exc.problems if isinstance(exc, ValidationError) else ()
        for problem in problems:
            name = self._field_of(problem.field)
            caption, widget, error = self._fields[name] if name else (None, None, None)
            text = problem_text(problem)  # in the interface language
            if error is not None:
                error.setText(text)
                error.show()
            else:
                label = caption or (field_label(problem.field) if problem.field else "")
                general.append(f"{label}: {text}" if label else text)
                if widget is not None:
                    widget.setStyleSheet(ERROR_STYLE)
                    widget.setToolTip(f"{field_label(problem.field)}: {text}")
            if widget is not None:
                first = first or widget
        if not isinstance(exc, ValidationError):
            general.append(describe(exc))
        if general:
            self.message.setText("\n".join(general))
            self.message.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        for _caption, widget, error in self._fields.values():
            if error is not None:
                error.clear()
                error.hide()
            else:
                widget.setStyleSheet("")
                widget.setToolTip("")
        self.message.clear()
        self.message.hide()

    def accept(self) -> None:
        self.clear_problems()
        if self._submit is not None:
            try:
                self.result_value = self._submit(self.values())
            except Exception as exc:
                if not is_user_error(exc):
                    raise  # a bug: the crash report, not a message in the form
                self.show_problems(exc)
                return
        super().accept()
