"""`extract`: a news story's text to a timeline of the events it tells, dated and sourced.

The steps, each in its own module: sentences and boilerplate (`_text`), word classes
(`_tagger`), clauses (`_syntax`), event mentions (`_mentions`); here, what a reader needs
of each mention: who did it (the subject, or a passive's agent), who says so (the
reporting clause or "according to"), how far the story vouches for it, a short
description built from the clause, and the time expression that dates it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import attrs

from .._errors import InvalidTypeError, InvalidValueError, TimelineError
from .._events import EventClass, Factuality, Timeline
from .._tagging import tag
from .._time import Timex, TimexType, resolve
from . import _lexicon as lx
from ._lexicon import words_of
from ._mentions import Mention, find_mentions
from ._syntax import Clause, split_clauses
from ._tagger import Tagged, tag_sentence
from ._text import Sentence, sentences

__all__ = [
    "Analysis",
    "MentionInfo",
    "SentenceAnalysis",
    "analyse",
    "extract",
    "main_events",
    "timeline_of",
]

_MAX_DESCRIPTION = 12  # words
_GENRES = ("news", "narrative")
# Speech verbs whose complement is someone's claim, not the story's.
_SPEECH = words_of(
    """deny claim allege accuse warn threaten vow promise pledge insist argue suggest reject
    dispute admit acknowledge confirm"""
)
# Clauses that a reporting verb's complement does not run into.
_NOT_COMPLEMENT = frozenset({";", "while", "but", "whereas", "as", "because", "although"})
_TITLES = words_of(
    """president minister secretary spokesman spokeswoman spokesperson chief director
    general gen lt col maj capt sgt adm gov governor senator sen rep mayor ambassador
    prime king queen prince princess pope judge justice chairman chairwoman ceo
    commander officer deputy mr mrs ms dr prof sheikh ayatollah envoy leader cpl pvt adm
    cmdr sgt supt insp det brig"""
)
_ORGANISATION_WORDS = words_of(
    """forces force ministry agency council party army coalition group committee union
    company inc corp bank news government state department office court police navy air
    fleet brigade division militia organisation organization association federation
    commission authority authorities administration institute university times post
    journal press tass ria reuters"""
)
_DISPUTING = frozenset({"deny", "reject", "dispute"})
_FIRST_PERSON = frozenset({"we", "i", "us", "our", "me", "my"})
_PERSONAL = frozenset({"he", "she", "him", "her"})


@attrs.frozen
class SentenceAnalysis:
    """One sentence as extraction reads it (internal: the link finder reads these too)."""

    sentence: Sentence
    tagged: tuple[Tagged, ...]
    clauses: tuple[Clause, ...]


@attrs.frozen
class MentionInfo:
    """An event mention with what the sentence says of it, and its event's id."""

    sentence: int
    mention: Mention
    event_id: str
    actors: tuple[str, ...]
    source: str | None
    factuality: Factuality
    when: Timex | None
    description: str


@attrs.frozen
class Analysis:
    """What extraction found in a story: its sentences, mentions and time expressions."""

    text: str
    published: date | datetime
    sentences: tuple[SentenceAnalysis, ...]
    mentions: tuple[MentionInfo, ...]
    timexes: tuple[Timex, ...]


def extract(text: str, published: date | datetime | str, *, genre: str | None = None) -> Timeline:
    """The timeline of a news story: one event per event mention, dated where the text says.

    Args:
        text: the story, as plain text (one paragraph a line, or hard-wrapped).
        published: its publication date: a `date`, a `datetime` (naive is UTC) or an ISO
            string ("2017-09-25", "2017-09-25T14:30+02:00").
        genre: ``"news"`` (the default with a publication date) or ``"narrative"``.

    Returns:
        A `Timeline` whose events are in text order, each with its trigger's offsets as
        ``span``, its TimeML class, actors, source, polarity, modality and factuality,
        and ``when`` the time expression that dates it (None where the text does not).

    Raises:
        InvalidTypeError: `text` is not a str, or `published` not a date, datetime or str.
        InvalidValueError: `published` is a string but not an ISO date, or `genre` unknown.

    >>> story = extract("Rebels seized the town on Friday, the army said.", "2017-09-25")
    >>> [(e.description, e.when and e.when.value) for e in story.events]
    [('Rebels seized the town', '2017-09-22'), ('the army said', None)]
    """
    return timeline_of(analyse(text, published, genre=genre))


