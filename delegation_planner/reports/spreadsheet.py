"""The commitments tracker as a CSV file that opens correctly in Excel (the department's follow-up sheet).

* UTF-8 with a BOM (``utf-8-sig``): without it Excel reads Vietnamese as cp1252 mojibake;
* the separator chosen: ``;`` by default where Excel's list separator is ``;`` — Vietnamese and
  French regional settings (decimal comma) — else ``,`` (:func:`default_separator`); tab too;
* one header row (English or Vietnamese), then one row per commitment: trip, trip start, trip
  end, engagement, commitment, reference (``CK-2017-001``: the one officers quote in letters),
  kind, made by, organization, status, due date, signed date, source document, completed,
  responsible, follow-up, overdue, id (the commitment's stable identifier, for matching rows
  with a later export). Dates ISO (2026-10-24): Excel reads them as dates in every locale;
* formula injection guarded: a cell starting with ``= + - @`` (or tab / carriage return) gets
  a leading ``'`` so Excel shows it as text instead of running it (OWASP "CSV injection");
* a newline inside a cell is kept and the cell quoted (RFC 4180); rows end with CRLF.

Written through ``storage.outputs`` (atomic, 0600, never onto the database, a FIFO or a device).
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.text import clean_text
from delegation_planner.reports.i18n import Labels, check_lang
from delegation_planner.services.exchange import CommitmentSheetRow, commitment_sheet
from delegation_planner.storage.database import Database
from delegation_planner.storage.outputs import atomic_output, check_output_target

SEPARATORS = (",", ";", "\t")
#: First characters Excel (and LibreOffice) read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = ("trip", "trip_start", "trip_end", "engagement", "commitment", "reference", "kind", "made_by",
           "organization", "status", "due_date", "signed_date", "source_document", "completed_date", "responsible",
           "follow_up", "overdue", "id")
HEADERS = {
    "en": ("Trip", "Trip start", "Trip end", "Engagement", "Commitment", "Reference", "Kind", "Made by",
           "Organization", "Status", "Due date", "Signed", "Source document", "Completed", "Responsible",
           "Follow-up", "Overdue", "ID"),
    "vi": ("Chuyến công tác", "Ngày bắt đầu chuyến", "Ngày kết thúc chuyến", "Hoạt động", "Nội dung cam kết",
           "Số hiệu", "Loại", "Bên cam kết", "Cơ quan đối tác", "Trạng thái", "Thời hạn", "Ngày ký",
           "Văn bản gốc", "Ngày hoàn thành", "Người phụ trách", "Việc cần theo dõi", "Quá hạn", "Mã định danh"),
}
_YES = {"en": "yes", "vi": "có"}


@dataclass(frozen=True)
class SheetResult:
    path: Path
    rows: int
    separator: str


def default_separator(locale_name: str | None) -> str:
    """``;`` for a Vietnamese or French locale or interface ("vi", "vi_VN.UTF-8", "fr-FR",
    "French_France.1252", "Vietnamese_Vietnam.1258"), else ``,``."""
    name = (locale_name or "").strip().lower()
    return ";" if name.startswith(("vi", "fr")) else ","


def locale_separator(environ: Mapping[str, str] | None = None, interface_lang: str | None = None) -> str:
    """The default for this session: ``;`` when the interface is Vietnamese, else from the first of
    LC_ALL, LC_NUMERIC, LANG that is set (the number format is what decides Excel's list separator)."""
    if interface_lang == "vi":
        return ";"
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = env.get(name, "")
        if value:
            return default_separator(value)
    return ","


def check_separator(sep: object) -> str:
    """One of ``,`` ``;`` or tab (``"tab"`` and ``"\\t"`` name it too); ValidationError naming ``sep``."""
    if sep in ("tab", "\\t", "TAB"):
        return "\t"
    if not isinstance(sep, str) or sep not in SEPARATORS:
        raise ValidationError.of("sep", "unknown_value", value=repr(sep), allowed="',' ';' tab")
    return sep


def guard_cell(value: object) -> str:
    """The cell's text, in NFC, with a leading ``'`` where a spreadsheet would read a formula."""
    text = "" if value is None else str(clean_text(value))
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _date(d: date | None) -> str:
    return "" if d is None else d.isoformat()


def sheet_rows(rows: Iterable[CommitmentSheetRow], lang: str, today: date | None = None) -> list[list[str]]:
    labels = Labels(check_lang(lang))
    today = today or date.today()
    out = [list(HEADERS[lang])]
    for item in rows:
        r = item.row
        values = [r.trip_title, _date(item.trip_start), _date(item.trip_end), r.engagement_title, r.description,
                  r.reference, labels.enum(r.kind), labels.enum(r.made_by), r.organization_name,
                  labels.enum(r.status), _date(r.due_date), _date(r.signed_date), r.source_document,
                  _date(r.completed_date), r.owner_name, r.follow_up,
                  _YES[lang] if r.is_overdue(today) else "", item.uuid]
        out.append([guard_cell(v) for v in values])
    return out


def export_commitments_csv(db: Database, target: str | os.PathLike, *, trip_id: int | None = None,
                           sep: str = ",", lang: str = "en", today: date | None = None) -> SheetResult:
    """Write the commitments of one trip (or of every trip) to ``target``."""
    check_lang(lang)
    sep = check_separator(sep)
    check_output_target(target, database=db.path, what="CSV file")  # refused before any work
    return write_sheet(db, target, sheet_rows(commitment_sheet(db, trip_id), lang, today), sep)


def write_sheet(db: Database, target: str | os.PathLike, rows: list[list[str]], sep: str) -> SheetResult:
    """``rows`` (a header, then the lines; cells already guarded) written as this module's CSV files are:
    UTF-8 with BOM, ``sep``, CRLF, atomically and owner-only, never onto the database."""
    with atomic_output(target, database=db.path, text=True, encoding="utf-8-sig", newline="",
                       what="CSV file") as fh:
        writer = csv.writer(fh, delimiter=sep, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerows(rows)
    path = check_output_target(target, database=db.path, what="CSV file")
    return SheetResult(path=path, rows=len(rows) - 1, separator=sep)
