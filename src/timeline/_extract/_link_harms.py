"""Links from harm: what an event did to people and things ("killed in an air strike",
"a bomb exploded, killing six", "two were hurt when police charged", "the blast in which
nine died"), and the results a participle names ("forcing the cancellation of ...")."""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass, Polarity
from . import _cues as cues
from ._extract import MentionInfo
from ._link_base import CLAUSE_STOPS, NOT_DOINGS
from ._link_causes import CauseLinks, particle_of, unmarked_participle
from ._link_words import is_predicate, word_at
from ._mentions import Mention
from ._reports import IMPLICATIVE
from ._tagger import Tagged

__all__ = ["HarmLinks"]


class HarmLinks(CauseLinks):
    """Finders of what events harmed, and of the results participles name."""

    def _harm_participles(self, number: int) -> None:
        """ "A bomb exploded in the market, killing six": the explosion caused the deaths."""
        analysed = self.analysis.sentences[number]
        tagged = analysed.tagged
        clauses = list(analysed.clauses)
        for info in self.by_sentence[number]:
            mention = info.mention
            clause = clauses[mention.clause]
            if mention.tense != "PRESPART" or mention.aspect != "NONE" or mention.head == 0:
                continue
            joined = tagged[mention.head - 1].word.lower in ("and", "or")
            # "hit him causing injuries": the comma before the participle may be left out.
            unmarked = tagged[mention.head - 1].tag in ("NOUN", "PROPN", "PRON", "NUM")
            first = mention.head if unmarked else clause.first
            if not unmarked and clause.opener != "participle":
                continue
            if mention.head != clause.first and not joined and not unmarked:
                continue  # "killing two and wounding five": both say what the event did
            harm = mention.lemma in cues.HARM_PARTICIPLES or mention.lemma in cues.FEELINGS
            if not harm or mention.polarity is Polarity.NEG:
                continue
            # "hit him causing injuries" is loose; but a participle right after a noun
            # tells what that noun did, so only an event noun there is a cause.
            if unmarked:
                cause = self._noun_just_before(number, mention.head)
                with_before = any(
                    t.word.lower == "with" for t in tagged[max(0, mention.head - 4) : mention.head]
                )
                # "pelted with stones resulting in damage": no thing results in anything,
                # so the participle is the clause's, "with" or not.
                resulting = mention.lemma in ("result", "lead") and word_at(
                    tagged, mention.last + 1
                ) in ("in", "into", "to")
                if cause is None and (
                    (
                        (
                            tagged[mention.head - 1].tag in ("PRON", "PROPN")
                            or mention.head - 1 in self.covered[number]
                            # "pelted stones at the strikers forcing them to flee": a
                            # participle with a pronoun object is a clause of its own.
                            or word_at(tagged, mention.last + 1) in _OBJECT_PRONOUNS
                        )
                        and not with_before
                    )  # "with Horton pushing a child": his own act
                    or resulting
                ):
                    # "hit him causing injuries", "stoned a bus at Karamana injuring its
                    # driver", "shut the road until 6 p.m. causing delays": a pronoun, a
                    # name or a time takes no participle as a modifier, so the participle
                    # tells what the verb before it did ("saw him causing trouble" is what
                    # was seen, no cause).
                    cause = self._verb_before(number, mention.head)
                    if cause is not None and (
                        cause.mention.event_class in NOT_DOINGS | {EventClass.PERCEPTION}
                        or cause.mention.lemma in cues.OBJECT_ING_TAKERS
                    ):
                        cause = None
            else:
                cause = self._hung_on(number, first)
            if cause is None or not self._stated(cause):
                continue
            if cause.mention.tense == "INFINITIVE" and not self._made_to(number, cause):
                continue  # "vowed to fight, ...": an aim or intention does nothing yet
            effect = self._participle_effect(number, info)
            if effect is not None:
                self._add(cause, "causes", effect, number, mention.head, mention.head)

    def _participle_effect(self, number: int, info: MentionInfo) -> MentionInfo | None:
        """What a result participle names as brought about: "forcing the cancellation of
        14 flights" the cancellation, "forcing residents to flee" the fleeing, "leaving
        parents scrambling" the scrambling, "causing delays" the delays; else the
        participle itself ("killing six")."""
        mention = info.mention
        if mention.lemma in cues.CAUSING and mention.lemma not in ("force", "leave", "send"):
            # "resulting in damage to ...": the cue says a cause, its object what it is;
            # with no event there ("the road leading to the town") there is no link.
            return self._effect(number, info, mention.last)
        if mention.lemma not in ("force", "leave"):
            return info
        tagged = self._tagged(number)
        for position in range(mention.last + 1, min(len(tagged), mention.last + 8)):
            item = tagged[position]
            if mention.lemma == "leave" and item.tag == "PART" and item.word.lower == "to":
                done = self._at(number, position + 1)  # "leaving thousands to sleep there"
                return done if done is not None else info
            if item.word.text in CLAUSE_STOPS or item.tag in ("SUB", "PREP", "PART"):
                break
            found = self._at(number, position)
            if found is None:
                continue
            verb = found.mention.pos == "VERB" and found.mention.tense == "PRESPART"
            if (mention.lemma == "force" and found.mention.pos == "NOUN") or (
                mention.lemma == "leave" and verb
            ):
                return found
        if mention.lemma == "force":
            return self._effect(number, info, mention.last) or info
        return info

    def _made_to(self, number: int, info: MentionInfo) -> bool:
        """Whether an infinitive is what a past "forced" or "managed" made happen ("forced
        police to shut the road, cutting off the village")."""
        return any(
            earlier.mention.lemma in IMPLICATIVE
            and earlier.mention.tense == "PAST"
            and 0 < info.mention.head - earlier.mention.last <= 8
            for earlier in self.by_sentence[number]
        )

    def _harms_done(self, number: int) -> None:
        """ "The blast damaged six houses": an event that harms is the cause of the harm."""
        for info in self.by_sentence[number]:
            mention = info.mention
            if (
                mention.pos != "VERB"
                or mention.lemma not in cues.HARMS
                or mention.passive
                or mention.tense in ("INFINITIVE", "PRESPART", "PASTPART")
                or not self._stated(info)
            ):
                continue
            following = mention.last + 1
            tagged = self._tagged(number)
            if following < len(tagged) and tagged[following].word.lower in _PARTICLES:
                following += 1  # "the flood washed out the track"
            if following >= len(tagged) or tagged[following].tag not in _OBJECT_STARTS:
                continue  # "talks stalled", "the ferry sank": the subject underwent it
            cause = self._subject_event(number, info)
            if cause is None or not self._stated(cause):
                continue
            self._add(cause, "causes", info, number, mention.head, mention.last)

    def _harm_when(self, number: int) -> None:
        """ "Two men were killed when a gunman opened fire": the "when" clause did the harm,
        or set off the outbreak ("violence erupted when ..."); so does an "as" clause, the
        harm's circumstance ("were hurt as police charged the crowd"), unless the harm has a
        cause told already ("a bomb killed three as crowds marched": the bomb did it)."""
        tagged = self._tagged(number)
        spans = self._subordinate_spans(number, "when") + [
            (first, last)
            for first, last in self._subordinate_spans(number, "as")
            # "was shot as he walked home": what the harmed one was doing did not harm him.
            if word_at(tagged, first + 1) not in _HARMED_ONES
        ]
        for first, last in spans:
            if first == 0:
                harm = self._after_fronted(number, last)  # "When the dam burst, four drowned"
            else:
                harm = self._verb_before(number, first)
            if harm is None:
                continue
            mention = harm.mention
            suffered = (
                _suffered(mention)
                # "Clashes broke out when police tried to seize the banners": an outbreak
                # is set off by what happened as it began.
                or mention.lemma in cues.OUTBREAKS
                or (mention.lemma == "break" and particle_of(tagged, mention) == "out")
                # "The march turned violent when police fired": violence broke out.
                or (mention.lemma == "turn" and word_at(tagged, mention.last + 1) in _TURNS)
            )
            cause = self._clause_verb_after(number, first)
            if cause is not None and unmarked_participle(tagged, cause):
                # "when Greeks protesting against the cuts torched a bank": the clause's
                # own verb, not a participle on its subject.
                cause = next(
                    (
                        later
                        for later in self.by_sentence[number]
                        if later.mention.head > cause.mention.head
                        and is_predicate(later.mention)
                        and later.mention.tense in ("PAST", "PRESENT")
                    ),
                    None,
                )
            if not suffered or cause is None or cause.mention.head > last:
                continue
            as_clause = tagged[first].word.lower == "as"
            if as_clause and any(
                link.target == harm.event_id and link.relation == "causes" for link in self.found
            ):
                continue
            if (
                cause.mention.aspect.startswith("PERFECTIVE")
                or cause.mention.event_class is EventClass.ASPECTUAL
            ):
                continue  # "when the fighting had ended, two were shot": a time, no doer
            if as_clause and cause.mention.tense == "PRESENT" and mention.tense == "PAST":
                continue  # "killed in an ambush as the state votes": a headline's time
            if self._stated(harm) and self._stated(cause):
                self._add(cause, "causes", harm, number, first, first)
                for joined in self._harms_joined_before(number, harm):
                    self._add(cause, "causes", joined, number, first, first)

    def _harms_joined_before(self, number: int, info: MentionInfo) -> list[MentionInfo]:
        """The harm suffered just before `info` and joined to it by "and" with only its
        own subject between ("were killed and 50 others injured"), if there is one."""
        tagged = self._tagged(number)
        earlier = [
            other
            for other in self.by_sentence[number]
            if other.mention.head < info.mention.group_first and _suffered(other.mention)
        ]
        if not earlier or not _suffered(info.mention):
            return []
        other = earlier[-1]
        between = tagged[other.mention.last + 1 : info.mention.group_first]
        if not between or between[0].word.lower != "and":
            return []
        if not all(
            t.tag in ("NUM", "NOUN", "DET", "ADJ", "AUX") or t.word.lower in ("were", "was")
            for t in between[1:]
        ):
            return []
        return [other] if self._stated(other) else []

    def _harm_in_fronted(self, number: int) -> None:
        """ "During the clashes, two officers were injured": the event a fronted "in" or
        "during" phrase names did the harm the sentence tells."""
        tagged = self._tagged(number)
        if len(tagged) < 4 or tagged[0].word.lower not in ("in", "during"):
            return
        comma = next((i for i, t in enumerate(tagged[:10]) if t.word.text == ","), None)
        if comma is None:
            return
        cause = self._event_after(number, 0, 4)
        if cause is None or cause.mention.pos != "NOUN" or cause.mention.head > comma:
            return
        harm = self._verb_after(number, comma)
        if harm is None or not _suffered(harm.mention) or not self._stated(harm):
            return
        cause = self._resolve(number, cause, harm.event_id)
        self._add(cause, "causes", harm, number, 0, 0)

    def _harm_in(self, number: int) -> None:
        """ "killed in an air strike", "hurt during the clashes": the event did the harm."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            injury = mention.pos == "NOUN" and mention.lemma in cues.INJURIES
            if injury:
                clause = self.analysis.sentences[number].clauses[mention.clause]
                words = {t.word.lower for t in tagged[clause.first : mention.head]}
                injury = not words & {"no", "none", "nobody", "not"}  # "No one suffered"
            if not (_suffered(mention) or injury) or not self._stated(info):
                continue  # "killed in a blast", "suffered burns in the blaze"
            following = _past_harm_adjuncts(tagged, mention.last + 1, self.covered[number])
            if following >= len(tagged):
                continue
            by = tagged[following].word.lower
            # "died of burns", "succumbed to his injuries"
            dying = mention.lemma in cues.DYING and by in ("of", "from", "to")
            if by not in _HARM_BY and not dying:
                continue
            cause = self._event_after(number, following, 6)  # "by a 12-hour bandh"
            if cause is None or cause.mention.pos != "NOUN":
                continue
            cause = self._resolve(number, cause, info.event_id)
            self._add(cause, "causes", info, number, mention.last, following)
            for joined in self._harms_joined_before(number, info):
                # "Ten were killed and 50 injured in a stampede": the phrase is both's.
                self._add(cause, "causes", joined, number, mention.last, following)

    def _harm_in_which(self, number: int) -> None:
        """ "the blast in which nine people were killed": the relative clause tells the
        harm that the event its "in which" (or "during which") hangs on did."""
        tagged = self._tagged(number)
        for which in self._matches(number, ("which",)):
            if which < 2 or tagged[which - 1].word.lower not in ("in", "during"):
                continue
            cause = None
            for position in range(which - 2, max(-1, which - 7), -1):
                if tagged[position].tag not in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PREP"):
                    break
                found = self._at(number, position)
                if found is not None and found.mention.pos == "NOUN":
                    cause = found  # "the bombing of the court in which": the nearest event
                    break
            if cause is None:
                continue
            harm = next(
                (
                    info
                    for info in self.by_sentence[number]
                    if info.mention.head > which
                    and info.mention.clause == self._clause_of(number, which + 1)
                ),
                None,
            )
            if harm is None or not _suffered(harm.mention) or not self._stated(harm):
                continue
            cause = self._resolve(number, cause, harm.event_id)
            self._add(cause, "causes", harm, number, which - 1, which)


# What a scene "turned" into as violence broke out: "the march turned violent".
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us"})
_HARMED_ONES = frozenset({"he", "she", "they", "we", "i", "you"})
_TURNS = frozenset({"violent", "ugly", "chaotic", "bloody", "tense"})
# Words that may stand between a harm and the "in" phrase of what did it: "shot dead in",
# "killed instantly in", "died later in".
_HARM_ADJUNCTS = frozenset(
    {"dead", "instantly", "immediately", "later", "there", "underground", "inside", "aboard"}
)
# The prepositions that introduce what did a harm: "killed in a blast", "hurt during".
_HARM_BY = frozenset({"in", "during", "by"})


def _past_harm_adjuncts(tagged: Sequence[Tagged], index: int, covered: frozenset[int]) -> int:
    """The first word from `index` past a harm's adjuncts: "dead", "on the spot", a date
    ("killed on Monday in a raid")."""
    while index < len(tagged):
        words = [item.word.lower for item in tagged[index : index + 3]]
        if words[0] in _HARM_ADJUNCTS or index in covered or tagged[index].tag == "ADV":
            index += 1  # "trapped underground early yesterday by a fall of rock"
        elif words == ["on", "the", "spot"]:
            index += 3
        elif words[:2] == ["to", "death"]:
            index += 2  # "hacked to death in a feud"
        elif tagged[index].tag == "PREP" and index + 1 in covered and words[0] not in _HARM_BY:
            index += 1  # the preposition of a date: "on Monday" (not "in recent violence")
        else:
            return index
    return index


_PARTICLES = frozenset({"out", "off", "up", "away", "down"})
# Words that begin a verb's object: "destroyed the bakery", "killed 12", "hurt them".
_OBJECT_STARTS = frozenset({"DET", "POS", "NUM", "NOUN", "PROPN", "PRON", "ADJ"})


def _suffered(mention: Mention) -> bool:
    """Whether the mention is a harm, a death or a feeling someone underwent: "were killed",
    "died", "were angered". In "were killed and 40 others injured" a participle that shares
    the passive's auxiliary is passive too; these verbs take an object when active."""
    undergone = mention.passive or mention.tense in ("PASTPART", "PAST")
    return (
        (mention.lemma in cues.HARMS and undergone)
        or mention.lemma in cues.DYING
        or (mention.lemma in cues.FEELINGS and undergone)
    )
