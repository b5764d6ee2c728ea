"""`extract`: a news story's text to a timeline of the events it tells, dated and sourced.

The steps, each in its own module: sentences and boilerplate (`_text`), word classes
(`_tagger`), clauses (`_syntax`), event mentions (`_mentions`); here, what a reader needs
of each mention: who did it (the subject, or a passive's agent), who says so (the
reporting clause or "according to"), how far the story vouches for it, a short
description built from the clause, and the time expression that dates it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

import attrs

from .._errors import InvalidTypeError, TimelineError
from .._events import EventClass, Factuality, Timeline
from .._tagging import tag
from .._time import Grain, Timex, TimexType, resolve
from .._time._genre import Genre, genre_of
from .._time._published import ISO_EXAMPLES, coerce_date
from ._dating import (
    adjacent,
    date_what_is_due,
    dates_event,
    day_of,
    in_speaker_time,
    just_before,
    present_report,
    share_when,
    shortly_after,
)
from ._lexicon import words_of
from ._mentions import Mention, find_mentions
from ._phrases import (
    GERUND_LINKS,
    INTRODUCING,
    agent_of,
    clean,
    controller,
    controlling_verb,
    group_start,
    head_part,
    inverted_subject,
    is_person,
    modifier,
    name_of,
    noun_phrase_before,
    noun_phrase_start,
    object_after,
    possessor,
    text_of,
)
from ._reports import (
    DISPUTING,
    FIRST_PERSON,
    PERSONAL,
    SPEECH,
    according_to,
    complement,
    postposed,
    quoted_words,
    to_follows,
)
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


def extract(
    text: str, published: date | datetime | str, *, genre: Genre | str | None = None
) -> Timeline:
    """The timeline of a news story: one event per event mention, dated where the text says.

    Args:
        text: the story, as plain text (one paragraph a line, or hard-wrapped).
        published: its publication date: a `date`, a `datetime` (naive is UTC) or an ISO
            string ("2017-09-25", "2017-09-25T14:30+02:00").
        genre: ``"news"`` (the default with a publication date) or ``"narrative"``: what
            anchors a date without a year (see `timeline.Genre`).

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


def analyse(
    text: str, published: date | datetime | str, *, genre: Genre | str | None = None
) -> Analysis:
    """Read `text` into sentences, mentions and time expressions (see `extract`)."""
    if not isinstance(text, str):
        raise InvalidTypeError(f"extract: text: expected a str, got {type(text).__name__}")
    try:
        genre_of(genre, None)
    except TimelineError as error:
        raise type(error)(f"extract: {error}") from None
    moment = _published(published)
    timexes = tuple(tag(text, moment, genre=genre))
    analysed: list[SentenceAnalysis] = []
    common = frozenset(_LOWER_WORD.findall(text))
    for sentence in sentences(text):
        if sentence.boilerplate:
            continue
        tagged = tag_sentence(sentence, common)
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


# Classes whose subject says, wants, plans or sees: a person or an organisation.
_SPEAKING = frozenset(
    {EventClass.REPORTING, EventClass.I_ACTION, EventClass.I_STATE, EventClass.PERCEPTION}
)
# Verbs that, in the passive, put the event they are said of at their date.
_SCHEDULING = words_of("schedule set plan expect slate postpone delay move push reschedule fix due")
# Clauses in which a present tense tells what is to come (or what always happens), not what
# is being said as the story is published.
_TEMPORAL_OR_CONDITIONAL = frozenset(
    {"when", "whenever", "once", "until", "till", "before", "after", "if", "unless"}
)
_REMEMBERED = 30  # names a pronoun may point back to
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+\b")


def _start(timex: Timex) -> int:
    assert timex.span is not None, "only expressions with a span are kept"
    return timex.span[0]


