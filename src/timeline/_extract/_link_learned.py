"""Causes no cue word states, read by a small learned model: "workers downed tools over
unpaid wages" has its "over", but "traffic came to a halt as farmers parked their
tractors across the road" tells its cause by the words around the events alone.

The model is a logistic regression over pairs of events in one sentence, trained here on
the Causal News Corpus (CC0; `tools/train_link_model.py` rebuilds it). Its features are
the words and classes the rules read too: the two events' lemmas, forms and TimeML
classes, the words between them, the word before each, the clause each is in, and which
of our cue lists their words belong to. It has no weight for a proper noun or a number.

It reads only what the rules left unread, so an explicit cue always has the last word: a
sentence where a rule found a cause, a reaction or a blame gets nothing more; an event a
rule linked to anything (by "after", by "said") is never an end of an inferred link; an
event the story does not assert (a condition, a denial, a forecast) is never a cause or
an effect; and an effect is an act or a state (a verb, "staged a sit-in", "angry"), not a
noun some other verb acts on. Of the pairs left, the one the model is surest of is
linked, and only if its score clears the threshold chosen by cross-validation for a
precision of at least .85 on unseen sentences. Its links are marked `inferred`: likely,
not told.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterator
from importlib import resources
from typing import Any

from .._errors import InvalidValueError
from .._events import RelationKind, lookup_relation
from . import _cues as cues
from ._extract import MentionInfo, SentenceAnalysis
from ._link_base import LinkReader
from ._link_words import is_predicate
from ._mentions import Mention

__all__ = [
    "LearnedLinks",
    "LinkModel",
    "PairScorer",
    "candidate_pairs",
    "link_model",
    "pair_features",
    "stored_model",
]

# Events further apart than this are seldom cause and effect within one sentence, and
# the pairs grow with the square of the sentence.
REACH = 25
# Between-word features only when the events are this close: a long stretch holds other
# clauses, whose words say nothing of this pair.
_BETWEEN = 15
_DISTANCES = (1, 2, 3, 5, 8, 12, 20)
# Relations that already read a sentence's cause: after them the model adds nothing.
_REACTIONS = frozenset({"responds_to", "retaliates_for", "blames"})
# A word of one of these classes says nothing general about causes, only which story it
# came from.
_MASKED = {"PROPN": "<name>", "NUM": "<number>"}


def _families() -> dict[str, tuple[str, ...]]:
    """For each word of a cue list, the names of the lists that hold it."""
    found: dict[str, list[str]] = {}
    for name in sorted(cues.__all__):
        words = getattr(cues, name)
        if isinstance(words, frozenset) and all(isinstance(word, str) for word in words):
            for word in words:
                found.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in found.items()}


_FAMILIES = _families()


def _distance(words: int) -> str:
    return next((str(limit) for limit in _DISTANCES if words <= limit), "far")


def _word(analysed: SentenceAnalysis, index: int) -> str:
    if index < 0:
        return "<start>"
    if index >= len(analysed.tagged):
        return "<end>"
    tagged = analysed.tagged[index]
    return _MASKED.get(tagged.tag, tagged.word.lower)


def sentence_words(analysed: SentenceAnalysis) -> list[str]:
    """The sentence's words as the features name them: lowercase, names and numbers
    masked."""
    return [_word(analysed, index) for index in range(len(analysed.tagged))]


def pair_features(analysed: SentenceAnalysis, cause: Mention, effect: Mention) -> list[str]:
    """The features of "`cause` brings about `effect`", two event mentions of one sentence.

    >>> from ._extract import analyse
    >>> analysis = analyse("The drought ruined the harvest, and prices soared.", "2024-05-02")
    >>> drought, ruined, soared = (info.mention for info in analysis.mentions)
    >>> features = pair_features(analysis.sentences[0], drought, soared)
    >>> "cause.lemma=drought" in features, "effect.lemma=soar" in features
    (True, True)
    """
    order = _order(cause, effect)
    words = sentence_words(analysed)
    between = words[min(cause.head, effect.head) + 1 : max(cause.head, effect.head)]
    features = end_features(analysed, cause, "cause", order)
    features += end_features(analysed, effect, "effect", order)
    features += span_features(between, cause, effect)
    if len(between) <= _BETWEEN:
        for word in sorted(set(between)):
            features += between_word_features(word, order)
    return features


def _order(cause: Mention, effect: Mention) -> str:
    return ">" if cause.head < effect.head else "<"


def end_features(analysed: SentenceAnalysis, mention: Mention, end: str, order: str) -> list[str]:
    """The features one end of a pair has of its own: its lemma, form and class, the
    words before it, its clause, and which cue lists hold it."""
    before = _word(analysed, mention.group_first - 1)
    clause = analysed.clauses[mention.clause]
    word = analysed.tagged[mention.head].word.lower
    return [
        f"{end}.lemma={mention.lemma}",
        f"{end}.form={order}{mention.pos}{mention.tense}",
        f"{end}.class={mention.event_class.value}",
        f"{end}.passive={mention.passive}",
        f"{end}.before={before}",
        f"{end}.before={order}{before}",
        f"{end}.before2={_word(analysed, mention.group_first - 2)}_{before}",
        f"{end}.opener={order}{clause.opener}",
        *(f"{end}.list={order}{name}" for name in _FAMILIES.get(mention.lemma, ())),
        *(f"{end}.word_list={order}{name}" for name in _FAMILIES.get(word, ())),
    ]


def between_word_features(word: str, order: str) -> list[str]:
    """The features of one word between a pair's ends (each word once, when they are
    near): the word and the cue lists that hold it."""
    return [
        f"between={order}{word}",
        *(f"between_list={order}{n}" for n in _FAMILIES.get(word, ())),
    ]


def span_features(between: list[str], cause: Mention, effect: Mention) -> list[str]:
    """The features of the stretch between a pair's ends as a whole: its length, its
    first and last words, its commas, and whether it crosses a clause."""
    order = _order(cause, effect)
    features = ["bias", f"order={order}", f"distance={order}{_distance(len(between) + 1)}"]
    if len(between) > _BETWEEN:
        features.append("between=long")
    if between:
        features += [f"first_between={order}{between[0]}", f"last_between={order}{between[-1]}"]
    features.append(f"same_clause={cause.clause == effect.clause}")
    features.append(f"commas={order}{min(3, between.count(','))}")
    return features


class LinkModel:
    """Feature weights and the probability a pair must reach to be linked.

    >>> model = LinkModel({"bias": 0.0, "between=>as": 2.0}, threshold=0.8)
    >>> model.total(["bias", "between=>as"]), model.margin(["bias", "between=>as"]) > 0
    (2.0, True)
    """

    def __init__(self, weights: dict[str, float], threshold: float) -> None:
        if not isinstance(threshold, float | int) or not 0.0 < threshold < 1.0:
            raise InvalidValueError(
                f"LinkModel: threshold: expected a probability between 0 and 1 (exclusive), "
                f"got {threshold!r}"
            )
        self.weights = weights
        self.threshold = threshold
        self._margin = math.log(threshold / (1.0 - threshold))

    def total(self, features: list[str]) -> float:
        """The sum of the features' weights: the pair's log-odds, or a part of them."""
        weights = self.weights
        return sum(weights.get(feature, 0.0) for feature in features)

    def margin(self, features: list[str]) -> float:
        """The log-odds above the threshold's: positive when the pair should be linked."""
        return self.total(features) - self._margin


