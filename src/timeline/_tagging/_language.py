"""Whether a text is clearly not English: `tag` reads English only, and says so.

Two signs, each from how English is written, not from any corpus:

- English is written in the Latin alphabet: a text whose letters are mostly of another
  script (Cyrillic, Greek, Arabic, Chinese...) is not English;
- running English cannot go far without its commonest function words ("the", "and",
  "to", "of", "that", "was", "said"...): they are about a quarter of news prose and still
  one word in a dozen of a page of headlines. The list leaves out words that other
  languages in the Latin alphabet use as often ("a", "i", "in", "is", "an", "on", "at",
  "die"), so a text in Spanish, French, German or Dutch has next to none of them. Only a
  list of dates and times does without them too ("Mon 3 June, Tue 4 June, ..."), and
  there the tagger finds one expression after another: so a text without function words
  counts as not English only if the tagger also found (next to) nothing in it, which is
  the silence the warning is there to explain.

Short texts decide nothing (a headline, a dateline, a name), nor do URLs, which are
stripped first. Only the first few thousand characters are read: a language does not
change halfway through a story, and the check must cost nothing beside tagging.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._time._model import Timex

__all__ = ["not_english"]

_FUNCTION_WORDS = frozenset(
    """
    the of and to that for with was were by from he she his her they their it be been
    has have had are will would said this which who not but or its we you after than
    more also about as
    """.split()  # noqa: SIM905 (a list of words reads better as words)
)
_URL = re.compile(r"\S*(?:://|www\.)\S*")
_PUNCTUATION = ".,;:!?\"'()[]-\u2018\u2019\u201c\u201d\u2013\u2014"  # with curly quotes, dashes
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")  # Basic Latin to Latin Extended-B
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
_SAMPLE = 2000  # characters read: a language does not change halfway through a story
_MIN_WORDS = 40  # fewer decide nothing
_MIN_LETTERS = 40
_MIN_SHARE = 0.02  # of the words, at least this many English function words
_MIN_FOUND = 0.02  # ... or this many time expressions per word


def not_english(text: str, found: Sequence[Timex]) -> str | None:
    """Why `text` is clearly not English, or None if it may well be.

    `found` is what the tagger found in it.

    >>> not_english("The board said on Monday that it would meet again next week.", []) is None
    True
    >>> print(not_english("Министр финансов подал в отставку в воскресенье вечером " * 2, []))
    most of its letters (100%) are not in the Latin alphabet
    """
    sample = text[:_SAMPLE]
    if "://" in sample or "www." in sample:
        sample = _URL.sub(" ", sample)
    other = len(_OTHER_LETTER.findall(sample))
    if other >= _MIN_LETTERS / 2:
        letters = other + len(_LATIN_LETTER.findall(sample))
        if letters >= _MIN_LETTERS and other / letters > 0.5:
            return f"most of its letters ({other / letters:.0%}) are not in the Latin alphabet"
    # Split on spaces, not by a word pattern: as exact for counting, and a third the cost.
    words = sample.lower().split()
    if len(words) < _MIN_WORDS:
        return None
    common = sum(1 for word in words if word.strip(_PUNCTUATION) in _FUNCTION_WORDS)
    expressions = sum(1 for timex in found if timex.span is None or timex.span[0] < _SAMPLE)
    if common / len(words) < _MIN_SHARE and expressions / len(words) < _MIN_FOUND:
        return (
            f"{common} of its first {len(words)} words are common English words such as "
            "'the', 'and', 'of'; English has one in four"
        )
    return None
