"""The links of a timeline as TimeML `LinkTag` values, turned the way TimeML reads them.

Our links run from the event that acts to the one it bears on (a speech to what it tells,
a response to what it answers, a cause to its effect); TimeML names the reporting or
causing event first in the same way, so most links keep their direction. The exception
is `motivates`: an aim drives an act, while the CLINK of a purpose runs from the act to
the aim it is done for. A relation TimeML has no link for (``overlaps``, one a user
registered), and a `possible` link (TimeML's links assert their relation), are handed
back, never quietly left out.
"""

from __future__ import annotations

from .._errors import InvalidValueError
from .._events import Link, Timeline
from .._timeml._links import LinkTag
from ._links import timeml_form

__all__ = ["link_tags"]


def link_tags(story: Timeline) -> tuple[list[LinkTag], list[tuple[Link, str]]]:
    """The links of `story` as `LinkTag` values, and those that cannot be, with why.

    A link cannot be written when TimeML has no element for its relation, or when one of
    its events has no span in the text (it was added by hand, not found). A tag's
    ``signal`` is where the link's cue words are (`Link.evidence_span`); an inferred
    link has none, as no cue word states it.

    >>> from timeline import extract
    >>> story = extract("The storm caused the collapse of the roof.", "2017-09-25")
    >>> tags, unwritten = link_tags(story)
    >>> [(tag.element, tag.first, tag.second, tag.label, tag.signal) for tag in tags]
    [('CLINK', (4, 9), (21, 29), 'causes', (10, 16))]
    >>> unwritten
    []
    """
    tags: list[LinkTag] = []
    unwritten: list[tuple[Link, str]] = []
    for link in story.links:
        if link.possible:
            unwritten.append((link, "the text says it may hold, and TimeML's links assert"))
            continue
        try:
            element, rel_type, reversed_ = timeml_form(link.relation.name)
        except InvalidValueError:
            unwritten.append((link, f"TimeML has no link for {link.relation.name!r}"))
            continue
        source, target = story[link.source].span, story[link.target].span
        if source is None or target is None:
            unwritten.append((link, "one of its events has no place in the text"))
            continue
        first, second = (target, source) if reversed_ else (source, target)
        # A cue word states the link; the words an inferred link was read from do not.
        signal = None if link.inferred else link.evidence_span
        tags.append(
            LinkTag(element, first, second, rel_type, label=link.relation.name, signal=signal)
        )
    return tags, unwritten
