"""TempEval-3 Task A scoring: how well a system finds and normalizes time expressions.

The measures are those of the TempEval-3 toolkit, over character spans:

- strict match: system and gold spans are identical;
- relaxed match: the spans overlap (each expression matches at most one on the other side;
  the pairing is a maximum matching that keeps every identical pair);
- attribute F1 (type, value): among relaxed matches, those whose attribute is right, over
  the system count (precision) and over the gold count (recall).

Counts are summed over documents before dividing (micro-average). A ratio whose
denominator is zero is 1.0: a system that proposes nothing makes no false claim, and a
document with nothing to find has nothing missed; the F1 of a zero precision and zero
recall is 0.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from ._errors import InvalidValueError
from ._time import Timex

__all__ = ["Counts", "DocumentScores", "PrecisionRecall", "Scores", "TimexPair", "evaluate"]


_Tally = TypeVar("_Tally", bound=attrs.AttrsInstance)


def field_sums(one: _Tally, other: _Tally) -> _Tally:
    """A record of counts whose every field is the sum of `one`'s and `other`'s: how the
    scores of two documents add up."""
    return type(one)(
        *(
            mine + theirs
            for mine, theirs in zip(attrs.astuple(one), attrs.astuple(other), strict=True)
        )
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@attrs.frozen
class PrecisionRecall:
    """Precision, recall and their harmonic mean (F1), each a fraction in [0, 1].

    >>> PrecisionRecall.of(correct=3, system=4, gold=6)
    PrecisionRecall(precision=0.75, recall=0.5, f1=0.6)
    """

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, *, correct: int, system: int, gold: int) -> PrecisionRecall:
        """The scores of `correct` answers among `system` proposed and `gold` expected."""
        precision, recall = _ratio(correct, system), _ratio(correct, gold)
        total = precision + recall
        return cls(precision, recall, 2 * precision * recall / total if total else 0.0)


def _count(instance: Counts, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(f"Counts.{attribute.name}: expected an int >= 0, got {value!r}")


@attrs.frozen
class Counts:
    """What a TempEval-3 Task A score is computed from, for one or more documents.

    >>> counts = Counts(gold=4, system=5, strict_matches=3, relaxed_matches=4,
    ...                 correct_types=4, correct_values=3)
    >>> round(counts.relaxed.f1, 4), counts.value.recall
    (0.8889, 0.75)
    """

    gold: int = attrs.field(default=0, validator=_count)
    system: int = attrs.field(default=0, validator=_count)
    strict_matches: int = attrs.field(default=0, validator=_count)
    relaxed_matches: int = attrs.field(default=0, validator=_count)
    correct_types: int = attrs.field(default=0, validator=_count)
    correct_values: int = attrs.field(default=0, validator=_count)

    def __attrs_post_init__(self) -> None:
        if not (
            self.strict_matches <= self.relaxed_matches <= min(self.gold, self.system)
            and max(self.correct_types, self.correct_values) <= self.relaxed_matches
        ):
            raise InvalidValueError(
                "Counts: expected correct attributes <= strict matches <= relaxed matches "
                f"<= gold and system counts, got {self!r}"
            )

    def __add__(self, other: Counts) -> Counts:
        if not isinstance(other, Counts):
            return NotImplemented
        return field_sums(self, other)

    @property
    def strict(self) -> PrecisionRecall:
        """Strict match: identical spans."""
        return PrecisionRecall.of(correct=self.strict_matches, system=self.system, gold=self.gold)

    @property
    def relaxed(self) -> PrecisionRecall:
        """Relaxed match: overlapping spans."""
        return PrecisionRecall.of(correct=self.relaxed_matches, system=self.system, gold=self.gold)

    @property
    def type(self) -> PrecisionRecall:
        """Type attribute: relaxed matches with the right TIMEX3 type."""
        return PrecisionRecall.of(correct=self.correct_types, system=self.system, gold=self.gold)

    @property
    def value(self) -> PrecisionRecall:
        """Value attribute: relaxed matches with the right TIMEX3 value (as strings)."""
        return PrecisionRecall.of(correct=self.correct_values, system=self.system, gold=self.gold)


@attrs.frozen
class TimexPair:
    """A gold expression and the system's, in one document; either may be missing.

    A value error has both; a missed expression has no ``system``, a spurious one no
    ``gold``.
    """

    document: str
    gold: Timex | None
    system: Timex | None


@attrs.frozen
class DocumentScores:
    """The counts of one document; its scores are ``counts.strict``, ``counts.value``..."""

    name: str
    counts: Counts


@attrs.frozen
class Scores:
    """TempEval-3 Task A scores over a set of documents, with what went wrong.

    ``strict``, ``relaxed``, ``type`` and ``value`` are micro-averaged; ``documents`` has
    each document's counts, by name. ``value_errors`` and ``type_errors`` are relaxed
    matches whose attribute differs; ``missed`` are gold expressions no system expression
    overlaps, ``spurious`` the reverse.
    """

    counts: Counts
    documents: tuple[DocumentScores, ...]
    value_errors: tuple[TimexPair, ...]
    type_errors: tuple[TimexPair, ...]
    missed: tuple[TimexPair, ...]
    spurious: tuple[TimexPair, ...]

    @property
    def strict(self) -> PrecisionRecall:
        """Strict match (identical spans), over all documents."""
        return self.counts.strict

    @property
    def relaxed(self) -> PrecisionRecall:
        """Relaxed match (overlapping spans), over all documents."""
        return self.counts.relaxed

    @property
    def type(self) -> PrecisionRecall:
        """Type F1 and its precision and recall, over all documents."""
        return self.counts.type

    @property
    def value(self) -> PrecisionRecall:
        """Value F1 and its precision and recall, over all documents."""
        return self.counts.value


def evaluate(gold: Mapping[str, Iterable[Timex]], system: Mapping[str, Iterable[Timex]]) -> Scores:
    """Score `system` against `gold` the way TempEval-3 Task A does.

    Args:
        gold: the expected expressions of each document, by document name; each needs a
            span into the document's text.
        system: the proposed expressions, by the same names. A gold document the system
            has no entry for counts as one where it found nothing.

    Returns:
        The micro-averaged scores, each document's counts, and the errors.

    Raises:
        InvalidValueError: a system document has no gold document, or an expression has
            no span.

    >>> found = [Timex("Monday", "DATE", "2017-09-25", span=(16, 22))]
    >>> expected = [Timex("late Monday", "DATE", "2017-09-25", "END", span=(11, 22))]
    >>> scores = evaluate({"story": expected}, {"story": found})
    >>> scores.strict.f1, scores.relaxed.f1, scores.value.f1
    (0.0, 1.0, 1.0)
    """
    unknown = sorted(set(system) - set(gold))
    if unknown:
        raise InvalidValueError(
            f"evaluate: expected system documents among the gold ones, got {unknown[:5]} "
            "that have no gold document"
        )
    documents: list[DocumentScores] = []
    value_errors: list[TimexPair] = []
    type_errors: list[TimexPair] = []
    missed: list[TimexPair] = []
    spurious: list[TimexPair] = []
    total = Counts()
    for name in sorted(gold):
        expected = _spanned(name, "gold", gold[name])
        proposed = _spanned(name, "system", system.get(name, ()))
        strict, pairs = match_spans([_span(t) for t in expected], [_span(t) for t in proposed])
        matched_gold = {g for g, _ in pairs}
        matched_system = {s for _, s in pairs}
        correct_types = correct_values = 0
        for g, s in pairs:
            pair = TimexPair(name, expected[g], proposed[s])
            if expected[g].type == proposed[s].type:
                correct_types += 1
            else:
                type_errors.append(pair)
            if expected[g].value == proposed[s].value:
                correct_values += 1
            else:
                value_errors.append(pair)
        missed += [
            TimexPair(name, timex, None)
            for index, timex in enumerate(expected)
            if index not in matched_gold
        ]
        spurious += [
            TimexPair(name, None, timex)
            for index, timex in enumerate(proposed)
            if index not in matched_system
        ]
        counts = Counts(
            gold=len(expected),
            system=len(proposed),
            strict_matches=strict,
            relaxed_matches=len(pairs),
            correct_types=correct_types,
            correct_values=correct_values,
        )
        documents.append(DocumentScores(name, counts))
        total += counts
    return Scores(
        counts=total,
        documents=tuple(documents),
        value_errors=tuple(value_errors),
        type_errors=tuple(type_errors),
        missed=tuple(missed),
        spurious=tuple(spurious),
    )


def _span(timex: Timex) -> tuple[int, int]:
    assert timex.span is not None  # _spanned checked it
    return timex.span


def _spanned(document: str, side: str, timexes: Iterable[Timex]) -> list[Timex]:
    checked = list(timexes)
    for timex in checked:
        if not isinstance(timex, Timex):
            raise InvalidValueError(
                f"evaluate: expected {side} expressions of {document!r} to be Timex, "
                f"got {type(timex).__name__}"
            )
        if timex.span is None:
            raise InvalidValueError(
                f"evaluate: expected every {side} expression of {document!r} to have a "
                f"span, got {timex.text!r} without one"
            )
    # A fixed order makes the pairing, and so the attribute counts, independent of the
    # order the caller listed the expressions in.
    checked.sort(key=lambda timex: (_span(timex), timex.type, timex.value, timex.text))
    return checked


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> int:
    return min(first[1], second[1]) - max(first[0], second[0])


def match_spans(
    gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]
) -> tuple[int, list[tuple[int, int]]]:
    """The number of strict matches, and a maximum one-to-one relaxed matching.

    `system` must be sorted by span. The matching pairs indexes (gold, system), keeps every
    identical pair, and otherwise prefers the largest overlap.
    """
    by_span: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, span in enumerate(system):
        by_span[span].append(index)
    gold_partner: dict[int, int] = {}
    system_partner: dict[int, int] = {}
    for index, span in enumerate(gold):
        same = by_span.get(span)
        if same:
            partner = same.pop(0)
            gold_partner[index], system_partner[partner] = partner, index
    strict = len(gold_partner)

    starts = [span[0] for span in system]
    longest = max((end - start for start, end in system), default=0)
    neighbours: list[list[int]] = []
    for span in gold:
        low = bisect.bisect_left(starts, span[0] - longest)
        high = bisect.bisect_right(starts, span[1])
        candidates = [
            index
            for index in range(low, high)
            if system[index] == span or _overlap(span, system[index]) > 0
        ]
        # Identical spans first, then the largest overlap: the pairing that reads best.
        candidates.sort(key=lambda index: (-_overlap(span, system[index]), index))
        neighbours.append(candidates)
    for root in range(len(gold)):
        if root not in gold_partner:
            _augment(root, neighbours, gold_partner, system_partner)
    return strict, sorted(gold_partner.items())


def _augment(
    root: int,
    neighbours: list[list[int]],
    gold_partner: dict[int, int],
    system_partner: dict[int, int],
) -> bool:
    """Kuhn's augmenting-path step, iterative so long chains cannot hit the recursion limit."""
    reached_from: dict[int, int] = {}
    stack = [(root, iter(neighbours[root]))]
    while stack:
        gold_index, candidates = stack[-1]
        for system_index in candidates:
            if system_index in reached_from:
                continue
            reached_from[system_index] = gold_index
            holder = system_partner.get(system_index)
            if holder is None:
                # Flip the path: every gold vertex on it takes the next system vertex.
                free: int | None = system_index
                while free is not None:
                    owner = reached_from[free]
                    previous = gold_partner.get(owner)
                    gold_partner[owner], system_partner[free] = free, owner
                    free = None if owner == root else previous
                return True
            stack.append((holder, iter(neighbours[holder])))
            break
        else:
            stack.pop()
    return False
