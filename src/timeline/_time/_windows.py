"""Offsets from a named day and windows of time: "a week from today", "three days after
Easter", "two weeks from Monday", "past week", "the upcoming two weeks", "coming week".

An offset counted from a day is a day (or finer): "three years from today" is the day
three years on, where "three years from now" is that year (the unit counted). A window
("the upcoming two weeks") is a span of whole units from the end of today, as "the next
two weeks" is; "coming week" without an article is next week, as "next week" is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ._calendar import Grain
from ._lexicon import PLURAL_UNITS, WEEKDAYS
from ._model import Duration
from ._nodes import (
    Anaphoric,
    Context,
    DateExpression,
    DateNode,
    Deictic,
    Expression,
    Offset,
    Slot,
    SpanExpression,
    shift_moment,
    unit,
    unknown_value,
)

if TYPE_CHECKING:
    from ._grammar import Parsed, Parser

__all__ = [
    "WINDOW_WORDS",
    "FromDay",
    "SameMoment",
    "offset_from_day",
    "same_moment",
    "window_expression",
]

# Words that begin the expressions of this module and no other production.
WINDOW_WORDS = frozenset({"upcoming", "hence", "fortnight", "fortnights"})
_FROM_WORDS = {"from": 1, "after": 1, "before": -1}
# The days a count "from" starts at that make it a date, not the start of a stretch.
_DEICTIC_DAY_WORDS = frozenset(
    {"today", "tomorrow", "yesterday", "this", "next", "last", "coming", *WEEKDAYS}
)
_RANGE_WORDS = frozenset({"to", "until", "till", "through", "thru", "-", "–"})
# After these, "the coming week" is a stretch of seven days (`Parser._span`), not a week.
_SPAN_WORDS = frozenset({"over", "for", "during", "within", "in", "throughout", "through"})
_NEXT_GRAINS = frozenset({Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR})
_OFFSET_WORDS = frozenset({"fortnight", "fortnights", "hence", "from", "after", "before"})
_WINDOW_FIRST = frozenset({"past", "coming", "upcoming", "previous", "the"})


@attrs.frozen
class FromDay(DateNode):
    """A day some units before or after another: "two weeks from Monday"."""

    day: DateNode
    amount: int
    grain: Grain
    sign: int

    def slot(self, ctx: Context) -> Slot:
        base = self.day.slot(ctx)
        moment = shift_moment(base.start, self.grain, self.sign * self.amount)
        return unit(moment, base.grain if base.grain <= Grain.DAY else Grain.DAY)

    def pattern(self) -> str:
        return unknown_value(Grain.DAY)


@attrs.frozen
class SameMoment(DateNode):
    """The publication moment some units away: "this time tomorrow", "this time next
    week". With a publication time it is that minute; with only a date, that day."""

    amount: int
    grain: Grain

    def slot(self, ctx: Context) -> Slot:
        moment = shift_moment(ctx.moment(), self.grain, self.amount)
        return unit(moment, Grain.MINUTE if ctx.has_time else Grain.DAY)

    def pattern(self) -> str:
        return unknown_value(Grain.DAY)


_SAME_MOMENT_DAYS = {"tomorrow": 1, "yesterday": -1}


def same_moment(p: Parser, i: int) -> Parsed[DateNode]:
    """ "this time tomorrow", "this time next week", "this time last year"."""
    if p.word(i) != "this" or p.word(i + 1) != "time":
        return None
    word = p.word(i + 2)
    if word in _SAME_MOMENT_DAYS:
        return SameMoment(_SAME_MOMENT_DAYS[word], Grain.DAY), i + 3
    grain = p.unit(i + 3)
    if word not in ("next", "last") or grain is None or p.word(i + 3) in PLURAL_UNITS:
        return None
    if grain[0] not in _NEXT_GRAINS:
        return None
    return SameMoment(1 if word == "next" else -1, grain[0]), grain[1]


def _count_of_units(p: Parser, i: int) -> Parsed[tuple[int, Grain]]:
    """ "three days", "a week", "a fortnight", "2 fortnights" (whole units only)."""
    amount = p.amount(i)
    if amount is None or amount[0] is None:
        return None
    value: float = amount[0]
    j = amount[1]
    if p.word(j) in ("fortnight", "fortnights"):
        if (value == 1) != (p.word(j) == "fortnight"):
            return None  # "a fortnights", "three fortnight"
        value, grain, j = value * 2, Grain.WEEK, j + 1
    else:
        found = p.unit(j)
        if found is None or found[0] in (Grain.WEEKEND, Grain.DECADE, Grain.CENTURY):
            return None
        grain, j = found
    if not float(value).is_integer() or value <= 0:
        return None
    return (int(value), grain), j


