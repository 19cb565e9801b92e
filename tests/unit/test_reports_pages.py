"""What the page-by-page reading of the sample trips' documents found (issue 11), read back with pypdf:
no empty section headed and followed by "none", no column nobody has a value in, the application's
name never standing in for the issuing office, the day card saying what is signed."""
from __future__ import annotations

import shutil
import unicodedata
from datetime import date as date_

import pytest

pypdf = pytest.importorskip("pypdf")

from delegation_planner.reports import build_briefing_pack, build_trip_report  # noqa: E402
from delegation_planner.reports.documents import build_day_cards  # noqa: E402
from delegation_planner.reports.i18n import Labels  # noqa: E402
from delegation_planner.services import directory, trips  # noqa: E402
from tests.unit.documents_helpers import one_meeting_trip, pdf_pages, squash  # noqa: E402


@pytest.fixture
def sample(tmp_path, _template):
    from delegation_planner.storage import open_database

    path = tmp_path / "sample.sqlite3"
    shutil.copy(_template, path)
    db = open_database(path)
    yield db
    db.dispose()


def _boston(db) -> int:
    return next(t.id for t in trips.list_trips(db) if "Massachusetts" in t.title)


def _nfc(pages):
    return [unicodedata.normalize("NFC", p) for p in pages]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_trip_report_heads_notes_and_outcomes_only_where_there_are_some(sample, tmp_path, lang):
    L = Labels(lang)
    result = build_trip_report(sample, _boston(sample), tmp_path / "r.pdf", lang=lang)
    text = "\n".join(_nfc(pdf_pages(result.path)))
    assert L("no_notes") not in text and L("no_outcomes") not in text
    from delegation_planner.services.report_data import gather

    data = gather(sample, _boston(sample), with_notes=True)
    held = [d for d in data.engagements if not d.item.cancelled]
    with_notes = sum(1 for d in held if d.notes)
    with_outcomes = sum(1 for d in held if d.commitments)
    assert 0 < with_notes < len(held) and 0 < with_outcomes < len(held)  # the sample has both kinds
    # each heading once per engagement that has something under it (the contents name neither)
    assert text.count(L("meeting_notes")) == with_notes
    assert text.count(L("outcomes")) == with_outcomes


def test_english_letterhead_without_an_office_never_names_the_application(sample, tmp_path):
    result = build_trip_report(sample, _boston(sample), tmp_path / "r.pdf", lang="en")
    first = pdf_pages(result.path)[0]
    assert "DELEGATION PLANNER" not in first.upper().split("REPORT")[0]
    assert "……" in first and "Ref. No.:" in first
    from delegation_planner.reports.letterhead import OfficeIdentity

    named = build_trip_report(sample, _boston(sample), tmp_path / "n.pdf", lang="en",
                              office=OfficeIdentity(issuing_body_en="Hanoi Department of External Relations"))
    first = pdf_pages(named.path)[0]
    assert "HANOI DEPARTMENT OF EXTERNAL RELATIONS" in " ".join(first.split()) and "……" not in first


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_signing_days_card_says_what_is_signed(sample, tmp_path, lang):
    L = Labels(lang)
    result = build_day_cards(sample, _boston(sample), tmp_path / "c.pdf", lang=lang)
    pages = _nfc(pdf_pages(result.path))
    signing = [i for i, p in enumerate(pages) if L("to_be_signed") in p]
    assert signing == [0]  # 12 July 2017: the MoU signing at Partners HealthCare
    assert squash("Memorandum of Understanding on deploying a modern") in squash(pages[0])


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_contact_sheet_and_delegation_leave_out_columns_nobody_has(db, tmp_path, lang):
    L = Labels(lang)
    trip_id = one_meeting_trip(db)  # names and titles only: no phone, no e-mail, no member's organization
    pages = _nfc(pdf_pages(build_briefing_pack(db, trip_id, tmp_path / "p.pdf", lang=lang).path))
    contacts = next(p for p in pages[2:] if L("contacts") in p)
    sheet = contacts.split(L("contacts"))[-1]
    assert L("phone_email") not in sheet and L("phone") not in sheet
    delegation = next(p for p in pages[2:] if L("delegation") in p)
    table = delegation.split(L("delegation"))[1].split(L("programme"))[0]
    assert L("role") in table and L("organization") not in table
    assert L("places_of_programme") in "\n".join(pages)
    # one phone number brings its column back, with the number in it
    person = next(p for p in directory.list_people(db, "Lê Thị Hoa"))
    directory.update_person(db, person.id, phone="+84 208 3855 555")
    pages = _nfc(pdf_pages(build_briefing_pack(db, trip_id, tmp_path / "p2.pdf", lang=lang).path))
    sheet = next(p for p in pages[2:] if L("contacts") in p).split(L("contacts"))[-1]
    assert L("phone_email") in sheet
    assert "+84 208 3855 555" in sheet.replace("\u00a0", " ")  # on one line, not split in the narrow column


def test_trip_report_counterparts_annex_without_an_empty_contact_column(sample, tmp_path):
    result = build_trip_report(sample, _boston(sample), tmp_path / "r.pdf", lang="en")
    annex = pdf_pages(result.path)[-1].split("Annex B")[-1]
    assert "Catherine E. Leopold" in annex
    assert "E-mail / Phone" not in annex  # no counterpart of the sample has either


def test_a_trip_without_attendees_prints_no_dash_lines_no_empty_annex_and_no_lead_column(db, tmp_path):
    from datetime import datetime

    from delegation_planner.services import engagements

    t = trips.create_trip(db, title="Paris visit", destination="Paris", start_date=date_(2026, 10, 24),
                          end_date=date_(2026, 10, 24), home_timezone="Asia/Ho_Chi_Minh")
    engagements.create_engagement(db, t.id, title="AirParif: air-quality monitoring", kind="site_visit",
                                  timezone="Europe/Paris", start=datetime(2026, 10, 24, 10, 0),
                                  end=datetime(2026, 10, 24, 11, 30))
    report = pdf_pages(build_trip_report(db, t.id, tmp_path / "r.pdf", lang="en").path)
    text = "\n".join(report)
    assert "AirParif: air-quality monitoring" in text
    assert "Attendees" not in text and "\n—\n" not in text and not any(line.strip() == "—" for line in text.split("\n"))
    assert "Annex A — Delegation" in text and "Annex B" not in text and "No counterparts" not in text
    pack = pdf_pages(build_briefing_pack(db, t.id, tmp_path / "p.pdf", lang="en").path)
    programme = squash(next(p for p in pack[2:] if "Programme at a glance" in p))
    assert squash("Home time") in programme and squash("Our lead") not in programme
