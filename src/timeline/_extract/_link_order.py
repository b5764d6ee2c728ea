"""Links from the order the text states: after, before, following, prior to, with an
offset ("two days after"), and the verbs follow and precede."""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass
from . import _cues as cues
from ._extract import MentionInfo
from ._link_base import FINITE, NOT_DOINGS, LinkReader
from ._link_words import is_predicate, word_at
from ._phrases import NP_OR_PRONOUN, is_relative
from ._syntax import ADVERBIAL, IN_FRONT_OF
from ._tagger import Tagged

__all__ = ["OrderLinks"]


def _reduced_relative(tagged: tuple[Tagged, ...], info: MentionInfo) -> bool:
    """Whether a participle with no auxiliary and "by" after it modifies the noun before
    it ("a campaign dominated by housing costs") rather than being a clause's verb."""
    mention = info.mention
    following = mention.last + 1
    return (
        mention.group_first == mention.head
        and tagged[mention.head].form in ("ed", "en")
        and following < len(tagged)
        and tagged[following].word.lower == "by"
    )


class OrderLinks(LinkReader):
    """Finders of before and after links."""

    def _time_order(self, number: int) -> None:
        analysed = self.analysis.sentences[number]
        tagged = analysed.tagged
        covered = self.covered[number]
        openers = {c.first: c for c in analysed.clauses}
        for position, item in enumerate(tagged):
            relation = cues.TIME_ORDER.get(item.word.lower)
            if relation is None:
                if item.word.lower == "as":
                    self._as_soon_as(number, position)
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
            if item.word.lower == "once" and (clause is None or clause.opener != "once"):
                continue  # "once a mill town": formerly, no order
            if clause is not None and clause.opener == item.word.lower:
                other = self._verb_after(number, position)
                if other is not None and other.mention.head > clause.last:
                    other = None
                noun = self._event_after(number, last)
                if other is not None and noun is not None and _reduced_relative(tagged, other):
                    other = noun  # "after a campaign dominated by ...": the campaign
                host = self._verb_before(number, position)
                opens = _opens_sentence(tagged, position, covered)
                if host is None and other is not None and opens:
                    # "After the talks failed, the union struck": the clause after the comma.
                    host = self._host(number, position, other.mention.head)
            else:
                other = self._event_after(number, last)
                host = self._host(number, position, last)
                if other is not None and host is not None:
                    other = self._resolve(number, other, host.event_id)
            if other is None or host is None:
                continue
            if host.mention.lemma == "come" and host.mention.pos == "VERB":
                # "The strike comes a week after a stoppage ended": the strike comes after.
                subject = self._subject_event(number, host)
                if subject is not None and subject.mention.pos == "NOUN":
                    host = subject
            if host.mention.tense == "INFINITIVE" and not self._stated(host):
                # "ordered two envoys to leave, two days after Paris expelled ...": the
                # order is what came after; the leaving may be yet to come.
                governor = self._verb_before(number, host.mention.group_first)
                if governor is not None and self._stated(governor):
                    host = governor
            if (
                host.mention.tense == "PRESPART"
                and position > 0
                and tagged[position - 1].word.text == ","
                and host.mention.group_first > 0
                and tagged[host.mention.group_first - 1].word.text == ","
            ):
                # "rioted on Monday, injuring a guard, after the warden cancelled visits":
                # a participle set off by commas is an aside; the phrase is the clause's.
                host = self._verb_before(number, host.mention.group_first) or host
            if item.word.lower == "since" and not host.mention.aspect.startswith("PERFECTIVE"):
                continue  # "closed since demand fell" gives a reason, not a time
            if item.word.lower == "before" and host.mention.lemma in IN_FRONT_OF:
                continue  # "appeared before magistrates": in front of, not earlier than
            if host.mention.event_class is EventClass.REPORTING and position > host.mention.head:
                host = self.reported.get(host.event_id, host)
            elif host.mention.event_class is EventClass.REPORTING and host.mention.head > last:
                # "made a landing after a boiler caught fire, the coastguard said": the
                # phrase belongs to what was said, not to the saying after it.
                told = self.reported.get(host.event_id)
                if told is None:
                    continue
                host = told
            if not (self._unconditional(host) and self._unconditional(other)):
                continue  # "threatened to protest if the park reopens before ...": possible
            first = self._offset_start(number, position)
            self._add(host, relation, other, number, first, last)
            if clause is not None and clause.opener == item.word.lower:
                for joined in self._joined_verbs(number, other, clause.last):
                    # "after locusts invaded the valley and devoured the crops": both.
                    self._add(host, relation, joined, number, first, last)

    def _as_soon_as(self, number: int, position: int) -> None:
        """ "She locked the doors as soon as officers phoned": what the clause tells came
        first; `position` is the second "as"."""
        tagged = self._tagged(number)
        if not (
            position >= 2
            and tagged[position].word.lower == "as"
            and word_at(tagged, position - 1) == "soon"
            and word_at(tagged, position - 2) == "as"
        ):
            return
        other = self._clause_verb_after(number, position)
        if other is None:
            return
        host = self._host(number, position - 2, other.mention.head)
        if host is None or host.event_id == other.event_id:
            return
        if self._stated(host) and self._stated(other):
            self._add(host, "after", other, number, position - 2, position)

    def _last_told(self, number: int) -> MentionInfo | None:
        """The event a sentence's narration ends on: the last finite verb of its main or
        joined clauses ("Divers began searching at dawn, and by noon three boys had been
        brought out": the bringing out), or what a reporting verb tells."""
        analysed = self.analysis.sentences[number]
        last = None
        for info in self.by_sentence[number]:
            mention = info.mention
            opener = analysed.clauses[mention.clause].opener
            if not is_predicate(mention) or mention.tense not in FINITE:
                continue
            if opener in _NARRATING and self._stated(info):
                last = info
        if last is None:
            return self._main_event(number)
        return self.reported.get(last.event_id, last)

    def _and_then(self, number: int) -> None:
        """ "went to the police, and then worked with detectives": what "and then" adds
        came after the main clause's verb before it (not after one in a clause inside it,
        "after he was threatened")."""
        tagged = self._tagged(number)
        clauses = self.analysis.sentences[number].clauses
        for position in range(1, len(tagged) - 1):
            if tagged[position].word.lower != "and" or tagged[position + 1].word.lower != "then":
                continue
            later = self._verb_after(number, position + 1)
            between = tagged[position + 2 : later.mention.group_first] if later else ()
            if later is None or not all(t.tag in NP_OR_PRONOUN for t in between):
                continue  # a verb, or its subject and then the verb, must follow
            earlier = next(
                (
                    info
                    for info in reversed(self.by_sentence[number])
                    if info.mention.head < position
                    and is_predicate(info.mention)
                    and info.mention.tense in FINITE
                    and clauses[info.mention.clause].opener not in ADVERBIAL
                    and not is_relative(tagged, clauses[info.mention.clause], self.covered[number])
                ),
                None,
            )
            if earlier is not None and self._stated(later) and self._stated(earlier):
                self._add(later, "after", earlier, number, position, position + 1)

    def _later(self, number: int) -> None:
        """ "Two days later, officers arrested a man": this sentence's event comes after
        the one the sentence before tells; "an hour earlier", before it."""
        tagged = self._tagged(number)
        covered = self.covered[number]
        told_before = number > 0 and number - 1 not in self.headlines
        opening = _opens_after(tagged, covered)
        if opening is not None:
            if not told_before:
                return
            # "Within hours, crowds gathered", "Shortly afterwards, police arrived".
            this = self._verb_after(number, opening)
            # After a source's word the time runs from what it told ("Police said a bomb
            # went off. Within hours, ..."); an announcement is itself the event ("The
            # result was announced. Within hours, crowds gathered").
            previous = self._main_event(number - 1)
            speaking = next(
                (
                    info
                    for info in self.by_sentence[number - 1]
                    if is_predicate(info.mention) and info.mention.tense in FINITE
                ),
                None,
            )
            if speaking is not None and speaking.mention.lemma not in _ATTRIBUTIONS:
                previous = speaking
            if this is not None and previous is not None and self._stated(this):
                self._add(this, "after", previous, number, 0, opening)
            return
        for position, item in enumerate(tagged):
            relation = {"later": "after", "earlier": "before"}.get(item.word.lower)
            if relation is None or position == 0:
                continue
            # "Police later arrested 14 of them", "were later released": "later" inside
            # a verb group of narration orders it after what the sentence before told.
            in_group = (
                relation == "after"
                and position + 1 < len(tagged)
                and tagged[position + 1].tag == "VERB"
                and tagged[position - 1].tag in ("NOUN", "PROPN", "PRON", "AUX")
            )
            if position - 1 not in covered and not in_group:
                continue  # "later" alone may mean "at some later time": a length must lead
            first = position - 1
            while first > 0 and first - 1 in covered:
                first -= 1
            if in_group:
                first = position
                this = self._at(number, position + 1)
            elif first == 0:
                this = self._verb_after(number, position)  # "Two days later, ..."
            else:
                this = self._verb_before(number, first)  # "... arrested a man minutes later"
            previous = self._last_told(number - 1) if told_before else None
            analysed = self.analysis.sentences[number]
            if this is not None and is_relative(
                tagged, analysed.clauses[this.mention.clause], covered
            ):
                # "flattened a hut that had been evacuated two days earlier": counted from
                # the event of the sentence the relative clause is part of.
                own = self._main_event(number)
                if own is not None and own.event_id != this.event_id:
                    previous = own
            if this is None or previous is None or not self._stated(this):
                continue
            if previous.mention.event_class in NOT_DOINGS or previous.mention.lemma in (
                "follow",
                "precede",
            ):
                continue  # "later" counts from what happened, not from a denial or an order
            self._add(this, relation, previous, number, first, position)

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


