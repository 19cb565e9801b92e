"""CSV import of people and engagements, as Excel saves it in Vietnam and France.

Encodings (UTF-8 with/without BOM, cp1258 with its combining tone marks, cp1252), separators,
day-first dates, Vietnamese headers, bad rows with their physical line numbers and nothing
written, people matched instead of duplicated, hostile files (1 GB sparse, FIFO, folder)."""
from __future__ import annotations

import itertools
import os
import time
import unicodedata
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from delegation_planner.cli import main
from delegation_planner.domain import csv_rows
from delegation_planner.domain.enums import AttendanceRole, EngagementKind, Side
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import ALL_TABLES
from delegation_planner.services import csv_import, directory, engagements, members, trips
from delegation_planner.domain.timezones import to_local
from tests.helpers import file_state

CHUNG = "Nguyễn Đức Chung"
PARIS = "Europe/Paris"


def to_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 writes it: a precomposed letter where the code page has one
    (ê, ơ, ư, đ…), the tone mark as a separate combining byte otherwise ("ễ" = ê + 0xDE)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for k in range(len(marks), -1, -1):
            for kept in itertools.combinations(range(len(marks)), k):
                head = unicodedata.normalize("NFC", base + "".join(marks[i] for i in kept))
                rest = "".join(m for i, m in enumerate(marks) if i not in kept)
                if len(head) != 1:
                    continue
                try:
                    out += head.encode("cp1258") + rest.encode("cp1258")
                    break
                except UnicodeEncodeError:
                    continue
            else:
                continue
            break
        else:  # pragma: no cover - every Vietnamese letter has a cp1258 form
            raise AssertionError(f"no cp1258 form for {ch!r}")
    return bytes(out)


def counts(db) -> dict[str, int]:
    with db.reading() as s:
        return {t.__tablename__: s.execute(sa.select(sa.func.count()).select_from(t)).scalar() for t in ALL_TABLES}


@pytest.fixture
def trip(db):
    return trips.create_trip(db, title="Đoàn công tác Paris", destination="Paris",
                             start_date=date(2024, 3, 4), end_date=date(2024, 3, 8))


def member_names(db, trip_id):
    return [m.full_name for m in members.list_members(db, trip_id)]


# ------------------------------------------------------------------------- encodings

PEOPLE_VI = ("Họ tên;Chức vụ;Cơ quan;Email;Điện thoại;Thứ tự\r\n"
             "Nguyễn Đức Chung;Chủ tịch;UBND Thành phố Hà Nội;chung@hanoi.gov.vn;0912 345 678;1\r\n"
             "Trần Thị Mai Hương;Phó Giám đốc;Sở Ngoại vụ Hà Nội;;+84 24 3825 3536;2\r\n")


def test_cp1258_vietnamese_is_decoded_then_nfc(db, trip):
    data = to_cp1258(PEOPLE_VI)
    assert b"Nguy\xea\xden" in data  # ê then a separate combining tilde: the file really is cp1258-style
    preview = csv_import.preview_people(db, trip.id, data, "delegation")
    assert (preview.encoding, preview.encoding_guessed, preview.separator) == ("cp1258", True, ";")
    assert [c.field for c in preview.columns] == ["full_name", "title", "organization", "email", "phone",
                                                  "precedence"]
    assert preview.ok and [r.status for r in preview.rows] == ["new", "new"]
    csv_import.import_people(db, trip.id, data, "delegation")
    names = member_names(db, trip.id)
    assert names == [CHUNG, "Trần Thị Mai Hương"]
    assert unicodedata.is_normalized("NFC", names[0]) and names[0].encode() == CHUNG.encode()
    person = directory.list_people(db, search="Chung")[0]
    assert person.organization_name == "UBND Thành phố Hà Nội" and person.phone == "0912 345 678"
    assert person.side == Side.DELEGATION


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
def test_utf8_with_and_without_bom(db, trip, bom):
    data = bom + "Full name,Title,Organization\nNguyễn Đức Chung,Chairman,Hà Nội People's Committee\n".encode()
    preview = csv_import.preview_people(db, trip.id, data, "delegation")
    assert preview.encoding == "utf-8" and preview.encoding_guessed == (not bom)
    assert preview.columns[0].header == "Full name"  # the BOM is not part of the first header
    assert preview.rows[0].full_name == CHUNG
    csv_import.import_people(db, trip.id, data, "delegation")
    assert member_names(db, trip.id) == [CHUNG]