def timeline_of(analysis: Analysis, *, keep: frozenset[str] | None = None) -> Timeline:
    """The timeline of an analysed story: every mention's event, or those in `keep`."""
    timeline = Timeline(published=analysis.published)
    from ._links import find_links  # it reads this module's types

    found = find_links(analysis)
    if keep is not None:  # a link is worth showing: the events at its ends stay
        keep = keep | {f.source for f in found} | {f.target for f in found}
    for info in analysis.mentions:
        if keep is not None and info.event_id not in keep:
            continue
        start = analysis.sentences[info.sentence].tagged[info.mention.head].word.start
        end = analysis.sentences[info.sentence].tagged[info.mention.last].word.end
        timeline.add(
            info.description,
            info.when,
            actors=info.actors,
            source=info.source,
            span=(start, end),
            id=info.event_id,
            event_class=info.mention.event_class,
            polarity=info.mention.polarity,
            modality=info.mention.modality,
            factuality=info.factuality,
        )
    for link in found:
        if link.source in timeline and link.target in timeline:
            timeline.link(link.source, link.relation, link.target, evidence=link.evidence)
    return timeline


def analyse(text: str, published: date | datetime | str, *, genre: str | None = None) -> Analysis:
    """Read `text` into sentences, mentions and time expressions (see `extract`)."""
    if not isinstance(text, str):
        raise InvalidTypeError(f"extract: text: expected a str, got {type(text).__name__}")
    if genre is not None and genre not in _GENRES:
        raise InvalidValueError(
            f"extract: genre: expected None, 'news' or 'narrative', got {genre!r}"
        )
    moment = _published(published)
    timexes = tuple(tag(text, moment))
    analysed: list[SentenceAnalysis] = []
    for sentence in sentences(text):
        if sentence.boilerplate:
            continue
        tagged = tag_sentence(sentence)
        analysed.append(SentenceAnalysis(sentence, tuple(tagged), tuple(split_clauses(tagged))))
    reader = _Reader(text, moment, analysed, timexes)
    return Analysis(text, moment, tuple(analysed), tuple(reader.read()), timexes)


def main_events(analysis: Analysis) -> frozenset[str]:
    """The events a reader lists: the dated ones and each clause's own finite verb.

    Left out: the headline's (the story tells them again), and mentions that only
    qualify another (an infinitive, a participle, an undated noun, a state).
    """
    kept = set()
    body = [s.sentence.title for s in analysis.sentences]
    for info in analysis.mentions:
        mention = info.mention
        if body[info.sentence] and not all(body):
            continue
        if info.when is not None:
            kept.add(info.event_id)
            continue
        finite = mention.tense in ("PAST", "PRESENT", "FUTURE") or mention.modality is not None
        if mention.pos == "VERB" and finite and mention.event_class is not EventClass.STATE:
            kept.add(info.event_id)
    return frozenset(kept)


def _published(value: object) -> date | datetime:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(value)
            except ValueError:
                continue
        raise InvalidValueError(
            f"extract: published: expected an ISO date like '2017-09-25' or a date and "
            f"time like '2017-09-25T14:30+02:00', got {value!r}"
        )
    raise InvalidTypeError(
        f"extract: published: expected a date, datetime or ISO string, got "
        f"{type(value).__name__} {value!r}"
    )


