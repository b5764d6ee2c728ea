"""Train the link model `extract` reads unmarked causes with, and measure it honestly.

    python tools/train_link_model.py ../shared/corpora/causalnews \\
        --output src/timeline/_data/link_model.json

Reads the Causal News Corpus training sentences (CC0) from the folder given. Every pair of
events `extract` finds in a sentence is an example: positive when the first event lies in
a marked cause and the second in its effect. A logistic regression (AdaGrad, L2, a fixed
seed: the same corpus gives the same weights) learns them.

The threshold is chosen by cross-validation: each fold's sentences are read by a model
trained without them, with the rules first, exactly as `extract` reads them, and the
threshold is the lowest whose pooled precision reaches ``--precision``. The figures
printed for it are the ones to expect on sentences the model never saw. The shipped model
is then trained on every sentence; weights too small to change a score are dropped.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import zlib
from collections import defaultdict
from pathlib import Path

from timeline._extract._extract import Analysis, analyse
from timeline._extract._link_base import LinkReader
from timeline._extract._link_learned import LinkModel, candidate_pairs, pair_features
from timeline._extract._links import FoundLink, find_links

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus.causalnews import (
    CAUSAL,
    PUBLISHED,
    SentenceCounts,
    Span,
    cause_effect_pairs,
    event_spans,
    inside,
    labelled_sentences,
    oriented,
)

Example = tuple[list[str], bool]
_SMALLEST = 0.05


class Sentence:
    """A corpus sentence as `extract` reads it, with its label and its pair examples."""

    def __init__(self, text: str, causal: bool, pairs: list[tuple[Span, Span]]) -> None:
        self.text = text
        self.causal = causal
        self.analysis: Analysis = analyse(text, PUBLISHED)
        self.pairs = pairs
        self.spans = event_spans(self.analysis)
        self.examples = list(_examples(self.analysis, self.spans, pairs))
        self.fold_key = zlib.crc32(text.encode("utf-8"))


def _examples(
    analysis: Analysis, spans: dict[str, Span], pairs: list[tuple[Span, Span]]
) -> list[Example]:
    reader = LinkReader(analysis)
    found = []
    for number, analysed in enumerate(analysis.sentences):
        for cause, effect in candidate_pairs(reader, number):
            first, second = spans[cause.event_id], spans[effect.event_id]
            positive = any(inside(first, c) and inside(second, e) for c, e in pairs)
            features = pair_features(analysed, cause.mention, effect.mention)
            found.append((features, positive))
    return found


def train(
    examples: list[Example], epochs: int, l2: float, min_count: int, rate: float = 0.2
) -> dict[str, float]:
    """Logistic regression by AdaGrad with L2, in a fixed order for a fixed result. A
    feature seen in fewer than `min_count` examples gets no weight: it would name one
    story, not a way of telling a cause."""
    seen: dict[str, int] = defaultdict(int)
    for features, _ in examples:
        for feature in features:
            seen[feature] += 1
    examples = [([f for f in features if seen[f] >= min_count], y) for features, y in examples]
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    order = list(range(len(examples)))
    shuffle = random.Random(0)
    for _ in range(epochs):
        shuffle.shuffle(order)
        for index in order:
            features, positive = examples[index]
            total = sum(weights[feature] for feature in features)
            probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))
            error = probability - positive
            for feature in features:
                gradient = error + l2 * weights[feature]
                squares[feature] += gradient * gradient
                weights[feature] -= rate * gradient / math.sqrt(squares[feature])
    # Weights too small to move a score are dropped, in every fold as in the shipped model,
    # so that the cross-validated figures are the shipped model's.
    return {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= _SMALLEST}


def _read(sentence: Sentence, model: LinkModel | None) -> list[FoundLink]:
    """The sentence's links as `extract` finds them: the rules', and with a `model` its."""
    return find_links(sentence.analysis, learned=model is not None, model=model)


def _reads_causal(links: list[FoundLink]) -> bool:
    return any(link.relation in CAUSAL for link in links)


class Inferred:
    """The inferred links of the held-out sentences, and how many join an event of a
    marked cause to an event of its effect (the pair the corpus marks)."""

    def __init__(self) -> None:
        self.links = 0
        self.joining = 0

    def add(self, sentence: Sentence, links: list[FoundLink]) -> None:
        spans = sentence.spans
        for link in links:
            if not link.inferred:
                continue
            cause, effect = oriented(link.relation, spans[link.source], spans[link.target])
            self.links += 1
            self.joining += any(inside(cause, c) and inside(effect, e) for c, e in sentence.pairs)

    def __str__(self) -> str:
        share = self.joining / self.links if self.links else 0.0
        return f"{self.links} inferred links, {share:.3f} joining a marked cause to its effect"


def cross_validate(
    sentences: list[Sentence],
    folds: int,
    epochs: int,
    l2: float,
    min_count: int,
    thresholds: list[float],
) -> tuple[dict[float, SentenceCounts], dict[float, Inferred]]:
    """Sentence counts and inferred links at each threshold, each sentence read by a model
    that never saw it."""
    counts = {threshold: SentenceCounts() for threshold in thresholds}
    inferred = {threshold: Inferred() for threshold in thresholds}
    for fold in range(folds):
        held = [s for s in sentences if s.fold_key % folds == fold]
        examples = [e for s in sentences if s.fold_key % folds != fold for e in s.examples]
        weights = train(examples, epochs, l2, min_count)
        for threshold in thresholds:
            model = LinkModel(weights, threshold)
            for sentence in held:
                links = _read(sentence, model)
                counts[threshold].add(_reads_causal(links), sentence.causal)
                inferred[threshold].add(sentence, links)
    return counts, inferred


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("causalnews", type=Path, help="folder with train_subtask1/2.csv")
    parser.add_argument("--output", type=Path, help="where to write the model (JSON)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--l2", type=float, default=3e-3)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--precision", type=float, default=0.85, help="precision to reach")
    args = parser.parse_args()

    pairs: dict[str, list[tuple[Span, Span]]] = defaultdict(list)
    for text, cause, effect in cause_effect_pairs(args.causalnews):
        pairs[text].append((cause, effect))
    sentences = [
        Sentence(text, causal, pairs.get(text, []))
        for text, causal in labelled_sentences(args.causalnews)
    ]
    rules = SentenceCounts()
    for sentence in sentences:
        rules.add(_reads_causal(_read(sentence, None)), sentence.causal)
    print(f"{len(sentences)} sentences; the rules alone: {rules}")

    thresholds = [round(0.50 + 0.02 * step, 2) for step in range(25)]
    counts, inferred = cross_validate(
        sentences, args.folds, args.epochs, args.l2, args.min_count, thresholds
    )
    chosen = next((t for t in thresholds if counts[t].precision >= args.precision), None)
    for threshold in thresholds:
        mark = "  <- chosen" if threshold == chosen else ""
        print(
            f"  {args.folds}-fold, threshold {threshold:.2f}: {counts[threshold]}; "
            f"{inferred[threshold]}{mark}"
        )
    if chosen is None:
        sys.exit(f"no threshold reaches precision {args.precision}: the model is not written")

    weights = train(
        [e for s in sentences for e in s.examples], args.epochs, args.l2, args.min_count
    )
    print(f"{len(weights)} weights; threshold {chosen}")
    if args.output:
        model = {
            "about": (
                "Pair weights for timeline's learned link reader: logistic regression on "
                "the Causal News Corpus V2 training sentences (CC0), written by "
                "tools/train_link_model.py."
            ),
            "cross_validation": {
                "folds": args.folds,
                "precision": round(counts[chosen].precision, 3),
                "recall": round(counts[chosen].recall, 3),
                "mcc": round(counts[chosen].mcc, 3),
                "inferred_links": inferred[chosen].links,
                "inferred_joining_a_marked_pair": inferred[chosen].joining,
            },
            "threshold": chosen,
            "weights": weights,
        }
        args.output.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", "utf-8")
        print(f"written to {args.output}")


if __name__ == "__main__":
    main()
