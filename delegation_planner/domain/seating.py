"""Seating plans: who sits where at an engagement (pure rules, no database, no Qt).

A plan is proposed from the engagement's participants, each on the **host** or the **guest**
side, ranked by a stated rule (:func:`rank_key`):

1. the role in this engagement (``AttendanceRole``: lead, speaker, attendee, note taker);
2. the stored order of precedence (lower first; none stored comes after any stored);
3. the name, accents folded as every picker folds them (``domain.text.fold``: "Đức" as "duc"),
   then the exact name and the person's id, so that the order never depends on input order.

Interpreters are not ranked with the members: they are placed by the settings (beside or
behind their principal). Layouts (:class:`Layout`):

- **bilateral** (hội đàm): one long table, the delegations facing each other, the heads at the
  centre, each side's members alternating on their head's right, then left, by rank. The host
  side sits on the door side unless ``host_near_door`` is False.
- **banquet**: round tables of ``seats_per_table``; the host at place 1, the guest of honour on
  the host's right, the guest number two on the host's left, then the places alternate host
  side and guest side going outwards; with ``co_host`` the next host sits opposite with the next
  guests on their right and left. More people than one table seats: several tables numbered 1,
  2, … (the highest ranked at table 1), the people spread evenly over them.
- **signing**: the two signatories seated side by side, the host on the left seen from the
  audience; each side's witnesses standing behind their signatory in rank order (the highest
  nearest the centre), signing assistants at the outer ends of the table.
- **car**: seat 1 rear right (the guest of honour), seat 2 rear left (the host or the escort),
  seat 3 beside the driver (the interpreter, else the escort). At most three passengers.

Hand edits: :func:`swap` two seats, :func:`pin` a seat to its occupant, :func:`regenerate` the
rest keeping the pins. Bad input raises :class:`~delegation_planner.domain.errors.ValidationError`
naming the field, with a code of :data:`MESSAGES` (or of the shared catalogue).

Geometry hints (``Seat.x``/``Seat.y`` in seat widths, ``Seat.angle`` in degrees for round
tables) are drawn as seen from above with the door (bilateral, banquet) or the audience
(signing) at the bottom, and the car's bonnet at the top.
"""
from __future__ import annotations

import dataclasses
import math
from enum import StrEnum
from typing import Any, Iterable, Mapping, Sequence

from delegation_planner.domain.enums import AttendanceRole
from delegation_planner.domain.errors import Notice, Problem, ValidationError
from delegation_planner.domain.protocol_messages import SEATING as SEATING_MESSAGES
from delegation_planner.domain.text import clean_text, fold, is_blank

HOST = "host"
GUEST = "guest"
SIDES = (HOST, GUEST)

#: The codes this module raises and warns with, in English and Vietnamese (domain.protocol_messages).
MESSAGES = SEATING_MESSAGES


class Layout(StrEnum):
    BILATERAL = "bilateral"
    BANQUET = "banquet"
    SIGNING = "signing"
    CAR = "car"


class InterpreterPlacement(StrEnum):
    BESIDE = "beside"
    BEHIND = "behind"


#: A car's passengers: rear right, rear left, beside the driver.
CAR_SEATS = 3

#: Rank of the role in this engagement (first rule of precedence); an unknown role ranks as an attendee.
_ROLE_RANK = {AttendanceRole.LEAD.value: 0, AttendanceRole.SPEAKER.value: 1,
              AttendanceRole.ATTENDEE.value: 2, AttendanceRole.NOTE_TAKER.value: 3}


@dataclasses.dataclass(frozen=True)
class Participant:
    """Someone at the engagement as the seating rules see them."""

    person_id: int
    name: str
    side: str  # HOST or GUEST
    role: str = AttendanceRole.ATTENDEE.value  # the role in this engagement
    precedence: int | None = None  # the stored order of precedence (1 = first); None: none stored
    is_interpreter: bool = False
    languages: tuple[str, ...] = ()
    title: str = ""
    is_assistant: bool = False  # a protocol officer / aide (signing assistant)


