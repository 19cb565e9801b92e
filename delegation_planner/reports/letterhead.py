"""The letterhead and sign-off of an official document.

In Vietnamese, the administrative format of Nghị định 30/2020/NĐ-CP, Phụ lục I: a
two-column header — on the left the governing body (upper case) and the issuing body
(upper case, bold, a short rule under it) with the number "Số: …/BC-…"; on the right
the quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the tiêu ngữ "Độc lập - Tự do -
Hạnh phúc" (bold, ruled under its whole length) with the place and date in italics
("Hà Nội, ngày 05 tháng 3 năm 2026") — then the document type and the trích yếu
(subject) centred; at the end the nơi nhận (recipients) on the left and the signature
block on the right (chức vụ, room to sign, họ tên). The English document gets the
equivalent letterhead (office, reference, place and date, title, subject) and sign-off
(position, name, distribution).

The office's identity comes in as an :class:`OfficeIdentity` (the GUI fills it from its
Settings, the CLI from ``--office``); nothing here reads settings or imports Qt.

    from delegation_planner.reports.letterhead import OfficeIdentity, letterhead, sign_off
    story += letterhead(office, "vi", styles, width, kind="BÁO CÁO", subject="Kết quả …",
                        issued_on=date.today(), number_code="BC")
    story += sign_off(office, "vi", styles, width, position="TRƯỞNG ĐOÀN", signer="Nguyễn Văn A")
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from delegation_planner.reports.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC, string_width
from delegation_planner.reports.paragraph import Paragraph, Table
from delegation_planner.reports.styles import ACCENT, INK
from delegation_planner.reports.text import clean, esc

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
APP_NAME = "Delegation Planner"


@dataclass(frozen=True)
class OfficeIdentity:
    """Who issues the document. ``issuing_body_vi``/``_en`` may hold two lines ("UBND TỈNH THÁI
    NGUYÊN\\nSỞ NGOẠI VỤ"): the governing body, then the issuing body; one line is the issuing
    body alone. ``name`` (the PDF's Author) defaults to the issuing body. ``place`` is the
    địa danh of the date line (default: the last part of ``address``)."""

    name: str = ""
    issuing_body_vi: str = ""
    issuing_body_en: str = ""
    address: str = ""
    logo: str = ""
    place: str = ""

    def lines(self, lang: str) -> list[str]:
        """The governing body and issuing body lines in ``lang`` (falling back to the other language, then the name)."""
        first, second = (self.issuing_body_vi, self.issuing_body_en) if lang == "vi" else (
            self.issuing_body_en, self.issuing_body_vi)
        text = clean(first).strip() or clean(second).strip() or clean(self.name).strip()
        return [line.strip() for line in text.split("\n") if line.strip()][:2]

    def author(self, lang: str = "en") -> str:
        """The PDF's Author: the office's name, else its issuing body, else the application."""
        name = clean(self.name).replace("\n", " ").strip()
        if name:
            return name
        lines = self.lines(lang)
        return lines[-1] if lines else APP_NAME

    def place_name(self) -> str:
        place = clean(self.place).strip()
        if place:
            return place
        for line in self.lines("vi"):  # "UBND TỈNH THÁI NGUYÊN" → "Thái Nguyên"
            match = re.search(r"(?:\btỉnh|\bthành phố|\btp\.)\s+(.+)$", line, re.IGNORECASE)
            if match:
                return " ".join(w[:1].upper() + w[1:].lower() for w in match.group(1).split())
        address = clean(self.address).replace("\n", ",").strip(" ,")
        return address.rsplit(",", 1)[-1].strip() if address else ""

    def code(self, lang: str = "vi") -> str:
        """The body's abbreviation for the ký hiệu: initials of the issuing body ("SỞ NGOẠI VỤ" → "SNV")."""
        lines = self.lines(lang)
        if not lines:
            return ""
        letters = []
        for word in lines[-1].replace("-", " ").split():
            first = unicodedata.normalize("NFD", word)[0]
            if first.isalnum():
                letters.append("D" if first in "đĐ" else first.upper())
        return "".join(letters)


def office_from(issuing_body_vi: object = "", issuing_body_en: object = "", address: object = "",
                logo: object = "") -> OfficeIdentity | None:
    """The office of the Settings (Edit → Settings in the window; the same settings file for the
    CLI): None when none of the issuing bodies and the address is set, so that the Vietnamese
    letterhead prints its dotted placeholders only when nothing is known at all."""
    body_vi, body_en, where = (clean(str(v or "")).strip() for v in (issuing_body_vi, issuing_body_en, address))
    if not (body_vi or body_en or where):
        return None
    return OfficeIdentity(issuing_body_vi=body_vi, issuing_body_en=body_en, address=where,
                          logo=str(logo or "").strip())


def official_date(place: str, day: date) -> str:
    """"Hà Nội, ngày 05 tháng 3 năm 2026": days below 10 and months below 3 with a leading zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    text = f"ngày {day.day:02d} tháng {month} năm {day.year:04d}"
    return f"{place}, {text}" if place else text.capitalize()


def english_date(place: str, day: date) -> str:
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
    text = f"{day.day} {months[day.month - 1]} {day.year:04d}"
    return f"{place}, {text}" if place else text


class _Rule(Flowable):
    """A short horizontal rule, centred in its column (under the issuing body, the tiêu ngữ)."""

    def __init__(self, length: float, thickness: float = 0.6):
        super().__init__()
        self.length = length
        self.thickness = thickness
        self._avail = length

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, 3.5

    def draw(self):
        x = (self._avail - self.length) / 2
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, 0.8, x + self.length, 0.8)
        self.canv.restoreState()


def _styles(st) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("LH", parent=st.body, fontName=FAMILY, fontSize=10.5, leading=13.5, alignment=TA_CENTER,
                          textColor=INK, spaceAfter=0, spaceBefore=0)
    return {
        "body": base,
        "bold": ParagraphStyle("LHBold", parent=base, fontName=BOLD),
        "nation": ParagraphStyle("LHNation", parent=base, fontName=BOLD, fontSize=10.5),
        "motto": ParagraphStyle("LHMotto", parent=base, fontName=BOLD, fontSize=11.5, leading=14),
        "date": ParagraphStyle("LHDate", parent=base, fontName=ITALIC, fontSize=10.5),
        "kind": ParagraphStyle("LHKind", parent=base, fontName=BOLD, fontSize=14, leading=18, spaceBefore=4),
        "subject": ParagraphStyle("LHSubject", parent=base, fontName=BOLD, fontSize=12, leading=15.5),
        "to": ParagraphStyle("LHTo", parent=base, fontSize=11.5, leading=15),
        "recipients_head": ParagraphStyle("LHRecHead", parent=base, fontName=BOLD_ITALIC, fontSize=10,
                                          alignment=TA_LEFT),
        "recipients": ParagraphStyle("LHRec", parent=base, fontSize=9, leading=11.5, alignment=TA_LEFT),
        "position": ParagraphStyle("LHPos", parent=base, fontName=BOLD, fontSize=11.5, leading=14.5),
        "signer": ParagraphStyle("LHSigner", parent=base, fontName=BOLD, fontSize=11.5, leading=14.5),
        "position_sub": ParagraphStyle("LHPosSub", parent=base, fontSize=10, leading=13),
    }


def _plain_table(rows: list[list], widths: Sequence[float]) -> Table:
    t = Table(rows, colWidths=list(widths), hAlign="CENTER")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def letterhead(office: OfficeIdentity | None, lang: str, st, width: float, *, kind: str, subject: str,
               issued_on: date, number_code: str = "BC", addressee: str = "") -> list:
    """The document's header: two columns (issuing body and number | quốc hiệu, tiêu ngữ, place
    and date), then ``kind`` ("BÁO CÁO") and the ``subject`` (trích yếu), and "Kính gửi: …"
    when ``addressee`` is given. English: the office, "Ref.", place and date, title and subject."""
    office = office or OfficeIdentity()
    s = _styles(st)
    left_w, right_w = width * 0.42, width * 0.58
    lines = office.lines(lang)
    code = office.code(lang)
    left: list = []
    if lang == "vi":
        bodies = [line.upper() for line in lines] or ["……………………"]
        if len(bodies) == 2:
            left.append(Paragraph(esc(bodies[0]), s["body"]))
        left.append(Paragraph(esc(bodies[-1]), s["bold"]))
        left.append(_Rule(min(left_w * 0.9, max(18 * mm, string_width(bodies[-1], BOLD, 10.5) * 0.4))))
        left.append(Spacer(1, 3))
        left.append(Paragraph(esc("Số:" + "\u00a0" * 8 + f"/{number_code}" + (f"-{code}" if code else "")), s["body"]))
        right = [Paragraph(esc(QUOC_HIEU), s["nation"]), Paragraph(esc(TIEU_NGU), s["motto"]),
                 _Rule(string_width(TIEU_NGU, BOLD, 11.5)), Spacer(1, 5),
                 Paragraph(esc(official_date(office.place_name() or "……", issued_on)), s["date"])]
    else:
        bodies = [line.upper() for line in lines] or ["……………………"]  # never the application's name
        if len(bodies) == 2:
            left.append(Paragraph(esc(bodies[0]), s["body"]))
        left.append(Paragraph(esc(bodies[-1]), s["bold"]))
        left.append(_Rule(min(left_w * 0.9, max(18 * mm, string_width(bodies[-1], BOLD, 10.5) * 0.4))))
        left.append(Spacer(1, 3))
        left.append(Paragraph(esc("Ref. No.:" + "\u00a0" * 8 + "/" + number_code + (f"-{code}" if code else "")), s["body"]))
        right = []
        address = clean(office.address).replace("\n", ", ").strip()
        if address:
            right.append(Paragraph(esc(address), s["body"]))
        right += [Spacer(1, 5), Paragraph(esc(english_date(office.place_name(), issued_on)), s["date"])]
    out: list = [_plain_table([[left, right]], [left_w, right_w]), Spacer(1, 9 * mm),
                 Paragraph(esc(kind.upper()), s["kind"]), Paragraph(esc(subject), s["subject"]),
                 _Rule(30 * mm), Spacer(1, 4 * mm)]
    if addressee:
        to = "Kính gửi: " if lang == "vi" else "To: "
        out.append(Paragraph(esc(to + addressee), s["to"]))
        out.append(Spacer(1, 4 * mm))
    return out


def default_recipients(office: OfficeIdentity | None, lang: str, *, addressed: bool) -> list[str]:
    """"Như trên; Lưu: VT, SNV." (Vietnamese) or "Addressee; File." (English)."""
    office = office or OfficeIdentity()
    code = office.code(lang)
    if lang == "vi":
        out = ["Như trên;"] if addressed else []
        out.append(f"Lưu: VT{', ' + code if code else ''}.")
        return out
    out = ["Addressee, as above;"] if addressed else []
    out.append("File" + (f" ({code})." if code else "."))
    return out


def sign_off(office: OfficeIdentity | None, lang: str, st, width: float, *, position: str, signer: str,
             position_detail: str = "", recipients: Sequence[str] | None = None, addressed: bool = False) -> list:
    """Nơi nhận on the left, the signature block on the right: ``position`` (chức vụ, upper case,
    bold), ``position_detail`` below it, room for the signature, then ``signer`` (họ tên, bold)."""
    s = _styles(st)
    recipients = list(recipients) if recipients is not None else default_recipients(office, lang, addressed=addressed)
    head = "Nơi nhận:" if lang == "vi" else "Distribution:"
    left: list = [Paragraph(esc(head), s["recipients_head"])]
    left += [Paragraph(esc(f"- {r}"), s["recipients"]) for r in recipients]
    right: list = [Paragraph(esc(clean(position).upper()), s["position"])]
    if position_detail:
        right.append(Paragraph(esc(position_detail), s["position_sub"]))
    right.append(Spacer(1, 24 * mm))
    right.append(Paragraph(esc(signer or "……………………"), s["signer"]))
    return [Spacer(1, 8 * mm), KeepTogether([_plain_table([[left, right]], [width * 0.45, width * 0.55])])]


def classification_box(text: str, st, width: float) -> list:
    """The classification on a cover: 14 pt bold capitals in a dark red box (none when empty)."""
    text = clean(text).replace("\n", " ").strip()
    if not text:
        return []
    style = ParagraphStyle("ClassBox", parent=st.body, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER,
                           textColor=ACCENT)
    t = Table([[Paragraph(esc(text.upper()), style)]], colWidths=[min(width, max(60 * mm, width * 0.6))],
              hAlign="CENTER")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("BOX", (0, 0), (-1, -1), 1.6, ACCENT), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [t, Spacer(1, 6 * mm)]
