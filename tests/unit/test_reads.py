"""The light read path (services/reads.py) returns the same rows as the services' Core/ORM path.

One rule per figure: where two paths read the same thing, a test holds them equal — on the sample
data, on a generated database (devtools.largedb at a small scale) and on odd rows (NFD text, no due
date, an engagement outside the trip, a cancelled one, a person in no organization). Also: the light
path of ``delegation-planner trips`` / ``programme`` imports nothing of SQLAlchemy, SQLModel or
ReportLab and prints what the full path prints; files it cannot read plainly go the full way; the
faster conflict sweeps equal the straightforward rules.
"""
from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from delegation_planner.domain.enums import CommitmentStatus, Side, TripStatus
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.services import commitments, directory, engagements, reads, trips
from delegation_planner.storage import open_database

UTC = timezone.utc
ROOT = Path(__file__).resolve().parents[2]


def _add_odd_rows(db) -> None:
    """Rows the sample lacks: NFD text, no organization, no due date, outside the trip, cancelled."""
    from delegation_planner.services import members

    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Bằng")
    trip = trips.create_trip(db, title="Đoàn " + nfd, destination="Cao Bằng", start_date=date(2030, 3, 1),
                             end_date=date(2030, 3, 3), home_timezone="Asia/Ho_Chi_Minh")
    person = directory.create_person(db, full_name=nfd, side="delegation")
    host = directory.create_person(db, full_name="Zoë Host", side="host")
    org = directory.create_organization(db, name="Sở Y tế", kind="government_office", city="Nanning")
    members.add_member(db, trip.id, person.id, role="head")
    first = engagements.create_engagement(db, trip.id, title="Arrive early", timezone="Asia/Shanghai",
                                          start=datetime(2030, 2, 28, 22, 0), end=datetime(2030, 2, 28, 23, 0),
                                          organization_id=org.id).engagement
    second = engagements.create_engagement(db, trip.id, title="Overlap", timezone="Asia/Shanghai",
                                           start=datetime(2030, 2, 28, 22, 30), end=datetime(2030, 3, 1, 9, 0),
                                           travel_minutes=45).engagement
    engagements.create_engagement(db, trip.id, title="Called off", timezone="Asia/Shanghai",
                                  start=datetime(2030, 3, 2, 9, 0), end=datetime(2030, 3, 2, 10, 0),
                                  status="cancelled")
    engagements.set_attendance(db, first.id, person.id, role="lead")
    engagements.set_attendance(db, first.id, host.id)
    engagements.set_attendance(db, second.id, person.id)
    commitments.create_commitment(db, trip.id, description="No date " + nfd, kind="mou", made_by="our_side")
    commitments.create_commitment(db, trip.id, description="Overdue", kind="training", made_by="our_side",
                                  due_date=date(2020, 1, 1), engagement_id=first.id, organization_id=org.id,
                                  owner_id=person.id)


@pytest.fixture(scope="module", params=["sample", "largedb"])
def database(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"reads-{request.param}")
    path = folder / "db.sqlite3"
    if request.param == "sample":
        from delegation_planner.sample import load_sample

        db = open_database(path)
        load_sample(db)
    else:
        from delegation_planner.devtools.largedb import generate

        generate(path, seed=11, scale=0.03)
        db = open_database(path)
    _add_odd_rows(db)
    yield db
    db.dispose()


def _trip_ids(db) -> list[int]:
    return [t.id for t in trips._list_trips_core(db)]


# ------------------------------------------------------------------------- light == full

def test_trip_list_equals_the_core_path(database):
    db = database
    core = trips._list_trips_core(db)
    assert len(core) >= 3
    assert trips.list_trips(db) == core
    with reads.connection_of(db) as conn:
        assert reads.trip_rows(conn) == core
        for filters in ({"search": "boston"}, {"search": "BẰNG"}, {"search": "a%"}, {"status": "draft"},
                        {"status": TripStatus.COMPLETED}, {"year": 2017}, {"year": 2030, "search": "đoàn"}):
            assert reads.trip_rows(conn, **filters) == trips._list_trips_core(db, **filters), filters
        years = reads.trip_years(conn)
    assert years == list(range(max(r.end_date for r in core).year, min(r.start_date for r in core).year - 1, -1))
    assert trips.trip_years(db) == years and years[0] >= 2030
    assert all(isinstance(r.start_date, date) and isinstance(r.status, TripStatus) for r in core)


