"""Phrases in a tagged sentence: subjects, objects, agents, names, and descriptions.

Word-range helpers on a sentence's tagged words, with no state: the noun phrase before a
verb (past an adverb, a date or an appositive), the object after it, a passive's agent,
a possessor, the verb a subjectless verb depends on, and the names and short texts made
from them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass
from ._lexicon import words_of
from ._mentions import Mention
from ._syntax import Clause
from ._tagger import Tagged
from ._text import ABBREVIATIONS

MAX_DESCRIPTION = 12  # words


TITLES = words_of(
    """president minister secretary spokesman spokeswoman spokesperson chief director
    general gen lt col maj capt sgt adm gov governor senator sen rep mayor ambassador
    prime king queen prince princess pope judge justice chairman chairwoman ceo
    commander officer deputy mr mrs ms dr prof sheikh ayatollah envoy leader cpl pvt adm
    cmdr sgt supt insp det brig"""
)


ORGANISATION_WORDS = words_of(
    """forces force ministry agency council party army coalition group committee union
    company inc corp bank news government state department office court police navy air
    fleet brigade division militia organisation organization association federation
    commission authority authorities administration institute university times post
    journal press tass ria reuters"""
)


NP_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "POS"})
# The same, with a pronoun for the whole phrase: a subject or an object.
NP_OR_PRONOUN = NP_WORDS | {"PRON"}


INTRODUCING = frozenset(
    {EventClass.REPORTING, EventClass.I_STATE, EventClass.I_ACTION, EventClass.PERCEPTION}
)


GERUND_LINKS = frozenset({"of", "for", "with", "from"})


RELATIVE_OPENERS = frozenset({"who", "which", "that", "he", "she", "it", "they", "we", "i"})


# Prepositions that a subject noun phrase may hold: "One of Russia's generals in Syria".
INNER_PREPOSITIONS = frozenset({"of", "in", "from", "at", "near", "on", "for", "with"})


def inverted_subject(tagged: Sequence[Tagged], mention: Mention) -> tuple[int, int] | None:
    """The subject after a reporting verb that follows a quotation: '"...," said Tass'."""
    first = mention.group_first
    if mention.event_class is not EventClass.REPORTING or first == 0:
        return None
    if tagged[first - 1].word.lower not in ('"', ",") or mention.tense not in ("PAST", "PRESENT"):
        return None  # "..., citing the slump" has no subject after it
    start = mention.last + 1
    end = start
    while end < len(tagged) and (tagged[end].tag in NP_WORDS or tagged[end].word.text == "."):
        if tagged[end].word.text == "." and not (end > start and abbreviated(tagged[end - 1])):
            break
        end += 1
    if end == start or not any(t.tag in ("PROPN", "NOUN") for t in tagged[start:end]):
        return None
    if any(t.tag not in ("PUNCT",) for t in tagged[end:]) and tagged[end].word.text != ",":
        return None  # the name must end the sentence or an aside: '"...," said Tass.'
    return (start, end - 1)


def abbreviated(word: Tagged) -> bool:
    """Whether a full stop after `word` belongs to it: a title or an initial."""
    text = word.word.text
    return (
        word.word.lower in TITLES
        or word.word.lower in ABBREVIATIONS
        or (len(text) == 1 and text.isupper())
    )


def controller(
    tagged: Sequence[Tagged], clauses: list[Clause], before: int, covered: frozenset[int]
) -> tuple[int, int] | None:
    found = controlling_verb(tagged, clauses, before, covered)
    return None if found is None else found[1]


def controlling_verb(
    tagged: Sequence[Tagged], clauses: list[Clause], before: int, covered: frozenset[int]
) -> tuple[int, tuple[int, int]] | None:
    """The finite verb a subjectless verb at `before` depends on, and that verb's subject."""
    own = next(n for n, c in enumerate(clauses) if c.first <= before <= c.last)
    for position in range(before - 1, -1, -1):
        item = tagged[position]
        if item.tag not in ("VERB", "AUX", "MODAL") or item.word.lower == "to":
            continue
        number = next(n for n, c in enumerate(clauses) if c.first <= position <= c.last)
        if number != own and is_relative(tagged, clauses[number], covered):
            continue
        group = group_start(tagged, position)
        if tagged[group].word.lower == "to" or (item.form in ("ing",) and group == position):
            continue
        clause = clauses[number]
        # "the river, which has served as a line between the forces to prevent them
        # clashing": the relative clause's subject is the noun it follows.
        found = noun_phrase_before(tagged, group, clause.first, covered) or antecedent(
            tagged, clause, covered
        )
        if found is not None:
            return position, found
    return None


