"""Where a tagged sentence's clauses begin, and how each is introduced.

No parser: English marks most clause edges with a word ("that", "who", "because",
"after" before a subject and verb), a semicolon, a comma before a conjunction or a
participle ("..., killing one of its fighters"), a quotation mark after a reporting verb,
or a subject pronoun right after a noun ("a field they captured"). Each clause records the
word that opened it, so that the mention finder can tell a complement ("said that ...")
from a relative clause ("... who carried out") or an adverbial one ("after ...").
"""

from __future__ import annotations

from typing import NamedTuple

from . import _lexicon as lx
from ._lexicon import words_of
from ._tagger import Tagged

__all__ = ["ADVERBIAL", "IN_FRONT_OF", "Clause", "split_clauses"]

# Words that open an adverbial clause when a subject and a finite verb follow them.
ADVERBIAL = words_of(
    """after before since until till as because although though while whereas unless if
    when whenever once where"""
)
_FINITE_FORMS = frozenset({"s", "ed", "past", "base"})
# Verbs whose "before" is in front of someone: "appeared before the court".
IN_FRONT_OF = words_of("appear stand testify kneel bow produce present")
# Names of a day or month: a subject pronoun after one begins the main clause the date
# fronts ("On Monday they struck", "Tonight we won"), not a relative clause ("a field they
# held"). ("March" and "May" are left out: "the march they led".)
_DAY_NAMES = words_of(
    """today tonight yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday january february april june july august september october november december"""
)

# Units of time that "this", "last" or "next" makes a deictic date ("This morning we won").
_UNITS = words_of("morning afternoon evening night week weekend month year")


def _names_a_time(tagged: list[Tagged], index: int) -> bool:
    """Whether the word at `index` ends a date rather than a noun a clause can qualify:
    "Tonight", "Monday", "This morning" (but "the morning we met" is a relative clause)."""
    lower = tagged[index].word.lower
    if lower in _DAY_NAMES:
        return True
    deictic = index > 0 and tagged[index - 1].word.lower in ("this", "last", "next")
    return lower in _UNITS and deictic


class Clause(NamedTuple):
    """Words ``first`` to ``last`` (inclusive) of a sentence, and the word that opened it."""

    first: int
    last: int
    opener: str  # "" for a main clause, else the lowercase word or mark that opened it


def split_clauses(tagged: list[Tagged]) -> list[Clause]:
    """Cut a tagged sentence into clauses, in order.

    >>> from ._text import sentences
    >>> from ._tagger import tag_sentence
    >>> words = tag_sentence(sentences("Moscow said that jets hit a field they held.")[0])
    >>> [(" ".join(w.word.text for w in words[c.first : c.last + 1]), c.opener)
    ...  for c in split_clauses(words)]
    [('Moscow said', ''), ('that jets hit a field', 'that'), ('they held .', 'they')]
    """
    starts: list[tuple[int, str]] = [(0, "")]
    fronted = _fronted_adverbial(tagged)
    if fronted is not None and tagged[0].word.lower in ADVERBIAL:
        starts[0] = (0, tagged[0].word.lower)
    for index in range(1, len(tagged)):
        opener = _opens_clause(tagged, index)
        if opener is None and index == fronted:
            opener = "main"  # "When the crowd refused to leave, police detained ..."
        if opener is None and _closes_an_aside(tagged, starts[-1], index):
            opener = "main"  # "The fares, which rose on Friday, have been frozen"
        if opener is None and _resumes_after_relative(tagged, starts[-1], index):
            opener = "resumed"  # "the levee that guarded the farms broke": its own verb
        if opener in ("and", "but", "or", "object") and not any(
            t.tag == "VERB" for t in tagged[starts[-1][0] : index]
        ):
            # "Russian and regime forces": before any verb, a conjunction joins words.
            opener = None
        if opener is not None and index > starts[-1][0]:
            starts.append((index, opener))
    clauses = []
    for number, (first, opener) in enumerate(starts):
        last = starts[number + 1][0] - 1 if number + 1 < len(starts) else len(tagged) - 1
        clauses.append(Clause(first, last, opener))
    return clauses


def _closes_an_aside(tagged: list[Tagged], current: tuple[int, str], index: int) -> bool:
    """Whether word `index` resumes the main clause after a relative clause set off by
    commas (", which took effect on Friday, have been frozen"): the clause began with
    ", which" or ", who", and a comma and then a verb group come."""
    first, opener = current
    if opener not in ("which", "who") or first < 2 or tagged[first - 1].word.text != ",":
        return False
    if tagged[index - 1].word.text != "," or index - 1 <= first:
        return False
    item = tagged[index]
    return item.tag in ("AUX", "MODAL") or (item.tag == "VERB" and item.form in ("ed", "past", "s"))


def _resumes_after_relative(tagged: list[Tagged], current: tuple[int, str], index: int) -> bool:
    """Whether the finite verb at `index` ends the relative clause it follows: "the men who
    attacked the camp fled" (the relative clause has its verb and object; a second finite
    verb right after a noun is the clause's own). Not after a verb of saying or thinking,
    whose clause may follow bare: "the man who said the plan failed"."""
    first, opener = current
    item = tagged[index]
    if opener not in ("that", "who", "which") or item.tag != "VERB":
        return False
    if item.form not in ("ed", "past") or tagged[index - 1].tag not in ("NOUN", "PROPN"):
        return False
    verbs = [t for t in tagged[first + 1 : index] if t.tag == "VERB"]
    if len(verbs) != 1 or lx.CLASS_OF_LEMMA.get(verbs[0].lemma) in _SAYING_OR_THINKING:
        return False
    return verbs[0].form in ("ed", "en", "past") and not any(
        t.tag in ("CONJ", "SUB", "PUNCT") for t in tagged[first + 1 : index]
    )


