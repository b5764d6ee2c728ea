"""`tag`: every time expression in running text, with its span and meaning."""

from __future__ import annotations

import warnings
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date, datetime

import attrs

from .._collector import collector_paused
from .._errors import InvalidTypeError, NotEnglishWarning
from .._time._calendar import Grain
from .._time._genre import Genre, genre_of
from .._time._grammar import LOOKAHEAD, VOCABULARY, Parser
from .._time._lexicon import MONTHS, Token, token_stream
from .._time._model import Interval, Timex, TimexType
from .._time._nodes import AtTime, Context, DateExpression, Deictic, Expression, Impossible, Slot
from .._time._published import coerce_date
from .._time._resolve import Tense, evaluate, make_context
from ._context import (
    SENTENCE_ENDS,
    is_aside,
    is_time,
    opens_sentence,
    sentence_starts,
)
from ._language import not_english
from ._ranges import CONNECTORS, complete_ranges
from ._tense import LOOK, clause_tense

__all__ = ["tag", "tag_documents"]

# Tokens that can begin an expression; the parser is not tried anywhere else.
_STARTERS = VOCABULARY | {
    "the",
    "a",
    "an",
    "that",
    "this",
    "'",
    "q",
    "half",
    "several",
    "some",
    "many",
    "few",
    "mid",
    "same",
    "per",
    "at",
}


_FOLLOWERS = _STARTERS | {"in", "on", "final", "of", "very", "entire", "whole", "time", "period"}
# "a couple of weeks", "a dozen years", "a number of years": counts that follow "a".
_FOLLOWERS |= {"couple", "dozen", "number"}
# The range connectors after which a word reads as the next date of a range or list
# ("October to March", "April and May"), and those of them that make only ranges.
_JOINERS = CONNECTORS - {"—", "/", "&"}
_RANGE_WORDS = _JOINERS - {"and", "or"}
# Adverbs that are a time expression only when they look forward from publication.
_FROM_NOW = frozenset({"soon", "shortly"})
# Words that are never a time expression alone, only the start of one.
_LEADERS = frozenset(
    {
        "the",
        "a",
        "an",
        "that",
        "this",
        "last",
        "next",
        "past",
        "coming",
        "early",
        "late",
        "mid",
        "about",
        "around",
        "some",
        "several",
        "many",
        "few",
        "half",
        "per",
        "at",
        "every",
        "each",
        "over",
        "under",
        "more",
        "less",
        "nearly",
        "almost",
        "up",
        "no",
        "just",
        "fewer",
        "upwards",
        "close",
        "roughly",
        "approximately",
        "later",
        "earlier",
        "same",
        "following",
        "previous",
        "prior",
        "current",
        "present",
        "q",
    }
)


