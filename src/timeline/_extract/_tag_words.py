"""Word lists the tagger reads words by: phrasal verbs, participles that open a clause,
adjectives that end in "-ing" or name a person, nouns that end in "-ly" or "-est", and
the words of numbers and times that no verb shares.
"""

from __future__ import annotations

from . import _lexicon as lx
from ._adjectives import COMMON_ADJECTIVES
from ._words import words_of

__all__ = [
    "CLAUSE_PARTICIPLES",
    "EST_NOUNS",
    "ING_ADJECTIVES",
    "LY_NOUNS",
    "NONVERBS",
    "NUMBER_WORDS",
    "PARTICIPLE_PREPOSITIONS",
    "PERSON_ADJECTIVES",
    "PHRASAL",
    "SAME_PAST",
    "TIME_WORDS",
    "UNITS_OF_TIME",
    "is_demonym",
    "is_name",
]

PHRASAL = words_of(
    """hit:out carry:out go:down set:up break:out step:down shut:down take:over pull:out
    call:off blow:up cut:off back:down rule:out wipe:out break:down crack:down point:out
    set:off give:up take:off bring:down shoot:down gun:down open:up step:up roll:out
    turn:out spell:out lay:down put:down fight:back strike:back hand:over pull:back
    pull:down walk:out
    stand:down  drive:out push:back lay:off sell:off pay:off
    turn:down hold:up hold:off break:up round:up sum:up wind:down scale:back cut:back
    lash:out speak:out sit:down give:in show:up find:out"""
)

# Verbs whose participle after a noun opens a clause of its own ("on strike demanding
# payment"), never the head of a compound.
CLAUSE_PARTICIPLES = words_of(
    "demand seek protest condemn oppose allege urge cause prompt trigger spark force lead result"
)
# Adjectives that also name a person, a noun before a verb: "the official said".
PERSON_ADJECTIVES = words_of(
    "official militant rebel veteran civilian radical extremist moderate jihadist"
)
SAME_PAST = frozenset(lemma for lemma, forms in lx.IRREGULAR_VERBS.items() if lemma in forms)
NUMBER_WORDS = words_of(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion billions dozen
    dozens"""
)
PARTICIPLE_PREPOSITIONS = words_of(
    """including following regarding concerning given based compared according excluding
    considering pending barring notwithstanding"""
)
ING_ADJECTIVES = words_of(
    """existing leading remaining growing rising emerging outstanding upcoming increasing
    declining continuing missing ruling governing founding operating living neighbouring
    neighboring surrounding underlying prevailing booming struggling competing
    disappointing staggering astonishing whopping sprawling sweeping shocking"""
)
EST_NOUNS = words_of(
    """interest interests protest protests request requests arrest arrests contest contests
    unrest
    forest forests harvest conquest inquest invest suggest digest manifest honest modest
    behest"""
)
LY_NOUNS = words_of(
    """assembly family supply ally rally italy july reply monopoly anomaly butterfly belly
    bully jelly lily tally folly melancholy homily"""
)
TIME_WORDS = words_of(
    """next last this yesterday today tomorrow tonight late early again later earlier soon
    now then here there"""
    + " monday tuesday wednesday thursday friday saturday sunday"
)

# Units of time "that" may point at: "that afternoon", "that week".
UNITS_OF_TIME = words_of(
    """day morning afternoon evening night week weekend month year summer winter spring
    autumn season quarter decade"""
)

# Words the infinitive test knows are not verbs although the verb lexicon lacks them.
NONVERBS = COMMON_ADJECTIVES | lx.STATE_ADJECTIVES | NUMBER_WORDS | TIME_WORDS | LY_NOUNS


_DEMONYMS = words_of(
    """american african afghan arab korean mexican dutch french greek thai somali yemeni
    qatari omani kuwaiti iraqi israeli saudi pakistani bangladeshi nepali emirati
    western eastern northern southern"""
)


def is_demonym(lower: str) -> bool:
    """Whether a capitalised word names a people or a region ("Somali", "Western")."""
    return lower in _DEMONYMS or (len(lower) > 5 and lower.endswith(("ian", "ean", "ese", "ish")))


def is_name(lower: str, text: str) -> bool:
    """Whether a capitalised word at a sentence start (or in a headline) is a name."""
    if lower in lx.VERB_LEMMAS or lx.verb_lemma(lower) is not None:
        return False
    if lower in lx.EVENT_NOUNS or lower in COMMON_ADJECTIVES or lower in lx.NOUN_ONLY:
        return False
    return text[1:2].isupper() or (not lower.endswith(("ly", "ing", "ed")) and len(lower) > 1)
