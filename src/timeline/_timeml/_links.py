"""TLINK, SLINK and CLINK elements for links between events found in a text.

A `LinkTag` says a link as TimeML says it: which element, which relType, and which event
TimeML names first. TimeML 1.2.1 defines TLINK (time order: ``eventInstanceID`` relType
``relatedToEventInstance``) and SLINK (``eventInstanceID`` is the event that subordinates,
a report or an intention; ``subordinatedEventInstance`` is what it is about). It has no
causal link; we write the CLINK of the causal extension that Causal-TimeBank and MEANTIME
use: ``eventInstanceID`` is the cause, ``relatedToEventInstance`` the effect, and no
relType. `number_links` gives each link an ``lid`` and points it at the instances of its
events' EVENT tags, and at the SIGNAL (``signalID``) or C-SIGNAL (``c-signalID``) that
holds its cue words when there is one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .._errors import InvalidValueError
from .._time._model import check_span
from ._document import SIGNAL_FORMS, CausalLink, SubordinationLink, TemporalLink

__all__ = ["LinkTag", "NumberedLinks", "number_links", "placed_links"]

TLINK_TYPES = frozenset(
    {
        "BEFORE",
        "AFTER",
        "INCLUDES",
        "IS_INCLUDED",
        "DURING",
        "DURING_INV",
        "SIMULTANEOUS",
        "IAFTER",
        "IBEFORE",
        "IDENTITY",
        "BEGINS",
        "ENDS",
        "BEGUN_BY",
        "ENDED_BY",
    }
)
SLINK_TYPES = frozenset(
    {"MODAL", "EVIDENTIAL", "NEG_EVIDENTIAL", "FACTIVE", "COUNTER_FACTIVE", "CONDITIONAL"}
)
_REL_TYPES: dict[str, frozenset[str]] = {"TLINK": TLINK_TYPES, "SLINK": SLINK_TYPES}
# The attribute that names the second event, by element.
_SECOND = {
    "TLINK": "relatedToEventInstance",
    "SLINK": "subordinatedEventInstance",
    "CLINK": "relatedToEventInstance",
}


def _check_element(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in _SECOND:
        raise InvalidValueError(
            f"LinkTag.element: expected one of CLINK, SLINK, TLINK, got {value!r}"
        )


def _check_rel_type(instance: LinkTag, attribute: attrs.Attribute[Any], value: object) -> None:
    allowed = _REL_TYPES.get(instance.element)
    if allowed is None:
        if value is not None:
            raise InvalidValueError(
                f"LinkTag.rel_type: expected None for a CLINK (it has no relType), got {value!r}"
            )
    elif value not in allowed:
        raise InvalidValueError(
            f"LinkTag.rel_type: expected one of {', '.join(sorted(allowed))} for "
            f"{'an' if instance.element == 'SLINK' else 'a'} {instance.element}, got {value!r}"
        )


def _check_first(instance: LinkTag, attribute: attrs.Attribute[Any], value: object) -> None:
    check_span(instance, attribute, value)
    if value is None:
        raise InvalidValueError("LinkTag.first: expected (start, end) offsets, got None")


def _check_second(instance: LinkTag, attribute: attrs.Attribute[Any], value: object) -> None:
    check_span(instance, attribute, value)
    if value is None or value == instance.first:
        raise InvalidValueError(
            f"LinkTag.second: expected the span of another event than the first "
            f"{instance.first!r}, got {value!r}"
        )


@attrs.frozen
class LinkTag:
    """A link to write between two events, named by their triggers' spans, as TimeML says it.

    ``first`` is the event TimeML names first (``eventInstanceID``): a CLINK's cause, an
    SLINK's subordinating event (the report, the intention), the event a TLINK's relType
    is said of. ``second`` is the other one. ``label`` names the link in notes to the
    user (our relation, such as ``"blames"``). ``signal`` is the span of the words that
    state the link ("after", "because of"), None when no cue word does.

    >>> LinkTag("SLINK", (20, 24), (7, 13), "EVIDENTIAL", label="reports").rel_type
    'EVIDENTIAL'
    """

    element: str = attrs.field(validator=_check_element)
    first: tuple[int, int] = attrs.field(validator=_check_first)
    second: tuple[int, int] = attrs.field(validator=_check_second)
    rel_type: str | None = attrs.field(default=None, validator=_check_rel_type)
    label: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    signal: tuple[int, int] | None = attrs.field(default=None, validator=check_span)

    @property
    def signal_element(self) -> str:
        """The element its cue is written in: C-SIGNAL for a CLINK, else SIGNAL."""
        return SIGNAL_FORMS[self.element][0]

    def describe(self, text: str) -> str:
        """The link in words for a note: ``'said' reports 'seized' (SLINK EVIDENTIAL)``."""
        first, second = (text[start:end] for start, end in (self.first, self.second))
        kind = self.element if self.rel_type is None else f"{self.element} {self.rel_type}"
        return f"{first!r} {self.label or 'links'} {second!r} ({kind})"


@attrs.frozen
class NumberedLinks:
    """What `number_links` made, by element, and the tags it could not write, with why."""

    temporal: tuple[TemporalLink, ...] = ()
    subordination: tuple[SubordinationLink, ...] = ()
    causal: tuple[CausalLink, ...] = ()
    dropped: tuple[tuple[LinkTag, str], ...] = ()


def placed_links(
    tags: Iterable[LinkTag], instances: Mapping[tuple[int, int], str]
) -> tuple[list[tuple[LinkTag, str, str]], list[tuple[LinkTag, str]]]:
    """The tags `number_links` writes, each with its two instances' eiids, and those it
    leaves out, with why (see `number_links`)."""
    placed: list[tuple[LinkTag, str, str]] = []
    dropped: list[tuple[LinkTag, str]] = []
    written: set[tuple[str, str | None, str, str]] = set()
    for tag in tags:
        first, second = instances.get(tag.first), instances.get(tag.second)
        if first is None or second is None:
            which = "first" if first is None else "second"
            dropped.append((tag, f"its {which} event has no EVENT tag"))
            continue
        key = (tag.element, tag.rel_type, first, second)
        if key not in written:
            written.add(key)
            placed.append((tag, first, second))
    return placed, dropped


def number_links(
    tags: Iterable[LinkTag],
    instances: Mapping[tuple[int, int], str],
    *,
    taken: frozenset[str] = frozenset(),
    signals: Mapping[tuple[str, tuple[int, int]], str] | None = None,
) -> NumberedLinks:
    """Number `tags` as links ``l1``, ``l2``... between the event instances of `instances`.

    `instances` maps a trigger's span to its instance's ``eiid``; lids in `taken` are
    skipped. A tag whose event has no instance is left out and listed in ``dropped``; a
    tag that says again what an earlier one said (the same element, relType and events)
    is written once. `signals` maps ``(element, span)`` of the SIGNAL and C-SIGNAL
    elements written to their ids; a tag whose cue is there points at it (``signalID``
    for a TLINK or SLINK, ``c-signalID`` for a CLINK), others name no signal.

    >>> made = number_links([LinkTag("CLINK", (0, 5), (12, 18), signal=(6, 11))],
    ...                     {(0, 5): "ei1", (12, 18): "ei2"}, taken=frozenset({"l1"}),
    ...                     signals={("C-SIGNAL", (6, 11)): "c1"})
    >>> made.causal[0].attributes
    (('lid', 'l2'), ('eventInstanceID', 'ei1'), ('relatedToEventInstance', 'ei2'), ('c-signalID', 'c1'))
    """  # noqa: E501
    made: dict[str, list[Any]] = {"TLINK": [], "SLINK": [], "CLINK": []}
    placed, dropped = placed_links(tags, instances)
    number = 0
    for tag, first, second in placed:
        number += 1
        while f"l{number}" in taken:
            number += 1
        attributes = [("lid", f"l{number}")]
        if tag.rel_type is not None:
            attributes.append(("relType", tag.rel_type))
        attributes += [("eventInstanceID", first), (_SECOND[tag.element], second)]
        signal = (
            None
            if tag.signal is None or signals is None
            else signals.get((tag.signal_element, tag.signal))
        )
        if signal is not None:
            attributes.append((SIGNAL_FORMS[tag.element][2], signal))
        made[tag.element].append(attributes)
    return NumberedLinks(
        tuple(TemporalLink(tuple(pairs)) for pairs in made["TLINK"]),
        tuple(SubordinationLink(tuple(pairs)) for pairs in made["SLINK"]),
        tuple(CausalLink(tuple(pairs)) for pairs in made["CLINK"]),
        tuple(dropped),
    )
