"""Cars and escorts (issue 13): the vehicles of an engagement's transfer (number, plate, driver, phone),
and the motorcade proposed from the attendees' precedence (``domain.motorcade``), per engagement and
per day of a trip. Vehicles are stored; who rides where is proposed each time (like seating plans).

Every edit is its own transaction; a refused call (ValidationError naming the field) writes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain import motorcade as rules
from delegation_planner.domain.errors import Problem
from delegation_planner.domain.models import Engagement, Trip, Vehicle
from delegation_planner.domain.rules import MAX_SHORT_TEXT, check_text, raise_if
from delegation_planner.domain.errors import problem
from delegation_planner.domain.seating import SeatingPlan
from delegation_planner.domain.timezones import to_local
from delegation_planner.services._common import (
    apply, check_version, defaults_of, get_or_raise, prepare, unit_of_work, values_of,
)
from delegation_planner.services.seating import participants
from delegation_planner.storage.database import Database

EDITABLE = {"number", "plate", "driver", "phone", "notes"}
MAX_CARS = 60


def validate_vehicle_fields(values) -> None:
    p: list[Problem] = []
    number = values.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_CARS:
        p.append(problem("number", "not_car_number", value=str(number)[:20], limit=MAX_CARS))
    check_text(p, "plate", values.get("plate"), max_len=40)
    check_text(p, "driver", values.get("driver"), max_len=300)
    check_text(p, "phone", values.get("phone"), max_len=100)
    check_text(p, "notes", values.get("notes"), max_len=MAX_SHORT_TEXT * 4)
    raise_if(p)


def _announce(changed, engagement: Engagement) -> None:
    changed(Subject.ENGAGEMENT, (engagement.id,), engagement.trip_id, Action.UPDATE)


def list_vehicles(db: Database, engagement_id: int) -> list[Vehicle]:
    with db.reading() as s:
        get_or_raise(s, Engagement, engagement_id)
        return list(s.execute(sa.select(Vehicle).where(Vehicle.engagement_id == engagement_id)
                              .order_by(Vehicle.number, Vehicle.id)).scalars())


def add_vehicle(db: Database, engagement_id: int, **fields: Any) -> Vehicle:
    """A car; without a number it comes after the others."""
    with unit_of_work(db) as (s, changed):
        engagement = get_or_raise(s, Engagement, engagement_id)
        if "number" not in fields:
            last = s.execute(sa.select(sa.func.max(Vehicle.number))
                             .where(Vehicle.engagement_id == engagement_id)).scalar()
            fields = {**fields, "number": (last or 0) + 1}
        base = dict(defaults_of(Vehicle), engagement_id=engagement_id)
        values = prepare(Vehicle, base, fields, validate_vehicle_fields, editable=EDITABLE)
        vehicle = Vehicle(**values)
        s.add(vehicle)
        s.flush()
        _announce(changed, engagement)
    return vehicle


def update_vehicle(db: Database, vehicle_id: int, *, expected_version: int | None = None, **changes: Any) -> Vehicle:
    with unit_of_work(db) as (s, changed):
        vehicle = get_or_raise(s, Vehicle, vehicle_id)
        check_version(vehicle, expected_version, changes)
        values = prepare(Vehicle, values_of(vehicle), changes, validate_vehicle_fields, editable=EDITABLE)
        apply(vehicle, values)
        s.add(vehicle)
        _announce(changed, s.get(Engagement, vehicle.engagement_id))
    return vehicle


def delete_vehicle(db: Database, vehicle_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        vehicle = get_or_raise(s, Vehicle, vehicle_id)
        engagement = s.get(Engagement, vehicle.engagement_id)
        s.delete(vehicle)
        _announce(changed, engagement)


@dataclass(frozen=True)
class Car:
    vehicle: Vehicle
    plan: SeatingPlan  # the car layout with its passengers (domain.seating)


@dataclass(frozen=True)
class Transfer:
    """One engagement's motorcade: its cars, in order, each with who rides where."""

    engagement_id: int
    title: str
    day: date
    start_local: str  # "09:00" on the venue's clock
    cars: tuple[Car, ...]


