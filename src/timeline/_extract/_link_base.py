"""What the link finders share: the story read sentence by sentence, the events near a
word, nouns that refer back, and whether the story vouches for a cue."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import attrs

from .._events import EventClass
from .._time import TimexType
from . import _cues as cues
from ._extract import Analysis, MentionInfo, SentenceAnalysis
from ._link_words import asserted, dates_forbid, definite, is_predicate, word_at
from ._phrases import is_relative, words_in_spans
from ._tagger import Tagged

__all__ = ["FoundLink", "LinkReader"]

LOOKBACK = 4  # sentences a noun that refers back may reach over
NEAR = 6  # words between a preposition and the event it introduces
FINITE = frozenset({"PAST", "PRESENT", "FUTURE", "NONE"})
NOT_DOINGS = frozenset(
    {EventClass.REPORTING, EventClass.I_STATE, EventClass.I_ACTION, EventClass.STATE}
)
# Classes of a verb a result participle after it cannot tell the doing of: speech, belief,
# state ("police said, ..."). An I_ACTION can ("the match was postponed, leading to ...").
_NOT_CAUSING = frozenset({EventClass.REPORTING, EventClass.I_STATE, EventClass.STATE})
# The words a subject noun phrase may hold (with its "of" and other phrases).
SUBJECT_WORDS = frozenset({"ADV", "PREP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "POS"})
CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")"})


@attrs.frozen
class FoundLink:
    """A link found in the text: ``source relation target``, with the cue that says so.

    ``evidence`` is ``text[span[0]:span[1]]``: the cue words as the story writes them.
    """

    source: str
    relation: str
    target: str
    evidence: str
    span: tuple[int, int]
    inferred: bool = False  # read by the learned model, not from a cue
    possible: bool = False  # the text says it may hold, not that it does


class LinkReader:
    """A story's mentions by sentence, and the links found so far."""

    analysis: Analysis
    text: str
    by_sentence: list[list[MentionInfo]]
    timex_spans: list[tuple[int, int]]
    timex_starts: list[int]
    durations: dict[int, int]
    covered: list[frozenset[int]]
    conditional: set[str]
    headlines: frozenset[int]
    positions: list[dict[str, list[int]] | None]

    def __init__(self, analysis: Analysis, like: LinkReader | None = None) -> None:
        self.found: list[FoundLink] = []
        self.seen: set[tuple[str, str, str]] = set()
        # Each linked event's relations, so that a finder asks of an event in constant
        # time, not over every link found so far.
        self.relations_of: dict[str, set[str]] = {}
        self.reported: dict[str, MentionInfo] = {}  # a speech event's id -> what it tells
        if like is not None:
            # A second reading of the same story shares what the first worked out.
            self.analysis, self.text, self.by_sentence = like.analysis, like.text, like.by_sentence
            self.timex_spans, self.timex_starts = like.timex_spans, like.timex_starts
            self.durations, self.covered = like.durations, like.covered
            self.conditional, self.headlines = like.conditional, like.headlines
            self.positions = like.positions
            return
        self.analysis = analysis
        self.text = analysis.text
        self.by_sentence = [[] for _ in analysis.sentences]
        for info in analysis.mentions:
            self.by_sentence[info.sentence].append(info)
        spans = sorted(t.span for t in analysis.timexes if t.span is not None)
        self.timex_spans = spans
        self.timex_starts = [start for start, _ in spans]
        self.durations = {
            t.span[1]: t.span[0]
            for t in analysis.timexes
            if t.type is TimexType.DURATION and t.span is not None
        }
        self.covered = [self._timex_words(s) for s in analysis.sentences]
        self.conditional = self._conditions()
        self.headlines = self._headlines()
        self.positions = [None] * len(analysis.sentences)

    def _unconditional(self, info: MentionInfo) -> bool:
        """Whether the mention is outside a condition (the second, doubting reading lets
        the conditions in)."""
        return info.event_id not in self.conditional

    def _stated(self, info: MentionInfo) -> bool:
        """Whether the story asserts or reports the mention, outside a condition."""
        return asserted(info) and info.event_id not in self.conditional

    def _headlines(self) -> frozenset[int]:
        """Sentences that are headlines: in title case, or a first line with no full stop
        before more text ("Floods force hundreds from homes")."""
        analysed = self.analysis.sentences
        if len(analysed) < 2:
            return frozenset()
        found = {n for n, s in enumerate(analysed) if s.sentence.title}
        first = analysed[0].tagged
        if first and first[-1].word.text not in (".", "!", "?", '"', "”", "’", "'"):
            found.add(0)
        return frozenset(found)

    def _conditions(self) -> set[str]:
        """Mentions in an "if", "unless" or "whether" clause, the sentence's first too."""
        found = set()
        for info in self.analysis.mentions:
            analysed = self.analysis.sentences[info.sentence]
            clause = analysed.clauses[info.mention.clause]
            opener = clause.opener or analysed.tagged[clause.first].word.lower
            if opener in ("if", "unless", "whether"):
                found.add(info.event_id)
        return found

    # ------------------------------------------------------------------ helpers

    def _tagged(self, number: int) -> tuple[Tagged, ...]:
        return self.analysis.sentences[number].tagged

    def _timex_words(self, analysed: SentenceAnalysis) -> frozenset[int]:
        """The sentence's words inside a time expression (found by bisection: linear time)."""
        low = bisect.bisect_left(self.timex_starts, analysed.sentence.start)
        high = bisect.bisect_left(self.timex_starts, analysed.sentence.end)
        return words_in_spans(analysed.tagged, self.timex_spans[low:high])

    def _add(
        self,
        source: MentionInfo | None,
        relation: str,
        target: MentionInfo | None,
        number: int,
        first: int,
        last: int,
        *,
        inferred: bool = False,
    ) -> None:
        if source is None or target is None or source.event_id == target.event_id:
            return
        key = (source.event_id, relation, target.event_id)
        if key in self.seen or dates_forbid(relation, source, target):
            return
        tagged = self._tagged(number)
        start, end = tagged[first].word.start, tagged[last].word.end
        self.seen.add(key)
        for linked in (source.event_id, target.event_id):
            self.relations_of.setdefault(linked, set()).add(relation)
        self.found.append(
            FoundLink(
                source.event_id,
                relation,
                target.event_id,
                self.text[start:end],
                (start, end),
                inferred,
            )
        )

    def _matches(self, number: int, phrase: tuple[str, ...]) -> Sequence[int]:
        """Where the words of `phrase` follow each other in sentence `number`."""
        positions = self.positions[number]
        if positions is None:
            # Built once a sentence: the finders look up dozens of phrases in each.
            positions = {}
            for index, item in enumerate(self._tagged(number)):
                positions.setdefault(item.word.lower, []).append(index)
            self.positions[number] = positions
        starts = positions.get(phrase[0])
        if starts is None:
            return ()  # most phrases: their first word is not in the sentence
        if len(phrase) == 1:
            return starts
        tagged = self._tagged(number)
        size = len(phrase)
        return [
            index
            for index in starts
            if index + size <= len(tagged)
            and all(tagged[index + k].word.lower == phrase[k] for k in range(1, size))
        ]

    def _word_span(self, number: int, span: tuple[int, int]) -> tuple[int, int]:
        """The first and last words of sentence `number` that character `span` covers."""
        tagged = self._tagged(number)
        covering = [
            i for i, t in enumerate(tagged) if t.word.start < span[1] and t.word.end > span[0]
        ]
        return covering[0], covering[-1]

    def _joined_verbs(self, number: int, verb: MentionInfo, last: int) -> list[MentionInfo]:
        """The verbs joined by "and" to `verb` that share its subject, up to word `last`."""
        tagged = self._tagged(number)
        return [
            info
            for info in self.by_sentence[number]
            if verb.mention.head < info.mention.head <= last
            and info.mention.pos == "VERB"
            and info.mention.tense == verb.mention.tense
            and info.mention.group_first > 0
            and tagged[info.mention.group_first - 1].word.lower == "and"
        ]

    def _opening(self, number: int) -> int:
        """The first word of sentence `number` past an opening quotation mark."""
        tagged = self._tagged(number)
        return 1 if tagged and tagged[0].word.text in ('"', "“", "'") else 0

    def _fronted_comma(self, number: int, start: int) -> int | None:
        """The comma that ends a phrase opening sentence `number` at word `start` ("Angry
        over the verdict, ...", "On learning of the attack, ..."), within a dozen words."""
        tagged = self._tagged(number)
        return next(
            (
                i
                for i in range(start + 2, min(len(tagged), start + 14))
                if tagged[i].word.text == ","
            ),
            None,
        )

    def _at(self, number: int, head: int) -> MentionInfo | None:
        return next((i for i in self.by_sentence[number] if i.mention.head == head), None)

    def _index_of(self, number: int, info: MentionInfo) -> int:
        return self.by_sentence[number].index(info)

    def _event_after(self, number: int, index: int, reach: int = NEAR) -> MentionInfo | None:
        """The first event within `reach` words after word `index`, inside its phrase: a
        noun phrase (with its "of" phrase) or a gerund, not a later phrase ("responded to
        this by issuing an order" names no event after "to")."""
        tagged = self._tagged(number)
        for position in range(index + 1, min(len(tagged), index + 1 + reach)):
            item = tagged[position]
            if item.word.text in CLAUSE_STOPS or item.tag == "SUB":
                return None
            after = tagged[position + 1] if position + 1 < len(tagged) else None
            if item.tag == "CONJ" and after is not None and after.tag in ("AUX", "VERB", "MODAL"):
                return None  # "after the first showers and were expecting": another verb's
            if position > index + 1 and item.tag == "PREP" and item.word.lower != "of":
                following = tagged[position + 1] if position + 1 < len(tagged) else None
                if following is None or following.tag != "NUM":
                    return None  # "resulted in over 200 arrests": a number's "over" goes on
            found = self._at(number, position)
            if found is not None and found.mention.tense == "PASTPART" and position > index + 1:
                # "37 cases of hepatitis recorded since": the participle qualifies them; but
                # "the remarks made by", "the issues raised by" name the noun's own making.
                if tagged[position - 1].tag == "NOUN" and found.mention.lemma not in _MAKING:
                    return None
            if found is not None:
                after_subject = tagged[position - 1].tag in ("NOUN", "PROPN", "PRON")
                if found.mention.pos == "VERB" and found.mention.tense in FINITE and after_subject:
                    return None  # "agitation against the plan cripples ...": a new clause
                return found
        return None

    def _verb_before(self, number: int, index: int, skip: int = -1) -> MentionInfo | None:
        """The nearest verb event before word `index` (the clause a phrase hangs on)."""
        for info in reversed(self.by_sentence[number]):
            mention = info.mention
            if mention.head < index and mention.head != skip and is_predicate(mention):
                return info
        return None

    def _nearest_before(self, number: int, index: int) -> MentionInfo | None:
        """The nearest event before word `index` in its clause: "launched strikes in ..."."""
        own = self._clause_of(number, index)
        for info in reversed(self.by_sentence[number]):
            if info.mention.head < index:
                return info if info.mention.clause == own else None
        return None

    def _verb_after(self, number: int, index: int) -> MentionInfo | None:
        for info in self.by_sentence[number]:
            if info.mention.head > index and is_predicate(info.mention):
                return info
        return None

    def _clause_verb_after(self, number: int, index: int) -> MentionInfo | None:
        """The first verb after word `index` outside a relative clause: the verb of the
        clause that opens there ("when the levee that guarded the farms broke": broke)."""
        analysed = self.analysis.sentences[number]
        for info in self.by_sentence[number]:
            clause = analysed.clauses[info.mention.clause]
            if info.mention.head <= index or not is_predicate(info.mention):
                continue
            if clause.opener and is_relative(analysed.tagged, clause, self.covered[number]):
                continue
            return info
        return None

    def _host(self, number: int, first: int, last: int) -> MentionInfo | None:
        """The event a phrase at words `first`..`last` modifies: the verb before it, or for a
        phrase that opens the sentence, the verb after the phrase."""
        before = self._verb_before(number, first)
        if before is not None:
            return before
        tagged = self._tagged(number)
        position = last + 1
        while position < len(tagged) and tagged[position].word.text != ",":
            position += 1
        if position == len(tagged):
            # No comma: "As a result of the protests schools were closed" hangs on the
            # first verb after the phrase.
            return self._verb_after(number, last)
        return self._verb_after(number, position)

    def _main_event(self, number: int) -> MentionInfo | None:
        """A sentence's main event: its first finite verb, or what its reporting verb tells."""
        for info in self.by_sentence[number]:
            mention = info.mention
            if is_predicate(mention) and mention.tense in FINITE:
                return self.reported.get(info.event_id, info)
        return None

    def _resolve(
        self, number: int, info: MentionInfo, exclude: str | None = None, depth: int = 0
    ) -> MentionInfo:
        """The event a definite noun names earlier ("his death" after "was killed")."""
        mention = info.mention
        if mention.pos != "NOUN" or mention.light_verb is not None or depth > 3:
            return info
        tagged = self._tagged(number)
        word = tagged[mention.head].word.lower
        family = cues.ANTECEDENTS.get(word, frozenset()) | {mention.lemma, word}
        if not definite(tagged, mention.head):
            return info
        for back in range(number, max(-1, number - LOOKBACK - 1), -1):
            if back in self.headlines:
                continue
            for earlier in reversed(self.by_sentence[back]):
                if back == number and earlier.mention.head >= mention.head:
                    continue
                if earlier.event_id == exclude:
                    continue  # "launched strikes in retaliation for the shelling"
                if not asserted(earlier):
                    continue  # "the danger of further slides" is no slide "the slide" names
                if earlier.mention.lemma in family or (
                    self._tagged(back)[earlier.mention.head].word.lower in family
                ):
                    return self._resolve(back, earlier, exclude, depth + 1)
        if word in cues.GENERIC_ANAPHORS and number > 0 and number - 1 not in self.headlines:
            # "The council raised fares. The move angered commuters.": a noun that names
            # no kind of event stands for what the sentence before told.
            told = self._main_event(number - 1)
            if told is not None and told.mention.event_class not in NOT_DOINGS:
                return told
        return info

    def _told(self, number: int, info: MentionInfo, exclude: str | None = None) -> MentionInfo:
        """What a speech noun stands for: "the allegation that it struck" is the striking;
        "the allegation" alone, what the earlier statement it names told."""
        tagged = self._tagged(number)
        head = info.mention.head
        if tagged[head].word.lower not in cues.SPEECH_NOUNS:
            return self._resolve(number, info, exclude)
        if head + 1 < len(tagged) and tagged[head + 1].word.lower == "that":
            told = self._verb_after(number, head + 1)
            if told is not None:
                return told
        claimed = tagged[head].word.lower in cues.CLAIM_NOUNS
        accusation = self._accusation_before(number, head, exclude) if claimed else None
        if accusation is not None:
            # "accused the jets of bombing its units ... the group added. The ministry
            # denied the claim": the claim is the accusation, not the detail added to it.
            return self.reported.get(accusation.event_id, accusation)
        resolved = self._resolve(number, info, exclude)
        return self.reported.get(resolved.event_id, resolved)

    def _accusation_before(self, number: int, head: int, exclude: str | None) -> MentionInfo | None:
        """The latest accusation (accused, alleged, claimed, charged) told before word `head`
        of sentence `number`, within the sentences a noun may refer back over."""
        for back in range(number, max(-1, number - LOOKBACK - 1), -1):
            if back in self.headlines:
                continue
            for earlier in reversed(self.by_sentence[back]):
                if back == number and earlier.mention.head >= head:
                    continue
                if earlier.event_id != exclude and earlier.mention.lemma in cues.ACCUSATIONS:
                    return earlier
        return None

    def _subject_event(self, number: int, info: MentionInfo) -> MentionInfo | None:
        """The event that is the subject of a verb: an event noun before it in its clause,
        the noun a relative clause hangs on, or the clause that ", which" sums up."""
        tagged = self._tagged(number)
        mention = info.mention
        clause = self.analysis.sentences[number].clauses[mention.clause]
        if clause.opener == "participle" and mention.head == clause.first:
            return self._hung_on(number, clause.first)  # "..., sparking protests"
        first_word = mention.group_first
        if first_word > 0 and tagged[first_word - 1].word.lower == "and":
            # "The protests spread ... and resulted in deaths": the first verb's subject.
            shared = self._verb_before(number, first_word - 1)
            if shared is not None and shared.mention.clause == mention.clause:
                return self._subject_event(number, shared)
        # The subject is the noun phrase just before the verb group; its head is its first
        # event noun ("Investigations into the blast led to ...": the investigations),
        # passing over its modifiers: "of" and other phrases, an infinitive ("attempts to
        # enact a law sparked ...").
        position = mention.group_first - 1
        floor = clause.first
        clauses = self.analysis.sentences[number].clauses
        if clause.opener == "resumed" and position < clause.first:
            # "Heavy rain that began on Saturday swelled the river": the subject stands
            # before the relative clause the verb follows.
            position = clauses[mention.clause - 1].first - 1
            floor = next((c.first for c in clauses if c.first <= position <= c.last), 0)
        head: MentionInfo | None = None
        while position >= floor:
            item = tagged[position]
            opening = _apposition_before(tagged, position, floor)
            if opening is not None:
                position = opening - 1  # "the outbreak, the worst in years, was fuelled"
                continue
            found = self._at(number, position)
            if found is not None and found.mention.pos == "NOUN":
                head = found
            elif found is not None and found.mention.tense == "INFINITIVE":
                pass
            elif item.tag not in SUBJECT_WORDS and item.word.lower != "to":
                break
            position -= 1
        if head is not None:
            return self._resolve(number, head)
        first = clause.first
        opener = clause.opener
        relative = is_relative(tagged, clause, self.covered[number])
        if opener in ("which", "that") and first > 0 and relative:
            before = first - 1
            while before > 0 and tagged[before].word.text == ",":
                before -= 1
            noun = self._at(number, before)
            if noun is not None and noun.mention.event_class is EventClass.REPORTING:
                # "..., the firm said, which angered ...": what the saying tells.
                return self.reported.get(noun.event_id, noun)
            if noun is not None:
                return self._resolve(number, noun)
            if opener == "which" and (
                tagged[first - 1].word.text == "," or first - 1 in self.covered[number]
            ):
                # ", which led to ...", "went on strike this month which led to ...":
                # after a comma or a date, "which" sums up the clause before.
                return self._verb_before(number, first)
        if tagged[first].word.lower in ("this", "that", "it") and first + 1 <= mention.group_first:
            if first == 0 and number > 0:
                return self._main_event(number - 1)
        return None

    def _subordinate_spans(self, number: int, opener: str) -> list[tuple[int, int]]:
        """Where the clauses that `opener` ("because", "as", "when") opens run, as (first,
        last) word indices: those the clause splitter found, and one that opens the
        sentence and runs to its first comma ("Because the talks failed, ...")."""
        analysed = self.analysis.sentences[number]
        clauses = analysed.clauses
        spans = []
        for index, clause in enumerate(clauses):
            if clause.opener != opener:
                continue
            last = clause.last
            # "when the levee that guarded the farms broke": the clauses inside it too.
            for inner in clauses[index + 1 :]:
                if inner.opener not in _INSIDE_A_CLAUSE:
                    break
                last = inner.last
            spans.append((clause.first, last))
        tagged = analysed.tagged
        if tagged and tagged[0].word.lower == opener and not any(f == 0 for f, _ in spans):
            comma = next((i for i, t in enumerate(tagged) if t.word.text == ","), None)
            if comma is not None:
                spans.append((0, comma))
        if opener == "as":
            # "as many as 59", "as soon as", "as if", "as well": no clause "as" opens
            spans = [
                (first, last)
                for first, last in spans
                if word_at(tagged, first + 2) != "as"
                and word_at(tagged, first + 1) not in ("if", "well")
            ]
        return spans

    def _after_fronted(self, number: int, last: int) -> MentionInfo | None:
        """The verb a clause opening the sentence hangs on, when the clause's last word is
        `last`: the first verb after its comma, for the clause may be cut inside ("When
        police who had entered the plant found her, they ...")."""
        tagged = self._tagged(number)
        comma = next((i for i in range(last, len(tagged)) if tagged[i].word.text == ","), last)
        return self._verb_after(number, comma)

    def _before_outside_relatives(self, number: int, first: int) -> Iterator[MentionInfo]:
        """The sentence's mentions before word `first`, nearest first, leaving out those in
        a relative clause ("the man who fled, ..." does not tell what came before)."""
        analysed = self.analysis.sentences[number]
        for earlier in reversed(self.by_sentence[number]):
            if earlier.mention.head >= first:
                continue
            clause = analysed.clauses[earlier.mention.clause]
            if clause.opener == "" or not is_relative(
                analysed.tagged, clause, self.covered[number]
            ):
                yield earlier

    def _clause_of(self, number: int, index: int) -> int:
        """The number of the clause word `index` of sentence `number` is in."""
        clauses = self.analysis.sentences[number].clauses
        return next((n for n, c in enumerate(clauses) if c.first <= index <= c.last), 0)

    def _hung_on(self, number: int, first: int) -> MentionInfo | None:
        """The event a participle clause starting at word `first` tells more of: the
        nearest event before it outside a relative clause, if it is not a speech or a
        state ("A bomb exploded, killing six", not "police said, ...")."""
        noun: MentionInfo | None = None  # an event noun, if no verb comes before
        for earlier in self._before_outside_relatives(number, first):
            if earlier.mention.tense == "PASTPART" and (
                earlier.mention.group_first == earlier.mention.head
            ):
                continue  # "a meeting attended by 700 people": a noun's reduced relative
            if not is_predicate(earlier.mention):
                # "walked out in a dispute over pay, forcing ...": the participle tells
                # more of the verb, not of a noun in one of its phrases.
                noun = noun or earlier
                continue
            if earlier.mention.event_class is EventClass.REPORTING and noun is not None:
                # "announced sweeping cuts, resulting in ...": what was announced did it.
                head = self._object_head(number, earlier.mention.last)
                return None if head is None else self._at(number, head)
            if earlier.mention.event_class in _NOT_CAUSING:
                return None  # "police said, ...", "they feared, ..."; not "was delayed, ..."
            return earlier
        return noun

    def _object_head(self, number: int, last: int) -> int | None:
        """The index of the noun heading the object of the verb ending at word `last`, if
        there is one."""
        tagged = self._tagged(number)
        covered = self.covered[number]
        position = last + 1
        while position < len(tagged) and (
            tagged[position].tag in ("DET", "ADJ", "NUM", "POS")
            # "condemned Saturday's coup": a possessive date is the noun's determiner
            or (position in covered and _possessive_after(tagged, position, covered))
        ):
            position += 1
        while position + 1 < len(tagged) and tagged[position + 1].tag == "NOUN":
            position += 1
        return position if position < len(tagged) and tagged[position].tag == "NOUN" else None


# Verbs whose participle after a noun tells the making of what the noun names.
_MAKING = frozenset({"make", "issue", "raise", "give", "lodge", "file", "level", "voice"})

# Openers of clauses that lie inside the clause before them.
_INSIDE_A_CLAUSE = frozenset({"that", "who", "which", "whom", "resumed"})


def _possessive_after(tagged: Sequence[Tagged], position: int, covered: frozenset[int]) -> bool:
    """Whether the time expression at word `position` ends in a possessive "'s"."""
    while position + 1 < len(tagged) and position + 1 in covered:
        position += 1
    return position + 1 < len(tagged) and tagged[position + 1].tag == "POS"


def _apposition_before(tagged: Sequence[Tagged], comma: int, first: int) -> int | None:
    """The comma opening a short apposition that the comma at `comma` closes (", the worst
    in years,"), when a noun comes before it; else None."""
    if tagged[comma].word.text != ",":
        return None
    for position in range(comma - 1, max(first, comma - 8) - 1, -1):
        item = tagged[position]
        if item.word.text == ",":
            before = tagged[position - 1] if position > first else None
            inside = position < comma - 1
            return position if inside and before is not None and before.tag == "NOUN" else None
        if item.tag not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PREP", "POS", "ADV"):
            return None
    return None
