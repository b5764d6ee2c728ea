"""What the words around an expression say: whether it is time, and whether it is an aside.

These are the tagger's judgement calls, kept apart from the grammar so that `resolve`
(which is handed an expression and told its tense) stays free of them.
"""

from __future__ import annotations

from .._time._clocks import clock_at
from .._time._lexicon import CARDINALS, MONTHS, ORDINALS, SEASONS, WEEKDAYS, Token
from ._misreadings import is_misreading
from ._ranges import DASHES
from ._tense import (
    CLAUSE_BREAKS,
    DETERMINERS,
    FUTURE_WORDS,
    GOVERNED_FUTURE,
    GOVERNING_PREPOSITIONS,
    LOOK,
    OPENING_PREPOSITIONS,
    is_past_form,
    tense_marker,
)

__all__ = [
    "SENTENCE_ENDS",
    "is_aside",
    "is_time",
    "opens_sentence",
    "sentence_starts",
]

SENTENCE_ENDS = frozenset({".", "!", "?"})


def sentence_starts(tokens: list[Token], text: str) -> list[int]:
    """Indexes of the tokens that begin a sentence (blank lines and full stops)."""
    starts = [0]
    for index in range(1, len(tokens)):
        previous = tokens[index - 1]
        if previous.kind == "b":
            starts.append(index)
        elif previous.kind == "p" and previous.text in SENTENCE_ENDS:
            # "0.9%" and "U.S. officials" do not end a sentence: a full stop does when a
            # space and a capital (or a quote) follow it.
            current = tokens[index]
            spaced = current.start > previous.end
            if spaced and (text[current.start].isupper() or current.kind == "p"):
                starts.append(index)
    return starts


def opens_sentence(tokens: list[Token], start: int, sentence: tuple[int, int]) -> bool:
    """Whether the expression at `start` opens its sentence, alone or after prepositions.

    "In 1944, ..." and "On 6 June 1944 the landings began" set the time a history is
    narrating; such a date is never an aside.
    """
    first = sentence[0]
    return start - first <= 2 and all(
        token.text in OPENING_PREPOSITIONS for token in tokens[first:start]
    )


def is_aside(tokens: list[Token], start: int, sentence: tuple[int, int], text: str) -> bool:
    """Whether a date at `start` is mentioned in passing rather than narrated.

    A history moves its narrative year with the dates it narrates ("In 1944, ..."); a date
    in a clause that looks ahead from the narrative ("plans for an offensive in 1945",
    "held out until March 1945") is a plan or an outcome told early, and one in
    parentheses ("the treaty (1921)", "(as of 5 May 1950)") a note beside the story: the
    narrative does not move there.
    """
    first = sentence[0]
    low = max(first, start - LOOK)
    for index in range(start - 1, low - 1, -1):
        word = tokens[index].text
        if word == "(":
            return True
        if word == ")":
            break
    clause = True  # no clause boundary yet between the marker and the date
    for index in range(start - 1, low - 1, -1):
        word = tokens[index].text
        if word in CLAUSE_BREAKS:
            clause = False
        if word in GOVERNING_PREPOSITIONS:
            return True  # "held out until the fall of the city in 1945": told early
        tense = tense_marker(tokens, index, text=text)
        if tense is not None:
            return tense == "future" or (clause and _is_past_perfect(tokens, index))
    return False


# Participles that neither end in -ed nor are past forms themselves ("had fallen").
_PARTICIPLES = frozenset(
    {
        "been",
        "begun",
        "become",
        "broken",
        "chosen",
        "come",
        "done",
        "driven",
        "drawn",
        "fallen",
        "flown",
        "forgotten",
        "given",
        "gone",
        "grown",
        "hidden",
        "known",
        "risen",
        "run",
        "seen",
        "shown",
        "spoken",
        "sunk",
        "taken",
        "thrown",
        "written",
    }
)


def _is_past_perfect(tokens: list[Token], index: int) -> bool:
    """Whether the tense marker at `index` is a past perfect ("had fallen", "had already
    taken"): a flashback from the narrative, not a step of it."""
    word = tokens[index].text
    if word != "had":
        # The marker may be the participle itself ("had fought"): look back for "had".
        if not is_past_form(word):
            return False
        for previous in range(index - 1, max(0, index - 3) - 1, -1):
            if tokens[previous].text == "had":
                return _is_past_perfect(tokens, previous)
            if not _is_adverb(tokens[previous].text):
                return False
        return False
    for following in tokens[index + 1 : index + 3]:
        if following.text in _PARTICIPLES or is_past_form(following.text):
            return True
        if not _is_adverb(following.text):
            return False
    return False


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") or word in ("already", "never", "long", "just", "not", "since")


