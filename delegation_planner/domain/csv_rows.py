"""Spreadsheets as Excel saves them in Vietnam and France: decoding, separators, headers, rows.

Pure functions (no session, no file system): ``decode_csv`` turns the bytes of a file into
NFC text and says which encoding it used; ``parse_table`` splits it into records with the
physical line each starts on; ``map_headers`` matches the header cells (Vietnamese, English
or French, accents and case ignored) to fields; ``people_rows`` / ``engagement_rows`` turn the
records into typed rows, each with the problems found in it. The services match the rows
against the directory, validate them with the domain rules and write them in one transaction.

Encoding choice (``encoding=None``):

1. a byte-order mark decides (UTF-8, UTF-16 as Excel's "Unicode text" saves);
2. text that decodes as strict UTF-8 is UTF-8 (a legacy file almost never does);
3. otherwise cp1258 (Vietnamese Windows) or cp1252 (Western Europe): the bytes only Vietnamese
   text has in cp1258 (Ă ă Đ đ Ơ ơ Ư ư, the five combining tone marks, ₫) are counted against
   the bytes only French text has in cp1252 (ç î ï û ë œ « » € ÿ); more Vietnamese marks mean
   cp1258, else cp1252. Both code pages share é è ê à â ô ù, so the count looks only at the
   bytes where they disagree. An explicit encoding skips the guess.

cp1258 writes most tone marks as separate combining characters ("Nguye\u0302\u0303n"): the text
is normalised to NFC after decoding, whatever the encoding (a Mac's NFD text too).
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Sequence

from delegation_planner.domain.enums import EngagementKind, EngagementStatus, MemberRole
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.text import fold

#: Largest spreadsheet read (bytes): a delegation list or a programme is a few kilobytes.
MAX_CSV_BYTES = 5 * 1024 * 1024
#: Rows in one import (beyond, the preview and the one transaction get unwieldy).
MAX_CSV_ROWS = 10_000
#: Longest cell (characters): a field of the file, not a note.
MAX_CELL = 100_000
#: Lines looked at for the header (a title and a blank row may come first).
HEADER_SEARCH = 10

SEPARATORS = (",", ";", "\t")
SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}

_VIETNAMESE_CP1258 = frozenset(b"\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd\xcc\xec\xd2\xde\xf2\xfe")
_FRENCH_CP1252 = frozenset(b"\xe7\xc7\xee\xce\xef\xcf\xfb\xdb\xeb\xcb\x9c\x8c\xab\xbb\xff\x9f\x80")

ENCODING_NAMES = {"utf-8": "utf-8", "utf8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16",
                  "cp1258": "cp1258", "windows-1258": "cp1258", "cp1252": "cp1252", "windows-1252": "cp1252",
                  "latin-1": "latin-1", "latin1": "latin-1", "iso-8859-1": "latin-1"}


class CsvFileError(ValidationError):
    """The file as a whole cannot be read (encoding, separators, missing columns): field "file"."""

    def __init__(self, message: str):
        super().__init__(message, "file")


# ---------------------------------------------------------------------------------- text

def _header_key(text: str) -> str:
    """A header cell for matching: folded, punctuation and spaces removed ("E-mail:" -> "email")."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


# ------------------------------------------------------------------------------ decoding

@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when chosen by the rules above, False when given or from a BOM


def normalise_encoding(name: str) -> str:
    """A known encoding name, or CsvFileError listing the accepted ones."""
    key = name.strip().lower().replace("_", "-")
    if key in ENCODING_NAMES:
        return ENCODING_NAMES[key]
    raise CsvFileError(f"unknown encoding {name!r} (one of: utf-8, cp1258, cp1252, utf-16, latin-1)")


def guess_legacy_encoding(data: bytes) -> str:
    """cp1258 or cp1252 for bytes that are not UTF-8 (see the module's docstring)."""
    vietnamese = sum(data.count(b) for b in _VIETNAMESE_CP1258)
    french = sum(data.count(b) for b in _FRENCH_CP1252)
    return "cp1258" if vietnamese > french else "cp1252"


