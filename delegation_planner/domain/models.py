"""SQLModel tables of the delegation record.

People and organizations are shared across trips. Engagement times are stored as
aware UTC instants together with the venue's IANA zone.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from delegation_planner.domain.enums import (
    AttendanceRole,
    CommitmentKind,
    CommitmentStatus,
    ContactKind,
    GiftDirection,
    GiftDisposition,
    EngagementKind,
    EngagementStatus,
    MadeBy,
    MemberRole,
    OrganizationKind,
    Side,
    TripStatus,
    VisitDirection,
)
from delegation_planner.domain.timezones import DEFAULT_HOME_TIMEZONE, utc_now


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as naive UTC; always returns aware UTC datetimes.

    Works the same on SQLite (text) and PostgreSQL (timestamp), so that a shared
    server can be plugged in later.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


def _enum(enum_cls):
    # Stored as the plain value string (no native enum/CHECK), so that adding a kind
    # later needs no table rebuild. Validation happens in the domain rules.
    return sa.Enum(enum_cls, native_enum=False, create_constraint=False, length=32,
                   values_callable=lambda e: [m.value for m in e], validate_strings=True)


def new_uuid() -> str:
    """A fresh stable identifier: a random (version 4) UUID in lower-case text."""
    return str(uuid4())


def _uuid_column():
    # A Column default as well as the model's, so that bulk (Core) inserts get one too.
    return sa.Column("uuid", sa.String(36), nullable=False, unique=True, index=True, default=new_uuid)


def _version_column():
    """The record's version, SQLAlchemy's ``version_id_col`` (raised by every ORM update; a
    stale UPDATE matches no row and raises StaleDataError). Defined at module level so that the
    same Column object is both the field's ``sa_column`` and the mapper argument."""
    return sa.Column("version", sa.Integer, nullable=False, server_default="1")


_TRIP_VERSION = _version_column()
_ORGANIZATION_VERSION = _version_column()
_PERSON_VERSION = _version_column()
_MEMBER_VERSION = _version_column()
_ENGAGEMENT_VERSION = _version_column()
_NOTE_VERSION = _version_column()
_COMMITMENT_VERSION = _version_column()
_TRIP_CONTACT_VERSION = _version_column()
_GIFT_VERSION = _version_column()
_VEHICLE_VERSION = _version_column()


def _fk(target: str, ondelete: str, nullable: bool = True, index: bool = True):
    return sa.Column(sa.Integer, sa.ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


class Trip(SQLModel, table=True):
    __tablename__ = "trip"

    id: Optional[int] = Field(default=None, primary_key=True)
    title: str = Field(max_length=500)
    purpose: str = ""
    destination: str = ""
    start_date: date
    end_date: date
    home_timezone: str = DEFAULT_HOME_TIMEZONE
    status: TripStatus = Field(default=TripStatus.DRAFT, sa_type=_enum(TripStatus))
    #: Which way the visit goes (migration 0005; existing trips and old bundles: outbound).
    direction: VisitDirection = Field(default=VisitDirection.OUTBOUND, sa_type=_enum(VisitDirection),
                                      sa_column_kwargs={"server_default": VisitDirection.OUTBOUND.value})
    notes: str = ""
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_TRIP_VERSION)

    __mapper_args__ = {"version_id_col": _TRIP_VERSION}


class Organization(SQLModel, table=True):
    __tablename__ = "organization"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=500, index=True)
    local_name: str = ""
    kind: OrganizationKind = Field(default=OrganizationKind.OTHER, sa_type=_enum(OrganizationKind))
    city: str = ""
    country: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    profile: str = ""
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_ORGANIZATION_VERSION)

    __mapper_args__ = {"version_id_col": _ORGANIZATION_VERSION}


class Person(SQLModel, table=True):
    __tablename__ = "person"

    id: Optional[int] = Field(default=None, primary_key=True)
    full_name: str = Field(max_length=300, index=True)
    title: str = ""
    organization_id: Optional[int] = Field(default=None, sa_column=_fk("organization.id", "SET NULL"))
    side: Side = Field(default=Side.HOST, sa_type=_enum(Side))
    email: str = ""
    phone: str = ""
    languages: str = ""
    bio: str = ""
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_PERSON_VERSION)

    __mapper_args__ = {"version_id_col": _PERSON_VERSION}


