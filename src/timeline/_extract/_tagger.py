"""Word classes for a sentence: enough grammar to find predicates, subjects and objects.

A deterministic tagger written from English grammar: closed-class words come from the
lexicon, verbs from their forms ("struck", "denies", "admitted"), and the words that can
be either a noun or a verb ("attack", "claims", "report") take the class their neighbours
allow: after a determiner a noun, after a modal or "to" a verb, after a subject and before
an object a verb. Capitals mark names except in a headline, where every word has one.

Tags: DET PRON PREP CONJ SUB NEG MODAL AUX VERB PART NOUN PROPN ADJ ADV NUM PUNCT SYM POS.
"""

from __future__ import annotations

from typing import NamedTuple

from . import _lexicon as lx
from ._adjectives import COMMON_ADJECTIVES
from ._infinitive import infinitive_follows
from ._lexicon import words_of
from ._tag_ahead import (
    object_follows,
    participle_with_object,
    past_verb_follows,
    plural,
    verb_form,
)
from ._tag_context import (
    CLAUSE_PREPOSITIONS,
    FEELINGS,
    PLURALS_WITHOUT_S,
    after_aux,
    after_causative,
    after_copula,
    after_modal,
    article_before_names,
    demonstrative_subject,
    ends_a_date,
    noun_phrase_open,
    object_of_a_cause,
    object_of_preposition,
    plural_head_before_preposition,
    subject_of_a_verbless_clause,
)
from ._tag_words import (
    CLAUSE_PARTICIPLES,
    EST_NOUNS,
    ING_ADJECTIVES,
    LY_NOUNS,
    NONVERBS,
    NUMBER_WORDS,
    PARTICIPLE_PREPOSITIONS,
    PERSON_ADJECTIVES,
    PHRASAL,
    SAME_PAST,
    TIME_WORDS,
    UNITS_OF_TIME,
    is_demonym,
    is_name,
)
from ._text import ABBREVIATIONS, Sentence, Word

__all__ = ["Tagged", "tag_sentence"]


class Tagged(NamedTuple):
    """A word with its class; for verbs also the lemma and the form (see `verb_lemma`)."""

    word: Word
    tag: str
    lemma: str
    form: str


_NOUN_BEFORE = frozenset({"DET", "ADJ", "NUM", "POS", "PREP"})
_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me"})  # not "her", "it", "you"
_SUBJECT_END = frozenset({"NOUN", "PROPN", "PRON"})
_ADJECTIVE_ENDINGS = ("ous", "ful", "able", "ible", "ical", "ish", "less", "ern", "ese")


def tag_sentence(sentence: Sentence, common: frozenset[str] = frozenset()) -> list[Tagged]:
    """Tag every word of `sentence`.

    `common` holds the words the story writes in lower case somewhere: at the start of a
    sentence, such a word is not a name ("Stock markets fell" in a story that says "stock"
    elsewhere).

    >>> from ._text import sentences
    >>> [(t.word.text, t.tag) for t in tag_sentence(sentences("Moscow denied the claims.")[0])]
    [('Moscow', 'PROPN'), ('denied', 'VERB'), ('the', 'DET'), ('claims', 'NOUN'), ('.', 'PUNCT')]
    """
    words = sentence.words
    tagged: list[Tagged] = []
    for index in range(len(words)):
        tagged.append(_tag(words, index, tagged, sentence.title, common))
    _mark_particles(tagged)
    return tagged


