"""``delegation-planner contacts TRIP_ID`` (issue 11): a trip's logistics contacts, one a line."""
from __future__ import annotations

from datetime import date

from delegation_planner import cli
from delegation_planner.services import logistics, trips
from delegation_planner.storage import open_database


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_contacts_lists_them_in_order_in_either_language(tmp_path, capsys):
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    trip = trips.create_trip(db, title="Boston", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    hotel = logistics.add_contact(db, trip.id, kind="hotel", name="Boston Marriott Copley Place",
                                  phone="+1 617 236 5800", address="110 Huntington Ave", notes="Check-in\n14:00")
    consulate = logistics.add_contact(db, trip.id, kind="embassy", name="Tổng Lãnh sự quán Việt Nam\x1b[31m")
    empty = trips.create_trip(db, title="Empty", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    db.dispose()
    code, out, err = _run(capsys, "--db", str(path), "--lang", "en", "contacts", str(trip.id))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[0] == str(hotel.id)
    assert "Hotel  ·  Boston Marriott Copley Place  ·  +1 617 236 5800  ·  110 Huntington Ave" in lines[0]
    assert lines[1].strip() == "Check-in 14:00"
    assert lines[2].split()[0] == str(consulate.id) and "Embassy or consulate" in lines[2]
    assert "\x1b" not in out and "\\x1b[31m" in lines[2]  # a control character is shown, not obeyed
    code, out, _err = _run(capsys, "--db", str(path), "--lang", "vi", "contacts", str(trip.id))
    assert code == 0 and "Khách sạn" in out and "Đại sứ quán / Tổng Lãnh sự quán  ·  Tổng Lãnh sự quán Việt Nam" in out
    code, out, err = _run(capsys, "--db", str(path), "--lang", "vi", "contacts", str(empty.id))
    assert (code, out, err.strip()) == (0, "", "Chưa có đầu mối hậu cần.")


def test_contacts_of_a_missing_trip_is_one_line(tmp_path, capsys):
    path = tmp_path / "db.sqlite3"
    open_database(path).dispose()
    code, out, err = _run(capsys, "--db", str(path), "--lang", "en", "contacts", "999")
    assert code == 1 and out == "" and err.count("\n") == 1 and "999" in err
    code, out, err = _run(capsys, "--db", str(path), "--lang", "vi", "contacts", "999")
    assert code == 1 and "không có chuyến công tác nào mang mã số 999" in err
    try:
        code = cli.main(["--db", str(path), "contacts", "x"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
