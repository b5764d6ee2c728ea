"""The event mentions `extract` finds, as TimeML EVENT tags (trigger, class, instance facts).

`tag --events` and `eval` write and score these: the same mentions `extract` makes its
events from, with what a TimeML MAKEINSTANCE records of each (tense, aspect, polarity,
modality, part of speech).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from .._timeml._events import EventTag
from ._extract import Analysis, analyse

__all__ = ["ANY_DAY", "event_tags", "tags_of"]

# `published` dates events, and EVENT tags carry no dates: without one, any day will do.
ANY_DAY: Final = date(2000, 1, 1)
# TimeML's part-of-speech values for our word classes.
_TIMEML_POS = {"VERB": "VERB", "NOUN": "NOUN", "ADJ": "ADJECTIVE"}


def tags_of(analysis: Analysis) -> list[EventTag]:
    """One `EventTag` per event mention of an analysed story, in text order."""
    tags = []
    for info in analysis.mentions:
        mention = info.mention
        words = analysis.sentences[info.sentence].tagged
        span = (words[mention.head].word.start, words[mention.last].word.end)
        tags.append(
            EventTag(
                span,
                mention.event_class.value,
                tense=mention.tense,
                aspect=mention.aspect,
                polarity=mention.polarity.value,
                modality=mention.modality,
                pos=_TIMEML_POS.get(mention.pos, "OTHER"),
            )
        )
    return tags


def event_tags(text: str, published: date | datetime | str | None = None) -> list[EventTag]:
    """The event mentions `extract` finds in `text`, as TimeML EVENT tags.

    `published` is as for `extract`; it may be None, since it only dates the events and
    an EVENT tag carries no date.

    Raises:
        InvalidTypeError: `text` is not a str, or `published` not a date, datetime or str.
        InvalidValueError: `published` is a string but not an ISO date.

    >>> [(tag.span, tag.event_class, tag.tense) for tag in
    ...  event_tags("Rebels seized the town, the army said.", "2017-09-25")]
    [((7, 13), 'OCCURRENCE', 'PAST'), ((33, 37), 'REPORTING', 'PAST')]
    """
    return tags_of(analyse(text, ANY_DAY if published is None else published))
