"""Sentence spans of a text as `tag` reads them, and the expression-per-event timeline.

`sentence_spans` cuts a text where `timeline.tag` ends sentences (the bundled demo and the
TimelineJS export of `timeline tag` use it); `expression_timeline` makes one event of each
time expression, told by its sentence, for ``timeline tag --format timelinejs``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from .._events import Timeline
from .._tagging._context import sentence_starts
from .._time import Timex
from .._time._lexicon import tokenize

__all__ = ["expression_timeline", "sentence_spans"]

_WRAPPED_LINE = range(40, 101)  # line lengths that look like a hard-wrapped paragraph


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


def _squeeze(part: str) -> str:
    return " ".join(part.split())


def expression_timeline(
    text: str, timexes: Sequence[Timex], published: date | datetime | None = None
) -> Timeline:
    """A timeline with an event for each time expression of `text`, told by its sentence.

    Each event's description is the sentence that holds the expression (the expression's
    own text if it has no span), its ``when`` the expression, and its span the
    expression's. Expressions without an interval ("three weeks") become undated events:
    nothing is dropped. ``timeline tag --format timelinejs`` exports this.

    >>> text = "Talks stalled on Friday. They resume next week."
    >>> from timeline import tag
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