class DelegationMember(SQLModel, table=True):
    __tablename__ = "delegation_member"
    __table_args__ = (sa.UniqueConstraint("trip_id", "person_id", name="uq_member_trip_person"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    trip_id: int = Field(sa_column=_fk("trip.id", "CASCADE", nullable=False))
    person_id: int = Field(sa_column=_fk("person.id", "CASCADE", nullable=False))
    role: MemberRole = Field(default=MemberRole.MEMBER, sa_type=_enum(MemberRole))
    precedence: int = 1
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_MEMBER_VERSION)

    __mapper_args__ = {"version_id_col": _MEMBER_VERSION}


class Engagement(SQLModel, table=True):
    __tablename__ = "engagement"

    id: Optional[int] = Field(default=None, primary_key=True)
    trip_id: int = Field(sa_column=_fk("trip.id", "CASCADE", nullable=False))
    title: str = Field(max_length=500)
    kind: EngagementKind = Field(default=EngagementKind.MEETING, sa_type=_enum(EngagementKind))
    organization_id: Optional[int] = Field(default=None, sa_column=_fk("organization.id", "SET NULL"))
    location: str = ""
    timezone: str
    start_utc: datetime = Field(sa_type=UTCDateTime, index=True)
    end_utc: datetime = Field(sa_type=UTCDateTime)
    objectives: str = ""
    talking_points: str = ""
    logistics: str = ""
    #: Minutes needed to reach this venue from the previous engagement (optional).
    travel_minutes: Optional[int] = None
    status: EngagementStatus = Field(default=EngagementStatus.PLANNED, sa_type=_enum(EngagementStatus))
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_ENGAGEMENT_VERSION)

    __mapper_args__ = {"version_id_col": _ENGAGEMENT_VERSION}


class Attendance(SQLModel, table=True):
    __tablename__ = "attendance"
    __table_args__ = (sa.UniqueConstraint("engagement_id", "person_id", name="uq_attendance_engagement_person"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    engagement_id: int = Field(sa_column=_fk("engagement.id", "CASCADE", nullable=False))
    person_id: int = Field(sa_column=_fk("person.id", "CASCADE", nullable=False))
    role: AttendanceRole = Field(default=AttendanceRole.ATTENDEE, sa_type=_enum(AttendanceRole))


class MeetingNote(SQLModel, table=True):
    __tablename__ = "meeting_note"

    id: Optional[int] = Field(default=None, primary_key=True)
    engagement_id: int = Field(sa_column=_fk("engagement.id", "CASCADE", nullable=False))
    author: str = ""
    text: str = ""
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    #: When the meeting was held / the note taken (editable; created_at is when it was typed in).
    taken_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, sa_column_kwargs={"default": utc_now})
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_NOTE_VERSION)

    __mapper_args__ = {"version_id_col": _NOTE_VERSION}


class Commitment(SQLModel, table=True):
    __tablename__ = "commitment"

    id: Optional[int] = Field(default=None, primary_key=True)
    trip_id: int = Field(sa_column=_fk("trip.id", "CASCADE", nullable=False))
    engagement_id: Optional[int] = Field(default=None, sa_column=_fk("engagement.id", "SET NULL"))
    organization_id: Optional[int] = Field(default=None, sa_column=_fk("organization.id", "SET NULL"))
    description: str = ""
    kind: CommitmentKind = Field(default=CommitmentKind.OTHER, sa_type=_enum(CommitmentKind))
    made_by: MadeBy = Field(default=MadeBy.JOINT, sa_type=_enum(MadeBy))
    owner_id: Optional[int] = Field(default=None, sa_column=_fk("person.id", "SET NULL"))
    due_date: Optional[date] = None
    status: CommitmentStatus = Field(default=CommitmentStatus.PROPOSED, sa_type=_enum(CommitmentStatus))
    signed_date: Optional[date] = None
    follow_up: str = ""
    #: Stable reference "CK-<year of the trip's start>-<3-digit sequence in that year>", assigned by
    #: services.commitments when the commitment is created, never changed or reused (migration 0005).
    #: Unique among the assigned ones (ix_commitment_reference, partial: a row written around the services,
    #: e.g. devtools.largedb's raw inserts, has '' until it is given one).
    reference: str = Field(default="", sa_column=sa.Column("reference", sa.String(32), nullable=False,
                                                          server_default=""))
    #: The document the commitment comes from ("MoU on ..., signed 17 Jul 2017").
    source_document: str = Field(default="", sa_column_kwargs={"server_default": ""})
    #: The contact on their side.
    their_contact_id: Optional[int] = Field(default=None, sa_column=_fk("person.id", "SET NULL"))
    #: When it was actually done (next to due_date); not before the trip's start.
    completed_date: Optional[date] = None
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_COMMITMENT_VERSION)

    __mapper_args__ = {"version_id_col": _COMMITMENT_VERSION}


sa.Index("ix_commitment_reference", Commitment.__table__.c.reference, unique=True,
         sqlite_where=sa.text("reference != ''"), postgresql_where=sa.text("reference <> ''"))


