"""What the words before a word say about it: a copula, a causative verb, an article.

Look-back tests the tagger uses to tell a verb from a noun or an adjective where the
bigger verb lexicon gives a word both readings: a state after "be" ("are disappointed"),
a bare infinitive after "made the council" ("rethink"), a compound after "an E.U.".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._time._lexicon import MONTHS
from . import _lexicon as lx
from ._words import words_of

if TYPE_CHECKING:
    from ._tagger import Tagged

__all__ = [
    "CLAUSE_PREPOSITIONS",
    "FEELINGS",
    "PLURALS_WITHOUT_S",
    "after_aux",
    "after_causative",
    "after_copula",
    "after_modal",
    "article_before_names",
    "demonstrative_subject",
    "ends_a_date",
    "noun_phrase_open",
    "object_of_a_cause",
    "object_of_preposition",
    "plural_head_before_preposition",
    "subject_of_a_verbless_clause",
]


PLURALS_WITHOUT_S = words_of("people police men women children media data staff personnel cattle")
# Verbs whose object may take a bare infinitive ("let the firm go") or whose clause is
# mandative ("urged the board delay the vote"); prepositions that open a clause.
_CAUSATIVE = words_of(
    """make let have help see watch hear notice demand insist urge recommend ask propose
    suggest require request order"""
)
CLAUSE_PREPOSITIONS = words_of("after before until since as")
# Participles of verbs of feeling: after "be" a state ("we are disappointed"), unlike the
# passive of an act ("three were injured").
FEELINGS = words_of(
    """disappointed frustrated outraged saddened incensed agitated dismayed alarmed shocked
    upset worried anguished aggrieved delighted pleased satisfied dissatisfied surprised
    stunned angered embarrassed relieved distressed disturbed perturbed unnerved
    horrified terrified frightened scared puzzled baffled bewildered confused disgusted
    enraged infuriated irritated annoyed amused excited thrilled"""
)


def ends_a_date(done: Sequence[Tagged]) -> bool:
    """Whether the number just read closes a date ("on May 3", "in 2011", "May 3, 2011"),
    not a count of what follows ("3 demanding tasks")."""
    if not done or done[-1].tag != "NUM":
        return False
    number = done[-1].word.text
    if len(number) == 4 and number.isdigit() and number[:2] in ("18", "19", "20"):
        return True
    month = done[-2].word if len(done) > 1 else None
    # A month name, capitalised before a day's number: "on May 3", "by Sept. 12".
    return month is not None and month.text[:1].isupper() and month.lower.rstrip(".") in MONTHS


def after_copula(done: Sequence[Tagged]) -> bool:
    """Whether a form of "be" read as the main verb comes just before, past adverbs."""
    for tagged in reversed(done):
        if tagged.tag in ("ADV", "NEG"):
            continue
        return tagged.tag == "VERB" and tagged.lemma == "be"
    return False


def after_causative(done: Sequence[Tagged]) -> bool:
    """Whether the noun phrase just before is the object of a verb that takes a bare
    infinitive or a mandative clause: "made the council rethink", "urged that the
    board delay"."""
    for tagged in reversed(done):
        if tagged.tag in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "POS"):
            continue
        if tagged.tag == "SUB" and tagged.word.lower == "that":
            continue
        return tagged.tag == "VERB" and tagged.lemma in _CAUSATIVE
    return False


def article_before_names(done: Sequence[Tagged]) -> bool:
    """Whether the names just before follow a determiner: "the Tokyo", "an E.U."."""
    for tagged in reversed(done):
        if tagged.tag != "PROPN":
            return tagged.tag in ("DET", "POS")
    return False


def plural_head_before_preposition(done: Sequence[Tagged]) -> bool:
    """Whether the noun phrase just before is the object of a preposition that follows a
    plural or a name, which a verb may agree with ("the leaders of the party demand"); not
    a singular ("part of a rescue plan to") or no noun at all."""
    index = len(done) - 1
    while index >= 0 and done[index].tag in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "POS"):
        index -= 1
    if index < 1 or done[index].tag != "PREP":
        return False
    head = done[index - 1]
    if head.tag == "ADJ" and index > 1:
        head = done[index - 2]  # "teams new to the league face"
    if head.tag == "PROPN":
        return True
    lower = head.word.lower
    plural = lower.endswith("s") and not lower.endswith(("ss", "is", "us"))
    return head.tag == "NOUN" and (plural or lower in PLURALS_WITHOUT_S)