_SAYING_OR_THINKING = frozenset({"REPORTING", "I_STATE", "I_ACTION", "PERCEPTION"})


def _fronted_adverbial(tagged: list[Tagged]) -> int | None:
    """Where the main clause begins after an adverbial clause or a participle phrase that
    opens the sentence ("When the crowd refused to leave, police detained twelve",
    "Demanding the release of the men, villagers blocked the road"): the word after its
    comma, when a subject and a finite verb follow it (and follow "when" too)."""
    if not tagged:
        return None
    participle = tagged[0].tag == "VERB" and tagged[0].form == "ing"
    if not participle and tagged[0].word.lower not in ADVERBIAL:
        return None
    if not participle and not _finite_verb_follows(tagged, 1):
        return None
    for index, item in enumerate(tagged[:-1]):
        if item.word.text == ",":
            return index + 1 if _subject_and_verb(tagged, index + 1) else None
        if item.word.text in (";", ":", '"'):
            return None
    return None


def _opens_clause(tagged: list[Tagged], index: int) -> str | None:
    current = tagged[index]
    lower = current.word.lower
    before = tagged[index - 1]
    if current.tag == "SUB":
        if lower == "that" and before.tag in ("DET", "PREP"):
            return None  # "in that case": a determiner
        return lower
    if lower in ADVERBIAL and _finite_verb_follows(tagged, index + 1):
        if lower == "before" and before.tag == "VERB" and before.lemma in IN_FRONT_OF:
            return None  # "appeared before magistrates yesterday charged with ...": a place
        return lower
    if lower in (";", ":") or (lower in ("—", "–") and _finite_verb_follows(tagged, index + 1)):
        return lower
    if lower == '"' and before.tag == "VERB" and before.lemma in lx.CLASS_OF_LEMMA:
        return "quote"
    if before.word.lower in (",", '"'):
        if current.tag == "CONJ" and _finite_verb_follows(tagged, index + 1):
            return lower
        if current.tag == "VERB" and current.form == "ing":
            return "participle"  # "..., killing one of its fighters"
        if lower == '"':
            return "quote"
    if current.tag == "CONJ" and lower in ("and", "but") and _subject_and_verb(tagged, index + 1):
        return lower
    if (
        current.tag == "DET"
        and before.tag in ("NOUN", "PROPN")
        and _finite_verb_follows(tagged, index)
    ):
        # "told analysts the bank had stopped": a clause whose "that" is left out, right
        # after the object of the verb before it.
        return "object"
    if (
        current.tag in ("DET", "PROPN", "PRON")
        and before.tag == "VERB"
        and lx.CLASS_OF_LEMMA.get(before.lemma) in ("REPORTING", "I_STATE")
        and _finite_verb_follows(tagged, index)
    ):
        return "that"  # "Prosecutors said Reyes took ...": a complement without its "that"
    if (
        current.tag == "PRON"
        and lower in lx.SUBJECT_PRONOUNS
        and before.tag in ("NOUN", "PROPN")
        and not _names_a_time(tagged, index - 1)
        and index + 1 < len(tagged)
        and tagged[index + 1].tag in ("VERB", "AUX", "MODAL")
    ):
        return lower  # a relative clause without "that": "a field they captured"
    return None


def _finite_verb_follows(tagged: list[Tagged], index: int) -> bool:
    """Whether a subject and then a finite verb come before the next punctuation."""
    seen_subject = False
    position = index
    while position < min(len(tagged), index + 16):
        item = tagged[position]
        if item.word.text == "," and seen_subject:
            # "and the contractor, Ray Ostrander, pleaded": an apposition to the subject.
            after = _apposition_end(tagged, position)
            if after is not None:
                position = after + 1
                continue
        position += 1
        if item.tag in ("PUNCT",) and item.word.lower not in ("'", '"'):
            return False
        if item.tag in ("AUX", "MODAL"):
            return seen_subject
        if item.tag == "PART" and item.word.lower == "to":
            return False  # "asked the bank to act": an infinitive has no subject of its own
        if item.word.lower in ADVERBIAL and position - 1 > index:
            return False  # "after 2 a.m. when the door gave way": that verb is the when's
        following = tagged[position] if position < len(tagged) else None
        if item.tag == "CONJ" and following is not None and following.tag in _VERB_TAGS:
            return False  # "sowed after the rains and were hoping": a verb the main clause's
        if item.tag == "VERB":
            finite = item.form in _FINITE_FORMS or item.lemma in ("be", "have", "do")
            return seen_subject and finite
        if item.tag in ("NOUN", "PROPN", "PRON"):
            seen_subject = True
        if item.tag == "DET" and position < len(tagged) and tagged[position].tag in _VERB_TAGS:
            seen_subject = True  # "and some are leaving", "and many fled": a pronoun
    return False


_VERB_TAGS = frozenset({"AUX", "MODAL", "VERB"})


def _apposition_end(tagged: list[Tagged], comma: int) -> int | None:
    """The comma closing a short apposition of names or nouns that opens at `comma`
    (", Ray Ostrander,", ", a retired nurse,"), or None."""
    for position in range(comma + 1, min(len(tagged), comma + 7)):
        item = tagged[position]
        if item.word.text == ",":
            return position if position > comma + 1 else None
        if item.tag not in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "POS"):
            return None
    return None


def _subject_and_verb(tagged: list[Tagged], index: int) -> bool:
    if index >= len(tagged) or tagged[index].tag not in ("DET", "PRON", "PROPN", "NOUN", "ADJ"):
        return False
    return _finite_verb_follows(tagged, index)