def _published(value: object) -> date | datetime:
    # Read as every entry point reads a publication date; a story must have one.
    published = coerce_date(value, "extract: published")
    if published is None:
        raise InvalidTypeError(
            f"extract: published: expected a date, a datetime or {ISO_EXAMPLES}, got None"
        )
    return published


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
        self.next_timex = 0  # the first expression not before the sentence being read
        self.inside: list[Timex] = []  # the expressions of the sentence being read
        # Subjects so far: the name, whether it is plural, whether it is a proper name.
        self.named: list[tuple[str, bool, bool]] = []
        self.people: list[str] = []  # of which, names that can be "he" or "she"
        self.open_quote = False  # a quotation runs on from an earlier sentence
        self.quote_speaker: str | None = None  # who spoke the latest quotation
        self.sentence_speaker: str | None = None  # who speaks this sentence's quotation
        self.covered: frozenset[int] = frozenset()
        self.count = 0
        self.quote_open_before = False  # whether a quotation was open as the sentence began
        # The last day (or finer) the story told that is before the publication day: the
        # time its past-tense narration is at, and so when an undated quote was spoken.
        self.told: Timex | None = None
        self.focus: Timex | None = None  # the last day (or finer) told, whenever it is
        self.paragraph = 0  # which paragraph the sentence being read is in
        self.focus_paragraph = -1  # the paragraph `focus` was told in
        self.focus_from = -1  # the word `focus` was told at, if in the sentence being read
        self.last_end = 0  # where the sentence before ended

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
        self.inside = self._timexes_in(analysed.sentence)
        self.covered = self._timex_words(analysed)
        if "\n" in self.text[self.last_end : analysed.sentence.start]:
            self.paragraph += 1
        self.last_end = analysed.sentence.end
        self.sentence_speaker = self._speaker(tagged, clauses, mentions)
        if not mentions:
            # A day told with no event found on it still moves the narration there.
            quoted = quoted_words(tagged, self.open_quote)
            starts = {t.word.start for i, t in enumerate(tagged) if i not in quoted}
            for timex in self.inside:
                if timex.span is not None and timex.span[0] in starts:
                    self._follow(timex)
            self.focus_from = -1
            self._remember_quote(tagged, None)
            return []
        subjects: list[tuple[int, int] | None] = []
        actors: list[tuple[str, ...]] = []
        names: list[str | None] = []
        for mention in mentions:
            subject = self._subject(tagged, clauses, mention, mentions, subjects)
            subjects.append(subject)
            speaker = mention.event_class in _SPEAKING
            names.append(
                None if subject is None else self._resolve(tagged, subject, speaker=speaker)
            )
            found = self._actors(tagged, mention, subject)
            actors.append(found)
            # Name as we go, so that "it" and "they" later in the sentence find them.
            if mention.pos == "VERB" and subject is not None and found and not mention.passive:
                self._name(found[0], tagged, subject)
        self.quote_open_before = self.open_quote
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

    def _speaker(
        self, tagged: list[Tagged], clauses: list[Clause], mentions: list[Mention]
    ) -> str | None:
        """Who speaks the sentence's quotation: the subject of its reporting verb."""
        if not any(t.word.lower == '"' for t in tagged):
            return None
        for mention in mentions:
            if mention.event_class is not EventClass.REPORTING or mention.pos != "VERB":
                continue
            span = inverted_subject(tagged, mention) or noun_phrase_before(
                tagged, mention.group_first, clauses[mention.clause].first, self.covered
            )
            if span is not None and not (span[0] == span[1] and tagged[span[0]].tag == "PRON"):
                return name_of(tagged, span)
        return None

    def _timexes_in(self, sentence: Sentence) -> list[Timex]:
        """The time expressions that start in `sentence`, read in one pass over the story:
        sentences come in text order, and so do the expressions."""
        timexes = self.timexes
        while self.next_timex < len(timexes) and _start(timexes[self.next_timex]) < sentence.start:
            self.next_timex += 1
        found = []
        position = self.next_timex
        while position < len(timexes) and _start(timexes[position]) < sentence.end:
            found.append(timexes[position])
            position += 1
        return found

    def _timex_words(self, analysed: SentenceAnalysis) -> frozenset[int]:
        """Indices of the sentence's words inside a time expression."""
        spans = [t.span for t in self.inside if t.span is not None]
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
                group = group_start(tagged, mention.light_verb)
                return noun_phrase_before(tagged, group, clauses[mention.clause].first, covered)
            return None
        clause = clauses[mention.clause]
        first = mention.group_first
        inverted = inverted_subject(tagged, mention)
        if inverted is not None:
            return inverted
        infinitive = tagged[first].word.lower == "to"
        participle = mention.tense in ("PRESPART", "PASTPART") and first == mention.head
        if not infinitive:
            limit = clause.first
            if participle and first > 0 and tagged[first - 1].tag in ("PROPN", "NOUN", "PRON"):
                limit = 0  # "with Moscow blaming", "fighters firing on troops"
            elif participle and first > 1 and tagged[first - 1].word.lower in GERUND_LINKS:
                # "accused Russian warplanes of bombing": the doer is the object before.
                found = noun_phrase_before(tagged, first - 1, clause.first, covered)
                if found is not None:
                    return found
                limit = first
            elif participle:
                limit = first  # "..., killing one of its fighters": no subject of its own
            found = noun_phrase_before(tagged, first, limit, covered)
            if found is None and clause.opener in ("who", "which", "that") and clause.first > 0:
                # A relative clause's subject is the noun it follows: "forces who attacked".
                before = clause.first - 1
                while before >= 0 and tagged[before].word.lower == ",":
                    before -= 1
                found = noun_phrase_before(tagged, before + 1, 0, covered)
            if found is not None:
                return found
        # An infinitive, a participle or a verb with no subject of its own takes the
        # subject of the verb it depends on: the last finite verb before it (a copula
        # too: "Asapov was at a post, assisting ...") outside a relative clause.
        return controller(tagged, clauses, first, covered)

    def _actors(
        self, tagged: list[Tagged], mention: Mention, subject: tuple[int, int] | None
    ) -> tuple[str, ...]:
        agent = agent_of(tagged, mention)
        if agent is not None:
            return (name_of(tagged, agent),)
        if mention.pos == "NOUN" and mention.light_verb is None:
            owner = possessor(tagged, mention.head)
            return () if owner is None else (owner,)
        if subject is None or mention.passive:
            return ()
        name = self._resolve(tagged, subject, speaker=mention.event_class in _SPEAKING)
        return () if name is None else (name,)

    def _resolve(
        self, tagged: list[Tagged], span: tuple[int, int], *, speaker: bool = False
    ) -> str | None:
        """The name a subject stands for; `speaker` when its verb says, wants or sees,
        which a company or a person does and a profit does not ("it warned")."""
        first, last = span
        if first == last and tagged[first].tag == "PRON":
            pronoun = tagged[first].word.lower
            if pronoun in FIRST_PERSON:
                return self.sentence_speaker or self.quote_speaker
            if pronoun in PERSONAL:
                return self.people[-1] if self.people else None
            plural = pronoun in ("they", "them")
            if pronoun in ("it", "they", "them", "who", "which"):
                # "it" is one thing, "they" many, or an organisation ("the SDF said they").
                fitting = [
                    (name, proper)
                    for name, many, proper in reversed(self.named)
                    if pronoun in ("who", "which") or many == plural or (plural and name.isupper())
                ]
                if speaker:
                    named = [name for name, proper in fitting[:6] if proper]
                    if named:
                        return named[0]
                if fitting:
                    return fitting[0][0]
            return None
        return name_of(tagged, span)

    def _name(self, name: str, tagged: list[Tagged], span: tuple[int, int]) -> None:
        first, last = span
        if first == last and tagged[first].tag == "PRON":
            return
        head = tagged[last]
        plural = (head.tag == "NOUN" and head.word.lower.endswith("s")) or any(
            t.word.lower == "and" for t in tagged[first : last + 1]
        )
        # A pronoun points back a few sentences at most: remember the last names only,
        # so that a long story costs no more per sentence than a short one.
        proper = any(t.tag == "PROPN" for t in tagged[first : last + 1])
        self.named = [*self.named[-_REMEMBERED:], (name, plural, proper)]
        if is_person(tagged, span):
            self.people = [*self.people[-_REMEMBERED:], name]

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
                mention.event_class is EventClass.REPORTING or lemma in SPEECH
            )
            intention = mention.event_class in (EventClass.I_ACTION, EventClass.I_STATE)
            if not speech and not intention:
                continue
            who = actors[index][0] if actors[index] else None
            if speech and mention.event_class is EventClass.REPORTING and speaker is None:
                speaker = who
            disputed = lemma in DISPUTING or mention.polarity.value == "NEG"
            infinitive = to_follows(tagged, mention) and tagged[mention.last + 1].word.lower == "to"
            for other in complement(tagged, clauses, mentions, index):
                if speech and infinitive:
                    # "vowed to strike", "threatened to leave": an intention, not a report.
                    if factualities[other] is Factuality.ASSERTED:
                        factualities[other] = Factuality.POSSIBLE
                elif speech:
                    if sources[other] is None and not disputed:
                        sources[other] = who
                    if factualities[other] is Factuality.ASSERTED:
                        factualities[other] = Factuality.REPORTED
                elif factualities[other] is Factuality.ASSERTED and (
                    mention.event_class is EventClass.I_STATE or to_follows(tagged, mention)
                ):
                    factualities[other] = Factuality.POSSIBLE
        for index, mention in enumerate(mentions):
            if clauses[mention.clause].opener in ("if", "unless", "whether"):
                factualities[index] = Factuality.POSSIBLE  # a condition, not a fact
        # A quotation with no reporting verb of its own goes on speaking for the speaker
        # of the quotation before it ("We will not stand by," after "the SDF said").
        quoted = quoted_words(tagged, self.open_quote)
        if speaker is None and quoted and self.quote_speaker is not None:
            for index, mention in enumerate(mentions):
                if sources[index] is None and mention.head in quoted:
                    sources[index] = self.quote_speaker
                    if factualities[index] is Factuality.ASSERTED:
                        factualities[index] = Factuality.REPORTED
        according = according_to(tagged)
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
        marks = sum(1 for t in tagged if t.word.lower == '"')
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
        inside = self.inside
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
            best: tuple[int, Timex, int] | None = None
            # "Rebels took the town on Friday, the army said": the date is the taking's.
            # (Only a verb that reports can be such a clause: in "At noon, the craft, the
            # first one built here, stopped" the comma ends an aside, not a report.)
            reports = mention.event_class is EventClass.REPORTING or mention.lemma in SPEECH
            reported_before = (
                postposed(tagged, mention) if mention.pos == "VERB" and reports else None
            )
            for timex, first, clause in anchored:
                if not dates_event(timex):
                    continue
                if reported_before is not None and first < reported_before:
                    continue
                if clause != mention.clause and not adjacent(tagged, mention, first, timex):
                    continue
                if mention.tense == "INFINITIVE" and first < mention.group_first:
                    # "raised rates on Monday to curb prices": an infinitive's phrase begins
                    # at its "to", so what comes before modifies the verb it hangs on.
                    continue
                if (mention.pos != "VERB" or mention.tense in ("PASTPART", "PRESPART")) and not (
                    adjacent(tagged, mention, first, timex)
                ):
                    # A noun or a participle ("an alliance backed by the U.S.") is dated
                    # only by an expression that modifies it directly.
                    continue
                distance = abs(first - mention.head)
                if best is None or distance < best[0]:
                    best = (distance, timex, first)
            if best is not None:
                dates[index] = just_before(tagged, best[2], best[1], self.text) or best[1]
        self._relative_dates(tagged, mentions, anchored, dates)
        for index, mention in enumerate(mentions):
            opener = clauses[mention.clause].opener
            if dates[index] is None and mention.pos == "VERB" and opener == "participle":
                # "..., killing one of its fighters": at the time of the verb it hangs on.
                found = controlling_verb(tagged, list(clauses), mention.head, self.covered)
                heads = {m.head: i for i, m in enumerate(mentions)}
                if found is not None and found[0] in heads:
                    dates[index] = dates[heads[found[0]]]
        share_when(tagged, clauses, mentions, dates)
        date_what_is_due(tagged, clauses, mentions, anchored, dates)
        for index, mention in enumerate(mentions):
            if clauses[mention.clause].opener in _TEMPORAL_OR_CONDITIONAL:
                continue  # "will act when the auditors report": a present tells what is to come
            if dates[index] is None and present_report(mention):
                dates[index] = self._publication()
        for index, mention in enumerate(mentions):
            if mention.passive and mention.lemma in _SCHEDULING and dates[index] is not None:
                # "The sentencing is scheduled for January 12": that is when it happens.
                for other, event in enumerate(mentions):
                    if (
                        event.pos == "NOUN"
                        and event.clause == mention.clause
                        and (event.head < mention.group_first and dates[other] is None)
                    ):
                        dates[other] = dates[index]
        shortly_after(tagged, mentions, anchored, dates, self.focus, self.text)
        self._speaker_deixis(tagged, mentions, anchored, dates)
        self._narrated(tagged, clauses, mentions, dates)  # after the sentence's own days
        return dates

    def _speaker_deixis(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        anchored: list[tuple[Timex, int, int]],
        dates: list[Timex | None],
    ) -> None:
        """Read "tonight", "today" or "on Friday" in a quotation from when it was spoken.

        A deictic expression means the speaker's now, not the reader's: in '"Tonight we
        won," she said' the night is the speech's. The speech is dated by its reporting
        verb's date, or, said in the past tense with none, by the day the story's narration
        is at (the last day it told before the publication day). Then the story's last
        day told moves on with the dates of the events told outside quotations.
        """
        quoted = quoted_words(list(tagged), self.quote_open_before)
        if quoted:
            speech = self._speech_day(tagged, mentions, dates, quoted)
            published = self._publication().anchor
            for index, mention in enumerate(mentions):
                when = dates[index]
                if speech is None or when is None or mention.head not in quoted:
                    continue
                first = next((f for t, f, _ in anchored if t is when), None)
                if first in quoted and when.anchor == published:
                    dates[index] = in_speaker_time(when, speech, self.published, mention.tense)
        self.focus_from = -1
        if not any(dates):
            for timex, first, _ in anchored:
                if first not in quoted and self._follow(timex):  # no event found on it
                    self.focus_from = first
        for index, mention in enumerate(mentions):
            when = dates[index]
            if mention.head in quoted or when is None or when.text == "published":
                continue  # the speaker's time, or a report made as the story is published
            if self._follow(when, statement=_states(mention)):
                self.focus_from = mention.head

    def _narrated(
        self,
        tagged: Sequence[Tagged],
        clauses: Sequence[Clause],
        mentions: list[Mention],
        dates: list[Timex | None],
    ) -> None:
        """Date the undated events a paragraph narrates after it told their day.

        Past-tense sentences that go on narrating ("In the afternoon protesters clashed
        with police. Officers fired tear gas.") stay at the time the narration is at: a
        reader puts them on that day. Only within the paragraph that told the day, and
        only events the story tells as done: not a report (its statement may come
        later), a perfect (before then), a negated or modal one, a quotation, a complement
        or a relative clause.
        """
        if self.focus is None or self.focus_paragraph != self.paragraph:
            return
        day = day_of(self.focus)
        if day is None:
            return
        quoted = quoted_words(list(tagged), self.quote_open_before)
        for index, mention in enumerate(mentions):
            if (
                dates[index] is None
                and _past_narration(mention)
                and not _calls_for(tagged, mention)
                and not _ordered(tagged, clauses[mention.clause])
                and clauses[mention.clause].opener in _NARRATING
                and mention.head not in quoted
                and mention.head > self.focus_from  # narration runs on, not back
            ):
                dates[index] = day

    def _follow(self, when: Timex, *, statement: bool = False) -> bool:
        """Move the narration's day to `when` if it names a day or a time in one (say
        whether it moved).

        The day of a `statement` ("On Monday the group accused ...") is when something was
        said, which dates an undated quotation but not what the paragraph goes on to
        narrate: that may have happened before it was told.
        """
        if not dates_event(when) or when.interval is None or when.interval.grain > Grain.DAY:
            return False
        if when.type is TimexType.TIME and when.span is not None:
            opening = when.span[0] == 0 or self.text[when.span[0] - 1] == "\n"
            if opening:
                return False  # a live blog's post stamp: when it was written, not happened
        publication = self._publication().interval
        assert publication is not None, "the publication day is a day"
        self.told = when if when.interval.end <= publication.start else None
        if statement:
            if self.focus_paragraph != self.paragraph:
                self.focus = None  # nothing narrated on a day in this paragraph yet
            return False
        self.focus = when
        self.focus_paragraph = self.paragraph
        return True

    def _speech_day(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        dates: list[Timex | None],
        quoted: set[int],
    ) -> Timex | None:
        """When the sentence's quotation was spoken, if before the publication day."""
        for index, mention in enumerate(mentions):
            if (
                mention.pos == "VERB"
                and mention.event_class is EventClass.REPORTING
                and mention.head not in quoted
            ):
                if mention.tense != "PAST":
                    return None  # "she says": spoken as the story is published
                when = dates[index]
                if when is not None and when.interval is not None:
                    return when
                return self.told
        return None

    def _relative_dates(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        anchored: list[tuple[Timex, int, int]],
        dates: list[Timex | None],
    ) -> None:
        """Date "two days after heavy rain began" from the event it counts from, or that
        event from the one before the phrase ("resigned on Tuesday, a week after a paper
        reported it": the report is a week before Tuesday)."""
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
            if not anchors:
                continue
            if dates[anchors[0]] is None:
                self._count_back(tagged, mentions, dates, timex, first, after, anchors[0])
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

    def _count_back(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        dates: list[Timex | None],
        timex: Timex,
        first: int,
        after: int,
        target: int,
    ) -> None:
        """Date the event after "a week after" from the dated event the phrase follows."""
        before = [
            i
            for i, m in enumerate(mentions)
            if m.head < first and m.pos == "VERB" and dates[i] is not None
        ]
        if not before:
            return
        known = dates[before[-1]]
        assert known is not None
        assert timex.span is not None
        opposite = "earlier" if tagged[after].word.lower == "after" else "later"
        try:
            counted = resolve(f"{timex.text} {opposite}", self.published, reference=known)
        except TimelineError:
            return
        phrase_end = tagged[after].word.end
        dates[target] = attrs.evolve(
            counted, text=self.text[timex.span[0] : phrase_end], span=(timex.span[0], phrase_end)
        )

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
            first = noun_phrase_start(tagged, mention.head)
            words = [t.word.text for t in tagged[first : mention.head + 1]]
            words += modifier(tagged, mention.head + 1)
            return clean(words)
        if subject is not None and not mention.passive:
            named = any(t.tag == "PROPN" for t in tagged[subject[0] : subject[1] + 1])
            if name is None or (named or tagged[subject[0]].tag == "PRON"):
                words = (name or text_of(tagged, head_part(tagged, subject))).split()
            else:
                words = text_of(tagged, head_part(tagged, subject)).split()
        elif subject is not None:
            words = text_of(tagged, head_part(tagged, subject)).split()
        group_first = mention.group_first
        if mention.pos == "NOUN" and mention.light_verb is not None:
            group_first = group_start(tagged, mention.light_verb)
            last = mention.head
        else:
            last = mention.last
        for item in tagged[group_first : last + 1]:
            if item.tag == "ADV" or item.word.lower == '"':
                continue
            if item.word.lower == "to" and item is tagged[group_first]:
                continue
            words.append(item.word.text)
        if mention.pos == "VERB":
            starts = frozenset(tagged[i].word.start for i in self.covered)
            obj = object_after(tagged, last + 1, starts)
            after = last + 1 + len(obj)
            if (
                mention.event_class in INTRODUCING
                and after < len(tagged)
                and (tagged[after].tag in ("VERB", "AUX", "MODAL"))
            ):
                obj = []  # "Tass said a shell struck": the shell is what was said, not the object
            words += obj
        elif mention.pos == "NOUN":
            words += modifier(tagged, mention.head + 1)
        if mention.passive and actors:
            words += ["by", actors[0]]
        return clean(words)


