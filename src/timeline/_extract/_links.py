"""Links between the events of a story: who reports, blames, denies or warns, what caused
what, and what came before what.

Each link comes from a cue the text states: a verb ("blamed ... for", "led to", "was
caused by"), a connective ("because of", "in response to", "after"), or a participle
clause ("..., killing six"). The cue's own words are the link's evidence. A cue that the
text negates or puts in doubt ("did not cause", "may have caused", "could lead to", "if
it triggers") gives no link at all: a timeline holds what the story asserts or reports,
and an unasserted causes link would be read as one. Nouns that refer back ("the
allegation", "his death", "the strike") stand for the event they name earlier.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from .._events import EventClass, Factuality, Polarity
from .._time import TimexType
from . import _cues as cues
from . import _lexicon as lx
from ._extract import Analysis, MentionInfo, SentenceAnalysis
from ._mentions import Mention
from ._phrases import is_relative as _is_relative
from ._reports import complement as _complement
from ._tagger import Tagged

__all__ = ["FoundLink", "find_links", "timeml_link_type"]

_LOOKBACK = 4  # sentences a noun that refers back may reach over
_NEAR = 6  # words between a preposition and the event it introduces
_FINITE = frozenset({"PAST", "PRESENT", "FUTURE", "NONE"})
_HOSTILE = lx.words_of("retaliate strike attack hit respond punish destroy bomb")
# Verbs that are cues only with their preposition, which is part of the evidence.
_WITH_PREPOSITION = frozenset(
    {("lead", "to"), ("contribute", "to"), ("bring", "about"), ("result", "in")}
    | {(lemma, "from") for lemma in ("result", "stem", "arise")}
)
# The states "left ... dead", "left ... homeless" put people in.
_RESULT_STATES = lx.words_of(
    """dead homeless jobless idle injured wounded stranded destitute unemployed trapped
    without"""
)
_NOT_DOINGS = frozenset(
    {EventClass.REPORTING, EventClass.I_STATE, EventClass.I_ACTION, EventClass.STATE}
)
_CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")"})


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


def find_links(analysis: Analysis) -> list[FoundLink]:
    """The links between the events of an analysed story, in the order of their cues."""
    return _Finder(analysis).find()


# TimeML puts causes in CLINKs, what a speech or an intention is about in SLINKs
# (EVIDENTIAL, NEG_EVIDENTIAL, MODAL), and time order in TLINKs.
_TIMEML = {
    "causes": ("CLINK", None),
    "enables": ("CLINK", None),
    "prevents": ("CLINK", None),
    "reports": ("SLINK", "EVIDENTIAL"),
    "blames": ("SLINK", "EVIDENTIAL"),
    "accuses": ("SLINK", "EVIDENTIAL"),
    "condemns": ("SLINK", "EVIDENTIAL"),
    "denies": ("SLINK", "NEG_EVIDENTIAL"),
    "warns": ("SLINK", "MODAL"),
    "threatens": ("SLINK", "MODAL"),
    "responds_to": ("TLINK", "AFTER"),
    "retaliates_for": ("TLINK", "AFTER"),
    "before": ("TLINK", "BEFORE"),
    "after": ("TLINK", "AFTER"),
}


def timeml_link_type(relation: str) -> tuple[str, str | None]:
    """The TimeML link element and relType that carry one of our relations.

    CLINKs have no relType (None); an SLINK's is EVIDENTIAL, NEG_EVIDENTIAL or MODAL; a
    TLINK's is the interval relation. A response is told as coming after what it answers.

    >>> timeml_link_type("causes"), timeml_link_type("denies"), timeml_link_type("after")
    (('CLINK', None), ('SLINK', 'NEG_EVIDENTIAL'), ('TLINK', 'AFTER'))
    """
    found = _TIMEML.get(relation)
    if found is not None:
        return found
    from .._errors import InvalidValueError

    raise InvalidValueError(
        f"timeml_link_type: relation: expected one of {', '.join(sorted(_TIMEML))}, "
        f"got {relation!r}"
    )


class _Finder:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.by_sentence: list[list[MentionInfo]] = [[] for _ in analysis.sentences]
        for info in analysis.mentions:
            self.by_sentence[info.sentence].append(info)
        self.found: list[FoundLink] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.reported: dict[str, MentionInfo] = {}  # a speech event's id -> what it tells
        spans = sorted(t.span for t in analysis.timexes if t.span is not None)
        self.timex_spans = spans
        self.timex_starts = [start for start, _ in spans]
        self.durations = {
            t.span[1]: t.span[0]
            for t in analysis.timexes
            if t.type is TimexType.DURATION and t.span is not None
        }
        self.covered: list[frozenset[int]] = [self._timex_words(s) for s in analysis.sentences]
        self.conditional = self._conditions()
        self.headlines = self._headlines()

    def _stated(self, info: MentionInfo) -> bool:
        """Whether the story asserts or reports the mention, outside a condition."""
        return _asserted(info) and info.event_id not in self.conditional

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

    def find(self) -> list[FoundLink]:
        for number in range(len(self.analysis.sentences)):
            if number in self.headlines:
                continue  # a headline tells again what the story tells
            self._reports(number)
            self._attribution(number)
            self._fault(number)
            self._reaction_phrases(number)
            self._cause_verbs(number)
            self._cause_connectives(number)
            self._because(number)
            self._harm_participles(number)
            self._harm_in(number)
            self._sanctions(number)
            self._consequence(number)
            self._time_order(number)
            self._order_verbs(number)
        return self.found

    # ------------------------------------------------------------------ helpers

    def _tagged(self, number: int) -> tuple[Tagged, ...]:
        return self.analysis.sentences[number].tagged

    def _timex_words(self, analysed: SentenceAnalysis) -> frozenset[int]:
        """The sentence's words inside a time expression (found by bisection: linear time)."""
        low = bisect.bisect_left(self.timex_starts, analysed.sentence.start)
        high = bisect.bisect_left(self.timex_starts, analysed.sentence.end)
        spans = self.timex_spans[low:high]
        return frozenset(
            index
            for index, item in enumerate(analysed.tagged)
            if any(first <= item.word.start < last for first, last in spans)
        )

    def _add(
        self,
        source: MentionInfo | None,
        relation: str,
        target: MentionInfo | None,
        number: int,
        first: int,
        last: int,
    ) -> None:
        if source is None or target is None or source.event_id == target.event_id:
            return
        key = (source.event_id, relation, target.event_id)
        if key in self.seen or _dates_forbid(relation, source, target):
            return
        tagged = self._tagged(number)
        start, end = tagged[first].word.start, tagged[last].word.end
        self.seen.add(key)
        self.found.append(
            FoundLink(
                source.event_id, relation, target.event_id, self.text[start:end], (start, end)
            )
        )

    def _at(self, number: int, head: int) -> MentionInfo | None:
        return next((i for i in self.by_sentence[number] if i.mention.head == head), None)

    def _index_of(self, number: int, info: MentionInfo) -> int:
        return self.by_sentence[number].index(info)

    def _event_after(self, number: int, index: int, reach: int = _NEAR) -> MentionInfo | None:
        """The first event within `reach` words after word `index`, inside its phrase."""
        tagged = self._tagged(number)
        for position in range(index + 1, min(len(tagged), index + 1 + reach)):
            if tagged[position].word.text in _CLAUSE_STOPS or tagged[position].tag == "SUB":
                return None
            found = self._at(number, position)
            if found is not None:
                return found
        return None

    def _verb_before(self, number: int, index: int, skip: int = -1) -> MentionInfo | None:
        """The nearest verb event before word `index` (the clause a phrase hangs on)."""
        for info in reversed(self.by_sentence[number]):
            mention = info.mention
            if mention.head < index and mention.head != skip and _is_predicate(mention):
                return info
        return None

    def _nearest_before(self, number: int, index: int) -> MentionInfo | None:
        """The nearest event before word `index` in its clause: "launched strikes in ..."."""
        clauses = self.analysis.sentences[number].clauses
        own = next((n for n, c in enumerate(clauses) if c.first <= index <= c.last), 0)
        for info in reversed(self.by_sentence[number]):
            if info.mention.head < index:
                return info if info.mention.clause == own else None
        return None

    def _verb_after(self, number: int, index: int) -> MentionInfo | None:
        for info in self.by_sentence[number]:
            if info.mention.head > index and _is_predicate(info.mention):
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
        return self._verb_after(number, position)

    def _main_event(self, number: int) -> MentionInfo | None:
        """A sentence's main event: its first finite verb, or what its reporting verb tells."""
        for info in self.by_sentence[number]:
            mention = info.mention
            if _is_predicate(mention) and mention.tense in _FINITE:
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
        if not _definite(tagged, mention.head):
            return info
        for back in range(number, max(-1, number - _LOOKBACK - 1), -1):
            if back in self.headlines:
                continue
            for earlier in reversed(self.by_sentence[back]):
                if back == number and earlier.mention.head >= mention.head:
                    continue
                if earlier.event_id == exclude:
                    continue  # "launched strikes in retaliation for the shelling"
                if earlier.mention.lemma in family or (
                    self._tagged(back)[earlier.mention.head].word.lower in family
                ):
                    return self._resolve(back, earlier, exclude, depth + 1)
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
        resolved = self._resolve(number, info, exclude)
        return self.reported.get(resolved.event_id, resolved)

    # ------------------------------------------------------------------ who says so

    def _reports(self, number: int) -> None:
        analysed = self.analysis.sentences[number]
        infos = self.by_sentence[number]
        mentions = [i.mention for i in infos]
        for index, info in enumerate(infos):
            mention = info.mention
            if mention.pos != "VERB" or not self._stated(info):
                continue
            if mention.lemma not in cues.REPORTING and mention.event_class is not (
                EventClass.REPORTING
            ):
                continue
            governed = _complement(analysed.tagged, list(analysed.clauses), mentions, index)
            # What is told is the complement's own predicate, not one in a relative clause
            # inside it ("the price of what he called ..."); failing a verb, its event noun.
            told = [
                infos[g]
                for g in governed
                if not _is_relative(
                    analysed.tagged, analysed.clauses[infos[g].mention.clause], self.covered[number]
                )
                or analysed.clauses[infos[g].mention.clause].opener == "that"
            ]
            main = next(
                (t for t in told if _is_predicate(t.mention) and not _naming(analysed.tagged, t)),
                None,
            )
            if main is None:
                noun = next((t for t in told if t.mention.pos == "NOUN"), None)
                main = None if noun is None else self._resolve(number, noun, info.event_id)
            if main is None:
                continue
            self.reported[info.event_id] = main
            ahead = main.mention.modality is not None or main.mention.tense == "FUTURE"
            if ahead and main.mention.lemma not in _HOSTILE:
                continue  # a plan or a forecast is told, not reported as having happened
            relation = "warns" if ahead else "reports"
            self._add(info, relation, main, number, mention.group_first, mention.last)

    def _attribution(self, number: int) -> None:
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            lemma = mention.lemma
            if mention.pos != "VERB" or not self._stated(info):
                continue
            first, last = mention.head, mention.last
            if lemma in cues.BLAMING:
                target = self._after_word(number, last, ("for",)) or self._object(number, last)
                self._add(info, "blames", target, number, first, last)
            elif lemma in cues.ACCUSING:
                if lemma in ("hit", "lash") and last == mention.head:
                    continue  # "hit" is an accusation only in "hit out at"
                target = self._after_word(number, last, ("of", "for"))
                if target is not None:
                    self.reported[info.event_id] = target  # "the allegations": of this
                self._add(info, "accuses", target, number, first, last)
            elif lemma in cues.DENYING:
                target = self._said(number, info) or self._object(number, last)
                self._add(info, "denies", target, number, first, last)
            elif lemma in cues.CONDEMNING:
                target = self._object(number, last) or self._after_word(number, last, ("for",))
                self._add(info, "condemns", target, number, first, last)
            elif lemma in cues.WARNING or lemma in cues.THREATENING:
                relation = "warns" if lemma in cues.WARNING else "threatens"
                target = self._said(number, info) or self._after_word(number, last, ("of",))
                self._add(info, relation, target, number, first, last)
            elif lemma in cues.RESPONDING or lemma in cues.RETALIATING:
                relation = "responds_to" if lemma in cues.RESPONDING else "retaliates_for"
                words = ("to",) if relation == "responds_to" else ("for",)
                target = self._after_word(number, last, words)
                if target is not None and tagged[target.mention.head].tag != "PROPN":
                    self._add(info, relation, target, number, first, last)

    def _after_word(self, number: int, start: int, words: tuple[str, ...]) -> MentionInfo | None:
        """The event after the first of `words` that follows word `start` in its clause."""
        tagged = self._tagged(number)
        for position in range(start + 1, min(len(tagged), start + 12)):
            item = tagged[position]
            if item.word.text in (";", ":") or item.tag == "SUB":
                return None
            if item.word.lower in words:
                found = self._event_after(number, position)
                return None if found is None else self._told(number, found)
        return None

    def _object(self, number: int, last: int) -> MentionInfo | None:
        """The event noun heading the object of the verb ending at word `last`."""
        tagged = self._tagged(number)
        position = last + 1
        while position < len(tagged) and tagged[position].tag in ("DET", "ADJ", "NUM", "POS"):
            position += 1
        while position + 1 < len(tagged) and tagged[position + 1].tag == "NOUN":
            position += 1
        found = self._at(number, position)
        if found is None or found.mention.pos != "NOUN":
            return None
        return self._told(number, found)

    def _said(self, number: int, info: MentionInfo) -> MentionInfo | None:
        """What a speech verb's complement tells: "denied that ...", "threatened to ..."."""
        tagged = self._tagged(number)
        following = info.mention.last + 1
        if following >= len(tagged) or tagged[following].word.lower not in ("that", "to"):
            # "warned it would": a complement with no "that" begins with its subject.
            if following >= len(tagged) or tagged[following].word.lower not in (
                lx.SUBJECT_PRONOUNS
            ):
                return None
        found = self._verb_after(number, info.mention.last)
        if found is None or found.mention.head - info.mention.last > 8:
            return None
        return found

    def _fault(self, number: int) -> None:
        """ "X said the death was the price of Y": the speaker blames someone for the death."""
        tagged = self._tagged(number)
        for position, item in enumerate(tagged):
            if item.word.lower not in cues.FAULT_NOUNS or position < 2:
                continue
            if tagged[position - 1].word.lower != "the":
                continue
            if tagged[position - 2].word.lower not in lx.BE_FORMS:
                continue
            follows = tagged[position + 1].word.lower if position + 1 < len(tagged) else ""
            if follows not in ("of", "for", "paid"):
                continue
            subject = next(
                (
                    i
                    for i in reversed(self.by_sentence[number])
                    if i.mention.head < position - 2 and i.mention.pos == "NOUN"
                ),
                None,
            )
            speaker = next(
                (
                    i
                    for i in self.by_sentence[number]
                    if i.mention.pos == "VERB"
                    and i.mention.event_class is EventClass.REPORTING
                    and self._stated(i)
                ),
                None,
            )
            if subject is None or speaker is None:
                continue
            target = self._resolve(number, subject)
            self._add(speaker, "blames", target, number, position - 1, position)

    def _reaction_phrases(self, number: int) -> None:
        tagged = self._tagged(number)
        if not any(item.word.lower == "in" for item in tagged):
            return
        for phrase, relation in cues.REACTION_PHRASES:
            for first in _matches(tagged, phrase):
                last = first + len(phrase) - 1
                target = self._event_after(number, last)
                if target is None:
                    continue
                host = self._nearest_before(number, first) or self._host(number, first, last)
                if host is not None:
                    target = self._told(number, target, host.event_id)
                self._add(host, relation, target, number, first, last)

    # ------------------------------------------------------------------ what caused what

    def _cause_verbs(self, number: int) -> None:
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            lemma = mention.lemma
            relation = _causal_relation(lemma)
            if relation is None or mention.pos != "VERB" or not self._stated(info):
                continue
            if mention.tense == "INFINITIVE":
                continue  # "to prevent": an aim, not an outcome
            following = (
                tagged[mention.last + 1].word.lower if mention.last + 1 < len(tagged) else ""
            )
            if lemma == "lead" and following != "to":
                continue
            if lemma == "contribute" and following != "to":
                continue
            if lemma == "bring" and following != "about":
                continue
            if lemma == "result" and following not in ("in", "from"):
                continue
            if (lemma in cues.FROM_CAUSE and following == "from") or (
                mention.passive and following == "by"
            ):
                # "Y resulted from X", "Y was caused by X": the cause comes second.
                cause = self._event_after(number, mention.last + 1)
                effect = self._subject_event(number, info)
            else:
                cause = self._subject_event(number, info)
                effect = self._effect(number, info)
            if cause is None or effect is None:
                continue
            # The evidence reads "led to", "was caused by": the verb and its preposition.
            widen = (lemma, following) in _WITH_PREPOSITION or (
                mention.passive and following == "by"
            )
            cue_last = mention.last + 1 if widen else mention.last
            self._add(cause, relation, effect, number, mention.group_first, cue_last)

    def _subject_event(self, number: int, info: MentionInfo) -> MentionInfo | None:
        """The event that is the subject of a verb: an event noun before it in its clause,
        the noun a relative clause hangs on, or the clause that ", which" sums up."""
        tagged = self._tagged(number)
        mention = info.mention
        clause = self.analysis.sentences[number].clauses[mention.clause]
        if clause.opener == "participle" and mention.head == clause.first:
            return self._hung_on(number, clause.first)  # "..., sparking protests"
        for earlier in reversed(self.by_sentence[number]):
            head = earlier.mention.head
            if head >= mention.group_first or head < clause.first:
                continue
            between = tagged[head + 1 : mention.group_first]
            if earlier.mention.pos == "NOUN" and all(
                t.tag in ("ADV", "PREP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "POS")
                for t in between
            ):
                return self._resolve(number, earlier)
            break
        first = clause.first
        opener = clause.opener
        relative = _is_relative(tagged, clause, self.covered[number])
        if opener in ("which", "that") and first > 0 and relative:
            before = first - 1
            while before > 0 and tagged[before].word.text == ",":
                before -= 1
            noun = self._at(number, before)
            if noun is not None:
                return self._resolve(number, noun)
            if opener == "which" and tagged[first - 1].word.text == ",":
                return self._verb_before(number, first)
        if tagged[first].word.lower in ("this", "that", "it") and first + 1 <= mention.group_first:
            if first == 0 and number > 0:
                return self._main_event(number - 1)
        return None

    def _effect(self, number: int, info: MentionInfo) -> MentionInfo | None:
        mention = info.mention
        if mention.lemma == "leave":
            # "left 1,200 workers idle": leaving people in a state is itself the effect.
            tagged = self._tagged(number)
            after = tagged[mention.last + 1 : mention.last + 7]
            if any(t.word.lower in _RESULT_STATES for t in after):
                return info
            return None
        if mention.lemma in ("force", "drive"):
            tagged = self._tagged(number)
            # "forced thousands to flee": the fleeing; "forced thousands from their homes":
            # the forcing out is itself the effect.
            for position in range(mention.last + 1, min(len(tagged), mention.last + 8)):
                if tagged[position].word.lower == "to":
                    return self._event_after(number, position, 2)
                if tagged[position].word.lower in ("from", "out"):
                    return info
            return None
        found = self._event_after(number, mention.last, 8)
        return None if found is None else self._resolve(number, found)

    def _cause_connectives(self, number: int) -> None:
        tagged = self._tagged(number)
        for phrase in cues.CAUSE_CONNECTIVES:
            for first in _matches(tagged, phrase):
                if first > 0 and tagged[first - 1].tag == "NEG":
                    continue  # "not because of the rain"
                last = first + len(phrase) - 1
                cause = self._event_after(number, last)
                effect = self._host(number, first, last)
                if cause is None or effect is None or not self._stated(effect):
                    continue
                cause = self._resolve(number, cause, effect.event_id)
                self._add(cause, "causes", effect, number, first, last)

    def _because(self, number: int) -> None:
        analysed = self.analysis.sentences[number]
        tagged = analysed.tagged
        for clause in analysed.clauses:
            if clause.opener != "because":
                continue
            if clause.first > 0 and tagged[clause.first - 1].tag == "NEG":
                continue
            if clause.first + 1 < len(tagged) and tagged[clause.first + 1].word.lower == "of":
                continue  # "because of" is a connective, read with the others
            between = tagged[clause.first : clause.last + 1]
            cause = self._verb_after(number, clause.first)
            if cause is None or cause.mention.head > clause.last:
                continue
            if any(
                t.word.text in _CLAUSE_STOPS for t in between[: cause.mention.head - clause.first]
            ):
                continue
            if clause.first > 0:
                effect = self._verb_before(number, clause.first)
                if (
                    effect is not None
                    and effect.mention.event_class is EventClass.REPORTING
                    and effect.mention.last + 1 < clause.first
                ):
                    continue  # "said the virus spread because ...": the reason is told
            else:
                effect = self._verb_after(number, clause.last)
            if effect is None or not self._stated(effect) or not self._stated(cause):
                continue
            self._add(cause, "causes", effect, number, clause.first, clause.first)

    def _harm_participles(self, number: int) -> None:
        """ "A bomb exploded in the market, killing six": the explosion caused the deaths."""
        analysed = self.analysis.sentences[number]
        tagged = analysed.tagged
        clauses = list(analysed.clauses)
        for info in self.by_sentence[number]:
            mention = info.mention
            clause = clauses[mention.clause]
            if clause.opener != "participle" or mention.tense != "PRESPART":
                continue
            joined = tagged[mention.head - 1].word.lower in ("and", "or")
            if mention.head != clause.first and not joined:
                continue  # "killing two and wounding five": both say what the event did
            if mention.lemma not in cues.HARM_PARTICIPLES or mention.polarity is Polarity.NEG:
                continue
            cause = self._hung_on(number, clause.first)
            if cause is None or cause.mention.tense == "INFINITIVE" or not self._stated(cause):
                continue
            self._add(cause, "causes", info, number, mention.head, mention.head)

    def _hung_on(self, number: int, first: int) -> MentionInfo | None:
        """The event a participle clause starting at word `first` tells more of: the
        nearest event before it outside a relative clause, if it is not a speech or a
        state ("A bomb exploded, killing six", not "police said, ...")."""
        analysed = self.analysis.sentences[number]
        for earlier in reversed(self.by_sentence[number]):
            if earlier.mention.head >= first:
                continue
            other = analysed.clauses[earlier.mention.clause]
            if other.opener != "" and _is_relative(analysed.tagged, other, self.covered[number]):
                continue
            if earlier.mention.event_class in _NOT_DOINGS:
                return None
            return earlier
        return None

    def _harm_in(self, number: int) -> None:
        """ "killed in an air strike", "hurt during the clashes": the event did the harm."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            suffered = (mention.lemma in cues.HARMS and mention.passive) or (
                mention.lemma in cues.DYING
            )
            if not suffered or not self._stated(info):
                continue
            following = mention.last + 1
            if following >= len(tagged) or tagged[following].word.lower not in (
                "in",
                "during",
                "by",
            ):
                continue
            cause = self._event_after(number, following, 4)
            if cause is None or cause.mention.pos != "NOUN":
                continue
            cause = self._resolve(number, cause, info.event_id)
            self._add(cause, "causes", info, number, mention.last, following)

    def _sanctions(self, number: int) -> None:
        """ "arrested for rioting", "protests over the killing": a reaction to an event."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            if not self._stated(info) or mention.polarity is Polarity.NEG:
                continue
            if mention.lemma in cues.SANCTIONS and mention.pos == "VERB":
                words: tuple[str, ...] = ("for",)
            elif mention.lemma in cues.PROTESTS or tagged[mention.head].word.lower in (
                cues.PROTESTS
            ):
                words = ("over", "against")
            else:
                continue
            # The phrase follows the verb and its object: "arrested four men for looting".
            following = mention.last + 1
            while following < min(len(tagged), mention.last + 8) and (
                tagged[following].word.lower not in words
                and tagged[following].tag in ("PART", "ADV", "DET", "ADJ", "NUM", "NOUN", "PROPN")
            ):
                following += 1
            if following >= len(tagged) or tagged[following].word.lower not in words:
                continue
            target = self._event_after(number, following, 4)
            if target is None:
                continue
            target = self._told(number, target, info.event_id)
            self._add(info, "responds_to", target, number, mention.head, following)

    def _consequence(self, number: int) -> None:
        """ "As a result, ..." opening a sentence: the sentence before caused this one."""
        if number == 0:
            return
        tagged = self._tagged(number)
        for phrase in cues.CONSEQUENCE_OPENERS:
            if tuple(t.word.lower for t in tagged[: len(phrase)]) != phrase:
                continue
            follows = tagged[len(phrase)].word.text if len(phrase) < len(tagged) else ""
            if follows != ",":
                continue
            cause = self._main_event(number - 1)
            effect = self._main_event(number)
            if cause is not None and effect is not None and self._stated(effect):
                self._add(cause, "causes", effect, number, 0, len(phrase) - 1)

    # ------------------------------------------------------------------ time order

    def _time_order(self, number: int) -> None:
        analysed = self.analysis.sentences[number]
        tagged = analysed.tagged
        covered = self.covered[number]
        openers = {c.first: c for c in analysed.clauses}
        for position, item in enumerate(tagged):
            relation = cues.TIME_ORDER.get(item.word.lower)
            if relation is None:
                continue
            last = position
            if item.word.lower == "prior":
                if position + 1 >= len(tagged) or tagged[position + 1].word.lower != "to":
                    continue
                last = position + 1
            if (
                item.word.lower == "following"
                and position > 0
                and tagged[position - 1].tag == "DET"
            ):
                continue  # "the following day"
            if last + 1 < len(tagged) and last + 1 in covered:
                continue  # "after Sunday" dates, it does not order two events
            clause = openers.get(position)
            if clause is not None and clause.opener == item.word.lower:
                other = self._verb_after(number, position)
                if other is not None and other.mention.head > clause.last:
                    other = None
                host = self._verb_before(number, position)
                if host is None and other is not None:
                    host = self._host(number, position, other.mention.head)
            else:
                other = self._event_after(number, last)
                host = self._host(number, position, last)
                if other is not None and host is not None:
                    other = self._resolve(number, other, host.event_id)
            if other is None or host is None:
                continue
            if host.mention.event_class is EventClass.REPORTING and position > host.mention.head:
                host = self.reported.get(host.event_id, host)
            first = self._offset_start(number, position)
            self._add(host, relation, other, number, first, last)

    def _order_verbs(self, number: int) -> None:
        """ "The charges followed an audit": the subject event comes after the object's."""
        for info in self.by_sentence[number]:
            mention = info.mention
            relation = {"follow": "after", "precede": "before"}.get(mention.lemma)
            if relation is None or mention.pos != "VERB" or mention.tense == "PRESPART":
                continue
            if not self._stated(info):
                continue
            subject = self._subject_event(number, info)
            other = self._event_after(number, mention.last)
            if subject is None or other is None:
                continue
            if mention.passive:  # "X was followed by Y": Y after X
                relation = "before" if relation == "after" else "after"
            other = self._resolve(number, other, subject.event_id)
            self._add(subject, relation, other, number, mention.group_first, mention.last)

    def _offset_start(self, number: int, position: int) -> int:
        """Where "two days after" begins: a length just before the connective is part of it."""
        if position == 0:
            return position
        tagged = self._tagged(number)
        start = self.durations.get(tagged[position - 1].word.end)
        first = position
        while start is not None and first > 0 and tagged[first - 1].word.start >= start:
            first -= 1
        return first


# ---------------------------------------------------------------------- plain helpers


def _is_predicate(mention: Mention) -> bool:
    """A verb, or an event noun with its light verb ("mounted an attack")."""
    return mention.pos == "VERB" or (mention.pos == "NOUN" and mention.light_verb is not None)


def _asserted(info: MentionInfo) -> bool:
    """Whether the story asserts or reports the mention: not negated, not hypothetical."""
    mention = info.mention
    return (
        mention.polarity is Polarity.POS
        and mention.modality is None
        and mention.tense != "FUTURE"
        and info.factuality is not Factuality.POSSIBLE
    )


# Which end must start first, for each family of relations: a link the story's own dates
# contradict comes from a misread cue (or a plan told in the present tense), so it is left
# out rather than shown as a conflict.
_CAUSE_FIRST = frozenset({"causes", "enables", "prevents", "warns", "threatens", "before"})
_TARGET_FIRST = frozenset(
    {"blames", "accuses", "denies", "condemns", "reports", "responds_to", "retaliates_for"}
)


def _dates_forbid(relation: str, source: MentionInfo, target: MentionInfo) -> bool:
    if source.when is None or target.when is None:
        return False
    first, second = source.when.interval, target.when.interval
    if first is None or second is None:
        return False
    if relation in _CAUSE_FIRST:
        return first.start >= second.end
    if relation in _TARGET_FIRST or relation == "after":
        return second.start >= first.end
    return False


def _naming(tagged: Sequence[Tagged], info: MentionInfo) -> bool:
    """ "what he called a policy": a verb that names something, inside a free relative."""
    head = info.mention.group_first
    return head >= 2 and tagged[head - 1].tag == "PRON" and tagged[head - 2].word.lower == "what"


def _definite(tagged: Sequence[Tagged], head: int) -> bool:
    """Whether the noun at `head` refers back: "the strike", "his death", "Asapov's death"."""
    position = head - 1
    while position >= 0 and tagged[position].tag in ("ADJ", "NOUN", "ADV"):
        position -= 1
    if position < 0:
        return False
    item = tagged[position]
    return item.word.lower in cues.DEFINITE or item.tag == "POS"


def _matches(tagged: Sequence[Tagged], phrase: tuple[str, ...]) -> list[int]:
    """Where the words of `phrase` follow each other in the sentence."""
    size = len(phrase)
    first = phrase[0]
    return [
        index
        for index, item in enumerate(tagged)
        if item.word.lower == first
        and index + size <= len(tagged)
        and all(tagged[index + k].word.lower == phrase[k] for k in range(1, size))
    ]


def _causal_relation(lemma: str) -> str | None:
    if lemma in cues.PREVENTING:
        return "prevents"
    if lemma in cues.ENABLING:
        return "enables"
    if lemma in cues.CAUSING or lemma in cues.FROM_CAUSE:
        return "causes"
    return None