@dataclasses.dataclass(frozen=True)
class SeatingSettings:
    """How a plan is laid out (practice differs by country and office)."""

    interpreters: str = InterpreterPlacement.BESIDE.value
    #: With ``interpreters`` beside: on the principal's "left" (the number two keeps the right) or "right".
    interpreter_hand: str = "left"
    #: Bilateral: the host side's row is the one nearer the door (the guests face the entrance).
    host_near_door: bool = True
    seats_per_table: int = 10
    co_host: bool = True
    #: The car's driver sits on the left (right-hand traffic, as in Vietnam).
    driver_on_left: bool = True


@dataclasses.dataclass(frozen=True)
class Seat:
    number: int  # 1, 2, … unique in the plan (what pins and swaps name)
    side: str  # the side the seat is meant for (HOST or GUEST)
    occupant: Participant | None
    #: Where: "table" (seated at the table), "behind" (a chair behind the row), "standing" (signing
    #: witnesses), "end" (signing assistants), "rear"/"front" (car).
    place: str = "table"
    table: int = 1
    #: The seat's rank on its side (1 = the principal's), or at its round table (1 = the host's).
    rank: int = 1
    #: Position along the row from the centre, in seats, positive to the right of the drawing.
    index: int = 0
    x: float = 0.0
    y: float = 0.0
    angle: float | None = None  # round tables: degrees, counter-clockwise from the drawing's right
    role: str = "member"  # principal, member, interpreter, signatory, witness, assistant, passenger


@dataclasses.dataclass(frozen=True)
class Fixture:
    """Something drawn that is not a seat: a table, the door, the driver, a flag."""

    kind: str  # "long_table", "round_table", "signing_table", "car", "driver", "door", "flag"
    x: float
    y: float
    width: float = 0.0
    height: float = 0.0
    label: str = ""
    side: str = ""


@dataclasses.dataclass(frozen=True)
class SeatingPlan:
    layout: str
    settings: SeatingSettings
    seats: tuple[Seat, ...]
    participants: tuple[Participant, ...]
    warnings: tuple[Notice, ...] = ()
    pinned: frozenset[int] = frozenset()
    fixtures: tuple[Fixture, ...] = ()

    def seat(self, number: int) -> Seat:
        for s in self.seats:
            if s.number == number:
                return s
        raise _no_seat(self, number, "seat")

    def seat_of(self, person_id: int) -> Seat | None:
        for s in self.seats:
            if s.occupant is not None and s.occupant.person_id == person_id:
                return s
        return None

    @property
    def tables(self) -> int:
        return max((s.table for s in self.seats), default=0)

    def pins(self) -> dict[int, int]:
        """seat number -> person id of the pinned seats."""
        return {s.number: s.occupant.person_id for s in self.seats if s.number in self.pinned and s.occupant}


# --------------------------------------------------------------------------------- errors

def _error(field: str, code: str, **params: Any) -> ValidationError:
    english = MESSAGES[code][0].format(**params)
    return ValidationError(Problem(field, english, code, params))


def _notice(code: str, **params: Any) -> Notice:
    return Notice(MESSAGES[code][0].format(**params), code, params)


def _no_seat(plan: SeatingPlan, number: Any, field: str) -> ValidationError:
    last = max((s.number for s in plan.seats), default=0)
    return _error(field, "seating_no_such_seat", seat=_shown(number), last=last)


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, int) or isinstance(value, bool) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def render(code: str, params: Mapping[str, Any], lang: str = "en") -> str:
    """A code of :data:`MESSAGES` in ``lang`` (the shared catalogue's wording once merged there)."""
    from delegation_planner.domain.messages import render_message

    found = render_message(code, params, lang)
    if found is not None:
        return found
    pair = MESSAGES.get(code)
    if pair is None:
        return code
    return (pair[1] if lang == "vi" else pair[0]).format_map(_Keep(params))


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# ------------------------------------------------------------------------------ validation

