"""A story's words and sentences, and which of its lines are not news at all.

Extraction reads words with their original case (the time tagger lowercases), splits
clitics ("didn't" is "did" + "n't"), keeps abbreviations and hyphenated words whole
("Lt.", "U.S.-led"), and cuts sentences where English ends them: not after a title or an
initial ("Timothy D. Cook"), and never across a paragraph. Boilerplate lines (datelines,
URLs, bylines, photo credits and captions, "Read more" and subscription footers, author
boxes) are marked so that no event is taken from them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ._lexicon import words_of

__all__ = ["ABBREVIATIONS", "TITLES", "Line", "Sentence", "Word", "lines", "sentences", "words"]


class Word(NamedTuple):
    """A token of the story: its text as written, where it is, and its lowercase form."""

    text: str
    start: int
    end: int
    lower: str


class Sentence(NamedTuple):
    """A sentence: its offsets, its words, and whether it is boilerplate."""

    start: int
    end: int
    words: tuple[Word, ...]
    boilerplate: bool
    title: bool  # a headline or other line in title case, whose capitals say nothing


class Line(NamedTuple):
    """A paragraph of the story (a line, or lines joined where the text is hard-wrapped)."""

    start: int
    end: int
    boilerplate: bool


_TOKEN = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)\S+[^\s.,;:!?)\]"'’”])
    |(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<handle>@\w+)
    |(?P<dotted>(?:[A-Za-z]\.){2,}(?:-[^\W\d_][\w-]*)?)         # U.S., a.m., U.S.-led
    |(?P<number>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?%?)
    |(?P<word>[^\W\d_](?:[\w]|[-'’](?=\w)|\.(?=\w\.))*)       # war-ravaged, o'clock
    |(?P<quote>``|''|[“”"])                                      # every quotation mark
    |(?P<ellipsis>\.\.\.|…)
    |(?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)
_CLITICS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
_NOT_SPLIT = frozenset({"o'clock", "ma'am", "y'all"})

# Words after which a full stop does not end a sentence.
TITLES = words_of(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep rev fr st sr jr
    pres supt insp det pvt brig lieut hon amb messrs mme mlle"""
)
ABBREVIATIONS = TITLES | words_of(
    """no nos vol vols fig figs approx est dept univ corp inc ltd co bros jan feb mar apr
    jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun vs etc
    al ave blvd rd mt ft pp op cf ca"""
)
# Capitalised words that start a new sentence after an abbreviation like "U.S.".
_SENTENCE_OPENERS = words_of(
    """the a an he she it they we i this that these those there but and yet so in on at for
    after before when while if as his her its their our mr mrs ms dr"""
)
_FINAL_MARKS = frozenset(".!?…")  # a token that can end a sentence ends in one of these
_CLOSERS = frozenset({'"', "”", "’", "'", "''", ")", "]"})


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words and punctuation of ``text[start:end]``, with offsets into `text`.

    >>> [w.text for w in words("Lt. Gen. Asapov didn't go to the U.S.-led base.")]
    ['Lt', '.', 'Gen', '.', 'Asapov', 'did', "n't", 'go', 'to', 'the', 'U.S.-led', 'base', '.']
    """
    found: list[Word] = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        token = match.group()
        first, last = match.span()
        if match.lastgroup == "word":
            lower = token.lower()
            clitic = None
            if "'" in lower or "’" in lower:
                lower = lower.replace("’", "'")
                clitic = next(
                    (c for c in _CLITICS if lower.endswith(c) and len(lower) > len(c)), None
                )
            if clitic is not None and lower not in _NOT_SPLIT:
                cut = last - len(clitic)
                if clitic == "n't" and lower in ("can't", "won't"):
                    cut = last - 2  # "ca" + "n't" reads badly; keep "can", "won" + "'t"
                    found.append(Word(token[: cut - first], first, cut, lower[: cut - first]))
                    found.append(Word(token[cut - first :], cut, last, "n't"))
                    continue
                found.append(Word(token[: cut - first], first, cut, lower[: cut - first]))
                found.append(Word(token[cut - first :], cut, last, clitic))
                continue
            found.append(Word(token, first, last, lower))
        elif match.lastgroup == "quote":
            found.append(Word(token, first, last, '"'))  # one spelling for every kind
        else:
            found.append(Word(token, first, last, token.lower()))
    return found


_URL_OR_ADDRESS = re.compile(r"https?://|www\.|\b[\w.+-]+@[\w-]+\.\w|(^|\s)@\w{2,}")
_FOOTER_MARKERS = re.compile(
    r"^\s*(about the (writer|author|reporter)s?|related (stories|articles|coverage|links)"
    r"|more from|recommended|most popular|trending|sponsored|advertisement|share this"
    r"|comments?|newsletter|sign up|subscribe)\b",
    re.IGNORECASE,
)
_MARKER_LINES = re.compile(
    r"^\s*(read more|click here|continue reading|sign up|subscribe|follow us|share|"
    r"advertisement|related|watch|listen|photo|image|video|credit|source|copyright|©|"
    r"all rights reserved|email|e-mail|twitter|instagram|facebook|telegram|whatsapp|"
    r"encrypted email|available on|updated|posted|published|first published|filed under)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*(by|from|written by|reporting by|additional reporting by)\s+[A-Z]")
_CREDIT = re.compile(
    r"(/(AFP|AP|Getty|Reuters|EPA|Sputnik|Xinhua|TASS|Bloomberg|Shutterstock)\b"
    r"|\b(Getty Images|AFP via Getty|Photo(graph)? by|Photo:|Picture:|Image:|Credit:"
    r"|Courtesy of)|\((AP|AFP|Reuters) Photo)",
)
_DATELINE = re.compile(
    # "MOSCOW (Reuters) -" alone on its line, or a date line: "Sept. 25, 2017 10:41 AM".
    r"^\s*([A-Z][A-Z .'-]{2,}(,\s*[A-Z][\w .'-]+)?\s*(\([\w .&-]+\))?\s*[-—–]+\s*$"
    r"|(?i:(updated|published|posted)?\s*[:]?\s*\w{3,9}\.? \d{1,2},? \d{4}( \d{1,2}:\d{2}.*)?)$)"
)
_SLUG = re.compile(r"^\S*_\S*$")  # a picture's file name: "09_25_Russia_Soldiers"
_BULLET = re.compile(r"^\s*[•·▪●◦‣*]")


def lines(text: str) -> list[Line]:
    """The paragraphs of `text`, each marked boilerplate or not.

    >>> text = "Talks fail\\nRead more at x.com"
    >>> [(text[line.start : line.end], line.boilerplate) for line in lines(text)]
    [('Talks fail', False), ('Read more at x.com', True)]
    """
    paragraphs = _paragraphs(text)
    keys = [" ".join(text[start:end].split()).lower() for start, end in paragraphs]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    found: list[Line] = []
    in_footer = False
    for (start, end), key in zip(paragraphs, keys, strict=True):
        body = text[start:end].strip()
        if _FOOTER_MARKERS.match(body) and len(body) < 60:
            in_footer = True
        # A paragraph printed twice is a promotion or a teaser, not the story told twice;
        # a short label after the headline ("Uncommon Knowledge") heads a section.
        label = bool(found) and _is_label(body)
        boilerplate = in_footer or counts[key] > 1 or label or _is_boilerplate(body)
        found.append(Line(start, end, boilerplate))
    return found


def _is_label(body: str) -> bool:
    return len(body.split()) <= 4 and not body.rstrip().endswith((".", "!", "?", '"', "”"))


def _is_boilerplate(body: str) -> bool:
    if _URL_OR_ADDRESS.search(body) or _BULLET.match(body) or _SLUG.match(body):
        return True
    short = len(body) < 80
    if short and (_MARKER_LINES.match(body) or _DATELINE.match(body)):
        return True
    if short and _BYLINE.match(body) and not body.rstrip().endswith((".", "?", "!")):
        return True
    # A caption ends with the photo's credit: "... on Thursday. Jane Doe/AFP/Getty".
    tail = body[-60:]
    return bool(_CREDIT.search(tail))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines of `text`, with the lines of a hard-wrapped paragraph joined into one."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        if not text[start:end].strip():
            continue
        if spans and _continues(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    # One line break (no blank line) after a long line that does not end a sentence: the
    # text is wrapped by width, not cut into paragraphs.
    gap = text[previous[1] : start]
    if gap.count("\n") != 1:
        return False
    line = text[previous[0] : previous[1]]
    last_line = line[line.rfind("\n") + 1 :] if "\n" in line else line
    stripped = last_line.rstrip()
    return 40 <= len(stripped) <= 100 and not stripped.endswith((".", "!", "?", ":", '"', "”"))


def sentences(text: str) -> list[Sentence]:
    """The sentences of `text` in order, each with its words.

    >>> text = "Timothy D. Cook spoke. He left."
    >>> [text[s.start : s.end] for s in sentences(text)]
    ['Timothy D. Cook spoke.', 'He left.']
    """
    found: list[Sentence] = []
    for line in lines(text):
        tokens = words(text, line.start, line.end)
        title = _title_case(tokens)
        first = 0
        for index, token in enumerate(tokens):
            if token.text[-1] not in _FINAL_MARKS or index + 1 == len(tokens):
                continue
            if _ends_sentence(tokens, index, title):
                last = index + 1
                # A closing mark touches what it closes; one after a space opens the next.
                while (
                    last < len(tokens)
                    and (tokens[last].text in _CLOSERS or tokens[last].lower == '"')
                    and tokens[last].start == tokens[last - 1].end
                ):
                    last += 1
                if last < len(tokens) and last > first:
                    found.extend(_sentence(tokens[first:last], line.boilerplate, title))
                    first = last
        if first < len(tokens):
            found.extend(_sentence(tokens[first:], line.boilerplate, title))
    return found


_LONGEST = 80  # words: a longer "sentence" is a list or run-on text, read in pieces
_JOINS = frozenset({",", ";", ":", "and", "or", "but", "-", "—", "–"})


def _sentence(tokens: list[Word], boilerplate: bool, title: bool) -> list[Sentence]:
    return [
        Sentence(piece[0].start, piece[-1].end, tuple(piece), boilerplate, title)
        for piece in _bounded(tokens)
    ]


def _bounded(tokens: list[Word]) -> list[list[Word]]:
    """`tokens` cut into pieces of at most `_LONGEST` words, each after a comma or a
    conjunction where there is one: the work per sentence stays bounded, so reading a
    story takes time in proportion to its length whatever its punctuation."""
    pieces: list[list[Word]] = []
    while len(tokens) > _LONGEST:
        cut = max(
            (i + 1 for i in range(_LONGEST // 2, _LONGEST) if tokens[i].lower in _JOINS),
            default=_LONGEST,
        )
        pieces.append(tokens[:cut])
        tokens = tokens[cut:]
    pieces.append(tokens)
    return pieces


def _ends_sentence(tokens: list[Word], index: int, title: bool) -> bool:
    word = tokens[index]
    following = next(
        (tokens[i] for i in range(index + 1, len(tokens)) if tokens[i].text not in _CLOSERS),
        None,
    )
    if following is None:
        return False
    if ends_with_abbreviation(word) and not title:
        # "... blames the U.S. The ministry said": only a word that opens sentences tells.
        return following.text[:1].isupper() and following.lower in _SENTENCE_OPENERS
    if word.text not in (".", "!", "?", "...", "…"):
        return False
    starts_anew = following.text[:1].isupper() or following.text[:1].isdigit()
    starts_anew = starts_anew or following.lower in ('"', "(", "‘")
    if not starts_anew:
        return False
    if word.text != "." or index == 0:
        return True
    before = tokens[index - 1]
    if before.end != word.start:
        return True
    # "Lt. Gen.", "Timothy D. Cook", "No. 10": a title or an initial, not an end.
    return not (before.lower in ABBREVIATIONS or (len(before.text) == 1 and before.text.isupper()))


def ends_with_abbreviation(word: Word) -> bool:
    """Whether `word` is a dotted abbreviation whose last full stop may end a sentence."""
    return word.text.endswith(".") and word.text.count(".") >= 2


def _title_case(tokens: list[Word]) -> bool:
    letters = [w for w in tokens if w.text[:1].isalpha()]
    long_words = [w for w in letters if len(w.text) > 3]
    if len(long_words) < 3:
        return False
    capitals = sum(w.text[:1].isupper() for w in long_words)
    return capitals >= 0.8 * len(long_words) and tokens[-1].text != "."
