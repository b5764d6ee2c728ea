"""Links from who says what: reports, blames, accusations, denials, condemnations,
warnings and threats (reactions, "in response to", "arrested for", are in
`_link_reactions`)."""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass
from . import _cues as cues
from . import _lexicon as lx
from ._extract import MentionInfo
from ._link_base import CLAUSE_STOPS
from ._link_reactions import ReactionLinks
from ._link_words import is_predicate, naming, word_at
from ._mentions import Mention
from ._phrases import is_relative
from ._reports import complement
from ._tagger import Tagged

__all__ = ["SpeechLinks"]


def _completes_a_noun(tagged: Sequence[Tagged], info: MentionInfo) -> bool:
    """ "said it had no way to know": an infinitive after a noun completes the noun, and
    is not what the statement tells happened."""
    mention = info.mention
    to = mention.group_first
    if mention.tense != "INFINITIVE" or tagged[to].word.lower != "to":
        return False
    before = to - 1
    while before >= 0 and (tagged[before].tag == "ADV" or tagged[before].word.lower == "yet"):
        before -= 1  # "no way yet to know"
    return before >= 0 and tagged[before].tag in ("NOUN", "PROPN")


_ADVERBIAL = lx.words_of(
    """because although though while whereas if unless after before since until as when
    once"""
)

_HOSTILE = lx.words_of("retaliate strike attack hit respond punish destroy bomb")


# Verbs of saying, blaming and the like: joined to a told verb by "and", they are the
# speaker's own ("said X had acted and warned that ...").
_SAYINGS = (
    cues.REPORTING
    | cues.BLAMING
    | cues.ACCUSING
    | cues.DENYING
    | cues.CONDEMNING
    | cues.WARNING
    | cues.THREATENING
)
# Verbs that report only with a "that" clause.
_THAT_ONLY = frozenset(
    {"suggest", "argue", "rule", "hold", "submit", "contend", "maintain", "observe"}
)


def _share_denied(tagged: Sequence[Tagged], last: int) -> bool:
    """Whether a denial's object is a share in an event: "any role in", "involvement in",
    "a part in"."""
    words = [t.word.lower for t in tagged[last + 1 : last + 5]]
    while words and words[0] in ("any", "a", "all", "his", "her", "its", "their", "direct"):
        words = words[1:]
    return words[:2] in (["role", "in"], ["involvement", "in"], ["part", "in"], ["hand", "in"])


