"""Calendar export (.ics): files parsed back with icalendar — zones and VTIMEZONEs, stable UIDs,
SEQUENCE raised on time/place changes only, cancellations, DST weeks, the date line, NFC text,
and refused targets."""
from __future__ import annotations

import os
import stat
import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from delegation_planner.cli import main
from delegation_planner.domain.enums import MemberRole, Side
from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.reports.calendar import export_calendar
from delegation_planner.services import directory, engagements, members, trips
from delegation_planner.storage.errors import KnownError

UTC = timezone.utc


def _trip(db, **extra):
    values = dict(title="Paris visit 2026", destination="Paris", start_date=date(2026, 10, 22),
                  end_date=date(2026, 10, 28), home_timezone="Asia/Ho_Chi_Minh")
    values.update(extra)
    return trips.create_trip(db, **values).id


def _eng(db, trip_id, title, zone, start, hours=1, **extra):
    return engagements.create_engagement(db, trip_id, title=title, timezone=zone, start=start,
                                         end=start + timedelta(hours=hours), **extra).engagement


def _read(path) -> Calendar:
    data = path.read_bytes()
    return Calendar.from_ical(data)


def _events(cal) -> dict[str, object]:
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def _vtimezone_offset(cal, tzid: str, local: datetime) -> timedelta:
    """The UTC offset at ``local`` according to the file's own VTIMEZONE (not the system's zone data)."""
    [vtz] = [tz for tz in cal.walk("VTIMEZONE") if str(tz["tzid"]) == tzid]
    return local.replace(tzinfo=vtz.to_tz()).utcoffset()


@pytest.fixture
def paris(db):
    trip_id = _trip(db)
    org = directory.create_organization(db, name="Mairie de Paris")
    a = _eng(db, trip_id, "Hôtel de Ville", "Europe/Paris", datetime(2026, 10, 24, 10), organization_id=org.id,
             location="Salle des fêtes", objectives="Jumelage\nÉchanges", logistics="Bus à 9 h; badge, pièce d'identité")
    b = _eng(db, trip_id, "Institut Pasteur", "Europe/Paris", datetime(2026, 10, 26, 10))
    return {"trip_id": trip_id, "a": a, "b": b, "org_id": org.id}


def test_zones_vtimezone_and_dst_week_in_paris(db, paris, tmp_path):
    out = tmp_path / "paris.ics"
    result = export_calendar(db, paris["trip_id"], out)
    assert result.events == 2 and result.zones == ("Europe/Paris",)
    raw = out.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Paris:20261024T100000" in raw  # venue wall clock, named zone
    assert "DTSTART;TZID=Europe/Paris:20261026T100000" in raw
    assert "Z\r\n" not in raw.split("BEGIN:VEVENT", 1)[1].split("DTSTAMP")[0]  # not UTC
    cal = _read(out)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert raw.index("BEGIN:VTIMEZONE") < raw.index("BEGIN:VEVENT")
    ev = _events(cal)
    before, after = ev["Hôtel de Ville"].decoded("dtstart"), ev["Institut Pasteur"].decoded("dtstart")
    # clocks go back on Sunday 25 October 2026: +02:00 before, +01:00 after
    assert before.utcoffset() == timedelta(hours=2) and after.utcoffset() == timedelta(hours=1)
    assert before.astimezone(UTC) == datetime(2026, 10, 24, 8, tzinfo=UTC)
    assert after.astimezone(UTC) == datetime(2026, 10, 26, 9, tzinfo=UTC)
    # and the file's own VTIMEZONE says the same (what a client without zone data uses)
    assert _vtimezone_offset(cal, "Europe/Paris", datetime(2026, 10, 24, 10)) == timedelta(hours=2)
    assert _vtimezone_offset(cal, "Europe/Paris", datetime(2026, 10, 26, 10)) == timedelta(hours=1)
    assert not cal.get_missing_tzids()


def test_location_description_and_status(db, paris, tmp_path):
    out = tmp_path / "p.ics"
    export_calendar(db, paris["trip_id"], out)
    ev = _events(_read(out))["Hôtel de Ville"]
    assert str(ev["location"]) == "Mairie de Paris, Salle des fêtes"
    text = str(ev["description"])
    assert "Objectives:\nJumelage\nÉchanges" in text
    assert "Logistics:\nBus à 9 h; badge, pièce d'identité" in text
    assert str(ev["status"]) == "TENTATIVE" and int(ev["sequence"]) == 0
    assert str(ev["uid"]) == paris["a"].uuid
    assert "VALARM" not in out.read_text(encoding="utf-8")  # no reminder unless asked