class _Reader:
    """Reads the mentions of the story's sentences in order, remembering who was named."""

    def __init__(
        self,
        text: str,
        published: date | datetime,
        analysed: list[SentenceAnalysis],
        timexes: Sequence[Timex],
    ) -> None:
        self.text = text
        self.published = published
        self.analysed = analysed
        self.timexes = [t for t in timexes if t.span is not None]
        self.named: list[tuple[str, bool]] = []  # subjects so far, and whether plural
        self.people: list[str] = []  # of which, names that can be "he" or "she"
        self.open_quote = False  # a quotation runs on from an earlier sentence
        self.quote_speaker: str | None = None  # who spoke the latest quotation
        self.covered: frozenset[int] = frozenset()
        self.count = 0

    def read(self) -> list[MentionInfo]:
        found: list[MentionInfo] = []
        for number, analysed in enumerate(self.analysed):
            found.extend(self._sentence(number, analysed))
        return found

    # ------------------------------------------------------------------ one sentence

    def _sentence(self, number: int, analysed: SentenceAnalysis) -> list[MentionInfo]:
        tagged = list(analysed.tagged)
        clauses = list(analysed.clauses)
        mentions = find_mentions(tagged, clauses)
        self.covered = self._timex_words(analysed)
        if not mentions:
            self._remember_quote(tagged, None)
            return []
        subjects: list[tuple[int, int] | None] = []
        actors: list[tuple[str, ...]] = []
        names: list[str | None] = []
        for mention in mentions:
            subject = self._subject(tagged, clauses, mention, mentions, subjects)
            subjects.append(subject)
            names.append(None if subject is None else self._resolve(tagged, subject))
            found = self._actors(tagged, mention, subject)
            actors.append(found)
            # Name as we go, so that "it" and "they" later in the sentence find them.
            if mention.pos == "VERB" and subject is not None and found and not mention.passive:
                self._name(found[0], tagged, subject)
        sources, factualities = self._attribution(tagged, clauses, mentions, actors)
        dates = self._dates(number, analysed, mentions)
        infos = []
        for index, mention in enumerate(mentions):
            self.count += 1
            infos.append(
                MentionInfo(
                    number,
                    mention,
                    f"e{self.count}",
                    actors[index],
                    sources[index],
                    factualities[index],
                    dates[index],
                    self._describe(tagged, mention, subjects[index], names[index], actors[index]),
                )
            )
        return infos

    def _timex_words(self, analysed: SentenceAnalysis) -> frozenset[int]:
        """Indices of the sentence's words inside a time expression."""
        start, end = analysed.sentence.start, analysed.sentence.end
        spans = [t.span for t in self.timexes if t.span and start <= t.span[0] < end]
        return frozenset(
            index
            for index, item in enumerate(analysed.tagged)
            if any(first <= item.word.start < last for first, last in spans)
        )

    # ------------------------------------------------------------------ who

    def _subject(
        self,
        tagged: list[Tagged],
        clauses: list[Clause],
        mention: Mention,
        mentions: list[Mention],
        subjects: list[tuple[int, int] | None],
    ) -> tuple[int, int] | None:
        """The word range of the mention's subject (for a light verb's noun, the verb's)."""
        covered = self.covered
        if mention.pos == "NOUN":
            if mention.light_verb is not None:
                group = _group_start(tagged, mention.light_verb)
                return _noun_phrase_before(tagged, group, clauses[mention.clause].first, covered)
            return None
        clause = clauses[mention.clause]
        first = mention.group_first
        infinitive = tagged[first].word.lower == "to"
        participle = mention.tense in ("PRESPART", "PASTPART") and first == mention.head
        if not infinitive:
            limit = clause.first
            if participle and first > 0 and tagged[first - 1].tag in ("PROPN", "NOUN", "PRON"):
                limit = 0  # "with Moscow blaming", "fighters firing on troops"
            elif participle and first > 1 and tagged[first - 1].word.lower in _GERUND_LINKS:
                # "accused Russian warplanes of bombing": the doer is the object before.
                found = _noun_phrase_before(tagged, first - 1, clause.first, covered)
                if found is not None:
                    return found
                limit = first
            elif participle:
                limit = first  # "..., killing one of its fighters": no subject of its own
            found = _noun_phrase_before(tagged, first, limit, covered)
            if found is None and clause.opener in ("who", "which", "that") and clause.first > 0:
                # A relative clause's subject is the noun it follows: "forces who attacked".
                before = clause.first - 1
                while before >= 0 and tagged[before].word.lower == ",":
                    before -= 1
                found = _noun_phrase_before(tagged, before + 1, 0, covered)
            if found is not None:
                return found
        # An infinitive, a participle or a verb with no subject of its own takes the
        # subject of the verb it depends on: the last finite verb before it (a copula
        # too: "Asapov was at a post, assisting ...") outside a relative clause.
        return _controller(tagged, clauses, first, covered)

    def _actors(
        self, tagged: list[Tagged], mention: Mention, subject: tuple[int, int] | None
    ) -> tuple[str, ...]:
        agent = _agent(tagged, mention)
        if agent is not None:
            return (_name_of(tagged, agent),)
        if mention.pos == "NOUN" and mention.light_verb is None:
            owner = _possessor(tagged, mention.head)
            return () if owner is None else (owner,)
        if subject is None or mention.passive:
            return ()
        name = self._resolve(tagged, subject)
        return () if name is None else (name,)

    def _resolve(self, tagged: list[Tagged], span: tuple[int, int]) -> str | None:
        first, last = span
        if first == last and tagged[first].tag == "PRON":
            pronoun = tagged[first].word.lower
            if pronoun in _FIRST_PERSON and self.quote_speaker is not None:
                return self.quote_speaker
            if pronoun in _PERSONAL:
                return self.people[-1] if self.people else None
            plural = pronoun in ("they", "them")
            if pronoun in ("it", "they", "them", "who", "which"):
                # "it" is one thing, "they" many, or an organisation ("the SDF said they").
                for name, many in reversed(self.named):
                    if pronoun in ("who", "which") or many == plural or (plural and name.isupper()):
                        return name
            return None
        return _name_of(tagged, span)

    def _name(self, name: str, tagged: list[Tagged], span: tuple[int, int]) -> None:
        first, last = span
        if first == last and tagged[first].tag == "PRON":
            return
        head = tagged[last]
        plural = (head.tag == "NOUN" and head.word.lower.endswith("s")) or any(
            t.word.lower == "and" for t in tagged[first : last + 1]
        )
        self.named.append((name, plural))
        if _is_person(tagged, span):
            self.people.append(name)

    # ------------------------------------------------------------------ who says so

    def _attribution(
        self,
        tagged: list[Tagged],
        clauses: list[Clause],
        mentions: list[Mention],
        actors: list[tuple[str, ...]],
    ) -> tuple[list[str | None], list[Factuality]]:
        sources: list[str | None] = [None] * len(mentions)
        factualities = [m.factuality for m in mentions]
        speaker: str | None = None
        for index, mention in enumerate(mentions):
            lemma = mention.lemma
            speech = mention.pos == "VERB" and (
                mention.event_class is EventClass.REPORTING or lemma in _SPEECH
            )
            intention = mention.event_class in (EventClass.I_ACTION, EventClass.I_STATE)
            if not speech and not intention:
                continue
            who = actors[index][0] if actors[index] else None
            if speech and mention.event_class is EventClass.REPORTING and speaker is None:
                speaker = who
            disputed = lemma in _DISPUTING or mention.polarity.value == "NEG"
            for other in _complement(tagged, clauses, mentions, index):
                if speech:
                    if sources[other] is None and not disputed:
                        sources[other] = who
                    if factualities[other] is Factuality.ASSERTED:
                        factualities[other] = Factuality.REPORTED
                elif factualities[other] is Factuality.ASSERTED and (
                    mention.event_class is EventClass.I_STATE or _to_follows(tagged, mention)
                ):
                    factualities[other] = Factuality.POSSIBLE
        for index, mention in enumerate(mentions):
            if clauses[mention.clause].opener in ("if", "unless", "whether"):
                factualities[index] = Factuality.POSSIBLE  # a condition, not a fact
        # A quotation with no reporting verb of its own goes on speaking for the speaker
        # of the quotation before it ("We will not stand by," after "the SDF said").
        quoted = _quoted_words(tagged, self.open_quote)
        if speaker is None and quoted and self.quote_speaker is not None:
            for index, mention in enumerate(mentions):
                if sources[index] is None and mention.head in quoted:
                    sources[index] = self.quote_speaker
                    if factualities[index] is Factuality.ASSERTED:
                        factualities[index] = Factuality.REPORTED
        according = _according_to(tagged)
        if according is not None:
            name, where = according
            for index, mention in enumerate(mentions):
                if sources[index] is None and mention.head < where:
                    sources[index] = name
                    if factualities[index] is Factuality.ASSERTED:
                        factualities[index] = Factuality.REPORTED
        self._remember_quote(tagged, speaker)
        return sources, factualities

    def _remember_quote(self, tagged: list[Tagged], speaker: str | None) -> None:
        marks = sum(1 for t in tagged if t.word.text in _QUOTES)
        if marks % 2:
            self.open_quote = not self.open_quote
        if marks or self.open_quote:
            if speaker is not None:
                self.quote_speaker = speaker
        else:
            self.quote_speaker = None

    # ------------------------------------------------------------------ when

    def _dates(
        self, number: int, analysed: SentenceAnalysis, mentions: list[Mention]
    ) -> list[Timex | None]:
        tagged = analysed.tagged
        clauses = analysed.clauses
        start, end = analysed.sentence.start, analysed.sentence.end
        inside = [t for t in self.timexes if start <= t.span[0] < end]  # type: ignore[index]
        dates: list[Timex | None] = [None] * len(mentions)
        positions = {w.word.start: i for i, w in enumerate(tagged)}
        anchored: list[tuple[Timex, int, int]] = []  # timex, first word, clause
        for timex in inside:
            assert timex.span is not None
            first = positions.get(timex.span[0])
            if first is None:
                first = next((i for i, w in enumerate(tagged) if w.word.end > timex.span[0]), 0)
            clause = next(n for n, c in enumerate(clauses) if c.first <= first <= c.last)
            anchored.append((timex, first, clause))
        for index, mention in enumerate(mentions):
            best: tuple[int, Timex] | None = None
            # "Rebels took the town on Friday, the army said": the date is the taking's.
            reported_before = _postposed(tagged, mention) if mention.pos == "VERB" else None
            for timex, first, clause in anchored:
                if not _dates_event(timex):
                    continue
                if reported_before is not None and first < reported_before:
                    continue
                if clause != mention.clause and not _adjacent(tagged, mention, first, timex):
                    continue
                if (mention.pos != "VERB" or mention.tense in ("PASTPART", "PRESPART")) and not (
                    _adjacent(tagged, mention, first, timex)
                ):
                    # A noun or a participle ("an alliance backed by the U.S.") is dated
                    # only by an expression that modifies it directly.
                    continue
                distance = abs(first - mention.head)
                if best is None or distance < best[0]:
                    best = (distance, timex)
            if best is not None:
                dates[index] = best[1]
        self._relative_dates(tagged, mentions, anchored, dates)
        for index, mention in enumerate(mentions):
            opener = clauses[mention.clause].opener
            if dates[index] is None and mention.pos == "VERB" and opener == "participle":
                # "..., killing one of its fighters": at the time of the verb it hangs on.
                found = _controlling_verb(tagged, list(clauses), mention.head, self.covered)
                heads = {m.head: i for i, m in enumerate(mentions)}
                if found is not None and found[0] in heads:
                    dates[index] = dates[heads[found[0]]]
        for index, mention in enumerate(mentions):
            if dates[index] is None and _present_report(mention):
                dates[index] = self._publication()
        return dates

    def _relative_dates(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        anchored: list[tuple[Timex, int, int]],
        dates: list[Timex | None],
    ) -> None:
        """Date "two days after heavy rain began" from the event it counts from."""
        for timex, first, clause in anchored:
            if timex.type is not TimexType.DURATION:
                continue
            after = first + len(timex.text.split())
            while after < len(tagged) and tagged[after].word.end <= timex.span[1]:  # type: ignore[index]
                after += 1
            if after >= len(tagged) or tagged[after].word.lower not in ("after", "before"):
                continue
            direction = "later" if tagged[after].word.lower == "after" else "earlier"
            anchors = [i for i, m in enumerate(mentions) if m.head > after]
            if not anchors or dates[anchors[0]] is None:
                continue
            anchor = dates[anchors[0]]
            assert anchor is not None
            try:
                counted = resolve(f"{timex.text} {direction}", self.published, reference=anchor)
            except TimelineError:
                continue
            phrase_end = tagged[after].word.end
            derived = attrs.evolve(
                counted,
                text=self.text[timex.span[0] : phrase_end],  # type: ignore[index]
                span=(timex.span[0], phrase_end),  # type: ignore[index]
            )
            for index, mention in enumerate(mentions):
                if mention.clause == clause and mention.head < after and dates[index] is None:
                    dates[index] = derived

    def _publication(self) -> Timex:
        return attrs.evolve(resolve("today", self.published), text="published")

    # ------------------------------------------------------------------ description

    def _describe(
        self,
        tagged: list[Tagged],
        mention: Mention,
        subject: tuple[int, int] | None,
        name: str | None,
        actors: tuple[str, ...],
    ) -> str:
        words: list[str] = []
        if mention.pos == "NOUN" and mention.light_verb is None:
            first = _noun_phrase_start(tagged, mention.head)
            words = [t.word.text for t in tagged[first : mention.head + 1]]
            words += _modifier(tagged, mention.head + 1)
            return _clean(words)
        if subject is not None and not mention.passive:
            named = any(t.tag == "PROPN" for t in tagged[subject[0] : subject[1] + 1])
            if name is None or (named or tagged[subject[0]].tag == "PRON"):
                words = (name or _text_of(tagged, _head_part(tagged, subject))).split()
            else:
                words = _text_of(tagged, _head_part(tagged, subject)).split()
        elif subject is not None:
            words = _text_of(tagged, _head_part(tagged, subject)).split()
        group_first = mention.group_first
        if mention.pos == "NOUN" and mention.light_verb is not None:
            group_first = _group_start(tagged, mention.light_verb)
            last = mention.head
        else:
            last = mention.last
        for item in tagged[group_first : last + 1]:
            if item.tag == "ADV" or item.word.text in ('"', "“", "”"):
                continue
            if item.word.lower == "to" and item is tagged[group_first]:
                continue
            words.append(item.word.text)
        if mention.pos == "VERB":
            starts = frozenset(tagged[i].word.start for i in self.covered)
            words += _object(tagged, last + 1, starts)
        elif mention.pos == "NOUN":
            words += _modifier(tagged, mention.head + 1)
        if mention.passive and actors:
            words += ["by", actors[0]]
        return _clean(words)