def test_programme_equals_the_core_path_for_every_trip(database):
    db = database
    checked_conflicts = 0
    for trip_id in _trip_ids(db):
        core = engagements._programme_core(db, trip_id)
        light = engagements.programme(db, trip_id)
        assert light.items == core.items
        assert [[c.describe("vi") for c in i.conflicts] for i in light.items] == \
            [[c.describe("vi") for c in i.conflicts] for i in core.items]
        assert (light.head_person_id, light.person_names) == (core.head_person_id, core.person_names)
        assert light.trip.id == core.trip.id == trip_id
        with reads.connection_of(db) as conn:  # the CLI's way: the trip read plainly too
            plain = reads.programme(conn, trip_id)
        assert plain.items == core.items and plain.days() == core.days()
        assert (plain.trip.title, plain.trip.destination, plain.trip.start_date, plain.trip.home_timezone) == \
            (core.trip.title, core.trip.destination, core.trip.start_date, core.trip.home_timezone)
        checked_conflicts += core.conflict_count
        for item in core.items:
            assert item.start_utc.tzinfo is not None
    assert checked_conflicts > 0  # the odd trip clashes (shared attendee, head, travel, outside the dates)


def test_programme_of_a_missing_trip_is_not_found_on_both_paths(database):
    with pytest.raises(NotFoundError):
        engagements.programme(database, 999_999)
    with reads.connection_of(database) as conn:
        with pytest.raises(NotFoundError, match="no trip with id 999999"):
            reads.programme(conn, 999_999)
        with pytest.raises(NotFoundError):
            reads.programme(conn, True)


def test_commitments_equal_the_core_path(database):
    db = database
    core = commitments._list_commitments_core(db)
    assert commitments.list_commitments(db) == core and len(core) >= 2
    assert any(r.due_date is None for r in core)
    some_trip = core[0].trip_id
    for filters in ({"trip_id": some_trip}, {"exclude_trip_id": some_trip}, {"open_only": True},
                    {"overdue_on": date(2026, 1, 1)}, {"statuses": ["signed", CommitmentStatus.PROPOSED]},
                    {"engagement_id": next((r.engagement_id for r in core if r.engagement_id), None)},
                    {"organization_id": next((r.organization_id for r in core if r.organization_id), None)},
                    {"owner_id": next((r.owner_id for r in core if r.owner_id), None)},
                    {"trip_id": 999_999}):
        assert commitments.list_commitments(db, **filters) == commitments._list_commitments_core(db, **filters), \
            filters
    for trip_id in _trip_ids(db):  # one trip at a time, as the trip's Commitments view reads them
        assert commitments.list_commitments(db, trip_id=trip_id) == \
            commitments._list_commitments_core(db, trip_id=trip_id)


def test_directory_lists_equal_the_core_path(database):
    db = database
    people = directory._list_people_core(db)
    assert directory.list_people(db) == people and any(p.organization_name == "" for p in people)
    for filters in ({"search": "nguy"}, {"search": "Sở"}, {"side": "host"}, {"side": Side.DELEGATION,
                                                                             "search": "e"}):
        assert directory.list_people(db, **filters) == directory._list_people_core(db, **filters), filters
    orgs = directory._list_organizations_core(db)
    assert directory.list_organizations(db) == orgs and orgs
    for search in ("hosp", "nanning", "Y tế", "zzz"):
        assert directory.list_organizations(db, search) == directory._list_organizations_core(db, search)


# -------------------------------------------------------------------------- open_light

