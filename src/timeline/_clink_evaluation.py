"""Score causal links (CLINKs) against a gold TimeML corpus: pairs found, and which way round.

A CLINK joins two event instances, the cause first. We compare them by their EVENTs'
extents in the text, as the relaxed EVENT score does: a system link finds a gold link when
each of its events overlaps a different one of the gold link's two events. It finds it
the right way round when its cause overlaps the gold cause. Each gold link is found at
most once, so precision, recall and F1 count links, and ``direction`` is the share of
the found links whose cause and effect are the right way round: rule-based extractors
are known to swap them ("led to", "was caused by").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ._evaluation import PrecisionRecall, field_sums
from ._timeml import Document

__all__ = ["CausalPair", "ClinkCounts", "causal_pairs", "score_clinks"]

Span = tuple[int, int]


@attrs.frozen
class CausalPair:
    """A causal link by its events' extents in the text: ``cause`` causes ``effect``."""

    cause: Span
    effect: Span


@attrs.frozen
class ClinkCounts:
    """What a CLINK score is computed from.

    >>> counts = ClinkCounts(gold=4, system=2, found=2, right_way=1)
    >>> counts.pairs.precision, counts.pairs.recall, counts.direction
    (1.0, 0.5, 0.5)
    """

    gold: int = 0
    system: int = 0
    found: int = 0
    right_way: int = 0

    @property
    def pairs(self) -> PrecisionRecall:
        """Precision, recall and F1 of the links found, whichever way round."""
        return PrecisionRecall.of(correct=self.found, system=self.system, gold=self.gold)

    @property
    def direction(self) -> float:
        """The share of found links whose cause is the gold cause (0 when none is found)."""
        return self.right_way / self.found if self.found else 0.0

    def __add__(self, other: ClinkCounts) -> ClinkCounts:
        return field_sums(self, other)


def causal_pairs(document: Document) -> tuple[list[CausalPair], int]:
    """The CLINKs of `document` as pairs of EVENT extents, and how many could not be placed.

    A CLINK is placed through its instances' MAKEINSTANCEs to EVENTs inside TEXT; one that
    names an instance or event the document does not have cannot be, and is counted.

    >>> from timeline.timeml import parse
    >>> document = parse(
    ...     '<TimeML><TEXT><EVENT eid="e1">Rain</EVENT> <EVENT eid="e2">flooded</EVENT> it.'
    ...     '</TEXT><MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" '
    ...     'eventID="e2"/><CLINK lid="l1" eventInstanceID="ei1" '
    ...     'relatedToEventInstance="ei2"/><CLINK lid="l2" eventInstanceID="ei9" '
    ...     'relatedToEventInstance="ei2"/></TimeML>')
    >>> causal_pairs(document)
    ([CausalPair(cause=(0, 4), effect=(5, 12))], 1)
    """
    spans = {event.eid: event.span for event in document.events if event.span is not None}
    where = {
        instance.eiid: spans.get(instance.event_id or "")
        for instance in document.instances
        if instance.eiid is not None
    }
    pairs: list[CausalPair] = []
    unplaced = 0
    for link in document.causal_links:
        cause, effect = where.get(link.source or ""), where.get(link.target or "")
        if cause is None or effect is None:
            unplaced += 1
        else:
            pairs.append(CausalPair(cause, effect))
    return pairs, unplaced


def _overlap(one: Span, other: Span) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _counts(gold: Iterable[CausalPair], system: Iterable[CausalPair]) -> ClinkCounts:
    unfound = list(dict.fromkeys(gold))
    proposed = list(dict.fromkeys(system))
    total = len(unfound)
    found = right_way = 0
    for pair in proposed:
        # The right way round first, so that a link said both ways is not scored wrong.
        match = _gold_pair(unfound, pair.cause, pair.effect)
        if match is not None:
            right_way += 1
        else:
            match = _gold_pair(unfound, pair.effect, pair.cause)
        if match is not None:
            found += 1
            unfound.remove(match)
    return ClinkCounts(total, len(proposed), found, right_way)


def _gold_pair(unfound: list[CausalPair], cause: Span, effect: Span) -> CausalPair | None:
    """The first gold pair not yet found whose cause overlaps `cause` and effect `effect`."""
    return next(
        (g for g in unfound if _overlap(cause, g.cause) and _overlap(effect, g.effect)), None
    )


def score_clinks(
    gold: Mapping[str, Iterable[CausalPair]], system: Mapping[str, Iterable[CausalPair]]
) -> tuple[ClinkCounts, tuple[tuple[str, ClinkCounts], ...]]:
    """The CLINK counts over all documents of `gold`, and each document's.

    A document `system` lacks counts as one where no link was found. A pair said twice in
    one document counts once.

    >>> gold = {"a": [CausalPair((0, 4), (5, 12))]}
    >>> total, _ = score_clinks(gold, {"a": [CausalPair((5, 12), (0, 3))]})
    >>> total.found, total.right_way
    (1, 0)
    """
    documents = tuple((name, _counts(pairs, system.get(name, ()))) for name, pairs in gold.items())
    total = ClinkCounts()
    for _, counts in documents:
        total += counts
    return total, documents
