"""Ordinal and relative selections: "first Tuesday of October", "the third last week of
2018", "the 20th of next month", "last week's Sunday", "Friday after next", "the week of
October 7th", "3 Fridays from now", "the closest Monday to Oct 5th".

Each picks one member of a recurring time (`WeekdayTime`, `DayOfMonthTime`) or one unit
inside, beside or around a time the grammar already reads (a month, a week, a day).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from ._calendar import Grain
from ._lexicon import CARDINALS, ORDINAL_SUFFIXES, ORDINALS, PLURAL_WEEKDAYS, TENS, WEEKDAYS
from ._nodes import (
    Context,
    DateNode,
    DayOfMonthTime,
    Deictic,
    InContainer,
    NthIn,
    Pick,
    Recurring,
    Slot,
    WeekdayTime,
    pick,
    shift_moment,
    unit,
    unknown_value,
)

if TYPE_CHECKING:
    from ._grammar import Parsed, Parser

__all__ = ["SELECTION_WORDS", "Nearest", "Shifted", "UnitOf", "selection"]

# Words that begin the expressions of this module and no other production.
SELECTION_WORDS = frozenset({"penultimate", "closest", "nearest", "week", "month"})
_MAX_NESTING = 2
_LAST_WORDS = ("last", "final")
_CONTAINER_GRAINS = frozenset({Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR})


@attrs.frozen
class Shifted(DateNode):
    """A time moved by whole units: "Friday after next" is next Friday and a week."""

    node: DateNode
    amount: int
    grain: Grain

    def slot(self, ctx: Context) -> Slot:
        base = self.node.slot(ctx)
        return unit(shift_moment(base.start, self.grain, self.amount), base.grain)

    def pattern(self) -> str:
        return self.node.pattern()


@attrs.frozen
class UnitOf(DateNode):
    """The unit that holds a time: "the week of October 7th"."""

    node: DateNode
    grain: Grain

    def slot(self, ctx: Context) -> Slot:
        return unit(self.node.slot(ctx).start, self.grain)

    def pattern(self) -> str:
        return unknown_value(self.grain)


@attrs.frozen
class Nearest(DateNode):
    """The occurrence nearest a day: "the closest Monday to Oct 5th"."""

    recurring: Recurring
    around: DateNode

    def slot(self, ctx: Context) -> Slot:
        return pick(self.recurring, "present", ctx, self.around.slot(ctx))

    def pattern(self) -> str:
        return self.recurring.pattern()


def _rank(p: Parser, i: int) -> Parsed[int]:
    """Which one, counted from the start (1, 2 ...) or the end (-1 last, -2 ...):
    "first", "3rd", "last", "third last", "second to last", "penultimate"."""
    word = p.word(i)
    if word in _LAST_WORDS:
        return -1, i + 1
    if word == "penultimate":
        return -2, i + 1
    ordinal = p.ordinal(i)
    if ordinal is None:
        return None
    number, j = ordinal
    if p.word(j) in _LAST_WORDS:
        return -number, j + 1  # "the third last week"
    if p.word(j) == "to" and p.word(j + 1) in _LAST_WORDS:
        return -number, j + 2  # "the second to last day"
    return number, j


def _container(p: Parser, i: int) -> Parsed[DateNode]:
    if p.depth >= _MAX_NESTING:
        return None
    p.depth += 1
    try:
        found = p._date(i)
        the_unit = p._the_unit(i)
    finally:
        p.depth -= 1
    if the_unit is not None and (found is None or the_unit[1] > found[1]):
        return the_unit
    return found


def _nth(p: Parser, i: int) -> Parsed[DateNode]:
    """ "first Tuesday of October", "the third last week of 2018", "the penultimate day
    of June" (`Parser._nth` reads the plain "the first week of March")."""
    j = p.optional(i, "the")
    rank = _rank(p, j)
    if rank is None:
        return None
    number, k = rank
    if j > i and (number > 0 or p.word(j) in _LAST_WORDS):
        return None  # "the first week of March", "the last day of 2016": `Parser._nth`
    part: Grain | Recurring
    weekday = p.weekday(k)
    if weekday is not None:
        part, k = WeekdayTime(weekday[0]), weekday[1]
    else:
        grain = p.unit(k)
        if grain is None or p.word(k) in ("days", "weeks", "months", "years", "weekends"):
            return None
        if grain[0] in (Grain.QUARTER, Grain.HALF):
            return None  # "first quarter of 2014" is `Parser._part_of_year`'s
        part, k = grain
    if p.word(k) not in ("of", "in"):
        return None
    if j == i and number == -1 and not (isinstance(part, WeekdayTime) or part is Grain.DAY):
        return None  # "last week of" without "the" reads as "last week"
    container = _container(p, k + 1)
    if container is None:
        return None
    return NthIn(number, part, container[0]), container[1]