def offset_from_day(p: Parser, i: int) -> Parsed[DateNode]:
    """ "a week from today", "three days after Christmas", "a fortnight ago", "3 days
    hence", "in a fortnight"."""
    # A count is a few words long: what makes it one of these follows within five.
    if not any(p.word(k) in _OFFSET_WORDS for k in range(i + 1, i + 6)):
        return None
    forward = p.word(i) == "in"
    counted = _count_of_units(p, i + 1 if forward else i)
    if counted is None:
        return None
    (amount, grain), j = counted
    fortnights = p.word(j - 1) in ("fortnight", "fortnights")
    if forward:
        # "in three days" is the grammar's own offset; a fortnight is a count of weeks.
        return (Offset(amount, grain, 1), j) if fortnights else None
    if p.word(j) == "hence":
        return Offset(amount, grain, 1), j + 1
    if fortnights and p.word(j) == "ago":
        return Offset(amount, grain, -1), j + 1
    if fortnights and p.sequence(j, "from", "now") is not None:
        return Offset(amount, grain, 1), j + 2
    sign = _FROM_WORDS.get(p.word(j))
    if sign is None or grain <= Grain.HOUR:
        return None
    if p.word(j) != "from" and p.word(j + 1) in ("the", "that", "this", "a", "an"):
        # "three days before the vote" is a duration and a signal, as TimeML has it;
        # only a day named as a date or a holiday is counted from.
        return None
    if p.word(j) == "from" and p.word(j + 1) not in _DEICTIC_DAY_WORDS:
        return None  # "lasted 64 days from November 21": a stretch that starts there
    day = p._day(j + 1)
    if day is None or p.word(day[1]) in _RANGE_WORDS:
        return None
    return FromDay(day[0], amount, grain, sign), day[1]


def window_expression(p: Parser, i: int) -> Parsed[Expression]:
    """ "past week", "coming week", "upcoming week", "previous week", "the upcoming two
    weeks", "2 upcoming days"."""
    j = p.optional(i, "the")
    word = p.word(j)
    if word not in _WINDOW_FIRST and p.word(j + 1) != "upcoming" and p.word(j + 2) != "upcoming":
        return None  # "2 upcoming days", "the 2 upcoming weeks": "upcoming" comes soon
    # ("the\nprevious week" is "the previous week" cut by a line break, not a bare one)
    article = p.word(i - 1) == "the" or (p.word(i - 1) == "\n" and p.word(i - 2) == "the")
    if word in ("past", "coming", "upcoming", "previous") and j == i and not article:
        grain = p.unit(j + 1)
        if grain is None or p.word(j + 1) in PLURAL_UNITS or grain[0] is Grain.DAY:
            return None
        if grain[0] in (Grain.WEEKEND, Grain.SECOND, Grain.MINUTE, Grain.HOUR):
            return None
        if word == "past":
            span = SpanExpression(Duration.of(1, grain[0]), 1, grain[0], forward=False)
            return span, grain[1]
        if word == "previous":
            return DateExpression(Anaphoric(grain[0], -1)), grain[1]
        return DateExpression(Deictic(grain[0], 1)), grain[1]
    if word == "coming" and j > i and p.word(i - 1) not in _SPAN_WORDS:
        grain = p.unit(j + 1)
        if grain is None or p.word(j + 1) in PLURAL_UNITS or grain[0] not in _NEXT_GRAINS:
            return None
        return DateExpression(Deictic(grain[0], 1)), grain[1]  # "the coming week"
    if word == "upcoming" and j > i:
        counted = _count_of_units(p, j + 1)
        if counted is None:
            grain = p.unit(j + 1)
            if grain is None or p.word(j + 1) in PLURAL_UNITS:
                return None
            return DateExpression(Deictic(grain[0], 1)), grain[1]  # "the upcoming week"
        (amount, grain_), k = counted
        return _window(amount, grain_), k
    counted = _count_of_units(p, j)
    if counted is not None and p.word(counted[1] - 1) not in PLURAL_UNITS:
        return None
    if counted is not None and p.word(j + 1) == "upcoming":
        return None
    amount_parse = p.amount(j)
    if amount_parse is None or amount_parse[0] is None or p.word(amount_parse[1]) != "upcoming":
        return None
    value = amount_parse[0]
    grain = p.unit(amount_parse[1] + 1)
    if grain is None or not float(value).is_integer() or p.word(grain[1] - 1) not in PLURAL_UNITS:
        return None
    return _window(int(value), grain[0]), grain[1]


def _window(amount: int, grain: Grain) -> Expression:
    return SpanExpression(Duration.of(amount, grain), amount, grain, forward=True)
