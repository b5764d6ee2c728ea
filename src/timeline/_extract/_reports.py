"""Who says so: reporting clauses, their complements, quotations, "according to".

A reporting verb governs the rest of its clause and the clauses after it ("said that
..."), or, put after what it reports, everything before it ("..., the army said").
"""

from __future__ import annotations

from collections.abc import Sequence

from ._lexicon import words_of
from ._mentions import Mention
from ._phrases import NP_OR_PRONOUN, NP_WORDS, name_of
from ._syntax import Clause
from ._tagger import Tagged

# Speech verbs whose complement is someone's claim, not the story's.
SPEECH = words_of(
    """deny claim allege accuse warn threaten vow promise pledge insist argue suggest reject
    dispute admit acknowledge confirm"""
)


# Clauses that a reporting verb's complement does not run into.
# ("main" opens the main clause after a fronted adverbial one: "When X said ..., Y".)
NOT_COMPLEMENT = frozenset(
    {";", "while", "but", "whereas", "as", "because", "although", "and", "or", "main"}
)


DISPUTING = frozenset({"deny", "reject", "dispute"})
# Verbs whose infinitive, in the past and not negated, happened: "forced them to flee",
# "managed to escape" (not "ordered them to leave", which may not have been obeyed).
IMPLICATIVE = frozenset({"force", "compel", "oblige", "manage"})
# Phrases whose object is given as the reason for something, and so taken as fact. Not
# the link finder's cause connectives: "for fear of an attack" gives a cause, but the
# attack has not happened.
REASON_PHRASES: tuple[tuple[str, ...], ...] = (
    ("due", "to"),
    ("because", "of"),
    ("owing", "to"),
    ("as", "a", "result", "of"),
    ("on", "account", "of"),
    ("in", "the", "wake", "of"),
    ("in", "response", "to"),
    ("in", "protest", "against"),
    ("in", "retaliation", "for"),
)


FIRST_PERSON = frozenset({"we", "i", "us", "our", "me", "my"})


PERSONAL = frozenset({"he", "she", "him", "her"})


def according_to(tagged: Sequence[Tagged]) -> tuple[str, int] | None:
    """ "according to Tass": the named source, and where the phrase begins."""
    for index in range(len(tagged) - 2):
        if tagged[index].word.lower == "according" and tagged[index + 1].word.lower == "to":
            first = index + 2
            last = first
            while last < len(tagged) and (
                tagged[last].tag in NP_WORDS or tagged[last].word.text in ("(", ")")
            ):
                last += 1
            if last > first:
                return name_of(tagged, (first, last - 1)), index
    return None


def complement(
    tagged: Sequence[Tagged], clauses: list[Clause], mentions: list[Mention], index: int
) -> list[int]:
    """The mentions a reporting or intensional verb governs: the rest of its clause and the
    clauses after it, or, for "..., the SDF said" and "..., said Tass", all before it."""
    mention = mentions[index]
    opening = postposed(tagged, mention)
    if opening is not None:
        return [i for i, m in enumerate(mentions) if m.head < opening]
    governed = []
    # After "said that ..." an adverbial clause still belongs to what was said ("that he
    # was killed while advising ..."); after a bare verb it is the story speaking again.
    stops = {";", "but", "whereas", "and", "or", "main"}
    following = clauses[mention.clause + 1].opener if mention.clause + 1 < len(clauses) else ""
    if following not in ("that", "quote"):
        stops = set(NOT_COMPLEMENT)
    for other_index, other in enumerate(mentions):
        if other.head <= mention.last:
            continue
        opener = clauses[other.clause].opener
        if other.clause != mention.clause and opener in stops:
            break
        governed.append(other_index)
    return governed


def given_as_a_reason(tagged: Sequence[Tagged], mention: Mention) -> bool:
    """Whether an event noun is what a cause phrase names ("due to the strike", "because
    of the rally"): a reason is taken as fact, so an intention or a forecast around it
    ("refused to admit patients due to the strike") does not make it a mere possibility.

    >>> from ._text import sentences
    >>> from ._tagger import tag_sentence
    >>> from ._syntax import split_clauses
    >>> from ._mentions import find_mentions
    >>> words = tag_sentence(sentences("They refused to work due to the strike.")[0])
    >>> strike = find_mentions(words, split_clauses(words))[-1]
    >>> given_as_a_reason(words, strike)
    True
    """
    if mention.pos != "NOUN":
        return False
    position = mention.group_first - 1
    while position >= 0 and tagged[position].tag in NP_WORDS:
        position -= 1  # "due to the cab operators' strike": back over the noun phrase
    words = tuple(t.word.lower for t in tagged[max(0, position - 4) : position + 1])
    return any(words[-len(phrase) :] == phrase for phrase in REASON_PHRASES)


