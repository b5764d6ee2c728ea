"""Ranges: each end of "6-7 January 1942" or "April 6-7" takes what the other end states.

TimeML annotates each end of a range as its own expression. An end that is only a number
("6" in "6-7 January 1942", "17" in "1915-17", "499" in "499-493 BC") or that has no year
of its own ("31 May" in "31 May - 1 June 1916") borrows the rest from the other end. This
runs after the tagger has resolved every expression on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, timedelta

import attrs

from .._time._calendar import Grain
from .._time._lexicon import CARDINALS, MONTHS, WEEKDAYS, Token
from .._time._model import Interval, Timex, TimexType

__all__ = ["CONNECTORS", "DASHES", "complete_ranges"]

# Words and marks that join the two ends of a range, or two dates that share a year.
CONNECTORS = frozenset(
    {"-", "–", "—", "to", "and", "through", "thru", "till", "until", "or", "/", "&"}
)
DASHES = frozenset({"-", "–"})
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_BC_VALUE = re.compile(r"BC(\d{4})")
_YEAR_TEXT = re.compile(r"\d{4}")
# Values that a whole number of years can move: a month, day, season, quarter or half.
_MOVABLE_VALUE = re.compile(r"\d{4}-(\d\d|SP|SU|FA|WI|Q[1-4]|H[12])(-\d\d)?")
_FIRST_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\b")
_ONLY_DAY = re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?", re.IGNORECASE)
_LAST_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?$")
_WORD = re.compile(r"[a-z]+")


def complete_ranges(
    found: list[Timex], bounds: list[tuple[int, int]], tokens: list[Token], text: str
) -> list[Timex]:
    """`found` with the ends of ranges completed from each other, in text order.

    Args:
        found: the tagger's expressions, in text order and without overlaps.
        bounds: for each, the indexes of its first and last tokens.
        tokens: the tokens of `text`.
        text: the text they were found in.

    Returns:
        A new list: a first end given its year by the second replaced, and ends that are
        bare numbers added.
    """
    if not found:
        return found
    taken = {index for first, last in bounds for index in range(first, last + 1)}

    def joined(index: int) -> bool:
        return 0 <= index < len(tokens) and tokens[index].text in CONNECTORS

    def bare(index: int) -> bool:
        return 0 <= index < len(tokens) and index not in taken and _is_bare(tokens, index)

    result = list(found)
    dropped: set[int] = set()
    for position, (timex, (first, last)) in enumerate(zip(found, bounds, strict=True)):
        if timex.type is TimexType.DURATION and joined(first - 1) and first >= 2:
            # "between 6 and 9 months", "two to four days": the first end is a duration
            # in the unit of the second.
            counted = _first_amount(tokens, first, taken, text)
            if counted is not None:
                result.append(counted(timex))
            continue
        if joined(first - 1) and bare(first - 2) and not _named_before(tokens, first - 2):
            # "6-7 January 1942", "499-493 BC": a number, then this expression.
            before = _earlier_end(tokens[first - 2], timex)
            if before is not None:
                result.append(before)
        elif (
            joined(first - 1)
            and first >= 3
            and bare(first - 3)
            and not _named_before(tokens, first - 3)  # "Tuesday 13th-15th July"
        ):
            # "from 13th to 15th July": the first end keeps its ordinal suffix.
            ordinal = tokens[first - 2]
            before = _earlier_end(tokens[first - 3], timex)
            if before is not None and before.span is not None and _is_suffix(ordinal, before):
                span = (before.span[0], ordinal.end)
                result.append(attrs.evolve(before, text=text[span[0] : span[1]], span=span))
        if joined(last + 1) and bare(last + 2) and not _opens_a_date(tokens, last + 2):
            # "April 6-7", "1915-17": this expression, then a number.
            dashed = tokens[last + 1].text in DASHES
            after = _later_end(tokens[last + 2], timex, dashed=dashed)
            suffix = tokens[last + 3] if last + 3 < len(tokens) else None
            if after is not None and after.span is not None and _is_suffix(suffix, after):
                # "August 27th - 29th": the second end keeps its ordinal suffix.
                assert suffix is not None
                span = (after.span[0], suffix.end)
                after = attrs.evolve(after, text=text[span[0] : span[1]], span=span)
            following = position + 1
            if (
                after is not None
                and last + 4 < len(tokens)
                and tokens[last + 3].text == ","
                and following < len(found)
                and bounds[following][0] == last + 4
            ):
                # "April 6-7, 1915": the year written after the range is the second end's.
                dated = _with_year(after, found[following], text)
                if dated is not None:
                    after = dated
                    dropped.add(following)
                    result[position] = _in_year_of(timex, after)
            if after is not None:
                result.append(after)
        if position + 1 < len(found) and bounds[position + 1][0] == last + 1:
            # "the 1986 second quarter": a year written before a part of it.
            whole = _year_then_part(timex, found[position + 1], text)
            if whole is not None:
                result[position] = whole
                dropped.add(position + 1)
                continue
        if joined(last + 1) and position + 1 < len(found) and bounds[position + 1][0] == last + 2:
            # "31 May - 1 June 1916", "April and June 1955": the next one states the year.
            ranged = tokens[last + 1].text not in ("and", "or", "&", "/")
            result[position] = _in_year_of(timex, found[position + 1], ranged=ranged)
            if tokens[last + 1].text not in _LISTING:
                result[position] = _in_week_before(result[position], found[position + 1])
    kept = [timex for position, timex in enumerate(result) if position not in dropped]
    kept.sort(key=lambda timex: timex.span or (0, 0))
    return kept


_DURATION_VALUE = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")


def _first_amount(
    tokens: list[Token], first: int, taken: set[int], text: str
) -> Callable[[Timex], Timex] | None:
    """How to make the first end of a range of durations whose second starts at `first`."""
    connector, amount = tokens[first - 1], tokens[first - 2]
    if connector.text not in _AMOUNT_JOINERS or first - 2 in taken:
        return None
    if connector.text == "and" and (first < 3 or tokens[first - 3].text != "between"):
        return None
    if amount.kind == "n" and _is_bare(tokens, first - 2):
        number: str = amount.text
    elif amount.text in CARDINALS:
        number = str(CARDINALS[amount.text])
    else:
        return None
    second = tokens[first]
    if second.kind != "n" and second.text not in CARDINALS:
        return None  # "two to a few days" is no range of amounts

    def make(later: Timex) -> Timex:
        value = _DURATION_VALUE.fullmatch(later.value)
        if value is None:
            return later
        return Timex(
            text[amount.start : amount.end],
            TimexType.DURATION,
            f"P{value.group(1)}{number}{value.group(3)}",
            span=(amount.start, amount.end),
        )

    return make


_AMOUNT_JOINERS = frozenset({"to", "-", "–", "or", "and"})


def _is_bare(tokens: list[Token], index: int) -> bool:
    """Whether a token is a number standing alone (not "2,000", "1.5", "F-15" or "3 5")."""
    token = tokens[index]
    if token.kind != "n" or len(token.text) > 4:
        return False
    if index > 0:
        before = tokens[index - 1]
        if before.kind == "n" or (before.end == token.start and before.text not in ("(", "-", "–")):
            return False
    if index + 2 < len(tokens):
        after, next_after = tokens[index + 1], tokens[index + 2]
        if after.text in (".", ",") and after.start == token.end == next_after.start - 1:
            return next_after.kind != "n"
    return True


def _named_before(tokens: list[Token], index: int) -> bool:
    """Whether the number at `index` follows a weekday or month name, and so belongs to
    that date ("Tuesday 13", "July 13") whether or not it was found in the same stretch."""
    return index > 0 and (tokens[index - 1].text in WEEKDAYS or tokens[index - 1].text in MONTHS)


def _opens_a_date(tokens: list[Token], index: int) -> bool:
    """Whether the number at `index` begins a date of its own ("15th July", "15 July"), so
    that it is not the bare second end of a range (read so whether or not the date was
    found in the same stretch of text)."""
    following = index + 1
    if following < len(tokens) and tokens[following].text in ("st", "nd", "rd", "th"):
        following += 1
    return following < len(tokens) and tokens[following].text in MONTHS


def _is_suffix(token: Token | None, end: Timex) -> bool:
    return (
        token is not None
        and end.span is not None
        and token.start == end.span[1]
        and token.text in ("st", "nd", "rd", "th")
    )


def _earlier_hour(token: Token, later: Timex) -> Timex | None:
    """ "3" in "3-4pm": an hour before a time whose am or pm it shares."""
    moment = None if later.interval is None else later.interval.start
    suffix = later.text.lower().replace(".", "").replace(" ", "")[-2:]
    if moment is None or suffix not in ("am", "pm") or len(token.text) > 2:
        return None
    hour = int(token.text)
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour >= moment.hour and suffix == "pm":
        hour -= 12  # "9-5pm", "11-1pm": the first end is in the morning
    if not 0 <= hour < moment.hour:
        return None
    start = moment.replace(hour=hour, minute=0)
    value = start.strftime("%Y-%m-%dT%H:%M")
    if later.value[:10] != value[:10]:
        return None
    return _timex(token, value, Interval.unit(start, Grain.MINUTE), later, TimexType.TIME)


def _earlier_end(token: Token, later: Timex) -> Timex | None:
    """The first end of a range whose second end is `later`: "6" in "6-7 January 1942"."""
    if later.type is TimexType.TIME and later.mod is None:
        return _earlier_hour(token, later)
    if later.mod is not None or later.type is not TimexType.DATE:
        return None
    number = int(token.text)
    era = _BC_VALUE.fullmatch(later.value)
    if era is not None:
        # Years before the common era count down, and both ends are written in full.
        second = int(era.group(1))
        if number <= second or len(token.text) != len(str(second)):
            return None
        return _timex(token, f"BC{number:04d}", None, later)
    day = _DAY_VALUE.fullmatch(later.value)
    written = _FIRST_DAY.match(later.text)
    if day is None or written is None or int(written.group(1)) != int(day.group(3)):
        return None  # the second end must start with its day: "7 January", not "January 7"
    if len(token.text) > 2 or not 1 <= number < int(day.group(3)):
        return None
    value = f"{day.group(1)}-{day.group(2)}-{number:02d}"
    return _timex(token, value, _on_day(later.interval, number), later)


def _later_end(token: Token, earlier: Timex, *, dashed: bool) -> Timex | None:
    """The second end of a range whose first end is `earlier`: "7" in "April 6-7"."""
    if earlier.mod is not None or earlier.type is not TimexType.DATE:
        return None
    number = int(token.text)
    day = _DAY_VALUE.fullmatch(earlier.value)
    written = _LAST_DAY.search(earlier.text)
    if day is not None and written is not None and int(written.group(1)) == int(day.group(3)):
        if len(token.text) > 2 or not int(day.group(3)) < number <= 31:
            return None
        interval = _on_day(earlier.interval, number)
        if interval is None and earlier.interval is not None:
            return None  # no such day: "April 30-31"
        return _timex(token, f"{day.group(1)}-{day.group(2)}-{number:02d}", interval, earlier)
    if (
        dashed
        and earlier.interval is not None
        and earlier.interval.grain is Grain.YEAR
        and _YEAR_TEXT.fullmatch(earlier.text)
        and len(token.text) == 2
        and number > int(earlier.text) % 100
    ):
        # "1915-17": the second year keeps the century of the first.
        value = f"{int(earlier.text) // 100 * 100 + number:04d}"
        zone = earlier.interval.start.tzinfo
        assert zone is not None
        return _timex(token, value, Interval.from_value(value, zone), earlier)
    return None


def _with_year(day: Timex, year: Timex, text: str) -> Timex | None:
    """One expression of a day and the year written after it: "10, 1862"."""
    if (
        day.span is None
        or year.span is None
        or day.interval is None
        or _DAY_VALUE.fullmatch(day.value) is None
        or _YEAR_TEXT.fullmatch(year.text) is None
    ):
        return None
    span = (day.span[0], year.span[1])
    value = year.value + day.value[4:]
    interval = Interval.from_value(value, day.interval.start.tzinfo or UTC)
    return Timex(text[span[0] : span[1]], TimexType.DATE, value, interval=interval, span=span)


def _year_then_part(year: Timex, part: Timex, text: str) -> Timex | None:
    """One expression of a year and the quarter, half, season or month after it, which
    was read from context: "1986 second quarter" is 1986-Q2."""
    if (
        year.span is None
        or part.span is None
        or part.anchor is None
        or part.mod is not None
        or year.interval is None
        or year.interval.grain is not Grain.YEAR
        or _YEAR_TEXT.fullmatch(year.text) is None
        or _PART_VALUE.fullmatch(part.value) is None
    ):
        return None
    span = (year.span[0], part.span[1])
    value = year.value + part.value[4:]
    interval = Interval.from_value(value, year.interval.start.tzinfo or UTC)
    return Timex(text[span[0] : span[1]], TimexType.DATE, value, interval=interval, span=span)


# A part of a year in a value: a month, season, quarter or half (not a day: "1986 May 3"
# is not written so in running text).
_PART_VALUE = re.compile(r"\d{4}-(\d\d|SP|SU|FA|WI|Q[1-4]|H[12])")


def _in_year_of(first: Timex, second: Timex, *, ranged: bool = True) -> Timex:
    """`first` moved to the year that puts it on or before `second`.

    Only a first end read from context (it has an anchor) and written without a year is
    moved, and only when the second states its own year (no anchor) at a finer grain, or
    when both were read from context and came out backwards ("from October to March"
    read as October, then the March before it: a range runs forward). A first end that is
    only a day ("the 4th to the 11th of November") takes the month too. A weekday is never
    moved a year (it would fall on another weekday), nor is a list of weekdays a range
    ("issued statements Friday and Thursday").
    """
    if ranged and first.text.lower().rstrip(".") in WEEKDAYS:
        # "Monday to Friday": a weekday recurs every week, so a first end that came out
        # after the second is the one of the week before (never a year away).
        if first.interval is None or second.interval is None or first.anchor is None:
            return first
        if first.interval.start <= second.interval.start:
            return first
        week = timedelta(days=7)
        earlier = attrs.evolve(
            first.interval, start=first.interval.start - week, end=first.interval.end - week
        )
        value = (first.interval.start - week).strftime("%Y-%m-%d")
        return attrs.evolve(first, value=value, interval=earlier)
    if any(word in WEEKDAYS for word in _WORD.findall(first.text.lower())):
        return first
    only_day = _ONLY_DAY.fullmatch(first.text)
    second_day = _DAY_VALUE.fullmatch(second.value)
    if only_day is not None and second_day is not None and first.anchor is not None:
        number = int(only_day.group(1))
        interval = _on_day(second.interval, number)
        if number >= int(second_day.group(3)) or (interval is None) != (second.interval is None):
            return first
        value = f"{second_day.group(1)}-{second_day.group(2)}-{number:02d}"
        return attrs.evolve(first, value=value, interval=interval)
    if (
        first.anchor is None
        or first.interval is None
        or second.interval is None
        or (second.anchor is not None and first.interval.start <= second.interval.start)
        or second.interval.grain >= Grain.YEAR
        or first.type is not TimexType.DATE
        or _MOVABLE_VALUE.fullmatch(first.value) is None
        or _YEAR_TEXT.search(first.text) is not None
    ):
        return first
    start, end = first.interval.start, first.interval.end
    try:
        moved = start.replace(year=second.interval.start.year)
        if moved > second.interval.start:
            moved = start.replace(year=second.interval.start.year - 1)
        years = moved.year - start.year
        interval = attrs.evolve(first.interval, start=moved, end=end.replace(year=end.year + years))
    except ValueError:
        return first  # 29 February in another year
    if years == 0:
        return first
    value = f"{int(first.value[:4]) + years:04d}{first.value[4:]}"
    return attrs.evolve(first, value=value, interval=interval)


# Connectors that list dates rather than join the ends of a range.
_LISTING = frozenset({"and", "or", "/", "&"})


def _in_week_before(first: Timex, second: Timex) -> Timex:
    """A weekday read from context that came out after the second end of its range, moved
    back whole weeks: "from Monday to Wednesday" runs forward, on those weekdays."""
    if (
        first.anchor is None
        or second.anchor is None
        or first.interval is None
        or second.interval is None
        or first.interval.grain is not Grain.DAY
        or first.interval.start <= second.interval.start
        or not any(word in WEEKDAYS for word in _WORD.findall(first.text.lower()))
    ):
        return first
    weeks = (first.interval.start - second.interval.start).days // 7 + 1
    interval = first.interval.shift(-7 * weeks)
    return attrs.evolve(first, value=interval.value, interval=interval)


def _on_day(interval: Interval | None, day: int) -> Interval | None:
    """The day `day` of the month `interval` starts in (None if there is no such day)."""
    if interval is None:
        return None
    try:
        return Interval.unit(interval.start.replace(day=day), Grain.DAY)
    except ValueError:
        return None


def _timex(
    token: Token,
    value: str,
    interval: Interval | None,
    other: Timex,
    kind: TimexType = TimexType.DATE,
) -> Timex:
    return Timex(
        token.text,
        kind,
        value,
        interval=interval,
        span=(token.start, token.end),
        anchor=other.anchor,
    )
