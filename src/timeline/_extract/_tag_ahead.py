"""What the words after a word say about it: a past verb that needs a subject, an object
that a verb takes, a plural head.

Look-ahead tests the tagger uses beside the look-back ones of `_tag_context`: "clashes
broke out" (a past verb after the word makes it a subject), "demanding the arrest" (an
-ing verb with its object opens a phrase of its own).
"""

from __future__ import annotations

from . import _lexicon as lx
from ._tag_words import ING_ADJECTIVES

__all__ = [
    "object_follows",
    "participle_with_object",
    "past_verb_follows",
    "plural",
    "verb_form",
]


def plural(noun: str) -> bool:
    """Whether a noun looks plural: "rebels", "forces"; not "crisis", "status", "press"."""
    return noun.endswith("s") and not noun.endswith(("ss", "is", "us", "ics", "ous"))


def verb_form(word: str) -> bool:
    """Whether `word` is an auxiliary or a finite verb form: what follows a subject."""
    if word in lx.AUXILIARIES:
        return True
    analysis = lx.verb_lemma(word)
    return analysis is not None and analysis[1] in ("ed", "past") and word not in lx.NOUN_ONLY


def past_verb_follows(following: str, beyond: str) -> bool:
    """Whether `following` is a past tense that needs a subject: a past-only form
    ("broke"), or an "-ed" form that takes no noun after it ("erupted in"), unlike an
    "-ed" adjective before its noun ("offers fixed rates")."""
    analysis = None if following in lx.NOUN_ONLY else lx.verb_lemma(following)
    if analysis is None or analysis[1] not in ("past", "ed"):
        return False
    if analysis[1] == "past":
        return True
    return not beyond[:1].isalnum() or beyond in lx.PREPOSITIONS or beyond in lx.DETERMINERS


def participle_with_object(following: str, beyond: str) -> bool:
    """Whether `following` is an -ing verb with its object after it ("demanding the
    arrest"): it opens a phrase of its own, so the word before it ends a noun phrase."""
    analysis = None if following in ING_ADJECTIVES else lx.verb_lemma(following)
    return (
        analysis is not None
        and analysis[1] == "ing"
        and (beyond in lx.DETERMINERS or beyond in lx.PRONOUNS)
    )


def object_follows(following: str, capitalised: bool) -> bool:
    return (
        capitalised
        or following in lx.DETERMINERS
        or following in lx.PRONOUNS
        or following in ("that", "to", "it", "its", "up", "out", "down", "off", "back")
        or following[:1].isdigit()
    )