class SpeechLinks(ReactionLinks):
    """Finders of the links a statement or a reaction makes."""

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
            if _reduced_relative(analysed.tagged, mention):
                continue  # "a fire reported on Monday was ...": the fire, not a report
            before = analysed.tagged[mention.group_first - 1] if mention.group_first else None
            if mention.tense == "INFINITIVE" and (before is None or before.word.lower != "on"):
                continue  # "too early to say what caused it"; but "went on to say that"
            after = mention.last + 1
            if after < len(analysed.tagged) and analysed.tagged[after].word.lower in ("by", "to"):
                # "responded by closing the bridge": how it answered, not what it said;
                # "Responding to the deaths, ...": what it answered
                continue
            if mention.lemma in _THAT_ONLY and (
                after >= len(analysed.tagged) or analysed.tagged[after].word.lower != "that"
            ):
                continue  # "suggested a meeting" proposes; "suggested that ..." tells
            governed = complement(analysed.tagged, list(analysed.clauses), mentions, index)
            # What is told is the complement's own predicate, not one in a relative clause
            # inside it ("the price of what he called ..."); failing a verb, its event noun.
            told = [
                infos[g]
                for g in governed
                if not is_relative(
                    analysed.tagged, analysed.clauses[infos[g].mention.clause], self.covered[number]
                )
                or analysed.clauses[infos[g].mention.clause].opener == "that"
            ]
            # Nor one in an adverbial clause ("the virus spread because rates had fallen"
            # tells of the spreading): the told event is in the complement's own clause.
            told = [t for t in told if analysed.clauses[t.mention.clause].opener not in _ADVERBIAL]
            # Nor a participle that qualifies the subject ("a quake recorded on Wednesday
            # was unlikely to have caused ..."): a finite verb after it is the clause's.
            told = [t for t in told if not _reduced_relative(analysed.tagged, t.mention)]
            # "told the council in writing that the bridge could fail": with a "that"
            # clause after its phrases, what is told is in it.
            that = _that_after_phrases(analysed.tagged, mention.last)
            if that is not None and any(t.mention.head > that for t in told):
                told = [t for t in told if t.mention.head > that]
            if _an_open_question(analysed.tagged, mention.last, told):
                continue  # "said it was too soon to tell whether ...": nothing is told done
            main = next(
                (t for t in told if is_predicate(t.mention) and not naming(analysed.tagged, t)),
                None,
            )
            if main is not None and _completes_a_noun(analysed.tagged, main):
                continue  # "said it had no way to know who ...": no event is told as done
            if main is None:
                noun = next((t for t in told if t.mention.pos == "NOUN"), None)
                main = None if noun is None else self._resolve(number, noun, info.event_id)
            if main is None:
                continue
            self.reported[info.event_id] = main
            self._report(number, info, main)
            # "said the pilot shut down the engine and turned back": a second verb that
            # shares the told subject is told too.
            joined = next(
                (
                    t
                    for t in told
                    if t.mention.head > main.mention.last
                    and t.mention.clause == main.mention.clause
                    and t.mention.pos == "VERB"
                    and t.mention.tense in ("PAST", "PRESENT")
                    and analysed.tagged[t.mention.group_first - 1].word.lower == "and"
                    # "said Vass had acted lawfully and warned that ...": a saying, or a
                    # verb that drops the told verb's "had", is the speaker's own.
                    and t.mention.event_class is not EventClass.REPORTING
                    and t.mention.lemma not in _SAYINGS
                    and t.mention.aspect == main.mention.aspect
                ),
                None,
            )
            if joined is not None:
                self._report(number, info, joined)
            # "said X, and that Y": each "that" clause joined to the first is told too.
            for clause_number in sorted({t.mention.clause for t in told}):
                clause = analysed.clauses[clause_number]
                if (
                    clause_number <= main.mention.clause
                    or clause.opener != "that"
                    or clause.first < 1
                    or analysed.tagged[clause.first - 1].word.lower != "and"
                ):
                    continue
                also = next(
                    (
                        t
                        for t in told
                        if t.mention.clause == clause_number and is_predicate(t.mention)
                    ),
                    None,
                )
                if also is not None:
                    self._report(number, info, also)
            # '"Drivers are tired and some are leaving," she said': a clause joined to the
            # told one with its own subject is told too, if it tells what happens.
            following = main.mention.clause + 1
            if following < len(analysed.clauses) and analysed.clauses[following].opener in (
                "and",
                "but",
            ):
                also = next(
                    (
                        t
                        for t in told
                        if t.mention.clause == following
                        and is_predicate(t.mention)
                        and self._stated(t)
                    ),
                    None,
                )
                if also is not None and also is not joined:
                    self._report(number, info, also)

    def _report(self, number: int, info: MentionInfo, main: MentionInfo) -> None:
        """`info` reports `main`, or warns of it when `main` looks ahead."""
        # "may have triggered" hedges what happened; "may trigger" looks ahead.
        hedged_past = main.mention.aspect.startswith("PERFECTIVE")
        ahead = (
            main.mention.modality is not None and not hedged_past
        ) or main.mention.tense == "FUTURE"
        if ahead and main.mention.lemma not in _HOSTILE:
            return  # a plan or a forecast is told, not reported as having happened
        relation = "warns" if ahead else "reports"
        mention = info.mention
        self._add(info, relation, main, number, mention.group_first, mention.last)

    def _according_to(self, number: int) -> None:
        """ "Sales were halted, according to a statement by the firm": the statement
        reports what its clause tells. "according to police" names no speech event."""
        for first in self._matches(number, ("according", "to")):
            last = first + 1
            statement = self._event_after(number, last, 3)
            if statement is None or not (
                statement.mention.lemma in cues.SPEECH_NOUNS
                or statement.mention.event_class is EventClass.REPORTING
            ):
                continue
            told = self._host(number, first, last)
            if told is None or told.event_id == statement.event_id:
                continue
            self.reported.setdefault(statement.event_id, told)
            self._add(statement, "reports", told, number, first, last)

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
                # "charged six men with rioting": a charge names the offence with "with".
                accused_of = ("of", "for", "with") if lemma == "charge" else ("of", "for")
                target = self._after_word(number, last, accused_of)
                if target is None and lemma in cues.CRITICISING:
                    target = self._object(number, last)  # "criticised the increase"
                if target is not None:
                    self.reported[info.event_id] = target  # "the allegations": of this
                self._add(info, "accuses", target, number, first, last)
                also = self._joined_gerund(number, target)
                if also is not None:  # "accused of attacking a guard and stealing a van"
                    self._add(info, "accuses", also, number, first, last)
            elif lemma in cues.DENYING:
                target = self._said(number, info) or self._object(number, last)
                if target is None:
                    # "denied any role in the attack", "denied involvement in the plot"
                    target = (
                        self._after_word(number, last, ("in",))
                        if _share_denied(tagged, last)
                        else None
                    )
                gerund = self._at(number, last + 1)
                if target is None and gerund is not None and gerund.mention.tense == "PRESPART":
                    target = gerund  # "denied cutting corners"
                if target is None:
                    target = self._object_before_subject(number, info)  # "a claim she denied"
                pronoun = word_at(tagged, last + 1)
                if target is None and pronoun in ("this", "it", "that") and number > 0:
                    # "Residents said the firm dumped waste. The firm denied this.": what
                    # the sentence before told.
                    target = self._main_event(number - 1)
                    if target is not None and not self._stated(target):
                        target = None
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
                # "reacted to the cut", "retaliated for the raid": the preposition comes
                # right after the verb ("reacted calmly after ... an effort to pump" is none).
                following = last + 1
                while following < len(tagged) and tagged[following].tag == "ADV":
                    following += 1
                if following >= len(tagged) or tagged[following].word.lower not in words:
                    continue
                if info.mention.tense == "PRESPART" and info.mention.group_first <= 1:
                    continue  # "Reacting to the deaths, the minister ...": the act answers
                target = self._after_word(number, last, words)
                # The target may be an event told sentences before ("responded to the
                # strike"), so its word is looked up in its own sentence.
                own = self._tagged(target.sentence) if target is not None else tagged
                if target is not None and own[target.mention.head].tag != "PROPN":
                    self._add(info, relation, target, number, first, last)

    def _object_before_subject(self, number: int, info: MentionInfo) -> MentionInfo | None:
        """The event noun a relative clause without "that" hangs on, which the clause's
        verb takes as its object: in "repeated a claim the mayor denied" the claim."""
        tagged = self._tagged(number)
        mention = info.mention
        after = tagged[mention.last + 1] if mention.last + 1 < len(tagged) else None
        if after is not None and after.tag in ("DET", "NOUN", "PROPN", "PRON", "SUB"):
            return None  # the verb has an object or a clause of its own after it
        position = mention.group_first - 1
        subject = 0
        while position >= 0 and tagged[position].tag in ("PROPN", "NOUN", "ADJ"):
            position -= 1
            subject += 1
        if position >= 0 and tagged[position].tag in ("DET", "POS") and subject:
            position -= 1
        if not subject or position < 0:
            return None
        found = self._at(number, position)
        if found is None or found.mention.pos != "NOUN":
            return None
        return self._resolve(number, found, info.event_id)

    def _joined_gerund(self, number: int, target: MentionInfo | None) -> MentionInfo | None:
        """A second gerund joined by "and" or "or" to `target`, with nothing but its
        object between ("attacking a guard and stealing a van")."""
        if target is None or target.mention.pos != "VERB":
            return None
        tagged = self._tagged(number)
        if tagged[target.mention.head].form != "ing":
            return None
        for later in self.by_sentence[number]:
            mention = later.mention
            if mention.head <= target.mention.last:
                continue
            between = tagged[target.mention.last + 1 : mention.group_first]
            joined = (
                mention.pos == "VERB"
                and tagged[mention.head].form == "ing"
                and bool(between)
                and between[-1].word.lower in ("and", "or")
                and all(t.word.text not in CLAUSE_STOPS for t in between)
            )
            return later if joined else None
        return None

    def _said(self, number: int, info: MentionInfo) -> MentionInfo | None:
        """What a speech verb's complement tells: "denied that ...", "threatened to ..."."""
        analysed = self.analysis.sentences[number]
        tagged = analysed.tagged
        covered = self.covered[number]
        following = info.mention.last + 1
        while following < len(tagged) and (
            following in covered or (tagged[following].tag == "PREP" and following + 1 in covered)
        ):
            following += 1  # "warned on Tuesday that ...": a date may come first
        if following >= len(tagged) or tagged[following].word.lower not in ("that", "to"):
            # "warned it would": a complement with no "that" begins with its subject.
            if following >= len(tagged) or tagged[following].word.lower not in (
                lx.SUBJECT_PRONOUNS
            ):
                return None
        # The complement's own verb, past a relative clause in its subject ("that patients
        # who stop the tablets could suffer ...").
        found = next(
            (
                later
                for later in self.by_sentence[number]
                if later.mention.head > following - 1
                and is_predicate(later.mention)
                and not is_relative(tagged, analysed.clauses[later.mention.clause], covered)
            ),
            None,
        )
        if found is None or found.mention.head - following > 8:
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

    def _held_responsible(self, number: int) -> None:
        """ "Officials held the militia responsible for the blast": holding someone
        responsible (or accountable) for an event blames them for it."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            if mention.lemma != "hold" or mention.pos != "VERB" or not self._stated(info):
                continue
            window = tagged[mention.last + 1 : mention.last + 8]
            at = next(
                (
                    mention.last + 1 + k
                    for k, t in enumerate(window)
                    if t.word.lower in ("responsible", "accountable", "liable")
                ),
                None,
            )
            if at is None or at + 1 >= len(tagged) or tagged[at + 1].word.lower != "for":
                continue
            target = self._event_after(number, at + 1)
            if target is not None:
                target = self._told(number, target, info.event_id)
                self._add(info, "blames", target, number, mention.head, at + 1)


def _that_after_phrases(tagged: Sequence[Tagged], last: int) -> int | None:
    """Where the "that" of a speech verb ending at word `last` is, past its object and
    phrases ("told the council in writing that"), or None when a verb or punctuation
    comes first."""
    for index in range(last + 1, min(len(tagged), last + 9)):
        item = tagged[index]
        if item.word.lower == "that" and item.tag == "SUB":
            return index
        gerund = item.form == "ing" and tagged[index - 1].tag == "PREP"  # "in writing"
        if item.tag in ("VERB", "AUX", "MODAL", "PUNCT", "CONJ", "SUB") and not gerund:
            return None
    return None


# Words of place and time a participle qualifying a noun may take: "recorded nearby".
_AFTER_PARTICIPLES = frozenset({"nearby", "yesterday", "today", "overnight", "earlier"})


def _reduced_relative(tagged: Sequence[Tagged], mention: Mention) -> bool:
    """Whether an "-ed" verb right after a noun qualifies it, because a finite verb of
    the same clause follows ("a quake recorded nearby was felt", not "troops fired")."""
    if mention.pos != "VERB" or tagged[mention.head].form not in ("ed", "en"):
        return False
    if mention.group_first != mention.head or mention.head == 0:
        return False  # "had been recorded": a verb group of its own
    if tagged[mention.head - 1].tag not in ("NOUN", "PROPN"):
        return False
    following = tagged[mention.last + 1] if mention.last + 1 < len(tagged) else None
    if following is None or not (
        following.tag in ("PREP", "ADV") or following.word.lower in _AFTER_PARTICIPLES
    ):
        return False  # "officials said a fire ...": a verb with its object or clause
    for item in tagged[mention.last + 1 :]:
        if item.word.text in CLAUSE_STOPS or item.tag in ("SUB", "CONJ"):
            return False
        if item.tag in ("AUX", "MODAL") or (item.tag == "VERB" and item.lemma == "be"):
            return True
        if item.tag == "VERB" and item.form in ("ed", "past", "s"):
            return False  # another finite verb first: "said police fired ..."
    return False


# Words that open a question a speaker says is still open: "too soon to tell whether".
_QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "who", "when"})


def _an_open_question(tagged: Sequence[Tagged], last: int, told: Sequence[MentionInfo]) -> bool:
    """Whether what a speaker says is that something is not yet known: "it was too soon to
    tell whether the dam would hold", "it was not clear whether anyone was hurt" (the
    first thing told is a state or an infinitive, and a question word follows it)."""
    first = told[0].mention if told else None
    unsure = first is not None and first.lemma in ("clear", "know", "certain", "sure")
    if first is None or not (first.pos == "ADJ" or first.tense == "INFINITIVE" or unsure):
        return False
    after = first.last + 1
    if first.head - last > 8 or after >= len(tagged):
        return False
    return tagged[after].word.lower in _QUESTION_WORDS
