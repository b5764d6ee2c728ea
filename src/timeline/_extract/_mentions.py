"""Event mentions in a tagged sentence: triggers, TimeML class, tense, polarity, modality.

What TimeML calls an event: a main verb ("killed", "hit out"), a noun naming something
that happens ("the attack", "the shelling"), or an adjective predicated as a state ("is
dead"). Auxiliaries, the copula and possessive "have" are not events; a light verb with
an event noun ("carried out the strike", "mounted an attack") is one event, the noun's.
"""

from __future__ import annotations

from typing import NamedTuple

from .._events import EventClass, Factuality, Polarity
from . import _lexicon as lx
from ._lexicon import words_of
from ._syntax import Clause
from ._tag_context import CLAUSE_PREPOSITIONS
from ._tagger import Tagged

__all__ = ["Mention", "find_mentions"]

_LIGHT_VERBS = words_of(
    """carry conduct stage hold mount launch wage make take give deliver issue perform
    undertake unleash"""
)
# Verbs that bring about what their object names, with the preposition some take: what
# they bring about happens in the story even when no list calls it an event ("caused
# chaos", "sparked panic", "resulted in losses"), as TimeML annotates a state the story
# says began.
_BRINGING_ABOUT = {
    "cause": "",
    "spark": "",
    "trigger": "",
    "provoke": "",
    "unleash": "",
    "lead": "to",
    "result": "in",
}
# Nouns that count or group what their "of" phrase names: "sparked a wave of strikes".
_MEASURE_NOUNS = words_of(
    """wave waves round rounds series spate string spell flurry rash number lot lots host
    couple handful dozens hundreds thousands kind kinds sort type form series chain"""
)
_FUTURE = frozenset({"will", "shall", "'ll"})
_SCHEDULED = lx.words_of(
    "due set expected scheduled likely poised slated going about ready able willing unlikely"
)
# Verbs whose infinitive complement may not happen: "vowed to retaliate", "plans to".
_INTENSIONAL = frozenset({"I_ACTION", "I_STATE"})
_NOT_EVENTS = frozenset({"be", "have", "do", "get", "seem", "appear", "become"})
_STATE_OF_MIND_NOUNS = lx.words_of(
    """fear fears worry worries concern concerns hope hopes expectation expectations doubt
    doubts plan plans"""
)
_STATE_NOUNS = frozenset({"war", "wars", "conflict", "crisis", "tension", "tensions", "unrest"})


class Mention(NamedTuple):
    """An event mention: its trigger words and what the sentence says of it."""

    head: int  # index of the trigger's head word in the sentence
    last: int  # index of the trigger's last word (a particle: "hit out")
    pos: str  # VERB, NOUN or ADJ
    lemma: str
    event_class: EventClass
    tense: str  # TimeML tense: PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE
    aspect: str  # TimeML aspect: PERFECTIVE, PROGRESSIVE, PERFECTIVE_PROGRESSIVE, NONE
    polarity: Polarity
    modality: str | None
    factuality: Factuality
    clause: int
    group_first: int  # where the verb group begins (auxiliaries, modals, negation)
    passive: bool
    light_verb: int | None  # the light verb's index for "carried out the strike"


def find_mentions(tagged: list[Tagged], clauses: list[Clause]) -> list[Mention]:
    """The event mentions of a tagged sentence, in text order.

    >>> from ._text import sentences
    >>> from ._tagger import tag_sentence
    >>> from ._syntax import split_clauses
    >>> words = tag_sentence(sentences("Moscow did not deny the attack.")[0])
    >>> [(words[m.head].word.text, m.event_class.value, m.polarity.value)
    ...  for m in find_mentions(words, split_clauses(words))]
    [('deny', 'I_ACTION', 'NEG'), ('attack', 'OCCURRENCE', 'POS')]
    """
    clause_of = [0] * len(tagged)
    for number, clause in enumerate(clauses):
        for index in range(clause.first, clause.last + 1):
            clause_of[index] = number
    mentions: list[Mention] = []
    light: dict[int, int] = {}  # event noun index -> the light verb before it
    for index, item in enumerate(tagged):
        if item.tag == "VERB" and item.lemma in _LIGHT_VERBS:
            noun = _event_object(tagged, index)
            if noun is not None:
                light[noun] = index
    light_verbs = set(light.values())
    brought_about = {
        noun
        for index, item in enumerate(tagged)
        if item.tag == "VERB" and item.lemma in _BRINGING_ABOUT
        for noun in [_brought_about(tagged, index, _BRINGING_ABOUT[item.lemma])]
        if noun is not None
    }
    for index, item in enumerate(tagged):
        mention: Mention | None = None
        if item.tag == "VERB" and index not in light_verbs:
            mention = _verb_mention(tagged, index, clause_of[index])
        elif item.tag == "NOUN" and (index in brought_about or _is_event_noun(tagged, index)):
            mention = _noun_mention(tagged, index, clause_of[index], light.get(index))
        elif item.tag == "ADJ" and item.word.lower in lx.STATE_ADJECTIVES:
            mention = _state_mention(tagged, index, clause_of[index])
        if mention is not None:
            mentions.append(mention)
    return mentions