@functools.cache
def stored_model() -> dict[str, Any]:
    """The model file shipped with the package (`_data/link_model.json`): its weights,
    threshold and cross-validated figures."""
    text = resources.files("timeline").joinpath("_data", "link_model.json").read_text("utf-8")
    stored: dict[str, Any] = json.loads(text)
    return stored


@functools.cache
def link_model() -> LinkModel:
    """The model shipped with the package."""
    stored = stored_model()
    return LinkModel({str(k): float(v) for k, v in stored["weights"].items()}, stored["threshold"])


def candidate_pairs(reader: LinkReader, number: int) -> Iterator[tuple[MentionInfo, MentionInfo]]:
    """The (cause, effect) pairs of a sentence's events the model may link: both are
    asserted, outside a condition. Aims ("to demand") are the rules' alone: whether an
    infinitive is a purpose or a verb's complement is grammar, which they read."""
    stated = [info for info in reader.by_sentence[number] if reader._stated(info)]
    for effect in stated:
        if not (is_predicate(effect.mention) or effect.mention.pos == "ADJ"):
            continue  # "called off the strike": the calling off is what a cause brings
        for cause in stated:
            if cause is not effect and abs(cause.mention.head - effect.mention.head) <= REACH:
                yield cause, effect


class PairScorer:
    """`LinkModel.margin` of `pair_features` for the pairs of one sentence, in a fraction
    of the time: an end's own features, and a word's between two ends, weigh the same in
    every pair they are in, so each is summed once."""

    def __init__(self, model: LinkModel, analysed: SentenceAnalysis) -> None:
        self.model = model
        self.analysed = analysed
        self.words = sentence_words(analysed)
        self.ends: dict[tuple[int, str, str], float] = {}
        self.between: dict[tuple[str, str], float] = {}

    def margin(self, cause: Mention, effect: Mention) -> float:
        """The pair's log-odds above the threshold's (see `LinkModel.margin`)."""
        order = _order(cause, effect)
        between = self.words[min(cause.head, effect.head) + 1 : max(cause.head, effect.head)]
        total = self._end(cause, "cause", order) + self._end(effect, "effect", order)
        if len(between) <= _BETWEEN:
            total += sum(self._word(word, order) for word in set(between))
        return total + self.model.margin(span_features(between, cause, effect))

    def _end(self, mention: Mention, end: str, order: str) -> float:
        key = (mention.head, end, order)
        if key not in self.ends:
            self.ends[key] = self.model.total(end_features(self.analysed, mention, end, order))
        return self.ends[key]

    def _word(self, word: str, order: str) -> float:
        key = (word, order)
        if key not in self.between:
            self.between[key] = self.model.total(between_word_features(word, order))
        return self.between[key]


