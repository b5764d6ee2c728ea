"""The tense of the clause around a time expression, from the verb that governs it.

News places a bare weekday or date of the year by the tense of its own clause ("said the
talks collapsed Thursday": the Thursday before; "will meet Thursday": the one after). The
words that mark a tense, and the rules for which of them govern an expression, live here.
"""

from __future__ import annotations

from .._time._grammar import VOCABULARY
from .._time._lexicon import ALONGSIDE_PASTS, MADE_TO_HAPPEN_PASTS, WEEKDAYS, Token

__all__ = [
    "CLAUSE_BREAKS",
    "DETERMINERS",
    "FUTURE_WORDS",
    "GOVERNED_FUTURE",
    "GOVERNING_PREPOSITIONS",
    "IRREGULAR_PAST",
    "LOOK",
    "OPENING_PREPOSITIONS",
    "clause_tense",
    "is_past_form",
    "tense_marker",
]

FUTURE_WORDS = frozenset(
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
        "expects",
        "expect",
        "intends",
        "intend",
        "aims",
        "hopes",
        "going",
        "tomorrow",
        "next",
        "later",
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
DETERMINERS = frozenset(
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
# The simple present of verbs of a schedule tells what is to come: "the contract expires
# Dec. 31", "the tax takes effect Jan. 1", "the jury meets Tuesday".
_SCHEDULED = frozenset(
    {"expires", "begins", "starts", "opens", "reopens", "convenes", "resumes", "matures"}
    | {"meets", "takes", "kicks", "arrives", "departs", "lapses", "launches"}
)
IRREGULAR_PAST = frozenset(
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
    # Irregular past forms that are no present form or common noun too.
    | {"dug", "fled", "swept", "swam", "sang", "rode", "drew", "ate", "froze", "hid", "shook"}
    | {"tore", "wept", "slept", "sped", "spun", "sprang", "stuck", "strode", "swore", "swung"}
    | {"underwent", "upheld", "withheld", "overcame", "undertook", "arose", "blew", "clung"}
    | {"crept", "dealt", "forgave", "forgot", "hung", "laid", "lent", "misled", "mistook"}
    | {"rebuilt", "shrank", "strove", "awoke", "bent", "bled", "knelt", "leapt", "oversaw"}
    | {"rang", "stung", "foresaw", "forbade", "outran"}
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

LOOK = 12  # tokens to look at on each side of an expression


def clause_tense(
    tokens: list[Token], start: int, end: int, sentence: tuple[int, int], text: str = ""
) -> str:
    """The tense of the clause around tokens[start:end]: past, present, future or unmarked.

    The tense is that of the verb governing the expression's own clause: the nearest
    marker on either side within the clause, which ends at a comma, a semicolon, a colon,
    a bracket or a quote ("Volume rose, up from 3 million shares Thursday" has none). A
    date that opens its clause ("On Friday, the firm said") reads the clause after its
    comma. "Said the vote will be held on Friday" is future (will is nearer than said);
    "the talks, which began Monday" is past. A participle after a form of "be" ("will be
    held") does not count; its auxiliary does. "Until", "till" and "pending" look ahead
    only from the expression they introduce, and not in a past clause ("stayed shut until
    May"); a date of the year after "for" ("elections for May 9", "a loss for the third
    quarter") names what the clause is about, not when it happened, so a past or future
    there leaves it unmarked. With `text`, "to" before a capitalised word is a
    preposition ("sent troops to Libya").
    """
    first, last = sentence
    best: tuple[int, str, int] | None = None  # distance, tense, where
    clause_start = first
    for index in range(start - 1, max(first, start - LOOK) - 1, -1):
        if _breaks_clause(tokens[index]):
            clause_start = index + 1
            break
        tense = tense_marker(tokens, index, text=text, expression=start)
        if tense is not None:
            best = (start - index, tense, index)
            break
    else:
        clause_start = max(first, start - LOOK)
    fronted = all(token.text in OPENING_PREPOSITIONS for token in tokens[clause_start:start])
    commas = 1 if fronted else 0  # a fronted date reads on past its own comma
    for index in range(end, min(last, end + LOOK)):
        if _breaks_clause(tokens[index]):
            if tokens[index].text != "," or commas == 0:
                break
            commas -= 1
            continue
        tense = tense_marker(tokens, index, after_expression=True, text=text)
        if tense is not None:
            if best is None or index - end + 1 < best[0]:
                best = (index - end + 1, tense, index)
            break
    tense = "unmarked" if best is None else best[1]
    before = tokens[start - 1].text if start > first else ""
    if before in GOVERNING_PREPOSITIONS:
        # Only a plain past verb ("went on until Friday", "stayed shut until May") keeps
        # it behind; "-ed" forms here are mostly participles ("kept markets closed
        # until"), and a passive tells of a decision whose bound is ahead ("was remanded
        # until December 2", "was adjourned until Friday").
        plain = (
            best is not None
            and best[1] == "past"
            and _plain_past(tokens[best[2]])
            and not _passive_after(tokens, best[2], start)
        )
        return "past" if plain else "future"
    if before == "for" and tense != "present":
        weekday = any(token.text in WEEKDAYS for token in tokens[start:end])
        if tense == "past" or not weekday:
            return "unmarked"
    if _premodifies(tokens, start, end, before, text):
        return "unmarked"
    return tense


# Words after an expression that show it is not before a noun it modifies.
_NOT_NOUNS = frozenset(
    {"of", "to", "in", "on", "at", "for", "and", "or", "but", "that", "which", "when", "as"}
    | {"by", "from", "with", "than", "after", "before", "ago", "ahead", "since", "until"}
    | {"is", "are", "was", "were", "will", "would", "has", "had", "have", "the", "a", "an"}
)


def _premodifies(tokens: list[Token], start: int, end: int, before: str, text: str) -> bool:
    """Whether the expression names a reporting period that modifies the noun after it
    ("a third-quarter loss", "the first-half results"): it names the period the figures
    are for, not the time of the clause's event ("expects to post a third-quarter loss"
    is about the quarter just ended), so the clause's tense does not place it. A day or
    a month before a noun ("a June 3 hearing") is the time of that event and keeps it."""
    if end >= len(tokens) or not text:
        return False
    if not any(token.text in ("quarter", "half") for token in tokens[start:end]):
        return False
    following = tokens[end]
    if following.kind != "w" or text[following.start].isupper() or following.text in _NOT_NOUNS:
        return False
    if tense_marker(tokens, end, after_expression=True, text=text) is not None:
        return False
    hyphenated = any(
        token.text == "-" and tokens[index - 1].end == token.start == tokens[index + 1].start - 1
        for index, token in enumerate(tokens[start + 1 : end - 1], start + 1)
    )
    determined = before in DETERMINERS or tokens[start].text in ("the", "a", "an")
    return hyphenated or determined


# Prepositions that look ahead from the date they introduce ("shut until Friday").
GOVERNING_PREPOSITIONS = frozenset({"until", "till", "pending"})


def _passive_after(tokens: list[Token], marker: int, start: int) -> bool:
    """Whether "was" or "were" at `marker` is the auxiliary of a passive: an "-ed" word
    right after it (past an adverb) and before the expression."""
    if tokens[marker].text not in ("was", "were"):
        return False
    following = marker + 1
    while following < start and tokens[following].text.endswith("ly"):
        following += 1
    return following < start and tokens[following].text.endswith("ed")


def _plain_past(token: Token) -> bool:
    return token.text in IRREGULAR_PAST and token.text not in ("last", "earlier", "ago")


def _breaks_clause(token: Token) -> bool:
    return token.kind == "p" and token.text in CLAUSE_BREAKS


# Prepositions that may come before a date that opens its sentence ("In 1944, ...").
OPENING_PREPOSITIONS = frozenset(
    {"in", "on", "by", "during", "from", "after", "before", "until", "since", "at", "throughout"}
)


CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", '"'})


def tense_marker(
    tokens: list[Token],
    index: int,
    *,
    after_expression: bool = False,
    text: str = "",
    expression: int = -1,
) -> str | None:
    """The tense the word at `index` marks, if any; `expression` is where the expression
    starts when the word stands before it."""
    token = tokens[index]
    word = token.text
    if word not in _MARKER_WORDS and not word.endswith("ed"):
        return None  # most words: neither a marker nor a past form
    if token.kind == "b" or (token.kind == "p" and word not in ("'s", "'ll")):
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    previous = tokens[index - 1].text if index > 0 else ""
    if word == "for":
        # "listed a hearing for Friday", "scheduled for Monday": the day it is set for,
        # ahead; not "jailed for Friday's attack", whose day is the attack's.
        possessive = index + 2 < len(tokens) and tokens[index + 2].text in ("'s", "’s")
        return "future" if index + 1 == expression and not possessive else None
    if word in GOVERNED_FUTURE:
        return _governed_future(tokens, index, previous, following, expression, text)
    if word in FUTURE_WORDS:
        if word in ("next", "later") and index + 1 < len(tokens):
            return None  # "next" inside a neighbouring expression says nothing of tense
        return "future"
    if word == "to" and following is not None and following.kind == "w" and not after_expression:
        # "to remain closed until Friday", "is due to vote": an infinitive looks ahead
        # (but not "to the", "to Paris"), unless a past verb that makes it happen governs
        # it ("forced police to shut the road on Thursday": the shutting happened).
        named = bool(text) and text[following.start].isupper()
        # "to managers", "to cars": a plural noun, no infinitive (which ends in -s only
        # as "discuss", "focus", "bias" do)
        plural_noun = following.text.endswith("s") and not following.text.endswith(
            ("ss", "us", "is", "as")
        )
        if (
            following.text not in DETERMINERS
            and following.text not in VOCABULARY
            and not named
            and not plural_noun
        ):
            implied = any(
                token.text in _IMPLICATIVE_PAST for token in tokens[max(0, index - 8) : index]
            )
            # "began to list on Tuesday", "tried to land on Friday": the infinitive of a
            # past aspectual or attempt happens (or was tried) when its verb did.
            return "past" if implied or previous in _ALONGSIDE_PAST else "future"
    if word in ("has", "have"):
        # The present perfect ("has said") reports the past, but "has been scheduled"
        # looks ahead; "has a deadline" is present.
        if following is not None and following.text == "been" and index + 2 < len(tokens):
            if tokens[index + 2].text in FUTURE_WORDS | GOVERNED_FUTURE:
                return "future"
        if following is not None and (is_past_form(following.text) or following.text == "been"):
            return "past"
        return "present"
    if is_past_form(word):
        if previous in _COPULAS and word not in ("had", "was"):
            return None  # "will be held": the auxiliary before it decides
        if word.endswith("ed") and (previous in DETERMINERS or previous in _NUMBER_WORDS):
            return None  # "its preferred shares", "9 percent secured notes": an adjective
        if word.endswith("ed") and index > 0 and tokens[index - 1].kind == "n":
            return None
        if word.endswith("ed") and previous in _REDUCING_CONJUNCTIONS:
            return None  # "expires Nov. 30 unless extended": a participle, no finite verb
        return "past"
    if word in _PRESENT_WORDS:
        return "present"
    if word in _SCHEDULED:
        return "future"
    return None


# Past forms of verbs whose infinitive happened: "forced them to flee", "managed to".
_IMPLICATIVE_PAST = frozenset(MADE_TO_HAPPEN_PASTS.values())
# Past forms of aspectual and attempt verbs, whose infinitive right after them is as past
# as they are: "began to list", "tried to land".
_ALONGSIDE_PAST = frozenset(ALONGSIDE_PASTS.values())
# Conjunctions after which an "-ed" form heads a reduced clause ("unless extended", "if
# approved", "when completed"): a participle, not a past verb.
_REDUCING_CONJUNCTIONS = frozenset(
    {"unless", "if", "when", "once", "until", "though", "although", "while", "whether"}
)
_NUMBER_WORDS = frozenset({"percent", "%", "cent", "cents", "dollar", "year", "-"})
# Words that look ahead only where they govern: a modal before a verb ("could fall", but
# not "the May figures"), "set" and "due" of a date or an infinitive ("set for Friday",
# "is due to vote"), "expected" unless comparing ("as expected").
_MODALS = frozenset({"could", "might", "may", "can", "should", "must"})
GOVERNED_FUTURE = _MODALS | {"set", "due", "expected"}


def _governed_future(
    tokens: list[Token],
    index: int,
    previous: str,
    following: Token | None,
    expression: int,
    text: str,
) -> str | None:
    word = tokens[index].text
    if following is None or index + 1 == expression:
        # Right before the expression: "due Jan. 15", "set Sept. 16 as the trial date".
        return None if word in _MODALS or following is None else "future"
    if index + 2 == expression and following.text in DETERMINERS and word not in _MODALS:
        return "future"  # "set a Dec. 15 record date", "due the 14th"
    after = following.text
    if word in _MODALS:
        if word == "may" and text and text[tokens[index].start].isupper() and previous:
            return None  # "May" mid-sentence is the month
        if after == "not" and index + 2 < len(tokens):
            after = tokens[index + 2].text
        if after == "have" and index + 2 < len(tokens) and is_past_form(tokens[index + 2].text):
            return "past"  # "may have contributed": a guess about what has happened
        verb = following.kind == "w" and after not in DETERMINERS and after not in VOCABULARY
        return "future" if verb else None
    if word == "expected":
        return None if previous in ("as", "than", "than-") else "future"
    if word == "due":
        if after == "to" and index + 2 < len(tokens):
            # "due to vote" looks ahead; "due to the storm" gives a cause.
            infinitive = tokens[index + 2]
            if infinitive.text in DETERMINERS or infinitive.kind != "w":
                return None
            return "future"
        return "future" if after in ("on", "in", "by", "for", "out", "back") else None
    # "set": ahead in "set to", "set for", "is set"; otherwise the past of a verb ("she
    # set a record Sunday", "the slide was set off at the weekend").
    if after in ("off", "up", "out", "fire", "alight", "ablaze", "free"):
        return "past"  # a phrasal "set off", "set fire to": no schedule
    if after in ("to", "for") or previous in _COPULAS:
        return "future"
    return "past"


# Every word `tense_marker` can find a tense in, but for regular past forms ("-ed").
_MARKER_WORDS = (
    FUTURE_WORDS
    | GOVERNED_FUTURE
    | _PRESENT_WORDS
    | _SCHEDULED
    | IRREGULAR_PAST
    | {"to", "has", "have", "for"}
)


def is_past_form(word: str) -> bool:
    return word in IRREGULAR_PAST or (
        len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST
    )