def layout_of(value: Any, field: str = "layout") -> Layout:
    try:
        return Layout(value)
    except ValueError:
        raise _error(field, "seating_unknown_layout", value=_shown(value),
                     allowed=", ".join(v.value for v in Layout)) from None


def _check_settings(settings: Any) -> SeatingSettings:
    if not isinstance(settings, SeatingSettings):
        raise _error("settings", "seating_bad_value", expected="seating settings", value=type(settings).__name__)
    if settings.interpreters not in {p.value for p in InterpreterPlacement}:
        raise _error("settings.interpreters", "seating_bad_value", expected="beside or behind",
                     value=_shown(settings.interpreters))
    if settings.interpreter_hand not in ("left", "right"):
        raise _error("settings.interpreter_hand", "seating_bad_value", expected="left or right",
                     value=_shown(settings.interpreter_hand))
    n = settings.seats_per_table
    if not isinstance(n, int) or isinstance(n, bool) or not 2 <= n <= 40:
        raise _error("settings.seats_per_table", "seating_bad_value", expected="a whole number from 2 to 40",
                     value=_shown(n))
    return settings


def check_participants(participants: Iterable[Any]) -> tuple[Participant, ...]:
    """The participants, names in NFC; a bad one refused naming ``participants[i].field``."""
    out: list[Participant] = []
    seen: set[int] = set()
    for i, p in enumerate(participants):
        where = f"participants[{i}]"
        if not isinstance(p, Participant):
            raise _error(where, "seating_bad_value", expected="a participant", value=type(p).__name__)
        pid = p.person_id
        if not isinstance(pid, int) or isinstance(pid, bool) or pid < 1:
            raise _error(f"{where}.person_id", "seating_bad_value", expected="a person id", value=_shown(pid))
        if pid in seen:
            raise _error(f"{where}.person_id", "seating_duplicate_person", id=pid)
        seen.add(pid)
        if not isinstance(p.name, str) or is_blank(p.name):
            raise _error(f"{where}.name", "seating_bad_value", expected="a name", value=_shown(p.name))
        if p.side not in SIDES:
            raise _error(f"{where}.side", "seating_bad_value", expected="host or guest", value=_shown(p.side))
        if p.role not in _ROLE_RANK:
            raise _error(f"{where}.role", "seating_bad_value",
                         expected="one of " + ", ".join(_ROLE_RANK), value=_shown(p.role))
        prec = p.precedence
        if prec is not None and (not isinstance(prec, int) or isinstance(prec, bool)):
            raise _error(f"{where}.precedence", "seating_bad_value", expected="a whole number", value=_shown(prec))
        out.append(dataclasses.replace(p, name=clean_text(p.name), title=clean_text(p.title or "")))
    return tuple(out)


# ------------------------------------------------------------------------------ precedence

def rank_key(p: Participant) -> tuple:
    """Role in this engagement, then stored precedence (none stored last), then the folded name."""
    return (_ROLE_RANK.get(p.role, 2), p.precedence is None, p.precedence or 0, fold(p.name), clean_text(p.name),
            p.person_id)


def ranked(participants: Iterable[Participant], side: str | None = None) -> list[Participant]:
    """The participants of ``side`` (all if None), interpreters left out, in order of precedence."""
    return sorted((p for p in participants if not p.is_interpreter and (side is None or p.side == side)),
                  key=rank_key)


def _interpreters(participants: Iterable[Participant], side: str) -> list[Participant]:
    return sorted((p for p in participants if p.is_interpreter and p.side == side), key=rank_key)


# ------------------------------------------------------------------------------ public API

