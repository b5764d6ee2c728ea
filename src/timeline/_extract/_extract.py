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
from .._time import Timex
from .._time._genre import Genre, genre_of
from .._time._published import ISO_EXAMPLES, coerce_date
from ._mentions import Mention, find_mentions
from ._phrases import (
    GERUND_LINKS,
    agent_of,
    antecedent,
    controller,
    describe,
    group_start,
    inverted_subject,
    is_person,
    name_of,
    noun_phrase_before,
    possessor,
    words_in_spans,
)
from ._reports import (
    DISPUTING,
    FIRST_PERSON,
    IMPLICATIVE,
    PERSONAL,
    SPEECH,
    according_to,
    complement,
    given_as_a_reason,
    object_and_to,
    quoted_words,
    to_follows,
)
from ._syntax import Clause, split_clauses
from ._tagger import Tagged, tag_sentence
from ._text import Sentence, sentences
from ._when import Dater

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
    text: str,
    published: date | datetime | str,
    *,
    genre: Genre | str | None = None,
    infer_links: bool = False,
) -> Timeline:
    """The timeline of a news story: one event per event mention, dated where the text says.

    Args:
        text: the story, as plain text (one paragraph a line, or hard-wrapped).
        published: its publication date: a `date`, a `datetime` (naive is UTC) or an ISO
            string ("2017-09-25", "2017-09-25T14:30+02:00").
        genre: ``"news"`` (the default with a publication date) or ``"narrative"``: what
            anchors a date without a year (see `timeline.Genre`).
        infer_links: also link causes no cue word states ("traffic came to a halt as
            farmers parked their tractors across the road"), read by a small model
            trained on news sentences. Such links are marked `Link.inferred`; about 6 in
            10 join the right two events, so they are leads to check, not what the story
            says. Off by default: every other link rests on a cue the text states.

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
    if not isinstance(infer_links, bool):
        raise InvalidTypeError(
            f"extract: infer_links: expected True or False, got {type(infer_links).__name__} "
            f"{infer_links!r}"
        )
    return timeline_of(analyse(text, published, genre=genre), infer_links=infer_links)


def timeline_of(
    analysis: Analysis, *, keep: frozenset[str] | None = None, infer_links: bool = False
) -> Timeline:
    """The timeline of an analysed story: every mention's event, or those in `keep`; with
    `infer_links`, the links the learned reader infers too."""
    timeline = Timeline(published=analysis.published)
    from ._links import find_links  # it reads this module's types

    found = find_links(analysis, learned=infer_links)
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
            timeline.link(
                link.source,
                link.relation,
                link.target,
                evidence=link.evidence,
                inferred=link.inferred,
                evidence_span=link.span,
                possible=link.possible,
            )
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
        self.dater = Dater(text, published)  # what the story has dated so far

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
        self.dater.begin(analysed.sentence)
        self.sentence_speaker = self._speaker(tagged, clauses, mentions)
        if not mentions:
            self.dater.without_events(tagged, self.inside, self.open_quote)
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
        quote_open = self.open_quote  # (attribution reads on past the sentence's quotes)
        sources, factualities = self._attribution(tagged, clauses, mentions, actors)
        dates = self.dater.dates(analysed, mentions, self.inside, self.covered, quote_open)
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
                    describe(
                        tagged, mention, subjects[index], names[index], actors[index], self.covered
                    ),
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
        return words_in_spans(analysed.tagged, [t.span for t in self.inside if t.span is not None])

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
            # A relative clause's subject is the noun it follows: "forces who attacked".
            found = noun_phrase_before(tagged, first, limit, covered) or antecedent(
                tagged, clause, covered
            )
            if found is None and clause.opener in ("main", "resumed") and mention.clause > 0:
                aside = clauses[mention.clause - 1]
                if aside.opener in ("which", "who", "that"):
                    # "The fares, which rose on Friday, have been frozen": the subject is
                    # the noun the aside hangs on.
                    found = antecedent(tagged, aside, covered)
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
            # An intention noun governs only what it introduces ("plans to close", "the
            # hope that ..."); as a subject ("hopes were dashed") it governs nothing.
            after = tagged[mention.last + 1].word.lower if mention.last + 1 < len(tagged) else ""
            intention = mention.event_class in (EventClass.I_ACTION, EventClass.I_STATE) and (
                mention.pos != "NOUN" or after in ("to", "that", "of", "for")
            )
            if lemma in IMPLICATIVE and mention.tense == "PAST" and mention.polarity.value == "POS":
                intention = False  # "forced police to shut the road": the shutting happened
            if not speech and not intention:
                continue
            who = actors[index][0] if actors[index] else None
            if speech and mention.event_class is EventClass.REPORTING and speaker is None:
                speaker = who
            disputed = lemma in DISPUTING or mention.polarity.value == "NEG"
            infinitive = (
                to_follows(tagged, mention)
                and tagged[mention.last + 1].word.lower == "to"
                # "responding to the deaths" names what it answers, no intention
                and (mention.last + 2 >= len(tagged) or tagged[mention.last + 2].tag == "VERB")
            ) or object_and_to(tagged, mention)
            for other in complement(tagged, clauses, mentions, index):
                if mention.pos == "NOUN" and mentions[other].tense in ("PAST", "PRESENT"):
                    break  # "plans to close the plant were criticised": the noun's own ends
                # "refused to work due to the strike": the strike happened all the same.
                reason = given_as_a_reason(tagged, mentions[other])
                if speech and infinitive:
                    # "vowed to strike", "threatened to leave": an intention, not a report.
                    if factualities[other] is Factuality.ASSERTED and not reason:
                        factualities[other] = Factuality.POSSIBLE
                elif speech:
                    if sources[other] is None and not disputed:
                        sources[other] = who
                    if factualities[other] is Factuality.ASSERTED:
                        factualities[other] = Factuality.REPORTED
                elif (
                    factualities[other] is Factuality.ASSERTED
                    and not reason
                    and (
                        mention.event_class is EventClass.I_STATE
                        or to_follows(tagged, mention)
                        or object_and_to(tagged, mention)
                    )
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

    # ------------------------------------------------------------------ description


# ---------------------------------------------------------------------- phrase helpers