def decode_csv(data: bytes, encoding: str | None = None) -> Decoded:
    """The file's text in NFC, and the encoding used. CsvFileError if it cannot be decoded."""
    data = bytes(data)
    guessed = False
    if encoding:
        name = normalise_encoding(encoding)
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = "utf-16"
    else:
        guessed = True
        try:
            data.decode("utf-8")
            name = "utf-8"
        except UnicodeDecodeError:
            name = guess_legacy_encoding(data)
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise CsvFileError(f"line {line}: byte 0x{data[exc.start]:02x} is not {name} text; "
                           "save the sheet as “CSV UTF-8” or give the encoding") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(unicodedata.normalize("NFC", text), "utf-8" if name == "utf-8-sig" else name, guessed)


# ----------------------------------------------------------------------------- records

@dataclass(frozen=True)
class Record:
    line: int  # physical line of the file the record starts on (the header is line 1 or later)
    cells: tuple[str, ...]


def _outside_quotes(line: str) -> str:
    return re.sub(r'"[^"]*"', "", line)


def _steadiness(lines: list[str], sep: str) -> tuple[int, int]:
    """(how many lines have the most common non-zero count of ``sep``, that count)."""
    counts = [_outside_quotes(ln).count(sep) for ln in lines]
    nonzero = [c for c in counts if c]
    if not nonzero:
        return 0, 0
    mode = max(set(nonzero), key=nonzero.count)
    return counts.count(mode), mode


