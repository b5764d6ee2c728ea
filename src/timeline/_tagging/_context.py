"""What the words around an expression say: the tense of its clause, and whether it is time.

These are the tagger's judgement calls, kept apart from the grammar so that `resolve`
(which is handed an expression and told its tense) stays free of them.
"""

from __future__ import annotations

from .._time._grammar import VOCABULARY
from .._time._lexicon import MONTHS, SEASONS, WEEKDAYS, Token

__all__ = ["clause_tense", "is_time", "sentence_starts"]

_FUTURE_WORDS = frozenset(
    {
        "will",
        "'ll",
        "shall",
        "wo",
        "would",
        "upcoming",
        "scheduled",
        "planned",
        "plans",
        "plan",
        "expected",
        "expects",
        "expect",
        "due",
        "intends",
        "intend",
        "aims",
        "hopes",
        "going",
        "set",
        "tomorrow",
        "next",
        "later",
        "should",
        "could",
        "might",
        "must",
        "can",
        "may",
        "until",
        "till",
        "pending",
    }
)
# Words after which a participle is an adjective or passive, not a past tense.
_COPULAS = frozenset(
    {
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "get",
        "got",
        "remain",
        "remains",
        "stay",
        "stays",
        "become",
        "becomes",
        "seem",
        "seems",
    }
)
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "each",
        "every",
        "no",
        "all",
    }
)
_PRESENT_WORDS = frozenset({"is", "are", "am", "'s", "says", "say", "does", "do"})
_IRREGULAR_PAST = frozenset(
    {
        "said",
        "was",
        "were",
        "had",
        "did",
        "told",
        "took",
        "made",
        "came",
        "went",
        "began",
        "saw",
        "gave",
        "found",
        "won",
        "lost",
        "left",
        "held",
        "ran",
        "rose",
        "fell",
        "struck",
        "shot",
        "sent",
        "spoke",
        "wrote",
        "became",
        "brought",
        "bought",
        "thought",
        "knew",
        "led",
        "paid",
        "sold",
        "kept",
        "stood",
        "fought",
        "flew",
        "drove",
        "broke",
        "chose",
        "grew",
        "threw",
        "caught",
        "built",
        "spent",
        "sank",
        "stole",
        "woke",
        "wore",
        "met",
        "got",
        "heard",
        "felt",
        "meant",
        "sought",
        "taught",
        "overtook",
        "withdrew",
        "slid",
        "dropped",
        "ago",
        "yesterday",
        "last",
        "earlier",
    }
)
_NOT_PAST = frozenset(
    {
        "need",
        "needed",
        "feed",
        "seed",
        "speed",
        "bed",
        "red",
        "shed",
        "bleed",
        "breed",
        "proceed",
        "succeed",
        "exceed",
        "indeed",
        "hundred",
        "based",
        "united",
        "limited",
        "related",
        "detailed",
        "sacred",
        "wicked",
        "naked",
        "wed",
    }
)
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_LOOK = 12  # tokens to look at on each side of an expression


def sentence_starts(tokens: list[Token], text: str) -> list[int]:
    """Indexes of the tokens that begin a sentence (blank lines and full stops)."""
    starts = [0]
    for index in range(1, len(tokens)):
        previous = tokens[index - 1]
        if previous.kind == "b" or (previous.kind == "p" and previous.text in _SENTENCE_ENDS):
            starts.append(index)
    return starts


def clause_tense(tokens: list[Token], start: int, end: int, sentence: tuple[int, int]) -> str:
    """The tense of the clause around tokens[start:end]: past, present, future or unmarked.

    The nearest tense marker wins, looking left first: "said the vote will be held on
    Friday" is future (will is nearer than said); "the talks, which began Monday" is past.
    A participle after a form of "be" ("will be held") does not count; its auxiliary does.
    """
    first, last = sentence
    best: tuple[int, str] | None = None
    for index in range(start - 1, max(first, start - _LOOK) - 1, -1):
        tense = _marker(tokens, index)
        if tense is not None:
            best = (start - index, tense)
            break
    for index in range(end, min(last, end + _LOOK)):
        tense = _marker(tokens, index)
        if tense is not None:
            if best is None or index - end + 1 < best[0]:
                best = (index - end + 1, tense)
            break
    return "unmarked" if best is None else best[1]


