"""EVENT and MAKEINSTANCE elements for events found in a text, ready to write as TimeML.

TimeML marks an event twice: an ``EVENT`` around its trigger in the text (``eid`` and
``class``) and a ``MAKEINSTANCE`` after the text (``eiid``, ``eventID``, ``tense``,
``aspect``, ``polarity``, ``modality`` where the text has one, ``pos``), which is what the
TempEval-3 tools pair links and attributes by. `event_elements` numbers both and leaves out
any event whose trigger would not nest in the markup: one that touches a time expression
(TIMEX3 and EVENT never share words in TimeML) or another event's trigger.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from .._errors import InvalidValueError
from .._time._model import check_span
from ._document import (
    CausalLink,
    EventInstance,
    EventMention,
    Signal,
    SubordinationLink,
    TemporalLink,
    TimexElement,
)
from ._links import LinkTag, number_links, placed_links
from ._signals import place_signals

__all__ = ["EventElements", "EventTag", "event_elements"]

_TENSES = frozenset({"PAST", "PRESENT", "FUTURE", "INFINITIVE", "PRESPART", "PASTPART", "NONE"})
_ASPECTS = frozenset({"PROGRESSIVE", "PERFECTIVE", "PERFECTIVE_PROGRESSIVE", "NONE"})
_POLARITIES = frozenset({"POS", "NEG"})


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _one_of(allowed: frozenset[str]) -> _Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed:
            raise InvalidValueError(
                f"EventTag.{attribute.name}: expected one of {', '.join(sorted(allowed))}, "
                f"got {value!r}"
            )

    return check


def _nonempty_span(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_span(instance, attribute, value)
    assert isinstance(value, tuple)
    if value[0] >= value[1]:
        raise InvalidValueError(
            f"EventTag.span: expected a trigger of at least one character, got {value!r}"
        )


def _nonempty(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidValueError(
            f"EventTag.{attribute.name}: expected a non-empty str, got {value!r}"
        )


@attrs.frozen
class EventTag:
    """An event to mark in a text: its trigger's span, its class, and its instance's facts.

    >>> EventTag((7, 13), "OCCURRENCE", tense="PAST", pos="VERB").aspect
    'NONE'
    """

    span: tuple[int, int] = attrs.field(validator=_nonempty_span)
    event_class: str = attrs.field(validator=_nonempty)
    tense: str = attrs.field(default="NONE", validator=_one_of(_TENSES))
    aspect: str = attrs.field(default="NONE", validator=_one_of(_ASPECTS))
    polarity: str = attrs.field(default="POS", validator=_one_of(_POLARITIES))
    modality: str | None = attrs.field(default=None, validator=attrs.validators.optional(_nonempty))
    pos: str = attrs.field(default="OTHER", validator=_nonempty)


@attrs.frozen
class EventElements:
    """What `event_elements` made: the EVENTs, their MAKEINSTANCEs, the links between
    them, the SIGNALs and C-SIGNALs around the links' cue words, and what it left out.

    ``dropped`` holds each left-out event tag with the reason, ``dropped_links`` each
    left-out `LinkTag` with the reason, for a note to the user.
    """

    events: tuple[EventMention, ...]
    instances: tuple[EventInstance, ...]
    dropped: tuple[tuple[EventTag, str], ...]
    temporal_links: tuple[TemporalLink, ...] = ()
    subordination_links: tuple[SubordinationLink, ...] = ()
    causal_links: tuple[CausalLink, ...] = ()
    dropped_links: tuple[tuple[LinkTag, str], ...] = ()
    signals: tuple[Signal, ...] = ()


def event_elements(
    text: str,
    tags: Iterable[EventTag],
    *,
    timexes: Sequence[TimexElement] = (),
    taken: frozenset[str] = frozenset(),
    links: Iterable[LinkTag] = (),
) -> EventElements:
    """Number `tags` as EVENTs ``e1``, ``e2``... with MAKEINSTANCEs ``ei1``, ``ei2``...

    Events are numbered in text order, skipping ids in `taken` (those a document already
    uses outside its text). A tag whose trigger overlaps a time expression of `timexes`, or
    the trigger of an earlier event, is left out and listed in ``dropped``: XML elements
    must nest, and TimeML never puts an event inside a time expression or another event.
    Each of `links` becomes a TLINK, SLINK or CLINK ``l1``, ``l2``... (past the lids in
    `taken`) between the instances of the events at its spans; one whose event was left
    out, or that names a span no tag has, is listed in ``dropped_links`` (see
    `number_links`). The cue words of each link written (`LinkTag.signal`) become a
    SIGNAL ``s1``... (a TLINK's or SLINK's) or C-SIGNAL ``c1``... (a CLINK's) that the
    link points at, unless they overlap an EVENT or TIMEX3 (see `place_signals`).

    Raises:
        InvalidValueError: a tag's span runs past the end of `text`.

    >>> text = "Rebels seized the town on Friday."
    >>> made = event_elements(text, [EventTag((7, 13), "OCCURRENCE", tense="PAST",
    ...                                       pos="VERB")])
    >>> made.events[0].text, made.events[0].attributes
    ('seized', (('eid', 'e1'), ('class', 'OCCURRENCE')))
    >>> made.instances[0].attributes[:3]
    (('eiid', 'ei1'), ('eventID', 'e1'), ('tense', 'PAST'))
    """
    ordered = sorted(tags, key=lambda tag: (tag.span, tag.event_class))
    blocked = sorted(
        element.timex.span
        for element in timexes
        if element.timex.span is not None and element.timex.span[0] < element.timex.span[1]
    )
    events: list[EventMention] = []
    instances: list[EventInstance] = []
    dropped: list[tuple[EventTag, str]] = []
    eiids: dict[tuple[int, int], str] = {}
    last_end = 0
    number = 0
    for tag in ordered:
        start, end = tag.span
        if end > len(text):
            raise InvalidValueError(
                f"event_elements: expected spans inside the text of {len(text)} characters, "
                f"got {tag.span}"
            )
        clash = next((span for span in blocked if span[0] < end and start < span[1]), None)
        if clash is not None:
            dropped.append((tag, f"it overlaps the time expression {text[clash[0] : clash[1]]!r}"))
            continue
        if start < last_end:
            dropped.append((tag, "it overlaps the trigger of an earlier event"))
            continue
        last_end = end
        number += 1
        while f"e{number}" in taken or f"ei{number}" in taken:
            number += 1
        eid, eiid = f"e{number}", f"ei{number}"
        eiids[start, end] = eiid
        events.append(
            EventMention(text[start:end], (start, end), (("eid", eid), ("class", tag.event_class)))
        )
        instance = [
            ("eiid", eiid),
            ("eventID", eid),
            ("tense", tag.tense),
            ("aspect", tag.aspect),
            ("polarity", tag.polarity),
        ]
        if tag.modality is not None:
            instance.append(("modality", tag.modality))
        instance.append(("pos", tag.pos))
        instances.append(EventInstance(tuple(instance)))
    links = list(links)
    placed, _ = placed_links(links, eiids)
    cues = [(tag.signal_element, tag.signal) for tag, _, _ in placed if tag.signal is not None]
    timex_spans = [e.timex.span for e in timexes if e.timex.span is not None]
    signals, signal_ids = place_signals(text, cues, occupied=[*eiids, *timex_spans], taken=taken)
    numbered = number_links(links, eiids, taken=taken, signals=signal_ids)
    return EventElements(
        tuple(events),
        tuple(instances),
        tuple(dropped),
        numbered.temporal,
        numbered.subordination,
        numbered.causal,
        numbered.dropped,
        signals,
    )