def sniff_separator(text: str) -> str:
    """``,``, ``;`` or tab: the one splitting the header line (outside quotes) into most cells;
    on a tie the one that splits most of the following lines into the same number of cells.
    A header line with none of them is one column: a separator the text does not contain."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if not lines:
        return ","
    header = _outside_quotes(lines[0])
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(counts.values())
    if best == 0:
        return next((sep for sep in ("\t", ";", ",") if sep not in text), ",")
    tied = [sep for sep in SEPARATORS if counts[sep] == best]
    if len(tied) == 1:
        return tied[0]
    return max(tied, key=lambda sep: _steadiness(lines[1:], sep))


_SEP_LINE = re.compile(r"\A[ \t]*sep=([,;\t])[ \t]*(?=\r\n|\n|\r|\Z)", re.IGNORECASE)


def parse_table(text: str, separator: str | None = None) -> tuple[str, list[Record]]:
    """(separator, records) with the physical line each record starts on; blank records
    (empty lines, a row of separators only) are left out. CsvFileError for a broken file."""
    hint = _SEP_LINE.match(text)
    if hint:  # Excel's "sep=;" first line: the separator, then an empty line 1 (lines keep their numbers)
        text = text[hint.end():]  # its line break stays: an empty line 1
    sep = separator if separator else (hint.group(1) if hint else sniff_separator(text))
    if sep not in SEPARATORS:
        raise CsvFileError(f"unknown separator {sep!r} (one of: comma, semicolon, tab)")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, quotechar='"', doublequote=True,
                        skipinitialspace=False, strict=False)
    records: list[Record] = []
    previous_end = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise CsvFileError(f"line {previous_end + 1}: {exc}") from None
        start = previous_end + 1
        previous_end = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(records) > MAX_CSV_ROWS:
            raise CsvFileError(f"too many rows (more than {MAX_CSV_ROWS:,}); split the sheet")
        records.append(Record(start, tuple(cells)))
    return sep, records


# ------------------------------------------------------------------------------ headers

#: field -> the header words that name it (folded, punctuation and spaces removed at use).
PEOPLE_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": ("Họ tên", "Họ và tên", "Tên", "Full name", "Name", "Nom", "Nom complet", "Nom et prénom"),
    "title": ("Chức vụ", "Chức danh", "Title", "Position", "Job title", "Fonction", "Titre"),
    "organization": ("Cơ quan", "Đơn vị", "Tổ chức", "Organization", "Organisation", "Organisme", "Agency"),
    "email": ("Email", "E-mail", "Thư điện tử", "Courriel", "Mail"),
    "phone": ("Điện thoại", "Số điện thoại", "ĐT", "Phone", "Telephone", "Téléphone", "Tél", "Tel", "Mobile"),
    "precedence": ("Thứ tự", "STT", "Precedence", "Order", "Rang", "Ordre"),
    "role": ("Vai trò", "Role", "Rôle"),
    "languages": ("Ngôn ngữ", "Languages", "Language", "Langues"),
    "engagement": ("Buổi làm việc", "Hoạt động", "Engagement", "Meeting"),
}
ENGAGEMENT_HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("Tiêu đề", "Nội dung", "Title", "Engagement", "Titre", "Objet"),
    "date": ("Ngày", "Date", "Day", "Jour"),
    "start": ("Bắt đầu", "Giờ bắt đầu", "Từ", "Start", "Start time", "From", "Début", "Heure de début"),
    "end": ("Kết thúc", "Giờ kết thúc", "Đến", "End", "End time", "To", "Fin", "Heure de fin"),
    "timezone": ("Múi giờ", "Time zone", "Timezone", "Zone", "Fuseau horaire"),
    "location": ("Địa điểm", "Location", "Place", "Venue", "Lieu", "Adresse"),
    "kind": ("Loại", "Loại hình", "Kind", "Type"),
    "organization": ("Cơ quan", "Đơn vị", "Organization", "Organisation", "Organisme"),
    "objectives": ("Mục tiêu", "Mục đích", "Objectives", "Objective", "Objectifs"),
    "logistics": ("Hậu cần", "Logistics", "Logistique"),
    "status": ("Trạng thái", "Status", "Statut"),
    "travel_minutes": ("Thời gian di chuyển", "Travel minutes", "Travel", "Trajet"),
}
REQUIRED = {"people": ("full_name",), "engagements": ("title", "start")}
FIELD_WORDS = {"full_name": "Họ tên / Full name", "title": "Tiêu đề / Title", "start": "Bắt đầu / Start"}


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # None: not imported


def map_headers(header: Sequence[str], kind: str) -> list[Column]:
    """The header cells matched to fields of ``kind`` ("people" or "engagements").

    CsvFileError when a required column is missing or two columns name the same field."""
    table = PEOPLE_HEADERS if kind == "people" else ENGAGEMENT_HEADERS
    words = {_header_key(w): name for name, ws in table.items() for w in ws}
    columns: list[Column] = []
    seen: dict[str, str] = {}
    for index, cell in enumerate(header):
        name = words.get(_header_key(cell))
        if name is not None and name in seen:
            raise CsvFileError(f"columns “{seen[name]}” and “{cell.strip()}” both give {name.replace('_', ' ')}")
        if name is not None:
            seen[name] = cell.strip()
        columns.append(Column(index, cell.strip(), name))
    missing = [f for f in REQUIRED[kind] if f not in seen]
    if missing:
        found = ", ".join(f"“{c.header}”" for c in columns if c.header) or "none"
        raise CsvFileError("no column for " + " or ".join(FIELD_WORDS.get(f, f) for f in missing)
                           + f" (the first line has: {found})")
    return columns


# ------------------------------------------------------------------------- dates, times

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_TIME = re.compile(r"(\d{1,2})(?:[:hH.](\d{2})?(?::(\d{2}))?)?\s*([AaPp]\.?[Mm]\.?|SA|CH|sa|ch)?")


def parse_date(text: str) -> date:
    """ISO (2024-03-05) or day first (05/03/2024, 5.3.2024, 05-03-24): 5 March 2024."""
    text = text.strip()
    m = _ISO_DATE.fullmatch(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DAY_FIRST.fullmatch(text)
        if not m:
            raise ValueError(f"“{text}” is not a date (day first, 05/03/2024, or 2024-03-05)")
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"“{text}” is not a date (day {day}, month {month}, year {year})") from None


def parse_time(text: str) -> time:
    """09:00, 9:00, 9h30, 9h, 09:00:00, 2:30 PM, 2:30:00 CH (Vietnamese Windows: SA morning, CH afternoon)."""
    text = text.strip()
    m = _TIME.fullmatch(text)
    if not m or (m.group(2) is None and not re.search(r"[hH]|[AaPp]\.?[Mm]|SA|sa", text)):
        raise ValueError(f"“{text}” is not a time (09:30 or 9h30)")
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if m.group(4):
        if not 1 <= hour <= 12:
            raise ValueError(f"“{text}” is not a time")
        afternoon = m.group(4).lower().replace(".", "") in ("pm", "ch")  # Vietnamese: sáng / chiều
        hour = hour % 12 + (12 if afternoon else 0)
    try:
        return time(hour, minute, second)
    except ValueError:
        raise ValueError(f"“{text}” is not a time") from None


def parse_when(text: str, day: date | None) -> datetime:
    """A time on ``day``, or a date and a time in one cell (05/03/2024 09:00, 2024-03-05T09:00)."""
    text = text.strip()
    parts = re.split(r"[T ]+", text, maxsplit=1) if re.match(r"\d{1,4}[/.\-]", text) else [text]
    if len(parts) == 2:
        return datetime.combine(parse_date(parts[0]), parse_time(parts[1]))
    if day is None:
        raise ValueError(f"“{text}” has no date (add a Ngày / Date column, or write 05/03/2024 09:00)")
    return datetime.combine(day, parse_time(text))


# ---------------------------------------------------------------------------- choices

def _choices(enum_cls, extra: dict[str, str]) -> dict[str, str]:
    from delegation_planner.domain.enums import label

    out = {}
    for member in enum_cls:
        out[fold(member.value)] = member.value
        out[fold(member.value.replace("_", " "))] = member.value
        out[fold(label(member))] = member.value
    out.update({fold(k): v for k, v in extra.items()})
    return out


KIND_WORDS = _choices(EngagementKind, {
    "họp": "meeting", "cuộc họp": "meeting", "làm việc": "meeting", "hội đàm": "meeting", "réunion": "meeting",
    "thăm": "site_visit", "tham quan": "site_visit", "khảo sát": "site_visit", "thăm cơ sở": "site_visit",
    "visite": "site_visit", "ký kết": "signing_ceremony", "lễ ký": "signing_ceremony", "signature": "signing_ceremony",
    "chiêu đãi": "working_meal", "ăn trưa": "working_meal", "ăn tối": "working_meal", "tiệc": "working_meal",
    "déjeuner": "working_meal", "dîner": "working_meal", "repas": "working_meal",
    "chào xã giao": "courtesy_call", "xã giao": "courtesy_call", "visite de courtoisie": "courtesy_call",
    "báo chí": "press", "họp báo": "press", "presse": "press",
    "di chuyển": "travel", "trajet": "travel", "transfert": "travel", "déplacement": "travel",
    "văn hóa": "cultural_visit", "visite culturelle": "cultural_visit", "tự do": "free_time", "nghỉ": "free_time",
    "temps libre": "free_time",
})
STATUS_WORDS = _choices(EngagementStatus, {
    "dự kiến": "planned", "prévu": "planned", "đã xác nhận": "confirmed", "xác nhận": "confirmed",
    "confirmé": "confirmed", "đã diễn ra": "held", "tenu": "held", "hủy": "cancelled", "đã hủy": "cancelled",
    "annulé": "cancelled",
})
ROLE_WORDS = _choices(MemberRole, {
    "trưởng đoàn": "head", "chef de délégation": "head", "phó đoàn": "deputy_head", "phó trưởng đoàn": "deputy_head",
    "thành viên": "member", "membre": "member", "lễ tân": "protocol_officer", "protocole": "protocol_officer",
    "phiên dịch": "interpreter", "interprète": "interpreter", "báo chí": "press", "presse": "press",
    "an ninh": "security", "sécurité": "security",
})


def _choice(text: str, words: dict[str, str], what: str, enum_cls) -> str:
    value = words.get(fold(text))
    if value is None:
        allowed = ", ".join(m.value for m in enum_cls)
        raise ValueError(f"unknown {what} “{text.strip()}” (one of: {allowed})")
    return value


# -------------------------------------------------------------------------------- rows

@dataclass
class PersonLine:
    line: int
    full_name: str = ""
    title: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""
    languages: str = ""
    precedence: int | None = None
    role: str = "member"
    engagement: str = ""
    problems: list[str] = field(default_factory=list)


@dataclass
class EngagementLine:
    line: int
    title: str = ""
    kind: str = "meeting"
    status: str = "planned"
    organization: str = ""
    location: str = ""
    timezone: str = ""  # empty: the trip's default zone
    start: datetime | None = None
    end: datetime | None = None
    objectives: str = ""
    logistics: str = ""
    travel_minutes: int | None = None
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sheet:
    """A decoded, split and mapped spreadsheet."""
    encoding: str
    encoding_guessed: bool
    separator: str
    header_line: int
    columns: tuple[Column, ...]
    records: tuple[Record, ...]  # the data rows, header excluded


def read_sheet(data: bytes, kind: str, *, encoding: str | None = None, separator: str | None = None) -> Sheet:
    """Decode, split and map the header of a CSV file's bytes. CsvFileError for the whole file."""
    if len(data) > MAX_CSV_BYTES:
        raise CsvFileError(f"{len(data):,} bytes is too large for a spreadsheet import (at most {MAX_CSV_BYTES:,})")
    decoded = decode_csv(data, encoding)
    sep, records = parse_table(decoded.text, separator)
    if not records:
        raise CsvFileError("the file is empty (no header line)")
    # The header is the first line naming the required columns: a title row above it ("DANH SÁCH
    # ĐOÀN;;;") is left out. None of the first lines does: the first line's error.
    for position, record in enumerate(records[:HEADER_SEARCH]):
        try:
            columns = map_headers(record.cells, kind)
        except CsvFileError:
            if position == 0:
                first_error = sys.exc_info()[1]
            continue
        return Sheet(decoded.encoding, decoded.guessed, sep, record.line, tuple(columns),
                     tuple(records[position + 1:]))
    raise first_error


