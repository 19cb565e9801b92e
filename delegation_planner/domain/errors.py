"""Errors that the domain and the services raise for the user to read."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(ValueError):
    """Input the user can fix. Names each field and why; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem | str, field: str = ""):
        if isinstance(problems, str):
            problems = [Problem(field, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @property
    def field(self) -> str:
        return self.problems[0].field if self.problems else ""

    def prefixed(self, prefix: str) -> "ValidationError":
        """The same problems with their field names placed under ``prefix``."""
        def join(f: str) -> str:
            if not f:
                return prefix
            return f"{prefix}{f}" if f.startswith("[") else f"{prefix}.{f}"
        return ValidationError([Problem(join(p.field), p.message) for p in self.problems])


class NotFoundError(LookupError):
    """A referenced record does not exist (deleted elsewhere, or a wrong id)."""
