"""`resolve`: one time expression, resolved against the publication date."""

from __future__ import annotations

import difflib
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Literal

from .._errors import InvalidTypeError, InvalidValueError, ParseError, TimelineError
from ._calendar import Grain
from ._fallback import absolute_date
from ._genre import Genre, genre_of
from ._grammar import VOCABULARY, Parser
from ._lexicon import Token, tokenize
from ._model import Interval, Mod, Timex, TimexType, wall_interval
from ._nodes import (
    AtTime,
    Context,
    DateExpression,
    DurationExpression,
    Expression,
    Impossible,
    SetExpression,
    Slot,
    SpanExpression,
    Unanchored,
    VagueExpression,
    absolute_shift,
    format_slot,
    part_of,
    shift_moment,
    unit,
)
from ._published import coerce_date
from ._range_span import RANGE_JOINERS, range_timex

__all__ = ["Tense", "resolve"]

Tense = Literal["past", "present", "future"]
_TENSES = ("past", "present", "future")

# Words a caller may leave in front of an expression; TimeML leaves them out of extents.
_TRAILING = frozenset({".", ",", ";", ":", "!", "?", "'s"})
_PREPOSITIONS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "over",
        "since",
        "from",
        "by",
        "until",
        "till",
        "through",
        "throughout",
        "for",
        "of",
        "around",
        "before",
        "after",
        "within",
        "as",
    }
)


def resolve(
    expression: str,
    published: date | datetime | str,
    *,
    tense: Tense | None = None,
    reference: date | datetime | str | Interval | Timex | None = None,
    genre: Genre | str | None = None,
) -> Timex:
    """Resolve one time expression against the story's publication date.

    Args:
        expression: the expression alone, e.g. ``"late Sunday"``, ``"last week"``,
            ``"three days ago"``; a leading preposition ("on Monday") is allowed.
        published: the publication date. A `date` is that day in UTC; a naive `datetime`
            is UTC; an aware one keeps its zone, and every interval is in that zone. An
            ISO string (``"2017-09-25"``, ``"2017-09-25T14:30+02:00"``) is read as the
            date or datetime it writes. The clock and the machine's time zone are never
            read.
        tense: the tense of the clause, which decides the direction of a bare weekday,
            month or holiday: ``"past"`` (the default: news narration looks back to the most
            recent occurrence on or before publication), ``"future"`` (the next on or after
            it) or ``"present"`` (the nearest).
        reference: the last date mentioned, for anaphora ("the following day", "two days
            later", "that week"); defaults to `published`. An ISO string is read as
            for `published`.
        genre: ``"news"`` (the default) or ``"narrative"``. In a narrative a date of the
            year without a year ("in June") is read in the year of `reference` when that
            is two or more years before publication, as a history reads it after "In
            1944, ..."; in news it stays near the publication date (see `Genre`).

    Returns:
        A `Timex` with the TIMEX3 type, value and mod, and the interval it names.

    Raises:
        ParseError: `expression` is not a time expression (the message quotes it and says
            what was not understood), or names an impossible date.
        InvalidTypeError: an argument is of the wrong type.
        InvalidValueError: `tense` is not one of the three tenses, or `genre` no genre, or
            `published` or `reference` is a string that is not an ISO date or date and time.

    >>> resolve("late Sunday", date(2017, 9, 25)).value
    '2017-09-24'
    >>> resolve("Thursday", date(2017, 9, 25), tense="future").value
    '2017-09-28'
    """
    if not isinstance(expression, str):
        raise InvalidTypeError(
            f"resolve: expected the expression as a str, got {type(expression).__name__} "
            f"{expression!r}"
        )
    when = coerce_date(published, "published")  # read once, before the genre needs it
    context = make_context(when, tense, reference, genre_of(genre, when))
    tokens = [token for token in tokenize(expression) if token.kind != "b"]
    if not tokens:
        raise ParseError(expression, "expected a time expression such as 'last week', got nothing")
    return _resolve_tokens(expression, tokens, context, when, genre)


