"""A stand-in for event extraction: one event per clause that a time expression dates.

Until real event extraction exists, ``timeline show`` turns each sentence that carries a
time expression into an event anchored on it. A sentence with two dated parts ("The SDF
said on Monday that jets had bombed a field it seized last week") is cut between them at
the strongest clause boundary (";", ",", then "that", "and", "which", ...), so that each
part keeps its own date. When no boundary leaves both parts a few words of their own, the
sentence stays whole, dated by its first expression; the later ones stay in its text and
in `Clause.others`, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime

import attrs

from .._events import Timeline
from .._tagging import tag
from .._tagging._context import sentence_starts
from .._time import Genre, Timex, TimexType
from .._time._lexicon import tokenize

__all__ = ["Clause", "clauses", "expression_timeline", "sentence_spans", "sentence_timeline"]

_BOUNDARIES = (
    re.compile(r";"),
    re.compile(r","),
    re.compile(
        r"\s(?:that|and|but|while|which|who|where|when|after|before|because|although|as)\s",
        re.IGNORECASE,
    ),
)
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_MIN_OWN_WORDS = 3  # words a part must have besides its time expression to stand alone
_WRAPPED_LINE = range(40, 101)  # line lengths that look like a hard-wrapped paragraph


@attrs.frozen
class Clause:
    """A sentence or part of one, and the time expression that dates it (None if none).

    ``span`` is the clause's ``(start, end)`` offsets in the text; ``text`` is that part of
    the text with its line breaks and runs of spaces made single spaces.
    """

    span: tuple[int, int]
    text: str
    when: Timex | None = None
    others: tuple[Timex, ...] = ()


def clauses(
    text: str,
    published: date | datetime | None,
    *,
    undated: bool = False,
    genre: Genre | str | None = None,
) -> list[Clause]:
    """Cut `text` into clauses, each dated by a time expression found in it.

    Args:
        text: the story.
        published: its publication date (see `timeline.tag`).
        undated: also return the sentences with no time expression (``when`` None).
        genre: ``"news"`` or ``"narrative"``, as for `timeline.tag`.

    Returns:
        The clauses in text order.

    >>> [(c.text, c.when.value) for c in clauses(
    ...     "Rebels said on Monday that they took the town last week.", date(2017, 9, 25))]
    [('Rebels said on Monday', '2017-09-25'), ('that they took the town last week.', '2017-W38')]
    """
    anchors = [timex for timex in tag(text, published, genre=genre) if _dates(timex)]
    found: list[Clause] = []
    position = 0
    for start, end in sentence_spans(text):
        inside: list[Timex] = []
        while position < len(anchors) and _start(anchors[position]) < end:
            if _start(anchors[position]) >= start:
                inside.append(anchors[position])
            position += 1
        if inside:
            found.extend(_cut(text, (start, end), inside))
        elif undated:
            found.append(Clause((start, end), _squeeze(text[start:end])))
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of each sentence of `text`, in order.

    Blank lines and full stops end sentences (as `timeline.tag` reads them); a single line
    break ends one too, except inside a hard-wrapped paragraph.

    >>> text = "Talks fail\\nThe envoy left on Friday. She will be back in a week."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Talks fail', 'The envoy left on Friday.', 'She will be back in a week.']
    """
    flowing = _unwrap(text)
    tokens = tokenize(flowing)
    starts = sentence_starts(tokens, flowing)
    spans: list[tuple[int, int]] = []
    for number, start in enumerate(starts):
        first = start
        last = (starts[number + 1] if number + 1 < len(starts) else len(tokens)) - 1
        while last >= first and tokens[last].kind == "b":
            last -= 1
        while first <= last and tokens[first].kind == "b":
            first += 1
        if first <= last:
            spans.append((tokens[first].start, tokens[last].end))
    return spans


def _unwrap(text: str) -> str:
    """`text` with the line breaks inside hard-wrapped paragraphs made spaces."""
    pieces: list[str] = []
    for paragraph in re.split(r"(\n[ \t]*\n\s*)", text):
        lines = paragraph.split("\n")
        wrapped = len(lines) > 1 and all(len(line.rstrip()) in _WRAPPED_LINE for line in lines[:-1])
        pieces.append(paragraph.replace("\n", " ") if wrapped else paragraph)
    return "".join(pieces)


