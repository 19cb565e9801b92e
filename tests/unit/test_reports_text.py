"""Text helpers of the reports: escaping, normalisation, splitting without loss."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from delegation_planner.domain.enums import CommitmentStatus, EngagementKind, MemberRole
from delegation_planner.domain.errors import ValidationError
from delegation_planner.reports.i18n import Labels
from delegation_planner.reports.text import chunks, clean, esc, shorten


def test_escape_makes_markup_data():
    assert esc("<b>R&D</b> a<b") == "&lt;b&gt;R&amp;D&lt;/b&gt; a&lt;b"
    assert esc("line 1\nline 2\r\nline 3") == "line 1<br/>line 2<br/>line 3"
    assert esc("tab\there\x00\x07bell") == "tab    herebell"


def test_text_is_nfc_normalised():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Đức Chung, Cao Bằng")
    assert decomposed != "Nguyễn Đức Chung, Cao Bằng"
    assert clean(decomposed) == "Nguyễn Đức Chung, Cao Bằng"


def test_chunks_lose_nothing():
    text = ("Hà Nội " * 3000) + "\n\n\n" + "x" * 5000 + "\nlast line"
    parts = chunks(text, size=1200)
    assert all(len(p) <= 1200 for p in parts)
    assert re.sub(r"\s+", "", "".join(parts)) == re.sub(r"\s+", "", text)
    assert parts[-1] == "last line"
    assert "" in parts  # the blank lines survive as one paragraph break
    assert chunks("") == [] and chunks(None) == [] and chunks("\n\n  \n") == []


def test_shorten_for_header():
    from delegation_planner.reports.fonts import ITALIC, register_fonts

    register_fonts()
    assert shorten("Short title", 200, ITALIC, 8) == "Short title"
    long = "Chuyến thăm và làm việc của Đoàn công tác tỉnh Cao Bằng " * 5
    short = shorten(long, 200, ITALIC, 8)
    assert short.endswith("…") and long.startswith(short[:-1]) and len(short) < len(long)


def test_labels_in_both_languages():
    en, vi = Labels("en"), Labels("vi")
    assert en("page_x_of_y", x=1, y=9) == "Page 1 of 9"
    assert vi("page_x_of_y", x=1, y=9) == "Trang 1 / 9"
    assert vi("programme") == "Chương trình làm việc" and vi("delegation") == "Thành phần đoàn"
    assert vi("commitments") == "Cam kết"
    assert en.enum(CommitmentStatus.IN_PROGRESS) == "In progress" and vi.enum(CommitmentStatus.SIGNED) == "Đã ký"
    assert vi.enum(EngagementKind.PRESS) == "Họp báo" and vi.enum(MemberRole.PRESS) == "Báo chí"
    assert en.day(date(2017, 7, 12)) == "Wednesday 12 July 2017"
    assert vi.day(date(2017, 7, 12)) == "Thứ Tư, ngày 12/07/2017"
    assert en.date_range(date(2017, 7, 12), date(2017, 7, 14)) == "12–14 July 2017"
    assert en.date_range(date(2017, 6, 30), date(2017, 7, 2)) == "30 June – 2 July 2017"
    assert vi.date_range(date(2017, 7, 12), date(2017, 7, 14)) == "12/07/2017 – 14/07/2017"
    with pytest.raises(ValidationError) as info:
        Labels("fr")
    assert info.value.field == "lang"
