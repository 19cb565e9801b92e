"""Enumerations in the users' words. Values are the stable identifiers used in files."""
from __future__ import annotations

from enum import StrEnum


class TripStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class VisitDirection(StrEnum):
    """Which way a visit goes: our delegation abroad, a delegation received here, or a domestic working visit."""
    OUTBOUND = "outbound"
    INBOUND = "inbound"
    DOMESTIC = "domestic"


class ContactKind(StrEnum):
    """A logistics contact of a visit (trip_contact.kind)."""
    HOTEL = "hotel"
    EMBASSY = "embassy"
    HOST_LIAISON = "host_liaison"
    DRIVER = "driver"
    INTERPRETER = "interpreter"
    EMERGENCY = "emergency"
    OTHER = "other"


class GiftDirection(StrEnum):
    """Which way a gift went: given by our side, or received by it."""
    GIVEN = "given"
    RECEIVED = "received"


class GiftDisposition(StrEnum):
    """What became of a gift (the register's last column)."""
    PENDING = "pending"  # not decided yet
    KEPT_BY_OFFICE = "kept_by_office"
    DISPLAYED = "displayed"
    HANDED_TO_STATE = "handed_to_state"
    SOLD_PAID_TO_BUDGET = "sold_paid_to_budget"
    RETURNED = "returned"


class OrganizationKind(StrEnum):
    HOSPITAL = "hospital"
    RESEARCH_LAB = "research_lab"
    UNIVERSITY = "university"
    GOVERNMENT_OFFICE = "government_office"
    COMPANY = "company"
    STARTUP_INCUBATOR = "startup_incubator"
    POLICE = "police"
    EMERGENCY_SERVICE = "emergency_service"
    HOTEL = "hotel"
    NGO = "ngo"
    OTHER = "other"


class Side(StrEnum):
    DELEGATION = "delegation"
    HOST = "host"
    STAFF = "staff"  # staff / interpreter


class MemberRole(StrEnum):
    HEAD = "head"
    DEPUTY_HEAD = "deputy_head"
    MEMBER = "member"
    PROTOCOL_OFFICER = "protocol_officer"
    INTERPRETER = "interpreter"
    PRESS = "press"
    SECURITY = "security"


class EngagementKind(StrEnum):
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    SIGNING_CEREMONY = "signing_ceremony"
    WORKING_MEAL = "working_meal"
    COURTESY_CALL = "courtesy_call"
    PRESS = "press"
    TRAVEL = "travel"
    CULTURAL_VISIT = "cultural_visit"
    FREE_TIME = "free_time"


class EngagementStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceRole(StrEnum):
    LEAD = "lead"
    SPEAKER = "speaker"
    NOTE_TAKER = "note_taker"
    ATTENDEE = "attendee"


class CommitmentKind(StrEnum):
    MOU = "mou"
    CONTRACT = "contract"
    AGREEMENT = "agreement"
    TRAINING = "training"
    EXCHANGE_VISIT = "exchange_visit"
    INFORMATION_SHARING = "information_sharing"
    INVESTMENT = "investment"
    OTHER = "other"


class MadeBy(StrEnum):
    OUR_SIDE = "our_side"
    THEIR_SIDE = "their_side"
    JOINT = "joint"


class CommitmentStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    SIGNED = "signed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


#: Commitments in these states need no more follow-up.
CLOSED_COMMITMENT_STATUSES = frozenset({CommitmentStatus.DONE, CommitmentStatus.DROPPED})


def label(value: StrEnum) -> str:
    """English display label of an enum value ("site_visit" -> "Site visit")."""
    special = {"mou": "MoU", "ngo": "NGO", "under_way": "Under way"}
    text = str(value)
    return special.get(text, text.replace("_", " ").capitalize())
