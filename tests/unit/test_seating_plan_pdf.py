"""reports.seating_plan: the picture and the ushers' list in a PDF, read back with pypdf; no name
drawn over another or outside the picture (checked on the drawing's own strings)."""
from __future__ import annotations

import itertools
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from delegation_planner.domain.seating import GUEST, HOST, Participant, SeatingSettings, propose
from delegation_planner.reports.fonts import FAMILY, register_fonts, string_width
from delegation_planner.reports.seating_plan import fit_name, seating_drawings, seating_flowables

P = Participant
OURS = ["Nguyễn Đức Chung", "Lê Quang Huy", "Trần Thị Mai Hương", "Đỗ Thị Ngọc Ánh", "Hoàng Văn Thái Bình",
        "Vũ Minh", "Nguyễn Thị Phương Thảo Linh", "Bùi Xuân Trường"]
THEIRS = ["Christopher Coburn", "Catherine E. Leopold", "Thomas Vallely", "Nam Pham",
          "Alexandra Montgomery-Whitfield", "Li Wei", "Maximilian Alexander von Hohenberg", "Ann Lee"]
WIDTH = A4[0] - 40 * mm


def people(n_ours=6, n_theirs=6, interpreters=True, aides=False):
    out = [P(i + 1, n, GUEST, precedence=i + 1, title="Chairman, Hà Nội People's Committee" if i == 0 else "Member",
             languages=("vi",)) for i, n in enumerate(OURS[:n_ours])]
    out += [P(100 + i, n, HOST, role="lead" if i == 0 else "attendee", title="President and CEO", languages=("en",))
            for i, n in enumerate(THEIRS[:n_theirs])]
    if interpreters:
        out += [P(200, "Phạm Minh Tuấn", GUEST, is_interpreter=True), P(201, "Sarah O'Connor", HOST, is_interpreter=True)]
    if aides:
        out += [P(300, "Phan Thị Giúp", GUEST, is_assistant=True), P(301, "John Aide", HOST, is_assistant=True)]
    return out


PLANS = {
    "bilateral 6 a side": lambda: propose(people(), "bilateral"),
    "bilateral 8 a side, interpreters behind": lambda: propose(people(8, 8), "bilateral",
                                                              SeatingSettings(interpreters="behind")),
    "banquet 10": lambda: propose(people(5, 5, interpreters=False), "banquet"),
    "banquet 3 tables": lambda: propose(people(8, 8), "banquet", SeatingSettings(seats_per_table=6)),
    "signing 2 + 6": lambda: propose(people(4, 4, interpreters=False, aides=True), "signing"),
    "car": lambda: propose([P(1, OURS[0], GUEST), P(2, THEIRS[0], HOST), P(3, "Phạm Minh Tuấn", GUEST,
                                                                          is_interpreter=True)], "car"),
}


def build(path, flowables):
    register_fonts()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, initialFontName=FAMILY)
    doc.build(flowables)
    return PdfReader(str(path))


def strings(node, dx=0.0, dy=0.0):
    for item in getattr(node, "contents", ()):
        if isinstance(item, String):
            yield item
        elif isinstance(item, Group):
            yield from strings(item)


def box(s: String):
    w = string_width(s.text, s.fontName, s.fontSize)
    x0 = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
    return x0, s.y - 0.22 * s.fontSize, x0 + w, s.y + 0.76 * s.fontSize


@pytest.mark.parametrize("name", sorted(PLANS))
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_no_name_drawn_over_another_or_outside_the_picture(name, lang):
    plan = PLANS[name]()
    drawings = seating_drawings(plan, lang, WIDTH)
    assert drawings and all(isinstance(d, Drawing) for d in drawings)
    for d in drawings:
        boxes = [(s.text, box(s)) for s in strings(d)]
        assert boxes
        for text, (x0, y0, x1, y1) in boxes:
            assert -0.5 <= x0 and x1 <= d.width + 0.5 and -2 <= y0 and y1 <= d.height + 0.5, (text, d.width, d.height)
        for (ta, a), (tb, b) in itertools.combinations(boxes, 2):
            overlap = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
            assert not (overlap[0] > 0.3 and overlap[1] > 0.3), (ta, tb, a, b)
    drawn = " ".join(s.text for d in drawings for s in strings(d))
    assert "…" not in drawn  # these names all wrap (or take initials) rather than being cut


