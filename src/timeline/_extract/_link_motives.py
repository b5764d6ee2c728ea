"""Links from why people act: aims told by an infinitive of purpose ("blocked the road to
demand compensation", "in a bid to end the strike"), motives told by a participle
("marched to the ministry, demanding his release"), the means an act was done by
("blocked the road by felling trees"), and reactions told by what they are over ("anger
over the verdict", "arrested in connection with the killing").

An infinitive is a purpose only where English leaves it no other reading: after a verb and
its object or phrases, never as the complement of a verb, adjective or noun that takes one
("wanted to meet", "asked them to leave", "able to attend", "the decision to close").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass, Polarity
from . import _cues as cues
from ._extract import MentionInfo
from ._link_base import CLAUSE_STOPS, LinkReader
from ._link_words import is_predicate, word_at
from ._phrases import is_relative
from ._tagger import Tagged

__all__ = ["MotiveLinks"]

# How far back from "to" the act it is the purpose of may be: the verb, its object and
# its phrases ("blocked the highway near the toll plaza for three hours to ...").
_PURPOSE_REACH = 14
# Classes of verbs that take an infinitive as their complement ("tried to", "wanted to",
# "began to", "said to be", "seemed to"), so what follows them is no purpose.
_COMPLEMENT_TAKERS = frozenset(
    {
        EventClass.I_ACTION,
        EventClass.I_STATE,
        EventClass.ASPECTUAL,
        EventClass.REPORTING,
        EventClass.STATE,
        EventClass.PERCEPTION,
    }
)
_OBJECT_INFINITIVE_TAKERS = frozenset(
    {EventClass.I_ACTION, EventClass.I_STATE, EventClass.REPORTING}
)
# Words that may stand between an act and its purpose: its object and its phrases.
# Words between a reaction and the phrase that names its ground: "arrested two men late on
# Sunday in connection with ...".
_GROUND_REACH = 8
# A reaction word may stand further back when nothing between names an event: "staged a
# sit-in at the mine in the platinum belt on Friday over the suspension".
_HEADED_GROUND_REACH = 14
_NOUN_PHRASE_STARTS = frozenset({"DET", "POS", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PREP", "POS", "ADV", "PRON"})


class MotiveLinks(LinkReader):
    """Finders of motivates links (aims and motives) and of the means of an act."""

    def _purposes(self, number: int) -> None:
        """ "Police fired tear gas to disperse the crowd": dispersing is the firing's aim."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            if mention.pos == "VERB" and mention.tense == "INFINITIVE":
                to = _to_before(tagged, mention.group_first, mention.head)
            elif mention.light_verb is not None and mention.light_verb > 0:
                # "to make good their escape": the light verb's "to" is the noun's.
                before = mention.light_verb - 1
                to = before if tagged[before].word.lower == "to" else None
            else:
                continue
            if to is None or mention.polarity is Polarity.NEG:
                continue
            lead = _purpose_phrase(tagged, to)
            if lead is not None:
                host = self._host(number, lead, to)
                first = lead
            elif to == 0 or tagged[to - 1].word.text in ('"', "“"):
                host = self._act_after_comma(number, mention.last)
                first = to
            else:
                host = self._purpose_host(number, to)
                first = to
            if host is not None and not self._stated(host):
                host = self._attempt_of(number, host)  # "tried to land there to rescue"
            if host is None or not self._stated(host):
                continue
            self._add(info, "motivates", host, number, first, to)

    def _purpose_host(self, number: int, to: int) -> MentionInfo | None:
        """The act an infinitive at word `to` + 1 is the purpose of, or None when the
        infinitive completes a verb, adjective or noun instead."""
        tagged = self._tagged(number)
        if to >= 2 and tagged[to - 1].word.lower in cues.FOCUS_ADVERBS:
            to -= 1  # "acted only to protect", "went to court only to": the adverb is the aim's
        before = tagged[to - 1]
        lower = before.word.lower
        covered = self.covered[number]  # "blocked the road on Monday to ..."
        if lower == "on" and to >= 2 and tagged[to - 2].tag == "VERB":
            return None  # "went on to say": going on, no aim
        if (lower in cues.NOT_PURPOSE_BEFORE and to - 1 not in covered) or before.tag in (
            "ADJ",
            "AUX",
            "MODAL",
            "CONJ",
        ):
            return None  # "the first to", "enough to", "able to", "has to"; not "at 11 am"
        adjacent = self._at(number, to - 1)
        if adjacent is not None and _organised(tagged, adjacent):
            pass  # "their campaign to spread the message": the campaign's own aim, below
        elif before.tag in ("NOUN", "PROPN") and lower in cues.COMPLEMENT_NOUNS:
            return None  # "the decision to close", "a plan to expand"
        for position in range(to - 1, max(-1, to - 1 - _PURPOSE_REACH), -1):
            item = tagged[position]
            found = self._at(number, position)
            if found is not None and _modifies_a_noun(tagged, found):
                found = None  # "an experienced member", "striking workers": no act
            if item.word.lower in cues.COMPLEMENT_NOUNS and not (
                found is not None and position == to - 1 and _organised(tagged, found)
            ):
                return None  # "efforts by governments to ease ...": the noun's own aim
            if (
                item.word.lower == "for"
                and position < to - 1
                and _subject_between(tagged, position, to, covered)
            ):
                # "arrangements for her to check in": the infinitive has a subject of its
                # own; "for three hours to protest" is a length, and the aim goes on.
                return None
            if (
                found is not None
                and _only_a_date_between(tagged, position, to, covered)
                and found.mention.pos == "NOUN"
                and _organised(tagged, found)
            ):
                # "a session to discuss the cuts": an organised event has an aim of its
                # own, unless a verb before it takes it and then the infinitive ("allowed
                # the rally to go ahead").
                verb = self._verb_before(number, position)
                if verb is not None and not _acts_for_an_aim(verb, immediately=False):
                    return None
                return found
            if found is not None and is_predicate(found.mention):
                if found.mention.lemma == "take" and self._length_between(number, position, to):
                    return None  # "took an hour to reach the farm": how long, not why
                immediately = position == to - 1 or (
                    position == to - 2 and tagged[to - 1].tag == "PART"
                )
                if immediately and _lemma_after(tagged, to) in cues.NOT_AIMS:
                    return None  # "came to know": no aim but a change of state
                return found if _acts_for_an_aim(found, immediately=immediately) else None
            if item.word.lower in cues.NOT_PURPOSE_BEFORE and position not in covered:
                return None  # "the only party to", "too weak to"; not "last Friday"
            if item.word.text == "," and position == to - 1:
                continue  # "continued their protest in the state, to protest ..."
            if item.word.text in CLAUSE_STOPS or item.tag == "SUB":
                return None
            if (
                found is None
                and item.tag not in _PHRASE_TAGS | {"PART"}
                and position not in covered
            ):
                return None  # a verb that is no event ("had to"), a conjunction
        return None

    def _length_between(self, number: int, position: int, to: int) -> bool:
        """Whether a length of time stands between word `position` and "to": "took an
        hour to", "took them three days to", "took time to"; a date does not ("took to the
        streets on Sunday to protest")."""
        tagged = self._tagged(number)
        for item in tagged[position + 1 : to]:
            if item.word.lower in ("time", "long", "ages", "while"):
                return True
            start = item.word.start
            if any(first <= start < last for last, first in self.durations.items()):
                return True
        return False

    def _act_after_comma(self, number: int, last: int) -> MentionInfo | None:
        """ "To protest the tax, farmers blocked roads": the act after the opening phrase."""
        tagged = self._tagged(number)
        position = last + 1
        while position < len(tagged) and tagged[position].word.text != ",":
            position += 1
        if position >= len(tagged):
            return None
        found = self._verb_after(number, position)
        if found is None or found.mention.event_class in _COMPLEMENT_TAKERS:
            return None
        return found

    def _motive_participles(self, number: int) -> None:
        """ "Workers marched to the ministry, demanding their back pay": the demand drives
        the march."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            if (
                mention.pos != "VERB"
                or mention.tense != "PRESPART"
                or mention.aspect != "NONE"
                or mention.lemma not in cues.MOTIVES
                or mention.polarity is Polarity.NEG
            ):
                continue
            needs = cues.MOTIVE_PREPOSITIONS.get(mention.lemma)
            following = (
                tagged[mention.last + 1].word.lower if mention.last + 1 < len(tagged) else ""
            )
            if needs is not None and following not in needs:
                continue  # "calling it a betrayal" tells no motive; "calling for" does
            if mention.head > 0 and tagged[mention.head - 1].tag in ("DET", "POS", "ADJ", "VERB"):
                continue  # "the protesting workers", "started protesting": no clause of its own
            host = self._act_before(number, mention.head)
            if host is None and mention.head == 0:
                host = self._act_after_comma(number, mention.last)
            if host is not None and not self._stated(host):
                host = self._attempt_of(number, host)
            if host is None or not self._stated(host):
                continue
            between = tagged[host.mention.last + 1 : mention.head]
            if any(t.tag == "SUB" for t in between) and between[-1].word.text != ",":
                continue  # "hurt when strikers protesting ... stormed": another clause's
            self._add(info, "motivates", host, number, mention.head, mention.last)

    def _attempt_of(self, number: int, info: MentionInfo) -> MentionInfo | None:
        """The attempt or refusal an infinitive completes ("tried to storm the office,
        demanding ...", "refused to work to protest ..."): what an aim drove is the trying
        or refusing, which happened, not the storming or working."""
        mention = info.mention
        if mention.tense != "INFINITIVE" or mention.group_first < 1:
            return None
        attempt = self._verb_before(number, mention.group_first)
        if attempt is None or attempt.mention.lemma not in cues.ATTEMPTING:
            return None
        return attempt if attempt.mention.last + 1 == mention.group_first else None

    def _act_before(self, number: int, index: int) -> MentionInfo | None:
        """The act a participle at word `index` tells the motive of: the nearest predicate
        before it, if it is a doing (not a statement, belief or state)."""
        host = self._hung_on_any(number, index)
        if host is None or host.mention.event_class in (
            EventClass.REPORTING,
            EventClass.STATE,
            EventClass.I_STATE,
            EventClass.PERCEPTION,
        ):
            return None
        return host

    def _hung_on_any(self, number: int, first: int) -> MentionInfo | None:
        """The nearest predicate before word `first`, outside relative clauses; else the
        nearest event noun ("students on strike demanding ...")."""
        tagged = self._tagged(number)
        noun: MentionInfo | None = None
        for earlier in self._before_outside_relatives(number, first):
            if _modifies_a_noun(tagged, earlier):
                continue  # "in protest at falling prices, demanding ...": not the act
            if is_predicate(earlier.mention):
                return earlier
            noun = noun or earlier
        return noun

    def _means(self, number: int) -> None:
        """ "Villagers blocked the road by felling trees": the felling brought it about."""
        tagged = self._tagged(number)
        for index, item in enumerate(tagged):
            if item.word.lower != "by" or index + 1 >= len(tagged):
                continue
            means = self._at(number, index + 1)
            if means is None or tagged[index + 1].form != "ing" or not self._stated(means):
                continue
            host = self._verb_before(number, index)
            if host is not None and host.mention.clause != self._clause_of(number, index):
                host = None  # the act and its means are told in one clause
            if (
                host is None
                or not is_predicate(host.mention)
                or _agent_follows(tagged, host, index)
                or host.mention.event_class in _COMPLEMENT_TAKERS
                or not self._stated(host)
            ):
                continue
            if host.mention.lemma in cues.RESPONDING:
                # "reacted to the ruling by closing the market": the closing was the
                # reaction, so it answers what the reaction did.
                stimulus = self._event_after(number, host.mention.last + 1)
                if word_at(tagged, host.mention.last + 1) == "to" and stimulus is not None:
                    self._add(means, "responds_to", stimulus, number, index, index + 1)
                continue
            self._add(means, "causes", host, number, index, index + 1)

    def _results(self, number: int) -> None:
        """ "The council raised fares, thereby angering commuters": what the act brought."""
        tagged = self._tagged(number)
        for index, item in enumerate(tagged[:-1]):
            if item.word.lower not in cues.RESULT_ADVERBS:
                continue
            result = self._at(number, index + 1)
            if result is None or result.mention.tense != "PRESPART":
                continue
            act = self._hung_on_any(number, index)
            if act is not None and self._stated(act) and self._stated(result):
                self._add(act, "causes", result, number, index, index)

    def _so_that(self, number: int) -> None:
        """ "Workers stayed home so that the plant would close": the closing is the aim."""
        for first in self._matches(number, ("so", "that")):
            act = self._hung_on_any(number, first)
            aim = self._aim_after(number, first + 1)
            if act is None or aim is None or not self._stated(act):
                continue
            if aim.mention.polarity is Polarity.NEG or aim.mention.head > first + 8:
                continue
            self._add(aim, "motivates", act, number, first, first + 1)

    def _aim_after(self, number: int, index: int) -> MentionInfo | None:
        """The first predicate after word `index` outside a relative clause: "so that their
        forces, which back rival sides, do not collide" aims at (not) colliding."""
        analysed = self.analysis.sentences[number]
        for info in self.by_sentence[number]:
            if info.mention.head <= index or not is_predicate(info.mention):
                continue
            clause = analysed.clauses[info.mention.clause]
            if clause.opener != "" and is_relative(analysed.tagged, clause, self.covered[number]):
                continue
            return info
        return None

    def _reaction_before(
        self, number: int, first: int, heads: frozenset[str]
    ) -> MentionInfo | None:
        """The reaction a ground phrase at word `first` hangs on: the nearest event before
        it, or with `heads`, the nearest of those words within reach in its clause ("anger
        grows over ...", "staged a strike at the mine on Friday over ...")."""
        if not heads:
            nearest = self._nearest_before(number, first)
            if nearest is None or nearest.mention.last < first - _GROUND_REACH:
                return None  # "arrested four men on Tuesday in connection with ..."
            return nearest
        tagged = self._tagged(number)
        for earlier in reversed(self.by_sentence[number]):
            mention = earlier.mention
            if mention.head >= first:
                continue
            if mention.last < first - _HEADED_GROUND_REACH or any(
                tagged[p].word.text in CLAUSE_STOPS for p in range(mention.last + 1, first)
            ):
                return None
            if mention.lemma in heads or tagged[mention.head].word.lower in heads:
                return earlier
            if mention.pos == "NOUN":
                return None  # "strikes on their positions in retaliation for": the nearer noun
        return None

    def _fronted_feelings(self, number: int) -> None:
        """ "Angry over the verdict, farmers blocked the road": the act the sentence tells
        answers what stirred the feeling that opens it."""
        tagged = self._tagged(number)
        start = self._opening(number)
        if len(tagged) < start + 4 or tagged[start].word.lower not in cues.FRONTED_FEELINGS:
            return
        if tagged[start + 1].word.lower not in ("by", "over", "at", "about", "with"):
            return
        comma = self._fronted_comma(number, start)
        if comma is None:
            return
        ground = self._event_after(number, start + 1, 5)
        act = self._verb_after(number, comma)
        if ground is None or act is None or ground.mention.head > comma:
            return
        if not (self._stated(ground) and self._stated(act)):
            return
        ground = self._told(number, ground, act.event_id)
        self._add(act, "responds_to", ground, number, start, start + 1)

    def _against_for(self, number: int) -> None:
        """ "protested against the chief for allotting the ticket", "filed a case against
        him for making the speech": "for" after "against" someone gives the reason."""
        tagged = self._tagged(number)
        for first in self._matches(number, ("against",)):
            reason_at = next(
                (
                    p
                    for p in range(first + 2, min(len(tagged), first + 8))
                    if tagged[p].word.lower == "for"
                ),
                None,
            )
            if reason_at is None or any(
                tagged[p].word.text in CLAUSE_STOPS or tagged[p].tag in ("VERB", "SUB")
                for p in range(first + 1, reason_at)
            ):
                continue
            reaction = self._nearest_before(number, first)
            reason = self._event_after(number, reason_at, 4)
            if reaction is None or reason is None or not self._stated(reaction):
                continue
            reason = self._told(number, reason, reaction.event_id)
            self._add(reaction, "responds_to", reason, number, first, reason_at)

    def _grounds(self, number: int) -> None:
        """ "anger over the verdict", "arrested in connection with the killing": a reaction
        to what its phrase names."""
        tagged = self._tagged(number)
        for phrase, heads, relation in cues.GROUNDS:
            for first in self._matches(number, phrase):
                last = first + len(phrase) - 1
                reaction = self._reaction_before(number, first, heads)
                if reaction is None or not self._stated(reaction):
                    continue
                if last + 1 >= len(tagged) or tagged[last + 1].tag not in _NOUN_PHRASE_STARTS:
                    continue  # "the strike was over and ...": an adverb, no phrase
                ground = self._event_after(number, last, 5)
                if ground is None or (
                    ground.mention.pos == "VERB" and ground.mention.tense != "PRESPART"
                ):
                    continue  # "the time for everyone to act": no event is named
                ground = self._told(number, ground, reaction.event_id)
                if relation == "motivates":
                    self._add(ground, relation, reaction, number, first, last)
                else:
                    self._add(reaction, relation, ground, number, first, last)


def _organised(tagged: Sequence[Tagged], info: MentionInfo) -> bool:
    """Whether an event is an organised one, with an aim of its own ("a meeting", whose
    lemma is "meet", "a rally")."""
    mention = info.mention
    return mention.lemma in cues.ORGANISED or tagged[mention.head].word.lower in cues.ORGANISED


def _only_a_date_between(
    tagged: Sequence[Tagged], position: int, to: int, covered: frozenset[int]
) -> bool:
    """Whether nothing but a date stands between word `position` and the "to" at `to`:
    "a meeting to discuss", "a meeting on Monday to discuss"."""
    return all(
        index in covered or (tagged[index].tag == "PREP" and index + 1 in covered)
        for index in range(position + 1, to)
    )


def _to_before(tagged: Sequence[Tagged], first: int, head: int) -> int | None:
    """The index of the "to" of an infinitive's verb group, if it has one."""
    for position in range(first, head):
        if tagged[position].word.lower == "to":
            return position
    return None


def _purpose_phrase(tagged: Sequence[Tagged], to: int) -> int | None:
    """Where a phrase that says "for this aim" begins, if "to" ends one: "in order to",
    "so as to", "in a bid to"."""
    words = [t.word.lower for t in tagged[max(0, to - 4) : to]]
    for phrase in cues.PURPOSE_PHRASES:
        size = len(phrase)
        if tuple(words[-size:]) == phrase:
            return to - size
    return None


def _agent_follows(tagged: Sequence[Tagged], host: MentionInfo, by: int) -> bool:
    """Whether "by" at word `by` names the agent of `host`: after a passive with its
    auxiliary ("was blocked by"), a harm ("injured by falling debris"), or a participle
    right after its noun ("a campaign dominated by housing costs"). In "workers later
    protested by dumping garbage" the mention finder sees a passive, but the gerund is
    the act's means."""
    mention = host.mention
    if not mention.passive:
        return False
    if mention.group_first != mention.head or mention.lemma in cues.HARMS | cues.FEELINGS:
        return True
    before = mention.head - 1
    while before >= 0 and tagged[before].tag in ("ADV", "NEG"):
        before -= 1
    if before >= 0 and tagged[before].tag == "AUX":
        return True  # "is regularly struck by": the auxiliary stands before an adverb
    right_after_noun = mention.head > 0 and tagged[mention.head - 1].tag in ("NOUN", "PROPN")
    return right_after_noun and mention.last + 1 == by


def _subject_between(
    tagged: Sequence[Tagged], for_at: int, to: int, covered: frozenset[int]
) -> bool:
    """Whether the words between "for" and "to" are a plain noun phrase, the subject of
    the infinitive ("arrangements for her to check in", "time for everyone to act"), not
    a length ("for three hours") or a phrase of its own ("for a bandh on Monday")."""
    between = range(for_at + 1, to)
    if all(p in covered for p in between):
        return False
    return all(tagged[p].tag in ("DET", "POS", "ADJ", "NOUN", "PROPN", "PRON") for p in between)


def _lemma_after(tagged: Sequence[Tagged], to: int) -> str:
    """The lemma of the verb after "to"."""
    return tagged[to + 1].lemma if to + 1 < len(tagged) else ""


def _modifies_a_noun(tagged: Sequence[Tagged], info: MentionInfo) -> bool:
    """Whether a participle stands before a noun as its modifier ("striking workers")."""
    mention = info.mention
    if mention.pos != "VERB" or mention.passive:
        return False
    if mention.tense not in ("PRESPART", "PASTPART", "PAST") or mention.group_first != mention.head:
        return False  # "had struck", "was blocking": a verb group, no modifier
    following = mention.last + 1
    before = tagged[mention.head - 1].tag if mention.head > 0 else "PUNCT"
    if before == "CONJ" and mention.head >= 2:
        # "qualified and experienced staff" joins modifiers; "shouted slogans and showed
        # flags" joins verbs.
        joined = tagged[mention.head - 2]
        if joined.tag != "ADJ" and not (joined.tag == "VERB" and joined.form in ("ed", "en")):
            return False
    # After a preposition, "by wearing black bands" has an object, but "at falling
    # prices" is a change of level used as an adjective.
    # After a comma, "..., firing tear gas to clear ..." is a participle clause (but
    # "armed, striking miners" lists modifiers).
    after_comma = (
        mention.head > 1
        and tagged[mention.head - 1].word.text == ","
        and tagged[mention.head - 2].tag != "ADJ"
        and tagged[mention.head - 2].form not in ("ed", "en")
    )
    modifier_slot = (
        before in ("DET", "POS", "ADJ", "NUM", "PUNCT", "CONJ") and not after_comma
    ) or (before == "PREP" and mention.lemma in cues.CHANGES)
    return (
        following < len(tagged)
        and tagged[following].tag in ("NOUN", "PROPN", "ADJ")
        and modifier_slot
    )


# Verbs whose "to" names what something is related to, never an aim.
_RELATING = frozenset({"relate", "link", "connect", "tie", "attribute", "owe"})


def _acts_for_an_aim(host: MentionInfo, *, immediately: bool) -> bool:
    """Whether an infinitive after `host` can be its aim: not when the host takes an
    infinitive as its complement ("decided to", "asked them to"); and right after the
    verb, only a verb of going or gathering ("gathered to protest", "rushed to help")."""
    mention = host.mention
    if mention.lemma in cues.CONTROL_VERBS or mention.lemma in cues.CHANGES:
        return False  # "asked them to"; "the index fell 5% to reach a low": a result
    if mention.lemma in _RELATING:
        return False  # "the case related to the attack": a relation, not an act with an aim
    if mention.lemma == "leave" and (mention.passive or mention.tense == "PRESPART"):
        return False  # "were left to walk home", "leaving thousands to sleep": the plight
    if immediately and mention.pos == "VERB" and not mention.passive:
        return mention.lemma in cues.GOING and mention.event_class not in _COMPLEMENT_TAKERS
    # After an object or a passive, only verbs that take an object and then an infinitive
    # of their own ("wanted the council to", "was expected to", "was said to") complete
    # it; "continued their protest ... to", "was held to highlight" have an aim.
    return mention.event_class not in _OBJECT_INFINITIVE_TAKERS