# Vague words that corpora almost never annotate in running text ("its current model").
_WEAK_VAGUE = frozenset({"current", "currently", "previously", "formerly"})
_ADVERBS = frozenset({"now", "soon", "recently", "lately", "shortly", "today", "yesterday"})
_SET_WORDS = frozenset(
    {
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "annually",
        "yearly",
        "hourly",
        "nightly",
        "annual",
        "biweekly",
        "fortnightly",
    }
)
_DAY_VERBS = frozenset(
    {
        "end",
        "ends",
        "ended",
        "ending",
        "finish",
        "finished",
        "finishing",
        "close",
        "closed",
        "closing",
        "open",
        "opened",
        "opening",
        "start",
        "started",
        "starting",
        "begin",
        "began",
    }
)
_AMBIGUOUS_NAMES = frozenset({"may", "march", "sun", "sat", "wed", "mar", "jan", "dec", "jun"})
# Month and weekday names that are dates even in lower case ("thursday", "september 21"
# in a transcript or a lower-cased text): full names that are no other word.
_PLAIN_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "april", "june", "july", "september", "october"}
    | {"november", "december"}
)
_YEAR_PREPOSITIONS = frozenset(
    {
        "in",
        "since",
        "of",
        "from",
        "to",
        "until",
        "till",
        "by",
        "during",
        "before",
        "after",
        "between",
        "and",
        "through",
        "early",
        "late",
        "mid",
        "year",
        "the",
        "around",
        "circa",
        "-",
        "(",
        ",",
        "'s",
        "fiscal",
    }
)
_QUANTITY_WORDS = frozenset(
    {
        "$",
        "£",
        "€",
        "#",
        "about",
        "some",
        "nearly",
        "over",
        "than",
        "around",
        "almost",
        "only",
        "just",
        "no",
        "number",
        "up",
        "approximately",
        "roughly",
        "least",
        "most",
        "+",
    }
)
_SEASON_CONTEXT = frozenset(
    {
        "the",
        "this",
        "last",
        "next",
        "in",
        "of",
        "early",
        "late",
        "mid",
        "by",
        "until",
        "since",
        "during",
        "before",
        "after",
        "coming",
        "past",
        "-",
        "through",
        "that",
    }
)


def is_time(
    tokens: list[Token], start: int, end: int, text: str, *, after_date: bool = False
) -> bool:
    """Whether tokens[start:end], read as a time expression, really is one in its context.

    `after_date`: a date ends just before it, across "to", "and" or a dash ("from October
    to March"), which makes an ambiguous month name a month.
    """
    if is_misreading(tokens, start, end, text):
        return False
    words = [token.text for token in tokens[start:end]]
    head = words[0]
    before = tokens[start - 1].text if start > 0 else ""
    after = tokens[end].text if end < len(tokens) else ""
    after_token = tokens[end] if end < len(tokens) else None

    for token in tokens[start:end]:
        name = token.text
        if name in MONTHS or name in WEEKDAYS:
            if name not in _PLAIN_NAMES and not text[token.start].isupper():
                return False  # "may", "march", "sun" in lower case are not dates
    if len(words) == 1 and head in _AMBIGUOUS_NAMES and not after_date:
        # "May" alone: a month only after a word that takes a date, or before a year.
        if before not in _YEAR_PREPOSITIONS and not (after_token and after_token.kind == "n"):
            return False
        if head in ("may", "march") and before in ("-", "(", "and", "to", "the", ","):
            return False
    if head in WEEKDAYS and len(words) == 1 and after_token is not None:
        # "the Sunday Times", "Friday Night Lights": a weekday inside a name.
        following = text[after_token.start]
        if after_token.kind == "w" and following.isupper() and after not in MONTHS:
            sentence_initial = before in ("", ".", "!", "?")
            if not sentence_initial or before == "the":
                return False
        if before == "the" and after_token.kind == "w" and following.isupper():
            return False
    if len(words) == 1 and tokens[start].kind == "n":
        if before == "at" and clock_at(tokens, start):
            return True  # "at 1030": the grammar reads four figures after "at" as a time
        return _is_year(tokens, start, before, after_token, text)
    if words[-1] == "fall" and len(words) <= 2 and after == "of" and end + 1 < len(tokens):
        # "the fall of Saigon", "the fall of the city": a collapse, not autumn (but "the
        # fall of 1864", "the fall of that year" are the season).
        fallen = tokens[end + 1]
        return fallen.kind == "n" or fallen.text in _DEICTIC_WORDS
    if head in SEASONS and len(words) == 1:
        # "fall" and "spring" are also a verb and a noun; summer, autumn and winter are
        # always seasons ("the main summer offensive", "winter quarters").
        if head == "fall":
            return before in ("the", "this", "last", "next", "early", "late")
        capitalised = text[tokens[start].start].isupper()
        if head == "spring" and before not in _SEASON_CONTEXT and not capitalised:
            return False
    if words[-1] in ("second", "seconds") and (head in ("a", "one") and len(words) == 2):
        return after_token is None or after_token.kind == "p" or after in ("later", "ago")
    if head == "the" and len(words) >= 2 and words[1] in ("second", "first", "third"):
        # "the second" is an ordinal, not the 2nd of the month, unless "on" precedes it.
        if len(words) == 2 and before != "on":
            return False
    if len(words) == 1 and head in _WEAK_VAGUE:
        return False
    if after == "-" and after_token is not None and after_token.start == tokens[end - 1].end:
        if len(words) == 1 and head in _ADVERBS:
            return False  # "now-cancelled", "soon-to-open": part of a compound adjective
    if head in ("a", "an", "about", "around", "some", "nearly", "almost") and "quarter" in words:
        # "a quarter of its value": a fraction, unless a time word follows it (or it is
        # read with one: "a quarter past three", "a quarter of an hour").
        return after in ("century", "later", "ago", "earlier") or words[-1] != "quarter"
    if len(words) == 1 and head in _SET_WORDS and text[tokens[start].start].isupper():
        # "The China Daily": a capitalised set adverb inside a sentence is a name.
        return before in ("", ".", "!", "?", "\n", '"', "``")
    if head == "the" and len(words) == 2 and words[1] in ORDINALS:
        # "the fourth largest": an ordinal; "on the fourth" is a day of the month.
        ends = after_token is None or after_token.kind in ("p", "b")
        return before in ("on", "by", "until", "since", "from", "till") and ends
    if head == "the" and len(words) == 3 and tokens[start + 1].kind == "n" and after_token:
        # "the 24th Infantry Division", "the 7th Fleet": an ordinal in a name, unless a
        # preposition that takes a day comes first ("on the 14th Austria replied").
        named = after_token.kind == "w" and text[after_token.start].isupper()
        if named and after not in MONTHS and before not in _DAY_PREPOSITIONS:
            return False
    if words[-1] == "quarters" and (len(words) == 1 or head in ("some", "certain")):
        return False  # "winter quarters", "in some quarters": lodgings and circles
    if words[-1] == "quarters" and after == "of" and end + 1 < len(tokens):
        # "three quarters of the army": a fraction ("two quarters of growth" is a time).
        counted = all(word in CARDINALS or word == "-" for word in words[:-1])
        if counted and tokens[end + 1].text in DETERMINERS:
            return False
    if len(words) == 1 and head in ("soon", "shortly"):
        # "soon" is a future reference only as seen from now: "soon after the war",
        # "as soon as", "the army soon withdrew" narrate the past relative to an event.
        if after in _RELATIVE_ADVERBS or before == "as":
            return False
        looking_ahead = FUTURE_WORDS | GOVERNED_FUTURE
        if any(is_past_form(word) and word not in looking_ahead for word in (before, after)):
            return False
    if words == ["the", "day"]:
        # "on the day" and "ended the day up 2%" in a market report are that day; "the day
        # he died" is not a timex.
        if before in _DAY_VERBS:
            return True
        # "for most of the day", "the rest of the day": a share of the day in focus.
        share = before == "of" and start > 1 and tokens[start - 2].text in _SHARES
        return (share or before in ("on", "for", "during", "throughout", "in")) and (
            after_token is None or after_token.kind in ("p", "b")
        )
    return True