def test_utf16_excel_unicode_text_is_read():
    data = "Họ tên\tChức vụ\nNguyễn Đức Chung\tChủ tịch\n".encode("utf-16")
    sheet = csv_rows.read_sheet(data, "people")
    assert (sheet.encoding, sheet.separator) == ("utf-16", "\t")
    assert csv_rows.people_rows(sheet)[0].full_name == CHUNG


FRENCH = ("Titre;Date;Début;Fin;Lieu;Type;Fuseau horaire\r\n"
          "Réunion à l'Hôtel de Ville;05/03/2024;9h30;11h;Hôtel de Ville, place de l'Hôtel-de-Ville;réunion;Europe/Paris\r\n"
          "Déjeuner « français » offert par la Mairie;2024-03-05;12:30;14:00;Café de la Paix;repas;Europe/Paris\r\n"
          "Visite de l'Hôpital Européen Georges-Pompidou;06/03/2024;15:00;17:00;20 rue Leblanc;visite;Europe/Paris\r\n")


def test_cp1252_french_engagements_day_first(db, trip):
    data = FRENCH.encode("cp1252")
    preview = csv_import.preview_engagements(db, trip.id, data)
    assert (preview.encoding, preview.separator) == ("cp1252", ";") and preview.ok
    assert [c.field for c in preview.columns] == ["title", "date", "start", "end", "location", "kind", "timezone"]
    csv_import.import_engagements(db, trip.id, data)
    items = engagements.programme(db, trip.id).items
    assert [i.title for i in items] == ["Réunion à l'Hôtel de Ville", "Déjeuner « français » offert par la Mairie",
                                        "Visite de l'Hôpital Européen Georges-Pompidou"]
    first = items[0]
    assert first.local_start.replace(tzinfo=None) == datetime(2024, 3, 5, 9, 30)  # 5 March, not 3 May
    assert first.local_end.replace(tzinfo=None) == datetime(2024, 3, 5, 11, 0)
    assert first.timezone == PARIS and first.kind == EngagementKind.MEETING
    assert [i.kind for i in items[1:]] == [EngagementKind.WORKING_MEAL, EngagementKind.SITE_VISIT]
    assert items[2].day == date(2024, 3, 6)


@pytest.mark.parametrize("sample, expected", [
    ("Nguyễn Đức Chung, Ủy ban nhân dân thành phố Hà Nội", "cp1258"),
    ("Trần Thị Mai Hương; Sở Ngoại vụ; Phó Giám đốc", "cp1258"),
    ("François Hollande; Président de la République; Élysée", "cp1252"),
    ("Hélène Dupré, Société Générale, 12 € — « réunion »", "cp1252"),
    ("Mme Lefèvre, Ministère des Affaires étrangères", "cp1252"),
])
def test_legacy_encoding_guess(sample, expected):
    data = to_cp1258(sample) if expected == "cp1258" else sample.encode("cp1252")
    decoded = csv_rows.decode_csv(data)
    assert decoded.encoding == expected and decoded.text == sample


def test_explicit_encoding_wins_and_bad_names_are_refused(db, trip):
    data = "Nom;Fonction\nRenée Dupuis;Maire adjointe\n".encode("cp1252")
    preview = csv_import.preview_people(db, trip.id, data, "host", encoding="windows-1252")
    assert preview.encoding == "cp1252" and not preview.encoding_guessed
    assert preview.rows[0].full_name == "Renée Dupuis"
    with pytest.raises(ValidationError, match="unknown encoding") as err:
        csv_import.preview_people(db, trip.id, data, "host", encoding="klingon")
    assert err.value.field == "file"
    with pytest.raises(ValidationError, match=r"line 2: byte 0xe9 is not utf-8"):
        csv_import.preview_people(db, trip.id, data, "host", encoding="utf-8")


def test_nfd_input_is_stored_nfc_and_matches_the_directory(db, trip):
    existing = directory.create_person(db, full_name=CHUNG, side="delegation")
    data = unicodedata.normalize("NFD", "Họ tên\nNguyễn Đức Chung\nLê Quang Huy\n").encode()
    preview = csv_import.preview_people(db, trip.id, data, "delegation")
    assert [(r.full_name, r.status, r.person_id) for r in preview.rows] == [
        (CHUNG, "matched", existing.id), ("Lê Quang Huy", "new", None)]
    csv_import.import_people(db, trip.id, data, "delegation")
    assert member_names(db, trip.id) == [CHUNG, "Lê Quang Huy"]
    assert all(unicodedata.is_normalized("NFC", p.full_name) for p in directory.list_people(db))
    assert len(directory.list_people(db, search="Chung")) == 1


# ------------------------------------------------------------------------ separators