def _tag(
    words: tuple[Word, ...], index: int, done: list[Tagged], title: bool, common: frozenset[str]
) -> Tagged:
    word = words[index]
    lower = word.lower
    text = word.text
    previous = _previous(done)
    following = words[index + 1].lower if index + 1 < len(words) else ""
    first_char = text[:1]
    if lower in ("n't", "'t"):
        return Tagged(word, "NEG", "not", "")
    if not first_char.isalnum():
        if lower in ("'s", "'"):
            return Tagged(word, "POS", lower, "")
        if lower == "&":
            return Tagged(word, "CONJ", "and", "")  # "Merrow & Co."
        return Tagged(word, "PUNCT", lower, "")
    if first_char.isdigit():
        return Tagged(word, "NUM", lower, "")
    if lower.startswith(("http", "www.", "@")) or "@" in lower:
        return Tagged(word, "SYM", lower, "")
    capitalised = first_char.isupper()
    if len(text) > 1 and text.isupper() and not title and text.isalpha():
        return Tagged(word, "PROPN", word.text, "")  # "US", "GM", "ISIS": never a pronoun
    sentence_start = previous is None or (previous.tag == "PUNCT" and previous.lower in _OPENING)
    if (
        capitalised
        and is_demonym(lower)
        and following[:1].isalpha()
        and (words[index + 1].text[:1].islower() or title)
    ):
        return Tagged(word, "ADJ", word.text, "")  # "Russian jets", "Syrian government"
    if capitalised and not title and not sentence_start:
        if lower not in lx.PRONOUNS or lower != "i":
            if not (
                lower in lx.DETERMINERS
                and len(text) > 1
                and text[1:].islower()
                and previous is not None
                and previous.word.lower in ('"', "(")
            ):
                return Tagged(word, "PROPN", word.text, "")
    if (
        previous is not None
        and previous.lower == "-"
        and len(done) >= 2
        and done[-2].tag == "NUM"
        and previous.word.start == done[-2].word.end
        and word.start == previous.word.end
        and following[:1].isalpha()
    ):
        return Tagged(word, "ADJ", lower, "")  # "a 24-hour strike": a measure before a noun
    if lower == "only" and previous is not None and previous.tag in ("DET", "POS"):
        return Tagged(word, "ADJ", lower, "")  # "the only patrol car": not an adverb
    closed = _closed_class(lower, words, index, previous)
    if closed is not None:
        return Tagged(word, closed, _AUXILIARY_LEMMAS.get(lower, lower), "")
    if capitalised and (title or sentence_start) and lower not in common and is_name(lower, text):
        return Tagged(word, "PROPN", word.text, "")
    capitalised_next = index + 1 < len(words) and words[index + 1].text[:1].isupper()
    beyond = words[index + 2].lower if index + 2 < len(words) else ""
    return _open_class(word, lower, previous, following, done, capitalised_next, beyond)


_AUXILIARY_LEMMAS = {
    **dict.fromkeys(lx.BE_FORMS, "be"),
    **dict.fromkeys(lx.HAVE_FORMS, "have"),
    **dict.fromkeys(("do", "does", "did"), "do"),
}
_OPENING = frozenset({'"', "(", "‘", "'", "[", ":", "-", "—", "–", "."})


class _Previous(NamedTuple):
    tag: str
    lower: str
    form: str
    word: Word


def _tells(previous: _Previous | None) -> bool:
    """Whether the word before is a verb of saying, whose "that" opens what it tells."""
    verb = None if previous is None else lx.verb_lemma(previous.lower)
    return verb is not None and lx.CLASS_OF_LEMMA.get(verb[0]) == "REPORTING"


def _previous(done: list[Tagged]) -> _Previous | None:
    if not done:
        return None
    last = done[-1]
    if last.word.text == "." and len(done) > 1 and _abbreviation(done[-2].word):
        last = done[-2]  # "Merrow & Co. cut": the full stop belongs to "Co."
    return _Previous(last.tag, last.word.lower, last.form, last.word)


def _abbreviation(word: Word) -> bool:
    return word.lower in ABBREVIATIONS or (len(word.text) == 1 and word.text.isupper())