def antecedent(
    tagged: Sequence[Tagged], clause: Clause, covered: frozenset[int]
) -> tuple[int, int] | None:
    """The noun phrase a relative clause follows, its subject: "forces who attacked",
    "the river, which has served"; None for a clause no relative pronoun opens."""
    if clause.opener not in ("who", "which", "that") or clause.first == 0:
        return None
    before = clause.first - 1
    while before >= 0 and tagged[before].word.lower == ",":
        before -= 1
    return noun_phrase_before(tagged, before + 1, 0, covered)


def words_in_spans(tagged: Sequence[Tagged], spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The indices of the words that start inside one of `spans` (character offsets)."""
    return frozenset(
        index
        for index, item in enumerate(tagged)
        if any(first <= item.word.start < last for first, last in spans)
    )


def is_relative(tagged: Sequence[Tagged], clause: Clause, covered: frozenset[int]) -> bool:
    """Whether a clause is a relative one: "forces who ...", "a field they captured", "the
    strike that killed"; not a complement ("said late Sunday that ...")."""
    if clause.opener != "that":
        return clause.opener in RELATIVE_OPENERS
    before = clause.first - 1
    return before >= 0 and tagged[before].tag == "NOUN" and before not in covered


def is_person(tagged: Sequence[Tagged], span: tuple[int, int]) -> bool:
    """Whether a noun phrase names someone "he" or "she" can stand for."""
    first, last = span
    words = [t.word.lower.rstrip(".") for t in tagged[first : last + 1]]
    if any(w in ORGANISATION_WORDS for w in words):
        return False
    if any(w in TITLES for w in words):
        return True
    names = [t for t in tagged[first : last + 1] if t.tag == "PROPN"]
    return (
        tagged[last].tag == "PROPN"
        and not tagged[last].word.text.isupper()
        and (len(names) >= 2 or last == first)
    )


def group_start(tagged: Sequence[Tagged], verb: int) -> int:
    first = verb
    while first > 0 and tagged[first - 1].tag in ("AUX", "MODAL", "NEG", "ADV"):
        first -= 1
    return first


def noun_phrase_before(
    tagged: Sequence[Tagged], end: int, limit: int, covered: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The noun phrase that ends just before word `end` (not before `limit`), skipping
    adverbs, a time expression ("Lavrov last week hit out") and an appositive."""
    last = end - 1
    while last >= limit and (
        tagged[last].tag == "ADV"
        or last in covered
        or tagged[last].word.lower == '"'
        # the preposition of a skipped date: "A jury on Friday convicted"
        or (tagged[last].tag == "PREP" and last + 1 in covered)
    ):
        last -= 1
    if last > limit and tagged[last].word.text == "." and abbreviated(tagged[last - 1]):
        last -= 1  # "Analysts at Merrow & Co. cut": the full stop is the abbreviation's
    if last >= limit and tagged[last].word.text == "," and last in range(limit, end):
        # "Lavrov, the foreign minister, said" or "..., last week, said": the name before.
        opening = last - 1
        while opening >= limit and tagged[opening].word.text not in (",", "("):
            opening -= 1
        if opening > limit and (
            tagged[opening - 1].tag in ("PROPN", "NOUN") or tagged[opening - 1].word.text == ")"
        ):
            last = opening - 1
    if last < limit:
        return None
    if tagged[last].tag == "PRON":
        return (last, last)
    if tagged[last].tag not in ("NOUN", "PROPN", "NUM") and tagged[last].word.text != ")":
        return None
    first = last
    while first - 1 >= limit and first - 1 not in covered:
        before = tagged[first - 1]
        if before.tag in NP_WORDS or before.word.text in ("(", ")"):
            first -= 1
            continue
        if before.word.text == "." and first - 2 >= limit and abbreviated(tagged[first - 2]):
            first -= 1  # "Lt. Gen. Valery Asapov", "Timothy D. Cook"
            continue
        conjunction = before.word.lower in ("and", "&")
        joined = ("NOUN", "PROPN", "NUM", "PRON", "ADJ" if conjunction else "")
        if (
            (before.word.lower in INNER_PREPOSITIONS or conjunction)
            and first - 2 >= limit
            and tagged[first - 2].tag in joined
        ):
            first -= 1
            if tagged[first - 1].tag == "PRON":
                first -= 1  # "One of Russia's top generals", "some of the rebels"
                break
            continue
        break
    while first < last and tagged[first].word.text in ("(", ")"):
        first += 1
    return (first, last)


def noun_phrase_start(tagged: Sequence[Tagged], head: int) -> int:
    first = head
    while first > 0 and tagged[first - 1].tag in NP_WORDS:
        first -= 1
    return first


def object_after(
    tagged: Sequence[Tagged], start: int, covered_starts: frozenset[int] = frozenset()
) -> list[str]:
    """The words of the object after a verb: a noun phrase, with one "of" phrase."""
    index = start
    words: list[str] = []
    # "hit out at Obama", "retaliate against SDF fighters": one preposition leads in.
    if (
        index < len(tagged)
        and tagged[index].tag == "PREP"
        and tagged[index].word.lower
        in ("at", "against", "on", "for", "to", "with", "into", "from", "over")
    ):
        words.append(tagged[index].word.text)
        index += 1
    if index < len(tagged) and tagged[index].tag == "SUB":
        return words[:0]
    taken = 0
    while index < len(tagged) and taken < 7:
        item = tagged[index]
        if item.word.lower == '"' and words:
            index += 1  # a quoted word is still the object: 'called a "two-faced" policy'
            continue
        if item.word.start in covered_starts and not (words and tagged[index - 1].tag == "DET"):
            break  # "announced late Sunday that": the date is not the object
        if (
            item.word.text == "."
            and index > start
            and abbreviated(tagged[index - 1])
            and (index + 1 < len(tagged) and tagged[index + 1].tag == "PROPN")
        ):
            words[-1] += "."  # "Lt. Gen. Ray Hale"
            index += 1
            continue
        if item.tag in NP_WORDS or (item.tag == "PRON" and taken == 0):
            words.append(item.word.text)
            taken += 1
            index += 1
            following = tagged[index].word.lower if index < len(tagged) else ""
            if item.tag == "PRON" and following != "of":
                break  # "them", but "one of its fighters"
            continue
        if (
            item.word.lower == "of"
            and taken
            and index + 1 < len(tagged)
            and (tagged[index + 1].tag in NP_WORDS)
        ):
            words.append(item.word.text)
            index += 1
            continue
        break
    if words and tagged[start].tag == "PREP" and len(words) == 1:
        return []
    return words


def modifier(tagged: Sequence[Tagged], start: int) -> list[str]:
    """ "by ISIS", "on the town", "of the general": one short phrase after an event noun."""
    if start >= len(tagged) or tagged[start].word.lower not in (
        "by",
        "on",
        "of",
        "against",
        "in",
        "into",
        "from",
    ):
        return []
    words = object_after(tagged, start + 1)
    if not words or len(words) > 6:
        return []
    return [tagged[start].word.text, *words]


def agent_of(tagged: Sequence[Tagged], mention: Mention) -> tuple[int, int] | None:
    """The "by" phrase of a passive verb or an event noun: "killed by mortar fire from ISIS"."""
    if not (mention.passive or mention.pos == "NOUN"):
        return None
    index = mention.last + 1
    limit = min(len(tagged), index + 4)
    while index < limit and tagged[index].word.lower != "by":
        if tagged[index].tag in ("PUNCT", "SUB", "VERB"):
            return None
        index += 1
    if index >= limit:
        return None
    first = index + 1
    last = first
    while last < len(tagged) and (
        tagged[last].tag in NP_WORDS or tagged[last].word.text in ("(", ")")
    ):
        last += 1
    if last == first:
        return None
    span = (first, last - 1)
    # "mortar fire from ISIS": the one who fired is the name after "from" or "of".
    if (
        not any(t.tag == "PROPN" for t in tagged[first:last])
        and last < len(tagged)
        and (tagged[last].word.lower in ("from", "of"))
    ):
        name_first = last + 1
        name_last = name_first
        while name_last < len(tagged) and tagged[name_last].tag in NP_WORDS:
            name_last += 1
        if name_last > name_first and any(t.tag == "PROPN" for t in tagged[name_first:name_last]):
            return (name_first, name_last - 1)
    return span


def possessor(tagged: Sequence[Tagged], head: int) -> str | None:
    """ "ISIS's attack": the name before the possessive, if the noun has one."""
    index = head - 1
    while index >= 0 and tagged[index].tag in ("ADJ", "NOUN"):
        index -= 1
    if index >= 1 and tagged[index].tag == "POS" and tagged[index - 1].tag == "PROPN":
        first = index - 1
        while first > 0 and tagged[first - 1].tag == "PROPN":
            first -= 1
        return text_of(tagged, (first, index - 1))
    return None


def name_of(tagged: Sequence[Tagged], span: tuple[int, int]) -> str:
    """A noun phrase as an actor's name: a name without its article ("Russian Defense
    Ministry"), a description with it ("the army"), and no aside in parentheses."""
    first, last = span
    named = any(t.tag == "PROPN" for t in tagged[first : last + 1])
    while (
        named
        and first < last
        and tagged[first].tag == "DET"
        and tagged[first].word.lower in ("the", "a", "an")
    ):
        first += 1
    words: list[str] = []
    depth = 0
    for item in tagged[first : last + 1]:
        if item.tag == "PREP" and item.word.lower != "of" and words:
            break  # "generals in Syria": the name is the head, not where it stands
        if item.word.text == "(":
            depth += 1
            continue
        if item.word.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth == 0:
            words.append(item.word.text)
    return join(words)


def head_part(tagged: Sequence[Tagged], span: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase up to where a preposition other than "of" begins its tail."""
    first, last = span
    for index in range(first + 1, last + 1):
        if tagged[index].tag == "PREP" and tagged[index].word.lower != "of":
            return (first, index - 1)
    return span


def text_of(tagged: Sequence[Tagged], span: tuple[int, int]) -> str:
    first, last = span
    return join([t.word.text for t in tagged[first : last + 1]])


def join(words: list[str]) -> str:
    text = " ".join(words)
    for mark in (" 's", " '", " ,", " .", " )", "( ", " n't"):
        text = text.replace(mark, mark.strip() if mark != "( " else "(")
    return text


def clean(words: list[str]) -> str:
    words = [w for w in words if w not in ('"', "“", "”", "``", "''", "(", ")")]
    return join(words[:MAX_DESCRIPTION])


def describe(
    tagged: Sequence[Tagged],
    mention: Mention,
    subject: tuple[int, int] | None,
    name: str | None,
    actors: tuple[str, ...],
    covered: frozenset[int],
) -> str:
    """A short description of a mention built from its clause: "Rebels seized the town",
    "the attack", "the army said"; `covered` are the words inside time expressions."""
    words: list[str] = []
    if mention.pos == "NOUN" and mention.light_verb is None:
        first = noun_phrase_start(tagged, mention.head)
        words = [t.word.text for t in tagged[first : mention.head + 1]]
        words += modifier(tagged, mention.head + 1)
        return clean(words)
    if subject is not None and not mention.passive:
        named = any(t.tag == "PROPN" for t in tagged[subject[0] : subject[1] + 1])
        if name is None or (named or tagged[subject[0]].tag == "PRON"):
            words = (name or text_of(tagged, head_part(tagged, subject))).split()
        else:
            words = text_of(tagged, head_part(tagged, subject)).split()
    elif subject is not None:
        words = text_of(tagged, head_part(tagged, subject)).split()
    group_first = mention.group_first
    if mention.pos == "NOUN" and mention.light_verb is not None:
        group_first = group_start(tagged, mention.light_verb)
        last = mention.head
    else:
        last = mention.last
    for item in tagged[group_first : last + 1]:
        if item.tag == "ADV" or item.word.lower == '"':
            continue
        if item.word.lower == "to" and item is tagged[group_first]:
            continue
        words.append(item.word.text)
    if mention.pos == "VERB":
        starts = frozenset(tagged[i].word.start for i in covered)
        obj = object_after(tagged, last + 1, starts)
        after = last + 1 + len(obj)
        if (
            mention.event_class in INTRODUCING
            and after < len(tagged)
            and (tagged[after].tag in ("VERB", "AUX", "MODAL"))
        ):
            obj = []  # "Tass said a shell struck": the shell is what was said, not the object
        words += obj
    elif mention.pos == "NOUN":
        words += modifier(tagged, mention.head + 1)
    if mention.passive and actors:
        words += ["by", actors[0]]
    return clean(words)