def _reads_a_cause(relation: str) -> bool:
    return relation in _REACTIONS or lookup_relation(relation).kind is RelationKind.CAUSAL


class LearnedLinks(LinkReader):
    """The finder of causes the rules left unread (run after every rule)."""

    model: LinkModel | None = None  # None: the rules alone

    def _learned(self, number: int) -> None:
        model = self.model
        if model is None:
            return
        # Events a rule linked are read already: "postponed after a storm flooded the
        # pitch" is told as time order, and the model must not read a cause into it.
        read = {
            info.event_id for info in self.by_sentence[number] if info.event_id in self.relations_of
        }
        if any(_reads_a_cause(relation) for event in read for relation in self.relations_of[event]):
            return
        scorer = None
        best: tuple[float, MentionInfo, MentionInfo] | None = None
        for cause, effect in candidate_pairs(self, number):
            if cause.event_id not in read and effect.event_id not in read:
                scorer = scorer or PairScorer(model, self.analysis.sentences[number])
                margin = scorer.margin(cause.mention, effect.mention)
                if margin >= 0.0 and (best is None or margin > best[0]):
                    best = (margin, cause, effect)
        if best is None:
            return
        _, cause, effect = best
        first = min(cause.mention.head, effect.mention.head)
        last = max(cause.mention.last, effect.mention.last)
        # A protest answers what it is over; anything else is a cause.
        if effect.mention.lemma in cues.PROTESTS:
            self._add(effect, "responds_to", cause, number, first, last, inferred=True)
        else:
            self._add(cause, "causes", effect, number, first, last, inferred=True)