@pytest.mark.parametrize("sep", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_separators_are_sniffed_on_the_header_line(db, trip, sep):
    rows = [["Full name", "Title", "Organization"],
            ["Catherine E. Leopold", "Director; Global Health", "Harvard Medical School, Boston"],
            ["Nam Pham", "Assistant Secretary", "Office of the Governor"]]
    text = "\n".join(sep.join(f'"{c}"' if (c.count(",") or c.count(";")) else c for c in row) for row in rows)
    preview = csv_import.preview_people(db, trip.id, text.encode(), "host")
    assert preview.separator == sep and preview.ok
    assert [(r.title, r.organization) for r in preview.rows] == [
        ("Director; Global Health", "Harvard Medical School, Boston"), ("Assistant Secretary", "Office of the Governor")]


def test_separator_given_explicitly(db, trip):
    data = b"Full name;Title\nA, B;C\n"
    preview = csv_import.preview_people(db, trip.id, data, "host", separator=";")
    assert preview.rows[0].full_name == "A, B"


# ---------------------------------------------------------------------------- headers

def test_headers_match_without_accents_or_case():
    columns = csv_rows.map_headers(["HO TEN", "chuc vu", "Co Quan:", "E-mail", "ĐIỆN THOẠI", "Ghi chú"], "people")
    assert [c.field for c in columns] == ["full_name", "title", "organization", "email", "phone", None]
    columns = csv_rows.map_headers(["Tiêu đề", "Ngày", "Bắt đầu", "Kết thúc", "Múi giờ", "Địa điểm", "Loại"],
                                   "engagements")
    assert [c.field for c in columns] == ["title", "date", "start", "end", "timezone", "location", "kind"]


def test_missing_name_column_is_one_clear_error(db, trip):
    with pytest.raises(ValidationError, match=r"no column for Họ tên / Full name.*“Chức vụ”") as err:
        csv_import.preview_people(db, trip.id, "Chức vụ;Cơ quan\nChủ tịch;UBND\n".encode(), "delegation")
    assert err.value.field == "file"
    with pytest.raises(ValidationError, match="both give full name"):
        csv_import.preview_people(db, trip.id, b"Name,Full name\na,b\n", "delegation")
    with pytest.raises(ValidationError, match="empty"):
        csv_import.preview_people(db, trip.id, b"\n\n", "delegation")


# ------------------------------------------------------------------ dates and times

@pytest.mark.parametrize("text, expected", [
    ("05/03/2024", date(2024, 3, 5)), ("5/3/2024", date(2024, 3, 5)), ("05.03.2024", date(2024, 3, 5)),
    ("05-03-24", date(2024, 3, 5)), ("2024-03-05", date(2024, 3, 5)), ("31/12/2024", date(2024, 12, 31)),
])
def test_dates_are_day_first_or_iso(text, expected):
    assert csv_rows.parse_date(text) == expected


@pytest.mark.parametrize("text", ["03/31/2024", "2024-02-30", "5 mars", "", "32/01/2024"])
def test_bad_dates_are_refused(text):
    with pytest.raises(ValueError, match="is not a date"):
        csv_rows.parse_date(text)


@pytest.mark.parametrize("text, expected", [
    ("09:00", (9, 0)), ("9:30", (9, 30)), ("9h30", (9, 30)), ("14h", (14, 0)), ("09:00:00", (9, 0)),
    ("2:30 PM", (14, 30)), ("12:00 AM", (0, 0)),
])
def test_times(text, expected):
    t = csv_rows.parse_time(text)
    assert (t.hour, t.minute) == expected


def test_date_and_time_in_one_cell():
    assert csv_rows.parse_when("05/03/2024 09:15", None) == datetime(2024, 3, 5, 9, 15)
    assert csv_rows.parse_when("2024-03-05T09:15", None) == datetime(2024, 3, 5, 9, 15)
    with pytest.raises(ValueError, match="has no date"):
        csv_rows.parse_when("09:15", None)


# --------------------------------------------------------------- bad rows, all or nothing

ENGAGEMENTS_VI = (
    "Tiêu đề;Ngày;Bắt đầu;Kết thúc;Múi giờ;Địa điểm;Loại\n"
    "Làm việc với Sở Y tế Paris;05/03/2024;09:00;10:30;Europe/Paris;\"3 avenue Victoria\n75004 Paris\";họp\n"  # 2-3
    "Kết thúc trước khi bắt đầu;05/03/2024;11:00;10:00;Europe/Paris;;\n"                                       # 4
    "Múi giờ sai;05/03/2024;11:00;12:00;Europe/Parris;;\n"                                                      # 5
    ";05/03/2024;11:00;12:00;Europe/Paris;;\n"                                                                  # 6
    "Giờ không tồn tại;31/03/2024;02:30;03:30;Europe/Paris;;\n"                                                  # 7
    "Ngày sai;31/02/2024;09:00;10:00;Europe/Paris;;\n"                                                           # 8
    "Loại lạ;06/03/2024;09:00;10:00;Europe/Paris;;yoga\n"                                                        # 9
    "Thăm Bệnh viện Necker;06/03/2024;14:00;16:00;Europe/Paris;149 rue de Sèvres;thăm cơ sở\n"                   # 10
)


def test_bad_engagement_rows_are_listed_with_their_lines_and_nothing_is_written(db, db_path, trip):
    data = ENGAGEMENTS_VI.encode("utf-8-sig")
    preview = csv_import.preview_engagements(db, trip.id, data)
    bad = {b.line: b.reason for b in preview.bad_rows}
    assert sorted(bad) == [4, 5, 6, 7, 8, 9]
    assert "end: before start" in bad[4]
    assert "unknown time zone 'Europe/Parris'" in bad[5]
    assert "no title" in bad[6]
    assert "2024-03-31 02:30 does not exist in Europe/Paris" in bad[7]
    assert "“31/02/2024” is not a date" in bad[8]
    assert "unknown kind “yoga”" in bad[9] and "site_visit" in bad[9]
    assert [(r.line, r.title) for r in preview.rows] == [(2, "Làm việc với Sở Y tế Paris"), (10, "Thăm Bệnh viện Necker")]
    assert preview.rows[0].location == "3 avenue Victoria\n75004 Paris"

    before, state = counts(db), file_state(db_path)
    with pytest.raises(ValidationError) as err:
        csv_import.import_engagements(db, trip.id, data)
    message = str(err.value)
    assert message.startswith("line 4: end: before start; line 5: ")
    assert [p.field for p in err.value.problems] == [f"line {n}" for n in (4, 5, 6, 7, 8, 9)]
    assert counts(db) == before and file_state(db_path) == state


def test_bad_people_rows_refuse_the_whole_file(db, db_path, trip):
    text = ("Họ tên,Email,Thứ tự\n"
            "\"Phạm Minh\nTuấn\",tuan@hanoi.gov.vn,1\n"   # lines 2-3: a quoted newline
            "Lê Quang Huy,not an address,2\n"           # 4
            ",x@y.vn,3\n"                               # 5
            "\n"                                        # 6: blank, skipped
            "Vũ Hồng Nam,nam@hanoi.gov.vn,zero\n"       # 7
            "Đỗ Thị Lan,lan@hanoi.gov.vn,4,extra\n")    # 8
    data = text.encode()
    preview = csv_import.preview_people(db, trip.id, data, "delegation")
    bad = {b.line: b.reason for b in preview.bad_rows}
    assert sorted(bad) == [4, 5, 7, 8]
    assert "not an e-mail address" in bad[4] and "no name" in bad[5]
    assert "precedence “zero”" in bad[7] and "4 cells but the header has 3 columns" in bad[8]
    assert [r.line for r in preview.rows] == [2]
    before, state = counts(db), file_state(db_path)
    with pytest.raises(ValidationError, match=r"^line 4: email"):
        csv_import.import_people(db, trip.id, data, "delegation")
    assert counts(db) == before and file_state(db_path) == state
    assert member_names(db, trip.id) == []


def test_line_numbers_count_quoted_newlines_and_crlf(db, trip):
    text = 'Full name,Title\r\n"A\r\nB\r\nC",x\r\n"D ""the"" E",y\r\n,z\r\n'
    preview = csv_import.preview_people(db, trip.id, text.encode(), "host")
    assert [(r.line, r.full_name) for r in preview.rows] == [(2, "A\r\nB\r\nC"), (5, 'D "the" E')]
    assert [b.line for b in preview.bad_rows] == [6]


# ------------------------------------------------------------------------ matching

def test_people_in_the_directory_are_matched_not_duplicated(db, trip):
    org = directory.create_organization(db, name="Hà Nội People's Committee", local_name="UBND Thành phố Hà Nội")
    chung = directory.create_person(db, full_name=CHUNG, organization_id=org.id, side="delegation")
    other = directory.create_person(db, full_name="Lê Quang Huy", side="delegation")  # no organization
    members.add_member(db, trip.id, other.id)
    text = ("Họ tên;Cơ quan\n"
            "NGUYEN DUC CHUNG;ubnd thanh pho ha noi\n"       # accents and case folded; org by its local name
            "Nguyễn Đức Chung;Bộ Y tế\n"                      # same name, another organization: a new person
            "Lê Quang Huy;\n"                                 # already a member of this delegation
            "nguyễn đức chung;UBND Thành phố Hà Nội\n")       # the same as line 2
    data = text.encode()
    preview = csv_import.preview_people(db, trip.id, data, "delegation")
    assert [(r.line, r.status, r.person_id) for r in preview.rows] == [
        (2, "matched", chung.id), (3, "new", None), (4, "already", other.id), (5, "repeated", chung.id)]
    assert preview.rows[3].same_as_line == 2
    assert preview.new_organizations == ("Bộ Y tế",)
    result = csv_import.import_people(db, trip.id, data, "delegation")
    assert result.people_matched == (chung.id,) and result.people_already_there == (other.id,)
    assert len(result.people_created) == 1
    assert len(result.members_added) == 2 and len(result.organizations_created) == 1
    people = directory.list_people(db)
    assert sorted(p.full_name for p in people) == ["Lê Quang Huy", CHUNG, CHUNG]
    assert member_names(db, trip.id) == ["Lê Quang Huy", CHUNG, CHUNG]
    # Importing the same file again changes nothing: everyone is matched and already a member.
    again = csv_import.preview_people(db, trip.id, data, "delegation")
    assert [r.status for r in again.rows] == ["already", "already", "already", "repeated"]
    before = counts(db)
    csv_import.import_people(db, trip.id, data, "delegation")
    assert counts(db) == before


def test_precedence_and_role_columns(db, trip):
    text = "STT;Họ tên;Vai trò\n2;Trần Thị Mai Hương;Phó đoàn\n1;Nguyễn Đức Chung;Trưởng đoàn\n3;Phạm Minh Tuấn;interpreter\n"
    csv_import.import_people(db, trip.id, text.encode(), "delegation")
    rows = members.list_members(db, trip.id)
    assert [(m.full_name, m.role.value, m.precedence) for m in rows] == [
        (CHUNG, "head", 1), ("Trần Thị Mai Hương", "deputy_head", 2), ("Phạm Minh Tuấn", "interpreter", 3)]


def test_host_side_adds_counterparts_and_their_attendance(db, trip):
    eng = engagements.create_engagement(db, trip.id, title="Làm việc với Sở Y tế Paris", timezone=PARIS,
                                        start=datetime(2024, 3, 5, 9), end=datetime(2024, 3, 5, 10)).engagement
    text = ("Full name;Title;Organization;Engagement\n"
            "Anne Souyris;Adjointe à la Maire, santé;Mairie de Paris;làm việc với sở y tế paris\n"
            "Martin Hirsch;Directeur général;AP-HP;\n"
            "Jean Dupont;;AP-HP;Réunion inconnue\n")
    preview = csv_import.preview_people(db, trip.id, text.encode(), "host")
    assert [b.line for b in preview.bad_rows] == [4]
    assert "no engagement titled “Réunion inconnue”" in preview.bad_rows[0].reason
    text = text.rsplit("Jean", 1)[0]
    result = csv_import.import_people(db, trip.id, text.encode(), "host")
    assert len(result.people_created) == 2 and result.attendances_added == 1 and result.members_added == ()
    assert {p.full_name: p.side for p in directory.list_people(db)} == {
        "Anne Souyris": Side.HOST, "Martin Hirsch": Side.HOST}
    attendees = engagements.list_attendees(db, eng.id)
    assert [(a.full_name, a.side, a.role) for a in attendees] == [("Anne Souyris", Side.HOST, AttendanceRole.ATTENDEE)]
    assert member_names(db, trip.id) == []
    again = csv_import.import_people(db, trip.id, text.encode(), "host")  # the same list twice: matched
    assert again.people_created == () and len(again.people_matched) == 2 and again.attendances_added == 0
    assert len(engagements.list_attendees(db, eng.id)) == 1


def test_engagement_already_in_the_programme_is_not_added_twice(db, trip):
    data = FRENCH.encode("cp1252")
    csv_import.import_engagements(db, trip.id, data)
    preview = csv_import.preview_engagements(db, trip.id, data)
    assert [r.status for r in preview.rows] == ["already"] * 3
    assert csv_import.import_engagements(db, trip.id, data).engagements_created == ()
    assert len(engagements.programme(db, trip.id).items) == 3


def test_engagement_organization_matched_or_created_and_default_zone(db, trip):
    org = directory.create_organization(db, name="Assistance Publique – Hôpitaux de Paris")
    engagements.create_engagement(db, trip.id, title="Arrivée", timezone=PARIS,
                                  start=datetime(2024, 3, 4, 8), end=datetime(2024, 3, 4, 9))
    text = ("Title,Date,Start,End,Organization\n"
            "Meeting AP-HP,06/03/2024,10:00,11:00,assistance publique - hopitaux de paris\n"
            "Visit Airparif,06/03/2024,14:00,15:00,Airparif\n"
            "Late dinner,09/03/2024,20:00,22:00,\n")
    preview = csv_import.preview_engagements(db, trip.id, text.encode())
    assert preview.ok and [r.timezone for r in preview.rows] == [PARIS] * 3  # the trip's last zone
    assert [(r.organization_id, r.organization_new) for r in preview.rows] == [
        (None, True), (None, True), (None, False)]  # "–" vs "-" is not the same name
    assert preview.rows[2].warnings == ("ends 09 Mar 2024, after the trip ends (08 Mar 2024)",)
    result = csv_import.import_engagements(db, trip.id, text.encode())
    assert len(result.engagements_created) == 3 and len(result.organizations_created) == 2
    assert result.warnings and result.warnings[0].startswith("line 4: ")
    org_names = {i.title: i.organization_name for i in engagements.programme(db, trip.id).items}
    assert org_names["Visit Airparif"] == "Airparif" and org.name not in org_names.values()
    local = to_local(engagements.programme(db, trip.id).items[1].start_utc, PARIS)
    assert (local.day, local.month, local.hour) == (6, 3, 10)


def test_formula_looking_cells_are_kept_as_text(db, trip):
    text = ('Họ tên;Chức vụ;Điện thoại;Email\n'
            '"=HYPERLINK(""http://evil.example"";""Bấm"")";+84 912 345 678;0912345678;a@b.vn\n'
            '@SUM(A1:A2);-2+3;+33 1 42 76 40 40;\n')
    csv_import.import_people(db, trip.id, text.encode(), "delegation")
    people = {p.full_name: p for p in directory.list_people(db)}
    assert set(people) == {'=HYPERLINK("http://evil.example";"Bấm")', "@SUM(A1:A2)"}
    chung = people['=HYPERLINK("http://evil.example";"Bấm")']
    assert (chung.title, chung.phone) == ("+84 912 345 678", "0912345678")  # the leading zero kept
    assert (people["@SUM(A1:A2)"].title, people["@SUM(A1:A2)"].phone) == ("-2+3", "+33 1 42 76 40 40")


def test_side_and_trip_are_checked(db, trip):
    data = b"Full name\nA\n"
    with pytest.raises(ValidationError) as err:
        csv_import.preview_people(db, trip.id, data, "staff")
    assert err.value.field == "side"
    with pytest.raises(LookupError):
        csv_import.preview_people(db, 999, data, "delegation")
    with pytest.raises(ValidationError) as err:
        csv_import.preview_people(db, trip.id, "Full name\nA\n", "delegation")  # text, not bytes
    assert err.value.field == "data"


def test_changes_are_announced_after_the_commit(db, trip):
    seen = []
    db.subscribe(seen.append)
    csv_import.import_people(db, trip.id, "Họ tên;Cơ quan\nNguyễn Đức Chung;UBND\n".encode(), "delegation")
    assert {c.subject.value for c in seen} == {"organization", "person", "member"}
    assert all(c.trip_id == trip.id for c in seen if c.subject.value == "member")


# ------------------------------------------------------------------------ hostile files

def test_a_1gb_sparse_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.csv"
    with open(big, "wb") as fh:
        fh.truncate(1 << 30)
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="1,073,741,824 bytes is too large for a CSV file"):
        csv_import.read_csv_file(big)
    assert time.perf_counter() - started < 1.0


