"""Properties of TempEval-3 scoring, including a brute-force model of the matching."""

from __future__ import annotations

import itertools
import random

from hypothesis import given
from hypothesis import strategies as st

from timeline import Timex, TimexType
from timeline.timeml import PrecisionRecall, Scores, evaluate

Corpus = dict[str, list[Timex]]


@st.composite
def _timexes(draw: st.DrawFn) -> Timex:
    start = draw(st.integers(0, 40))
    end = draw(st.integers(start, start + 12))
    return Timex(
        "x" * (end - start),
        draw(st.sampled_from(TimexType)),
        draw(st.sampled_from(["2017-09-25", "2017-W38", "P3D", "PY5"])),
        span=(start, end),
    )


_NAMES = st.sampled_from(["a", "b", "c", "d"])
corpora = st.dictionaries(_NAMES, st.lists(_timexes(), max_size=6), max_size=4)


@st.composite
def _gold_and_system(draw: st.DrawFn) -> tuple[Corpus, Corpus]:
    gold = draw(corpora)
    system = {name: draw(st.lists(_timexes(), max_size=6)) for name in gold if draw(st.booleans())}
    return gold, system


def _measures(scores: Scores) -> list[PrecisionRecall]:
    return [scores.strict, scores.relaxed, scores.type, scores.value]


@given(corpora)
def test_gold_against_itself_scores_one_everywhere(gold: Corpus) -> None:
    assert [PrecisionRecall(1.0, 1.0, 1.0)] * 4 == _measures(evaluate(gold, gold))


@given(_gold_and_system())
def test_scores_are_fractions_and_strict_is_at_most_relaxed(corpus: tuple[Corpus, Corpus]) -> None:
    scores = evaluate(*corpus)
    for measure in _measures(scores):
        assert 0 <= min(measure.precision, measure.recall, measure.f1)
        assert max(measure.precision, measure.recall, measure.f1) <= 1
    assert scores.strict.f1 <= scores.relaxed.f1
    assert scores.value.f1 <= scores.relaxed.f1
    assert scores.type.f1 <= scores.relaxed.f1


@given(_gold_and_system(), st.randoms(use_true_random=False))
def test_order_of_documents_and_expressions_does_not_matter(
    corpus: tuple[Corpus, Corpus], shuffler: random.Random
) -> None:
    gold, system = corpus

    def shuffled(documents: Corpus) -> Corpus:
        names = list(documents)
        shuffler.shuffle(names)
        return {name: shuffler.sample(documents[name], len(documents[name])) for name in names}

    assert evaluate(gold, system) == evaluate(shuffled(gold), shuffled(system))


def _overlaps(first: Timex, second: Timex) -> bool:
    assert first.span is not None
    assert second.span is not None
    # Spans overlap when they share a character; an empty span shares none, so it
    # matches only the identical empty span.
    shared = set(range(*first.span)) & set(range(*second.span))
    return first.span == second.span or bool(shared)


def _largest_matching(gold: list[Timex], system: list[Timex]) -> int:
    """The obviously correct answer: try every assignment of gold to system expressions."""
    best = 0
    slots = list(range(len(system))) + [None] * len(gold)
    for choice in itertools.permutations(slots, len(gold)):
        pairs = sum(
            1
            for g, s in zip(gold, choice, strict=True)
            if s is not None and _overlaps(g, system[s])
        )
        best = max(best, pairs)
    return best


@given(st.lists(_timexes(), max_size=4), st.lists(_timexes(), max_size=4))
def test_relaxed_matches_are_a_maximum_one_to_one_matching(
    gold: list[Timex], system: list[Timex]
) -> None:
    scores = evaluate({"d": gold}, {"d": system})
    assert _largest_matching(gold, system) == scores.counts.relaxed_matches


@given(_gold_and_system())
def test_attribute_f1_is_relaxed_f1_times_attribute_accuracy(
    corpus: tuple[Corpus, Corpus],
) -> None:
    counts = evaluate(*corpus).counts
    if counts.relaxed_matches:
        accuracy = counts.correct_values / counts.relaxed_matches
        assert abs(counts.relaxed.f1 * accuracy - counts.value.f1) < 1e-9


@given(_gold_and_system(), _timexes())
def test_another_system_expression_never_loses_a_match(
    corpus: tuple[Corpus, Corpus], extra: Timex
) -> None:
    gold, system = corpus
    if not gold:
        return
    name = sorted(gold)[0]
    more = {**system, name: [*system.get(name, []), extra]}
    before, after = evaluate(gold, system).counts, evaluate(gold, more).counts
    assert before.relaxed_matches <= after.relaxed_matches
    assert before.strict_matches <= after.strict_matches