def _dates(timex: Timex) -> bool:
    # A date or time dates an event, even a vague one ("recently"); a length of time or a
    # repetition does not, unless it is anchored ("the past three days").
    return timex.type in (TimexType.DATE, TimexType.TIME) or timex.interval is not None


def _start(timex: Timex) -> int:
    assert timex.span is not None, "tag gives every expression a span"
    return timex.span[0]


def _end(timex: Timex) -> int:
    assert timex.span is not None, "tag gives every expression a span"
    return timex.span[1]


def _cut(text: str, sentence: tuple[int, int], anchors: Sequence[Timex]) -> Iterator[Clause]:
    start, end = sentence
    current = [anchors[0]]
    for following in anchors[1:]:
        cut = _boundary(text, start, current, following, end)
        if cut is None:
            current.append(following)
            continue
        yield _clause(text, start, cut, current)
        start = _skip_space(text, cut)
        current = [following]
    yield _clause(text, start, end, current)


def _boundary(
    text: str, start: int, current: Sequence[Timex], following: Timex, end: int
) -> int | None:
    """Where to cut between `current`'s last expression and `following`, or None."""
    gap_start, gap_end = _end(current[-1]), _start(following)
    middle = (gap_start + gap_end) / 2
    for pattern in _BOUNDARIES:
        candidates = []
        for match in pattern.finditer(text, gap_start, gap_end):
            # Punctuation stays with the part before it; a conjunction starts the next.
            cut = match.end() if match.group() in (";", ",") else match.start()
            before = _own_words(text[start:cut], current)
            after = _own_words(text[cut:end], [following])
            if before >= _MIN_OWN_WORDS and after >= _MIN_OWN_WORDS:
                candidates.append(cut)
        if candidates:
            return min(candidates, key=lambda cut: abs(cut - middle))
    return None


def _own_words(part: str, timexes: Sequence[Timex]) -> int:
    words = len(_WORD.findall(part))
    return words - sum(len(_WORD.findall(timex.text)) for timex in timexes)


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _clause(text: str, start: int, end: int, anchors: Sequence[Timex]) -> Clause:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Clause((start, end), _squeeze(text[start:end]), anchors[0], tuple(anchors[1:]))


def _squeeze(part: str) -> str:
    return " ".join(part.split())


def sentence_timeline(
    text: str,
    published: date | datetime,
    *,
    undated: bool = False,
    genre: Genre | str | None = None,
) -> Timeline:
    """A timeline with an event for each clause of `text` that a time expression dates.

    Each event's description is its clause, its ``when`` the expression, and its span the
    clause's offsets. With `undated`, sentences with no time expression become undated
    events too, kept as context. There are no links: this is the stand-in that ``timeline
    show`` uses until real event extraction exists.

    >>> story = sentence_timeline("Talks stalled on Friday. Both sides left.", date(2017, 9, 25))
    >>> [(event.description, event.when.value) for event in story.events]
    [('Talks stalled on Friday.', '2017-09-22')]
    """
    timeline = Timeline(published=published)
    for clause in clauses(text, published, undated=undated, genre=genre):
        timeline.add(clause.text, clause.when, span=clause.span)
    return timeline


def expression_timeline(
    text: str, timexes: Sequence[Timex], published: date | datetime | None = None
) -> Timeline:
    """A timeline with an event for each time expression of `text`, told by its sentence.

    Each event's description is the sentence that holds the expression (the expression's
    own text if it has no span), its ``when`` the expression, and its span the
    expression's. Expressions without an interval ("three weeks") become undated events:
    nothing is dropped. ``timeline tag --format timelinejs`` exports this.

    >>> text = "Talks stalled on Friday. They resume next week."
    >>> story = expression_timeline(text, tag(text, date(2017, 9, 25)), date(2017, 9, 25))
    >>> [(event.description, event.when.value) for event in story.events]
    [('Talks stalled on Friday.', '2017-09-22'), ('They resume next week.', '2017-W40')]
    """
    sentences = sentence_spans(text)
    timeline = Timeline(published=published)
    for timex in timexes:
        description = timex.text
        if timex.span is not None:
            start = timex.span[0]
            description = next(
                (_squeeze(text[first:last]) for first, last in sentences if first <= start < last),
                description,
            )
        timeline.add(description, timex, span=timex.span)
    return timeline
