"""The gifts register's rules: which gifts must be reported, by when, and which reports are late.

Jurisdictions differ (Vietnam's Nghị định 59/2019/NĐ-CP: a gift that could not be refused is reported
in writing within 5 working days, with the giver, the gift, its value and the circumstances, then
handed in; the United States sets a "minimal value" revised every three years), so the two numbers
are the office's settings, not constants: ``GiftPolicy(threshold, currency, working_days)``.

* A **received** gift must be reported when its estimated value is at or above the threshold in the
  threshold's currency, or when its value is unknown or in another currency (nothing converts
  currencies offline: the officer decides, the register says so). Gifts given are never reported.
* The report is **due** ``working_days`` working days (Monday to Friday) after the day it was
  received (the trip's last day when the date is not known).
* A report is **late** when it is due before ``today`` and ``reported_on`` is empty.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from delegation_planner.domain.errors import Problem, problem
from delegation_planner.domain.rules import check_enum, check_text, raise_if
from delegation_planner.domain.enums import GiftDirection, GiftDisposition

#: Values above this (in whole units of any currency) are a typing mistake.
MAX_VALUE = 10 ** 15


@dataclass(frozen=True)
class GiftPolicy:
    threshold: int = 500_000
    currency: str = "VND"
    working_days: int = 5


def whole_amount(text: str) -> int | None:
    """An amount as officers type it — "500000", "500 000", "500.000", "500,000" — as a whole number;
    None for anything else (the Settings dialog and the gift form read values with it)."""
    digits = text.strip().replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "")
    return int(digits) if digits.isascii() and digits.isdigit() else None


def add_working_days(start: date, days: int) -> date:
    """``days`` working days (Mon–Fri) after ``start``: Friday + 1 is Monday; 0 is ``start`` itself."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


@dataclass(frozen=True)
class GiftStatus:
    must_report: bool
    #: why it must be reported: "above_threshold", "value_unknown", "other_currency" (None: it need not)
    reason: str | None
    due: date | None
    late: bool


def gift_status(direction: str, value: int | None, currency: str, received_on: date | None,
                reported_on: date | None, policy: GiftPolicy, *, trip_end: date | None = None,
                today: date | None = None) -> GiftStatus:
    """Whether a gift must be reported, why, by when, and whether the report is late (see the module)."""
    if str(direction) != GiftDirection.RECEIVED.value:
        return GiftStatus(False, None, None, False)
    if value is None:
        reason = "value_unknown"
    elif (currency or "").upper() != policy.currency.upper():
        reason = "other_currency"
    elif value >= policy.threshold:
        reason = "above_threshold"
    else:
        return GiftStatus(False, None, None, False)
    start = received_on or trip_end
    due = add_working_days(start, policy.working_days) if start is not None else None
    late = due is not None and reported_on is None and today is not None and today > due
    return GiftStatus(True, reason, due, late)


def validate_gift_fields(values) -> None:
    """The register's fields: a description, the two enums, a three-letter currency, a value 0…10¹⁵."""
    p: list[Problem] = []
    check_text(p, "description", values.get("description"), required=True, max_len=500)
    check_enum(p, "direction", values.get("direction"), GiftDirection)
    check_enum(p, "disposition", values.get("disposition"), GiftDisposition)
    check_text(p, "counterpart", values.get("counterpart"), max_len=300)
    check_text(p, "notes", values.get("notes"), max_len=10_000)
    currency = values.get("currency")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isascii() and currency.isalpha()
            and currency.isupper()):
        p.append(problem("currency", "not_currency_code", value=str(currency)[:20]))
    value = values.get("estimated_value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VALUE):
        p.append(problem("estimated_value", "not_amount", value=str(value)[:30], limit=MAX_VALUE))
    for name in ("given_on", "reported_on"):
        if values.get(name) is not None and not isinstance(values.get(name), date):
            p.append(problem(name, "not_date"))
    given, reported = values.get("given_on"), values.get("reported_on")
    if isinstance(given, date) and isinstance(reported, date) and reported < given:
        p.append(problem("reported_on", "report_before_gift", reported=reported, given=given))
    raise_if(p)
