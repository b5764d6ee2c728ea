"""The Causal News Corpus (CC0) as the link benchmark and the link model's trainer read it.

``train_subtask1.csv`` labels sentences causal or not; ``train_subtask2.csv`` marks each
causal sentence's cause ``<ARG0>``, effect ``<ARG1>`` and signal words ``<SIG0>``, one row
per pair. A sentence counts as causal when `extract` links two of its events with a
causal relation (causes, enables, prevents, motivates), responds_to, retaliates_for or
blames. The corpus is read from the folder given at run time; none of it is copied here.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path

from timeline import RelationKind, registered_relations
from timeline._extract._extract import Analysis

# The causal relations (their kind is causal) and the reactions that answer a cause.
CAUSE_FIRST = frozenset(
    relation.name for relation in registered_relations() if relation.kind is RelationKind.CAUSAL
)
CAUSAL = CAUSE_FIRST | {"responds_to", "retaliates_for", "blames"}
PUBLISHED = "2020-01-01"  # the sentences carry no date; links do not depend on it

Span = tuple[int, int]
_TAG = re.compile(r"</?(ARG0|ARG1|SIG\d*)>")


def labelled_sentences(folder: Path) -> list[tuple[str, bool]]:
    """Each sentence of ``train_subtask1.csv`` and whether it is causal."""
    with (folder / "train_subtask1.csv").open(encoding="utf-8-sig", newline="") as handle:
        return [(row["text"], row["label"] == "1") for row in csv.DictReader(handle)]


def cause_effect_pairs(folder: Path) -> list[tuple[str, Span, Span]]:
    """Each marked pair of ``train_subtask2.csv``: the plain sentence and the character
    spans of its cause and its effect."""
    with (folder / "train_subtask2.csv").open(encoding="utf-8-sig", newline="") as handle:
        marked = [row["text_w_pairs"] for row in csv.DictReader(handle)]
    return [regions for text in marked if (regions := arg_regions(text)) is not None]


def arg_regions(marked: str) -> tuple[str, Span, Span] | None:
    """The plain text of a marked sentence and its cause and effect character spans."""
    plain: list[str] = []
    length = 0
    opened: dict[str, int] = {}
    closed: dict[str, Span] = {}
    position = 0
    for match in _TAG.finditer(marked):
        piece = marked[position : match.start()]
        plain.append(piece)
        length += len(piece)
        name = match.group(1)
        if match.group(0).startswith("</"):
            if name in opened:
                closed[name] = (opened.pop(name), length)
        else:
            opened[name] = length
        position = match.end()
    plain.append(marked[position:])
    if "ARG0" not in closed or "ARG1" not in closed:
        return None
    return "".join(plain), closed["ARG0"], closed["ARG1"]


def event_spans(analysis: Analysis) -> dict[str, Span]:
    """Each event's trigger as character offsets: from its head word to its last word."""
    spans = {}
    for info in analysis.mentions:
        tagged = analysis.sentences[info.sentence].tagged
        spans[info.event_id] = (
            tagged[info.mention.head].word.start,
            tagged[info.mention.last].word.end,
        )
    return spans


def inside(span: Span, region: Span) -> bool:
    """Whether `span` lies within `region`."""
    return region[0] <= span[0] and span[1] <= region[1]


def oriented(
    relation: str, source: Span, target: Span, *, act_brings_aim: bool = False
) -> tuple[Span, Span]:
    """A link's ends as (cause, effect): a causal relation (causes, enables, prevents,
    motivates) runs from the cause; a reaction (responds_to, retaliates_for, blames) runs
    from the effect to what it answers. The Causal News Corpus makes an aim the cause of
    the act it drives, as `motivates` does; EventStoryLine and MEANTIME write a purpose the
    other way ("stopped him to retain the title": the stopping brings the retaining), so
    for them `act_brings_aim` turns a motivates link round."""
    if act_brings_aim and relation == "motivates":
        return target, source
    return (source, target) if relation in CAUSE_FIRST else (target, source)


@dataclass
class SentenceCounts:
    """Sentences called causal or not, against their labels."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, found: bool, gold: bool) -> None:
        self.tp += found and gold
        self.fp += found and not gold
        self.fn += gold and not found
        self.tn += not found and not gold

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mcc(self) -> float:
        tp, fp, fn, tn = self.tp, self.fp, self.fn, self.tn
        denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
        return (tp * tn - fp * fn) / denominator if denominator else 0.0

    def __str__(self) -> str:
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  MCC {self.mcc:.3f}"
