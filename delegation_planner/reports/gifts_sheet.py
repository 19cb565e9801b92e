"""The gifts register as a CSV file for the declaration the office files
(``delegation-planner export-csv gifts --trip TRIP_ID -o FILE``; Trip → Gifts register… → Export).

Same file rules as the commitments tracker (reports.spreadsheet): UTF-8 with a BOM for Excel, the
separator chosen, formula injection guarded, CRLF, written atomically owner-only, never onto the
database. One row per gift: number, trip, engagement, date, given/received, the gift, to or from whom,
who on our side, estimated value and currency, what became of it, whether it must be reported (and
why), the report's due date, when it was reported, late, notes, the gift's stable id.
"""
from __future__ import annotations

import os
from datetime import date

from delegation_planner.domain.gifts import GiftPolicy
from delegation_planner.reports.i18n import check_lang
from delegation_planner.reports.spreadsheet import SheetResult, check_separator, guard_cell, write_sheet
from delegation_planner.services.gifts import GiftRow, list_gifts
from delegation_planner.storage.database import Database
from delegation_planner.storage.outputs import check_output_target

HEADERS = {
    "en": ("No.", "Trip", "Engagement", "Date", "Given or received", "Gift", "To or from", "Our side",
           "Estimated value", "Currency", "What became of it", "To be reported", "Why", "Report due",
           "Reported on", "Late", "Notes", "ID"),
    "vi": ("STT", "Chuyến công tác", "Hoạt động", "Ngày", "Tặng hay nhận", "Quà tặng", "Người tặng hoặc nhận",
           "Phía ta", "Giá trị ước tính", "Đơn vị tiền", "Xử lý", "Phải báo cáo", "Lý do", "Hạn báo cáo",
           "Ngày báo cáo", "Quá hạn", "Ghi chú", "Mã định danh"),
}

#: The register's words in both languages (the GUI has its own, through Qt's translations).
WORDS = {
    "en": {"given": "given", "received": "received", "pending": "not decided", "kept_by_office": "kept by the office",
           "displayed": "displayed", "handed_to_state": "handed over to the state",
           "sold_paid_to_budget": "sold, paid to the budget", "returned": "returned",
           "above_threshold": "value at or above {threshold}", "value_unknown": "value not estimated",
           "other_currency": "value in another currency than {currency}", "yes": "yes"},
    "vi": {"given": "tặng", "received": "nhận", "pending": "chưa xử lý", "kept_by_office": "cơ quan giữ lại",
           "displayed": "trưng bày", "handed_to_state": "nộp nhà nước", "sold_paid_to_budget": "bán, nộp ngân sách",
           "returned": "trả lại", "above_threshold": "giá trị từ {threshold} trở lên",
           "value_unknown": "chưa ước tính giá trị", "other_currency": "giá trị không tính bằng {currency}",
           "yes": "có"},
}


def _date(d: date | None) -> str:
    return "" if d is None else d.isoformat()


def reason_text(row: GiftRow, policy: GiftPolicy, lang: str) -> str:
    reason = row.status.reason
    if reason is None:
        return ""
    return WORDS[lang][reason].format(threshold=f"{policy.threshold:,} {policy.currency}".replace(",", "."
                                      if lang == "vi" else ","), currency=policy.currency)


def gift_sheet_rows(rows: list[GiftRow], lang: str, policy: GiftPolicy) -> list[list[str]]:
    words = WORDS[check_lang(lang)]
    out = [list(HEADERS[lang])]
    for n, r in enumerate(rows, 1):
        values = [str(n), r.trip_title, r.engagement_title, _date(r.given_on), words[r.direction], r.description,
                  r.counterpart, r.our_person, "" if r.estimated_value is None else str(r.estimated_value),
                  r.currency, words[r.disposition], words["yes"] if r.status.must_report else "",
                  reason_text(r, policy, lang), _date(r.status.due), _date(r.reported_on),
                  words["yes"] if r.status.late else "", r.notes, r.uuid]
        out.append([guard_cell(v) for v in values])
    return out


def export_gifts_csv(db: Database, target: str | os.PathLike, *, trip_id: int | None = None, sep: str = ",",
                     lang: str = "en", policy: GiftPolicy | None = None, today: date | None = None) -> SheetResult:
    """Write the gifts of one trip (or of every trip) to ``target``."""
    check_lang(lang)
    sep = check_separator(sep)
    policy = policy or GiftPolicy()
    check_output_target(target, database=db.path, what="CSV file")  # refused before any work
    rows = gift_sheet_rows(list_gifts(db, trip_id, policy=policy, today=today or date.today()), lang, policy)
    return write_sheet(db, target, rows, sep)
