"""Build a realistic large database for benchmarks and scale tests.

    python -m delegation_planner.devtools.largedb OUT.sqlite3 [--seed 2017] [--scale 1.0] [--force]

At scale 1: 200 trips, 10,000 engagements, 5,000 people, 1,000 organizations,
20,000 meeting notes, 5,000 commitments (plus ~2,000 delegation members and
~30,000 attendance rows). Names and notes are in Vietnamese and English
(with French and Chinese names among the hosts). One trip is much larger than
the others (the "largest trip" of the benchmarks).

The schema is created by the real migrations (``open_database``); rows are then
written with raw ``executemany`` in one transaction, in the exact formats
SQLAlchemy uses (dates ``YYYY-MM-DD``, naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``,
enum values), and the FTS index is filled by the migration's triggers. The same
seed gives the same file contents.
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from delegation_planner.domain.enums import (
    AttendanceRole, CommitmentKind, CommitmentStatus, EngagementKind, EngagementStatus, MadeBy, MemberRole,
    OrganizationKind, Side, TripStatus,
)

SCALE_1 = dict(trips=200, engagements=10_000, people=5_000, organizations=1_000, notes=20_000, commitments=5_000)

VN_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
               "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ"]
VN_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Hữu", "Xuân", "Thu", "Hoàng", "Kim", "Bảo"]
VN_GIVEN = ["Chung", "Anh", "Hùng", "Dũng", "Hương", "Lan", "Phương", "Tuấn", "Hà", "Long", "Mai", "Nam", "Thảo",
            "Trang", "Việt", "Hải", "Khánh", "Linh", "Sơn", "Yến", "Đạt", "Quyết", "Thắng", "Nhung"]
EN_GIVEN = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
            "Sarah", "Thomas", "Karen", "Daniel", "Nancy", "Matthew", "Emily", "Andrew", "Laura", "Kevin"]
EN_SURNAMES = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
               "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "O'Brien", "Walsh"]
FR_NAMES = [("Jean", "Dupont"), ("Élise", "Lefèvre"), ("François", "Moreau"), ("Hélène", "Girard"),
            ("Noël", "Béranger"), ("Chloé", "Mercier")]
ZH_NAMES = [("Wei", "Zhang"), ("Li", "Wang"), ("Fang", "Liu"), ("Jun", "Chen"), ("Min", "Huang"), ("Lei", "Zhou")]
TITLES = ["Director", "Deputy Director", "Chief Executive", "Professor", "Head of International Relations",
          "Chief of Police", "Mayor", "Vice President", "Programme Manager", "Senior Adviser",
          "Giám đốc Sở", "Phó Giám đốc", "Chủ tịch UBND", "Trưởng phòng Hợp tác Quốc tế", "Bác sĩ trưởng khoa"]
LANGS = ["Vietnamese", "English", "Vietnamese, English", "French, English", "Chinese, English"]

DESTINATIONS = [
    ("Boston, United States", "America/New_York", "Boston", "United States"),
    ("Paris, France", "Europe/Paris", "Paris", "France"),
    ("Bangkok, Thailand", "Asia/Bangkok", "Bangkok", "Thailand"),
    ("Nanning, China", "Asia/Shanghai", "Nanning", "China"),
    ("Seoul, Korea", "Asia/Seoul", "Seoul", "Korea"),
    ("Tokyo, Japan", "Asia/Tokyo", "Tokyo", "Japan"),
    ("London, United Kingdom", "Europe/London", "London", "United Kingdom"),
    ("Sydney, Australia", "Australia/Sydney", "Sydney", "Australia"),
    ("Berlin, Germany", "Europe/Berlin", "Berlin", "Germany"),
    ("Singapore", "Asia/Singapore", "Singapore", "Singapore"),
]
ORG_WORDS = {
    OrganizationKind.HOSPITAL: ["General Hospital", "Medical Center", "Children's Hospital", "Bệnh viện Đa khoa"],
    OrganizationKind.RESEARCH_LAB: ["Institute of Technology", "Research Laboratory", "Viện Nghiên cứu"],
    OrganizationKind.UNIVERSITY: ["University", "School of Public Health", "Đại học Quốc gia"],
    OrganizationKind.GOVERNMENT_OFFICE: ["City Hall", "Department of Commerce", "Sở Khoa học và Công nghệ"],
    OrganizationKind.COMPANY: ["Biotech Inc.", "Logistics Ltd", "Công ty Cổ phần Đầu tư"],
    OrganizationKind.STARTUP_INCUBATOR: ["Innovation Center", "Startup Hub", "Vườn ươm Doanh nghiệp"],
    OrganizationKind.POLICE: ["Police Department", "Công an Thành phố"],
    OrganizationKind.EMERGENCY_SERVICE: ["Fire Department", "Emergency Medical Services"],
    OrganizationKind.HOTEL: ["Grand Hotel", "Harbour Hotel", "Khách sạn Hoàng Gia"],
    OrganizationKind.NGO: ["Foundation", "Friendship Association", "Hội Hữu nghị"],
    OrganizationKind.OTHER: ["Museum", "Chamber of Commerce"],
}
ENGAGEMENT_TITLES = {
    EngagementKind.MEETING: ["Working session with {org}", "Làm việc với {org}", "Meeting on cooperation, {org}"],
    EngagementKind.SITE_VISIT: ["Visit to {org}", "Thăm {org}", "Tour of the laboratories, {org}"],
    EngagementKind.SIGNING_CEREMONY: ["Signing of the MoU with {org}", "Lễ ký kết với {org}"],
    EngagementKind.WORKING_MEAL: ["Working lunch hosted by {org}", "Dinner with {org}"],
    EngagementKind.COURTESY_CALL: ["Courtesy call on {org}", "Chào xã giao {org}"],
    EngagementKind.PRESS: ["Press briefing", "Gặp gỡ báo chí"],
    EngagementKind.TRAVEL: ["Transfer to the hotel", "Di chuyển ra sân bay"],
    EngagementKind.CULTURAL_VISIT: ["Visit to the old town", "Tham quan bảo tàng"],
    EngagementKind.FREE_TIME: ["Free time", "Nghỉ ngơi"],
}
NOTE_SENTENCES = [
    "Ông {vn} nhấn mạnh nhu cầu hợp tác đào tạo nhân lực y tế.",
    "Hai bên thống nhất trao đổi đoàn chuyên gia trong quý tới.",
    "Phía bạn đề nghị ký biên bản ghi nhớ về chia sẻ thông tin.",
    "Đoàn đã tham quan phòng thí nghiệm và trung tâm điều hành.",
    "{en} offered to host two Vietnamese doctors for a six-month fellowship.",
    "The hosts raised data-protection rules for sharing patient records.",
    "Agreed to draft a memorandum of understanding before the end of the year.",
    "Follow-up: send the list of candidates and the proposed training syllabus.",
    "Discussion of emergency response coordination and joint exercises.",
    "The mayor welcomed the delegation and recalled the 2015 sister-city agreement.",
    "Bà {vn} đề xuất mở rộng chương trình học bổng cho sinh viên.",
    "Startup incubator visit: three companies interested in the Vietnamese market.",
    "Cần chuẩn bị quà tặng và bài phát biểu cho lễ ký kết.",
    "Interpreter notes: technical vocabulary on genomics needs a glossary.",
]
COMMITMENT_TEXTS = [
    "Sign an MoU on training of emergency physicians with {org}",
    "Ký kết thỏa thuận hợp tác nghiên cứu với {org}",
    "Exchange visit of five police officers to {org}",
    "Share the annual report on investment incentives with {org}",
    "Gửi danh sách ứng viên học bổng cho {org}",
    "Joint workshop on smart-city technology with {org}",
    "Send the draft contract for medical equipment to {org}",
]


@dataclass(frozen=True)
class Counts:
    trips: int
    engagements: int
    people: int
    organizations: int
    notes: int
    commitments: int


def counts_for(scale: float) -> Counts:
    return Counts(**{k: max(1, int(round(v * scale))) for k, v in SCALE_1.items()})


def _ts(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def _person_name(rng: random.Random, side: str) -> str:
    r = rng.random()
    if side != Side.HOST.value or r < 0.35:
        return f"{rng.choice(VN_SURNAMES)} {rng.choice(VN_MIDDLE)} {rng.choice(VN_GIVEN)}"
    if r < 0.85:
        return f"{rng.choice(EN_GIVEN)} {rng.choice(EN_SURNAMES)}"
    given, family = rng.choice(FR_NAMES if r < 0.93 else ZH_NAMES)
    return f"{given} {family}"


def generate(path: str | os.PathLike, *, seed: int = 2017, scale: float = 1.0, force: bool = False) -> Counts:
    """Write the large database to ``path`` (refuses to overwrite unless ``force``)."""
    from delegation_planner.storage import open_database

    path = Path(path)
    if path.exists():
        if not force:
            raise FileExistsError(f"{path} exists (use --force to replace it)")
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    n = counts_for(scale)
    rng = random.Random(seed)
    db = open_database(path)
    db.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("BEGIN")
        _fill(conn, rng, n, random.Random(seed ^ 0x5EED))
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"generator bug: dangling references {problems[:3]}")
        conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return n


def _uuid(ids: random.Random) -> str:
    """A stable identifier (version 4 layout) from its own generator, so the data stays as it was."""
    return str(uuid.UUID(int=ids.getrandbits(128), version=4))


def _fill(conn: sqlite3.Connection, rng: random.Random, n: Counts, ids: random.Random | None = None) -> None:
    ids = ids or random.Random(0)
    base_time = datetime(2026, 1, 1, 8, 0, tzinfo=timezone.utc)

    # organizations
    org_rows = []
    org_names = []
    kinds = list(OrganizationKind)
    for i in range(1, n.organizations + 1):
        kind = rng.choice(kinds)
        dest = rng.choice(DESTINATIONS)
        word = rng.choice(ORG_WORDS[kind])
        name = f"{dest[2]} {word}" if not word[0].islower() else f"{dest[2]} {word}"
        name = f"{name} {i}" if rng.random() < 0.7 else name
        org_names.append(name)
        org_rows.append((i, name, "", kind.value, dest[2], dest[3], f"{rng.randint(1, 999)} Main Street",
                         f"+1 617 555 {rng.randint(1000, 9999)}", f"https://example.org/{i}",
                         f"{name}: partner since {rng.randint(1995, 2020)}.", _uuid(ids)))
    conn.executemany("INSERT INTO organization (id, name, local_name, kind, city, country, address, phone, website,"
                     " profile, uuid) VALUES (?,?,?,?,?,?,?,?,?,?,?)", org_rows)

    # people: a tenth delegation/staff, the rest hosts
    person_rows = []
    delegation_people, host_people = [], []
    sides = [Side.DELEGATION.value] * 15 + [Side.STAFF.value] * 3 + [Side.HOST.value] * 82
    for i in range(1, n.people + 1):
        side = rng.choice(sides)
        name = _person_name(rng, side)
        org = rng.randint(1, n.organizations) if rng.random() < 0.9 else None
        (delegation_people if side != Side.HOST.value else host_people).append(i)
        person_rows.append((i, name, rng.choice(TITLES), org, side, f"person{i}@example.org",
                            f"+84 24 3{rng.randint(100, 999)} {rng.randint(1000, 9999)}", rng.choice(LANGS),
                            f"{name} — {rng.choice(TITLES)}.", _uuid(ids)))
    if not delegation_people:
        delegation_people = [1]
    if not host_people:
        host_people = [1]
    conn.executemany("INSERT INTO person (id, full_name, title, organization_id, side, email, phone, languages, bio,"
                     " uuid) VALUES (?,?,?,?,?,?,?,?,?,?)", person_rows)

    # engagements per trip: one trip gets ~4% of all engagements, the rest share the others
    big = max(1, n.engagements // 25)
    rest = n.engagements - big
    weights = [rng.random() + 0.2 for _ in range(max(1, n.trips - 1))]
    total_w = sum(weights)
    per_trip = ([big] + [int(rest * w / total_w) for w in weights])[: n.trips]
    per_trip[-1] += n.engagements - sum(per_trip)

    # trips: 3-10 days, longer when the programme is big (at most ~8 engagements a day)
    trip_rows, trip_info = [], []
    statuses = list(TripStatus)
    for i in range(1, n.trips + 1):
        dest = rng.choice(DESTINATIONS)
        start = date(2010, 1, 1) + timedelta(days=rng.randint(0, 16 * 365))
        days = max(rng.randint(3, 10), -(-per_trip[i - 1] // 8))
        end = start + timedelta(days=days - 1)
        title = rng.choice([f"Official visit to {dest[2]} {start.year}", f"Đoàn công tác {dest[2]} {start.year}",
                            f"Study tour {dest[2]} {start:%B %Y}"])
        created = _ts(base_time + timedelta(minutes=i))
        trip_rows.append((i, title, "Cooperation in health, science and public safety", dest[0],
                          start.isoformat(), end.isoformat(), "Asia/Ho_Chi_Minh", rng.choice(statuses).value, "",
                          created, created, _uuid(ids)))
        trip_info.append((i, dest[1], start, days))
    conn.executemany("INSERT INTO trip (id, title, purpose, destination, start_date, end_date, home_timezone, status,"
                     " notes, created_at, updated_at, uuid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", trip_rows)

    # delegation members: ~10 per trip
    member_rows = []
    roles = [MemberRole.MEMBER.value] * 6 + [MemberRole.PROTOCOL_OFFICER.value, MemberRole.INTERPRETER.value,
                                              MemberRole.PRESS.value]
    members_of: dict[int, list[int]] = {}
    for trip_id, *_ in trip_info:
        people = rng.sample(delegation_people, min(len(delegation_people), rng.randint(6, 14)))
        members_of[trip_id] = people
        for pos, pid in enumerate(people, start=1):
            role = MemberRole.HEAD.value if pos == 1 else (MemberRole.DEPUTY_HEAD.value if pos == 2
                                                           else rng.choice(roles))
            member_rows.append((len(member_rows) + 1, trip_id, pid, role, pos, _uuid(ids)))
    conn.executemany("INSERT INTO delegation_member (id, trip_id, person_id, role, precedence, uuid)"
                     " VALUES (?,?,?,?,?,?)",
                     member_rows)

    # engagements: a day's programme runs from 08:00 in slots of 75 minutes; about one in
    # twenty is moved onto its neighbour (the clashes officers have to resolve)
    eng_rows, att_rows, eng_info = [], [], []
    ekinds = list(EngagementKind)
    estatus = list(EngagementStatus)
    aroles = list(AttendanceRole)
    zones = {}
    for (trip_id, zone_name, start, days), count in zip(trip_info, per_trip):
        zone = zones.setdefault(zone_name, ZoneInfo(zone_name))
        per_day = -(-count // days)
        for k in range(count):
            day = start + timedelta(days=k // per_day)
            slot = k % per_day
            minutes = 8 * 60 + slot * 75 - (rng.choice((30, 45)) if slot and rng.random() < 0.05 else 0)
            local = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)
            begin = local.astimezone(timezone.utc)
            finish = begin + timedelta(minutes=rng.choice((30, 45, 60, 60, 60)))
            kind = rng.choice(ekinds)
            org = rng.randint(1, n.organizations)
            title = rng.choice(ENGAGEMENT_TITLES[kind]).format(org=org_names[org - 1])
            eid = len(eng_rows) + 1
            eng_rows.append((eid, trip_id, title, kind.value, org, org_names[org - 1], zone_name, _ts(begin),
                             _ts(finish), "Discuss cooperation priorities.", "Thank the hosts; propose next steps.",
                             "Car at the hotel 30 min before.", rng.choice((None, 15, 30, 45)),
                             rng.choice(estatus).value, _uuid(ids)))
            eng_info.append((eid, trip_id, org, begin))
            attendees = rng.sample(members_of[trip_id], min(3, len(members_of[trip_id])))
            attendees.append(rng.choice(host_people))
            for pid in dict.fromkeys(attendees):
                att_rows.append((len(att_rows) + 1, eid, pid, rng.choice(aroles).value))
    conn.executemany("INSERT INTO engagement (id, trip_id, title, kind, organization_id, location, timezone, start_utc,"
                     " end_utc, objectives, talking_points, logistics, travel_minutes, status, uuid)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", eng_rows)
    conn.executemany("INSERT INTO attendance (id, engagement_id, person_id, role) VALUES (?,?,?,?)", att_rows)

    # notes
    note_rows = []
    vn_names = [r[1] for r in person_rows if r[4] != Side.HOST.value] or ["Nguyễn Đức Chung"]
    en_names = [r[1] for r in person_rows if r[4] == Side.HOST.value] or ["John Smith"]
    for i in range(1, n.notes + 1):
        eid, _trip, _org, begin = eng_info[rng.randrange(len(eng_info))]
        sentences = rng.sample(NOTE_SENTENCES, rng.randint(2, 6))
        text = " ".join(s.format(vn=rng.choice(vn_names), en=rng.choice(en_names)) for s in sentences)
        ts = _ts(begin + timedelta(hours=2, minutes=i % 60))
        note_rows.append((i, eid, rng.choice(vn_names), text, ts, ts, ts, _uuid(ids)))
    conn.executemany("INSERT INTO meeting_note (id, engagement_id, author, text, created_at, updated_at, taken_at,"
                     " uuid) VALUES (?,?,?,?,?,?,?,?)", note_rows)

    # commitments
    com_rows = []
    ckinds, cstatus, made = list(CommitmentKind), list(CommitmentStatus), list(MadeBy)
    for i in range(1, n.commitments + 1):
        eid, trip_id, org, begin = eng_info[rng.randrange(len(eng_info))]
        due = (begin.date() + timedelta(days=rng.randint(30, 400))).isoformat() if rng.random() < 0.8 else None
        status = rng.choice(cstatus).value
        signed = begin.date().isoformat() if status == CommitmentStatus.SIGNED.value else None
        owner = rng.choice(members_of[trip_id])
        com_rows.append((i, trip_id, eid, org, rng.choice(COMMITMENT_TEXTS).format(org=org_names[org - 1]),
                         rng.choice(ckinds).value, rng.choice(made).value, owner, due, status, signed,
                         "Follow up by e-mail; Theo dõi qua Đại sứ quán.", _uuid(ids)))
    conn.executemany("INSERT INTO commitment (id, trip_id, engagement_id, organization_id, description, kind, made_by,"
                     " owner_id, due_date, status, signed_date, follow_up, uuid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     com_rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m delegation_planner.devtools.largedb",
                                     description="Build a large, realistic Delegation Planner database.")
    parser.add_argument("out", help="the database file to write")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 200 trips, 10,000 engagements, …")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    if not 0 < args.scale <= 20:
        parser.error("--scale must be more than 0 and at most 20")
    started = time.perf_counter()
    try:
        n = generate(args.out, seed=args.seed, scale=args.scale, force=args.force)
    except (FileExistsError, OSError) as exc:
        print(f"largedb: {exc}", file=sys.stderr)
        return 1
    print(f"{args.out}: {n.trips} trips, {n.engagements} engagements, {n.people} people, "
          f"{n.organizations} organizations, {n.notes} notes, {n.commitments} commitments "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