def test_boston_first_week_of_november(db, tmp_path):
    trip_id = _trip(db, title="Boston", start_date=date(2026, 10, 30), end_date=date(2026, 11, 4))
    _eng(db, trip_id, "MGH", "America/New_York", datetime(2026, 10, 31, 9))
    _eng(db, trip_id, "MIT", "America/New_York", datetime(2026, 11, 2, 9))
    out = tmp_path / "boston.ics"
    export_calendar(db, trip_id, out)
    cal = _read(out)
    ev = _events(cal)
    # DST ends Sunday 1 November 2026 in Boston: -04:00 before, -05:00 after
    assert ev["MGH"].decoded("dtstart").utcoffset() == timedelta(hours=-4)
    assert ev["MIT"].decoded("dtstart").utcoffset() == timedelta(hours=-5)
    assert ev["MIT"].decoded("dtstart").astimezone(UTC) == datetime(2026, 11, 2, 14, tzinfo=UTC)
    assert _vtimezone_offset(cal, "America/New_York", datetime(2026, 10, 31, 9)) == timedelta(hours=-4)
    assert _vtimezone_offset(cal, "America/New_York", datetime(2026, 11, 2, 9)) == timedelta(hours=-5)


def test_date_line_honolulu_to_tokyo(db, tmp_path):
    trip_id = _trip(db, title="Pacific", start_date=date(2026, 3, 1), end_date=date(2026, 3, 4))
    _eng(db, trip_id, "Honolulu briefing", "Pacific/Honolulu", datetime(2026, 3, 1, 9))
    _eng(db, trip_id, "Flight HNL-NRT", "Pacific/Honolulu", datetime(2026, 3, 2, 11), hours=9)
    _eng(db, trip_id, "Tokyo meeting", "Asia/Tokyo", datetime(2026, 3, 3, 17))
    out = tmp_path / "pacific.ics"
    result = export_calendar(db, trip_id, out)
    assert result.zones == ("Asia/Tokyo", "Pacific/Honolulu")
    cal = _read(out)
    assert sorted(str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")) == ["Asia/Tokyo", "Pacific/Honolulu"]
    ev = _events(cal)
    flight_end = ev["Flight HNL-NRT"].decoded("dtend")
    tokyo = ev["Tokyo meeting"].decoded("dtstart")
    assert flight_end.utcoffset() == timedelta(hours=-10) and tokyo.utcoffset() == timedelta(hours=9)
    # landing 20:00 HST on 2 March = 15:00 JST on 3 March; the meeting is two hours later
    assert tokyo.astimezone(UTC) - flight_end.astimezone(UTC) == timedelta(hours=2)
    assert tokyo.date() == date(2026, 3, 3) and flight_end.date() == date(2026, 3, 2)
    starts = [e.decoded("dtstart").astimezone(UTC) for e in cal.walk("VEVENT")]
    assert starts == sorted(starts)


def test_uids_stable_and_sequence_raised_on_time_or_place_only(db, paris, tmp_path):
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_calendar(db, paris["trip_id"], first)
    export_calendar(db, paris["trip_id"], second)
    uids = lambda p: {str(e["summary"]): str(e["uid"]) for e in _read(p).walk("VEVENT")}  # noqa: E731
    seqs = lambda p: {str(e["summary"]): int(e["sequence"]) for e in _read(p).walk("VEVENT")}  # noqa: E731
    assert uids(first) == uids(second) and len(set(uids(first).values())) == 2
    assert seqs(second) == {"Hôtel de Ville": 0, "Institut Pasteur": 0}
    # the objectives change: not a new revision for a calendar
    engagements.update_engagement(db, paris["b"].id, objectives="Vaccins")
    export_calendar(db, paris["trip_id"], second)
    assert seqs(second) == {"Hôtel de Ville": 0, "Institut Pasteur": 0}
    # the time changes: SEQUENCE 1, once (a second export of the same state keeps it)
    engagements.update_engagement(db, paris["b"].id, start=datetime(2026, 10, 26, 11), end=datetime(2026, 10, 26, 12))
    export_calendar(db, paris["trip_id"], second)
    export_calendar(db, paris["trip_id"], second)
    assert seqs(second) == {"Hôtel de Ville": 0, "Institut Pasteur": 1}
    # the place changes: 2; moved back to the old time: 3 (never down)
    engagements.update_engagement(db, paris["b"].id, location="Rue du Docteur Roux")
    export_calendar(db, paris["trip_id"], second)
    engagements.update_engagement(db, paris["b"].id, start=datetime(2026, 10, 26, 10), end=datetime(2026, 10, 26, 11))
    export_calendar(db, paris["trip_id"], second)
    assert seqs(second)["Institut Pasteur"] == 3 and uids(second) == uids(first)
    ev = _events(_read(second))["Institut Pasteur"]
    assert ev.decoded("dtstart") == datetime(2026, 10, 26, 10, tzinfo=ev.decoded("dtstart").tzinfo)


def test_cancelled_engagement(db, paris, tmp_path):
    out = tmp_path / "c.ics"
    export_calendar(db, paris["trip_id"], out, reminder_minutes=30)
    engagements.update_engagement(db, paris["b"].id, status="cancelled")
    result = export_calendar(db, paris["trip_id"], out, reminder_minutes=30)
    assert result.cancelled == 1
    ev = _events(_read(out))
    assert str(ev["Institut Pasteur"]["status"]) == "CANCELLED"
    assert int(ev["Institut Pasteur"]["sequence"]) == 1  # a cancellation is a revision
    assert not ev["Institut Pasteur"].walk("VALARM")  # no reminder for what will not happen
    assert str(ev["Hôtel de Ville"]["status"]) == "TENTATIVE"


def test_a_cancelled_trip_cancels_its_events(db, paris, tmp_path):
    out = tmp_path / "t.ics"
    export_calendar(db, paris["trip_id"], out)
    trips.update_trip(db, paris["trip_id"], status="cancelled")
    result = export_calendar(db, paris["trip_id"], out, reminder_minutes=10)
    assert result.cancelled == 2
    for ev in _read(out).walk("VEVENT"):
        assert str(ev["status"]) == "CANCELLED" and int(ev["sequence"]) == 1 and not ev.walk("VALARM")


def test_reminder(db, paris, tmp_path):
    out = tmp_path / "r.ics"
    export_calendar(db, paris["trip_id"], out, reminder_minutes=45)
    for ev in _read(out).walk("VEVENT"):
        [alarm] = ev.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm.decoded("trigger") == timedelta(minutes=-45)
    for bad in (-1, 10 ** 9, True, "15"):
        with pytest.raises(ValidationError) as info:
            export_calendar(db, paris["trip_id"], tmp_path / "bad.ics", reminder_minutes=bad)
        assert info.value.field == "reminder"
    assert not (tmp_path / "bad.ics").exists()


def test_one_members_own_programme(db, paris, tmp_path):
    lan = directory.create_person(db, full_name="Trần Thị Lan", side=Side.DELEGATION)
    host = directory.create_person(db, full_name="Anne Hidalgo", side=Side.HOST)
    members.add_member(db, paris["trip_id"], lan.id, role=MemberRole.MEMBER)
    engagements.set_attendance(db, paris["a"].id, lan.id)
    engagements.set_attendance(db, paris["a"].id, host.id)
    out = tmp_path / "lan.ics"
    result = export_calendar(db, paris["trip_id"], out, person_id=lan.id)
    cal = _read(out)
    assert result.events == 1 and list(_events(cal)) == ["Hôtel de Ville"]
    assert str(cal["x-wr-calname"]) == "Paris visit 2026 — Trần Thị Lan"
    text = str(_events(cal)["Hôtel de Ville"]["description"])
    assert "Our side: Trần Thị Lan" in text and "Counterparts: Anne Hidalgo" in text
    # the same engagement keeps its UID in the member's file and the trip's
    whole = tmp_path / "whole.ics"
    export_calendar(db, paris["trip_id"], whole)
    assert str(_events(cal)["Hôtel de Ville"]["uid"]) == str(_events(_read(whole))["Hôtel de Ville"]["uid"])
    # a member who attends nothing gets an empty (valid) calendar; a stranger is refused
    minh = directory.create_person(db, full_name="Lê Minh", side=Side.DELEGATION)
    members.add_member(db, paris["trip_id"], minh.id)
    assert export_calendar(db, paris["trip_id"], tmp_path / "minh.ics", person_id=minh.id).events == 0
    assert _read(tmp_path / "minh.ics").walk("VEVENT") == []
    stranger = directory.create_person(db, full_name="Someone Else", side=Side.DELEGATION)
    with pytest.raises(ValidationError) as info:
        export_calendar(db, paris["trip_id"], tmp_path / "x.ics", person_id=stranger.id)
    assert info.value.field == "person_id"
    with pytest.raises(NotFoundError):
        export_calendar(db, paris["trip_id"], tmp_path / "x.ics", person_id=999999)
    assert not (tmp_path / "x.ics").exists()


def test_nfd_and_vietnamese_text_kept_nfc(db, tmp_path):
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    trip_id = _trip(db, title=nfd("Đoàn công tác Hà Nội"))
    _eng(db, trip_id, nfd("Làm việc với Ủy ban nhân dân"), "Europe/Paris", datetime(2026, 10, 23, 14),
         location=nfd("Phòng họp số 1, tầng 2; Nguyễn Đức Chung"), objectives=nfd("Trao đổi kinh nghiệm\x1b[31m"))
    out = tmp_path / "vi.ics"
    export_calendar(db, trip_id, out, lang="vi")
    raw = out.read_bytes().decode("utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    assert "\x1b" not in raw
    [ev] = _read(out).walk("VEVENT")
    assert str(ev["summary"]) == "Làm việc với Ủy ban nhân dân"
    assert str(ev["location"]) == "Phòng họp số 1, tầng 2; Nguyễn Đức Chung"  # escaped and read back whole
    assert "Mục tiêu:\nTrao đổi kinh nghiệm[31m" in str(ev["description"])
    assert "Chuyến công tác: Đoàn công tác Hà Nội" in str(ev["description"])
    assert all(len(line.encode("utf-8")) <= 75 for line in raw.split("\r\n"))  # folded (RFC 5545 §3.1)


def test_file_is_private_and_refuses_database_and_fifo(db, db_path, paris, tmp_path):
    out = tmp_path / "ok.ics"
    export_calendar(db, paris["trip_id"], out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    if db.path is not None:
        before = db.path.read_bytes()
        with pytest.raises(KnownError, match="open database"):
            export_calendar(db, paris["trip_id"], db.path)
        with pytest.raises(KnownError, match="open database"):
            export_calendar(db, paris["trip_id"], str(db.path) + "-wal")
        assert db.path.read_bytes() == before
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    with pytest.raises(KnownError, match="not a regular file"):
        export_calendar(db, paris["trip_id"], fifo)
    if db.path is not None:  # a link to the database is the database
        link = tmp_path / "innocent.ics"
        link.symlink_to(db.path)
        with pytest.raises(KnownError, match="open database"):
            export_calendar(db, paris["trip_id"], link)
        assert link.is_symlink()
    with pytest.raises(KnownError, match="folder"):
        export_calendar(db, paris["trip_id"], tmp_path)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    with pytest.raises(NotFoundError):
        export_calendar(db, 999999, tmp_path / "none.ics")
    assert not (tmp_path / "none.ics").exists()


def test_cli_export_ics(capsys, db, db_path, paris, tmp_path):
    out = tmp_path / "cli.ics"
    code = main(["--db", str(db_path), "export-ics", str(paris["trip_id"]), "--reminder", "15", "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Wrote 2 engagement(s) in 1 time zone(s)" in captured.out
    assert len(_read(out).walk("VALARM")) == 2
    fifo = tmp_path / "fifo.ics"
    os.mkfifo(fifo)
    code = main(["--db", str(db_path), "export-ics", str(paris["trip_id"]), "-o", str(fifo)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not a regular file" in err
    code = main(["--db", str(db_path), "export-ics", str(paris["trip_id"]), "--person", "999999", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "export-ics", str(paris["trip_id"]), "--reminder", "soon", "-o", str(out)])
    assert info.value.code == 2
    capsys.readouterr()


def test_read_only_database_computes_sequences_without_storing(db, paris, tmp_path, monkeypatch):
    import sqlalchemy as sa

    from delegation_planner.domain.models import CalendarSequence

    out = tmp_path / "ro.ics"
    export_calendar(db, paris["trip_id"], out)  # stored: sequence 0 for both
    engagements.update_engagement(db, paris["b"].id, location="Ailleurs")
    monkeypatch.setattr(db, "read_only", True)  # as a database opened mode=ro (no write is tried)
    export_calendar(db, paris["trip_id"], out)
    export_calendar(db, paris["trip_id"], out)
    assert {str(e["summary"]): int(e["sequence"]) for e in _read(out).walk("VEVENT")} == {
        "Hôtel de Ville": 0, "Institut Pasteur": 1}
    with db.reading() as s:
        stored = dict(s.execute(sa.select(CalendarSequence.engagement_uuid, CalendarSequence.sequence)).all())
    assert stored == {paris["a"].uuid: 0, paris["b"].uuid: 0}