def _closed_class(
    lower: str, words: tuple[Word, ...], index: int, previous: _Previous | None
) -> str | None:
    following = words[index + 1].lower if index + 1 < len(words) else ""
    if lower in NUMBER_WORDS:
        return "NUM"
    if lower == "&":
        return "CONJ"
    if lower in lx.NEGATIONS and lower not in ("no", "neither", "nor", "without"):
        return "NEG"
    if lower == "to":
        # A capitalised word is a verb after "to" only if the lexicon lists it as one:
        # "moved to Redig" is a place, though "re" + "dig" could be read as a verb.
        after = words[index + 1] if index + 1 < len(words) else None
        named = after is not None and after.text[:1].isupper() and after.lower not in lx.VERB_LEMMAS
        infinitive = (not named and _verb_follows(words, index + 1)) or infinitive_follows(
            words, index, nonverbs=NONVERBS, numbers=NUMBER_WORDS
        )
        return "PART" if infinitive else "PREP"
    if lower in lx.MODALS:
        return "MODAL" if lower != "may" or previous is None or previous.tag != "DET" else "NOUN"
    if lower == "am" and previous is not None and previous.tag == "NUM":
        return "NOUN"  # "at 8.30am", "11 am": a time of day, not "I am"
    if lower in lx.BE_FORMS or lower in lx.HAVE_FORMS or lower in ("do", "does", "did"):
        if lower == "'s" and previous is not None and previous.tag in ("NOUN", "PROPN"):
            # "the ministry's" is a possessive unless a verb form follows ("it's over").
            return "AUX" if _verb_follows(words, index + 1, participle=True) else "POS"
        be = lower in lx.BE_FORMS
        if _verb_follows(words, index + 1, participle=lower not in ("do", "does", "did"), be=be):
            return "AUX"
        return "VERB"
    if lower == "that" and previous is not None and previous.lower in _OPENS_A_CLAUSE:
        return "DET"  # "when that hospital agreed": no "that" clause opens after "when"
    if lower == "that" and following in UNITS_OF_TIME and not _tells(previous):
        return "DET"  # "caught it that afternoon" (but "said that week was hard")
    if lower in ("that", "which", "who", "whom"):
        return "SUB"
    if lower in lx.DETERMINERS:
        if lower in ("more", "most", "less", "much", "enough") and following in ("than", "."):
            return "ADV"
        return "DET"
    if lower in lx.PRONOUNS:
        return "PRON"
    if lower in lx.CONJUNCTIONS:
        return "CONJ"
    if lower in lx.SUBORDINATORS and lower not in ("after", "before", "until", "since", "as"):
        return "SUB"
    if lower in lx.PREPOSITIONS:
        return "PREP"
    if lower in lx.ADVERBS:
        return "ADV"
    if lower in PARTICIPLE_PREPOSITIONS and not (previous is not None and previous.tag == "AUX"):
        return "PREP"  # "including", "following the attack", "compared with"
    if lower in ("no", "neither", "nor"):
        return "DET"
    if lower == "without":
        return "PREP"
    return None


def _verb_follows(
    words: tuple[Word, ...], index: int, *, participle: bool = False, be: bool = False
) -> bool:
    """Whether a verb form comes at `index`, past adverbs, negation and a day said as an
    adverb ("has not yet said", "was today affected", "were yesterday arrested")."""
    while index < len(words) and (
        words[index].lower in lx.ADVERBS
        or words[index].lower in lx.NEGATIONS
        or words[index].lower in _DEICTIC_DAYS
    ):
        index += 1
    if index >= len(words):
        return False
    lower = words[index].lower
    if lower in lx.NOUN_ONLY or lower in lx.DETERMINERS or lower in lx.PREPOSITIONS:
        return False
    if lower in lx.STATE_ADJECTIVES and be:
        return False  # "are missing", "was closed": a state after the copula
    if lower in lx.BE_FORMS or lower in lx.HAVE_FORMS:
        return True
    analysis = lx.verb_lemma(lower)
    if analysis is None:
        return participle and lower.endswith(("ed", "ing")) and len(lower) > 4
    if participle:
        # "had struck": an irregular past is a participle in everyday writing too; and
        # "had set", "was cut": some past participles are spelt like the base form.
        return analysis[1] in ("ed", "en", "ing", "past") or analysis[0] in SAME_PAST
    return analysis[1] == "base"


_DEICTIC_DAYS = words_of("today yesterday tonight")
_OPENS_A_CLAUSE = words_of("when because after before if since while although though unless")


