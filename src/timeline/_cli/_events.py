"""``--events`` for ``timeline tag``: TimeML EVENT and MAKEINSTANCE tags from `extract`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from .._extract._records import event_tags
from .._time import Timex
from .._timeml import Document, EventTag, TimexElement, event_elements, to_string
from ._common import Report


def events_to_write(
    text: str,
    published: date | datetime | None,
    timexes: Sequence[Timex],
    report: Report,
    where: str,
) -> list[EventTag]:
    """The events of `text` to write as TimeML; says on stderr which cannot be written.

    An event whose trigger overlaps a time expression (or another trigger) cannot nest in
    the markup; the writers leave it out, and the user is told here.
    """
    tags = event_tags(text, published)
    elements = [TimexElement.of(timex, None) for timex in timexes]
    for tag, why in event_elements(text, tags, timexes=elements).dropped:
        start, end = tag.span
        report.note(f"{where}: no EVENT for {text[start:end]!r} at {start}-{end}: {why}")
    return tags


def timeml_with_events(
    text: str,
    timexes: Sequence[Timex],
    published: date | datetime | None,
    report: Report,
    where: str,
) -> str:
    """A TimeML document of `text` with its TIMEX3 tags, EVENT tags and MAKEINSTANCEs."""
    document = Document.from_timexes(text, timexes, published=published)
    tags = events_to_write(text, published, timexes, report, where)
    made = event_elements(text, tags, timexes=document.timexes)
    return to_string(
        Document(text, document.timexes, document.dct, events=made.events, instances=made.instances)
    )