def propose(participants: Iterable[Participant], layout: Any = Layout.BILATERAL,
            settings: SeatingSettings | None = None,
            pins: Mapping[int, int] | Iterable[tuple[int, int]] | None = None) -> SeatingPlan:
    """The proposed plan for ``participants`` in ``layout``; ``pins`` (seat number -> person id, or
    (seat, person id) pairs as a form collects them) are kept where they are and everyone else is
    placed by the rules around them."""
    layout = layout_of(layout)
    settings = _check_settings(settings if settings is not None else SeatingSettings())
    people = check_participants(participants)
    pairs = _pin_pairs(pins)
    seats, fixtures = _LAYOUTS[layout](people, settings)
    seats = _fill(seats, people, pairs)
    plan = SeatingPlan(layout.value, settings, tuple(seats), people, pinned=frozenset(n for n, _ in pairs),
                       fixtures=fixtures)
    return dataclasses.replace(plan, warnings=_warnings(plan))


def swap(plan: SeatingPlan, first: int, second: int, *, pin_both: bool = True) -> SeatingPlan:
    """The plan with the occupants of seats ``first`` and ``second`` exchanged; both seats pinned
    (a hand edit is kept by :func:`regenerate`) unless ``pin_both`` is False."""
    a = _seat_index(plan, first, "first")
    b = _seat_index(plan, second, "second")
    seats = list(plan.seats)
    seats[a], seats[b] = (dataclasses.replace(seats[a], occupant=seats[b].occupant),
                          dataclasses.replace(seats[b], occupant=seats[a].occupant))
    pinned = set(plan.pinned)
    if pin_both:
        pinned |= {first, second}
    pinned = {n for n in pinned if seats[_seat_index(plan, n, "seat")].occupant is not None}
    changed = dataclasses.replace(plan, seats=tuple(seats), pinned=frozenset(pinned))
    return dataclasses.replace(changed, warnings=_warnings(changed))


def pin(plan: SeatingPlan, number: int) -> SeatingPlan:
    """Keep seat ``number``'s occupant there when the rest is regenerated."""
    seat = plan.seats[_seat_index(plan, number, "seat")]
    if seat.occupant is None:
        return plan
    return dataclasses.replace(plan, pinned=plan.pinned | {number})


def unpin(plan: SeatingPlan, number: int) -> SeatingPlan:
    _seat_index(plan, number, "seat")
    return dataclasses.replace(plan, pinned=plan.pinned - {number})


def regenerate(plan: SeatingPlan, participants: Iterable[Participant] | None = None) -> SeatingPlan:
    """The plan proposed again (for ``participants`` if given: the attendance changed), the pinned
    people kept at their places. A place is found again by where it is (side, table, row and
    position), not by its number, since numbers move when people come or go; a pin whose person
    no longer attends, or whose place is no longer in the plan, is dropped with a warning."""
    people = check_participants(participants) if participants is not None else plan.participants
    ids = {p.person_id for p in people}
    layout = Layout(plan.layout)
    seats, _fixtures = _LAYOUTS[layout](people, plan.settings)
    where = {_place_key(s): s.number for s in seats}
    kept: dict[int, int] = {}
    dropped: list[Notice] = []
    for number, pid in sorted(plan.pins().items()):
        old = plan.seat(number)
        name = old.occupant.name
        if pid not in ids:
            dropped.append(_notice("seating_pin_dropped", seat=number, name=name))
        elif _place_key(old) not in where:
            dropped.append(_notice("seating_pin_place_gone", seat=number, name=name))
        else:
            kept[where[_place_key(old)]] = pid
    fresh = propose(people, layout, plan.settings, kept)
    return dataclasses.replace(fresh, warnings=tuple(dropped) + fresh.warnings)


def _place_key(seat: Seat) -> tuple:
    return (seat.side, seat.table, seat.place, seat.role == "interpreter", seat.index, seat.y)


def _seat_index(plan: SeatingPlan, number: Any, field: str) -> int:
    if isinstance(number, int) and not isinstance(number, bool):
        for i, s in enumerate(plan.seats):
            if s.number == number:
                return i
    raise _no_seat(plan, number, field)


# ------------------------------------------------------------------------------ filling