def _open_class(
    word: Word,
    lower: str,
    previous: _Previous | None,
    following: str,
    done: list[Tagged],
    capitalised_next: bool,
    beyond: str = "",
) -> Tagged:
    analysis = None if lower in lx.NOUN_ONLY else lx.verb_lemma(lower)
    before = previous.tag if previous is not None else ""
    if (
        lower in ING_ADJECTIVES
        and following[:1].isalpha()
        # "the ruling by the court": after an article and before a preposition, a noun
        and not (before in ("DET", "POS") and following in lx.PREPOSITIONS)
        # "officials continuing the crackdown": an adjective comes before no article
        and following not in lx.DETERMINERS
        and before != "AUX"
        and following not in ("to", "up")  # "leading to the deaths", "growing up"
        and not (before == "DET" and verb_form(following))  # "the ruling angered them"
    ):
        return Tagged(word, "ADJ", lower, "")  # "existing contracts", "the ruling party"
    if analysis is not None and lower in FEELINGS and after_copula(done) and following != "by":
        return Tagged(word, "ADJ", lower, "")  # "they are very disappointed": a state
    if analysis is not None:
        lemma, form = analysis
        tag = _verb_or_not(lemma, form, lower, previous, following, done, capitalised_next, beyond)
        return Tagged(word, tag, lemma, form)
    if lower.endswith("ly") and len(lower) > 4 and lower not in LY_NOUNS:
        return Tagged(word, "ADV", lower, "")
    if (before in ("MODAL", "PART") or after_modal(done)) and lower.isalpha():
        return Tagged(word, "VERB", lower, "base")  # a verb we do not know: "may not sail"
    if lower.endswith("est") and len(lower) > 5 and lower not in EST_NOUNS:
        return Tagged(word, "ADJ", lower, "")  # "the largest", "their lowest levels"
    if lower in PERSON_ADJECTIVES and (
        verb_form(following) or following in ("", ",", ".", "says", "who")
    ):
        return Tagged(word, "NOUN", lower, "")  # "a hospital official told reporters"
    if lower in COMMON_ADJECTIVES or lower in lx.STATE_ADJECTIVES:
        return Tagged(word, "ADJ", lower, "")
    then = previous is not None and previous.lower == "then"
    if (
        lower.endswith("ed")
        and len(lower) > 4
        and (before in _SUBJECT_END or after_aux(done) or then)
    ):
        return Tagged(word, "VERB", lower[:-2], "ed")  # an unknown verb: "they bombarded"
    if (
        lower.endswith("ed")
        and len(lower) > 4
        and previous is not None
        and previous.lower in ("and", "or")
        and len(done) >= 2
        and done[-2].tag in ("NOUN", "PROPN", "PRON", "NUM", "ADV", "PART")
        and any(item.tag == "VERB" and item.form in ("ed", "past") for item in done)
        and (
            following in lx.PREPOSITIONS
            or following in lx.DETERMINERS
            or following in lx.PRONOUNS
            or following in ("", ",", ".")
        )
    ):
        # "landed in the town and waded into ...": after a past verb's phrase, "and" with
        # an unknown -ed word and its phrase or object joins a second past verb; before a
        # bare noun it is an adjective ("seized guns and unlicensed pistols").
        return Tagged(word, "VERB", lower[:-2], "ed")
    if lower in lx.EVENT_NOUNS and before in _NOUN_BEFORE:
        return Tagged(word, "NOUN", lower, "")
    if lower.endswith("ing") and len(lower) > 5:
        if before == "AUX":
            return Tagged(word, "VERB", lower[:-3], "ing")
        return Tagged(word, "NOUN", lower, "ing")
    if (
        "-" in lower
        and following[:1].isalpha()
        and following not in lx.PREPOSITIONS
        and lower not in lx.EVENT_NOUNS  # "the shoot-out that followed"
        and not past_verb_follows(following, beyond)  # "the check-post collapsed"
        and not participle_with_object(following, beyond)  # "the check-post demanding it"
    ):
        return Tagged(word, "ADJ", lower, "")  # "high-level contacts", "war-ravaged country"
    if (
        lower.endswith(_ADJECTIVE_ENDINGS)
        and following not in ("of", ",", ".")
        and len(lower) > 5
        and lower not in lx.EVENT_NOUNS  # "voiced concern about"
    ):
        return Tagged(word, "ADJ", lower, "")
    return Tagged(word, "NOUN", lower, "")


