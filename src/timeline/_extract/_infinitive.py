"""When "to" is the infinitive marker before a verb the lexicon lacks or reads as a noun.

"to" before a known base form is the infinitive marker ("to attack"); before a noun it is
a preposition ("to Paris"). A word the lexicon does not know ("to disperse the marchers") or
knows as a noun ("to address the nation") is told apart by what follows it: in English a
noun after "to" does not take a noun phrase of its own, a verb does (its object).
"""

from __future__ import annotations

from . import _lexicon as lx
from ._text import Word
from ._words import words_of

__all__ = ["infinitive_follows"]


def infinitive_follows(
    words: tuple[Word, ...], index: int, *, nonverbs: frozenset[str], numbers: frozenset[str]
) -> bool:
    """Whether "to" at `index` marks an infinitive because of what its word is followed by.

    In "to X the Y", "to X them", "to X 20 men" a noun X cannot be followed by a noun
    phrase of its own, so X is a verb, even one the lexicon lacks or reads as a noun ("to
    disperse the marchers", "to address the nation"). Not when the noun phrase is a time
    ("to hospital the same day", "to power two years later"), when X is a bare noun of
    place or institution ("to court", "to justice") or a plural, or when "to" ends a
    compound preposition ("due to", "in addition to"). `nonverbs` are the tagger's known
    adjectives, time words and other non-verbs; `numbers` its number words.

    >>> from ._text import sentences
    >>> infinitive_follows(sentences("They tried to nab him.")[0].words, 2,
    ...     nonverbs=frozenset(), numbers=frozenset())
    True
    """
    if index > 0 and words[index - 1].lower in _TO_PREPOSITIONS:
        return False
    at = index + 1
    while at < len(words) and _skippable_adverb(words[at].lower, nonverbs):
        at += 1  # "to swiftly disperse"
    if at + 1 >= len(words):
        return False
    word, after = words[at], words[at + 1].lower
    lower = word.lower
    if not (word.text.islower() and lower.replace("-", "").isalpha() and len(lower) > 2):
        return False
    known = lower in lx.VERB_LEMMAS
    if not known and (_closed_or_nominal(lower, nonverbs) or lower.endswith(_NOMINAL_ENDINGS)):
        return False
    if lower in _TIME_NOUNS or lower in _BARE_NOUNS:
        return False
    if after in _ARTICLES:
        at += 2
        while at < len(words) and words[at].lower in _TIME_MODIFIERS:
            at += 1
        return at >= len(words) or words[at].lower not in _TIME_NOUNS
    if after[:1].isdigit() or after in numbers:
        following = words[at + 2].lower if at + 2 < len(words) else ""
        return following not in _TIME_NOUNS and following not in ("percent", "%", "per")
    return after in _OBJECT_PRONOUNS


def _skippable_adverb(lower: str, nonverbs: frozenset[str]) -> bool:
    """Whether `lower` is an adverb between "to" and its verb: "to swiftly disperse"."""
    if lower in lx.ADVERBS:
        return True
    ly = lower.endswith("ly") and len(lower) > 4
    return ly and lower not in nonverbs and lower not in lx.VERB_LEMMAS


def _closed_or_nominal(lower: str, nonverbs: frozenset[str]) -> bool:
    """Whether a word the verb lexicon lacks is a known non-verb: a closed-class word, a
    known noun or adjective, a number, or a plural or a verb form by its ending."""
    return (
        lower in _CLOSED_WORDS
        or lower in lx.NOUN_ONLY
        or lower in lx.EVENT_NOUNS
        or lower in nonverbs
        or (lower.endswith("s") and not lower.endswith("ss"))
        or lower.endswith(("ed", "ing"))
    )


_CLOSED_WORDS = (
    lx.DETERMINERS
    | lx.PRONOUNS
    | lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.SUBORDINATORS
    | lx.ADVERBS
    | lx.NEGATIONS
    | lx.AUXILIARIES
    | words_of("why how however whatever whichever whoever")
)
# Endings of nouns and adjectives, never of a verb's base form.
_NOMINAL_ENDINGS = (
    "tion", "sion", "ness", "ity", "ism", "ist", "ship", "hood", "ment", "ance", "ence",
    "ous", "ful", "less", "ical", "ic", "ary", "ory", "ery", "ture", "age", "dom", "ee",
)  # fmt: skip
_ARTICLES = words_of(
    "the a an this these those my your his her its our their some any every each another"
)
_OBJECT_PRONOUNS = words_of(
    """me him her it us them you myself yourself himself herself itself ourselves
    themselves everyone everybody everything someone somebody something anyone anybody
    anything"""
)
# "Due to", "in addition to", "according to": the "to" of a compound preposition.
_TO_PREPOSITIONS = words_of(
    """due owing thanks according compared contrary prior addition relation regard respect
    response reference opposed close next subject similar equal akin relative pursuant
    prelude"""
)
# Nouns English uses bare after "to": places, institutions, fixed phrases ("taken to
# court", "brought to justice", "came to power", "went to war").
_BARE_NOUNS = words_of(
    """court justice trial prison jail hospital school college university church bed work
    office market town sea war power light mind book account task life death home rest
    safety dinner lunch breakfast sleep date"""
)
_TIME_NOUNS = words_of(
    """day days week weeks month months year years morning mornings afternoon evening
    night nights weekend weekends time times hour hours minute minutes decade decades
    century season spring summer autumn fall winter moment period term date"""
    + " monday tuesday wednesday thursday friday saturday sunday"
)
_TIME_MODIFIERS = words_of("next following same previous last first past coming whole entire")
