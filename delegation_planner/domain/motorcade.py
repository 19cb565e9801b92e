"""Who rides in which car of a transfer (the motorcade), from the two sides' order of precedence.

The rule, car by car (car 1 first):

1. the next guest by precedence (``domain.seating.ranked``: role in the engagement, stored
   precedence, name) — car 1 carries the guest of honour (the head of the visiting delegation);
2. the next host escort, while there are host attendees left (car 1: the host's principal);
3. an interpreter, while there are interpreters left (the seat beside the driver);
4. the car's remaining seats with the next guests, then the next hosts.

Each car is then seated by the car layout of ``domain.seating`` (seat 1 rear right, seat 2 rear left,
the interpreter or escort beside the driver). More people than seats is refused by name, nothing
proposed; cars left empty are listed empty.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.protocol_messages import MOTORCADE as MOTORCADE_MESSAGES
from delegation_planner.domain.seating import CAR_SEATS, GUEST, HOST, Layout, Participant, SeatingPlan, propose, \
    ranked

MESSAGES = MOTORCADE_MESSAGES  # en/vi text: domain.protocol_messages


def assign(people: Iterable[Participant], cars: int) -> list[SeatingPlan]:
    """One car layout plan per car, in motorcade order (see the module)."""
    people = list(people)
    if cars < 1:
        if not people:
            return []
        raise ValidationError.of("vehicles", "motorcade_no_cars")
    if len(people) > cars * CAR_SEATS:
        raise ValidationError.of("vehicles", "motorcade_full", count=len(people), cars=cars, seats=CAR_SEATS)
    interpreters = [p for p in people if p.is_interpreter]
    rest = [p for p in people if not p.is_interpreter]
    guests, hosts = ranked(rest, GUEST), ranked(rest, HOST)
    interpreters = sorted(interpreters, key=lambda p: (p.side != GUEST, p.precedence is None, p.precedence or 0,
                                                       p.name, p.person_id))
    groups: list[list[Participant]] = [[] for _ in range(cars)]
    for group in groups:
        if guests:
            group.append(guests.pop(0))
        if hosts:
            group.append(hosts.pop(0))
        if interpreters:
            group.append(interpreters.pop(0))
    leftovers = guests + hosts + interpreters
    for group in groups:
        while leftovers and len(group) < CAR_SEATS:
            group.append(leftovers.pop(0))
    return [propose(group, Layout.CAR) for group in groups]


def passengers(plan: SeatingPlan) -> Sequence:
    """The occupied seats of one car, seat 1 first."""
    return [s for s in sorted(plan.seats, key=lambda s: s.number) if s.occupant is not None]