# ---------------------------------------------------------------------- phrase helpers

_NP_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "POS"})
_GERUND_LINKS = frozenset({"of", "for", "with", "from"})
_RELATIVE_OPENERS = frozenset({"who", "which", "that", "he", "she", "it", "they", "we", "i"})
# Prepositions that a subject noun phrase may hold: "One of Russia's generals in Syria".
_INNER_PREPOSITIONS = frozenset({"of", "in", "from", "at", "near", "on", "for", "with"})


def _controller(
    tagged: Sequence[Tagged], clauses: list[Clause], before: int, covered: frozenset[int]
) -> tuple[int, int] | None:
    found = _controlling_verb(tagged, clauses, before, covered)
    return None if found is None else found[1]


def _controlling_verb(
    tagged: Sequence[Tagged], clauses: list[Clause], before: int, covered: frozenset[int]
) -> tuple[int, tuple[int, int]] | None:
    """The finite verb a subjectless verb at `before` depends on, and that verb's subject."""
    own = next(n for n, c in enumerate(clauses) if c.first <= before <= c.last)
    for position in range(before - 1, -1, -1):
        item = tagged[position]
        if item.tag not in ("VERB", "AUX", "MODAL") or item.word.lower == "to":
            continue
        number = next(n for n, c in enumerate(clauses) if c.first <= position <= c.last)
        if number != own and _is_relative(tagged, clauses[number], covered):
            continue
        group = _group_start(tagged, position)
        if tagged[group].word.lower == "to" or (item.form in ("ing",) and group == position):
            continue
        found = _noun_phrase_before(tagged, group, clauses[number].first, covered)
        if found is not None:
            return position, found
    return None