# Participles by which a speaker goes on speaking: '"...," she said, adding that ...'.
# (", speaking on condition of anonymity" tells how the speaker spoke.)
_FURTHER_SAYINGS = frozenset(
    {"adding", "saying", "noting", "explaining", "insisting", "speaking", "citing"}
)


def postposed(tagged: Sequence[Tagged], mention: Mention) -> int | None:
    """Where a reporting clause put after what it reports begins: '..., the group added',
    '"...," said Tass', or None if the verb does not come after a comma or quotation."""
    if mention.tense not in ("PAST", "PRESENT"):
        return None  # "..., citing the slump" adds a reason; it reports nothing before it
    position = mention.group_first - 1
    brackets = 0  # words inside a bracket in the subject: "the institute (NIAR) said"
    while position > 0:
        if tagged[position].word.text == ")":
            opening = position
            while opening > 0 and tagged[opening].word.text != "(":
                opening -= 1
            brackets += position - opening + 1
            position = opening - 1
        elif tagged[position].tag in NP_WORDS or tagged[position].tag in ("PRON", "ADV"):
            position -= 1
        elif (
            tagged[position].word.lower in ("for", "of", "on")
            and tagged[position - 1].tag == "PROPN"
            and tagged[position + 1].tag == "PROPN"
        ):
            position -= 1  # a name with a preposition: "the Institute for Alpine Research"
        elif (
            tagged[position].word.lower in ("in", "at", "from", "of", "for")
            and tagged[position - 1].tag in ("NOUN", "PROPN")
            and tagged[position + 1].tag in NP_WORDS
        ):
            position -= 1  # the speaker's place: "police in the canton said"
        else:
            break
    if position <= 0 or mention.group_first - position - brackets > 8:
        return None
    if tagged[position].word.lower not in (",", '"'):
        return None
    # Something must have been said before: "On Monday, Ryabkov told ..." reports nothing
    # before its comma.
    if not any(t.tag in ("VERB", "AUX") for t in tagged[:position]):
        return None
    # And nothing but a short phrase may follow the verb: "..., he said in a statement."
    # A further saying of the speaker's own (", adding that ..."), a relative clause
    # about the speaker (", who has run the shop for years") and an apposition naming
    # what the speaker is (", an analyst at a bank") do not count.
    end = len(tagged)
    for position_after in range(mention.last + 1, len(tagged) - 1):
        if tagged[position_after].word.text == "," and (
            tagged[position_after + 1].word.lower in _FURTHER_SAYINGS
            or tagged[position_after + 1].word.lower in ("who", "whose", "and", "but")
            or (position_after > mention.last + 1 and tagged[position_after + 1].tag == "DET")
        ):
            end = position_after
            break
    rest = [t for t in tagged[mention.last + 1 : end] if t.tag != "PUNCT"]
    inverted = bool(rest) and rest[0].tag in ("PROPN", "DET") and len(rest) <= 8
    if len(rest) > 4 and not (inverted and all(t.tag in NP_WORDS for t in rest)):
        return None  # '"...," said the state news agency Tass' is inverted; more is not
    return position


def to_follows(tagged: Sequence[Tagged], mention: Mention) -> bool:
    following = mention.last + 1
    return following < len(tagged) and tagged[following].word.lower in ("to", "that")


def object_and_to(tagged: Sequence[Tagged], mention: Mention) -> bool:
    """Whether an object and then an infinitive follow the verb: "ordered two envoys to
    leave", "urged residents to stay indoors" (what they are to do has not happened)."""
    position = mention.last + 1
    while position < len(tagged) and position - mention.last <= 6:
        item = tagged[position]
        if item.word.lower == "to":
            after = tagged[position + 1] if position + 1 < len(tagged) else None
            return position > mention.last + 1 and after is not None and after.tag == "VERB"
        if item.tag not in NP_OR_PRONOUN:
            return False
        position += 1
    return False


def quoted_words(tagged: Sequence[Tagged], open_at_start: bool) -> set[int]:
    inside = open_at_start
    quoted: set[int] = set()
    for index, item in enumerate(tagged):
        if item.word.lower == '"':
            inside = not inside
            continue
        if inside:
            quoted.add(index)
    return quoted