def make_context(
    published: date | datetime | str | None,
    tense: str | None,
    reference: date | datetime | str | Interval | Timex | None,
    genre: Genre = Genre.NEWS,
) -> Context:
    """Check the arguments shared by `resolve` and `tag`, and build a Context."""
    published = coerce_date(published, "published")
    if isinstance(reference, str):
        reference = coerce_date(reference, "reference")
    if tense is not None and tense not in _TENSES:
        raise InvalidValueError(
            f"tense: expected one of 'past', 'present', 'future' or None, got {tense!r}"
        )
    now: datetime | None
    zone: tzinfo = UTC
    has_time = False
    if published is None:
        now = None
    elif isinstance(published, datetime):
        if published.tzinfo is not None and published.utcoffset() is not None:
            zone = published.tzinfo
        now = published.replace(tzinfo=None)
        has_time = True
    else:
        now = datetime(published.year, published.month, published.day)
    if now is not None:
        # The publication day anchors everything; one the calendar cannot hold in full
        # (9999-12-31, whose end is in the year 10000) would make every expression fail.
        try:
            wall_interval(*_day_around(now), zone, Grain.DAY)
        except (InvalidValueError, OverflowError):
            raise InvalidValueError(
                "published: expected a date whose whole day the calendar can hold "
                f"(0001-01-01 to 9999-12-30 in its zone), got {published!r}"
            ) from None
    try:
        slot = reference_slot(reference, zone)
    except OverflowError:
        raise InvalidValueError(
            "reference: expected a date or moment the calendar can hold in the publication's "
            f"zone, got {reference!r}"
        ) from None
    context = Context(
        now,
        zone,
        has_time=has_time,
        tense=tense or "past",
        reference=slot,
        news=genre is Genre.NEWS,
    )
    stated = context.reference
    if genre is Genre.NARRATIVE and stated is not None and stated.grain <= Grain.YEAR:
        # A narrative's reference is where its story is: the year a bare date is read in.
        context.latest_textual = stated
        if stated.grain < Grain.YEAR:
            context.narrated = stated
    return context


def _day_around(moment: datetime) -> tuple[datetime, datetime]:
    start = datetime(moment.year, moment.month, moment.day)
    return start, start + timedelta(days=1)


def reference_slot(
    reference: date | datetime | Interval | Timex | None, zone: tzinfo
) -> Slot | None:
    """The reference time as a naive wall-clock slot in the publication's zone."""
    if reference is None:
        return None
    if isinstance(reference, Timex):
        if reference.interval is None:
            raise InvalidValueError(
                f"reference: expected a Timex with an interval, got {reference.value!r} "
                f"({reference.text!r}), which has none"
            )
        reference = reference.interval
    if isinstance(reference, Interval):
        start = reference.start.astimezone(zone).replace(tzinfo=None)
        end = reference.end.astimezone(zone).replace(tzinfo=None)
        return Slot(start, end, reference.grain)
    if isinstance(reference, datetime):
        if reference.utcoffset() is not None:
            reference = reference.astimezone(zone)
        moment = reference.replace(tzinfo=None)
        return Slot(moment, moment + timedelta(minutes=1), Grain.MINUTE)
    if isinstance(reference, date):
        return unit(datetime(reference.year, reference.month, reference.day), Grain.DAY)
    raise InvalidTypeError(
        "reference: expected a date, datetime, Interval, Timex or None, got "
        f"{type(reference).__name__} {reference!r}"
    )


def _resolve_tokens(
    text: str,
    tokens: list[Token],
    context: Context,
    published: date | datetime | None = None,
    genre: Genre | str | None = None,
) -> Timex:
    while tokens and tokens[-1].kind == "p" and tokens[-1].text in _TRAILING:
        tokens = tokens[:-1]
    if not tokens:
        raise ParseError(text, "expected a time expression such as 'last week', got punctuation")
    parsed, problem = _parse(tokens)
    if parsed is None or parsed[1] < len(tokens):
        if published is not None and any(token.text in RANGE_JOINERS for token in tokens):
            # "July 13-15", "from 9am to 5pm": the stretch between the ends `tag` finds.
            stretch = range_timex(text, published, context.tense, genre)
            if stretch is not None:
                return stretch
        if problem is None:
            found = absolute_date(text)
            if found is not None:
                return _absolute_timex(text, found, context)
        reason = problem or _explain(text, tokens, parsed)
        raise ParseError(text, reason, position=_stop(tokens, parsed))
    try:
        return evaluate(parsed[0], context, text=text)
    except Impossible as error:
        raise ParseError(text, str(error)) from None