# Openers of the clauses a sentence's narration runs through: its main clause and those
# joined to it.
_NARRATING = frozenset({"", "and", "but", "main", "resumed"})
# Verbs of saying that attribute what a story tells to its source.
_ATTRIBUTIONS = frozenset({"say", "tell", "add", "report", "state", "note", "explain"})
# Units a sentence may open "within" with: "Within hours, ...".
_WITHIN_UNITS = frozenset({"minutes", "hours", "days", "weeks", "an", "a", "moments"})


def _opens_after(tagged: Sequence[Tagged], covered: frozenset[int]) -> int | None:
    """The last word of a phrase opening a sentence that puts it after the one before
    ("Within hours", "Shortly afterwards", "After that", "The union then went ..."), or
    None."""
    words = [item.word.lower for item in tagged[:4]]
    if words[:2] in (["after", "that"], ["after", "this"]) and words[2:3] == [","]:
        return 1
    then = next((i for i, item in enumerate(tagged[:6]) if item.word.lower == "then"), None)
    if (
        then is not None
        and then > 0
        and tagged[then - 1].tag in ("NOUN", "PROPN", "PRON")  # "The union then went"
        and then + 1 < len(tagged)
        and tagged[then + 1].tag == "VERB"
    ):
        return then
    if words[:1] == ["afterwards"] or words[:1] == ["afterward"]:
        return 0
    if (
        len(words) >= 2
        and words[0] in ("shortly", "soon")
        and words[1]
        in (
            "afterwards",
            "afterward",
            "after",
        )
    ):
        after = words[2] if len(words) > 2 else ""
        return 1 if words[1] != "after" or after == "," else None
    if len(words) >= 2 and words[0] == "within" and (1 in covered or words[1] in _WITHIN_UNITS):
        last = 1
        while last + 1 < len(tagged) and last + 1 in covered:
            last += 1
        return last
    return None


def _opens_sentence(tagged: Sequence[Tagged], position: int, covered: frozenset[int]) -> bool:
    """Whether only a date, an adverb or punctuation comes before word `position`."""
    return all(
        index in covered
        or tagged[index].tag in ("ADV", "PUNCT", "CONJ")
        or (tagged[index].tag == "PREP" and index + 1 in covered)  # "On Monday, after ..."
        for index in range(position)
    )