def _object_noun(tagged: list[Tagged], index: int) -> int | None:
    """The noun heading an object that starts at word `index`, past its determiners and
    modifiers and to the end of a compound ("a mortar attack"); None when no noun starts
    there ("was held in protest": a phrase, not the verb's object)."""
    while index < len(tagged) and tagged[index].tag in ("DET", "ADJ", "NUM", "ADV"):
        index += 1
    if index >= len(tagged) or tagged[index].tag != "NOUN":
        return None
    while index + 1 < len(tagged) and tagged[index + 1].tag == "NOUN":
        index += 1
    return index


def _event_object(tagged: list[Tagged], verb: int) -> int | None:
    """The event noun heading the object of a light verb, if there is one."""
    index = verb + 1
    if index < len(tagged) and tagged[index].tag == "PART":
        index += 1
    noun = _object_noun(tagged, index)
    return noun if noun is not None and _is_event_noun(tagged, noun) else None


def _brought_about(tagged: list[Tagged], verb: int, preposition: str) -> int | None:
    """The common noun heading what a verb of causing brings about ("caused widespread
    chaos", "led to a shortage"), if its object is one. A noun followed by an infinitive
    is not it: "caused the roof to cave in" brought about the caving in; nor is a noun of
    measure before "of": "sparked a wave of strikes" brought about strikes."""
    index = verb + 1
    if preposition:
        if index >= len(tagged) or tagged[index].word.lower != preposition:
            return None
        index += 1
    found = _object_noun(tagged, index)  # "were sparked by youths": none, an agent follows
    if found is None:
        return None
    index = found
    infinitive = (
        index + 2 < len(tagged)
        and tagged[index + 1].word.lower == "to"
        and tagged[index + 2].tag == "VERB"
    )
    measure = (
        index + 1 < len(tagged)
        and tagged[index + 1].word.lower == "of"
        and tagged[index].word.lower in _MEASURE_NOUNS
    )
    return None if infinitive or measure else index


def _is_event_noun(tagged: list[Tagged], index: int) -> bool:
    item = tagged[index]
    lower = item.word.lower
    listed = lower in lx.EVENT_NOUNS or lower in lx.EVENT_NOUN_PLURALS
    if not listed and item.form != "ing" and not lx.is_deverbal(lower):
        return False
    if item.form == "ing" and lx.verb_lemma(lower) is None:
        return False
    if lower == "order" and index > 0 and tagged[index - 1].word.lower == "in":
        return False  # "in order to": a phrase of purpose, no order given
    # Only the head of a noun phrase: "the attack" and "a mortar attack", not "attack
    # helicopters" or "strike force".
    following = tagged[index + 1] if index + 1 < len(tagged) else None
    return following is None or following.tag not in ("NOUN",)


def _verb_group(tagged: list[Tagged], head: int) -> int:
    """Where the verb group of the verb at `head` begins ("could not have been struck")."""
    first = head
    while first > 0 and tagged[first - 1].tag in ("AUX", "MODAL", "NEG", "ADV", "PART"):
        if tagged[first - 1].tag == "PART" and tagged[first - 1].word.lower != "to":
            break
        first -= 1
    while first < head and tagged[first].tag == "ADV":
        first += 1
    return first


