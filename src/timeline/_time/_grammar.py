"""The grammar of English time expressions: tokens in, meaning nodes out.

Each production is a method ``_x(i)`` that tries to read one construct starting at token
`i` and returns ``(node, j)`` (j is the index after it) or None. A production composes the
smaller ones ("Sunday evening" is a day followed by a part of day; "the last week of March"
is an ordinal, a grain and a container), so a new phrase is usually a new line in an
existing production. `Parser.expression_at(i)` returns the longest expression starting at
`i`: `resolve` requires it to cover the whole input, `tag` slides it along running text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from ._calendar import Grain, PartOfDay
from ._clocks import clock_notation, fraction_of_unit
from ._compact import COMPACT_WORDS, compact_date, compact_expression
from ._daytimes import DAYTIME_WORDS, day_and_clock, daytime_expression
from ._holidays import HOLIDAYS
from ._lexicon import (
    CARDINALS,
    DECADE_WORDS,
    MONTHS,
    ORDINAL_SUFFIXES,
    ORDINALS,
    PARTS_OF_DAY,
    PLURAL_UNITS,
    PLURAL_WEEKDAYS,
    SEASONS,
    TENS,
    UNITS,
    WEEKDAYS,
    ZONES,
    Token,
)
from ._model import Duration, Mod, VagueReference
from ._nodes import (
    Anaphoric,
    AnyPartOfDay,
    AtTime,
    BeforeCommonEra,
    DateExpression,
    DateNode,
    DayOfMonthTime,
    DecadeOfCenturyTime,
    Deictic,
    DurationExpression,
    Expression,
    Fixed,
    HolidayTime,
    InContainer,
    InPartOfDay,
    MonthDayTime,
    MonthTime,
    NamedWeekday,
    NthIn,
    Offset,
    PartOfYearTime,
    Pick,
    Recurring,
    SameTime,
    SeasonTime,
    SetExpression,
    SpanExpression,
    VagueExpression,
    WeekdayTime,
    WeekendTime,
    unit,
)
from ._selections import SELECTION_WORDS, selection
from ._windows import WINDOW_WORDS, offset_from_day, same_moment, window_expression
from ._world_holidays import WORLD_RULES, in_a_name

__all__ = ["LOOKAHEAD", "VOCABULARY", "Parser"]

T = TypeVar("T")
Parsed = tuple[T, int] | None

_MODS = {"early": Mod.START, "mid": Mod.MID, "late": Mod.END, "middle": Mod.MID}
_EDGE_NOUNS = {
    "start": Mod.START,
    "beginning": Mod.START,
    "dawn": Mod.START,
    "end": Mod.END,
    "close": Mod.END,
    "middle": Mod.MID,
    "height": Mod.MID,
    "turn": Mod.START,
}
_DURATION_MODS: dict[tuple[str, ...], Mod] = {
    ("about",): Mod.APPROX,
    ("around",): Mod.APPROX,
    ("roughly",): Mod.APPROX,
    ("approximately",): Mod.APPROX,
    ("some",): Mod.APPROX,
    ("nearly",): Mod.APPROX,
    ("almost",): Mod.APPROX,
    ("close", "to"): Mod.APPROX,
    ("less", "than"): Mod.LESS_THAN,
    ("fewer", "than"): Mod.LESS_THAN,
    ("under",): Mod.LESS_THAN,
    ("just", "under"): Mod.LESS_THAN,
    ("more", "than"): Mod.MORE_THAN,
    ("over",): Mod.MORE_THAN,
    ("just", "over"): Mod.MORE_THAN,
    ("upwards", "of"): Mod.MORE_THAN,
    ("at", "least"): Mod.EQUAL_OR_MORE,
    ("no", "less", "than"): Mod.EQUAL_OR_MORE,
    ("at", "most"): Mod.EQUAL_OR_LESS,
    ("up", "to"): Mod.EQUAL_OR_LESS,
    ("no", "more", "than"): Mod.EQUAL_OR_LESS,
}
_VAGUE: dict[tuple[str, ...], VagueReference] = {}
for _words, _reference in (
    (
        (
            "now",
            "right now",
            "just now",
            "currently",
            "presently",
            "at present",
            "the present",
            "at the moment",
            "nowadays",
            "these days",
            "the time being",
            "current",
            "at this time",
            "the present day",
        ),
        VagueReference.PRESENT_REF,
    ),
    (
        (
            "recently",
            "lately",
            "recent",
            "the past",
            "previously",
            "formerly",
            "a while ago",
            "some time ago",
            "long ago",
            "not long ago",
            "a few days ago",
            "a few weeks ago",
            "a few months ago",
            "a few years ago",
            "recent days",
            "recent weeks",
            "recent months",
            "recent years",
            "the recent past",
        ),
        VagueReference.PAST_REF,
    ),
    (
        (
            "soon",
            "shortly",
            "the future",
            "the near future",
            "the near term",
            "the short term",
            "the long term",
            "the coming days",
            "the coming weeks",
            "the coming months",
            "the coming years",
            "the days ahead",
            "the weeks ahead",
            "the months ahead",
            "the years ahead",
            "the days to come",
            "the weeks to come",
            "the months to come",
            "the years to come",
            "later this year",
        ),
        VagueReference.FUTURE_REF,
    ),
):
    for _phrase in _words:
        _VAGUE[tuple(_phrase.split())] = _reference
del _VAGUE[("later", "this", "year")]  # a date with mod END, handled by the grammar

_SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "annual": "P1Y",
    "biannual": "P6M",
}
_FREQUENCY_WORDS = {"once": 1, "twice": 2, "thrice": 3}

# "last March", "this summer", "next Christmas": which occurrence of a recurring time.
_DIRECTION_PREFIXES = {
    "last": "last",
    "past": "last",
    "next": "next",
    "coming": "next",
    "this": "present",
}
_DEICTIC_DIRECTIONS = {"last": -1, "this": 0, "next": 1, "current": 0, "present": 0}
_ANAPHORIC_DIRECTIONS = {
    "following": 1,
    "next": 1,
    "subsequent": 1,
    "previous": -1,
    "prior": -1,
    "preceding": -1,
    "same": 0,
}
_DATE_GRAINS = frozenset(
    {
        Grain.DAY,
        Grain.WEEKEND,
        Grain.WEEK,
        Grain.MONTH,
        Grain.QUARTER,
        Grain.YEAR,
        Grain.DECADE,
        Grain.CENTURY,
    }
)
_MAX_NESTING = 2
# Prepositions before "the next year" that make it a stretch of time rather than a date.
_SPAN_PREPOSITIONS = frozenset(
    {"over", "for", "during", "within", "in", "throughout", "through", "across", "of"}
)
# Words after "that time"/"the same period" that say which time it is, so that the phrase
# is not the reference time: "that time of year", "the same time as the vote".
_QUALIFIERS = frozenset({"as", "that", "when", "while", "of", "-", "'s"})
# ... and, after "the same time", the start of a clause that does ("the same time the
# deal closed"); after "that time" such a clause is the main one ("at that time the
# border was closed").
_CLAUSE_OPENERS = frozenset(
    {"in", "for", "to", "the", "a", "an", "this", "these", "those", "his", "her", "its"}
    | {"their", "our", "he", "she", "it", "they", "we", "i", "you", "there"}
)
_COUNTED_ADJECTIVES = frozenset(
    {
        "straight",
        "consecutive",
        "successive",
        "full",
        "more",
        "additional",
        "further",
        "extra",
        "trading",
        "business",
        "working",
        "calendar",
        "whole",
        "long",
        "short",
        "past",
        "last",
        "next",
        "first",
        "previous",
        "coming",
        "following",
        "remaining",
        "separate",
    }
)
_MORE_WORDS = frozenset({"more", "additional", "further", "extra"})
_DOTTED_TIME_SUFFIXES = frozenset(ZONES) | {"am", "pm", "hours", "hrs", "h"}
_MILITARY_SUFFIXES = frozenset(ZONES) | {"hours", "hrs", "h"}
_MAX_HOLIDAY_WORDS = max(len(key) for key in HOLIDAYS)
_MAX_VAGUE_WORDS = max(len(key) for key in _VAGUE)


# The most tokens a parse reads ahead: as padding after the text, lookahead needs no
# bounds checks (and the tagger reads this far past a stretch of text).
LOOKAHEAD = 64
# A parse reads less than _WINDOW // 2 tokens past where it starts or ends (a test checks
# it), so one that ends within _WINDOW // 2 tokens of its start i depends only on the
# text from token i-1 to token i+_WINDOW: such windows are remembered.
_WINDOW = 48
# Distinct windows remembered per text: repeated runs (lists, tables, hostile input) need
# few, and the bound keeps a long document's memory flat.
_MAX_WINDOWS = 2048
# The words that can begin an entry of each phrase table, to refuse most starts at once.
_FIRST_WORDS = {
    # A possessive is its own token ("valentine", "'s"), so the stem may come first.
    id(table): frozenset(key[0] for key in table) | {key[0][:-1] for key in table}
    for table in (_VAGUE, _DURATION_MODS, HOLIDAYS)
}
# The words (besides numbers) each production can begin with, so that it refuses the
# others at once: in running text most tries start at a word that begins few of them. A
# test removes these gates and checks that nothing read changes.
_AMOUNT_FIRST = frozenset(
    {*CARDINALS, "a", "an", "dozen", "couple", "several", "some", "many", "few", "half"}
    | {"quarter"}
    | {"numerous", "multiple"}
)
_OFFSET_FIRST = _AMOUNT_FIRST | {"in"}
_ORDINAL_FIRST = frozenset({*ORDINALS, *TENS})
_CALENDAR_DAY_FIRST = frozenset({*MONTHS, *_ORDINAL_FIRST})
_HOLIDAY_FIRST = _FIRST_WORDS[id(HOLIDAYS)] | {*_DIRECTION_PREFIXES, "the"}
_COARSE_FIRST = frozenset(
    {*_DEICTIC_DIRECTIONS, *_DIRECTION_PREFIXES, "the", "that", "q", "ad", "ce", "'"}
    | {*MONTHS, *SEASONS, *DECADE_WORDS, *_ORDINAL_FIRST}
    | _OFFSET_FIRST
)
_VAGUE_FIRST = _FIRST_WORDS[id(_VAGUE)] | _AMOUNT_FIRST | PLURAL_UNITS
_SET_FIRST = frozenset(
    {*_SET_ADVERBS, *PLURAL_WEEKDAYS, *_FREQUENCY_WORDS, *CARDINALS}
    | {"every", "each", "per", "dozen", "couple"}
)
_DURATION_FIRST = (
    _FIRST_WORDS[id(_DURATION_MODS)]
    | _AMOUNT_FIRST
    | PLURAL_UNITS
    | {"the", "past", "last", "next", "coming", "previous", "following", "fortnight"}
    | {"fortnights"}
)
# Every word the grammar knows, for "did you mean" hints in error messages.
VOCABULARY = frozenset(
    {*MONTHS, *WEEKDAYS, *UNITS, *CARDINALS, *ORDINALS, *PARTS_OF_DAY, *SEASONS, *ZONES}
    | {*_MODS, *_EDGE_NOUNS, *_SET_ADVERBS, *_DEICTIC_DIRECTIONS, *_ANAPHORIC_DIRECTIONS}
    | {word for key in (*_VAGUE, *_DURATION_MODS, *HOLIDAYS) for word in key}
    - {"-", "and"}  # inside names ("Eid al-Fitr", "Isra and Mi'raj"), never their start
    | {
        "yesterday",
        "tomorrow",
        "today",
        "tonight",
        "weekend",
        "ago",
        "later",
        "earlier",
        "every",
        "each",
        "midnight",
        "noon",
        "midday",
        "twice",
        "once",
        "fortnight",
        "nighttime",
    }
    | DAYTIME_WORDS
    | WINDOW_WORDS
    | SELECTION_WORDS
    | COMPACT_WORDS
    # "Valentine's Day" is read as "valentine", "'s", "day": the stem begins it.
    | {key[0][:-1] for key in HOLIDAYS if key[0].endswith("s")}
)


def _memoized(
    production: Callable[[Parser, int], Parsed[DateNode]],
) -> Callable[[Parser, int], Parsed[DateNode]]:
    name = production.__name__

    def remembered(parser: Parser, i: int) -> Parsed[DateNode]:
        key = (name, i, parser.depth)
        memo = parser.memo
        if key in memo:
            return memo[key]
        result = memo[key] = production(parser, i)
        return result

    remembered.__name__ = name
    remembered.__doc__ = production.__doc__
    return remembered


def _longest(*candidates: Parsed[T]) -> Parsed[T]:
    best: Parsed[T] = None
    for candidate in candidates:
        if candidate is not None and (best is None or candidate[1] > best[1]):
            best = candidate
    return best


def _fixed_day(year: int, month: int, day: int) -> Fixed | None:
    try:
        return Fixed(unit(datetime(year, month, day), Grain.DAY))
    except (ValueError, OverflowError):  # "2017-02-30"; "9999-12-31" ends in the year 10000
        return None


def _fixed_unit(year: int, grain: Grain) -> Fixed | None:
    """The year, decade or century that starts in `year`, if dates can hold all of it."""
    if not 1 <= year <= 9999:
        return None
    try:
        return Fixed(unit(datetime(year, 1, 1), grain))
    except (ValueError, OverflowError):  # it ends after 9999 ("9999 AD", "the 9990s")
        return None


def _with_end(node: DateNode | None, end: int) -> Parsed[DateNode]:
    return None if node is None else (node, end)


def _century_year(two_digits: int) -> int:
    # '82 is 1982 and '09 is 2009: news rarely looks more than 30 years ahead.
    return 2000 + two_digits if two_digits < 30 else 1900 + two_digits


class Parser:
    """Reads time expressions from a token list (see module docstring)."""

    def __init__(self, tokens: list[Token], text: str | None = None) -> None:
        """Parse `tokens`; given the `text` they came from, repeated windows parse once."""
        self.tokens = tokens
        self.count = len(tokens)
        # Padded with empty words so that looking ahead (or one back from 0) needs no
        # bounds check: productions look at most a few dozen tokens ahead.
        padding = [""] * LOOKAHEAD
        self.words = [token.text for token in tokens] + padding
        self.kinds = [token.kind for token in tokens] + padding
        self.word = self.words.__getitem__
        # The most telling reason a parse failed ("there is no 30 February"), for errors.
        self.problem: str | None = None
        # "the first week of the first week of ..." nests; hostile text must not recurse deep.
        self.depth = 0
        # Results of the productions that many others start with, per (name, index, depth):
        # in running text each is asked for again by every expression that overlaps it.
        self.memo: dict[tuple[str, int, int], Parsed[DateNode]] = {}
        self.memo_until = _WINDOW  # where `expression_at` next clears it
        # Expressions by the window of text they were read from (see `expression_at`).
        self.text = text
        self.windows: dict[str, Parsed[Expression]] = {}

    # ------------------------------------------------------------------ token helpers

    def is_number(self, i: int) -> bool:
        return self.kinds[i] == "n"

    def touching(self, i: int) -> bool:
        """Whether token i starts exactly where token i-1 ends (no space between)."""
        return 0 < i < self.count and self.tokens[i - 1].end == self.tokens[i].start

    def sequence(self, i: int, *words: str) -> int | None:
        for offset, expected in enumerate(words):
            if self.word(i + offset) != expected:
                return None
        return i + len(words)

    def optional(self, i: int, *words: str) -> int:
        return i + 1 if self.word(i) in words else i

    def phrase(self, i: int, table: dict[tuple[str, ...], T], longest: int) -> Parsed[T]:
        """The longest multi-word entry of `table` at i, ignoring apostrophes and stops."""
        if self.words[i].replace("'", "") not in _FIRST_WORDS[id(table)]:
            return None
        words: list[str] = []
        ends: list[int] = []
        j = i
        while j < self.count and len(words) < longest:
            text = self.words[j]
            if text in ("'", ".") and words:
                j += 1
                continue
            if text == "'s" and words:  # "New Year's Day"
                words[-1] += "s"
                j += 1
                ends[-1] = j
                continue
            words.append(text.replace("'", ""))
            j += 1
            ends.append(j)
        for size in range(len(words), 0, -1):
            value = table.get(tuple(words[:size]))
            if value is not None:
                return value, ends[size - 1]
        return None

    def _may_begin(self, i: int, first_words: frozenset[str]) -> bool:
        """Whether token i is a number or a word in `first_words` (apostrophes or not)."""
        word = self.words[i]
        return word in first_words or self.kinds[i] == "n" or word.replace("'", "") in first_words

    def ends_phrase(self, i: int) -> bool:
        """Whether nothing that could be an object follows: the end, or punctuation."""
        return i >= self.count or self.tokens[i].kind in ("p", "b")

    # ------------------------------------------------------------------ numbers

    def cardinal(self, i: int, *, article: bool = False) -> Parsed[int]:
        word = self.word(i)
        if self.is_number(i):
            if self.word(i + 1) == "," and self.is_number(i + 2) and len(self.word(i + 2)) == 3:
                return None  # "1,000": a quantity, not a count of units
            if len(word) > 9:
                return None  # a digit run, not a count (and int() refuses huge ones)
            return int(word), i + 1
        if word in CARDINALS:
            value, j = CARDINALS[word], i + 1
            if word in TENS:
                k = j + 1 if self.word(j) == "-" else j
                ones = CARDINALS.get(self.word(k), 0)
                if 1 <= ones <= 9:
                    value, j = value + ones, k + 1
            if self.word(j) == "hundred":
                value, j = value * 100, j + 1
                rest = self.cardinal(self.optional(j, "and"))
                if rest is not None and rest[0] < 100 and self.word(j) == "and":
                    value, j = value + rest[0], rest[1]
            return value, j
        if article and word in ("a", "an"):
            following = self.word(i + 1)
            if following == "dozen":
                return 12, i + 2
            if following == "couple":
                return 2, self.optional(i + 2, "of")
            if following == "hundred":
                return 100, i + 2
            return 1, i + 1
        if word == "dozen" or (word == "couple" and self.word(i + 1) == "of"):
            return (12, i + 1) if word == "dozen" else (2, i + 2)
        return None

    def amount(self, i: int) -> Parsed[float | None]:
        """A count of units: "three", "two and a half", "1.5", "a", "several" (None)."""
        word = self.word(i)
        if word not in _AMOUNT_FIRST and not self.is_number(i):
            return None
        if word in ("several", "some", "many", "few", "numerous", "multiple"):
            return None, i + 1
        fraction = fraction_of_unit(self, i)
        if fraction is not None:
            return fraction
        if word == "a" and self.word(i + 1) in ("few", "number"):
            return None, self.optional(i + 2, "of")
        if word == "half" and self.word(i + 1) in ("a", "an"):
            return 0.5, i + 2
        parsed = self.cardinal(i, article=True)
        if parsed is None:
            return None
        value: float = parsed[0]
        j = parsed[1]
        if (
            self.word(j) == "."
            and self.is_number(j + 1)
            and self.touching(j)
            and self.touching(j + 1)
            and self.is_number(i)
        ):
            value, j = float(f"{self.word(i)}.{self.word(j + 1)}"), j + 2
        half = self.sequence(j, "and", "a", "half")
        if half is not None:
            value, j = value + 0.5, half
        return value, j

    def ordinal(self, i: int) -> Parsed[int]:
        word = self.word(i)
        if word in ORDINALS:
            return ORDINALS[word], i + 1
        if word in TENS:
            k = i + 2 if self.word(i + 1) == "-" else i + 1
            ones = ORDINALS.get(self.word(k), 0)
            if 1 <= ones <= 9:
                return CARDINALS[word] + ones, k + 1
            return None
        if self.is_number(i) and self.word(i + 1) in ORDINAL_SUFFIXES and self.touching(i + 1):
            return int(word), i + 2
        return None

    def day_number(self, i: int) -> Parsed[int]:
        """A day of the month: "21", "21st", "twenty-first"."""
        parsed = self.ordinal(i)
        if parsed is None and self.is_number(i) and len(self.word(i)) <= 2:
            parsed = int(self.word(i)), i + 1
        if parsed is not None and 1 <= parsed[0] <= 31:
            return parsed
        return None

    # ------------------------------------------------------------------ small words

    def month(self, i: int) -> Parsed[int]:
        number = MONTHS.get(self.word(i))
        return None if number is None else (number, i + 1)

    def weekday(self, i: int) -> Parsed[int]:
        number = WEEKDAYS.get(self.word(i))
        if number is None or self.word(i) in PLURAL_WEEKDAYS:
            return None
        return number, i + 1

    def unit(self, i: int) -> Parsed[Grain]:
        grain = UNITS.get(self.word(i))
        return None if grain is None else (grain, i + 1)

    def year(self, i: int) -> Parsed[int]:
        """A year written as one: "2011", "'82"."""
        if self.is_number(i) and len(self.word(i)) == 4:
            value = int(self.word(i))
            if 1000 <= value <= 2999:
                return value, i + 1
        if self.word(i) == "'" and self.is_number(i + 1) and len(self.word(i + 1)) == 2:
            if self.touching(i + 1) and not (self.word(i + 2) == "s" and self.touching(i + 2)):
                return _century_year(int(self.word(i + 1))), i + 2
        return None

    # ------------------------------------------------------------------ entry point

    def expression_at(self, i: int) -> Parsed[Expression]:
        """The longest time expression starting at token i."""
        if i >= self.memo_until:
            # Tries move forward through the text and read at most _WINDOW tokens ahead,
            # so older results are dead weight (and slow the garbage collector down).
            self.memo.clear()
            self.memo_until = i + _WINDOW
        last = i + _WINDOW
        text = self.text
        if text is None or i == 0 or last >= self.count:
            return self._expression_at(i)
        # The same window of text parses the same way wherever it stands, so text that
        # repeats itself ("Monday Monday ...", a table of dates) is parsed once per window.
        # The window runs from token i-1 (productions look one token back) to the start of
        # token `last`, so it holds the same tokens wherever it stands.
        tokens = self.tokens
        key = text[tokens[i - 1].start : tokens[last].start]
        windows = self.windows
        if key in windows:
            known = windows[key]
            return None if known is None else (known[0], i + known[1])
        parsed = self._expression_at(i)
        if parsed is not None and parsed[1] - i > _WINDOW // 2:
            return parsed  # a long expression may have read past the window
        if len(windows) >= _MAX_WINDOWS:
            windows.clear()
        windows[key] = None if parsed is None else (parsed[0], parsed[1] - i)
        return parsed

    def _expression_at(self, i: int) -> Parsed[Expression]:
        return _longest(
            self._vague(i),
            self._set(i),
            self._duration_expression(i),
            self._date_expression(i),
        )

    # ------------------------------------------------------------------ vague, sets

    def _vague(self, i: int) -> Parsed[Expression]:
        if not self._may_begin(i, _VAGUE_FIRST):
            return None
        found = self.phrase(i, _VAGUE, _MAX_VAGUE_WORDS)
        if found is None:
            # "years ago", "decades ago": some unknown distance back.
            amount = self.amount(i)
            k = amount[1] if amount is not None and amount[0] is None else i
            if self.word(k) in PLURAL_UNITS and self.word(k + 1) == "ago":
                return VagueExpression(VagueReference.PAST_REF), k + 2
            return None
        return VagueExpression(found[0]), found[1]

    def _set(self, i: int) -> Parsed[Expression]:
        if not self._may_begin(i, _SET_FIRST):
            return None
        word = self.word(i)
        if word in _SET_ADVERBS:
            return SetExpression(_SET_ADVERBS[word]), i + 1
        weekday = WEEKDAYS.get(word)
        if weekday is not None and word in PLURAL_WEEKDAYS and not self.touching(i):
            # "Mondays", "Sunday evenings"
            part = PARTS_OF_DAY.get(self.word(i + 1))
            if part is not None and self.word(i + 1).endswith("s"):
                return SetExpression(f"XXXX-WXX-{weekday}T{part.value}"), i + 2
            return SetExpression(f"XXXX-WXX-{weekday}"), i + 1
        if word in ("every", "each"):
            return self._every(i + 1)
        frequency = _FREQUENCY_WORDS.get(word)
        j = i + 1
        if frequency is None:
            count = self.cardinal(i)
            if count is not None and self.word(count[1]) == "times":
                frequency, j = count[0], count[1] + 1
        if frequency is not None and self.word(j) in ("a", "an", "per", "each", "every"):
            grain = self.unit(j + 1)
            if grain is not None and self.word(j + 1) not in PLURAL_UNITS:
                value = Duration.of(1, grain[0]).value
                return SetExpression(value, freq=f"{frequency}X"), grain[1]
        if word == "per":
            grain = self.unit(i + 1)
            if grain is not None and self.word(i + 1) not in PLURAL_UNITS:
                return SetExpression(Duration.of(1, grain[0]).value), grain[1]
        return None

    def _every(self, i: int) -> Parsed[Expression]:
        step = 1
        if self.word(i) == "other":
            step, i = 2, i + 1
        else:
            count = self.cardinal(i)
            if count is not None and self.word(count[1]) in PLURAL_UNITS:
                step, i = count[0], count[1]
        weekday = self.weekday(i)
        if weekday is not None and step == 1:
            value = f"XXXX-WXX-{weekday[0]}"
            part = PARTS_OF_DAY.get(self.word(weekday[1]))
            if part is not None:
                return SetExpression(f"{value}T{part.value}", quant="EVERY"), weekday[1] + 1
            return SetExpression(value, quant="EVERY"), weekday[1]
        part = PARTS_OF_DAY.get(self.word(i))
        if part is not None and step == 1:
            return SetExpression(f"XXXX-XX-XXT{part.value}", quant="EVERY"), i + 1
        month = self.month(i)
        if month is not None and step == 1 and self.word(i) != "may":
            return SetExpression(f"XXXX-{month[0]:02d}", quant="EVERY"), month[1]
        grain = self.unit(i)
        if grain is not None:
            return SetExpression(Duration.of(step, grain[0]).value, quant="EVERY"), grain[1]
        return None

    # ------------------------------------------------------------------ durations

    def _duration_expression(self, i: int) -> Parsed[Expression]:
        if not self._may_begin(i, _DURATION_FIRST):
            return None
        span = self._span(i)
        mod = self.phrase(i, _DURATION_MODS, 3)
        start = i if mod is None else mod[1]
        duration = self._duration(start)
        if duration is None:
            return span
        found: Parsed[Expression] = (
            DurationExpression(duration[0], None if mod is None else mod[0]),
            duration[1],
        )
        return _longest(found, span)

    def _duration(self, i: int) -> Parsed[Duration]:
        """One or more amounts of units: "three weeks", "a year and a half", "2 hours 30"."""
        parts: list[tuple[Grain, float | None]] = []
        j = i
        while True:
            part = self._duration_part(j)
            if part is None or (parts and part[0][0] >= parts[-1][0]):
                break
            parts.append(part[0])
            j = part[1]
            following = self.optional(j, "and", ",")
            if following == j:
                continue
            if self._duration_part(following) is None:
                break
            j = following
        if not parts:
            return None
        return _to_duration(parts), j

    def _duration_part(self, i: int) -> Parsed[tuple[Grain, float | None]]:
        word = self.word(i)
        if word in ("fortnight", "fortnights") or (
            word in ("a", "one") and self.word(i + 1) == "fortnight"
        ):
            j = i + 1 if word.startswith("fortnight") else i + 2
            return ((Grain.WEEK, 2 if "s" not in word[-1:] else None), j)
        if word in PLURAL_UNITS and UNITS[word] is not Grain.WEEKEND:
            # "weeks": some number of weeks
            return (UNITS[word], None), i + 1
        amount = self.amount(i)
        if amount is None:
            return None
        value, j = amount
        hyphenated = self.word(j) == "-"
        if hyphenated:
            j += 1  # "a five-year plan", "21-day"
        elif self.word(j) in _COUNTED_ADJECTIVES and value is not None:
            j += 1  # "six straight days", "five trading days", "three more years"
        grain = self.unit(j)
        if grain is None or grain[0] is Grain.WEEKEND:
            return None
        unit_word = self.word(j)
        plural = unit_word in PLURAL_UNITS
        if value is not None and not hyphenated:
            if value == 1 and plural and self.word(i) in ("a", "an"):
                return None  # "a days"
            if value not in (1, 0.5, 0.25, 0.75) and not plural and self.word(i) != "half":
                # "three week" is not a duration, but "a four day strike" is.
                if self.word(i - 1) not in ("a", "an") or i == 0:
                    return None
        j = grain[1]
        half = self.sequence(j, "and", "a", "half")
        if half is not None and value is not None:
            value, j = value + 0.5, half
        return (grain[0], value), j

    def _span(self, i: int) -> Parsed[Expression]:
        """ "The past three days", "the last week", "the next 10 years": anchored durations."""
        j = self.optional(i, "the")
        direction = self.word(j)
        if direction not in ("past", "last", "next", "coming", "previous", "following"):
            return None
        forward = direction in ("next", "coming", "following")
        from_reference = direction in ("following", "previous")
        amount = self.amount(j + 1)
        if amount is not None:
            if self.word(amount[1]) in _COUNTED_ADJECTIVES:
                amount = (amount[0], amount[1] + 1)  # "the past five trading days"
            grain = self.unit(amount[1])
            if grain is None or self.word(amount[1]) not in PLURAL_UNITS:
                if not (amount[0] == 1 and grain is not None):
                    return None
            value, k = amount[0], grain[1]
            if value is not None and value <= 0:
                return None  # "the past 0 days" spans no time
        else:
            grain = self.unit(j + 1)
            if grain is None or self.word(j + 1) in PLURAL_UNITS or j == i or from_reference:
                return None  # "last week" is a date; "the last week" is a span
            if grain[0] in (Grain.DAY, Grain.WEEKEND):
                return None  # "the next day" is anaphoric
            if forward and self.word(i - 1) not in _SPAN_PREPOSITIONS:
                # "The next year, he was appointed", "by the next month": the unit after
                # the reference, as "the following year"; "over the next year" is a span.
                return None
            value, k = 1, grain[1]
        if grain[0] is Grain.WEEKEND:
            return None
        if value is None:
            return DurationExpression(Duration.of(None, grain[0])), k
        duration = _to_duration([(grain[0], value)])
        return SpanExpression(duration, value, grain[0], forward, from_reference), k

    # ------------------------------------------------------------------ dates

    def _date_expression(self, i: int) -> Parsed[Expression]:
        candidates: list[Parsed[Expression]] = []
        core = self._date(i)
        if core is not None:
            candidates.append((DateExpression(core[0]), core[1]))
        candidates.append(self._modified(i))
        candidates.append(self._earlier_later(i))
        candidates.append(self._approximate(i))
        candidates.append(daytime_expression(self, i))
        candidates.append(window_expression(self, i))
        candidates.append(compact_expression(self, i))
        return _longest(*candidates)

    def _approximate(self, i: int) -> Parsed[Expression]:
        """ "about two weeks ago", "more than a year ago", "around 3 p.m."."""
        forward = self.word(i) == "in"  # "in about half an hour": the time it will be
        bound = self.phrase(i + 1 if forward else i, _DURATION_MODS, 3)
        if bound is None or bound[0] not in (Mod.APPROX, Mod.MORE_THAN, Mod.LESS_THAN):
            return None
        mod, j = bound
        offset = _longest(
            self._offset(j, day_level=True, forward=forward),
            self._offset(j, day_level=False, forward=forward),
        )
        if offset is not None:
            node = offset[0]
            assert isinstance(node, Offset)
            if mod is not Mod.APPROX:
                # More than a year ago is before that year; less than a year ago, after.
                further = mod is Mod.MORE_THAN
                mod = Mod.BEFORE if further == (node.sign < 0) else Mod.AFTER
            return DateExpression(node, mod), offset[1]
        if mod is Mod.APPROX:
            clock = self._clock(self.optional(j, "at"))
            if clock is not None:
                return DateExpression(clock[0], mod), clock[1]
        return None

    def _modified(self, i: int) -> Parsed[Expression]:
        """ "late Sunday", "mid-September", "the end of the month", "the early 1990s"."""
        word = self.word(i)
        mod = _MODS.get(word)
        if mod is not None:
            j = i + 1
            if self.word(j) == "-":
                j += 1
            after = self.optional(j, "on", "in")
            inner = self._date(after)
            if inner is None and self.word(after) == "the":
                inner = self._decade(after)
            if inner is None and self.word(j) == "in":
                inner = self._the_unit(after)  # "late in the year": the year in focus
            if inner is None:
                return None
            return DateExpression(inner[0], mod), inner[1]
        possessor = i + 1 if word == "the" else i
        grain = self.unit(possessor)
        edge = _EDGE_NOUNS.get(self.word(possessor + 2))
        if grain is not None and self.word(possessor + 1) == "'s" and edge is not None:
            # "by year's end", "at the month's start": the unit in focus, as "that year".
            if grain[0] in _DATE_GRAINS - {Grain.DAY}:
                return DateExpression(Anaphoric(grain[0], 0), edge), possessor + 3
        if word == "the":
            if self.word(i + 1) in _MODS:
                # "the early 1990s", "the mid-'90s", "the late 19th century"
                j = i + 3 if self.word(i + 2) == "-" else i + 2
                era = _longest(
                    self._decade(j, allow_article=False), self._century(j, allow_article=False)
                )
                if era is not None:
                    return DateExpression(era[0], _MODS[self.word(i + 1)]), era[1]
            edge = _EDGE_NOUNS.get(self.word(i + 1))
            if edge is not None and self.word(i + 2) == "of":
                inner = _longest(self._date(i + 3), self._the_unit(i + 3))
                if inner is not None:
                    return DateExpression(inner[0], edge), inner[1]
        return None

    def _earlier_later(self, i: int) -> Parsed[Expression]:
        """ "earlier this month", "later this week", "earlier today", "later that day"."""
        word = self.word(i)
        if word not in ("earlier", "later"):
            return None
        mod = Mod.START if word == "earlier" else Mod.END
        if self.word(i + 1) in ("today", "tonight"):
            node: DateNode = Deictic(Grain.DAY, 0)
            if self.word(i + 1) == "tonight":
                node = InPartOfDay(None, PartOfDay.NIGHT)
            return DateExpression(node), i + 2
        which = self.word(i + 1)
        grain = self.unit(i + 2)
        if which == "in" and self.word(i + 2) == "the":
            # "later in the year", "earlier in the week": of the unit in focus, as "that".
            which, grain = "that", self.unit(i + 3)
            if self.word(i + 3) in PLURAL_UNITS:
                return None
        if grain is None or which not in ("this", "that") or grain[0] not in _DATE_GRAINS:
            return None
        if which == "this":
            if grain[0] is Grain.DAY:
                return DateExpression(Deictic(Grain.DAY, 0)), grain[1]
            return DateExpression(Deictic(grain[0], 0), mod, relative_to_today=True), grain[1]
        if grain[0] is Grain.DAY:
            return DateExpression(Anaphoric(Grain.DAY, 0)), grain[1]
        return DateExpression(Anaphoric(grain[0], 0), mod), grain[1]

    @_memoized
    def _date(self, i: int) -> Parsed[DateNode]:
        """Any date or time without a mod."""
        return _longest(self._day_time(i), self._coarse(i))

    # ------------------------------------------------------------------ days and times

    @_memoized
    def _day_time(self, i: int) -> Parsed[DateNode]:
        """A day, optionally with a time or part of day, or a time alone."""
        candidates: list[Parsed[DateNode]] = []
        day = self._day(i)
        if day is not None:
            candidates.append(day)
            j = self.optional(day[1], ",")
            time = self._clock(self.optional(j, "at", "around", "about"))
            if time is not None:
                candidates.append((_with_day(time[0], day[0]), time[1]))
            part = self._part_of_day(day[1])
            if part is not None:
                candidates.append((InPartOfDay(day[0], part[0]), part[1]))
        time = self._clock(i)
        if time is not None:
            candidates.append(time)
            j = self.optional(time[1], "on")
            day = self._day(j)
            if day is not None:
                candidates.append((_with_day(time[0], day[0]), day[1]))
        candidates.append(self._named_part_of_day(i))
        candidates.append(day_and_clock(self, i))
        return _longest(*candidates)

    def _part_of_day(self, i: int) -> Parsed[PartOfDay]:
        """ "evening" after a day, or "in the evening"."""
        part = PARTS_OF_DAY.get(self.word(i))
        if part is not None and not self.word(i).endswith("s") and self.word(i) != "overnight":
            return part, i + 1
        j = self.sequence(i, "in", "the")
        if j is not None:
            part = PARTS_OF_DAY.get(self.word(j))
            if part is not None:
                return part, j + 1
        if self.word(i) == "at" and self.word(i + 1) == "night":
            return PartOfDay.NIGHT, i + 2
        return None

    def _named_part_of_day(self, i: int) -> Parsed[DateNode]:
        """ "tonight", "last night", "this morning", "the morning of Sept. 21"."""
        word = self.word(i)
        if word == "tonight":
            return InPartOfDay(None, PartOfDay.NIGHT), i + 1
        if word in ("daytime", "nighttime") or (
            word == "night" and self.word(i - 1) in ("at", "by")
        ):
            # "at night", "by night", "daytime raids": a part of no day in particular.
            generic = PartOfDay.DAYTIME if word == "daytime" else PartOfDay.NIGHT
            return AnyPartOfDay(generic), i + 1
        if word == "overnight":
            return InPartOfDay(Deictic(Grain.DAY, -1), PartOfDay.NIGHT), i + 1
        part = PARTS_OF_DAY.get(self.word(i + 1))
        if part is None or self.word(i + 1).endswith("s"):
            return None
        if word == "this":
            return InPartOfDay(None, part), i + 2
        if word == "last" and part is PartOfDay.NIGHT:
            return InPartOfDay(Deictic(Grain.DAY, -1), part), i + 2
        if word in ("last", "yesterday"):
            return InPartOfDay(Deictic(Grain.DAY, -1), part), i + 2
        if word == "the":
            of = self.sequence(i + 2, "of")
            if of is not None:
                day = self._day(of)
                if day is not None:
                    return InPartOfDay(day[0], part), day[1]
            if self.word(i + 2) in ("before", "after"):
                offset = -1 if self.word(i + 2) == "before" else 1
                return InPartOfDay(Anaphoric(Grain.DAY, offset), part), i + 3
            opens = i < 2 or self.kinds[i - 2] in ("p", "b")
            if self.word(i - 1) in ("in", "during") and (opens or self.ends_phrase(i + 2)):
                # "In the afternoon protesters clashed", "...clashed during the night.":
                # a part of the day in focus (not "in the morning session").
                return InPartOfDay(Anaphoric(Grain.DAY, 0), part), i + 2
        if word in ("that", "same"):
            return InPartOfDay(Anaphoric(Grain.DAY, 0), part), i + 2
        return None

    @_memoized
    def _clock(self, i: int) -> Parsed[DateNode]:
        """A time of day: "3 p.m.", "15:00 GMT", "noon", "midnight", "9 o'clock"."""
        return _longest(self._plain_clock(i), clock_notation(self, i))

    def _plain_clock(self, i: int) -> Parsed[DateNode]:
        word = self.word(i)
        if word in ("noon", "midday"):
            return self._zoned(AtTime(None, 12, 0), i + 1)
        if word == "midnight":
            return AtTime(None, 24, 0), i + 1
        if not self.is_number(i):
            return None
        hour_text = word
        j = i + 1
        minute = 0
        has_minutes = False
        if self.word(j) in (":", ".") and self.is_number(j + 1) and len(self.word(j + 1)) == 2:
            # "4.30" is a time only with "p.m." or a zone after it; alone it is a number.
            dotted = self.word(j) == "."
            if self.touching(j) and self.touching(j + 1):
                if dotted and self.word(j + 2) not in _DOTTED_TIME_SUFFIXES:
                    return None
                minute, j, has_minutes = int(self.word(j + 1)), j + 2, True
        elif len(hour_text) == 4 and self.word(j) in _MILITARY_SUFFIXES:
            # Military style: "0800 UTC", "1500 hours"
            minute, hour_text, has_minutes = int(hour_text[2:]), hour_text[:2], True
        if len(hour_text) > 2:
            return None
        hour = int(hour_text)
        if minute > 59:
            return None
        suffix = self.word(j)
        if suffix in ("am", "pm"):
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if suffix == "pm" else 0)
            return self._zoned(AtTime(None, hour, minute), j + 1)
        if suffix == "o'clock" or self.sequence(j, "o", "'", "clock") is not None:
            j = j + 1 if suffix == "o'clock" else j + 3
            if not 1 <= hour <= 12:
                return None
            return self._clock_part(hour, minute, j)
        if suffix in ("hours", "hrs", "h") and has_minutes:
            return self._zoned(AtTime(None, hour, minute), j + 1)
        if has_minutes and hour <= 23:
            if hour <= 12:
                in_part = self._clock_part(hour, minute, j)
                if in_part[1] > j:
                    return in_part
            return self._zoned(AtTime(None, hour, minute), j)
        return None

    def _clock_part(self, hour: int, minute: int, j: int) -> tuple[DateNode, int]:
        """ "9 in the morning", "3 in the afternoon": the part says am or pm."""
        part = self._part_of_day(j)
        if part is not None and part[0] is not PartOfDay.MORNING and hour < 12:
            if not (part[0] is PartOfDay.NIGHT and hour < 5):
                return self._zoned(AtTime(None, hour + 12, minute), part[1])
        if part is not None and part[0] is PartOfDay.MORNING:
            return self._zoned(AtTime(None, hour % 12, minute), part[1])
        return self._zoned(AtTime(None, hour, minute), j)

    def _zoned(self, time: AtTime, j: int) -> tuple[DateNode, int]:
        zone, end = ZONES.get(self.word(j)), j + 1
        if zone is None and self.word(j) == "(" and self.word(j + 2) == ")":
            zone, end = ZONES.get(self.word(j + 1)), j + 3  # "3 p.m. (BST)"
        if zone is None:
            return time, j
        return AtTime(None, time.hour, time.minute, zone, time.second), end

    @_memoized
    def _day(self, i: int) -> Parsed[DateNode]:
        """A single day: "yesterday", "Sunday", "last Friday", "Sept. 21", "Christmas"..."""
        word = self.word(i)
        candidates: list[Parsed[DateNode]] = []
        if word in ("today", "yesterday", "tomorrow"):
            offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
            candidates.append((Deictic(Grain.DAY, offset), i + 1))
        elif word == "the":
            j = self.sequence(i + 1, "day", "before", "yesterday")
            if j is not None:
                candidates.append((Deictic(Grain.DAY, -2), j))
            j = self.sequence(i + 1, "day", "after", "tomorrow")
            if j is not None:
                candidates.append((Deictic(Grain.DAY, 2), j))
            candidates.append(self._anaphoric_day(i))
            ordinal = self.day_number(i + 1)
            if (ordinal is not None and not self.is_number(i + 1)) or (
                ordinal is not None and self.word(i + 2) in ORDINAL_SUFFIXES
            ):
                assert ordinal is not None
                candidates.append(self._day_of_month(ordinal[0], ordinal[1]))
        elif word in ("that", "same"):
            j = self.sequence(i + 1, "day") or self.sequence(i + 1, "same", "day")
            if j is not None:
                candidates.append((Anaphoric(Grain.DAY, 0), j))
        candidates.append(self._weekday_day(i))
        candidates.append(self._calendar_day(i))
        candidates.append(self._holiday(i))
        candidates.append(self._offset(i, day_level=True))
        candidates.append(offset_from_day(self, i))
        candidates.append(same_moment(self, i))
        candidates.append(selection(self, i))
        candidates.append(compact_date(self, i))
        return _longest(*candidates)

    def _anaphoric_day(self, i: int) -> Parsed[DateNode]:
        """ "the following day", "the day before", "the previous day", "the same day"."""
        direction = _ANAPHORIC_DIRECTIONS.get(self.word(i + 1))
        if direction is not None and self.word(i + 2) == "day":
            return Anaphoric(Grain.DAY, direction), i + 3
        if self.word(i + 1) == "day" and self.word(i + 2) in ("before", "after"):
            if self.ends_phrase(i + 3):
                return Anaphoric(Grain.DAY, -1 if self.word(i + 2) == "before" else 1), i + 3
        if self.word(i + 1) == "day" and self.word(i + 2) not in ("of", "when", "that", "-"):
            return Anaphoric(Grain.DAY, 0), i + 2  # "on the day", "late in the day"
        if self.sequence(i + 1, "very", "same", "day") is not None:
            return Anaphoric(Grain.DAY, 0), i + 4
        return None

    def _day_of_month(self, day: int, j: int) -> Parsed[DateNode]:
        """ "the 3rd" and "the 21st of September"."""
        of = self.sequence(j, "of")
        if of is not None:
            month = self.month(of)
            if month is not None:
                return self._with_year(month[0], day, month[1])
        return Pick(DayOfMonthTime(day)), j

    def _weekday_day(self, i: int) -> Parsed[DateNode]:
        word = self.word(i)
        direction = None
        j = i
        if word in ("last", "next", "this", "coming", "past"):
            direction = {"last": "last", "past": "last", "next": "next", "coming": "next"}.get(
                word, "this"
            )
            j = i + 1
            if word == "this" and self.word(j) in ("past", "coming"):
                direction = "last" if self.word(j) == "past" else "next"
                j += 1
        weekday = self.weekday(j)
        if weekday is None:
            return None
        node: DateNode = Pick(WeekdayTime(weekday[0]), direction)
        end = weekday[1]
        if direction is None:
            # "Sunday, Sept. 24, 2017": the date says which Sunday.
            dated = self._calendar_day(self.optional(end, ","))
            if dated is not None and isinstance(dated[0], Pick):
                # "Monday, Oct. 26": the weekday says which year's Oct. 26.
                return NamedWeekday(weekday[0], dated[0]), dated[1]
            if dated is not None:
                return dated
            dated = self._day_of_month_after_weekday(self.optional(end, ","))
            if dated is not None:
                return dated
            week = self._week_container(end)
            if week is not None:
                return InContainer(WeekdayTime(weekday[0]), week[0]), week[1]
        return node, end

    def _day_of_month_after_weekday(self, i: int) -> Parsed[DateNode]:
        # "Monday the 25th" (in figures: "Tuesday the first" is usually something else)
        if self.word(i) == "the" and self.is_number(i + 1):
            ordinal = self.ordinal(i + 1)
            if ordinal is not None:
                return self._day_of_month(ordinal[0], ordinal[1])
        return None

    def _week_container(self, i: int) -> Parsed[DateNode]:
        """ "last week" in "Monday last week" (also "of last week")."""
        j = self.optional(i, "of")
        word = self.word(j)
        if word in ("last", "this", "next") and self.word(j + 1) == "week":
            return Deictic(Grain.WEEK, _DEICTIC_DIRECTIONS[word]), j + 2
        if word == "that" and self.word(j + 1) == "week":
            return Anaphoric(Grain.WEEK, 0), j + 2
        if word == "the" and self.word(j + 2) == "week":
            direction = _ANAPHORIC_DIRECTIONS.get(self.word(j + 1))
            if direction is not None:
                return Anaphoric(Grain.WEEK, direction), j + 3
        return None

    def _calendar_day(self, i: int) -> Parsed[DateNode]:
        """A day of a month: "Sept. 21", "21 September 2016", "2016-09-21", "9/21/2016"."""
        if self.word(i) not in _CALENDAR_DAY_FIRST and not self.is_number(i):
            return None
        month = self.month(i)
        if month is not None:
            j = self.optional(month[1], "the")
            day = self.day_number(j)
            if day is not None and not (
                # "June 4:30" or "June 4.5" is not the 4th of June
                self.is_number(j)
                and self.word(day[1]) in (":", ".")
                and self.touching(day[1])
                and self.is_number(day[1] + 1)
                and self.touching(day[1] + 1)
            ):
                if self.is_number(j) and len(self.word(j)) == 4:
                    return None
                return self._with_year(month[0], day[0], day[1])
            return None
        if self.word(i) == "the":
            return None  # "the 21st of September" is read by _day
        day = self.day_number(i)
        if day is not None:
            j = self.optional(day[1], "of")
            month = self.month(j)
            if month is not None:
                return self._with_year(month[0], day[0], month[1])
        return self._numeric_date(i)

    def _with_year(self, month: int, day: int, j: int) -> Parsed[DateNode]:
        """A month and day, with the year that may follow ("Sept. 21, 2016")."""
        k = self.optional(j, ",")
        year = self.year(k)
        if year is not None:
            fixed = _fixed_day(year[0], month, day)
            if fixed is None:
                self.problem = f"{year[0]:04d}-{month:02d} has no day {day}"
                return None
            return fixed, year[1]
        try:
            date(2000, month, day)  # a leap year: is there ever such a day?
        except ValueError:
            self.problem = f"no month {month} has a day {day}"
            return None
        rec = MonthDayTime(month, day)
        container = self._year_container(j)
        if container is not None:
            return InContainer(rec, container[0]), container[1]
        return Pick(rec), j

    def _numeric_date(self, i: int) -> Parsed[DateNode]:
        """ "2016-09-21", "9/21/2016", "21/09/2016", "21.09.2016", "9/21"."""
        if not self.is_number(i):
            return None
        first = self.word(i)
        separator = self.word(i + 1)
        if separator not in ("-", "/", ".") or not self.is_number(i + 2):
            return None
        if not (self.touching(i + 1) and self.touching(i + 2)):
            return None
        second = self.word(i + 2)
        has_third = (
            self.word(i + 3) == separator
            and self.is_number(i + 4)
            and self.touching(i + 3)
            and self.touching(i + 4)
        )
        if len(first) == 4 and separator == "-":
            if not has_third:
                return None
            return self._checked_day(int(first), int(second), int(self.word(i + 4)), i + 5)
        if len(first) > 2 or len(second) > 2:
            return None
        if not has_third:
            if separator != "/":
                return None
            month, day = int(first), int(second)
            if month > 12:
                month, day = day, month
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            return self._with_year(month, day, i + 3) if self.word(i + 3) != "/" else None
        third = self.word(i + 4)
        if len(third) == 4:
            year = int(third)
        elif len(third) == 2:
            year = _century_year(int(third))
        else:
            return None
        a, b = int(first), int(second)
        # Month first (US news style) unless the first number cannot be a month; a dotted
        # date is European, day first.
        if (separator == "." and b <= 12) or a > 12:  # "10.31.1974" can only be month first
            day, month = a, b
        else:
            month, day = a, b
        return self._checked_day(year, month, day, i + 5)

    def _checked_day(self, year: int, month: int, day: int, j: int) -> Parsed[DateNode]:
        fixed = _fixed_day(year, month, day)
        if fixed is None:
            self.problem = f"there is no day {year:04d}-{month:02d}-{day:02d}"
            return None
        return fixed, j

    def _holiday(self, i: int) -> Parsed[DateNode]:
        """ "Christmas", "Christmas 2016", "last Easter", "the Fourth of July"."""
        if self.word(i).replace("'", "") not in _HOLIDAY_FIRST:
            return None
        direction = _DIRECTION_PREFIXES.get(self.word(i))
        j = i if direction is None else i + 1
        if self.word(j) == "the" and self.word(j + 1) == "fourth":
            j += 1
        found = self.phrase(j, HOLIDAYS, _MAX_HOLIDAY_WORDS)
        if found is None:
            return None
        (rule, fixed), end = found
        if rule in WORLD_RULES and in_a_name(self.words, self.kinds, i, end):
            return None  # "the Vesak shootings"
        rec = HolidayTime(" ".join(self.words[j:end]), rule, fixed)
        if direction is None:
            container = self._year_container(end)
            if container is not None:
                return InContainer(rec, container[0]), container[1]
        return Pick(rec, direction), end

    def _offset(self, i: int, *, day_level: bool, forward: bool = False) -> Parsed[DateNode]:
        """ "three days ago", "in two weeks", "a year earlier", "two days later".

        `forward`: an "in" before token i was read already ("in about an hour").
        """
        if self.word(i) not in _OFFSET_FIRST and not self.is_number(i):
            return None
        start = i
        forward_prefix = forward or self.word(i) == "in"
        if forward_prefix and not forward:
            start = self.optional(i + 1, "another")  # "in another two weeks"
        amount = self.amount(start)
        if amount is None or amount[0] is None:
            return None
        value: float = amount[0]
        after = amount[1]
        if forward_prefix and self.word(after) in _MORE_WORDS:
            after += 1  # "in 2 more minutes"
        grain = self.unit(after)
        if grain is None or grain[0] is Grain.WEEKEND:
            return None
        if (grain[0] is Grain.DAY) != day_level and grain[0] > Grain.HOUR:
            return None
        j = grain[1]
        sign = 0
        from_reference = False
        if forward_prefix:
            sign = 1
        elif self.word(j) == "ago":
            sign, j = -1, j + 1
        elif self.sequence(j, "from", "now") is not None:
            sign, j = 1, j + 2
        elif self.word(j) in ("later", "afterwards", "afterward"):
            sign, j, from_reference = 1, j + 1, True
        elif self.word(j) in ("earlier", "previously"):
            sign, j, from_reference = -1, j + 1, True
        elif self.word(j) in ("after", "before") and self.ends_phrase(j + 1):
            # "two days before." counts from the reference; "two days before the vote"
            # is a duration and a signal, as TimeML annotates it.
            sign, j, from_reference = (1 if self.word(j) == "after" else -1), j + 1, True
        if sign == 0:
            return None
        count, offset_grain = _whole_units(value, grain[0])
        if count is None:
            return None
        return Offset(count, offset_grain, sign, from_reference), j

    # ------------------------------------------------------------------ coarser dates

    @_memoized
    def _coarse(self, i: int) -> Parsed[DateNode]:
        if self.word(i) not in _COARSE_FIRST and not self.is_number(i):
            return None
        return _longest(
            self._relative_unit(i),
            self._same_time(i),
            self._month_date(i),
            self._season(i),
            self._part_of_year(i),
            self._year_node(i),
            self._decade(i),
            self._century(i),
            self._nth(i),
            self._weekend(i),
            self._offset(i, day_level=False),
        )

    def _relative_unit(self, i: int) -> Parsed[DateNode]:
        """ "last week", "this month", "next year", "the following week", "that year"."""
        word = self.word(i)
        direction = _DEICTIC_DIRECTIONS.get(word)
        if direction is not None:
            grain = self.unit(i + 1)
            if grain is not None and self.word(i + 1) not in PLURAL_UNITS:
                if grain[0] in _DATE_GRAINS - {Grain.DAY, Grain.WEEKEND}:
                    return Deictic(grain[0], direction), grain[1]
            return None
        if word == "the":
            direction = _ANAPHORIC_DIRECTIONS.get(self.word(i + 1))
            if direction is None and self.word(i + 1) == "current":
                grain = self.unit(i + 2)
                if grain is not None and grain[0] in _DATE_GRAINS - {Grain.DAY}:
                    return Deictic(grain[0], 0), grain[1]
            grain = self.unit(i + 2)
            if direction is not None and grain is not None and self.word(i + 2) not in PLURAL_UNITS:
                if grain[0] in _DATE_GRAINS - {Grain.DAY}:
                    return Anaphoric(grain[0], direction), grain[1]
            return None
        if word == "that":
            grain = self.unit(i + 1)
            if grain is not None and grain[0] in _DATE_GRAINS - {Grain.DAY}:
                return Anaphoric(grain[0], 0), grain[1]
        return None

    def _same_time(self, i: int) -> Parsed[DateNode]:
        """ "at that time", "the same period", "the same month a year earlier"."""
        if self.word(i) == "the" and self.word(i + 1) == "same":
            j = i + 2
        elif self.word(i) == "that":
            j = i + 1
        else:
            return None
        noun = self.word(j)
        grain: Grain | None = None
        if noun not in ("time", "period"):
            unit = self.unit(j)
            if unit is None or noun in PLURAL_UNITS or unit[0] not in _DATE_GRAINS:
                return None
            grain = unit[0]
        years = self._years_back(j + 1)
        if years is not None:
            return SameTime(grain, -years[0]), years[1]
        following = self.word(j + 1)
        if grain is not None or following in _QUALIFIERS:
            # "that month" is `_relative_unit`'s; "that time of year", "the same time as
            # the vote" are fixed by what follows them, not by the reference.
            return None
        if self.word(i) == "the" and following in _CLAUSE_OPENERS:
            return None  # "at the same time the deal closed": a clause says which time
        return SameTime(None), j + 1

    def _years_back(self, i: int) -> Parsed[int]:
        """ "last year", "a year earlier", "two years ago", "of the previous year"."""
        j = self.optional(i, "of")
        if self.word(j) == "last" and self.word(j + 1) == "year":
            return 1, j + 2
        if self.word(j) == "the" and self.word(j + 2) == "year":
            if self.word(j + 1) in ("previous", "prior", "preceding"):
                return 1, j + 3
        if self.sequence(j, "the", "year", "before") is not None and self.ends_phrase(j + 3):
            return 1, j + 3
        if j > i:
            return None
        amount = self.cardinal(i, article=True)
        if amount is None or self.unit(amount[1]) is None:
            return None
        if UNITS[self.word(amount[1])] is not Grain.YEAR:
            return None
        after = amount[1] + 1
        if self.word(after) in ("ago", "earlier") or (
            self.word(after) == "before" and self.ends_phrase(after + 1)
        ):
            return amount[0], after + 1
        return None

    def _the_unit(self, i: int) -> Parsed[DateNode]:
        """ "the month" in "the end of the month": the unit of the reference time."""
        if self.word(i) != "the" or self.word(i + 1) in PLURAL_UNITS:
            return None
        grain = self.unit(i + 1)
        if grain is None or grain[0] not in _DATE_GRAINS:
            return None
        return Anaphoric(grain[0], 0), grain[1]

    def _year_container(self, i: int) -> Parsed[DateNode]:
        """The year after a month or holiday: "2011", "of 2011", "last year", "that year"."""
        j = self.optional(i, ",", "of", "in")
        year = self._year_node(j)
        if year is None:
            return None
        if j > i and self.word(i) == "," and not isinstance(year[0], Fixed):
            return None
        return year

    def _year_node(self, i: int) -> Parsed[DateNode]:
        """A year: "2011", "'82", "the year 2011", "last year", "the previous year"."""
        era = self._era_year(i)
        if era is not None:
            return era
        year = self.year(i)
        if year is None and self.sequence(i, "the", "year") is not None:
            year = self.year(i + 2)
        if year is not None:
            return _with_end(_fixed_unit(year[0], Grain.YEAR), year[1])
        relative = self._relative_unit(i)
        if relative is not None and isinstance(relative[0], Deictic | Anaphoric):
            if relative[0].grain is Grain.YEAR:
                return relative
        return None

    def _era_year(self, i: int) -> Parsed[DateNode]:
        """ "241 BC", "AD 800", "800 AD", "44 B.C.": years with their era stated."""
        if self.word(i) in ("ad", "ce") and self.is_number(i + 1) and len(self.word(i + 1)) <= 4:
            year = int(self.word(i + 1))
            return _with_end(_fixed_unit(year, Grain.YEAR), i + 2)
        if not (self.is_number(i) and len(self.word(i)) <= 4):
            return None
        year = int(self.word(i))
        era, j = self.word(i + 1), i + 2
        if era in ("b", "a") and self.word(i + 2) == "." and self.word(i + 3) in ("c", "d"):
            era, j = era + self.word(i + 3), i + 4  # "B.C.", "A.D."
            j = j + 1 if self.word(j) == "." else j
        if year == 0:
            return None
        if era in ("bc", "bce"):
            return BeforeCommonEra(year), j
        if era in ("ad", "ce"):
            return _with_end(_fixed_unit(year, Grain.YEAR), j)
        return None

    def _month_date(self, i: int) -> Parsed[DateNode]:
        """ "March", "March 2011", "March of last year", "last March", "the month of May"."""
        word = self.word(i)
        j = i
        direction = _DIRECTION_PREFIXES.get(word)
        if direction is not None:
            j = i + 1
        elif (k := self.sequence(i, "the", "month", "of")) is not None:
            j = k
        month = self.month(j)
        if month is None:
            return None
        rec = MonthTime(month[0])
        if direction is None:
            container = self._year_container(month[1])
            if container is not None:
                return InContainer(rec, container[0]), container[1]
        return Pick(rec, direction), month[1]

    def _season(self, i: int) -> Parsed[DateNode]:
        """ "summer", "last summer", "the summer of 2015", "spring 2009"."""
        word = self.word(i)
        j = i
        direction = _DIRECTION_PREFIXES.get(word)
        if direction is not None or word == "the":
            j = i + 1
        season = SEASONS.get(self.word(j))
        if season is None:
            return None
        rec = SeasonTime(season)
        if direction is None:
            container = self._year_container(j + 1)
            if container is not None:
                return InContainer(rec, container[0]), container[1]
        return Pick(rec, direction), j + 1

    def _part_of_year(self, i: int) -> Parsed[DateNode]:
        """ "the first quarter (of 2016)", "the second half", "Q3 2017", "last quarter"."""
        word = self.word(i)
        if (
            word == "q"
            and self.is_number(i + 1)
            and self.touching(i + 1)
            and len(self.word(i + 1)) == 1
        ):
            number = int(self.word(i + 1))
            if not 1 <= number <= 4:
                return None
            return self._part_in_year(PartOfYearTime(number, Grain.QUARTER), i + 2)
        j = self.optional(i, "the")
        ordinal = self.ordinal(j)
        if ordinal is None:
            return None
        if self.word(ordinal[1]) == "-":
            ordinal = (ordinal[0], ordinal[1] + 1)  # "third-quarter results"
        which = self.word(ordinal[1])
        grain = {"quarter": Grain.QUARTER, "qtr": Grain.QUARTER, "half": Grain.HALF}.get(which)
        if grain is None:
            return None
        limit = 4 if grain is Grain.QUARTER else 2
        if not 1 <= ordinal[0] <= limit:
            return None
        return self._part_in_year(PartOfYearTime(ordinal[0], grain), ordinal[1] + 1)

    def _part_in_year(self, rec: Recurring, j: int) -> Parsed[DateNode]:
        container = self._year_container(j)
        if container is not None:
            return InContainer(rec, container[0]), container[1]
        # "last year's third quarter" is rare; a bare quarter follows the tense.
        return Pick(rec), j

    def _decade(self, i: int, *, allow_article: bool = True) -> Parsed[DateNode]:
        """ "the 1990s", "the '90s", "the nineties", "1990s"."""
        j = self.optional(i, "the") if allow_article else i
        word = self.word(j)
        if word in DECADE_WORDS:
            return Pick(DecadeOfCenturyTime(DECADE_WORDS[word]), "past"), j + 1
        apostrophe = word == "'"
        k = j + 1 if apostrophe else j
        if not self.is_number(k):
            return None
        digits = self.word(k)
        m = k + 1
        if self.word(m) == "'" and self.touching(m):
            m += 1
        if self.word(m) != "s" or not self.touching(m):
            return None
        if len(digits) == 4 and digits.endswith("0"):
            year = int(digits)
            if year % 100 == 0 and year != 2000:
                # "the 1800s" is the century, as news uses it.
                return _with_end(_fixed_unit(year, Grain.CENTURY), m + 1)
            return _with_end(_fixed_unit(year, Grain.DECADE), m + 1)
        if len(digits) == 2 and digits.endswith("0"):
            return Pick(DecadeOfCenturyTime(int(digits)), "past"), m + 1
        return None

    def _century(self, i: int, *, allow_article: bool = True) -> Parsed[DateNode]:
        """ "the 20th century", "the nineteenth century"."""
        j = self.optional(i, "the") if allow_article else i
        ordinal = self.ordinal(j)
        if ordinal is None or self.word(ordinal[1]) != "century":
            return None
        number = ordinal[0]
        if not 1 < number <= 30:
            return None
        return _with_end(_fixed_unit((number - 1) * 100, Grain.CENTURY), ordinal[1] + 1)

    def _nth(self, i: int) -> Parsed[DateNode]:
        """ "the first week of March", "the last day of 2016", "the first Monday in May"."""
        if self.word(i) != "the":
            return None
        if self.word(i + 1) in ("last", "final"):
            number, j = -1, i + 2
        else:
            ordinal = self.ordinal(i + 1)
            if ordinal is None:
                return None
            number, j = ordinal
        part: Grain | Recurring
        weekday = self.weekday(j)
        if weekday is not None:
            part, j = WeekdayTime(weekday[0]), weekday[1]
        else:
            grain = self.unit(j)
            if grain is None or self.word(j) in PLURAL_UNITS:
                return None
            part, j = grain
        if self.word(j) not in ("of", "in") or self.depth >= _MAX_NESTING:
            return None
        self.depth += 1
        try:
            container = _longest(self._date(j + 1), self._the_unit(j + 1))
        finally:
            self.depth -= 1
        if container is None:
            return None
        return NthIn(number, part, container[0]), container[1]

    def _weekend(self, i: int) -> Parsed[DateNode]:
        """ "the weekend", "this weekend", "last weekend", "next weekend"."""
        word = self.word(i)
        if word == "this" and self.word(i + 1) in ("past", "coming"):
            found = self._weekend(i + 1)
            if found is not None:
                return Pick(
                    WeekendTime(), "last" if self.word(i + 1) == "past" else "future"
                ), found[1]
        if self.word(i + 1) != "weekend":
            return None
        if word == "the":
            return Pick(WeekendTime()), i + 2
        if word in ("this", "last", "next", "past", "coming"):
            offset = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 0}[word]
            return Deictic(Grain.WEEKEND, offset), i + 2
        return None


def _with_day(time: DateNode, day: DateNode) -> DateNode:
    assert isinstance(time, AtTime)
    if time.hour == 24:
        # "midnight Sunday" is the midnight that ends Sunday.
        return AtTime(day, 24, 0)
    return AtTime(day, time.hour, time.minute, time.zone_minutes, time.second)


def _whole_units(value: float, grain: Grain) -> tuple[int | None, Grain]:
    """A count in whole units, moving to a finer unit for fractions ("1.5 years")."""
    if float(value).is_integer():
        return int(value), grain
    finer = {
        Grain.YEAR: (Grain.MONTH, 12),
        Grain.MONTH: (Grain.DAY, 30),
        Grain.WEEK: (Grain.DAY, 7),
        Grain.DAY: (Grain.HOUR, 24),
        Grain.HOUR: (Grain.MINUTE, 60),
        Grain.DECADE: (Grain.YEAR, 10),
        Grain.CENTURY: (Grain.YEAR, 100),
        Grain.QUARTER: (Grain.MONTH, 3),
    }.get(grain)
    if finer is None:
        return None, grain
    count = value * finer[1]
    if not float(count).is_integer():
        return None, grain
    return int(count), finer[0]


def _to_duration(parts: list[tuple[Grain, float | None]]) -> Duration:
    """TIMEX3 writes decades and centuries in years (P10Y) and fortnights in weeks."""
    converted: list[tuple[Grain, float | None]] = []
    for grain, amount in parts:
        if grain in (Grain.DECADE, Grain.CENTURY) and amount is not None:
            converted.append((Grain.YEAR, amount * (10 if grain is Grain.DECADE else 100)))
        else:
            converted.append((grain, amount))
    merged: dict[Grain, float | None] = {}
    for grain, amount in converted:
        if grain in merged:
            previous = merged[grain]
            merged[grain] = None if previous is None or amount is None else previous + amount
        else:
            merged[grain] = amount
    ordered = sorted(merged.items(), key=lambda item: item[0], reverse=True)
    return Duration(tuple(_tidy(amount) for amount in ordered))


def _tidy(part: tuple[Grain, float | None]) -> tuple[Grain, float | None]:
    grain, amount = part
    if amount is not None and float(amount).is_integer():
        return grain, int(amount)
    return grain, amount
