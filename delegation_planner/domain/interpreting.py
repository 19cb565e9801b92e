"""Who interprets, and who needs it: the one rule for the programme's warnings, seating and reports.

* **Languages** are read from a person's free-text ``languages`` ("Vietnamese, English",
  "tiếng Việt; tiếng Anh", "EN / FR"): split on commas, semicolons, slashes and new lines,
  folded (accents and case ignored), and common names in English and Vietnamese and ISO codes
  mapped to one code ("English", "tiếng Anh", "en" → "en"). A name not in the table is kept
  folded, so two people who both wrote "Tày" still share a language.
* **An interpreter** is a delegation member whose role is "interpreter", or, for a person who is
  not a member of the trip, staff (``Side.STAFF``) who list two languages or more.
* **Principals**: on each side, the attendee leading there (attendance role "lead"), else the
  first in the order given (the caller passes them in precedence order). Two sides whose
  principals share no language need an interpreter at the engagement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from delegation_planner.domain.text import fold

_SPLIT = re.compile(r"[,;/\n&+]+|\band\b|\bva\b")

#: Folded names and codes -> one code.
_ALIASES = {
    "vi": ("vi", "vie", "vietnamese", "tieng viet", "viet", "viet nam", "kinh"),
    "en": ("en", "eng", "english", "tieng anh", "anh"),
    "fr": ("fr", "fre", "fra", "french", "francais", "tieng phap", "phap"),
    "zh": ("zh", "chi", "zho", "chinese", "mandarin", "putonghua", "tieng trung", "trung", "tieng hoa", "hoa",
           "tieng quan thoai", "cantonese", "tieng quang dong"),
    "ja": ("ja", "jpn", "japanese", "tieng nhat", "nhat"),
    "ko": ("ko", "kor", "korean", "tieng han", "han", "tieng han quoc"),
    "ru": ("ru", "rus", "russian", "tieng nga", "nga"),
    "de": ("de", "ger", "deu", "german", "deutsch", "tieng duc", "duc"),
    "es": ("es", "spa", "spanish", "espanol", "tieng tay ban nha", "tay ban nha"),
    "lo": ("lo", "lao", "tieng lao"),
    "km": ("km", "khm", "khmer", "tieng khmer", "tieng campuchia"),
    "th": ("th", "tha", "thai", "tieng thai"),
    # Vietnam's languages of the border provinces (Cao Bằng, Lạng Sơn, Hà Giang…)
    "tay": ("tay", "tieng tay"),
    "nut": ("nung", "tieng nung"),
    "hmn": ("hmong", "h'mong", "h mong", "mong", "tieng h'mong", "tieng mong"),
    "mtq": ("muong", "tieng muong"),
    "dao": ("dao", "tieng dao", "yao", "mien"),
}
_CODE = {name: code for code, names in _ALIASES.items() for name in names}


def languages_of(text: object) -> frozenset[str]:
    """The languages a person lists, as codes: "Vietnamese, tiếng Anh / FR" -> {"vi", "en", "fr"}."""
    if not isinstance(text, str) or not text.strip():
        return _NONE
    return _languages_of(text)


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)  # a programme reads the same few hundred people's texts again and again
def _languages_of(text: str) -> frozenset[str]:
    out = set()
    for part in _SPLIT.split(fold(text)):
        name = " ".join(part.split())
        if name.startswith("tieng ") and name not in _CODE:  # "tiếng Tày" and "Tày" are one language
            name = name[len("tieng "):]
        if name:
            out.add(_CODE.get(name, name))
    return frozenset(out)


def is_interpreter(member_role: str | None, side: str | None, languages: object) -> bool:
    """A delegation member in the interpreter's role; or staff, not a member, with two languages or more."""
    if member_role is not None:
        return str(member_role) == "interpreter"
    return str(side) == "staff" and len(languages_of(languages)) >= 2


@dataclass(frozen=True)
class Party:
    """One attendee of an engagement, as the interpreting rule sees them."""

    person_id: int
    ours: bool  # our delegation's side (delegation members, our staff); False: the other side
    languages: frozenset[str]
    interpreter: bool = False
    lead: bool = False  # attendance role "lead"


@dataclass(frozen=True)
class InterpretingNeed:
    """Of one engagement: who interprets there, and the principals' languages when they share none."""

    interpreter_ids: frozenset[int]
    #: (our principal's languages, theirs) when both are known and share no language; else None.
    gap: tuple[frozenset[str], frozenset[str]] | None


def interpreting_need(parties: Iterable[Party]) -> InterpretingNeed:
    """Interpreters present and the language gap between the two sides' principals (see the module).

    One pass (it runs for every engagement of every programme read): a side's principal is its
    first attendee in the lead's role, else its first attendee; interpreters are never principals."""
    interpreters: list[int] = []
    ours = theirs = None  # (is lead, party) of the best principal found so far
    for p in parties:
        if p.interpreter:
            interpreters.append(p.person_id)
            continue
        best = ours if p.ours else theirs
        if best is None or (p.lead and not best[0]):
            if p.ours:
                ours = (p.lead, p)
            else:
                theirs = (p.lead, p)
    gap = None
    if ours is not None and theirs is not None:
        a, b = ours[1].languages, theirs[1].languages
        if a and b and a.isdisjoint(b):
            gap = (a, b)
    return InterpretingNeed(frozenset(interpreters) if interpreters else _NO_IDS, gap)


_NO_IDS: frozenset[int] = frozenset()


#: Language codes' names, for the warning's sentence.
_NAMES = {
    "en": {"vi": "Vietnamese", "en": "English", "fr": "French", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
           "ru": "Russian", "de": "German", "es": "Spanish", "lo": "Lao", "km": "Khmer", "th": "Thai",
           "tay": "Tày", "nut": "Nùng", "hmn": "Hmong", "mtq": "Mường", "dao": "Dao"},
    "vi": {"vi": "tiếng Việt", "en": "tiếng Anh", "fr": "tiếng Pháp", "zh": "tiếng Trung", "ja": "tiếng Nhật",
           "ko": "tiếng Hàn", "ru": "tiếng Nga", "de": "tiếng Đức", "es": "tiếng Tây Ban Nha", "lo": "tiếng Lào",
           "km": "tiếng Khmer", "th": "tiếng Thái",
           "tay": "tiếng Tày", "nut": "tiếng Nùng", "hmn": "tiếng H'Mông", "mtq": "tiếng Mường", "dao": "tiếng Dao"},
}


def language_names(codes: Iterable[str], lang: str = "en") -> str:
    """{"vi", "en"} -> "English, Vietnamese" (sorted, names in ``lang``; unknown names as stored, folded)."""
    names = _NAMES.get(lang, _NAMES["en"])
    return ", ".join(sorted(names.get(c, c) for c in codes))
