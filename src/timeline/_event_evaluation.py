"""Event scoring the TempEval-3 way: EVENT extents (strict and relaxed) and event class.

Extents are matched exactly as time expressions are (`timeline._evaluation`): strict when
the spans are identical, relaxed when they overlap, one-to-one. Class is judged on the
relaxed matches: class F1 counts the matches whose classes agree over the system and gold
counts (TempEval-3's attribute F1), class accuracy over the matches whose gold class can
be compared at all.

Gold corpora do not all use TimeML's classes. MEANTIME (NewsReader guidelines) has
SPEECH_COGNITIVE, GRAMMATICAL and OTHER (and MIX for a mention of several events). A
system class is compared with such a gold class through `NEWSREADER_CLASSES`, which follows
the two schemes' definitions:

- REPORTING (say, report), I_STATE (believe, fear, want) and PERCEPTION (see, hear) are
  speech and cognition: SPEECH_COGNITIVE;
- ASPECTUAL (begin, continue, stop) is one of NewsReader's GRAMMATICAL kinds (events
  that only qualify another: aspectual and causative verbs, copulas, light verbs);
- OCCURRENCE, STATE and I_ACTION are OTHER. I_ACTION ("deny", "promise", "try") mixes
  acts of saying with others; TimeML does not tell them apart, so it goes to the bigger
  class, and the saying ones count as errors.

EventStoryLine (ECB+ guidelines) has TimeML's classes with an ``ACTION_`` prefix and no
I_ACTION or I_STATE (`ECB_CLASSES`: I_ACTION is an occurrence there, I_STATE a state), plus
CAUSATIVE ("cause", "lead to"), which TimeML has no class for, and ``NEG_`` for a negated
event, which is polarity and is not compared.

A gold class no scheme can compare (MIX, ACTION_GENERIC) is left out of the class accuracy
and counts as not correct in class F1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._errors import InvalidValueError
from ._evaluation import PrecisionRecall, field_sums, match_spans
from ._timeml import EventMention

__all__ = [
    "ECB_CLASSES",
    "NEWSREADER_CLASSES",
    "TIMEML_CLASSES",
    "EventCounts",
    "EventPair",
    "EventScores",
    "classes_agree",
    "comparable_class",
    "evaluate_events",
]

TIMEML_CLASSES = frozenset(
    {"OCCURRENCE", "REPORTING", "I_ACTION", "I_STATE", "ASPECTUAL", "STATE", "PERCEPTION"}
)
NEWSREADER_CLASSES: Mapping[str, str] = {
    "REPORTING": "SPEECH_COGNITIVE",
    "I_STATE": "SPEECH_COGNITIVE",
    "PERCEPTION": "SPEECH_COGNITIVE",
    "ASPECTUAL": "GRAMMATICAL",
    "OCCURRENCE": "OTHER",
    "STATE": "OTHER",
    "I_ACTION": "OTHER",
}
_NEWSREADER = frozenset(NEWSREADER_CLASSES.values())
ECB_CLASSES: Mapping[str, str] = {
    "OCCURRENCE": "ACTION_OCCURRENCE",
    "I_ACTION": "ACTION_OCCURRENCE",
    "REPORTING": "ACTION_REPORTING",
    "STATE": "ACTION_STATE",
    "I_STATE": "ACTION_STATE",
    "ASPECTUAL": "ACTION_ASPECTUAL",
    "PERCEPTION": "ACTION_PERCEPTION",
}
# ECB+ classes with no TimeML counterpart are still comparable: ours are never right.
_ECB = frozenset(ECB_CLASSES.values()) | {"ACTION_CAUSATIVE"}


def comparable_class(system_class: str | None, gold_class: str | None) -> str | None:
    """The system class in the gold's scheme, or None if the gold class cannot be compared.

    A TimeML gold class is compared as it is; a NewsReader one through
    `NEWSREADER_CLASSES`; an ECB+ one (EventStoryLine: ``ACTION_OCCURRENCE``,
    ``NEG_ACTION_STATE``...) through `ECB_CLASSES`, after dropping its ``NEG_`` (polarity,
    not class).

    >>> comparable_class("REPORTING", "SPEECH_COGNITIVE"), comparable_class("STATE", "STATE")
    ('SPEECH_COGNITIVE', 'STATE')
    >>> comparable_class("I_STATE", "NEG_ACTION_STATE")
    'ACTION_STATE'
    >>> comparable_class("OCCURRENCE", "MIX") is None
    True
    """
    mine = system_class or ""
    if gold_class in TIMEML_CLASSES:
        return mine
    if gold_class in _NEWSREADER:
        return mine if mine in _NEWSREADER else NEWSREADER_CLASSES.get(mine, "")
    if gold_class is not None and gold_class.removeprefix("NEG_") in _ECB:
        return mine if mine in _ECB else ECB_CLASSES.get(mine, "")
    return None


def classes_agree(system_class: str | None, gold_class: str | None) -> bool | None:
    """Whether the classes agree (see `comparable_class`); None if they cannot be compared.

    >>> classes_agree("REPORTING", "NEG_ACTION_REPORTING"), classes_agree("STATE", "MIX")
    (True, None)
    """
    mine = comparable_class(system_class, gold_class)
    if mine is None or gold_class is None:
        return None
    return mine == gold_class.removeprefix("NEG_")


def _count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(
            f"EventCounts.{attribute.name}: expected an int >= 0, got {value!r}"
        )


@attrs.frozen
class EventCounts:
    """What event scores are computed from, for one or more documents.

    >>> counts = EventCounts(gold=10, system=8, strict_matches=6, relaxed_matches=8,
    ...                      classes_compared=8, correct_classes=6)
    >>> round(counts.relaxed.f1, 4), counts.class_accuracy
    (0.8889, 0.75)
    """

    gold: int = attrs.field(default=0, validator=_count)
    system: int = attrs.field(default=0, validator=_count)
    strict_matches: int = attrs.field(default=0, validator=_count)
    relaxed_matches: int = attrs.field(default=0, validator=_count)
    classes_compared: int = attrs.field(default=0, validator=_count)
    correct_classes: int = attrs.field(default=0, validator=_count)

    def __attrs_post_init__(self) -> None:
        if not (
            self.strict_matches <= self.relaxed_matches <= min(self.gold, self.system)
            and self.correct_classes <= self.classes_compared <= self.relaxed_matches
        ):
            raise InvalidValueError(
                "EventCounts: expected correct classes <= classes compared <= relaxed "
                f"matches, and strict <= relaxed matches <= gold and system, got {self!r}"
            )

    def __add__(self, other: EventCounts) -> EventCounts:
        if not isinstance(other, EventCounts):
            return NotImplemented
        return field_sums(self, other)

    @property
    def strict(self) -> PrecisionRecall:
        """Strict extent match: identical trigger spans."""
        return PrecisionRecall.of(correct=self.strict_matches, system=self.system, gold=self.gold)

    @property
    def relaxed(self) -> PrecisionRecall:
        """Relaxed extent match: overlapping trigger spans."""
        return PrecisionRecall.of(correct=self.relaxed_matches, system=self.system, gold=self.gold)

    @property
    def event_class(self) -> PrecisionRecall:
        """Class F1: relaxed matches with the right class, over system and gold counts."""
        return PrecisionRecall.of(correct=self.correct_classes, system=self.system, gold=self.gold)

    @property
    def class_accuracy(self) -> float:
        """The share of comparable relaxed matches whose class is right (1.0 if none)."""
        return self.correct_classes / self.classes_compared if self.classes_compared else 1.0


@attrs.frozen
class EventPair:
    """A gold event and the system's, in one document; either may be missing."""

    document: str
    gold: EventMention | None
    system: EventMention | None