def _absolute_timex(text: str, found: Slot, context: Context) -> Timex:
    zone = context.zone
    interval = wall_interval(found.start, found.end, zone, found.grain)
    kind = TimexType.TIME if found.grain <= Grain.PART_OF_DAY else TimexType.DATE
    return Timex(text, kind, format_slot(found), interval=interval)


_Parsed = tuple[tuple[Expression, int] | None, str | None]
_PARSES: dict[tuple[tuple[str, str, bool], ...], _Parsed] = {}
_MAX_PARSES = 4096


def _parse(tokens: list[Token]) -> _Parsed:
    """The parse of a whole expression and the reason it failed, if it did.

    What an expression means depends only on its words, their kinds and which of them
    touch, never on the publication date, so each distinct shape is parsed once: news
    repeats "last week" and "on Monday" endlessly. Parse trees are immutable.
    """
    shape = tuple(
        (token.text, token.kind, index > 0 and tokens[index - 1].end == token.start)
        for index, token in enumerate(tokens)
    )
    cached = _PARSES.get(shape)
    if cached is not None:
        return cached
    parser = Parser(tokens)
    parsed = parser.expression_at(0)
    if (parsed is None or parsed[1] < len(tokens)) and tokens[0].text in _PREPOSITIONS:
        # What follows a preposition, read where it stands: "at night" is not "night".
        after = parser.expression_at(1)
        if after is not None and after[1] == len(tokens):
            parsed = after
    if len(_PARSES) >= _MAX_PARSES:
        _PARSES.clear()  # a bound, not an LRU: simple, and refilling is cheap
    result = _PARSES[shape] = (parsed, parser.problem)
    return result


def _stop(tokens: list[Token], parsed: tuple[Expression, int] | None) -> int:
    index = 0 if parsed is None else parsed[1]
    return tokens[min(index, len(tokens) - 1)].start


_KNOWN_WORDS = sorted(VOCABULARY)


def _explain(text: str, tokens: list[Token], parsed: tuple[Expression, int] | None) -> str:
    for token in tokens:
        if token.kind == "w" and token.text not in _KNOWN_WORDS and len(token.text) > 3:
            close = difflib.get_close_matches(token.text, _KNOWN_WORDS, n=1, cutoff=0.8)
            if close:
                word = text[token.start : token.end]
                return f"unknown word {word!r} (did you mean {close[0]!r}?)"
    if parsed is not None:
        rest = text[tokens[parsed[1]].start :]
        understood = text[: tokens[parsed[1] - 1].end]
        return f"understood {understood!r} but not what follows: {rest!r}"
    return "not a time expression"


def evaluate(
    expression: Expression, context: Context, *, text: str, span: tuple[int, int] | None = None
) -> Timex:
    """Compute the Timex of a parsed expression (shared with the tagger).

    Raises:
        Impossible: the expression names no real time ("30 February"), or one outside
            the years 1 to 9999 that dates can hold ("9999 AD" ends in the year 10000).
    """
    context.used = context.used_reference = context.counted_from = None
    context.consulted = False
    try:
        return _evaluated(expression, context, text, span)
    except InvalidValueError:
        # An interval UTC cannot hold: a day at the calendar's edge in a zone far from UTC.
        raise Impossible(f"{text!r} reaches outside the years 1 to 9999") from None
    except TimelineError:
        raise
    except (OverflowError, ValueError):
        # Our own checks raise TimelineErrors; what else fails here is date arithmetic
        # running past the calendar.
        raise Impossible(f"{text!r} reaches outside the years 1 to 9999") from None