_SHARES = frozenset({"most", "much", "rest", "remainder", "part"})
_DAY_PREPOSITIONS = frozenset({"on", "until", "since", "from", "till"})
_DEICTIC_WORDS = frozenset({"last", "this", "that", "next", "each", "every"})
_RELATIVE_ADVERBS = frozenset({"after", "afterwards", "afterward", "thereafter", "before"})


def _is_year(tokens: list[Token], index: int, before: str, after: Token | None, text: str) -> bool:
    value = int(tokens[index].text)
    if before in _QUANTITY_WORDS:
        return False
    if after is not None and after.text in (".", ",") and index + 2 < len(tokens):
        following = tokens[index + 2]
        if following.kind == "n" and after.start == tokens[index].end == following.start - 1:
            return False  # "2020.90 points", "2,000": a number
    if after is not None and after.kind == "w" and after.text not in MONTHS:
        previous = tokens[index - 1] if index > 0 else None
        if text[after.start].isupper() and previous is not None and previous.kind == "w":
            # "the Russell 2000 Index" is part of a name; "In 1971 Australia" is not: a
            # preposition or determiner is capitalised only because it opens the sentence.
            named = previous.text not in _YEAR_PREPOSITIONS and previous.text not in DETERMINERS
            if text[previous.start].isupper() and named and previous.text not in MONTHS:
                return False
    if after is not None and after.kind == "w" and after.text in ("percent", "per", "people", "%"):
        return False
    if after is not None and after.text == "%":
        return False
    if _in_range_of_years(tokens, index):
        return True  # "1861-1863"
    if 1900 <= value <= 2099:
        if after is not None and after.kind == "w" and after.text.endswith("s"):
            # "1500 troops", "2000 votes"
            return before in _YEAR_PREPOSITIONS
        return True
    return before in _YEAR_PREPOSITIONS


def _in_range_of_years(tokens: list[Token], index: int) -> bool:
    """Whether the number is one end of a range of years written with a dash."""

    def year_at(position: int) -> bool:
        return (
            0 <= position < len(tokens)
            and tokens[position].kind == "n"
            and len(tokens[position].text) == 4
        )

    dash_after = index + 1 < len(tokens) and tokens[index + 1].text in DASHES
    dash_before = index > 0 and tokens[index - 1].text in DASHES
    return (dash_after and year_at(index + 2)) or (dash_before and year_at(index - 2))