def _cells(sheet: Sheet, record: Record, problems: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    width = len(sheet.columns)
    extra = record.cells[width:]
    if any(c.strip() for c in extra):
        problems.append(f"{len(record.cells)} cells but the header has {width} columns")
    for column in sheet.columns:
        if column.field is None or column.index >= len(record.cells):
            continue
        value = record.cells[column.index].strip()
        if len(value) > MAX_CELL:
            problems.append(f"{column.header}: too long ({len(value):,} characters)")
            value = value[:MAX_CELL]
        out[column.field] = value
    return out


def people_rows(sheet: Sheet) -> list[PersonLine]:
    out = []
    for record in sheet.records:
        row = PersonLine(record.line)
        cells = _cells(sheet, record, row.problems)
        for name in ("full_name", "title", "organization", "email", "phone", "languages", "engagement"):
            setattr(row, name, cells.get(name, ""))
        if not row.full_name:
            row.problems.append("no name (Họ tên / Full name is empty)")
        if cells.get("precedence"):
            text = cells["precedence"].rstrip(".")
            if text.isdigit() and 1 <= int(text) <= 100_000:
                row.precedence = int(text)
            else:
                row.problems.append(f"precedence “{cells['precedence']}” is not a whole number from 1 to 100000")
        if cells.get("role"):
            try:
                row.role = _choice(cells["role"], ROLE_WORDS, "role", MemberRole)
            except ValueError as exc:
                row.problems.append(str(exc))
        out.append(row)
    return out


def engagement_rows(sheet: Sheet) -> list[EngagementLine]:
    out = []
    for record in sheet.records:
        row = EngagementLine(record.line)
        cells = _cells(sheet, record, row.problems)
        for name in ("title", "organization", "location", "timezone", "objectives", "logistics"):
            setattr(row, name, cells.get(name, ""))
        if not row.title:
            row.problems.append("no title (Tiêu đề / Title is empty)")
        day = None
        if cells.get("date"):
            try:
                day = parse_date(cells["date"])
            except ValueError as exc:
                row.problems.append(str(exc))
        if not cells.get("start"):
            row.problems.append("no start time (Bắt đầu / Start is empty)")
        elif day is not None or not cells.get("date"):
            try:
                row.start = parse_when(cells["start"], day)
            except ValueError as exc:
                row.problems.append(f"start: {exc}")
        if not cells.get("end"):
            row.problems.append("no end time (Kết thúc / End is empty)")
        elif row.start is not None:
            try:
                row.end = parse_when(cells["end"], row.start.date())
            except ValueError as exc:
                row.problems.append(f"end: {exc}")
        for name, words, enum_cls in (("kind", KIND_WORDS, EngagementKind), ("status", STATUS_WORDS, EngagementStatus)):
            if cells.get(name):
                try:
                    setattr(row, name, _choice(cells[name], words, name, enum_cls))
                except ValueError as exc:
                    row.problems.append(str(exc))
        if cells.get("travel_minutes"):
            text = cells["travel_minutes"]
            if text.isdigit() and int(text) <= 24 * 60:
                row.travel_minutes = int(text)
            else:
                row.problems.append(f"travel minutes “{text}” is not a number of minutes from 0 to 1440")
        out.append(row)
    return out


def describe_separator(sep: str) -> str:
    return SEPARATOR_NAMES.get(sep, repr(sep))