def _evaluated(
    expression: Expression, context: Context, text: str, span: tuple[int, int] | None
) -> Timex:
    if isinstance(expression, DateExpression):
        return _date_timex(expression, context, text, span)
    if isinstance(expression, DurationExpression):
        return Timex(text, TimexType.DURATION, expression.duration.value, expression.mod, span=span)
    if isinstance(expression, SpanExpression):
        return _span_timex(expression, context, text, span)
    if isinstance(expression, SetExpression):
        return Timex(
            text,
            TimexType.SET,
            expression.value,
            quant=expression.quant,
            freq=expression.freq,
            span=span,
        )
    assert isinstance(expression, VagueExpression)
    return Timex(text, TimexType.DATE, expression.reference.value, span=span)


def _date_timex(
    expression: DateExpression, context: Context, text: str, span: tuple[int, int] | None
) -> Timex:
    node = expression.node
    mod = expression.mod
    try:
        slot = node.slot(context)
    except Unanchored:
        value = node.pattern()
        kind = TimexType.TIME if "T" in value else TimexType.DATE
        return Timex(text, kind, value, mod, span=span)
    zone = context.zone
    suffix = ""
    if isinstance(node, AtTime) and node.zone_minutes is not None:
        zone = timezone(timedelta(minutes=node.zone_minutes))
        suffix = "Z" if node.zone_minutes == 0 else _offset_text(node.zone_minutes)
    value = format_slot(slot) + suffix
    narrowed = slot
    if mod in (Mod.START, Mod.MID, Mod.END):
        narrowed = part_of(slot, mod)
        if expression.relative_to_today:
            today = context.today()
            if mod is Mod.START and slot.start < today.start:
                narrowed = Slot(slot.start, today.start, slot.grain)
            elif mod is Mod.END and today.end < slot.end:
                narrowed = Slot(today.end, slot.end, slot.grain)
    kind = TimexType.TIME if slot.grain <= Grain.PART_OF_DAY else TimexType.DATE
    interval = wall_interval(narrowed.start, narrowed.end, zone, slot.grain)
    return Timex(text, kind, value, mod, interval, span=span, anchor=_anchor(context))


def _span_timex(
    expression: SpanExpression, context: Context, text: str, span: tuple[int, int] | None
) -> Timex:
    value = expression.duration.value
    try:
        if expression.from_reference:
            base_slot = context.reference_slot(Grain.DAY, counting=True)
            base = unit(base_slot.start, Grain.DAY)
        else:
            base = context.today()
    except Unanchored:
        return Timex(text, TimexType.DURATION, value, span=span)
    grain = expression.grain
    amount = expression.amount
    if grain <= Grain.HOUR and context.has_time and not expression.from_reference:
        assert context.now is not None
        step = {Grain.SECOND: 1, Grain.MINUTE: 60, Grain.HOUR: 3600}[grain]
        seconds = round(amount * step)
        if expression.forward:
            start, end = context.now, absolute_shift(context.now, context.zone, seconds)
        else:
            start, end = absolute_shift(context.now, context.zone, -seconds), context.now
    else:
        count = round(amount) if float(amount).is_integer() else None
        if count is None:
            return Timex(text, TimexType.DURATION, value, span=span, anchor=_anchor(context))
        if expression.forward:
            start, end = base.end, shift_moment(base.end, grain, count)
        else:
            start, end = shift_moment(base.end, grain, -count), base.end
    zone = context.zone
    interval = wall_interval(start, end, zone, grain)
    return Timex(
        text, TimexType.DURATION, value, interval=interval, span=span, anchor=_anchor(context)
    )


def _anchor(context: Context) -> datetime | None:
    if context.used in ("reference", "narrative") and context.used_reference is not None:
        return context.used_reference.start.replace(tzinfo=context.zone)
    if context.used is not None and context.now is not None:
        return context.now.replace(tzinfo=context.zone)
    return None


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"
