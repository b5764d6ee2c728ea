"""Clock notations beyond "3 p.m." and "15:00", as people write and say them.

"quarter past 3", "twenty to four", "half past 3 pm", "ten thirty am", "15h30", "3:18a",
"330 p.m.", "15:23:24", "12 noon", "at 1030". Each is a rule over the grammar's own
pieces (numbers, am/pm, parts of the day, zones), so a time read here composes with days
("tomorrow at quarter past 3") as any other clock time does. A notation that could also
be a count or a score ("20 to 4", "at 5") is a time only where English makes it one: with
a spoken minute word, an am/pm or part of the day after it, or "at" before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._daytimes import on_part, part_node
from ._lexicon import CARDINALS, PARTS_OF_DAY, WEEKDAYS, ZONES, Token
from ._nodes import AtTime, DateNode

if TYPE_CHECKING:
    from ._grammar import Parsed, Parser

__all__ = ["clock_at", "clock_notation", "fraction_of_unit"]

# "past"/"after" count minutes after the hour; "to"/"till"/"before"/"of" before it. Only
# "past" and "to" are clock words on their own: the others need a spoken minute word.
_TOWARD = {"past": 1, "after": 1, "to": -1, "till": -1, "til": -1, "before": -1, "of": -1}
_CLOCK_ONLY = frozenset({"past", "to"})
_AM_PM_LETTERS = {"a": "am", "p": "pm"}
# Words after "at 5" that make the number a time: a day follows ("at 5 tomorrow").
_DAY_WORDS = frozenset({"today", "tomorrow", "tonight", "yesterday", "on", *WEEKDAYS})
# Words that may follow "3 in the morning" when it is a time, not a noun's modifier.
_AFTER_TIME_WORDS = frozenset({"on", "of", "and", "or", "local", "when", *_DAY_WORDS, *ZONES})
# ... and before it, across "at": "tomorrow at 5", "Monday morning at 9".
_AFTER_DAY_WORDS = (_DAY_WORDS - {"on"}) | set(PARTS_OF_DAY)
_MINUTE_WORDS = frozenset({"minute", "minutes", "min", "mins"})
# The words that can follow the first token of a notation (see `clock_notation`).
_SECOND_WORDS = frozenset(
    {":", "h", "a", "p", "am", "pm", "o'clock", "o", "oh", "noon", "midnight", "midday"}
    | {"quarter", "in", "at", "this", "last", "next", "the", "yesterday", "-", "("}
    | _MINUTE_WORDS
    | set(_TOWARD)
    | _DAY_WORDS
    | set(PARTS_OF_DAY)
    | set(ZONES)
)


def clock_notation(p: Parser, i: int) -> Parsed[DateNode]:
    """The longest clock notation at token i that `Parser._plain_clock` does not read."""
    word = p.word(i)
    following = p.word(i + 1)
    # Every notation here has one of these words after its first, or "at" before it:
    # most numbers and number words in running text are refused at once.
    if following not in _SECOND_WORDS and following not in CARDINALS and p.word(i - 1) != "at":
        return None
    if word in ("quarter", "half", "a") or word in CARDINALS:
        return _longest_of(_relative_to_hour(p, i), _spoken(p, i))
    if not p.is_number(i):
        return None
    return _longest_of(_relative_to_hour(p, i), _compact(p, i), _spoken(p, i))


def _longest_of(*candidates: Parsed[DateNode]) -> Parsed[DateNode]:
    best: Parsed[DateNode] = None
    for candidate in candidates:
        if candidate is not None and (best is None or candidate[1] > best[1]):
            best = candidate
    return best


def _finish(
    p: Parser, hour: int, minute: int, j: int, *, start: int, required: bool
) -> Parsed[DateNode]:
    """The time with what may follow it: am/pm, "o'clock", a part of the day, a zone.

    `required`: the notation that starts at token `start` is not a time alone ("ten
    thirty"), so something must follow it or "at" must come before it.
    """
    suffix = p.word(j)
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        return p._zoned(AtTime(None, hour % 12 + (12 if suffix == "pm" else 0), minute), j + 1)
    if suffix == "o'clock" or p.sequence(j, "o", "'", "clock") is not None:
        j = j + 1 if suffix == "o'clock" else j + 3
        required = False
    if hour <= 12:
        node, end = p._clock_part(hour, minute, j)
    else:
        node, end = p._zoned(AtTime(None, hour, minute), j)
    if required and end == j and p.word(start - 1) != "at":
        return None
    return node, end


def _hour(p: Parser, i: int, *, spoken_only: bool = False) -> Parsed[int]:
    """An hour of the clock: "3", "15", "three", "noon" (12), "midnight" (24)."""
    word = p.word(i)
    if word in ("noon", "midday"):
        return 12, i + 1
    if word == "midnight":
        return 24, i + 1
    if p.is_number(i):
        if spoken_only or len(word) > 2 or int(word) > 23:
            return None
        return int(word), i + 1
    value = CARDINALS.get(word)
    if value is None or not 1 <= value <= 12:
        return None
    return value, i + 1


def _relative_to_hour(p: Parser, i: int) -> Parsed[DateNode]:
    """ "quarter past 3", "a quarter to noon", "half past ten pm", "20 minutes to 4"."""
    j = i + 1 if p.word(i) == "a" and p.word(i + 1) == "quarter" else i
    word = p.word(j)
    spoken = True
    if word == "quarter":
        minutes, j = 15, j + 1
    elif word == "half":
        minutes, j = 30, j + 1
    else:
        count = p.cardinal(j)
        if count is None or not 1 <= count[0] <= 59 or (p.is_number(j) and len(word) > 2):
            return None
        minutes, j = count
        spoken = p.word(j) in _MINUTE_WORDS
        if spoken:
            j += 1
        elif p.is_number(i) and minutes <= 12:
            return None  # "3 to 4 pm" is a range of hours; "20 to 4" can only be a time
    direction = _TOWARD.get(p.word(j))
    if direction is None or (word == "half" and direction < 0):
        return None  # "half to" is not English
    # "ten after five" is a time only with am/pm after it: "past" and "to" say it alone.
    needs_am_pm = not spoken and p.word(j) not in _CLOCK_ONLY
    hour = _hour(p, j + 1)
    if hour is None:
        return None
    value, k = hour
    if value == 12 and p.word(k) in ("noon", "midnight"):
        value, k = (12 if p.word(k) == "noon" else 24), k + 1  # "quarter to 12 noon"
    if value == 24 and direction > 0:
        value = 0  # "a quarter past midnight" is early in the day
    suffix = p.word(k)
    if suffix in ("am", "pm") and 1 <= value <= 12:
        value, k = value % 12 + (12 if suffix == "pm" else 0), k + 1
        total = (value * 60 + direction * minutes) % (24 * 60)
        return p._zoned(AtTime(None, *divmod(total, 60)), k)
    if needs_am_pm:
        return None
    total = (value * 60 + direction * minutes) % (24 * 60)
    hours, rest = divmod(total, 60)
    if p.word(k - 1) in ("noon", "midday", "midnight"):
        return p._zoned(AtTime(None, hours, rest), k)
    if not spoken and p.word(i - 1) != "at":
        # "20 to 4" is a score or a vote unless something says it is a time.
        found = _finish(p, hours, rest, k, start=i, required=False)
        if found is None or found[1] == k:
            return None
        return found
    return _finish(p, hours, rest, k, start=i, required=False)


def _spoken(p: Parser, i: int) -> Parsed[DateNode]:
    """ "ten thirty am", "seven fifteen in the evening", "at nine forty-five", "12 noon"."""
    if p.word(i) in ("12", "twelve") and p.word(i + 1) in ("noon", "midnight"):
        return p._zoned(AtTime(None, 12 if p.word(i + 1) == "noon" else 24, 0), i + 2)
    hour = _hour(p, i, spoken_only=True)
    if hour is None or hour[0] > 12:
        return None
    value, j = hour
    if p.word(j) == "o'clock" or p.sequence(j, "o", "'", "clock") is not None:
        return _finish(p, value, 0, j, start=i, required=True)  # "three o'clock"
    if p.word(j) in ("in", "at") and p._part_of_day(j) is not None and not p.is_number(i):
        return _finish(p, value, 0, j, start=i, required=True)  # "three in the morning"
    part = None if p.is_number(i) else part_node(p, p.optional(j, "on"))
    if part is not None and on_part(AtTime(None, value, 0), part[0]) is not None:
        return AtTime(None, value, 0), j  # "six this evening": the day rules add the day
    if p.word(j) in ("oh", "o") and p.word(j + 1) in CARDINALS:
        minute = CARDINALS[p.word(j + 1)]
        if not 1 <= minute <= 9:
            return None
        j += 2
    else:
        count = p.cardinal(j)
        if count is None or p.is_number(j) or not 10 <= count[0] <= 59:
            return None
        minute, j = count
    return _finish(p, value, minute, j, start=i, required=True)


def _compact(p: Parser, i: int) -> Parsed[DateNode]:
    """ "15h30", "8h GMT", "3:18a", "3p", "330 p.m.", "15:23:24", "at 1030", "at 5 tomorrow"."""
    digits = p.word(i)
    j = i + 1
    after = p.word(j)
    if after == "h" and p.touching(j) and len(digits) <= 2:
        hour, minute = int(digits), 0
        if p.is_number(j + 1) and p.touching(j + 1) and len(p.word(j + 1)) == 2:
            minute, j = int(p.word(j + 1)), j + 2
        elif ZONES.get(p.word(j + 1)) is None and p.word(i - 1) != "at":
            return None  # "8h" alone is eight hours
        else:
            j += 1
        if hour > 23 or minute > 59:
            return None
        return p._zoned(AtTime(None, hour, minute), j)
    if (
        after == ":"
        and p.word(j + 2) == ":"
        and all(p.touching(k) and p.is_number(k + 1) for k in (j, j + 2))
        and all(p.touching(k + 1) and len(p.word(k + 1)) == 2 for k in (j, j + 2))
    ):
        hour, minute, second = int(digits), int(p.word(j + 1)), int(p.word(j + 3))
        if len(digits) > 2 or hour > 23 or minute > 59 or second > 59:
            return None
        j += 4
        suffix = p.word(j)
        if len(digits) == 1 and suffix not in ("am", "pm") and ZONES.get(suffix) is None:
            return None  # "won in 2:21:47": an elapsed time; a clock writes "02:21:47"
        if suffix in ("am", "pm"):
            if not 1 <= hour <= 12:
                return None
            hour, j = hour % 12 + (12 if suffix == "pm" else 0), j + 1
        found = p._zoned(AtTime(None, hour, minute), j)
        node = found[0]
        assert isinstance(node, AtTime)
        return AtTime(None, node.hour, node.minute, node.zone_minutes, second), found[1]
    minute = 0
    last = i
    if after == ":" and p.is_number(j + 1) and p.touching(j) and p.touching(j + 1):
        if len(p.word(j + 1)) != 2:
            return None
        minute, last, j = int(p.word(j + 1)), j + 1, j + 2
    letter = _AM_PM_LETTERS.get(p.word(j))
    if letter is not None and p.touching(j) and j == last + 1 and len(digits) <= 2:
        # "3p", "3:18a": am/pm shortened to its letter, written against the number.
        hour = int(digits)
        if not 1 <= hour <= 12 or minute > 59 or p.word(j + 1) == "." or p.is_number(j + 1):
            return None
        return p._zoned(AtTime(None, hour % 12 + (12 if letter == "pm" else 0), minute), j + 1)
    if j > i + 1:
        return None
    if len(digits) in (3, 4) and p.word(j) in ("am", "pm"):
        # "330 p.m.", "1130 am": the colon left out.
        hour, minute = int(digits[:-2]), int(digits[-2:])
        if not 1 <= hour <= 12 or minute > 59:
            return None
        return p._zoned(AtTime(None, hour % 12 + (12 if p.word(j) == "pm" else 0), minute), j + 1)
    if len(digits) <= 2 and 1 <= int(digits) <= 12:
        # "3 in the morning", "9 tomorrow", "6 this evening": a bare hour, made a time by
        # what follows (the day rules put it on that day).
        hour = int(digits)
        if p.word(i - 1) in ("-", "–", "to", ":", "/") and p.is_number(i - 2):
            return None  # "won 3-1 last night": the end of a score, not an hour
        if p.word(j) in ("tomorrow", "tonight", "today"):
            return AtTime(None, hour, 0), j
        named = part_node(p, p.optional(j, "on"))
        if named is not None and on_part(AtTime(None, hour, 0), named[0]) is not None:
            return AtTime(None, hour, 0), j
        if p._part_of_day(j) is not None and p.word(j) in ("in", "at"):
            found = p._clock_part(hour, 0, j)
            following = found[1]
            # "3 in the morning", but not "3 in the morning attack".
            if p.ends_phrase(following) or p.word(following) in _AFTER_TIME_WORDS:
                return found
    if p.word(i - 1) != "at":
        return None
    if len(digits) == 4:
        # "at 1030": with "at", four figures that can be a clock time are one.
        hour, minute = int(digits[:2]), int(digits[2:])
        if hour > 23 or minute > 59:
            return None
        if p.word(j) in (",", ".") and p.is_number(j + 1) and p.touching(j + 1):
            return None  # "closed at 1605.22": an index, not a time
        if p.kinds[j] == "w" and p.word(j) not in _DAY_WORDS and ZONES.get(p.word(j)) is None:
            return None  # "at 1200 points"
        return p._zoned(AtTime(None, hour, minute), j)
    if len(digits) <= 2 and int(digits) <= 23:
        # "at 5 tomorrow", "tomorrow at 5": an hour alone, where a day or nothing follows.
        hour = int(digits)
        alone = i == 1 and j == p.count
        if alone or p.word(j) in _DAY_WORDS or p.word(i - 2) in _AFTER_DAY_WORDS:
            if p.word(j) in _DAY_WORDS or p.ends_phrase(j):
                return p._zoned(AtTime(None, hour, 0), j)
    return None


_FRACTIONS = {("1", "4"): 0.25, ("1", "2"): 0.5, ("3", "4"): 0.75}


def fraction_of_unit(p: Parser, i: int) -> Parsed[float]:
    """A fraction of the unit that follows: "a quarter of an hour", "three quarters of a
    day", "1/4h", "1/2 hour" (the unit itself is left for the caller to read)."""
    word = p.word(i)
    if p.is_number(i):
        value = _FRACTIONS.get((word, p.word(i + 2)))
        if value is None or p.word(i + 1) != "/" or not (p.touching(i + 1) and p.touching(i + 2)):
            return None
        return value, i + 3
    j = i + 1 if word in ("a", "one") else i
    if p.word(j) == "quarter":
        value, j = 0.25, j + 1
    elif p.word(j) == "three" and p.word(j + 1) == "quarters":
        value, j = 0.75, j + 2
    else:
        return None
    if p.word(j) == "of" and p.word(j + 1) in ("a", "an", "the"):
        return value, j + 2
    return None


def clock_at(tokens: list[Token], index: int) -> bool:
    """Whether the number token at `index`, alone after "at", is a clock time in four
    figures ("at 1030."), not a year or a quantity ("at 1200 points", "at 1605.22")."""
    digits = tokens[index].text
    if len(digits) != 4 or not digits.isdigit():
        return False
    if int(digits[:2]) > 23 or int(digits[2:]) > 59:
        return False
    if index + 1 >= len(tokens):
        return True
    after = tokens[index + 1]
    if after.kind in ("w", "n"):
        return False
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    decimal = following is not None and following.kind == "n" and following.start == after.end
    return not (after.text in (".", ",") and decimal)