def _is_relative(tagged: Sequence[Tagged], clause: Clause, covered: frozenset[int]) -> bool:
    """Whether a clause is a relative one: "forces who ...", "a field they captured", "the
    strike that killed"; not a complement ("said late Sunday that ...")."""
    if clause.opener != "that":
        return clause.opener in _RELATIVE_OPENERS
    before = clause.first - 1
    return before >= 0 and tagged[before].tag == "NOUN" and before not in covered


def _is_person(tagged: Sequence[Tagged], span: tuple[int, int]) -> bool:
    """Whether a noun phrase names someone "he" or "she" can stand for."""
    first, last = span
    words = [t.word.lower.rstrip(".") for t in tagged[first : last + 1]]
    if any(w in _ORGANISATION_WORDS for w in words):
        return False
    if any(w in _TITLES for w in words):
        return True
    names = [t for t in tagged[first : last + 1] if t.tag == "PROPN"]
    return (
        tagged[last].tag == "PROPN"
        and not tagged[last].word.text.isupper()
        and (len(names) >= 2 or last == first)
    )


def _group_start(tagged: Sequence[Tagged], verb: int) -> int:
    first = verb
    while first > 0 and tagged[first - 1].tag in ("AUX", "MODAL", "NEG", "ADV"):
        first -= 1
    return first


