"""File → Export / Import of trip packages (.zip: the bundle with the trip's gifts, cars and attached
files) from the real main window, hostile packages refused in a message with nothing imported, and the
trip-delete question naming the gifts, cars and files that go with the trip (undo brings them back)."""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, datetime

import pytest

from delegation_planner.services import attachments, engagements, gifts, motorcade, trips

MOU = b"%PDF-1.4\n% MoU signed\n%%EOF\n"
PHOTO = b"\xff\xd8\xff photo"


@pytest.fixture
def protocol(main_window, boston):
    """Boston with a signing: a gift (with a photo), two cars, a signed MoU attached to the engagement."""
    db = main_window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Ký biên bản ghi nhớ", kind="signing_ceremony",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 15, 30),
                                        end=datetime(2017, 7, 12, 16, 30))
    eng_id = getattr(eng, "engagement", eng).id
    gift = gifts.add_gift(db, boston["trip_id"], description="Tranh sơn mài Hồ Gươm", direction="given",
                          engagement_id=eng_id, given_on=date(2017, 7, 12), estimated_value=3_000_000)
    motorcade.add_vehicle(db, eng_id, plate="MA 1-GOV", driver="Nguyễn Văn Hùng", phone="+1 617 555 0100")
    motorcade.add_vehicle(db, eng_id, plate="MA 2-GOV", driver="Bob <b>&")
    attachments.add_attachment_bytes(db, "engagement", eng_id, "Biên bản ghi nhớ.pdf", MOU)
    attachments.add_attachment_bytes(db, "gift", gift.id, "ảnh.jpg", PHOTO)
    main_window.select_trip(boston["trip_id"])
    return {"trip": boston["trip_id"], "eng": eng_id}


def _holdings(db, trip_id):
    """(gift descriptions, car plates and drivers, attachment names and checksums) of a trip."""
    (item,) = [i for i in engagements.programme(db, trip_id).items if i.title == "Ký biên bản ghi nhớ"]
    return ([g.description for g in gifts.list_gifts(db, trip_id)],
            [(v.number, v.plate, v.driver, v.phone) for v in motorcade.list_vehicles(db, item.id)],
            sorted((a.filename, a.sha256) for a in attachments.trip_attachments(db, trip_id)))


def test_export_offers_the_package_and_writes_the_zip(main_window, protocol, tmp_path, monkeypatch):
    asked = []
    target = tmp_path / "boston.zip"

    def ask(title, file_filter, suggested=""):
        asked.append((file_filter, suggested))
        return str(target)

    monkeypatch.setattr(main_window, "ask_save_path", ask)
    main_window.actions_.export_bundle.trigger()
    (file_filter, suggested), = asked
    # a trip with gifts, cars and files: the package first, JSON beside it
    assert file_filter.split(";;") == ["Trip package with files (*.zip)", "Trip bundles (*.json)"]
    assert suggested.endswith("-2017.zip")
    with zipfile.ZipFile(target) as z:
        names = set(z.namelist())
        assert names == {"trip.json", "protocol.json", f"files/{hashlib.sha256(MOU).hexdigest()}",
                         f"files/{hashlib.sha256(PHOTO).hexdigest()}"}
        bundle = json.loads(z.read("trip.json"))
        proto = json.loads(z.read("protocol.json"))
    assert bundle["trip"]["title"] == "Boston study visit 2017"
    assert [g["description"] for g in proto["gifts"]] == ["Tranh sơn mài Hồ Gươm"]
    assert [v["driver"] for v in proto["vehicles"]] == ["Nguyễn Văn Hùng", "Bob <b>&"]
    assert "Trip saved with its gifts, cars and files to" in main_window.statusBar().currentMessage()

    # the .json name: the plain bundle, as before
    target = tmp_path / "boston.json"
    main_window.actions_.export_bundle.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["trip"]["title"] == "Boston study visit 2017"


def test_a_trip_without_protocol_records_is_offered_json_first(main_window, boston, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(main_window, "ask_save_path", lambda t, f, s="": asked.append((f, s)) or "")
    main_window.select_trip(boston["trip_id"])
    main_window.actions_.export_bundle.trigger()
    assert asked[0][0].split(";;") == ["Trip bundles (*.json)", "Trip package with files (*.zip)"]
    assert asked[0][1].endswith("-2017.json")


def test_import_a_package_brings_gifts_cars_and_files(main_window, protocol, tmp_path, monkeypatch, qtbot):
    db = main_window.db
    before = _holdings(db, protocol["trip"])
    target = tmp_path / "boston.zip"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(target))
    main_window.actions_.export_bundle.trigger()
    trips.delete_trip(db, protocol["trip"])

    opened = []
    monkeypatch.setattr(main_window, "ask_open_path", lambda title, f, *a: opened.append(f) or str(target))
    main_window.actions_.import_bundle.trigger()
    assert "Trip package with files (*.zip)" in opened[0].split(";;")
    assert main_window.messages == []
    new_id = main_window.current_trip_id
    assert new_id is not None and new_id != protocol["trip"]
    assert trips.get_trip(db, new_id).title == "Boston study visit 2017"
    assert _holdings(db, new_id) == before
    assert before[0] and len(before[1]) == 2 and len(before[2]) == 2
    assert "Imported boston.zip" in main_window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Ký biên bản ghi nhớ" in [i.title for i in main_window.programme_model.items()])