class CommitmentSequence(SQLModel, table=True):
    """The last commitment reference number given out per year (CK-<year>-<number>): raised by
    services.commitments, never lowered, so that a deleted commitment's reference is never reused."""
    __tablename__ = "commitment_sequence"

    year: int = Field(sa_column=sa.Column("year", sa.Integer, primary_key=True, autoincrement=False))
    last: int = Field(default=0, sa_column=sa.Column("last", sa.Integer, nullable=False, server_default="0"))


class TripContact(SQLModel, table=True):
    """A logistics contact of a visit: the hotel, the embassy or consulate, the host's liaison, a driver,
    an interpreter, an emergency number (printed on the contact sheet with the people)."""
    __tablename__ = "trip_contact"

    id: Optional[int] = Field(default=None, primary_key=True)
    trip_id: int = Field(sa_column=_fk("trip.id", "CASCADE", nullable=False))
    kind: ContactKind = Field(default=ContactKind.OTHER, sa_type=_enum(ContactKind))
    name: str = Field(default="", max_length=300)
    phone: str = ""
    address: str = ""
    notes: str = ""
    #: Order on the contact sheet (0, 1, 2 ... within the trip).
    position: int = 0
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_TRIP_CONTACT_VERSION)

    __mapper_args__ = {"version_id_col": _TRIP_CONTACT_VERSION}


class ScenarioStep(SQLModel, table=True):
    """One line of an engagement's minute-by-minute scenario: at ``at_time`` (the venue's local clock,
    "HH:MM"), ``performer`` does ``action``; ``responsible`` sees that it happens."""
    __tablename__ = "scenario_step"

    id: Optional[int] = Field(default=None, primary_key=True)
    engagement_id: int = Field(sa_column=_fk("engagement.id", "CASCADE", nullable=False))
    position: int = 0
    #: "HH:MM", 24-hour, the venue's local time (domain.rules.parse_scenario_time); storage.schema_check
    #: refuses a file holding anything else.
    at_time: str = Field(sa_column=sa.Column("at_time", sa.String(5), nullable=False, info={"hhmm": True}))
    action: str = ""
    performer: str = ""
    responsible: str = ""
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())


class Gift(SQLModel, table=True):
    """A gift given or received during a visit: the gifts register (issue 13).

    ``counterpart_id`` is the person it went to or came from on the other side (or ``counterpart`` in
    words, an office rather than a person); ``our_person_id`` who gave or received it on ours. The
    value is the officer's estimate in whole units of ``currency`` (ISO 4217: VND has no minor unit,
    an estimate needs none). ``reported_on``: when the written report of a received gift was filed
    (domain.gifts says when it is due)."""
    __tablename__ = "gift"

    id: Optional[int] = Field(default=None, primary_key=True)
    trip_id: int = Field(sa_column=_fk("trip.id", "CASCADE", nullable=False))
    engagement_id: Optional[int] = Field(default=None, sa_column=_fk("engagement.id", "SET NULL"))
    direction: GiftDirection = Field(default=GiftDirection.RECEIVED, sa_type=_enum(GiftDirection))
    description: str = Field(default="", max_length=500)
    counterpart_id: Optional[int] = Field(default=None, sa_column=_fk("person.id", "SET NULL"))
    counterpart: str = ""
    our_person_id: Optional[int] = Field(default=None, sa_column=_fk("person.id", "SET NULL"))
    given_on: Optional[date] = None
    estimated_value: Optional[int] = None
    currency: str = Field(default="VND", max_length=3)
    disposition: GiftDisposition = Field(default=GiftDisposition.PENDING, sa_type=_enum(GiftDisposition))
    reported_on: Optional[date] = None
    notes: str = ""
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_GIFT_VERSION)

    __mapper_args__ = {"version_id_col": _GIFT_VERSION}


class Vehicle(SQLModel, table=True):
    """A car of an engagement's transfer (the motorcade): its number in the motorcade (car 1 carries the
    head of delegation), plate, driver and the driver's phone. Who rides in it is proposed from the
    attendees' precedence (domain.motorcade), not stored."""
    __tablename__ = "vehicle"

    id: Optional[int] = Field(default=None, primary_key=True)
    engagement_id: int = Field(sa_column=_fk("engagement.id", "CASCADE", nullable=False))
    number: int = 1
    plate: str = Field(default="", max_length=40)
    driver: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=100)
    notes: str = ""
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=_VEHICLE_VERSION)

    __mapper_args__ = {"version_id_col": _VEHICLE_VERSION}