def _noun_phrase_before(
    tagged: Sequence[Tagged], end: int, limit: int, covered: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The noun phrase that ends just before word `end` (not before `limit`), skipping
    adverbs, a time expression ("Lavrov last week hit out") and an appositive."""
    last = end - 1
    while last >= limit and (
        tagged[last].tag == "ADV" or last in covered or tagged[last].word.text in _QUOTES
    ):
        last -= 1
    if last >= limit and tagged[last].word.text == "," and last in range(limit, end):
        # "Lavrov, the foreign minister, said" or "..., last week, said": the name before.
        opening = last - 1
        while opening >= limit and tagged[opening].word.text not in (",", "("):
            opening -= 1
        if opening > limit and (
            tagged[opening - 1].tag in ("PROPN", "NOUN") or tagged[opening - 1].word.text == ")"
        ):
            last = opening - 1
    if last < limit:
        return None
    if tagged[last].tag == "PRON":
        return (last, last)
    if tagged[last].tag not in ("NOUN", "PROPN", "NUM") and tagged[last].word.text != ")":
        return None
    first = last
    while first - 1 >= limit and first - 1 not in covered:
        before = tagged[first - 1]
        if before.tag in _NP_WORDS or before.word.text in ("(", ")"):
            first -= 1
            continue
        if (
            before.word.text == "."
            and first - 2 >= limit
            and (tagged[first - 2].word.lower in _TITLES)
        ):
            first -= 1  # "Lt. Gen. Valery Asapov"
            continue
        joined = ("NOUN", "PROPN", "NUM", "PRON", "ADJ" if before.word.lower == "and" else "")
        if (
            (before.word.lower in _INNER_PREPOSITIONS or before.word.lower == "and")
            and first - 2 >= limit
            and tagged[first - 2].tag in joined
        ):
            first -= 1
            if tagged[first - 1].tag == "PRON":
                first -= 1  # "One of Russia's top generals", "some of the rebels"
                break
            continue
        break
    while first < last and tagged[first].word.text in ("(", ")"):
        first += 1
    return (first, last)


def _noun_phrase_start(tagged: Sequence[Tagged], head: int) -> int:
    first = head
    while first > 0 and tagged[first - 1].tag in _NP_WORDS:
        first -= 1
    return first


def _object(
    tagged: Sequence[Tagged], start: int, covered_starts: frozenset[int] = frozenset()
) -> list[str]:
    """The words of the object after a verb: a noun phrase, with one "of" phrase."""
    index = start
    words: list[str] = []
    # "hit out at Obama", "retaliate against SDF fighters": one preposition leads in.
    if (
        index < len(tagged)
        and tagged[index].tag == "PREP"
        and tagged[index].word.lower
        in ("at", "against", "on", "for", "to", "with", "into", "from", "over")
    ):
        words.append(tagged[index].word.text)
        index += 1
    if index < len(tagged) and tagged[index].tag == "SUB":
        return words[:0]
    taken = 0
    while index < len(tagged) and taken < 7:
        item = tagged[index]
        if item.word.start in covered_starts:
            break  # "announced late Sunday that": the date is not the object
        if item.tag in _NP_WORDS or (item.tag == "PRON" and taken == 0):
            words.append(item.word.text)
            taken += 1
            index += 1
            following = tagged[index].word.lower if index < len(tagged) else ""
            if item.tag == "PRON" and following != "of":
                break  # "them", but "one of its fighters"
            continue
        if (
            item.word.lower == "of"
            and taken
            and index + 1 < len(tagged)
            and (tagged[index + 1].tag in _NP_WORDS)
        ):
            words.append(item.word.text)
            index += 1
            continue
        break
    if words and tagged[start].tag == "PREP" and len(words) == 1:
        return []
    return words


def _modifier(tagged: Sequence[Tagged], start: int) -> list[str]:
    """ "by ISIS", "on the town", "of the general": one short phrase after an event noun."""
    if start >= len(tagged) or tagged[start].word.lower not in (
        "by",
        "on",
        "of",
        "against",
        "in",
        "into",
        "from",
    ):
        return []
    words = _object(tagged, start + 1)
    if not words or len(words) > 6:
        return []
    return [tagged[start].word.text, *words]


def _agent(tagged: Sequence[Tagged], mention: Mention) -> tuple[int, int] | None:
    """The "by" phrase of a passive verb or an event noun: "killed by mortar fire from ISIS"."""
    if not (mention.passive or mention.pos == "NOUN"):
        return None
    index = mention.last + 1
    limit = min(len(tagged), index + 4)
    while index < limit and tagged[index].word.lower != "by":
        if tagged[index].tag in ("PUNCT", "SUB", "VERB"):
            return None
        index += 1
    if index >= limit:
        return None
    first = index + 1
    last = first
    while last < len(tagged) and (
        tagged[last].tag in _NP_WORDS or tagged[last].word.text in ("(", ")")
    ):
        last += 1
    if last == first:
        return None
    span = (first, last - 1)
    # "mortar fire from ISIS": the one who fired is the name after "from" or "of".
    if (
        not any(t.tag == "PROPN" for t in tagged[first:last])
        and last < len(tagged)
        and (tagged[last].word.lower in ("from", "of"))
    ):
        name_first = last + 1
        name_last = name_first
        while name_last < len(tagged) and tagged[name_last].tag in _NP_WORDS:
            name_last += 1
        if name_last > name_first and any(t.tag == "PROPN" for t in tagged[name_first:name_last]):
            return (name_first, name_last - 1)
    return span


def _possessor(tagged: Sequence[Tagged], head: int) -> str | None:
    """ "ISIS's attack": the name before the possessive, if the noun has one."""
    index = head - 1
    while index >= 0 and tagged[index].tag in ("ADJ", "NOUN"):
        index -= 1
    if index >= 1 and tagged[index].tag == "POS" and tagged[index - 1].tag == "PROPN":
        first = index - 1
        while first > 0 and tagged[first - 1].tag == "PROPN":
            first -= 1
        return _text_of(tagged, (first, index - 1))
    return None


def _name_of(tagged: Sequence[Tagged], span: tuple[int, int]) -> str:
    """A noun phrase as an actor's name: a name without its article ("Russian Defense
    Ministry"), a description with it ("the army"), and no aside in parentheses."""
    first, last = span
    named = any(t.tag == "PROPN" for t in tagged[first : last + 1])
    while (
        named
        and first < last
        and tagged[first].tag == "DET"
        and tagged[first].word.lower in ("the", "a", "an")
    ):
        first += 1
    words: list[str] = []
    depth = 0
    for item in tagged[first : last + 1]:
        if item.tag == "PREP" and item.word.lower != "of" and words:
            break  # "generals in Syria": the name is the head, not where it stands
        if item.word.text == "(":
            depth += 1
            continue
        if item.word.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth == 0:
            words.append(item.word.text)
    return _join(words)


def _head_part(tagged: Sequence[Tagged], span: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase up to where a preposition other than "of" begins its tail."""
    first, last = span
    for index in range(first + 1, last + 1):
        if tagged[index].tag == "PREP" and tagged[index].word.lower != "of":
            return (first, index - 1)
    return span


def _text_of(tagged: Sequence[Tagged], span: tuple[int, int]) -> str:
    first, last = span
    return _join([t.word.text for t in tagged[first : last + 1]])


def _join(words: list[str]) -> str:
    text = " ".join(words)
    for mark in (" 's", " '", " ,", " .", " )", "( ", " n't"):
        text = text.replace(mark, mark.strip() if mark != "( " else "(")
    return text


def _clean(words: list[str]) -> str:
    words = [w for w in words if w not in ('"', "“", "”", "(", ")")]
    return _join(words[:_MAX_DESCRIPTION])


def _according_to(tagged: Sequence[Tagged]) -> tuple[str, int] | None:
    """ "according to Tass": the named source, and where the phrase begins."""
    for index in range(len(tagged) - 2):
        if tagged[index].word.lower == "according" and tagged[index + 1].word.lower == "to":
            first = index + 2
            last = first
            while last < len(tagged) and (
                tagged[last].tag in _NP_WORDS or tagged[last].word.text in ("(", ")")
            ):
                last += 1
            if last > first:
                return _name_of(tagged, (first, last - 1)), index
    return None


def _complement(
    tagged: Sequence[Tagged], clauses: list[Clause], mentions: list[Mention], index: int
) -> list[int]:
    """The mentions a reporting or intensional verb governs: the rest of its clause and the
    clauses after it, or, for "..., the SDF said" and "..., said Tass", all before it."""
    mention = mentions[index]
    opening = _postposed(tagged, mention)
    if opening is not None:
        return [i for i, m in enumerate(mentions) if m.head < opening]
    governed = []
    # After "said that ..." an adverbial clause still belongs to what was said ("that he
    # was killed while advising ..."); after a bare verb it is the story speaking again.
    stops = {";", "but", "whereas"}
    following = clauses[mention.clause + 1].opener if mention.clause + 1 < len(clauses) else ""
    if following not in ("that", "quote"):
        stops = set(_NOT_COMPLEMENT)
    for other_index, other in enumerate(mentions):
        if other.head <= mention.last:
            continue
        opener = clauses[other.clause].opener
        if other.clause != mention.clause and opener in stops:
            break
        governed.append(other_index)
    return governed


def _postposed(tagged: Sequence[Tagged], mention: Mention) -> int | None:
    """Where a reporting clause put after what it reports begins: '..., the group added',
    '"...," said Tass', or None if the verb does not come after a comma or quotation."""
    position = mention.group_first - 1
    while position >= 0 and (
        tagged[position].tag in _NP_WORDS or tagged[position].tag in ("PRON", "ADV")
    ):
        position -= 1
    if position <= 0 or mention.group_first - position > 8:
        return None
    if tagged[position].word.text not in (",", '"', "”"):
        return None
    # Something must have been said before: "On Monday, Ryabkov told ..." reports nothing
    # before its comma.
    if not any(t.tag in ("VERB", "AUX") for t in tagged[:position]):
        return None
    # And nothing but a short phrase may follow the verb: "..., he said in a statement."
    rest = [t for t in tagged[mention.last + 1 :] if t.tag != "PUNCT"]
    inverted = bool(rest) and rest[0].tag in ("PROPN", "DET") and len(rest) <= 8
    if len(rest) > 4 and not (inverted and all(t.tag in _NP_WORDS for t in rest)):
        return None  # '"...," said the state news agency Tass' is inverted; more is not
    return position


def _to_follows(tagged: Sequence[Tagged], mention: Mention) -> bool:
    following = mention.last + 1
    return following < len(tagged) and tagged[following].word.lower in ("to", "that")


_QUOTES = frozenset({'"', "“", "”"})


def _quoted_words(tagged: Sequence[Tagged], open_at_start: bool) -> set[int]:
    inside = open_at_start
    quoted: set[int] = set()
    for index, item in enumerate(tagged):
        if item.word.text in _QUOTES:
            inside = not inside
            continue
        if inside:
            quoted.add(index)
    return quoted


def _dates_event(timex: Timex) -> bool:
    # A date or time dates an event; a length or a repetition does not.
    return timex.type in (TimexType.DATE, TimexType.TIME) and timex.interval is not None


def _adjacent(tagged: Sequence[Tagged], mention: Mention, first: int, timex: Timex) -> bool:
    """Whether the expression modifies the mention directly: "the attack on Sunday",
    "Sunday's vote", "last week's strike", "hit out last week"."""
    if first > mention.last:
        gap = tagged[mention.last + 1 : first]
        if mention.pos == "NOUN":
            return len(gap) == 1 and gap[0].tag == "PREP"  # "the attack on Sunday"
        return len(gap) <= 1 and all(t.tag == "PREP" for t in gap)
    words = len(timex.text.split())
    end = first + words
    gap = tagged[end : mention.group_first]
    return len(gap) <= 1 and all(t.tag in ("POS", "ADV") for t in gap)


def _present_report(mention: Mention) -> bool:
    # "Moscow denies it", "the ministry says": a statement in the present tense is made
    # when the story is published.
    return (
        mention.pos == "VERB"
        and mention.tense == "PRESENT"
        and mention.aspect == "NONE"
        and (
            mention.event_class is EventClass.REPORTING
            or (mention.lemma in lx.CLASS_OF_LEMMA and mention.lemma in _SPEECH)
        )
    )