def test_a_file_just_over_the_limit_is_refused_and_bytes_are_capped(db, trip):
    with pytest.raises(ValidationError, match="too large for a spreadsheet import"):
        csv_import.preview_people(db, trip.id, b"Full name\n" + b"a\n" * (csv_rows.MAX_CSV_BYTES // 2), "host")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_folder_and_missing_file_are_refused_at_once(tmp_path):
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="not a regular file"):
        csv_import.read_csv_file(fifo)  # opened non-blocking: no writer, no hang
    assert time.perf_counter() - started < 1.0
    with pytest.raises(ValidationError, match="is a folder"):
        csv_import.read_csv_file(tmp_path)
    with pytest.raises(ValidationError, match="does not exist"):
        csv_import.read_csv_file(tmp_path / "nope.csv")
    with pytest.raises(ValidationError, match="not a regular file"):
        csv_import.read_csv_file("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_symlinks_are_judged_by_what_they_point_to(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real = tmp_path / "real.csv"
    real.write_bytes(b"Full name\nA\n")
    for name, target in (("to-fifo.csv", fifo), ("to-zero.csv", "/dev/zero"), ("dangling.csv", tmp_path / "gone")):
        (tmp_path / name).symlink_to(target)
    with pytest.raises(ValidationError, match="not a regular file"):
        csv_import.read_csv_file(tmp_path / "to-fifo.csv")
    with pytest.raises(ValidationError, match="not a regular file"):
        csv_import.read_csv_file(tmp_path / "to-zero.csv")
    with pytest.raises(ValidationError, match="does not exist"):
        csv_import.read_csv_file(tmp_path / "dangling.csv")
    (tmp_path / "to-real.csv").symlink_to(real)
    assert csv_import.read_csv_file(tmp_path / "to-real.csv") == b"Full name\nA\n"


def test_too_many_rows_is_refused(db, trip):
    data = b"Full name\n" + b"x\n" * (csv_rows.MAX_CSV_ROWS + 2)
    with pytest.raises(ValidationError, match="too many rows"):
        csv_import.preview_people(db, trip.id, data, "host")


def test_a_nul_byte_or_binary_file_gives_a_reason_not_a_crash(db, trip):
    preview = csv_import.preview_people(db, trip.id, b"Full name\nA\x00B\n", "host")
    assert [(b.line, b.reason) for b in preview.bad_rows] == [(2, "full name: contains a NUL character")]
    with pytest.raises(ValidationError, match=r"line 2: byte 0x81 is not cp1252 text") as err:
        csv_import.preview_people(db, trip.id, bytes(range(256)) * 10, "host")
    assert err.value.field == "file"


# ------------------------------------------------------------------------------ CLI

def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_dry_run_prints_mapping_rows_and_writes_nothing(capsys, tmp_path, db, db_path, trip):
    chung = directory.create_person(db, full_name=CHUNG, side="delegation")
    path = tmp_path / "doan.csv"
    path.write_bytes(to_cp1258("Họ tên;Chức vụ;Ghi chú\nNguyễn Đức Chung;Chủ tịch;x\nLê Quang Huy;Phó Chủ tịch;\n"))
    before, state = counts(db), file_state(db_path)
    code, out, err = cli(capsys, "--db", str(db_path), "import-csv", "people", str(path), "--trip", str(trip.id),
                         "--dry-run")
    assert code == 0 and err == ""
    assert "File: cp1258 (guessed), semicolon-separated" in out
    assert "  Họ tên -> full name\n  Chức vụ -> title\n  Ghi chú -> (not imported)\n" in out
    assert f"line 2: matched: {CHUNG}, Chủ tịch" in out and "line 3: new: Lê Quang Huy, Phó Chủ tịch" in out
    assert "nothing was written" in out
    assert counts(db) == before and file_state(db_path) == state
    code, out, err = cli(capsys, "--db", str(db_path), "import-csv", "people", str(path), "--trip", str(trip.id))
    assert code == 0 and "2 delegation members added (1 new people, 1 matched" in out
    assert member_names(db, trip.id) == [CHUNG, "Lê Quang Huy"] and chung.id


def test_cli_bad_rows_exit_1_with_line_numbers(capsys, tmp_path, db, db_path, trip):
    path = tmp_path / "programme.csv"
    path.write_bytes(ENGAGEMENTS_VI.encode())
    before, state = counts(db), file_state(db_path)
    for extra in ([], ["--dry-run"]):
        code, out, err = cli(capsys, "--db", str(db_path), "import-csv", "engagements", str(path),
                             "--trip", str(trip.id), *extra)
        assert code == 1
        lines = err.strip().splitlines()
        assert lines[0] == "error: 6 bad row(s); nothing was imported:"
        assert [ln.split(":")[0] for ln in lines[1:]] == [f"line {n}" for n in (4, 5, 6, 7, 8, 9)]
        assert lines[1] == "line 4: end: before start"
    assert "Bad rows (6):" in out and "line 2: new: 2024-03-05 09:00–10:30 Europe/Paris" in out
    assert counts(db) == before and file_state(db_path) == state


def test_cli_options_and_refusals(capsys, tmp_path, db, db_path, trip):
    path = tmp_path / "p.csv"
    path.write_bytes("Nom\tFonction\nRenée Dupuis\tMaire adjointe\n".encode("cp1252"))
    code, out, _ = cli(capsys, "--db", str(db_path), "import-csv", "people", str(path), "--trip", str(trip.id),
                       "--side", "host", "--encoding", "cp1252", "--sep", "tab")
    assert code == 0 and "1 counterparts" in out
    assert directory.list_people(db)[0].full_name == "Renée Dupuis"
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    code, _, err = cli(capsys, "--db", str(db_path), "import-csv", "people", str(fifo), "--trip", str(trip.id))
    assert code == 1 and "not a regular file" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli(capsys, "--db", str(db_path), "import-csv", "people", str(path), "--trip", "999")
    assert code == 1 and "no trip with id 999" in err
    for args, message in (([], "--trip"), (["--trip", "1", "--sep", "|"], "--sep must be"),
                          (["--trip", "1", "--side", "staff"], "invalid choice: 'staff'")):
        with pytest.raises(SystemExit) as exit_:
            main(["--db", str(db_path), "import-csv", "people", str(path), *args])
        assert exit_.value.code == 2 and message in capsys.readouterr().err
    code, _, err = cli(capsys, "--db", str(db_path), "import-csv", "people", str(path), "--trip", str(trip.id),
                       "--side", "host", "--encoding", "ebcdic")
    assert code == 1 and "unknown encoding 'ebcdic'" in err


# ------------------------------------------------------------- what else Excel writes

def test_excel_sep_line_and_a_title_row_above_the_header(db, trip):
    text = ("sep=;\r\n"                                  # 1: Excel's separator hint
            "DANH SÁCH ĐOÀN CÔNG TÁC;;\r\n"              # 2: a title row, padded by Excel
            ";;\r\n"                                     # 3
            "Họ tên;Chức vụ;Cơ quan\r\n"                 # 4: the header
            "Nguyễn Văn An, Jr.;Chuyên viên;Bộ Ngoại giao\r\n"  # 5
            ";Thiếu tên;\r\n")                            # 6
    preview = csv_import.preview_people(db, trip.id, text.encode("utf-8-sig"), "delegation")
    assert (preview.separator, preview.header_line) == (";", 4)
    assert [(r.line, r.full_name) for r in preview.rows] == [(5, "Nguyễn Văn An, Jr.")]
    assert [b.line for b in preview.bad_rows] == [6]


def test_a_single_column_is_not_split_on_commas(db, trip):
    preview = csv_import.preview_people(db, trip.id, "Họ tên\nNguyễn Văn An, Jr.\nLê B; C\n".encode(), "host")
    assert [r.full_name for r in preview.rows] == ["Nguyễn Văn An, Jr.", "Lê B; C"] and preview.ok


@pytest.mark.parametrize("text, expected", [("2:30:00 CH", (14, 30)), ("9:00:00 SA", (9, 0)),
                                            ("12:15 CH", (12, 15)), ("12:15 SA", (0, 15))])
def test_vietnamese_windows_times(text, expected):
    t = csv_rows.parse_time(text)
    assert (t.hour, t.minute) == expected


@pytest.mark.parametrize("what", ["people", "engagements"])
@pytest.mark.parametrize("stop_at", [1, 3, 9])
def test_cancel_at_any_check_writes_nothing(db, trip, what, stop_at):
    """Cancelled at the n-th check (planning, building, or after the flush of the people) rolls the
    one transaction back: the database is as before; progress only moves forward."""
    from delegation_planner.domain.progress import Cancelled

    if what == "people":
        data = ("Họ tên;Cơ quan\n" + "\n".join(f"Lê Văn {i:04d};Sở {i % 7}" for i in range(450))).encode()
        run = csv_import.import_people
    else:
        data = ("Tiêu đề;Bắt đầu;Kết thúc;Múi giờ\n" + "\n".join(
            f"Làm việc {i:04d};2024-03-05 {8 + i % 9:02d}:{i % 60:02d};2024-03-05 {9 + i % 9:02d}:00;Europe/Paris"
            for i in range(450))).encode()
        run = csv_import.import_engagements
    before = counts(db)
    checks, fractions = [], []

    def cancelled():
        checks.append(1)
        return len(checks) >= stop_at

    with pytest.raises(Cancelled):
        run(db, trip.id, data, progress=lambda f, m="": fractions.append(f), cancelled=cancelled)
    assert counts(db) == before and len(checks) == stop_at
    assert fractions == sorted(fractions)
    done = run(db, trip.id, data, progress=lambda f, m="": fractions.append(f), cancelled=lambda: False)
    assert len(done.people_created or done.engagements_created) == 450