# Verbs whose object is always a noun phrase, never a clause: after "sparked mass" a
# plural is the object's head ("sparked mass protests"), not a verb.
_NOUN_OBJECT_VERBS = words_of(
    "cause spark trigger prompt provoke fuel ignite unleash stoke inflame"
)


def object_of_a_cause(done: Sequence[Tagged]) -> bool:
    """Whether the words before are a cause verb and a bare noun: "sparked mass", "caused
    price" (so a plural next ends the object: "sparked mass protests")."""
    return (
        len(done) >= 2
        and done[-1].tag == "NOUN"
        and done[-2].tag == "VERB"
        and done[-2].lemma in _NOUN_OBJECT_VERBS
    )


def demonstrative_subject(previous: str, following: str) -> bool:
    """Whether "this" or "that" (`previous`) before a past form is the subject and the form
    its verb: "This triggered a fresh round of protests", "that prompted the inquiry". A
    noun after a demonstrative is not followed by an article or a pronoun.

    >>> demonstrative_subject("this", "a"), demonstrative_subject("the", "a")
    (True, False)
    """
    return previous in ("this", "that") and (
        following in lx.DETERMINERS or following in lx.PRONOUNS or following[:1].isdigit()
    )


def object_of_preposition(done: Sequence[Tagged]) -> bool:
    """Whether the noun phrase just before begins right after a preposition."""
    for tagged in reversed(done):
        if tagged.tag in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "POS"):
            continue
        return tagged.tag == "PREP"
    return False


def after_modal(done: Sequence[Tagged]) -> bool:
    """Whether a modal or "to" comes just before, past negation and adverbs."""
    for tagged in reversed(done):
        if tagged.tag in ("NEG", "ADV"):
            continue
        return tagged.tag in ("MODAL", "PART") or (
            tagged.tag == "AUX" and tagged.word.lower in ("do", "does", "did")
        )
    return False


def noun_phrase_open(done: Sequence[Tagged]) -> bool:
    """Whether the words just before are a noun phrase begun by a determiner or adjective."""
    for tagged in reversed(done):
        if tagged.tag in ("NOUN", "PROPN") or tagged.word.lower == '"':
            continue
        return tagged.tag in ("DET", "ADJ", "POS", "NUM", "PREP")
    return False


def after_aux(done: Sequence[Tagged], *, do_only: bool = False) -> bool:
    """Whether an auxiliary (past adverbs and negation) comes just before."""
    for tagged in reversed(done):
        if tagged.tag in ("ADV", "NEG"):
            continue
        if tagged.tag != "AUX":
            return False
        return not do_only or tagged.word.lower in ("do", "does", "did")
    return False


# Subordinators whose clause needs a finite verb of its own.
_FINITE_CLAUSE_OPENERS = words_of("if unless when whenever because since although though once")
# Words that open a clause or a phrase: "before the owners agree", "before the vote".
_CLAUSE_OR_PHRASE_OPENERS = words_of("before after until till")


def subject_of_a_verbless_clause(done: Sequence[Tagged]) -> bool:
    """Whether the words just before are the subject of a clause that a subordinator
    opened and that has no verb yet: "if the company cuts wages", "when the talks fail":
    what agrees with that subject is the clause's verb, not a compound's head."""
    for position in range(len(done) - 1, -1, -1):
        tagged = done[position]
        if tagged.tag in ("VERB", "AUX", "MODAL") or tagged.word.text in (",", ";", ":"):
            return False
        if tagged.tag == "SUB" or tagged.word.lower in _CLAUSE_OR_PHRASE_OPENERS:
            word = tagged.word.lower
            opens = word in _FINITE_CLAUSE_OPENERS or word in _CLAUSE_OR_PHRASE_OPENERS
            return opens and position < len(done) - 1
    return False