def _pin_pairs(pins: Any) -> list[tuple[Any, Any]]:
    if not pins:
        return []
    items = list(pins.items()) if isinstance(pins, Mapping) else list(pins)
    pairs = []
    for i, item in enumerate(items):
        if not isinstance(item, tuple) or len(item) != 2:
            raise _error(f"pins[{i}]", "seating_bad_value", expected="a (seat, person id) pair",
                         value=_shown(item))
        pairs.append(item)
    return pairs


def _fill(seats: list[Seat], people: Sequence[Participant], pins: Sequence[tuple[Any, Any]]) -> list[Seat]:
    """Occupy ``seats`` (in number order, which is rank order within a side and a kind of seat):
    pinned people first, then each seat takes the next unplaced person it wants (``_take``)."""
    by_id = {p.person_id: p for p in people}
    numbers = {s.number: i for i, s in enumerate(seats)}
    last = max(numbers, default=0)
    occupant: dict[int, Participant] = {}
    placed: dict[int, int] = {}
    for number, pid in pins:
        if not isinstance(number, int) or isinstance(number, bool) or number not in numbers:
            raise _error(f"pins[{_shown(number)}]", "seating_no_such_seat", seat=_shown(number), last=last)
        if number in occupant:
            raise _error(f"pins[{number}]", "seating_seat_pinned_twice", seat=number,
                         first=occupant[number].person_id, second=_shown(pid))
        if not isinstance(pid, int) or isinstance(pid, bool) or pid not in by_id:
            raise _error(f"pins[{number}]", "seating_pin_not_attending", id=_shown(pid), seat=number)
        if pid in placed:
            first, second = sorted((placed[pid], number))
            raise _error(f"pins[{second}]", "seating_person_pinned_twice", id=pid, first=first, second=second)
        placed[pid] = number
        occupant[number] = by_id[pid]
    queues = _queues(people, placed)
    out = []
    for seat in seats:
        person = occupant.get(seat.number)
        if person is None:
            person = _take(queues, seat)
        out.append(dataclasses.replace(seat, occupant=person))
    # a pin may have taken a seat of another kind (a guest in a host seat, an assistant signing):
    # whoever is left takes the empty seats, their own side's first
    left = sorted((p for q in queues.values() for p in q), key=lambda p: (p.is_interpreter, rank_key(p)))
    for person in left:
        empty = [i for i, s in enumerate(out) if s.occupant is None]
        if not empty:  # pragma: no cover - every layout has a seat for everyone it accepts
            break
        i = next((i for i in empty if out[i].side == person.side), empty[0])
        out[i] = dataclasses.replace(out[i], occupant=person)
    return out


def _queues(people: Sequence[Participant], placed: Mapping[int, int]) -> dict[tuple[str, bool], list[Participant]]:
    free = [p for p in people if p.person_id not in placed]
    return {(side, interp): sorted((p for p in free if p.side == side and p.is_interpreter == interp),
                                   key=rank_key)
            for side in SIDES for interp in (False, True)}


def _take(queues, seat: Seat) -> Participant | None:
    """The next person for ``seat``: an interpreter seat takes its side's interpreter; a signing
    assistant's place its side's next assistant; any other seat its side's next person, else (the
    side has run out) the other side's. The car takes people as its own order says (``_car``)."""
    other = GUEST if seat.side == HOST else HOST
    if seat.role == "interpreter":
        order = [(seat.side, True), (other, True)] if seat.place == "front" else [(seat.side, True)]
        for key in order:
            if queues[key]:
                return queues[key].pop(0)
        if seat.place != "front":
            return None
    if seat.role == "assistant":
        for i, p in enumerate(queues[(seat.side, False)]):
            if p.is_assistant:
                return queues[(seat.side, False)].pop(i)
        return None
    if seat.role in ("signatory", "witness"):
        queue = queues[(seat.side, False)]
        for i, p in enumerate(queue):
            if not p.is_assistant:
                return queue.pop(i)
        return None
    for key in ((seat.side, False), (other, False)):
        if queues[key]:
            return queues[key].pop(0)
    for key in ((seat.side, True), (other, True)):  # the car's front seat: an interpreter not yet placed
        if queues[key]:
            return queues[key].pop(0)
    return None


