"""Abbreviations and compact forms: "EOD", "EOY", "ASAP", "ATM", "18q4", "2014-10",
"2/2013", "Thu 15th", "end of April", "beginning of next year", "this season".

Business shorthand names the end (or beginning) of a unit in focus: "EOD" is the end of
the publication day, "EOM" of its month, "BOY" the beginning of its year. "ATM" (at the
moment) is the present and "ASAP" the near future, as "now" and "soon" are. A compact
date is a unit written in figures: "18q4" and "2018q4" are the fourth quarter of 2018,
"2014-10" and "10/2014" the month. A shorthand that is also a common word or another
abbreviation ("boy", "atm" the cash machine) is read only where the shorthand is meant:
after "by", "at", "until" or alone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import attrs

from ._calendar import Grain
from ._lexicon import WEEKDAYS
from ._model import Mod, VagueReference
from ._nodes import (
    DateExpression,
    DateNode,
    Deictic,
    Expression,
    Fixed,
    InContainer,
    PartOfYearTime,
    Pick,
    Recurring,
    Slot,
    VagueExpression,
    unit,
)

if TYPE_CHECKING:
    from ._grammar import Parsed, Parser

__all__ = ["COMPACT_WORDS", "DatedWeekday", "compact_date", "compact_expression"]

# shorthand -> (unit in focus, which edge)
_EDGES = {
    "eod": (Grain.DAY, Mod.END),
    "cob": (Grain.DAY, Mod.END),
    "eow": (Grain.WEEK, Mod.END),
    "eom": (Grain.MONTH, Mod.END),
    "eoq": (Grain.QUARTER, Mod.END),
    "eoy": (Grain.YEAR, Mod.END),
    "bod": (Grain.DAY, Mod.START),
    "bow": (Grain.WEEK, Mod.START),
    "bom": (Grain.MONTH, Mod.START),
    "boq": (Grain.QUARTER, Mod.START),
    "boy": (Grain.YEAR, Mod.START),
}
# Shorthands that are also words ("boy", "bow", "cob") or other abbreviations.
_WORDS_TOO = frozenset({"boy", "bow", "cob", "bod", "atm"})
# Words before a shorthand that say a time is meant ("by EOD", "at BOY").
_TIME_PREPOSITIONS = frozenset({"by", "at", "until", "till", "before", "from", "after", ""})
_VAGUE = {"asap": VagueReference.FUTURE_REF, "atm": VagueReference.PRESENT_REF}
_EDGE_NOUNS = {"end": Mod.END, "beginning": Mod.START, "start": Mod.START, "middle": Mod.MID}
COMPACT_WORDS = frozenset({*_EDGES, *_VAGUE, "season", "end", "beginning", "start", "middle"})


def _meant(p: Parser, i: int) -> bool:
    """Whether a shorthand that is also a word is the shorthand here."""
    if p.word(i) not in _WORDS_TOO:
        return True
    before = p.word(i - 1) if i > 0 else ""
    return before in _TIME_PREPOSITIONS and p.ends_phrase(i + 1)


def compact_expression(p: Parser, i: int) -> Parsed[Expression]:
    """ "EOD", "by EOY", "ASAP", "ATM", "end of April", "beginning of next year"."""
    word = p.word(i)
    edge = _EDGES.get(word)
    if edge is not None and _meant(p, i):
        grain, mod = edge
        return DateExpression(Deictic(grain, 0), mod), i + 1
    vague = _VAGUE.get(word)
    if vague is not None and _meant(p, i):
        return VagueExpression(vague), i + 1
    noun = _EDGE_NOUNS.get(word)
    if noun is not None and p.word(i + 1) == "of" and p.word(i - 1) != "the":
        # "end of April", "beginning of next year": "the end of April" without "the".
        inner = p._date(i + 2) or p._the_unit(i + 2)
        if inner is not None:
            return DateExpression(inner[0], noun), inner[1]
    if word in ("this", "last", "next") and p.word(i + 1) == "season":
        offset = {"this": 0, "last": -1, "next": 1}[word]
        return DateExpression(Deictic(Grain.SEASON, offset)), i + 2
    return None


def compact_date(p: Parser, i: int) -> Parsed[DateNode]:
    """ "18q4", "2018q4", "2014-10", "2/2013", "10/2014", "Thu 15th"."""
    word = p.word(i)
    weekday = WEEKDAYS.get(word)
    if weekday is not None and not p.is_number(i):
        # "Thu 15th", "Friday 3rd": a weekday and a day of the month with its suffix.
        ordinal = p.ordinal(i + 1)
        if ordinal is not None and (not p.is_number(i + 1) or p.touching(i + 2)):
            if not 1 <= ordinal[0] <= 31:
                return None
            return Pick(DatedWeekday(weekday, ordinal[0])), ordinal[1]
        return None
    if not p.is_number(i) or not p.touching(i + 1):
        return None
    separator = p.word(i + 1)
    following = p.word(i + 2)
    if not (p.touching(i + 1) and p.touching(i + 2)) or p.touching(i + 3):
        return None  # "18q4x", "2014-10-05" (a day, read by the grammar)
    if separator == "q" and p.is_number(i + 2) and len(word) in (2, 4):
        # "18q4", "2018q4": a year and its quarter.
        quarter = int(following)
        year = int(word) if len(word) == 4 else 2000 + int(word)
        if not 1 <= quarter <= 4 or len(following) != 1:
            return None
        return InContainer(PartOfYearTime(quarter, Grain.QUARTER), _year(year)), i + 3
    if not p.is_number(i + 2):
        return None
    if separator == "-" and len(word) == 4 and len(following) == 2:
        # "2014-10" is October 2014; "2010-11" (11 after 10) is two years, as "1923-24".
        month = int(following)
        if 1 <= month <= 12 and month < int(word) % 100:
            return _month(int(word), month, i + 3)
        return None
    if separator == "/" and len(word) <= 2 and len(following) == 4:
        # "2/2013", "10/2014": a month and its year.
        return _month(int(following), int(word), i + 3)
    return None


@attrs.frozen
class DatedWeekday(Recurring):
    """ "Thu 15th": a day of the month that falls on the weekday named with it."""

    weekday: int
    day: int
    cycle = Grain.MONTH

    def within(self, cycle_start: datetime) -> Slot | None:
        try:
            found = date(cycle_start.year, cycle_start.month, self.day)
        except ValueError:
            return None
        if found.isoweekday() != self.weekday:
            return None
        start = datetime(found.year, found.month, found.day)
        return Slot(start, start + timedelta(days=1), Grain.DAY)

    def pattern(self) -> str:
        return f"XXXX-XX-{self.day:02d}"


def _year(year: int) -> DateNode:
    return Fixed(unit(datetime(year, 1, 1), Grain.YEAR))


def _month(year: int, month: int, end: int) -> Parsed[DateNode]:
    if not (1 <= month <= 12 and 1000 <= year <= 2999):
        return None
    return Fixed(unit(datetime(year, month, 1), Grain.MONTH)), end