_NEGATIVE_SUBJECTS = frozenset({"no", "nobody", "none", "neither", "not", "nothing"})


def _negative_subject(tagged: list[Tagged], first: int) -> bool:
    """Whether the subject just before a verb group negates it: "no one was hurt", "not a
    single shop opened", "none of the guards fired" (TimeML: the event did not happen)."""
    position = first - 1
    while position >= 0 and first - position <= 6:
        item = tagged[position]
        if item.word.lower in _NEGATIVE_SUBJECTS:
            # "there was no sign the strike had ended", "gave no cause to fire": after a
            # verb "no" is its object's, unless the verb tells a clause ("said no shops
            # opened", "feared that nobody survived")
            before = tagged[position - 1] if position > 0 else None
            if before is None or before.word.lower == "that":
                return True
            if before.tag in ("VERB", "AUX"):
                return lx.CLASS_OF_LEMMA.get(before.lemma) == "REPORTING"
            return before.tag != "PREP"
        if item.tag not in ("DET", "ADJ", "NOUN", "PRON", "NUM", "PREP") and not (
            position == first - 1 and item.word.lower in lx.AUXILIARIES
        ):
            return False  # (an auxiliary the group left out: "nobody was injured")
        position -= 1
    return False


def _verb_mention(tagged: list[Tagged], head: int, clause: int) -> Mention | None:
    item = tagged[head]
    following = tagged[head + 1].word.lower if head + 1 < len(tagged) else ""
    # "appeared in court", "appeared before magistrates" is an occurrence; "appeared to be"
    # and "appeared calm" are not.
    appearance = item.lemma == "appear" and following in ("in", "before", "at", "on")
    if item.lemma in _NOT_EVENTS and not appearance:
        return None
    last = head
    if head + 1 < len(tagged) and tagged[head + 1].form == "particle":
        last = head + 1
    first = _verb_group(tagged, head)
    group = tagged[first:head]
    words = [w.word.lower for w in group]
    negated = any(w.tag == "NEG" for w in group) or _negative_subject(tagged, first)
    polarity = Polarity.NEG if negated else Polarity.POS
    modal = next((w for w in words if w in lx.MODALS and w not in _FUTURE), None)
    if modal == "'d":
        modal = "would"
    future = any(w in _FUTURE for w in words) or _going_to(tagged, first)
    # "was hit", "were set off": a participle spelt like the base form is passive too.
    same_past = item.form == "base" and item.lemma in lx.IRREGULAR_VERBS.get(item.lemma, ())
    passive = (item.form in ("ed", "en", "past") or same_past) and any(
        w in lx.BE_FORMS or w == "get" for w in words
    )
    if item.form in ("ed", "en") and not group and head + 1 < len(tagged):
        # "an alliance backed by the U.S.": a participle with its agent is passive; "voted
        # by 78 per cent", "rose by 5%" is a measure, not an agent.
        passive = passive or (
            tagged[head + 1].word.lower == "by" and not _measure(tagged, head + 2)
        )
    if item.form in ("ed", "en") and not group and _after_object_of_preposition(tagged, head):
        passive = True  # "despite a gale warning issued on Wednesday": no subject there
    tense, aspect = _tense(item, words, future)
    if passive and not group:
        tense = "PASTPART"
    # "were due to resume", "is set to sign", "are expected to vote": scheduled, not done.
    scheduled = (
        tagged[first].word.lower == "to"
        and first > 0
        and (tagged[first - 1].word.lower in _SCHEDULED)
    )
    possible = modal is not None or future or scheduled
    factuality = Factuality.POSSIBLE if possible else Factuality.ASSERTED
    return Mention(
        head,
        last,
        "VERB",
        item.lemma,
        _verb_class(tagged, head),
        tense,
        aspect,
        polarity,
        modal,
        factuality,
        clause,
        first,
        passive,
        None,
    )


# Prepositions that may open a clause as well ("after the bomb exploded"), after which a
# noun and an -ed word may be a subject and its verb.
_CLAUSE_PREPOSITIONS = CLAUSE_PREPOSITIONS | lx.words_of("till like")