# ------------------------------------------------------------------------------ layouts

def _alternating(count: int, skip: int | None = None) -> list[int]:
    """Row offsets from the principal by rank: 0, +1 (their right), -1 (their left), +2, -2, …;
    with ``skip`` (the interpreter's seat beside the principal) that offset is left out of its
    side and the alternation right, left goes on past it."""
    if count <= 0:
        return []
    rights = [k for k in range(1, count + 2) if k != skip]
    lefts = [-k for k in range(1, count + 2) if -k != skip]
    out = [0]
    while len(out) < count:
        out.append(rights.pop(0))
        if len(out) < count:
            out.append(lefts.pop(0))
    return out


def _bilateral(people: Sequence[Participant], settings: SeatingSettings) -> tuple[list[Seat], tuple[Fixture, ...]]:
    seats: list[Seat] = []
    beside = settings.interpreters == InterpreterPlacement.BESIDE.value
    hand = 1 if settings.interpreter_hand == "right" else -1
    number = 0
    widest = 1
    for side in SIDES:
        near = (side == HOST) == settings.host_near_door
        y = -1.0 if near else 1.0
        # seen from above with the door at the bottom: the near row faces up (its right is +x),
        # the far row faces down (its right is -x)
        facing = 1 if near else -1
        members = len(ranked(people, side))
        interpreters = len(_interpreters(people, side))
        interpreter_beside = beside and interpreters > 0 and members > 0
        # with an interpreter beside, they take the seat next to the head on ``hand`` and the members
        # keep the order right-then-left in the seats that remain
        offsets = _alternating(members, hand if interpreter_beside else None)
        for rank, o in enumerate(offsets, start=1):
            number += 1
            seats.append(Seat(number, side, None, "table", rank=rank, index=o * facing, x=float(o * facing), y=y,
                              role="principal" if o == 0 else "member"))
            widest = max(widest, abs(o))
        behind = _alternating(interpreters - (1 if interpreter_beside else 0))
        for i in range(interpreters):
            number += 1
            if i == 0 and interpreter_beside:
                seats.append(Seat(number, side, None, "table", rank=0, index=hand * facing, x=float(hand * facing),
                                  y=y, role="interpreter"))
            else:
                # on a chair behind the head (the first), then behind the seats right, left… of the head
                o = behind[i - (1 if interpreter_beside else 0)]
                seats.append(Seat(number, side, None, "behind", rank=0, index=o * facing, x=float(o * facing),
                                  y=y * 1.9, role="interpreter"))
    half = widest + 0.7
    host_y = -1 if settings.host_near_door else 1
    fixtures = (Fixture("long_table", 0.0, 0.0, 2 * half, 1.1),
                Fixture("door", 0.0, -3.0, 1.2, 0.2, "door"),
                Fixture("flag", 0.0, 0.3 * host_y, side=HOST),
                Fixture("flag", 0.0, -0.3 * host_y, side=GUEST))
    return seats, fixtures


def _round_places(n: int, co_host: bool) -> list[tuple[int, str]]:
    """A round table of ``n`` places numbered 0… from the host (0) towards the host's right (seen
    from above, everyone facing the centre has their right the same way round). Returns (place,
    side wanted) in rank order: the host; the places beside the host (right, then left); the
    co-host opposite and the places beside them (right, then left); then the next places out from
    the host, then from the co-host. Beside a principal sit guests, the next places out hosts, then
    guests…: around the table the sides alternate."""
    out: list[tuple[int, str]] = [(0, HOST)]
    taken = {0}
    opposite = n // 2 if co_host and n >= 6 else None
    if opposite is not None:
        taken.add(opposite)
    ring = 1
    while len(taken) < n:
        side = GUEST if ring % 2 else HOST
        rings = [[ring % n, (-ring) % n]]
        if opposite is not None:
            rings.append([(opposite + ring) % n, (opposite - ring) % n])
        for i, places in enumerate(rings):
            if i == 1 and ring == 1:
                out.append((opposite, HOST))
            for place in places:
                if place not in taken:
                    taken.add(place)
                    out.append((place, side))
        ring += 1
    return out


