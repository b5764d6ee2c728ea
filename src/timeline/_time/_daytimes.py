"""Times with days and parts of the day: "tonight at 11", "11 p.m. tonight", "this
afternoon at 3:20", "tomorrow morning at 9", "Monday early morning", "all week", "the rest
of the month", "this week-end".

A clock time told with a part of the day is on that part's day, and the part says am or
pm when the clock does not ("this afternoon at 3" is 15:00). Each rule composes the
grammar's own pieces: a part of a day (`Parser._named_part_of_day`, a day and a part), a
clock time (`Parser._clock`), a unit in focus (`Deictic`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._calendar import Grain, PartOfDay
from ._lexicon import PARTS_OF_DAY
from ._model import Mod
from ._nodes import (
    Anaphoric,
    AtTime,
    DateExpression,
    DateNode,
    Deictic,
    Expression,
    InPartOfDay,
)

if TYPE_CHECKING:
    from ._grammar import Parsed, Parser

__all__ = ["DAYTIME_WORDS", "day_and_clock", "daytime_expression", "on_part", "part_node"]

# Words that begin the expressions of this module and no other production, for the
# tagger to start at. "the rest of" is not among them: TimeML's extent of "for the rest of
# the week" is "the week", so running text leaves it to the annotators' reading, and only
# `resolve`, given the whole phrase, reads it.
DAYTIME_WORDS = frozenset({"all", "whole", "entire"})
_WHOLE_UNITS = {"day": Grain.DAY, "week": Grain.WEEK, "month": Grain.MONTH, "year": Grain.YEAR}
_EDGES = {"early": Mod.START, "late": Mod.END, "mid": Mod.MID}


_PART_WORDS = frozenset({*PARTS_OF_DAY, "tonight"})
_ANAPHORIC_DAYS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}


def anaphoric_part(p: Parser, i: int) -> Parsed[InPartOfDay]:
    """ "the next morning", "the following evening", "the previous night": a part of the
    day after (or before) the one in focus, as "the next day" is that day."""
    if p.word(i) != "the":
        return None
    offset = _ANAPHORIC_DAYS.get(p.word(i + 1))
    part = PARTS_OF_DAY.get(p.word(i + 2))
    if offset is None or part is None or p.word(i + 2).endswith("s"):
        return None
    if p.word(i + 2) == "overnight":
        return None
    return InPartOfDay(Anaphoric(Grain.DAY, offset), part), i + 3


def part_node(p: Parser, i: int) -> Parsed[InPartOfDay]:
    """A part of a named day: "tonight", "this afternoon", "tomorrow morning", "Monday
    night", "the next morning" (not a part of no day in particular, as "at night")."""
    anaphoric = anaphoric_part(p, i)
    if anaphoric is not None:
        return anaphoric
    named = p._named_part_of_day(i)
    if named is not None:
        return (named[0], named[1]) if isinstance(named[0], InPartOfDay) else None
    day = p._day(i)
    if day is None:
        return None
    part = p._part_of_day(day[1])
    return None if part is None else (InPartOfDay(day[0], part[0]), part[1])


def on_part(time: AtTime, part: InPartOfDay) -> AtTime | None:
    """The clock time `time` on the day of `part`, read as am or pm as the part says."""
    hour = time.hour
    if hour == 24:
        return None  # "midnight tonight" is already a day's end; leave it to the day rules
    if hour < 12 and part.part in (PartOfDay.AFTERNOON, PartOfDay.EVENING, PartOfDay.NIGHT):
        if part.part is PartOfDay.NIGHT and hour < 5:
            return None  # "tonight at 2" is the next calendar day: not guessed here
        hour += 12
    elif hour == 12 and part.part is PartOfDay.MORNING:
        return None  # "12 this morning": midnight or noon, nobody can say
    day: DateNode = part.day if part.day is not None else Deictic(Grain.DAY, 0)
    return AtTime(day, hour, time.minute, time.zone_minutes, time.second)


def day_and_clock(p: Parser, i: int) -> Parsed[DateNode]:
    """ "tonight at 11", "this afternoon at 3:20", "11 p.m. tonight", "9 tomorrow morning",
    and "the next morning" itself."""
    words = p.words
    if not any(words[k] in _PART_WORDS for k in range(i, i + 12)):
        return None  # every one of these names a part of the day within a few words
    part = part_node(p, i)
    if part is not None:
        anaphoric = anaphoric_part(p, i)
        j = p.optional(p.optional(part[1], ","), "at", "around", "about")
        time = p._clock(j)
        if time is not None and isinstance(time[0], AtTime) and time[0].day is None:
            node = on_part(time[0], part[0])
            if node is not None:
                return node, time[1]
        return anaphoric  # "the next morning" (other parts of days are the grammar's)
    time = p._clock(i)
    if time is None or not isinstance(time[0], AtTime) or time[0].day is not None:
        return None
    part = part_node(p, p.optional(time[1], "on"))
    if part is None:
        return None
    node = on_part(time[0], part[0])
    return None if node is None else (node, part[1])


def daytime_expression(p: Parser, i: int) -> Parsed[Expression]:
    """ "the rest of the week", "all week", "Monday early morning", "this week-end"."""
    word = p.word(i)
    j = p.optional(i, "the")
    if p.word(j) in ("rest", "remainder") and p.word(j + 1) == "of":
        # The part of this unit still to come: as "later this week", from tomorrow on.
        k = p.optional(j + 2, "the", "this")
        grain = _WHOLE_UNITS.get(p.word(k))
        if grain is None or grain is Grain.DAY:
            return None
        return DateExpression(Deictic(grain, 0), Mod.END, relative_to_today=True), k + 1
    if word in ("all", "whole", "entire") or (word == "the" and p.word(i + 1) in ("whole",)):
        k = i + 1 if word != "the" else i + 2
        k = p.optional(k, "this")
        grain = _WHOLE_UNITS.get(p.word(k))
        if grain is None or p.word(k - 1) not in ("all", "this", "whole", "entire"):
            return None
        if word in ("whole", "entire") and p.word(k - 1) != "this":
            return None  # "whole week" alone is a length of time
        return DateExpression(Deictic(grain, 0)), k + 1
    if word in ("this", "last", "next") and p.sequence(i + 1, "week", "-", "end") is not None:
        offset = {"this": 0, "last": -1, "next": 1}[word]
        return DateExpression(Deictic(Grain.WEEKEND, offset)), i + 4
    day = p._day(i)
    if day is not None and p.word(day[1]) in _EDGES:
        # "Monday early morning", "tomorrow late evening": the edge of that part.
        part = p._part_of_day(day[1] + 1)
        if part is not None:
            mod = _EDGES[p.word(day[1])]
            return DateExpression(InPartOfDay(day[0], part[0]), mod), part[1]
    return None