def test_the_package_of_a_trip_already_here_is_refused_saying_what_to_do(main_window, protocol, tmp_path,
                                                                         monkeypatch):
    db = main_window.db
    target = tmp_path / "boston.zip"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(target))
    main_window.actions_.export_bundle.trigger()
    count = len(trips.list_trips(db))
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a, **k: str(target))
    main_window.actions_.import_bundle.trigger()
    assert len(trips.list_trips(db)) == count
    assert len(gifts.list_gifts(db)) == 1
    message = main_window.messages[-1]
    assert "already in this database" in message and "import its bundle (.json)" in message
    assert main_window.current_trip_id == protocol["trip"]


def _zip(members: dict[str, bytes], *, link: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
        if link is not None:
            info = zipfile.ZipInfo(link)
            info.external_attr = (0o120777 << 16)
            z.writestr(info, "/etc/passwd")
    return buffer.getvalue()


REFUSALS = {"escape": "'../evil.txt', which is not one of its files", "absolute": "'/tmp/evil.txt', which is not",
            "link": "which is not one of its files", "checksum": "does not match its bytes",
            "not a zip": "is not a trip package"}


@pytest.mark.parametrize("hostile", list(REFUSALS))
def test_hostile_packages_are_refused_in_a_message_with_nothing_imported(main_window, protocol, tmp_path, db_path,
                                                                        monkeypatch, hostile):
    from tests.gui.dialog_helpers import database_bytes

    db = main_window.db
    good = tmp_path / "good.zip"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(good))
    main_window.actions_.export_bundle.trigger()
    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in z.namelist()}
    trips.delete_trip(db, protocol["trip"])  # so that a good package would import
    digest = hashlib.sha256(MOU).hexdigest()
    if hostile == "escape":
        data = _zip({**members, "../evil.txt": b"x"})
    elif hostile == "absolute":
        data = _zip({**members, "/tmp/evil.txt": b"x"})
    elif hostile == "link":
        data = _zip(members, link="files/" + "0" * 64)
    elif hostile == "checksum":
        data = _zip({**members, f"files/{digest}": MOU + b"tampered"})
    else:
        data = b"PK\x03\x04 not really"
    bad = tmp_path / "bad.zip"
    bad.write_bytes(data)
    count, stored = len(trips.list_trips(db)), database_bytes(db_path)
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a, **k: str(bad))
    main_window.actions_.import_bundle.trigger()
    assert main_window.messages, "no message shown"
    assert REFUSALS[hostile] in main_window.messages[-1]
    assert len(trips.list_trips(db)) == count and gifts.list_gifts(db) == []
    assert database_bytes(db_path) == stored  # None == None on a server run: the counts above say it there
    assert not (tmp_path / "evil.txt").exists()


def test_trip_delete_names_gifts_cars_and_files_and_undo_brings_them_back(main_window, protocol, confirmations,
                                                                         qtbot):
    db = main_window.db
    before = _holdings(db, protocol["trip"])
    confirmations.answer = False
    main_window.actions_.delete_trip.trigger()
    question = confirmations.asked[-1]
    assert "Deleted with it: 1 gift, 2 cars, 2 attached files." in question
    assert question.index("Deleted with it") < question.index("Edit → Undo brings it back.")
    assert trips.get_trip(db, protocol["trip"])  # answered No: nothing deleted

    confirmations.answer = True
    main_window.actions_.delete_trip.trigger()
    assert all(t.title != "Boston study visit 2017" for t in trips.list_trips(db))
    assert gifts.list_gifts(db) == []  # the gift went with the trip (the other trip has none)
    main_window.ctx.undo_stack.undo()
    (restored,) = [t for t in trips.list_trips(db) if t.title == "Boston study visit 2017"]
    assert _holdings(db, restored.id) == before
    qtbot.waitUntil(lambda: main_window.current_trip_id == restored.id)
    main_window.ctx.undo_stack.redo()
    assert gifts.list_gifts(db) == []


def test_a_trip_without_protocol_records_asks_as_before(main_window, boston, confirmations):
    confirmations.answer = False
    main_window.select_trip(boston["trip_id"])
    main_window.actions_.delete_trip.trigger()
    assert "Deleted with it" not in confirmations.asked[-1]
    assert confirmations.asked[-1].endswith("Edit → Undo brings it back.")


def test_package_export_and_import_run_on_the_task_thread(main_window, protocol, tmp_path, monkeypatch, qtbot):
    """The real ThreadTaskRunner: the package is written and read on its pool thread; the window hears of
    the imported trip and selects it when the job is done."""
    import threading

    from delegation_planner.bundles import package
    from delegation_planner.ui.tasks import ThreadTaskRunner

    db = main_window.db
    before = _holdings(db, protocol["trip"])
    main_window.task_runner = ThreadTaskRunner(main_window)
    threads = []
    for name in ("export_package", "import_package_data"):
        real = getattr(package, name)

        def recording(*args, _real=real, **kwargs):
            threads.append(threading.current_thread() is threading.main_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(package, name, recording)
    target = tmp_path / "boston.zip"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(target))
    main_window.actions_.export_bundle.trigger()
    qtbot.waitUntil(lambda: "Trip saved with" in main_window.statusBar().currentMessage(), timeout=10000)
    assert zipfile.ZipFile(target).testzip() is None
    trips.delete_trip(db, protocol["trip"])
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a, **k: str(target))
    main_window.actions_.import_bundle.trigger()
    qtbot.waitUntil(lambda: "Imported boston.zip" in main_window.statusBar().currentMessage(), timeout=10000)
    assert threads == [False, False]
    new_id = main_window.current_trip_id
    assert _holdings(db, new_id) == before
    qtbot.waitUntil(lambda: "Boston study visit 2017" in [main_window.trip_panel.model.index(r, 0).data()
                                                          for r in range(main_window.trip_panel.model.rowCount())])
    main_window.task_runner.wait()