def _table_sizes(total: int, per_table: int) -> list[int]:
    tables = max(1, math.ceil(total / per_table))
    base, extra = divmod(total, tables)
    return [base + (1 if i < extra else 0) for i in range(tables)]


def _banquet(people: Sequence[Participant], settings: SeatingSettings) -> tuple[list[Seat], tuple[Fixture, ...]]:
    total = len(ranked(people))
    seats: list[Seat] = []
    fixtures: list[Fixture] = []
    number = 0
    sizes = _table_sizes(total, settings.seats_per_table) if total else []
    columns = min(3, len(sizes)) or 1
    radius_of = {}
    for t, size in enumerate(sizes, start=1):
        radius = max(1.2, size / (2 * math.pi) * 1.1)
        radius_of[t] = radius
    spacing = 2 * max(radius_of.values(), default=1.2) + 2.4
    for t, size in enumerate(sizes, start=1):
        cx = ((t - 1) % columns - (columns - 1) / 2) * spacing
        cy = -((t - 1) // columns) * spacing
        radius = radius_of[t]
        fixtures.append(Fixture("round_table", cx, cy, 2 * radius * 0.72, 2 * radius * 0.72, label=str(t)))
        for rank, (place, side) in enumerate(_round_places(size, settings.co_host), start=1):
            number += 1
            angle = (90.0 + 360.0 * place / size) % 360.0  # the host at the top, the host's right to the left
            rad = math.radians(angle)
            seats.append(Seat(number, side, None, "table", table=t, rank=rank, index=place,
                              x=cx + radius * math.cos(rad), y=cy + radius * math.sin(rad), angle=angle,
                              role="principal" if place == 0 else "member"))
    # interpreters sit on a chair behind their side's principal of table 1 (the host, the guest of
    # honour), whatever the setting: the places at the table keep their alternation
    if sizes:
        places = {rank: s for rank, s in enumerate(seats[:sizes[0]], start=1)}
        principal = {HOST: places[1], GUEST: places.get(2, places[1])}
        for side in SIDES:
            behind = principal[side]
            for i in range(len(_interpreters(people, side))):
                number += 1
                rad = math.radians(behind.angle + 12.0 * i * (1 if side == HOST else -1))
                cx, cy = fixtures[0].x, fixtures[0].y
                r = radius_of[1] + 0.9
                seats.append(Seat(number, side, None, "behind", table=1, rank=0, index=behind.index,
                                  x=cx + r * math.cos(rad), y=cy + r * math.sin(rad), angle=math.degrees(rad) % 360,
                                  role="interpreter"))
    return seats, tuple(fixtures)


def _signing(people: Sequence[Participant], settings: SeatingSettings) -> tuple[list[Seat], tuple[Fixture, ...]]:
    seats: list[Seat] = []
    number = 0
    widest = 1.5
    for side in SIDES:
        # seen from the audience (at the bottom of the drawing), the host is on the left
        sign = -1 if side == HOST else 1
        members = ranked(people, side)
        assistants = [p for p in members if p.is_assistant]
        principals = [p for p in members if not p.is_assistant]
        if principals:
            number += 1
            seats.append(Seat(number, side, None, "table", rank=1, index=sign, x=0.6 * sign, y=0.0,
                              role="signatory"))
        others = len(principals) - 1 if principals else 0
        for i in range(max(0, others)):
            number += 1
            seats.append(Seat(number, side, None, "standing", rank=i + 2, index=sign * (i + 1),
                              x=sign * (0.6 + 1.1 * i), y=1.3, role="witness"))
            widest = max(widest, 0.6 + 1.1 * i)
        for i in range(len(assistants)):
            number += 1
            seats.append(Seat(number, side, None, "end", rank=0, index=sign * (2 + i),
                              x=sign * (1.8 + 1.0 * i), y=0.0, role="assistant"))
            widest = max(widest, 1.8 + 1.0 * i)
        for i in range(len(_interpreters(people, side))):
            number += 1
            x = sign * (0.6 + 1.1 * (others + i))
            seats.append(Seat(number, side, None, "standing", rank=0, index=sign * (others + i + 1),
                              x=x, y=1.3, role="interpreter"))
            widest = max(widest, abs(x))
    fixtures = (Fixture("signing_table", 0.0, 0.0, 2 * (widest if widest < 2.5 else 2.5) + 0.2, 0.9),
                Fixture("flag", -0.25, 0.3, side=HOST), Fixture("flag", 0.25, 0.3, side=GUEST),
                Fixture("audience", 0.0, -1.6, 2 * widest, 0.2, "audience"))
    return seats, fixtures


def _car(people: Sequence[Participant], settings: SeatingSettings) -> tuple[list[Seat], tuple[Fixture, ...]]:
    if len(people) > CAR_SEATS:
        raise _error("participants", "seating_car_full", count=len(people), limit=CAR_SEATS)
    guests, hosts = ranked(people, GUEST), ranked(people, HOST)
    # the guest of honour takes seat 1 and the host (escort) seat 2; a car with one side only: by rank
    first = GUEST if guests else HOST
    second = HOST if guests and hosts else first
    driver_x = -0.5 if settings.driver_on_left else 0.5
    seats = [Seat(1, first, None, "rear", rank=1, index=1, x=0.5, y=-0.6, role="passenger"),
             Seat(2, second, None, "rear", rank=2, index=-1, x=-0.5, y=-0.6, role="passenger"),
             Seat(3, second, None, "front", rank=3, index=0, x=-driver_x, y=0.6, role="interpreter")]
    fixtures = (Fixture("car", 0.0, 0.0, 2.0, 3.6), Fixture("driver", driver_x, 0.6, label="driver"))
    return seats, fixtures


_LAYOUTS = {Layout.BILATERAL: _bilateral, Layout.BANQUET: _banquet, Layout.SIGNING: _signing, Layout.CAR: _car}


# ------------------------------------------------------------------------------ warnings

def _warnings(plan: SeatingPlan) -> tuple[Notice, ...]:
    out: list[Notice] = []
    people = plan.participants
    if not people:
        return (_notice("seating_nobody"),)
    present = {side for side in SIDES if ranked(people, side)}
    if plan.layout in (Layout.BILATERAL, Layout.BANQUET, Layout.CAR) and present == set(SIDES):
        heads = {side: ranked(people, side)[0] for side in SIDES}
        common = {fold(x) for x in heads[HOST].languages} & {fold(x) for x in heads[GUEST].languages}
        # in a car one interpreter serves both sides
        shared = plan.layout == Layout.CAR and any(p.is_interpreter for p in people)
        known = heads[HOST].languages and heads[GUEST].languages  # unknown languages: nothing to judge by
        if known and not common and not shared:  # (domain.interpreting's rule for the programme's warning)
            for side in SIDES:
                if not _interpreters(people, side):
                    out.append(_notice(f"seating_no_{side}_interpreter"))
    if plan.layout == Layout.SIGNING:
        for side in SIDES:
            if not any(s.role == "signatory" and s.side == side and s.occupant for s in plan.seats):
                out.append(_notice(f"seating_no_{side}_signatory"))
    for s in plan.seats:
        p = s.occupant
        # at a banquet a seat's side is only the ideal alternation (the numbers on each side may not
        # allow it) and a car has no sides; at the talks and the signing a row is one delegation's
        if p is not None and p.side != s.side and plan.layout in (Layout.BILATERAL, Layout.SIGNING):
            out.append(_notice(f"seating_{p.side}_in_{s.side}_seat", name=p.name, seat=s.number))
    return tuple(out)
