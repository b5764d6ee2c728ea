"""The tagger's shortcuts for dense text change nothing it reads.

`tag` takes three shortcuts so that dense or repetitive text costs no more per character
than news does: a window of text that repeats parses once (`Parser.expression_at`),
productions refuse words they cannot begin with (the grammar's gates), and a meaning that
depended on what the text mentioned is reused while that stays the same
(`Context.version`). And
it reads a long text a stretch of lines at a time, to hold only that stretch's tokens.
Each test compares a shortcut with the plain computation it stands for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus.expressions import ENTRIES, NEGATIVE
from timeline import tag
from timeline._tagging import _tagger
from timeline._tagging._tagger import _STARTERS
from timeline._time import _grammar
from timeline._time._calendar import Grain
from timeline._time._grammar import VOCABULARY, Parser
from timeline._time._lexicon import tokenize
from timeline._time._nodes import Context, Slot
from timeline._time._resolve import make_context

# These properties feed the tagger made-up text on purpose ("lorem ipsum"): that it is
# not English is beside the point here.
pytestmark = pytest.mark.filterwarnings("ignore::timeline.NotEnglishWarning")

MONDAY = date(2017, 9, 25)

# Pieces of text that exercise the tokenizer's and grammar's corners: whole phrasings
# from the expression corpus, the words the grammar knows, possessives, abbreviations
# with full stops, a.m./p.m., quotes, hyphens, numbers of every length, new lines, and
# the words that tell tense.
PHRASINGS = sorted({phrase for _, _, phrase in ENTRIES} | set(NEGATIVE))
PIECES = [
    *sorted(VOCABULARY | _STARTERS),
    "Sunday's", "Sept.", "a.m.", "p.m.", "'s", "'", "s", "-", ",", ".", ":", "/", "\n",
    "1", "6", "25", "30", "00", "2017", "1990", "'90s", "21st", "of", "in", "on", "at",
    "and", "to", "from", "the", "a", "said", "will", "was", "has", "been", "ago", "BC",
]  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", " ", ", ", "  ", ". ", "\n"])


@st.composite
def dense_texts(draw: st.DrawFn) -> str:
    """Time phrases and words side by side, often repeating so that windows recur."""
    piece = st.sampled_from(PHRASINGS) | st.sampled_from(PIECES)
    words = draw(st.lists(piece, min_size=1, max_size=24))
    separators = draw(st.lists(SEPARATORS, min_size=len(words), max_size=len(words)))
    glued = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    run = "".join(
        word + ("" if glue and word[-1:] in "'-.:/" else separator)
        for word, separator, glue in zip(words, separators, glued, strict=True)
    )
    return run * draw(st.integers(1, 3))


@st.composite
def twin_texts(draw: st.DrawFn) -> str:
    """The same long run twice, after different words: only what precedes it differs."""
    run = draw(dense_texts()) + " on Monday"  # never without tokens
    while len(tokenize(run)) < 2 * _grammar._WINDOW:
        run += " " + run
    before = draw(st.lists(st.sampled_from(PIECES), min_size=2, max_size=2))
    glue = draw(st.sampled_from(["", " "]))
    return f"{before[0]} {run}\n{before[1]}{glue}{run}"


def parses(parser: Parser) -> list[Any]:
    return [parser.expression_at(index) for index in range(parser.count)]


@settings(max_examples=300)
@given(dense_texts() | twin_texts())
def test_a_repeated_window_parses_as_it_would_afresh(text: str) -> None:
    tokens = tokenize(text)
    # Without the text, the parser has no windows to remember.
    assert parses(Parser(tokens)) == parses(Parser(tokens, text))


@pytest.mark.parametrize("glue", ["\n", " ", "'"])
def test_a_window_includes_the_token_before_it(glue: str) -> None:
    # "a four day strike" is a duration, "the four day strike" is not: the same words
    # after a different token must not reuse the first reading.
    filler = " and" * 2 * _grammar._WINDOW
    text = f"Then a four day strike{filler}{glue}the four day strike{filler}"
    assert ["four day"] == [timex.text for timex in tag(text, MONDAY)]


@settings(max_examples=200)
@given(dense_texts())
def test_the_grammars_gates_refuse_only_what_would_fail(text: str) -> None:
    tokens = tokenize(text)
    gated = parses(Parser(tokens))
    with pytest.MonkeyPatch.context() as patch:
        for name in dir(_grammar):
            if name.endswith("_FIRST"):
                patch.setattr(_grammar, name, _Everything())
        assert gated == parses(Parser(tokens))


# What may follow a first word: units, numbers, joiners, and the words of phrases.
CONTINUATIONS = [
    "day", "days", "week", "weeks", "month", "year", "years", "ago", "later", "of March",
    "of the year", "2017", "25", "3 p.m.", "o'clock", "times a week", "a day", "Monday",
    "September 25", "quarter", "half", "century", "morning", "night", "weekend", "and a half",
    "more than a week", "or so", "-", "'s", ",", "the", "before", "after", "in the morning",
]  # fmt: skip


def test_the_grammars_gates_refuse_no_phrasing_and_no_known_first_word() -> None:
    # Every phrasing of the expression corpus, and every word the grammar knows before
    # each continuation: the gates must refuse none that would parse without them.
    texts = [*PHRASINGS, *(f"{word} {rest}" for word in PIECES for rest in CONTINUATIONS)]
    parsers = [Parser(tokenize(text)) for text in texts]
    gated = [parser.expression_at(0) if parser.count else None for parser in parsers]
    with pytest.MonkeyPatch.context() as patch:
        for name in dir(_grammar):
            if name.endswith("_FIRST"):
                patch.setattr(_grammar, name, _Everything())
        parsers = [Parser(tokenize(text)) for text in texts]
        ungated = [parser.expression_at(0) if parser.count else None for parser in parsers]
    assert [] == [
        (text, before, after)
        for text, before, after in zip(texts, gated, ungated, strict=True)
        if before != after
    ]


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


class _Reads(list[Any]):
    """A list that notes the furthest index read."""

    furthest = -1

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int):
            _Reads.furthest = max(_Reads.furthest, index)
        return super().__getitem__(index)


LONGEST = [
    # Nested as deep as the grammar goes, on a full date and time.
    "the first week of the first week of the first week of Monday, September 25, 2017 "
    "at 3:30 p.m. EST",
    # A duration in every unit, each with "and a half".
    "two centuries, twenty-five decades and a half, 3 years and a half, 4 months and a "
    "half, 5 weeks and a half, 6 days and a half, 7 hours and a half, 8 minutes and a "
    "half and 9 seconds and a half",
    "the early nineteenth century",
    "about twenty-five hundred and fifty years ago",
]


def assert_reads_stay_near(text: str) -> None:
    # The window cache relies on it: a parse reads less than _WINDOW // 2 tokens past
    # where it starts or ends, so one it remembers (ending within _WINDOW // 2 tokens)
    # read nothing past its window.
    tokens = tokenize(text)
    parser = Parser(tokens)
    parser.words = _Reads(parser.words)
    parser.kinds = _Reads(parser.kinds)
    parser.word = parser.words.__getitem__
    for index in range(len(tokens)):
        _Reads.furthest = -1
        parser.memo.clear()
        parsed = parser.expression_at(index)
        end = index if parsed is None else parsed[1]
        assert _Reads.furthest < end + _grammar._WINDOW // 2


@pytest.mark.parametrize("text", LONGEST)
def test_productions_read_near_what_they_take(text: str) -> None:
    assert_reads_stay_near(text + " and so on" * 40)


@settings(max_examples=200)
@given(dense_texts())
def test_productions_read_near_what_they_take_anywhere(text: str) -> None:
    assert_reads_stay_near(text)


def test_mentioning_the_latest_date_again_keeps_the_context_version() -> None:
    context: Context = make_context(MONDAY, None, None)
    day = Slot(context.today().start, context.today().end, context.today().grain)
    context.mention(day, from_publication=False)
    version = context.version
    context.mention(day, from_publication=False)
    assert version == context.version
    later = day._replace(start=day.end, end=day.end.replace(day=27))
    context.mention(later, from_publication=False)
    assert version < context.version
    # A week mentioned in between makes the day the latest mention again, which an
    # anaphor of a week's grain or coarser ("that week") would now see.
    week = Slot(day.start.replace(day=18), day.end, Grain.WEEK)
    context.mention(week, from_publication=False)
    version = context.version
    context.mention(later, from_publication=False)
    assert version < context.version


def test_a_repeated_expression_follows_the_reference_when_it_moves() -> None:
    # "the next day" means another day once a new date is mentioned, and the same day
    # again when nothing moved.
    text = (
        "Talks opened on June 3, 2015 and resumed the next day. They resumed the next day. "
        "Talks opened again on July 8, 2015 and resumed the next day."
    )
    values = [timex.value for timex in tag(text, MONDAY)]
    assert ["2015-06-03", "2015-06-04", "2015-06-05", "2015-07-08", "2015-07-09"] == values


# Filler text ("lorem ipsum") is not English, and tag rightly says so.
@pytest.mark.filterwarnings("ignore::timeline.NotEnglishWarning")
@settings(max_examples=200)
@given(st.lists(dense_texts(), min_size=1, max_size=6), st.integers(1, 200))
def test_tagging_a_stretch_of_lines_at_a_time_changes_nothing(
    lines: list[str], stretch: int
) -> None:
    # A long text is tagged a few lines at a time; what is found, and what it means,
    # must be what tagging it whole would give (the reference time carries over).
    text = "\n".join(lines)
    whole = tag(text, MONDAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_tagger, "_STRETCH", stretch)
        assert whole == tag(text, MONDAY)


def test_the_last_stated_date_carries_into_the_next_stretch() -> None:
    # Inside one stretch a date stated in one sentence ties "that ..." in the next; a
    # stretch that starts at the next line must read it so too.
    text = "  31 Dec. 2019\nthat Presidents' Day "
    whole = tag(text, MONDAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_tagger, "_STRETCH", 1)
        assert whole == tag(text, MONDAY)
    assert "2020-02-17" == whole[-1].value


def test_an_expression_running_past_a_stretch_end_is_found_once() -> None:
    # "31st." looks like a sentence end, where a stretch may stop, but the grammar reads
    # "st. Patrick's Day" across it; the next stretch must resume after that expression
    # as tagging the text whole does, not find "Patrick's Day" a second time.
    text = "The form was dated June 31st. Patrick's Day parades went ahead."
    whole = tag(text, MONDAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_tagger, "_STRETCH", 1)
        assert whole == tag(text, MONDAY)
    ends = [timex.span[1] for timex in whole if timex.span is not None]
    starts = [timex.span[0] for timex in whole if timex.span is not None]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))


def test_a_stretch_sees_the_line_break_before_it() -> None:
    # "Sunday Times" opening a line is a name only because a line break, not the start
    # of the text, comes before it: a stretch must keep the break that precedes it.
    text = "Rain.\nSunday Times editors met Monday."
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_tagger, "_STRETCH", 1)
        assert ["Monday"] == [timex.text for timex in tag(text, MONDAY)]


def test_a_long_line_is_cut_at_sentence_ends() -> None:
    # Without line breaks, stretches end at sentence ends; nothing found changes.
    line = "Talks opened on June 3, 2015. Talks resumed the next day. " * 3_000
    stretches = list(_tagger._stretches(line))
    assert len(stretches) > 2
    assert all(tokens[first - 1].text == "." for tokens, first, _ in stretches[1:])
    values = [timex.value for timex in tag(line, MONDAY)]
    assert ["2015-06-03", "2015-06-04"] * 3_000 == values


def test_a_long_text_is_tagged_in_stretches() -> None:
    # Several stretches, with an anaphor at the start of each that refers across.
    paragraph = "Talks opened on June 3, 2015. Talks resumed the next day.\n" * 3_000
    stretches = list(_tagger._stretches(paragraph))
    assert len(stretches) > 2
    values = [timex.value for timex in tag(paragraph, MONDAY)]
    assert ["2015-06-03", "2015-06-04"] * 3_000 == values


@settings(max_examples=100)
@given(dense_texts())
def test_tagging_dense_text_twice_over_finds_it_twice(text: str) -> None:
    # A repeated paragraph is tagged the same the second time, shortcuts or not, unless
    # it refers back to what came before.
    first = tag(text, MONDAY)
    doubled = tag(text + "\n\n" + text, MONDAY)
    assert [t.span for t in first] == [t.span for t in doubled[: len(first)]]


def test_a_long_line_without_sentence_ends_is_still_cut() -> None:
    # Memory is bounded by a stretch whatever the text: with neither line breaks nor
    # sentence ends, a stretch ends anyway a few stretch lengths on. (Stretches are made
    # short here to keep the test cheap; the rule is the same at full length.)
    line = "officials said on Monday that talks would resume next week and " * 400
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_tagger, "_STRETCH", 1000)
        patch.setattr(_tagger, "_HARD_STRETCH", 3000)
        stretches = list(_tagger._stretches(line))
        found = tag(line, MONDAY)
    reach = 1000 + 3000 + 20  # and the word it stops after
    assert len(line) // reach <= len(stretches)
    assert all(tokens[stop - 1].end - tokens[own].start <= reach for tokens, own, stop in stretches)
    assert ["2017-09-25", "2017-W40"] * 400 == [timex.value for timex in found]


# Filler text ("lorem ipsum") is not English, and tag rightly says so.
@pytest.mark.filterwarnings("ignore::timeline.NotEnglishWarning")
@settings(max_examples=100)
@given(st.lists(dense_texts(), min_size=1, max_size=4), st.integers(1, 100), st.integers(0, 40))
# A year, then the part of it that a cut after every token puts in the next stretch: the
# two are completed as one range or not at all, cut or whole.
@example(["Feb 30, 2017 Oct. "], 1, 0)
@example(["Feb 30, 2017 last December "], 1, 0)
@example(["April 6-7, 1915 and between 6 and 9 months "], 1, 0)
def test_cutting_a_line_anywhere_finds_the_same_expressions(
    runs: list[str], stretch: int, hard: int
) -> None:
    text = " ".join(run.replace("\n", " ") for run in runs)
    whole = tag(text, MONDAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_tagger, "_STRETCH", stretch)
        patch.setattr(_tagger, "_HARD_STRETCH", hard)
        cut = tag(text, MONDAY)
    assert [(t.span, t.text) for t in whole] == [(t.span, t.text) for t in cut]