@attrs.frozen
class EventScores:
    """Event scores over a set of documents, with each document's counts and the errors.

    ``class_errors`` are relaxed matches whose (comparable) classes differ; ``missed`` gold
    events no system event overlaps, ``spurious`` the reverse.
    """

    counts: EventCounts
    documents: tuple[tuple[str, EventCounts], ...]
    class_errors: tuple[EventPair, ...]
    missed: tuple[EventPair, ...]
    spurious: tuple[EventPair, ...]

    @property
    def strict(self) -> PrecisionRecall:
        """Strict extent match over all documents."""
        return self.counts.strict

    @property
    def relaxed(self) -> PrecisionRecall:
        """Relaxed extent match over all documents."""
        return self.counts.relaxed

    @property
    def event_class(self) -> PrecisionRecall:
        """Class F1 over all documents."""
        return self.counts.event_class


def evaluate_events(
    gold: Mapping[str, Iterable[EventMention]], system: Mapping[str, Iterable[EventMention]]
) -> EventScores:
    """Score `system` events against `gold` by extent and class, TempEval-3 style.

    Args:
        gold: the expected EVENTs of each document, by name; each needs a span.
        system: the proposed EVENTs, by the same names (a missing document found nothing).

    Raises:
        InvalidValueError: a system document has no gold one, or an event has no span.

    >>> said = EventMention("said", (10, 14), (("class", "SPEECH_COGNITIVE"),))
    >>> found = EventMention("said", (10, 14), (("class", "REPORTING"),))
    >>> scores = evaluate_events({"story": [said]}, {"story": [found]})
    >>> scores.strict.f1, scores.event_class.f1
    (1.0, 1.0)
    """
    unknown = sorted(set(system) - set(gold))
    if unknown:
        raise InvalidValueError(
            f"evaluate_events: expected system documents among the gold ones, got "
            f"{unknown[:5]} that have no gold document"
        )
    total = EventCounts()
    documents: list[tuple[str, EventCounts]] = []
    class_errors: list[EventPair] = []
    missed: list[EventPair] = []
    spurious: list[EventPair] = []
    for name in sorted(gold):
        expected = _spanned(name, "gold", gold[name])
        proposed = _spanned(name, "system", system.get(name, ()))
        strict, pairs = match_spans(
            [_span(event) for event in expected], [_span(event) for event in proposed]
        )
        compared = correct = 0
        for g, s in pairs:
            gold_class = expected[g].event_class
            agree = classes_agree(proposed[s].event_class, gold_class)
            if agree is None:
                continue
            compared += 1
            if agree:
                correct += 1
            else:
                class_errors.append(EventPair(name, expected[g], proposed[s]))
        matched_gold = {g for g, _ in pairs}
        matched_system = {s for _, s in pairs}
        missed += [
            EventPair(name, event, None)
            for index, event in enumerate(expected)
            if index not in matched_gold
        ]
        spurious += [
            EventPair(name, None, event)
            for index, event in enumerate(proposed)
            if index not in matched_system
        ]
        counts = EventCounts(len(expected), len(proposed), strict, len(pairs), compared, correct)
        documents.append((name, counts))
        total += counts
    return EventScores(total, tuple(documents), tuple(class_errors), tuple(missed), tuple(spurious))


def _span(event: EventMention) -> tuple[int, int]:
    assert event.span is not None  # _spanned checked it
    return event.span


def _spanned(document: str, side: str, events: Iterable[EventMention]) -> list[EventMention]:
    checked = list(events)
    for event in checked:
        if not isinstance(event, EventMention):
            raise InvalidValueError(
                f"evaluate_events: expected {side} events of {document!r} to be "
                f"EventMention, got {type(event).__name__}"
            )
        if event.span is None:
            raise InvalidValueError(
                f"evaluate_events: expected every {side} event of {document!r} to have a "
                f"span, got {event.text!r} without one"
            )
    # A fixed order makes the pairing independent of the order the caller gave.
    checked.sort(key=lambda event: (_span(event), event.event_class or "", event.text))
    return checked
