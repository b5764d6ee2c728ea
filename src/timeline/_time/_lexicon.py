"""The words of English time expressions, and the tokenizer that finds them.

Only facts about words live here (what "Sept." or "twenty" or "evening" means); how words
combine is the grammar's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ._calendar import Grain, PartOfDay

__all__ = [
    "ALONGSIDE_PASTS",
    "CARDINALS",
    "DAY_GRAINS",
    "MADE_TO_HAPPEN_PASTS",
    "MONTHS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "PLURAL_WEEKDAYS",
    "SEASONS",
    "UNITS",
    "WEEKDAYS",
    "ZONES",
    "Token",
    "tokenize",
]


class Token(NamedTuple):
    """A word, number or punctuation mark, lowercased, with its offsets in the text."""

    text: str
    start: int
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation, "b" line break


# Verbs whose infinitive right after them happens (or is tried) when they do, by lemma with
# their past form: "began to list on Tuesday", "tried to land on Friday". The time tagger
# reads the past forms (a weekday after them looks back); extraction reads the lemmas.
ALONGSIDE_PASTS: dict[str, str] = {
    "begin": "began",
    "start": "started",
    "continue": "continued",
    "resume": "resumed",
    "cease": "ceased",
    "try": "tried",
    "attempt": "attempted",
    "fail": "failed",
}
# Verbs whose object and infinitive after them tell what they made happen: "forced police to
# shut the road on Thursday" (the shutting happened, so its weekday looks back).
MADE_TO_HAPPEN_PASTS: dict[str, str] = {
    "force": "forced",
    "compel": "compelled",
    "oblige": "obliged",
    "manage": "managed",
    "prompt": "prompted",
    "cause": "caused",
    "drive": "drove",
}

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
PLURAL_WEEKDAYS: frozenset[str] = frozenset()
for _number, _names in enumerate(
    (
        ("monday", "mon", "mondays"),
        ("tuesday", "tue", "tues", "tuesdays"),
        ("wednesday", "wed", "weds", "wednesdays"),
        ("thursday", "thu", "thur", "thurs", "thursdays"),
        ("friday", "fri", "fridays"),
        ("saturday", "sat", "saturdays"),
        ("sunday", "sun", "sundays"),
    ),
    start=1,
):
    for _name in _names:
        WEEKDAYS[_name] = _number
PLURAL_WEEKDAYS = frozenset(name for name in WEEKDAYS if name.endswith("days"))

# Abbreviations whose trailing full stop belongs to the expression ("Sept. 21").
ABBREVIATIONS = frozenset(
    name for name in (*MONTHS, *WEEKDAYS) if len(name) <= 4 and name not in ("may", "june", "july")
) | {"thurs", "st", "nd", "rd", "th", "no"}

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

_UNITS_BY_NAME = {
    Grain.SECOND: ("second", "seconds", "sec", "secs"),
    Grain.MINUTE: ("minute", "minutes", "min", "mins"),
    Grain.HOUR: ("hour", "hours", "hr", "hrs", "h"),
    Grain.DAY: ("day", "days"),
    Grain.WEEKEND: ("weekend", "weekends"),
    Grain.WEEK: ("week", "weeks", "wk", "wks"),
    Grain.MONTH: ("month", "months", "mth", "mths"),
    Grain.QUARTER: ("quarter", "quarters", "qtr", "qtrs"),
    Grain.YEAR: ("year", "years", "yr", "yrs"),
    Grain.DECADE: ("decade", "decades"),
    Grain.CENTURY: ("century", "centuries"),
}
UNITS: dict[str, Grain] = {name: grain for grain, names in _UNITS_BY_NAME.items() for name in names}
PLURAL_UNITS = frozenset(
    name for name in UNITS if name.endswith("s") and name not in ("hrs", "mins", "secs")
) | {"centuries", "hrs", "mins", "secs"}
# (Abbreviated plurals end in "s" too: "yrs", "wks", "qtrs", "mths".)

# Grains whose calendar units are at most a day (for "early"/"late" on days).
DAY_GRAINS = frozenset({Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE})

CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}

PARTS_OF_DAY: dict[str, PartOfDay] = {
    "morning": PartOfDay.MORNING,
    "mornings": PartOfDay.MORNING,
    "afternoon": PartOfDay.AFTERNOON,
    "afternoons": PartOfDay.AFTERNOON,
    "evening": PartOfDay.EVENING,
    "evenings": PartOfDay.EVENING,
    "night": PartOfDay.NIGHT,
    "nights": PartOfDay.NIGHT,
    "overnight": PartOfDay.NIGHT,
    "daytime": PartOfDay.DAYTIME,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

# Offsets from UTC in minutes of the zones news states after a time ("16:08 UTC").
ZONES: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ist": 330,
    "jst": 540,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "et": -300,
    "pt": -480,
}

# Every character `str.splitlines` breaks at ends a line: a lone CR, VT, FF, the file,
# group and record separators, NEL, and the Unicode line and paragraph separators, as well
# as LF and CRLF. An expression never runs across any of them.
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

LONGEST_NUMBER = 32  # digits

_TOKEN_RE = re.compile(
    r"(?P<ampm>\b[ap]\.[^\S" + LINE_BREAKS + r"]?m\b\.?|\b[ap]m\b)"
    r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)"
    r"|(?P<number>\d+)"
    r"|(?P<punct>[^\w\s])"
    r"|(?P<newline>[" + LINE_BREAKS + r"])",
    re.IGNORECASE,
)


def tokenize(text: str) -> list[Token]:
    """Split `text` into lowercased tokens with character offsets.

    An abbreviation keeps its full stop ("Sept." is one token) and "p.m." is one token
    ``"pm"``, so extents in running text include them.

    >>> [t.text for t in tokenize("Sept. 21, 3 p.m.")]
    ['sept', '21', ',', '3', 'pm']
    """
    return list(token_stream(text))


def token_stream(text: str) -> Iterator[Token]:
    """The tokens of `text` (see `tokenize`), one at a time, for texts too long to hold."""
    length = len(text)
    taken = 0  # an abbreviation's full stop is already part of the previous token
    # The last token's kind and end: a run of line breaks makes one barrier token (none
    # before the first token), and an ordinal's suffix touches its number.
    last_kind, last_end = "b", -1
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if start < taken:
            continue
        if kind == "newline":
            # Expressions never run across lines ("...until Friday\nSeptember 18, 2008").
            if last_kind != "b":
                last_kind, last_end = "b", end
                yield Token("\n", start, end, "b")
            continue
        if kind == "word":
            word = match.group().lower().replace("\u2019", "'")
            if word.endswith("'s") and len(word) > 2:
                # A possessive is not part of a time expression: "Sunday's attack".
                yield Token(word[:-2], start, end - 2, "w")
                last_kind, last_end = "p", end
                yield Token("'s", end - 2, end, "p")
                continue
            ordinal = word in _ORDINAL_SUFFIXES and last_end == start
            if end < length and text[end] == "." and word in ABBREVIATIONS and not ordinal:
                # ("21st." ends a sentence: an ordinal's suffix is not an abbreviation.)
                end += 1
                taken = end
            token = Token(word, start, end, "w")
        elif kind == "number":
            # A run of digits longer than any count, year or clock time is not a number
            # here (and int() refuses one past 4,300 digits): a word nothing begins with.
            kind = "n" if end - start <= LONGEST_NUMBER else "w"
            token = Token(match.group(), start, end, kind)
        elif kind == "ampm":
            token = Token("am" if match.group()[0] in "aA" else "pm", start, end, "w")
        else:
            token = Token(match.group().replace("\u2019", "'"), start, end, "p")
        last_kind, last_end = token.kind, token.end
        yield token
