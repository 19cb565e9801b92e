"""Errors that the domain and the services raise for the user to read.

Each :class:`Problem` has a stable ``code`` ("required", "end_before_start",
"unknown_time_zone", "dst_gap", "too_long", "not_found"…) and its ``params`` (value,
limit…); its ``message`` is the English sentence, what ``str(exc)`` and logs show. The
interface and the CLI render it in their language with ``domain.messages``.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Mapping


@dataclasses.dataclass(frozen=True)
class Problem:
    field: str
    message: str = ""
    code: str = ""
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.message and self.code:
            from delegation_planner.domain.messages import render_message

            object.__setattr__(self, "message", render_message(self.code, self.params, "en") or self.code)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def with_params(self, **extra: Any) -> "Problem":
        """The same problem with more params (e.g. the file and the record it was found in)."""
        return dataclasses.replace(self, params={**self.params, **extra})


def problem(field: str, code: str, **params: Any) -> Problem:
    """A coded problem; its English message comes from the catalogue (``domain.messages``)."""
    return Problem(field, code=code, params=params)


def coded(exc: BaseException, code: str, **params: Any) -> BaseException:
    """Give an error of another kind (storage's KnownError, NotFoundError) a code and params,
    so that the interface and the CLI can say it in their language; returns ``exc``."""
    exc.problem = Problem("", str(exc), code, params)  # type: ignore[attr-defined]
    return exc


class ValidationError(ValueError):
    """Input the user can fix. Names each field and why; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem | str, field: str = "", *, code: str = "",
                 params: Mapping[str, Any] | None = None):
        if isinstance(problems, str):
            problems = [Problem(field, problems, code, dict(params or {}))]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def of(cls, field: str, code: str, **params: Any) -> "ValidationError":
        """``ValidationError.of("end", "end_before_start")``: one coded problem."""
        return cls(problem(field, code, **params))

    @property
    def field(self) -> str:
        return self.problems[0].field if self.problems else ""

    @property
    def code(self) -> str:
        return self.problems[0].code if self.problems else ""

    def prefixed(self, prefix: str) -> "ValidationError":
        """The same problems with their field names placed under ``prefix``."""
        def join(f: str) -> str:
            if not f:
                return prefix
            return f"{prefix}{f}" if f.startswith("[") else f"{prefix}.{f}"
        return ValidationError([dataclasses.replace(p, field=join(p.field)) for p in self.problems])

    def located(self, **where: Any) -> "ValidationError":
        """The same problems, each told where it was found (``file=``, ``record_kind=``, ``record=``)."""
        return ValidationError([p.with_params(**where) for p in self.problems])


class NotFoundError(LookupError):
    """A referenced record does not exist (deleted elsewhere, or a wrong id)."""


def not_found(entity: str, record_id: Any) -> NotFoundError:
    """"no engagement with id 7" (code ``not_found``; ``entity`` is a record kind of ``domain.messages``)."""
    shown = record_id if isinstance(record_id, int) and not isinstance(record_id, bool) else repr(record_id)
    return coded(NotFoundError(f"no {entity} with id {shown}"), "not_found", entity=entity, id=shown)  # type: ignore[return-value]


class Notice(str):
    """A warning (the engagement is outside the trip's dates…): the English text itself, so it
    joins and prints as before, with the ``code`` and ``params`` to say it in another language
    (``domain.messages.render_notice``)."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, text: str, code: str = "", params: Mapping[str, Any] | None = None) -> "Notice":
        self = super().__new__(cls, text)
        self.code = code
        self.params = dict(params or {})
        return self


class RecordChangedError(ValidationError):
    """The record was saved by someone else (another officer, another window) after the caller
    read it: the caller's edit was not written. Carries both versions so that the caller can
    choose: ``theirs`` (the stored field values, and ``stored_version``) and ``mine`` (the values
    the caller tried to save, read at ``expected_version``). Save again with
    ``expected_version=stored_version`` to keep one's own, or drop it to take theirs."""

    def __init__(self, subject: str, record_id: int, *, theirs: Mapping[str, Any], mine: Mapping[str, Any],
                 stored_version: int, expected_version: int | None):
        self.subject = str(subject)
        self.record_id = record_id
        self.theirs = dict(theirs)
        self.mine = dict(mine)
        self.stored_version = stored_version
        self.expected_version = expected_version
        super().__init__(f"this {self.subject} was changed by someone else since you opened it "
                         f"(version {expected_version}, now {stored_version}); nothing was saved",
                         code="record_changed",
                         params={"entity": self.subject, "expected": expected_version, "stored": stored_version})

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(field, theirs, mine) of each field the caller set whose stored value differs."""
        return [(name, self.theirs.get(name), value) for name, value in self.mine.items()
                if self.theirs.get(name) != value]