def _after_object_of_preposition(tagged: list[Tagged], head: int) -> bool:
    """Whether the word before `head` ends the object of a preposition ("despite a gale
    warning", "of the man"): an -ed word there qualifies it, as nothing there has a verb."""
    position = head - 1
    if position < 1 or tagged[position].tag != "NOUN":
        return False
    while position >= 0 and tagged[position].tag in ("NOUN", "ADJ", "NUM"):
        position -= 1
    if position >= 0 and tagged[position].tag in ("DET", "POS"):
        position -= 1
    if position < 0 or tagged[position].tag != "PREP":
        return False
    if tagged[position].word.lower in _CLAUSE_PREPOSITIONS:
        return False
    # The clause's verb must come before: in "The gathering of two groups resulted in a
    # fight" the phrase is inside the subject and the -ed word is its verb; in "after a
    # swarm of locusts invaded" a new clause began after the verb before.
    commas = 0
    for item in reversed(tagged[:position]):
        if item.tag in ("SUB", "CONJ") or item.word.lower in _CLAUSE_PREPOSITIONS:
            return False
        if item.tag == "PUNCT":
            # Only a pair of commas round an apposition may stand between ("the owners,
            # Aegean Lines, of"); one comma ends a clause ("was closed, police in the
            # canton said").
            if item.word.text != "," or commas == 2:
                return False
            commas += 1
            continue
        if item.tag == "AUX" or (item.tag == "VERB" and item.form in ("ed", "past", "s", "base")):
            return commas != 1  # a finite verb: "strikers protesting against cuts" has none
    return False


# Nouns whose "of" phrase names what may happen: "the danger of further slides".
_PROSPECTS = lx.words_of(
    """danger dangers risk risks threat threats prospect prospects possibility chance
    likelihood fear fears spectre specter"""
)


def _a_prospect(tagged: list[Tagged], head: int) -> bool:
    """Whether an event noun is what a noun of risk says may happen ("the risk of a strike",
    "warned of the danger of further slides"): it has not happened."""
    position = head - 1
    while position >= 0 and tagged[position].tag in ("ADJ", "DET", "NUM", "NOUN", "ADV"):
        position -= 1
    return (
        position >= 1
        and tagged[position].word.lower == "of"
        and tagged[position - 1].word.lower in _PROSPECTS
    )


def _going_to(tagged: list[Tagged], first: int) -> bool:
    # "is going to strike": "going to" before the group's infinitive marker.
    return (
        first >= 2
        and tagged[first - 1].word.lower == "to"
        and (tagged[first - 2].word.lower == "going")
    ) or (
        first >= 1
        and tagged[first].word.lower == "to"
        and first >= 1
        and tagged[first - 1].word.lower == "going"
    )


def _tense(item: Tagged, words: list[str], future: bool) -> tuple[str, str]:
    perfect = any(w in ("have", "has", "had", "'ve", "having") for w in words)
    progressive = item.form == "ing" and any(w in lx.BE_FORMS for w in words)
    aspect = (
        "PERFECTIVE_PROGRESSIVE"
        if perfect and progressive
        else "PERFECTIVE"
        if perfect
        else "PROGRESSIVE"
        if progressive
        else "NONE"
    )
    if future:
        return "FUTURE", aspect
    if "to" in words and not any(w in lx.BE_FORMS or w in lx.HAVE_FORMS for w in words[-1:]):
        return "INFINITIVE", aspect
    finite = [w for w in words if w in lx.AUXILIARIES]
    if finite:
        first = finite[0]
        if first in ("was", "were", "had", "did", "could", "would", "might", "should"):
            return "PAST", aspect
        if first in lx.MODALS:
            return "NONE", aspect
        return "PRESENT", aspect
    if item.form in ("ed", "past"):
        return "PAST", aspect
    if item.form == "en":
        return "PASTPART", aspect
    if item.form == "ing":
        return "PRESPART", aspect
    if "to" in words:
        return "INFINITIVE", aspect
    return "PRESENT", aspect


# Words after "by" and a number that make it a measure: "rose by 5 per cent".
_MEASURES = lx.words_of("per percent % points point cent cents pence times fold")


def _measure(tagged: list[Tagged], index: int) -> bool:
    """Whether the words from `index` (after "by") are a measure, not an agent: "by 78 per
    cent", "by 5%", "by 12" (but "by 700 people" is who did it)."""
    if index >= len(tagged) or tagged[index].tag != "NUM":
        return False
    after = tagged[index + 1] if index + 1 < len(tagged) else None
    return after is None or after.tag == "PUNCT" or after.word.lower in _MEASURES


