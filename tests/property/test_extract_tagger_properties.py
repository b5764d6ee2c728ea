"""Properties of the extraction tagger's reading of "to": an infinitive or a preposition.

The invented words stand for verbs and nouns no lexicon holds; the sentences around them
are written for these tests.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from timeline._extract import _lexicon as lx
from timeline._extract._infinitive import _NOMINAL_ENDINGS
from timeline._extract._tagger import Tagged, tag_sentence
from timeline._extract._text import sentences

# Made-up lower-case words: consonant-vowel shapes that end in a consonant other than
# "s" (a final "s" reads as a plural), like "bavrot" or "klemid".
invented = st.from_regex(
    r"[bdfgklmnprtv][aeio][bdfgklmnprtv]{1,2}[aeio][bdfgklmnprt]", fullmatch=True
)
SUBJECTS = ["Police", "The rebels", "Two ministers", "The board"]
OBJECTS = ["the crowd", "them", "its rivals", "12 suspects", "a deal", "her"]
TIMES = ["the next day", "the same morning", "two weeks later", "this week"]


def unknown(word: str) -> bool:
    return (
        lx.verb_lemma(word) is None
        and word not in lx.EVENT_NOUNS
        and word not in lx.NOUN_ONLY
        and not word.endswith((*_NOMINAL_ENDINGS, "ed", "ing"))
    )


def tagged(text: str) -> list[Tagged]:
    return tag_sentence(sentences(text)[0])


def tag_of(words: list[Tagged], text: str) -> str:
    return next(t.tag for t in words if t.word.text == text)


@given(invented, st.sampled_from(SUBJECTS), st.sampled_from(OBJECTS))
def test_an_unknown_word_between_to_and_its_object_is_a_verb(
    word: str, subject: str, object_: str
) -> None:
    assume(unknown(word))
    words = tagged(f"{subject} moved to {word} {object_}.")
    assert "PART" == tag_of(words, "to")
    assert "VERB" == tag_of(words, word)


@given(invented, st.sampled_from(SUBJECTS), st.sampled_from(TIMES))
def test_to_before_a_name_and_a_time_is_a_preposition(word: str, subject: str, time: str) -> None:
    name = word.capitalize()
    words = tagged(f"{subject} moved to {name} {time}.")
    assert "PREP" == tag_of(words, "to")
    assert "VERB" != tag_of(words, name)


@given(invented, st.sampled_from(SUBJECTS), st.sampled_from(TIMES))
def test_an_unknown_word_after_to_and_before_a_time_is_not_a_verb(
    word: str, subject: str, time: str
) -> None:
    assume(unknown(word))
    words = tagged(f"{subject} went back to {word} {time}.")
    assert "PREP" == tag_of(words, "to")
    assert "VERB" != tag_of(words, word)


@given(invented, st.sampled_from(OBJECTS))
def test_a_plural_after_to_is_a_noun_even_before_a_noun_phrase(word: str, object_: str) -> None:
    # "explained to reporters the reasons": a plural is the indirect object.
    assume(unknown(word))
    words = tagged(f"The minister explained to {word}s {object_}.")
    assert "PREP" == tag_of(words, "to")