def test_one_page_pdf_with_the_names_exact_and_only_the_reports_fonts(tmp_path):
    nfd = [P(1, unicodedata.normalize("NFD", "Nguyễn Đức Chung"), GUEST, precedence=1, title="Chủ tịch UBND")]
    plan = propose(nfd + people()[1:], "bilateral")
    reader = build(tmp_path / "seating.pdf", seating_flowables(plan, "vi", WIDTH, title="Hội đàm với Thống đốc"))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Nguyễn Đức Chung" in text and "Trần Thị Mai Hương" in text and "Alexandra Montgomery-Whitfield" in text
    assert "Họ và tên" in text and "Chức vụ" in text and "Hội đàm: Hội đàm với Thống đốc" in text
    assert "Phía chủ nhà" in text and "Phía khách" in text  # the legend
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in f for f in fonts), fonts
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(tmp_path / "seating.pdf"), str(tmp_path / "p")],
                       check=True, timeout=60)
        assert (tmp_path / "p-1.png").stat().st_size > 5000


@pytest.mark.parametrize("name", sorted(PLANS))
def test_every_layout_prints_with_its_ushers_list(tmp_path, name):
    plan = PLANS[name]()
    reader = build(tmp_path / "plan.pdf", seating_flowables(plan, "en", WIDTH))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())  # a long name may wrap in its cell
    assert "Seat" in text and "Name" in text and "Title" in text
    for seat in plan.seats:
        assert seat.occupant.name in text  # the ushers' list has every name whole


def test_warnings_are_printed_and_an_empty_plan_is_nothing():
    plan = propose(people(2, 2, interpreters=False), "bilateral")
    flow = seating_flowables(plan, "vi", WIDTH)
    texts = [getattr(f, "text", "") for f in flow]
    assert any("phía khách không có phiên dịch" in t for t in texts)
    assert seating_drawings(propose([], "banquet"), "en", WIDTH) == []


@pytest.mark.parametrize("name", ["Nguyễn Đức Chung", "Alexandra Montgomery-Whitfield",
                                  "Maximilian Alexander von Hohenberg", "Nguyễn Thị Phương Thảo Linh", "Li",
                                  "Wolfeschlegelsteinhausenbergerdorff"])
@pytest.mark.parametrize("width", [30.0, 45.0, 70.0, 200.0])
def test_fit_name_never_wider_than_its_place(name, width):
    lines, size = fit_name(name, width)
    assert 1 <= len(lines) <= 3 and 6.0 <= size <= 8.0
    assert all(string_width(line, FAMILY, size) <= width + 0.01 for line in lines)
    if string_width(name, FAMILY, 8.0) <= width:
        assert lines == [name] and size == 8.0  # whole, full size, when it fits
    joined = " ".join(lines).replace("- ", "-")
    if "…" not in joined and "." not in joined:
        assert joined == name  # wrapped, not changed


def test_fit_name_shortens_middle_names_only_when_the_whole_name_cannot_wrap():
    name = "Nguyễn Thị Phương Thảo Linh"
    # wide enough for "Phương" at 6 pt but not for three lines of the whole name: middle names as initials
    width = string_width("Phương", FAMILY, 6.0) + 1
    assert string_width("Nguyễn Thị", FAMILY, 6.0) > width  # so the whole name needs five lines
    lines, size = fit_name(name, width)
    assert lines == ["Nguyễn", "T. P. T.", "Linh"] and size == 6.0
    # room for three lines of the whole name: no initials
    lines, _ = fit_name(name, string_width("Phương Thảo", FAMILY, 6.0) + 1)
    assert " ".join(lines) == name


def test_briefing_seating_from_the_demo_database(db):
    import sqlalchemy as sa

    from delegation_planner.domain.models import Engagement
    from delegation_planner.reports.seating_plan import briefing_seating
    from delegation_planner.sample import load_sample

    load_sample(db)
    with db.reading() as s:
        ids = dict(s.execute(sa.select(Engagement.title, Engagement.id)).all())
    call = next(i for t, i in ids.items() if t.startswith("Courtesy call"))
    flow = briefing_seating(db, call, "en", WIDTH)
    assert any(isinstance(f, Drawing) for f in flow)
    lab = next(i for t, i in ids.items() if t.startswith("Stem-cell"))  # a site visit: nobody is seated
    assert briefing_seating(db, lab, "en", WIDTH) == []