# Clauses that go on narrating: a main clause, one joined to it, or an adverbial one.
# ("before" is not: "landed before the storm arrived" tells an arrival still to come.)
_NARRATING = frozenset({"", "and", "but", "after", "as", "while", "participle", ";"})


def _past_narration(mention: Mention) -> bool:
    return (
        mention.pos == "VERB"
        and mention.tense == "PAST"
        and mention.aspect == "NONE"
        and mention.polarity.value == "POS"
        and mention.modality is None
        and not _states(mention)
    )


def _states(mention: Mention) -> bool:
    """Whether the mention says or judges something: a report, a claim, a blame."""
    return (
        mention.event_class is EventClass.REPORTING
        or mention.lemma in SPEECH
        or mention.lemma in _JUDGING
    )


# Words that order a clause's event after (or before) another: "reached the village after
# the earthquake", "days later". The order is the story's link to tell, not the same day.
_ORDERING = words_of("after before later afterwards afterward subsequently eventually since until")


def _ordered(tagged: Sequence[Tagged], clause: Clause) -> bool:
    # (A clause that "after" opens is ordered from its main clause, which it follows; its
    # own event is narrated as any other.)
    return any(t.word.lower in _ORDERING for t in tagged[clause.first + 1 : clause.last + 1])


def _calls_for(tagged: Sequence[Tagged], mention: Mention) -> bool:
    # "called for an inquiry", "called on the minister": a demand, said as "urged" is (but
    # "police were called" were summoned).
    following = mention.last + 1
    return (
        mention.lemma == "call"
        and following < len(tagged)
        and tagged[following].word.lower in ("for", "on")
    )


# Verbs that say what someone thinks of an event: like a report, said when the speaker
# chose, which need not be the day the paragraph narrates.
_JUDGING = words_of(
    """blame criticise criticize condemn urge demand praise welcome apologise apologize
    thank appeal ask"""
)


# ---------------------------------------------------------------------- phrase helpers