def test_open_light_only_for_a_current_sqlite_file(tmp_path, database):
    assert reads.open_light("postgresql+psycopg://u@/x") is None
    assert reads.open_light(tmp_path / "missing.sqlite3") is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert reads.open_light(tmp_path / "empty.sqlite3") is None
    (tmp_path / "text.sqlite3").write_text("not a database " * 20)
    assert reads.open_light(tmp_path / "text.sqlite3") is None
    assert reads.open_light(tmp_path) is None  # a folder
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert reads.open_light(fifo) is None  # never opened (would hang)
    older = tmp_path / "older.sqlite3"
    shutil.copy(database.path, older)
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    assert reads.open_light(older) is None  # the full path migrates it
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(database.path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert reads.open_light(newer) is None  # the full path refuses it with its message
    reader = reads.open_light(database.path)
    assert reader is not None
    with reader:
        assert reads.trip_rows(reader.connection) == trips.list_trips(database)
        with pytest.raises(sqlite3.OperationalError):  # read-only: nothing can be written through it
            reader.connection.execute("DELETE FROM trip")


# --------------------------------------------------------------------------- the CLI

def _cli(db_path: Path, *argv: str, extra: str = "") -> subprocess.CompletedProcess:
    code = ("import sys, io, contextlib\n"
            "from delegation_planner.cli import main\n"
            f"{extra}\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            f"    code = main(['--db', {str(db_path)!r}, *{list(argv)!r}])\n"
            "sys.stdout.write(out.getvalue())\n"
            "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'reportlab', 'alembic', "
            "'delegation_planner.domain.models', 'delegation_planner.storage.database') if m in sys.modules]\n"
            "print('HEAVY=' + ','.join(heavy))\n"
            "sys.exit(code)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                          cwd=str(ROOT), stdin=subprocess.DEVNULL)

# Forces the full path in the child: no command has a light handler.
_FULL = ("import delegation_planner.cli as cli\n"
         "_build = cli.build_parser\n"
         "def _full():\n"
         "    p = _build()\n"
         "    for k in cli.COMMANDS: object.__setattr__(cli.COMMANDS[k], 'light', None)\n"
         "    return p\n"
         "cli.build_parser = _full\n")


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    from delegation_planner.sample import load_sample

    path = tmp_path_factory.mktemp("cli") / "sample.sqlite3"
    db = open_database(path)
    trip_id = load_sample(db)
    _add_odd_rows(db)
    db.dispose()
    return path, trip_id


@pytest.mark.parametrize("argv", [("trips",), ("programme", "{trip}"), ("--lang", "vi", "programme", "{trip}"),
                                  ("programme", "{odd}")])
def test_cli_light_path_imports_nothing_heavy_and_prints_what_the_full_path_prints(sample_file, argv):
    path, trip_id = sample_file
    odd = max(t.id for t in reads.trip_rows(reads.open_light(path).connection))
    argv = tuple(a.format(trip=trip_id, odd=odd) for a in argv)
    light = _cli(path, *argv)
    full = _cli(path, *argv, extra=_FULL)
    assert light.returncode == full.returncode == 0, (light.stderr, full.stderr)
    light_out, light_heavy = light.stdout.rsplit("HEAVY=", 1)
    full_out, full_heavy = full.stdout.rsplit("HEAVY=", 1)
    assert light_heavy.strip() == ""  # no SQLAlchemy, SQLModel, ReportLab, Alembic, ORM models
    assert "sqlalchemy" in full_heavy  # (the check can fail: the full path does import them)
    assert light_out == full_out and light_out.strip()
    assert light.stderr == full.stderr == ""


def test_cli_light_path_errors_match_and_odd_files_take_the_full_path(sample_file, tmp_path):
    path, _ = sample_file
    light, full = _cli(path, "programme", "999999"), _cli(path, "programme", "999999", extra=_FULL)
    assert light.returncode == full.returncode == 1
    assert light.stderr == full.stderr and "999999" in light.stderr
    older = tmp_path / "older.sqlite3"
    shutil.copy(path, older)
    conn = sqlite3.connect(older)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    refused = _cli(older, "trips")
    assert refused.returncode == 1 and "newer version" in refused.stderr
    assert "sqlalchemy" in refused.stdout.rsplit("HEAVY=", 1)[1]  # went the full way


# ------------------------------------------------------------ the faster conflict sweeps

def _travel_reference(active):
    """The straightforward travel-gap rule the sweep replaced (for each engagement with a travel
    time: of the earlier ones ending by its start and sharing an attendee, the one ending last)."""
    found = {}
    for i, b in enumerate(active):
        if not b.travel_minutes:
            continue
        previous = [a for a in active[:i] if a.end_utc <= b.start_utc and
                    (bool(a.attendee_ids & b.attendee_ids) or not a.attendee_ids or not b.attendee_ids)]
        if previous:
            found[b.id] = max(previous, key=lambda s: s.end_utc).id
    return found


@pytest.mark.parametrize("seed", range(40))
def test_conflict_sweeps_equal_the_straightforward_rules(seed):
    from delegation_planner.domain.rules import Slot, _outside_trip, find_conflicts

    rng = random.Random(seed)
    base = datetime(2030, 3, 1, tzinfo=UTC)
    zones = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Ho_Chi_Minh", "America/New_York"]
    slots = []
    for i in range(rng.randint(1, 60)):
        start = base + timedelta(minutes=15 * rng.randint(-150, 400))
        length = timedelta(minutes=15 * rng.choice([1, 2, 4, 8, 60, 300]))
        slots.append(Slot(id=i + 1, title=f"e{i}", start_utc=start, end_utc=start + length,
                          timezone=rng.choice(zones),
                          attendee_ids=frozenset(rng.sample(range(1, 6), rng.randint(0, 2))),
                          travel_minutes=rng.choice([None, None, 30, 90, 600]), cancelled=rng.random() < 0.1))
    trip_start, trip_end = date(2030, 3, 1), date(2030, 3, 3)
    report = find_conflicts(slots, head_person_id=1, trip_start=trip_start, trip_end=trip_end)
    active = sorted((s for s in slots if not s.cancelled), key=lambda s: (s.start_utc, s.id))
    expected_travel = {b: a for b, a in _travel_reference(active).items()
                       if next(s for s in active if s.id == b).start_utc - next(s for s in active if s.id == a).end_utc
                       < timedelta(minutes=next(s for s in active if s.id == b).travel_minutes)}
    assert {c.engagement_id: c.other_id for c in report.conflicts if c.kind == "travel"} == expected_travel
    expected_outside = {s.id: _outside_trip(s.start_utc, s.end_utc, s.timezone, trip_start, trip_end)
                        for s in active}
    got = {c.engagement_id: dict(c.params) for c in report.conflicts if c.kind == "outside_trip"}
    assert got == {k: v for k, v in expected_outside.items() if v}