def _day_of_unit(p: Parser, i: int) -> Parsed[DateNode]:
    """ "the 20th of next month", "next month's 15th", "last week's Sunday"."""
    if p.word(i) == "the":
        day = p.day_number(i + 1)
        if day is None or (p.is_number(i + 1) and p.word(i + 2) not in ("st", "nd", "rd", "th")):
            return None
        of = p.sequence(day[1], "of")
        if of is None:
            return None
        unit_node = p._relative_unit(of)
        if unit_node is None or not isinstance(unit_node[0], Deictic):
            return None
        if unit_node[0].grain is not Grain.MONTH:
            return None
        return InContainer(DayOfMonthTime(day[0]), unit_node[0]), unit_node[1]
    unit_node = p._relative_unit(i)
    if unit_node is None or p.word(unit_node[1]) != "'s":
        return None
    node, j = unit_node[0], unit_node[1] + 1
    grain = getattr(node, "grain", None)
    weekday = p.weekday(j)
    if weekday is not None and grain is Grain.WEEK:
        return InContainer(WeekdayTime(weekday[0]), node), weekday[1]
    day = p.day_number(j)
    if day is not None and grain is Grain.MONTH:
        # "next month's 15th" (in figures, only with its suffix: "next month's 15" is not)
        if not p.is_number(j) or p.word(j + 1) in ("st", "nd", "rd", "th"):
            return InContainer(DayOfMonthTime(day[0]), node), day[1]
    return None


def _after_next(p: Parser, i: int) -> Parsed[DateNode]:
    """ "Friday after next", "the Monday after next", "the week after next"."""
    j = p.optional(i, "the")
    weekday = p.weekday(j)
    if weekday is not None:
        end = p.sequence(weekday[1], "after", "next")
        if end is None:
            return None
        node: DateNode = Pick(WeekdayTime(weekday[0]), "next")
        return Shifted(node, 1, Grain.WEEK), end
    if j == i:
        return None
    grain = p.unit(j)
    if grain is None or grain[0] not in _CONTAINER_GRAINS:
        return None
    end = p.sequence(grain[1], "after", "next")
    if end is None:
        end = p.sequence(grain[1], "before", "last")
        if end is None:
            return None
        return Deictic(grain[0], -2), end
    return Deictic(grain[0], 2), end


def _unit_of(p: Parser, i: int) -> Parsed[DateNode]:
    """ "the week of October 7th", "the week of the 14th"."""
    if p.word(i) != "the" or p.word(i + 1) not in ("week", "weekend") or p.word(i + 2) != "of":
        return None
    day = p._day(i + 3)
    if day is None:
        return None
    if p.word(i + 1) == "weekend":
        return None
    return UnitOf(day[0], Grain.WEEK), day[1]


def _counted_weekdays(p: Parser, i: int) -> Parsed[DateNode]:
    """ "3 Fridays from now", "two Mondays ago": the nth one after or before today."""
    count = p.cardinal(i)
    if count is None or not 1 <= count[0] <= 52:
        return None
    number, j = count
    word = p.word(j)
    if word not in PLURAL_WEEKDAYS and not (number == 1 and word in WEEKDAYS):
        return None
    weekday = WEEKDAYS[word]
    if p.sequence(j + 1, "from", "now") is not None:
        node: DateNode = Pick(WeekdayTime(weekday), "next")
        return Shifted(node, number - 1, Grain.WEEK), j + 3
    if p.word(j + 1) == "ago":
        node = Pick(WeekdayTime(weekday), "last")
        return Shifted(node, 1 - number, Grain.WEEK), j + 2
    return None


def _nearest(p: Parser, i: int) -> Parsed[DateNode]:
    """ "the closest Monday to Oct 5th", "the nearest Friday to Christmas"."""
    if p.word(i) != "the" or p.word(i + 1) not in ("closest", "nearest"):
        return None
    weekday = p.weekday(i + 2)
    if weekday is None or p.word(weekday[1]) != "to":
        return None
    day = p._day(weekday[1] + 1)
    if day is None:
        return None
    return Nearest(WeekdayTime(weekday[0]), day[0]), day[1]


def selection(p: Parser, i: int) -> Parsed[DateNode]:
    """The longest selection at token i (see the module docstring)."""
    word = p.word(i)
    following = p.word(i + 1)
    productions: tuple[Callable[[Parser, int], Parsed[DateNode]], ...]
    # Each first word begins only some of the selections, and most only before a few words.
    if word == "the":
        if following not in _AFTER_THE and not p.is_number(i + 1):
            return None
        productions = (_nth, _day_of_unit, _after_next, _unit_of, _nearest)
    elif word in WEEKDAYS:
        productions = (_after_next,) if following == "after" else ()
    elif word in ("last", "this", "next", "previous"):
        if p.word(i + 2) == "'s":
            productions = (_day_of_unit,)
        else:
            productions = (_nth,) if p.word(i + 2) in ("of", "in") else ()
    elif word in ("penultimate", "final") or word in ORDINALS or word in TENS:
        productions = (_nth,)
    elif p.is_number(i) or word in CARDINALS:
        productions = (_nth, _counted_weekdays)
        if following not in WEEKDAYS and following not in ORDINAL_SUFFIXES:
            return None
    else:
        return None
    best: Parsed[DateNode] = None
    for production in productions:
        found = production(p, i)
        if found is not None and (best is None or found[1] > best[1]):
            best = found
    return best


_AFTER_THE = frozenset(
    {*ORDINALS, *TENS, *WEEKDAYS, *_LAST_WORDS, "penultimate", "closest", "nearest"}
    | {"week", "weekend", "month", "quarter", "year"}
)
