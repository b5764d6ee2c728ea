"""``--events`` for ``timeline tag``: TimeML EVENT and MAKEINSTANCE tags from `extract`, and
the links it finds between them as TLINK, SLINK and CLINK elements."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import attrs

from .._extract._extract import analyse, timeline_of
from .._extract._records import ANY_DAY, tags_of
from .._extract._timeml_links import link_tags
from .._time import Timex
from .._timeml import Document, EventTag, LinkTag, TimexElement, event_elements, to_string
from ._common import Report


@attrs.frozen
class ToWrite:
    """The events of a text to write as TimeML, and the links between them."""

    events: tuple[EventTag, ...]
    links: tuple[LinkTag, ...]


def events_to_write(
    text: str,
    published: date | datetime | None,
    timexes: Sequence[Timex],
    report: Report,
    where: str,
) -> ToWrite:
    """The events and links of `text` to write as TimeML; says on stderr which cannot be.

    An event whose trigger overlaps a time expression (or another trigger) cannot nest in
    the markup; the writers leave it out, and the links that need it, and the user is
    told here. So is a link whose relation TimeML has no element for: nothing `extract`
    found is left out without a word.
    """
    analysis = analyse(text, ANY_DAY if published is None else published)
    tags = tags_of(analysis)
    story = timeline_of(analysis)
    links, unwritten = link_tags(story)
    for link, why in unwritten:
        source, target = story[link.source], story[link.target]
        report.note(
            f"{where}: no TimeML link for {source.description!r} {link.relation.name} "
            f"{target.description!r}: {why}"
        )
    elements = [TimexElement.of(timex, None) for timex in timexes]
    made = event_elements(text, tags, timexes=elements, links=links)
    for tag, why in made.dropped:
        start, end = tag.span
        report.note(f"{where}: no EVENT for {text[start:end]!r} at {start}-{end}: {why}")
    for link_tag, why in made.dropped_links:
        report.note(f"{where}: no link for {link_tag.describe(text)}: {why}")
    return ToWrite(tuple(tags), tuple(links))


def timeml_with_events(
    text: str,
    timexes: Sequence[Timex],
    published: date | datetime | None,
    report: Report,
    where: str,
) -> str:
    """A TimeML document of `text` with its TIMEX3 tags, EVENT tags, MAKEINSTANCEs and
    the TLINKs, SLINKs and CLINKs between its events."""
    document = Document.from_timexes(text, timexes, published=published)
    found = events_to_write(text, published, timexes, report, where)
    made = event_elements(text, found.events, timexes=document.timexes, links=found.links)
    return to_string(
        attrs.evolve(
            document,
            events=made.events,
            instances=made.instances,
            temporal_links=made.temporal_links,
            subordination_links=made.subordination_links,
            causal_links=made.causal_links,
            signals=made.signals,
        )
    )
