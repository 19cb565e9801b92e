"""What a service call changed (``Change``), in a module with no heavy imports.

The subjects are a closed set (:class:`Subject`); views declare the subjects they
refresh on once (``REFRESH_ON``) and test them with :meth:`Change.concerns`. The
services announce changes through ``services._common.unit_of_work``, which
notifies after the commit. This module imports nothing heavy, so the main window
can use it before SQLAlchemy is imported.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Subject(StrEnum):
    """The kind of record a change touched."""

    TRIP = "trip"
    ENGAGEMENT = "engagement"
    MEMBER = "member"
    PERSON = "person"
    ORGANIZATION = "organization"
    NOTE = "note"
    COMMITMENT = "commitment"
    ATTENDANCE = "attendance"
    EVERYTHING = "*"  # an import, a restore, another database opened: every view reloads


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    RELOAD = "reload"


@dataclass(frozen=True)
class Change:
    """What a service call changed: the subject, the ids touched, the trip they belong to."""

    subject: Subject
    ids: tuple[int, ...] = ()
    trip_id: int | None = None
    action: Action = Action.UPDATE

    def __post_init__(self) -> None:
        # Subject("nonsense") raises ValueError: a typo cannot silently refresh nothing.
        object.__setattr__(self, "subject", Subject(self.subject))
        object.__setattr__(self, "action", Action(self.action))
        object.__setattr__(self, "ids", tuple(int(i) for i in self.ids))

    @property
    def entity(self) -> str:
        """The subject as its string (kept for older callers)."""
        return self.subject.value

    def concerns(self, subjects: frozenset[Subject] | set[Subject] | tuple[Subject, ...]) -> bool:
        """True if a view refreshing on ``subjects`` must look at this change."""
        return self.subject is Subject.EVERYTHING or self.subject in subjects

    def of_other_trip(self, trip_id: int | None) -> bool:
        """True if the change belongs to a trip other than ``trip_id`` (directory changes belong to none)."""
        return self.trip_id is not None and trip_id is not None and self.trip_id != trip_id


def reload_everything() -> Change:
    """The change a view receives when the whole database changed under it."""
    return Change(Subject.EVERYTHING, (), None, Action.RELOAD)