class Attachment(SQLModel, table=True):
    """A file attached to an engagement, a commitment or a gift (a signed MoU, a programme, a photo):
    exactly one of the three owners is set. The bytes are in ``attachment_data`` (inside the database:
    one file to back up and restore, written in the same transaction as the record, and the same on a
    PostgreSQL server; a size cap keeps the file reasonable); ``sha256`` is checked whenever they are
    read back. ``filename`` is a bare name (no folder), as the officer chose it."""
    __tablename__ = "attachment"

    id: Optional[int] = Field(default=None, primary_key=True)
    engagement_id: Optional[int] = Field(default=None, sa_column=_fk("engagement.id", "CASCADE"))
    commitment_id: Optional[int] = Field(default=None, sa_column=_fk("commitment.id", "CASCADE"))
    gift_id: Optional[int] = Field(default=None, sa_column=_fk("gift.id", "CASCADE"))
    filename: str = Field(max_length=255)
    media_type: str = Field(default="application/octet-stream", max_length=100)
    size: int = 0
    sha256: str = Field(sa_column=sa.Column("sha256", sa.String(64), nullable=False))
    added_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())


class AttachmentData(SQLModel, table=True):
    """The bytes of one attachment (kept apart so that listing attachments never reads them)."""
    __tablename__ = "attachment_data"

    attachment_id: int = Field(sa_column=sa.Column("attachment_id", sa.Integer,
                                                   sa.ForeignKey("attachment.id", ondelete="CASCADE"),
                                                   primary_key=True, autoincrement=False))
    data: bytes = Field(sa_column=sa.Column("data", sa.LargeBinary, nullable=False))


class SeatingPlanRecord(SQLModel, table=True):
    """The seating plan stored with an engagement (at most one; ON DELETE CASCADE): its layout, the
    settings it was laid out with (domain.seating.SeatingSettings, one column each) and, in
    ``seating_seat``, every occupied seat with its occupant and whether the officer pinned it. Every
    seat is kept, not only the pins: the plan read back is exactly the one the officer saw and
    printed, and when the attendance changes the domain's ``regenerate`` finds each pin again by
    where it sat in that plan (it matches places, not numbers). ``version`` is raised by each save
    (services.seating checks it: a plan changed in another window is not overwritten)."""
    __tablename__ = "seating_plan"

    id: Optional[int] = Field(default=None, primary_key=True)
    engagement_id: int = Field(sa_column=sa.Column(sa.Integer, sa.ForeignKey("engagement.id", ondelete="CASCADE"),
                                                   nullable=False, unique=True, index=True))
    layout: str = Field(max_length=16)
    interpreters: str = Field(default="beside", max_length=16)
    interpreter_hand: str = Field(default="left", max_length=8)
    host_near_door: bool = True
    seats_per_table: int = 10
    co_host: bool = True
    driver_on_left: bool = True
    uuid: str = Field(default_factory=new_uuid, sa_column=_uuid_column())
    version: int = Field(default=1, sa_column=sa.Column("version", sa.Integer, nullable=False, server_default="1"))


class SeatingSeat(SQLModel, table=True):
    """One occupied seat of a stored plan: seat number -> person, pinned or not. A person deleted
    from the directory takes their seat rows with them (CASCADE, as their attendance goes): the
    seat is then placed by the rules again."""
    __tablename__ = "seating_seat"
    __table_args__ = (sa.UniqueConstraint("plan_id", "number", name="uq_seating_seat_plan_number"),
                      sa.UniqueConstraint("plan_id", "person_id", name="uq_seating_seat_plan_person"))

    id: Optional[int] = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("seating_plan.id", "CASCADE", nullable=False))
    number: int
    person_id: int = Field(sa_column=_fk("person.id", "CASCADE", nullable=False))
    pinned: bool = False


class ChangeCounter(SQLModel, table=True):
    """One row (id 1) whose ``value`` every service transaction raises (services._common.unit_of_work):
    another window on the same database polls it to notice changes."""
    __tablename__ = "change_counter"

    id: Optional[int] = Field(default=None, primary_key=True)
    value: int = 0


#: Tables that carry a stable ``uuid`` and a ``version``.
VERSIONED_TABLES = (Trip, Organization, Person, DelegationMember, Engagement, MeetingNote, Commitment, TripContact,
                    Gift, Vehicle)

ALL_TABLES = (Trip, Organization, Person, DelegationMember, Engagement, Attendance, MeetingNote, Commitment,
              TripContact, ScenarioStep, Gift, Vehicle, Attachment, SeatingPlanRecord, SeatingSeat)


class CalendarSequence(SQLModel, table=True):
    """The calendar SEQUENCE of an engagement's event (services.exchange): raised by an .ics export
    when the event's time, place or status differs from the fingerprint stored at the previous one.
    Keyed by the engagement's stable ``uuid``; rows of deleted engagements are harmless."""
    __tablename__ = "calendar_sequence"

    engagement_uuid: str = Field(sa_column=sa.Column("engagement_uuid", sa.String(36), primary_key=True))
    sequence: int = Field(default=0, sa_column=sa.Column("sequence", sa.Integer, nullable=False, server_default="0"))
    fingerprint: str = Field(sa_column=sa.Column("fingerprint", sa.String(64), nullable=False))