def _marker(tokens: list[Token], index: int) -> str | None:
    token = tokens[index]
    if token.kind == "b" or (token.kind == "p" and token.text not in ("'s", "'ll")):
        return None
    word = token.text
    if word in _FUTURE_WORDS:
        if word in ("next", "later") and index + 1 < len(tokens):
            return None  # "next" inside a neighbouring expression says nothing of tense
        return "future"
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if word == "to" and following is not None and following.kind == "w":
        # "to remain closed until Friday", "is due to vote": an infinitive looks ahead
        # (but not "to the", "to Paris").
        if following.text not in _DETERMINERS and following.text not in VOCABULARY:
            return "future"
    if word in ("has", "have"):
        # The present perfect ("has said") reports the past; "has a deadline" is present.
        if following is not None and (_is_past_form(following.text) or following.text == "been"):
            return "past"
        return "present"
    if _is_past_form(word):
        if index > 0 and tokens[index - 1].text in _COPULAS and word not in ("had", "was"):
            return None  # "will be held": the auxiliary before it decides
        return "past"
    if word in _PRESENT_WORDS:
        return "present"
    return None


def _is_past_form(word: str) -> bool:
    return word in _IRREGULAR_PAST or (
        len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST
    )


_AMBIGUOUS_NAMES = frozenset({"may", "march", "sun", "sat", "wed", "mar", "jan", "dec", "jun"})
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


def is_time(tokens: list[Token], start: int, end: int, text: str) -> bool:
    """Whether tokens[start:end], read as a time expression, really is one in its context."""
    words = [token.text for token in tokens[start:end]]
    head = words[0]
    before = tokens[start - 1].text if start > 0 else ""
    after = tokens[end].text if end < len(tokens) else ""
    after_token = tokens[end] if end < len(tokens) else None

    for token in tokens[start:end]:
        name = token.text
        if name in MONTHS or name in WEEKDAYS:
            if not text[token.start].isupper():
                return False  # "may", "march", "sun" in lower case are not dates
    if len(words) == 1 and head in _AMBIGUOUS_NAMES:
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
        return _is_year(tokens, start, before, after_token)
    if head in SEASONS and len(words) == 1:
        if before not in _SEASON_CONTEXT:
            return False
        if head == "fall" and before not in ("the", "this", "last", "next", "early", "late"):
            return False
    if words[-1] in ("second", "seconds") and (head in ("a", "one") and len(words) == 2):
        return after_token is None or after_token.kind == "p" or after in ("later", "ago")
    if head == "the" and len(words) >= 2 and words[1] in ("second", "first", "third"):
        # "the second" is an ordinal, not the 2nd of the month, unless "on" precedes it.
        if len(words) == 2 and before != "on":
            return False
    if words == ["the", "day"]:
        # "on the day" in a market report is that day; "the day he died" is not a timex.
        return before in ("on", "for", "during", "throughout", "in") and (
            after_token is None or after_token.kind in ("p", "b")
        )
    return True


def _is_year(tokens: list[Token], index: int, before: str, after: Token | None) -> bool:
    value = int(tokens[index].text)
    if before in _QUANTITY_WORDS:
        return False
    if after is not None and after.kind == "w" and after.text in ("percent", "per", "people", "%"):
        return False
    if after is not None and after.text == "%":
        return False
    if 1900 <= value <= 2099:
        if after is not None and after.kind == "w" and after.text.endswith("s"):
            # "1500 troops", "2000 votes"
            return before in _YEAR_PREPOSITIONS
        return True
    return before in _YEAR_PREPOSITIONS
