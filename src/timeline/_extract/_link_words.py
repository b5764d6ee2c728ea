"""What the link finders ask of one word or one mention: the word at a place, whether a
mention is a predicate, whether the story asserts it, whether its dates forbid a link,
and whether a noun refers back."""

from __future__ import annotations

from collections.abc import Sequence

from .._events import Factuality, Polarity
from . import _cues as cues
from ._extract import MentionInfo
from ._mentions import Mention
from ._tagger import Tagged

__all__ = [
    "CAUSE_FIRST",
    "TARGET_FIRST",
    "asserted",
    "dates_forbid",
    "definite",
    "is_predicate",
    "naming",
    "word_at",
]


def word_at(tagged: Sequence[Tagged], index: int) -> str:
    """The lowercase word at `index`, or "" past the sentence's end."""
    return tagged[index].word.lower if index < len(tagged) else ""


def is_predicate(mention: Mention) -> bool:
    """A verb, or an event noun with its light verb ("mounted an attack")."""
    return mention.pos == "VERB" or (mention.pos == "NOUN" and mention.light_verb is not None)


def asserted(info: MentionInfo) -> bool:
    """Whether the story asserts or reports the mention: not negated, not hypothetical."""
    mention = info.mention
    return (
        mention.polarity is Polarity.POS
        and mention.modality is None
        and mention.tense != "FUTURE"
        and info.factuality is not Factuality.POSSIBLE
    )


# Which end must start first, for each family of relations: a link the story's own dates
# contradict comes from a misread cue (or a plan told in the present tense), so it is left
# out rather than shown as a conflict.
CAUSE_FIRST = frozenset({"causes", "enables", "prevents", "warns", "threatens", "before"})
TARGET_FIRST = frozenset(
    {"blames", "accuses", "denies", "condemns", "reports", "responds_to", "retaliates_for"}
)


def dates_forbid(relation: str, source: MentionInfo, target: MentionInfo) -> bool:
    if source.when is None or target.when is None:
        return False
    first, second = source.when.interval, target.when.interval
    if first is None or second is None:
        return False
    if relation in CAUSE_FIRST:
        return first.start >= second.end
    if relation in TARGET_FIRST or relation == "after":
        return second.start >= first.end
    return False


def naming(tagged: Sequence[Tagged], info: MentionInfo) -> bool:
    """ "what he called a policy": a verb that names something, inside a free relative."""
    head = info.mention.group_first
    return head >= 2 and tagged[head - 1].tag == "PRON" and tagged[head - 2].word.lower == "what"


def definite(tagged: Sequence[Tagged], head: int) -> bool:
    """Whether the noun at `head` refers back: "the strike", "his death", "Asapov's death"."""
    position = head - 1
    while position >= 0 and tagged[position].tag in ("ADJ", "NOUN", "ADV"):
        position -= 1
    if position < 0:
        return False
    item = tagged[position]
    return item.word.lower in cues.DEFINITE or item.tag == "POS"