def _verb_or_not(
    lemma: str,
    form: str,
    lower: str,
    previous: _Previous | None,
    following: str,
    done: list[Tagged],
    capitalised_next: bool = False,
    beyond: str = "",
) -> str:
    before = previous.tag if previous is not None else ""
    noun_reading = lower in lx.EVENT_NOUNS or form in ("base", "s")
    if form in ("ed", "en", "past"):
        if lower == "bound" and following == "for":
            return "ADJ"  # "trains bound for the coast": headed there, nothing was tied
        if before in ("AUX",) or after_aux(done):
            return "VERB"
        prenominal = (
            following[:1].isalpha()
            and following not in lx.PREPOSITIONS
            and (following not in lx.DETERMINERS and following not in lx.AUXILIARIES)
            and following not in TIME_WORDS  # "the sick died Tuesday": no noun follows
        )
        counted = previous is not None and before == "NUM" and plural(previous.lower)
        if before in ("DET", "POS", "ADJ", "NUM") and form != "past" and prenominal and not counted:
            # "Hundreds defied police orders": a plural number is a noun, the subject.
            return "ADJ"  # "a detained reporter", "the proposed merger"
        if before in ("DET", "POS") and not demonstrative_subject(
            previous.lower if previous is not None else "", following
        ):
            return "NOUN"  # "on the ground", "the wounded": no verb follows an article
        if (
            before == "PREP"
            and form != "past"
            and following not in ("by", "in", "on")
            and following not in lx.DETERMINERS  # "with 40 men aboard made an ...": a verb
        ):
            return "ADJ"
        return "VERB"
    if form == "ing":
        if before == "AUX" or after_aux(done):
            return "VERB"
        if not before and (following in lx.AUXILIARIES or verb_form(following)):
            return "NOUN"  # "Sentencing is scheduled": a gerund as the subject
        if (
            before in ("ADJ", "NUM")
            and lemma in CLAUSE_PARTICIPLES
            and (
                following in lx.DETERMINERS
                or following in lx.PRONOUNS
                # After a date nothing it could count: "on May 3 demanding higher pay".
                or (ends_a_date(done) and following not in lx.PREPOSITIONS)
            )
        ):
            return "VERB"  # "on September 29 demanding the release": a clause of its own
        if before in ("DET", "POS", "ADJ", "NUM"):
            return "NOUN"  # "the shelling", "heavy fighting"
        if before in ("NOUN", "PROPN") and (
            following in lx.DETERMINERS or following in lx.PRONOUNS or lemma in CLAUSE_PARTICIPLES
        ):
            # "a protest outside the hospital demanding the release": a participle with its
            # object; a noun is not followed by an article, and these verbs make no compounds.
            return "VERB"
        if (
            before == "NOUN"
            and previous is not None
            and (plural(previous.lower) or previous.lower in PLURALS_WITHOUT_S)
            and plural(following)
            and following not in lx.AUXILIARIES
            and following not in lx.PREPOSITIONS
        ):
            return "VERB"  # "youths throwing stones": a plural head's participle and object
        if before == "NOUN" and noun_phrase_open(done):
            return "NOUN"  # "a mortar shelling"
        if (
            before == "PROPN"
            and article_before_names(done)
            and following[:1].isalpha()
            and following not in lx.PREPOSITIONS
            and previous is not None
            and not previous.word.text.endswith("s")  # "all such NGOs using": a plural head
        ):
            return "NOUN"  # "the Tokyo trading house"; not "the court pleading for"
        if before == "PREP" and following == "of":
            return "NOUN"  # "by killing of"
        subordinating = before in ("SUB", "CONJ", "PUNCT") or (
            before == "PREP" and previous is not None and previous.lower in CLAUSE_PREPOSITIONS
        )
        speech = lx.CLASS_OF_LEMMA.get(lemma) == "REPORTING"
        if subordinating and plural(following) and verb_form(beyond) and not speech:
            # "because voting booths opened": the plural is the subject of the verb
            # after it, so the -ing word before it modifies it and takes no object.
            return "NOUN"
        return "VERB"
    # Base and third-person forms are also nouns ("an attack", "the claims").
    if before in ("MODAL", "PART") or after_aux(done, do_only=True):
        return "VERB"
    if lemma == "open" and following == "fire" and before not in ("DET", "POS", "ADJ"):
        return "VERB"  # "gunmen open fire": the idiom, not "an open fire"
    if following in _OBJECT_PRONOUNS:
        return "VERB"  # "and hit him": no noun takes an object pronoun after it
    if form == "base" and lemma in SAME_PAST and after_aux(done):
        return "VERB"  # "had cost", "was hit": a participle spelt like the base form
    if form == "s" and (following in lx.MODALS or following in lx.AUXILIARIES):
        return "NOUN"  # "further strikes could delay": the subject of what follows
    if form == "s" and past_verb_follows(following, beyond):
        return "NOUN"  # "clashes broke out", "marches ended in": a past verb needs a subject
    if following == "to" and before in ("CONJ", "PRON", "ADV") and form in ("s", "base"):
        return "VERB"  # "and expects to continue", "they plan to"
    if before in _NOUN_BEFORE:
        return "NOUN"
    if before == "NEG":
        return "VERB"
    if before in ("PRON", "SUB") and previous is not None:
        if previous.lower in lx.SUBJECT_PRONOUNS or previous.lower in ("that", "which", "who"):
            return "VERB" if form in ("base", "s") else "NOUN"
        return "NOUN"
    if (
        before == "NOUN"
        and form == "base"
        and previous is not None
        and not plural(previous.lower)
        and previous.lower not in PLURALS_WITHOUT_S
        and lemma not in SAME_PAST
        and noun_phrase_open(done)
        and not plural_head_before_preposition(done)  # "the leaders of the party demand"
        and not after_causative(done)  # "made the council rethink", "urged the board act"
    ):
        return "NOUN"  # "a rubber seal that": a base form does not agree with "seal"
    if (
        form == "s"
        and before == "NOUN"
        and len(done) >= 2
        and done[-2].tag == "NUM"
        and done[-2].word.lower not in ("one", "1")
        and previous is not None
        and not plural(previous.lower)
    ):
        return "NOUN"  # "nine teargas shells", "two police vans": a count's plural head
    if before in ("PROPN", "NOUN"):
        # "Moscow denies the claim", "rebels attack Homs": a verb when an object or a
        # clause follows; "mortar attack", "state news agency", "a Kurdish force," are
        # nouns in a noun phrase.
        if object_follows(following, capitalised_next):
            return "VERB"
        ending = following in ("", ".", ",", ";", ":", '"', ")")
        if ending and not noun_phrase_open(done) and not object_of_a_cause(done):
            return "VERB"
        # "Apple releases a phone", "The envoy returns next week", "rebels attack at
        # dawn": a verb agreeing with the noun before it; but "mortar attacks on the
        # town" is a compound's head.
        if (
            form == "s"
            and before == "PROPN"
            and lower not in lx.EVENT_NOUNS
            and not noun_phrase_open(done)
            and not verb_form(following)
        ):
            return "VERB"
        plural_before = previous is not None and plural(previous.lower)
        if object_of_preposition(done) and not (
            # "before the owners agree": a clause, its subject the phrase's noun
            form == "base" and plural_before and subject_of_a_verbless_clause(done)
        ):
            return "NOUN"  # "on commercial property loans": no verb inside a phrase
        agrees = previous is not None and (
            (form == "s" and not plural_before)
            or (form == "base" and plural_before and previous.lower not in lx.NOUN_ONLY)
            # "The dam burst late Sunday": a past tense that looks like the base form.
            or (
                form == "base"
                and not plural_before
                and lemma in SAME_PAST
                and len(done) >= 2
                and done[-2].tag in ("DET", "PROPN")
            )
        )
        adverbial = (
            ending
            or following in lx.PREPOSITIONS
            or following in TIME_WORDS
            or (following.endswith("ly") and following not in LY_NOUNS)
        )
        if adverbial and agrees and (lower not in lx.EVENT_NOUNS or form == "base"):
            return "VERB"  # "the villagers fear." is a verb; "the mortar attacks." a noun
        if form == "base" and plural_before and before == "NOUN" and not noun_phrase_open(done):
            return "VERB"  # "analysts blame recent losses": compounds rarely start plural
        if (agrees or (form == "base" and plural_before)) and subject_of_a_verbless_clause(done):
            return "VERB"  # "if the company cuts wages", "when the talks fail"
        return "NOUN"
    if before == "ADV":
        if len(done) >= 2 and done[-2].tag in ("PREP", "DET") and noun_reading:
            return "NOUN"  # "the danger of further slides": no verb inside a phrase
        return "VERB"
    if not before or (before == "PUNCT" and previous is not None and previous.lower in _OPENING):
        # At the start of a sentence a noun is the subject ("Rebels seized ..."); news has
        # few commands.
        return "NOUN" if noun_reading else "VERB"
    if before == "PUNCT":
        if noun_reading and following[:1].isalpha() and verb_form(beyond):
            return "NOUN"  # "..., state police said": a noun before the subject's head
        return "NOUN" if noun_reading and following in ("of", "on", "by", "in") else "VERB"
    return "NOUN" if noun_reading else "VERB"


def _mark_particles(tagged: list[Tagged]) -> None:
    """Make "out" in "hit out at" a particle of its verb, so the trigger is the phrase."""
    for index in range(1, len(tagged)):
        current = tagged[index]
        if current.tag not in ("PREP", "ADV") or current.word.lower not in lx.PARTICLES:
            continue
        verb = tagged[index - 1]
        if verb.tag == "VERB" and f"{verb.lemma}:{current.word.lower}" in PHRASAL:
            tagged[index] = current._replace(tag="PART", lemma=current.word.lower, form="particle")
