"""Words that read as a time expression but are something else in their context.

Ages ("a 9-year-old", "61 years old"), fractions ("rose 2 3/8", "three-quarters of
exports"), names ("on This Week"), "one day" meaning some day, ordinals in compounds ("a
second-round pick") and elapsed times the grammar reads only the start of ("finished in
2:14:03"). The tagger asks `is_misreading` after the grammar has read an expression.
"""

from __future__ import annotations

from .._time._lexicon import CARDINALS, Token

__all__ = ["is_misreading"]

_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_FRACTIONS = frozenset({"quarter", "quarters", "third", "thirds", "half", "halves"})
_MODALS = frozenset(
    {"will", "would", "could", "might", "may", "shall", "can", "should", "must", "'ll"}
)
_DEICTIC_HEADS = frozenset({"this", "next", "last"})
_OPENERS = frozenset({"", ".", "!", "?", '"', "``", "''", ":", "(", "-", "—"})


def is_misreading(tokens: list[Token], start: int, end: int, text: str) -> bool:
    """Whether tokens[start:end], which the grammar read as a time expression, is not one.

    >>> from timeline._time._lexicon import tokenize
    >>> tokens = tokenize("a 9-year-old")
    >>> is_misreading(tokens, 1, 4, "a 9-year-old")
    True
    """
    words = [token.text for token in tokens[start:end]]
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end] if end < len(tokens) else None
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    touching_after = after is not None and after.start == tokens[end - 1].end
    if words[-1] in _AGE_UNITS and after is not None:
        # "61 years old", "a 9-year-old", "two-week-old talks": an age.
        if after.text == "old" or (
            after.text == "-" and touching_after and following is not None
            and following.text in ("old", "olds")
        ):  # fmt: skip
            return True
    if touching_after and after is not None and following is not None:
        glued = following.start == after.end
        if glued and after.text == ":" and following.kind == "n":
            return True  # the grammar read only "2:14" of "2:14:03", an elapsed time
        if glued and after.text == "-" and following.kind == "w" and len(words) <= 2:
            # "a second-round pick", "a third-place finish": an ordinal in a compound.
            if words[-1] in ("second", "third"):
                return True
    if _mixed_fraction(tokens, start, words):
        return True  # "2 3/8": a whole number and a fraction
    if _is_price_fraction(words, before, after):
        return True  # "fell 1/2 point", "up 3/8": a fraction of a point or a dollar
    if _continues_a_number(tokens, start):
        return True  # "8" of "3/8 years", "14:03" of "2:14:03": the end of a longer figure
    if any(
        words[index + 1] == "-" and words[index] in CARDINALS and words[index + 2] in _FRACTIONS
        for index in range(len(words) - 2)
    ):
        return True  # "three-quarters of exports": a hyphenated fraction
    if words == ["one", "day"] and before is not None and before.text in _MODALS:
        return True  # "she will one day run the firm": some day, no time in particular
    if words == ["fall"] and before is not None and before.text == "the":
        article = start - 1  # the grammar's second try, without the article
        ahead = tokens[article - 1] if article > 0 else None
        if _fall_is_an_event(ahead, after, following):
            return True
    if words == ["the", "fall"] and _fall_is_an_event(before, after, following):
        return True  # "caused the fall", "the fall in prices": a drop, not autumn
    return _is_title(tokens, start, end, text, words, before)


# Prepositions before "the fall" that make it the season: "in the fall", "by the fall".
_SEASON_PREPOSITIONS = frozenset(
    {"in", "during", "by", "until", "till", "since", "over", "through", "throughout"}
    | {"before", "after", "for", "into", "from", "to"}
)


def _fall_is_an_event(before: Token | None, after: Token | None, following: Token | None) -> bool:
    """Whether "the fall" is a drop or a collapse rather than autumn: after anything but a
    preposition of time, or before "in"/"of" and no year ("the fall in prices", "the
    fall of the government"; but "in the fall of 2025" is the season)."""
    if after is not None and after.text in ("in", "of"):
        return following is None or following.kind != "n"
    # Opening a sentence it stays the season ("The fall was unusually wet").
    return before is not None and before.text not in _SEASON_PREPOSITIONS | _OPENERS


# Words around a price change quoted in fractions ("rose 3/8 to 41", "fell 1/2 point").
_PRICE_MOVES = frozenset(
    {"up", "down", "rose", "fell", "gained", "lost", "added", "eased", "slipped", "climbed"}
    | {"dropped", "declined", "advanced", "jumped", "slid", "rising", "falling", "off", "by"}
)
_PRICE_UNITS = frozenset({"point", "points", "cent", "cents", "to", "at", "%"})


def _is_price_fraction(words: list[str], before: Token | None, after: Token | None) -> bool:
    """ "1/2", "3/8" or "15/16" of a point: a proper fraction whose denominator is a power
    of two (how prices were quoted), beside a word of a price move."""
    if len(words) != 3 or words[1] != "/" or not (words[0].isdigit() and words[2].isdigit()):
        return False
    numerator, denominator = int(words[0]), int(words[2])
    if denominator not in (2, 4, 8, 16, 32, 64) or not 0 < numerator < denominator:
        return False
    return (before is not None and before.text in _PRICE_MOVES) or (
        after is not None and after.text in _PRICE_UNITS
    )


def _mixed_fraction(tokens: list[Token], start: int, words: list[str]) -> bool:
    """ "2 3/8": a whole number, then a proper fraction; not a date after a date
    ("09/21/2016 31/12/2020"), whose number before is the end of another figure."""
    if len(words) != 3 or words[1] != "/" or not (words[0].isdigit() and words[2].isdigit()):
        return False
    if start < 1 or tokens[start - 1].kind != "n":
        return False
    if start >= 2 and tokens[start - 2].text in ("/", ":", ".", "-"):
        return False
    return 0 < int(words[0]) < int(words[2])


def _continues_a_number(tokens: list[Token], start: int) -> bool:
    if start < 2 or tokens[start].kind != "n":
        return False
    mark, number = tokens[start - 1], tokens[start - 2]
    return (
        mark.text in ("/", ":", ".")
        and mark.end == tokens[start].start
        and number.kind == "n"
        and number.end == mark.start
    )


def _is_title(
    tokens: list[Token], start: int, end: int, text: str, words: list[str], before: Token | None
) -> bool:
    """ "on This Week", "watched Next Year's Oscars": a capitalised deictic expression in a
    sentence that is not in title case is the name of a programme or a work."""
    if len(words) < 2 or words[0] not in _DEICTIC_HEADS or not text:
        return False
    if before is None or before.kind == "b" or before.text in _OPENERS:
        return False
    if not all(text[token.start].isupper() for token in tokens[start:end] if token.kind == "w"):
        return False
    # In a headline in title case every word is capitalised: there it is a time.
    line_start = text.rfind("\n", 0, tokens[start].start) + 1
    line_end = text.find("\n", tokens[end - 1].end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(len(word) > 3 and word.islower() for word in line.split())