def transfer(db: Database, engagement_id: int) -> Transfer:
    """The engagement's cars with their proposed passengers (ValidationError: they do not all fit)."""
    eng, _trip, _we_host, people = participants(db, engagement_id)
    cars = list_vehicles(db, engagement_id)
    plans = rules.assign(people, len(cars)) if cars else []
    local = to_local(eng.start_utc, eng.timezone)
    return Transfer(eng.id, eng.title, local.date(), f"{local:%H:%M}",
                    tuple(Car(v, p) for v, p in zip(cars, plans)))


def motorcade_list(db: Database, trip_id: int) -> list[Transfer]:
    """Every engagement of the trip that has cars, in time order: the motorcade list by day."""
    with db.reading() as s:
        get_or_raise(s, Trip, trip_id)
        ids = list(s.execute(sa.select(Engagement.id).where(Engagement.trip_id == trip_id)
                             .where(sa.exists().where(Vehicle.engagement_id == Engagement.id))
                             .order_by(Engagement.start_utc, Engagement.id)).scalars())
    return [transfer(db, i) for i in ids]


# ------------------------------------------------------------------ the printed motorcade list

@dataclass(frozen=True)
class ListedCar:
    """One car as the printed motorcade list gives it: who drives it and who sits where."""

    number: int
    plate: str
    driver: str
    phone: str
    seats: tuple[tuple[int, str], ...]  # (seat number, passenger's name), seat 1 first; () for an empty car


@dataclass(frozen=True)
class ListedTransfer:
    engagement_id: int
    title: str
    day: date
    start_local: str  # "08:30" on the venue's clock
    cars: tuple[ListedCar, ...]


def listed(t: Transfer) -> ListedTransfer:
    """A :class:`Transfer` (stored cars, proposed passengers) as the printed list gives it."""
    cars = tuple(ListedCar(c.vehicle.number, c.vehicle.plate or "", c.vehicle.driver or "", c.vehicle.phone or "",
                           tuple((s.number, s.occupant.name) for s in rules.passengers(c.plan)))
                 for c in t.cars)
    return ListedTransfer(t.engagement_id, t.title, t.day, t.start_local, cars)


def report_transfers(data) -> list[ListedTransfer]:
    """The motorcade list of a report (``services.report_data.ReportData``), in programme order: each
    transfer with cars whose passengers fit (``data.rides``: the motorcade rule applied to the rows the
    report read; a transfer that does not fit is left out there, the Cars dialog says why), car by car,
    seat 1 first. No query: the report has read everything."""
    out: list[ListedTransfer] = []
    for item in data.programme.items:
        rides = data.rides.get(item.id)
        if not rides or item.cancelled:
            continue
        names = {a.person_id: a.full_name for a in item.attendees}
        cars: dict[int, tuple[tuple, list[tuple[int, str]]]] = {}
        for person_id, ride in rides.items():
            number, plate, driver, seat, phone = ride
            cars.setdefault(number, ((plate or "", driver or "", phone or ""), []))[1].append(
                (seat, names.get(person_id, "")))
        listed_cars = tuple(ListedCar(number, *details, tuple(sorted(seats)))
                            for number, (details, seats) in sorted(cars.items()))
        local = item.local_start
        out.append(ListedTransfer(item.id, item.title, local.date(), f"{local:%H:%M}", listed_cars))
    return out


def by_day(transfers) -> list[tuple[date, list]]:
    """Transfers grouped by their day (venue clock), in order."""
    days: list[tuple[date, list]] = []
    for t in transfers:
        if not days or days[-1][0] != t.day:
            days.append((t.day, []))
        days[-1][1].append(t)
    return days