def tag(
    text: str,
    published: date | datetime | str | None,
    *,
    tense: Tense | None = None,
    genre: Genre | str | None = None,
) -> list[Timex]:
    """Find every time expression in `text`, in text order, resolved against `published`.

    Each `Timex` has ``span == (start, end)`` with ``text[start:end] == timex.text``. Extents
    follow TimeML: "late Sunday" and "less than a week" are whole expressions; prepositions
    ("on Monday", "since March") and possessives ("Sunday's") are left out. The clause
    around an expression decides its tense ("will", "is due to" look forward; "said", "was"
    look back), and anaphora ("the following day") count from the last date resolved
    before them, starting at the publication date. Time grows linearly with the text, and
    memory with what is found: a long text is read a stretch of lines (or sentences) at a
    time.

    Args:
        text: running text, e.g. a news story with its headline and dateline.
        published: the publication date (see `resolve`: a date, a datetime or an ISO
            string like ``"2017-09-25"``), or None when unknown: absolute
            expressions still resolve, and relative ones are reported with TimeML's
            placeholder values (``XXXX-WXX-4``) and no interval. Nothing is dropped.
        tense: force one tense for every expression instead of reading it from the text.
        genre: ``"news"`` or ``"narrative"`` (see `Genre`); None means news when
            `published` is given and narrative when it is not. News places "in June" or
            "Sept. 30" near the publication date by the tense of its clause; a narrative
            reads them in the year its story has reached ("In 1944, ...").

    Returns:
        The expressions in text order, without overlaps.

    Raises:
        InvalidTypeError: `text` is not a str or `published` not a date/datetime/str/None.
        InvalidValueError: `published` is a string that is not an ISO date or date and
            time, or `genre` names no genre.

    Warns:
        NotEnglishWarning: the text is clearly not English (another alphabet, or next to
            none of English's commonest words); `timeline` reads English only.

    >>> [t.value for t in tag("The ministry said late Sunday it will reply on Thursday.",
    ...                       date(2017, 9, 25))]
    ['2017-09-24', '2017-09-28']
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"tag: expected the text as a str, got {type(text).__name__}")
    published = coerce_date(published, "published")  # read once, before the genre needs it
    context = make_context(published, tense, None, genre_of(genre, published))
    with collector_paused():
        found = _tag(text, context, tense)
    why = not_english(text, found)
    if why is not None:
        warnings.warn(
            f"the text does not look like English ({why}); timeline reads English only, "
            "so expressions in other languages are not found",
            NotEnglishWarning,
            stacklevel=2,
        )
    return found


# A long text is tagged a stretch of lines (or, in a long line, of sentences) at a time,
# so that it needs memory for one stretch's tokens rather than all of them: no expression
# or clause runs across a line break or a sentence end. Each stretch also sees the tokens
# that follow it, to look ahead as far as the grammar reads (a test checks that stretches
# change nothing).
_STRETCH = 1 << 16  # characters, then on to the next line break or sentence end
_HARD_STRETCH = 3 * _STRETCH  # more characters, then on to the next token in any case


def _tag(text: str, context: Context, tense: Tense | None) -> list[Timex]:
    # Meanings by (expression, tense), with the context version they hold for (see
    # `_remember`); the meaning is None for an impossible one ("30 February").
    meanings: dict[tuple[Expression, str, Slot | None], tuple[int, _Meaning]] = {}
    found: list[Timex] = []
    covered = 0  # where the last expression found ends
    carry: list[Slot | None] = [None]  # the last stated date, for a run cut mid-sentence
    # The expressions near the end of the last stretch, not yet completed as ranges: the
    # next stretch may find the other end of their range ("2017 | Oct.", "April 6 | -7"),
    # so they are completed with it, over `joint`, the tokens from before them on. (Only
    # expressions a few tokens apart stay pending, so this grows only with what is found.)
    pending: list[Timex] = []
    pending_bounds: list[tuple[int, int]] = []
    joint: list[Token] = []
    for tokens, own, stop in _stretches(text):
        # An expression found near the end of a stretch may run on into the tokens read
        # ahead ("the 31st. St. Patrick's Day" reads past the full stop a stretch ends
        # at); tagging whole would resume after it, so the next stretch does too.
        first = own
        while first < stop and tokens[first].start < covered:
            first += 1
        # A run that begins mid-sentence (a long line cut anywhere) goes on with the
        # sentence's frame; one after a line break or sentence end starts a frame afresh,
        # where `sentence_starts` says one starts ("!!! 21 September" or "U.S. officials"
        # go on). The last stated date carries over either way, as it does from sentence
        # to sentence inside a run ("31 Dec. 2019 | that Presidents' Day" is 2020's).
        continued = own > 0 and sentence_starts(tokens[own - 1 : own + 1], text) == [0]
        new, new_bounds = _tag_stretch(
            text, tokens, first, stop, context, tense, meanings, carry, own, continued=continued
        )
        if new and new[-1].span is not None:
            covered = new[-1].span[1]
        # The tokens this stretch shares with the last come first in `tokens`; `joint` ends
        # where the last stretch's own tokens did.
        joint, shift = joint + tokens[own:], len(joint) - own
        pending += new
        pending_bounds += [(start + shift, last + shift) for start, last in new_bounds]
        # What is found from here on starts at `end` or later.
        end = len(joint) - (len(tokens) - stop)
        done = len(pending)
        while done > 0 and pending_bounds[done - 1][1] + _RANGE_REACH >= (
            pending_bounds[done][0] if done < len(pending) else end
        ):
            done -= 1
        found += complete_ranges(pending[:done], pending_bounds[:done], joint, text)
        # Keep the tokens a range completion may read before the expressions kept, and
        # before what the next stretch finds.
        keep = max(0, min([end, *(start for start, _ in pending_bounds[done:])]) - _RANGE_REACH)
        pending = pending[done:]
        pending_bounds = [(start - keep, last - keep) for start, last in pending_bounds[done:]]
        joint = joint[keep:end]
    # The last stretch reads nothing ahead: `joint` holds every token after what is kept.
    return found + complete_ranges(pending, pending_bounds, joint, text)


# How far apart in tokens two expressions (or an expression and a stretch's end) may be
# and still be completed as one range: "April 6-7, 1915" reads four tokens on, "between
# 6 and 9 months" three back.
_RANGE_REACH = 5


def _stretches(text: str) -> Iterator[tuple[list[Token], int, int]]:
    """Runs of whole lines (or sentences) of tokens, as (tokens, index of the first own,
    index after the last).

    A run ends at the first line break, or failing that sentence end, past `_STRETCH`
    characters. The few tokens before the first own one end the previous run (with the
    break, when the run was cut at one); those from the stop on are the next run's first
    few, read ahead.
    """
    stream = token_stream(text)
    ahead: deque[Token] = deque()
    before: list[Token] = []
    while True:
        own: list[Token] = []
        limit = -1
        while True:
            token = ahead.popleft() if ahead else next(stream, None)
            if token is None:
                break
            own.append(token)
            if limit < 0:
                limit = token.start + _STRETCH
            if token.start < limit:
                continue
            if token.kind == "b" or token.start >= limit + _HARD_STRETCH:
                # (A text with neither line breaks nor sentence ends is cut anyway, so
                # that memory stays bounded whatever the text: the read-ahead still lets
                # an expression run on across the cut.)
                break
            if token.text in SENTENCE_ENDS and token.kind == "p":
                # A sentence ends where `sentence_starts` says so: a space and a capital
                # (or a quote) follow. A text without line breaks is cut there.
                if not ahead:
                    following = next(stream, None)
                    if following is None:
                        continue
                    ahead.append(following)
                following = ahead[0]
                spaced = following.start > token.end
                if spaced and (text[following.start].isupper() or following.kind == "p"):
                    break
        if not own:
            return
        while len(ahead) < LOOKAHEAD:
            token = next(stream, None)
            if token is None:
                break
            ahead.append(token)
        yield before + own + list(ahead), len(before), len(before) + len(own)
        # The next run reads back, never across a line break, far enough for the tense of
        # a clause cut in two (as far as `clause_tense` looks) and for a range's first end
        # and the name before it ("6" of "6-7 January") when a line is cut anywhere.
        kept = (before + own)[-(LOOK + 1) :]
        breaks = [index for index, token in enumerate(kept) if token.kind == "b"]
        before = kept[breaks[-1] :] if breaks else kept


def _tag_stretch(
    text: str,
    tokens: list[Token],
    first: int,
    count: int,
    context: Context,
    tense: Tense | None,
    meanings: dict[tuple[Expression, str, Slot | None], tuple[int, _Meaning]],
    carry: list[Slot | None],
    own: int,
    *,
    continued: bool = False,
) -> tuple[list[Timex], list[tuple[int, int]]]:
    """The expressions that start in tokens[first:count] (see `_stretches`: the stretch's
    own tokens begin at `own`), with the
    indexes of the first and last token of each, before ranges are completed; `carry`
    holds the last stated date in and out, for a stretch that continues a sentence."""
    starts = sentence_starts(tokens, text)
    if not continued:
        context.set_frame(None)  # a stretch begins a sentence
    parser = Parser(tokens, text)
    found: list[Timex] = []
    bounds: list[tuple[int, int]] = []  # the first and last token of each found
    stated: Slot | None = carry[0]  # the last date found that the text stated itself
    # A stretch that continues a sentence is in it already, with the frame the last stretch
    # left (which cleared it if a sentence began after its last expression).
    sentence_index = bisect_right(starts, own) - 1 if continued else 0
    index = first
    total = len(tokens)
    while index < count:
        token = tokens[index]
        if token.kind != "n" and token.text not in _STARTERS:
            # A prepositional "in" is never part of an extent ("in three days" tags
            # "three days"), so the parser is not started there.
            index += 1
            continue
        if token.text in _LEADERS and index + 1 < total:
            # "the", "last", "about"... begin an expression only before a time word or a
            # number ("the company" cannot); most of running text stops here.
            following = tokens[index + 1]
            if following.text == "-" and index + 2 < total:
                following = tokens[index + 2]
            if following.kind != "n" and following.text not in _FOLLOWERS:
                index += 1
                continue
        parsed = parser.expression_at(index)
        if parsed is None:
            index += 1
            continue
        # A date just before, across "to", "and" or a dash, makes "March" a month.
        after_date = (
            bool(bounds) and bounds[-1][1] + 2 == index and tokens[index - 1].text in _JOINERS
        )
        if not is_time(tokens, index, parsed[1], text, after_date=after_date):
            index += 1
            continue
        expression, end = parsed
        expression = _as_post_stamp(tokens, index, own, expression, text)
        while sentence_index + 1 < len(starts) and starts[sentence_index + 1] <= index:
            sentence_index += 1
            context.set_frame(None)
        sentence = (
            starts[sentence_index],
            starts[sentence_index + 1] if sentence_index + 1 < len(starts) else total,
        )
        context.tense = tense or clause_tense(tokens, index, end, sentence, text)
        if context.tense == "present" and not tense and context.genre == "news":
            context.tense = "reported"
        context.tie = _tied_to(tokens, index, after_date, stated)
        if end == index + 1 and token.text in _FROM_NOW:
            # "Soon the army withdrew", "would soon be sent" in a history: one event
            # follows another, not the publication date, so FUTURE_REF would misstate it.
            if (not tense and context.tense == "past") or context.narrating():
                index += 1
                continue
        span = (token.start, tokens[end - 1].end)
        key = (expression, context.tense, context.tie)
        known = meanings.get(key)
        if known is not None and known[0] in (_ANY_VERSION, context.version):
            # The same expression in the same tense means the same, wherever it stands,
            # unless it looked at what the text had mentioned before it.
            if known[1] is None:
                index += 1
                continue
            timex, from_publication, slot, recalled, counted_back = known[1]
            timex = Timex(
                text[span[0] : span[1]], timex.type, timex.value, timex.mod, timex.interval,
                span, timex.anchor, timex.quant, timex.freq,
            )  # fmt: skip
        else:
            try:
                timex = evaluate(expression, context, text=text[span[0] : span[1]], span=span)
            except Impossible:
                meanings[key] = _remember(None, context)
                index += 1
                continue
            from_publication = context.used == "published"
            slot = None
            recalled = counted_back = False
            if _is_reference(timex) and timex.interval is not None:
                slot = _slot_of(timex.interval, context)
                recalled = _recalls(slot, context)
                counted = context.counted_from
                counted_back = counted is not None and slot.end <= counted.start
            meaning = (timex, from_publication, slot, recalled, counted_back)
            meanings[key] = _remember(meaning, context)
        found.append(timex)
        bounds.append((index, end - 1))
        stated = None if from_publication else slot
        if slot is not None:
            aside = recalled
            if not aside and not from_publication and slot.grain <= Grain.YEAR:
                # Only a date the text states can move the narrative year, and only when
                # the narrative moves there, not in a plan, a flashback or a digression (a
                # cheap test: few dates in a text are stated ones).
                aside = not opens_sentence(tokens, index, sentence) and (
                    is_aside(tokens, index, sentence, text)
                    or context.digresses(slot)
                    or _opens_range(tokens, index, end)
                )
            context.mention(
                slot, from_publication=from_publication, aside=aside, counted_back=counted_back
            )
            # A stated date that opens the sentence frames the dates of the year in it
            # ("In 1971, ... in June"), and so does a year counted from publication ("Last
            # year, ... in June"); a day counted from it ("On Monday, ...") says nothing of
            # which June.
            framing = slot.grain is Grain.YEAR or (not from_publication and slot.grain < Grain.YEAR)
            if framing and opens_sentence(tokens, index, sentence):
                context.set_frame(slot)
        index = end
    carry[0] = stated
    if sentence_index + 1 < len(starts) and starts[sentence_index + 1] < count:
        context.set_frame(None)  # for a next stretch that continues the sentence begun here
    return found, bounds


def _as_post_stamp(
    tokens: list[Token], index: int, own: int, expression: Expression, text: str
) -> Expression:
    """The expression at `index` on the publication day if it is a bare clock time that
    opens a paragraph; else the expression unchanged.

    A live blog heads each post with the time it was written ("10:45 Police say ..."):
    like the publication date, the stamp says when the text was written, not when
    anything it tells happened, so it is on the post's day, the publication day, however
    many days the post before it mentioned. In running prose a bare clock time is on the
    day in focus ("on Friday ... at 9 p.m."), and a clock time that a hard-wrapped line
    happens to begin continues the sentence of the line before: neither opens a paragraph.
    """
    if not isinstance(expression, DateExpression) or expression.mod is not None:
        return expression
    node = expression.node
    if not isinstance(node, AtTime) or node.day is not None:
        return expression
    if index == 0:
        opens = own == 0  # the text's first word (a later stretch begins with a break)
    else:
        opens = tokens[index - 1].kind == "b" and _ends_paragraph(text, tokens[index].start)
    if not opens:
        return expression
    return attrs.evolve(expression, node=attrs.evolve(node, day=Deictic(Grain.DAY, 0)))


def _ends_paragraph(text: str, start: int) -> bool:
    """Whether the line break before offset `start` ends a paragraph: a blank line, the
    end of a sentence, or nothing but space before it. (Read in the text, not the
    tokens: a stretch holds none from before the break.)"""
    position = start - 1
    breaks = 0
    while position >= 0 and text[position].isspace():
        breaks += text[position] == "\n"
        position -= 1
    # (A closing quotation mark ends its sentence too: 'he said."'.)
    return position < 0 or breaks >= 2 or text[position] in SENTENCE_ENDS or text[position] in '"”'


def _tied_to(tokens: list[Token], start: int, after_date: bool, stated: Slot | None) -> Slot | None:
    # What ties a date to a stated one in news: standing right after it across a range
    # word ("from October 1917 to March"), or a demonstrative ("In 1971 ... that June").
    if stated is None or stated.grain > Grain.YEAR:
        return None
    if after_date:
        return stated
    # "that" is a demonstrative where it opens the sentence or follows a preposition ("in
    # that June"); after a verb it is a conjunction ("said that June sales rose").
    if start > 0 and tokens[start - 1].text == "that":
        before = tokens[start - 2] if start > 1 else None
        if before is None or before.kind == "b" or before.text in _DEMONSTRATIVE_OPENERS:
            return stated
    return None


_DEMONSTRATIVE_OPENERS = frozenset(
    {".", "!", "?", ",", ";", ":", '"', "in", "on", "by", "during", "until", "from", "since"}
    | {"after", "before", "through", "of"}
)


def _opens_range(tokens: list[Token], start: int, end: int) -> bool:
    # "from October to March": an end without a year of its own is placed by the other
    # end (see `complete_ranges`), so it cannot move the narrative on before that.
    if end + 1 >= len(tokens) or tokens[end].text not in _RANGE_WORDS:
        return False
    following = tokens[end + 1]
    stated_year = any(token.kind == "n" and len(token.text) == 4 for token in tokens[start:end])
    return not stated_year and (following.kind == "n" or following.text in MONTHS)


def tag_documents(
    documents: Iterable[tuple[str, date | datetime | str | None]],
    *,
    genre: Genre | str | None = None,
) -> Iterator[list[Timex]]:
    """Tag a stream of ``(text, published)`` documents lazily, one at a time.

    Only the document being tagged is held in memory, so arbitrarily many can stream
    through. `published` is taken as `tag` takes it (an ISO string too); `genre` is as
    for `tag`, for every document (None: news for those with a publication date,
    narrative for the others).

    >>> stream = iter([("Talks resume next week.", date(2017, 9, 25))])
    >>> [[t.value for t in found] for found in tag_documents(stream)]
    [['2017-W40']]
    >>> [[t.value for t in found] for found in tag_documents([("on Friday", "2017-09-25")])]
    [['2017-09-22']]
    """
    genre_of(genre, None)  # a bad genre is reported even when no document comes
    for text, published in documents:
        yield tag(text, published, genre=genre)


# What an expression in a tense means: its timex, whether it counted from the
# publication date, the slot it puts in focus if it is a date, whether it looks back from
# the reference, and whether it was counted back from an anchor; None when it names no
# real time.
_Meaning = tuple[Timex, bool, Slot | None, bool, bool] | None


_ANY_VERSION = -1


def _remember(meaning: _Meaning, context: Context) -> tuple[int, _Meaning]:
    # A meaning that looked at what the text mentioned holds only while that is unchanged
    # (versions only grow, so only the latest is worth keeping).
    return (context.version if context.consulted else _ANY_VERSION, meaning)


def _recalls(slot: Slot, context: Context) -> bool:
    # A date counted back from the reference ("the previous year", "two days earlier")
    # looks back from where the narrative is; the narrative stays there.
    reference = context.used_reference
    return context.used == "reference" and reference is not None and slot.end <= reference.start


def _is_reference(timex: Timex) -> bool:
    # Only specific dates move the reference time; "now" or a duration do not.
    return timex.type in (TimexType.DATE, TimexType.TIME) and not timex.value.endswith("_REF")


def _slot_of(interval: Interval, context: Context) -> Slot:
    zone = context.zone
    start = interval.start.astimezone(zone).replace(tzinfo=None)
    end = interval.end.astimezone(zone).replace(tzinfo=None)
    return Slot(start, end, interval.grain)