def _verb_class(tagged: list[Tagged], head: int) -> EventClass:
    lemma = tagged[head].lemma
    name = lx.CLASS_OF_LEMMA.get(lemma, "OCCURRENCE")
    if lemma == "appear":
        return EventClass.OCCURRENCE  # an event only as "appeared in court" (see above)
    if name in ("I_STATE", "I_ACTION", "ASPECTUAL", "PERCEPTION") and not _has_complement(
        tagged, head
    ):
        # "fears" with no event after it is a state; "plans a visit" still introduces one.
        return EventClass.STATE if name == "I_STATE" and lemma != "plan" else EventClass(name)
    return EventClass(name)


def _has_complement(tagged: list[Tagged], head: int) -> bool:
    for item in tagged[head + 1 : head + 8]:
        if item.tag in ("PART", "SUB", "VERB", "MODAL", "AUX") or item.form == "ing":
            return True
        if item.word.lower in lx.EVENT_NOUNS:
            return True
        if item.tag == "PUNCT":
            return False
    return False


def _noun_mention(tagged: list[Tagged], head: int, clause: int, light_verb: int | None) -> Mention:
    item = tagged[head]
    lower = item.word.lower
    negated = head > 0 and tagged[head - 1].word.lower in ("no",)
    lemma = item.lemma
    event_class = EventClass.STATE if lower in _STATE_NOUNS else EventClass.OCCURRENCE
    if lower in (
        "statement",
        "statements",
        "announcement",
        "report",
        "reports",
        "remarks",
        "comments",
        "testimony",
        "interview",
        "speech",
    ):
        event_class = EventClass.REPORTING
    if lower in (
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "claim",
        "claims",
        "denial",
        "denials",
        "threat",
        "threats",
        "warning",
        "warnings",
        "demand",
        "demands",
        "promise",
        "pledge",
        "request",
        "call",
        "order",
        "decision",
    ):
        event_class = EventClass.I_ACTION
    if lower in _STATE_OF_MIND_NOUNS:
        event_class = EventClass.I_STATE  # "fears of a recession": a state about an event
    modality = None
    factuality = Factuality.POSSIBLE if _a_prospect(tagged, head) else Factuality.ASSERTED
    polarity = Polarity.NEG if negated else Polarity.POS
    if light_verb is not None:
        verb = _verb_mention(tagged, light_verb, clause)
        if verb is not None:
            modality, factuality, polarity = verb.modality, verb.factuality, verb.polarity
    return Mention(
        head,
        head,
        "NOUN",
        lemma,
        event_class,
        "NONE",
        "NONE",
        polarity,
        modality,
        factuality,
        clause,
        light_verb if light_verb is not None else head,
        False,
        light_verb,
    )


def _state_mention(tagged: list[Tagged], head: int, clause: int) -> Mention | None:
    # Only a predicated state: "was dead", "remain strong", not "a dead soldier".
    position = head - 1
    while position >= 0 and tagged[position].tag in ("ADV", "NEG"):
        position -= 1
    if position < 0:
        return None
    before = tagged[position]
    copula = before.word.lower in lx.BE_FORMS or before.lemma in (
        "remain",
        "become",
        "seem",
        "stay",
        "appear",
        "be",
    )
    if not copula:
        return None
    first = _verb_group(tagged, position)
    words = [w.word.lower for w in tagged[first : position + 1]]
    polarity = Polarity.NEG if any(w.tag == "NEG" for w in tagged[first:head]) else Polarity.POS
    modal = next((w for w in words if w in lx.MODALS and w not in _FUTURE), None)
    future = any(w in _FUTURE for w in words)
    tense, aspect = _tense(before, words[:-1], future)
    factuality = Factuality.POSSIBLE if modal is not None or future else Factuality.ASSERTED
    return Mention(
        head,
        head,
        "ADJ",
        tagged[head].word.lower,
        EventClass.STATE,
        tense,
        aspect,
        polarity,
        modal,
        factuality,
        clause,
        first,
        False,
        None,
    )
