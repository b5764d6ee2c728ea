"""Links from what caused what: cause verbs with their direction, cause connectives,
"because" clauses, harm participles ("..., killing six"), harms done in an event, and
"As a result," opening a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass, Polarity
from . import _cues as cues
from . import _lexicon as lx
from ._extract import MentionInfo
from ._link_base import (
    CLAUSE_STOPS,
    NOT_DOINGS,
    SUBJECT_WORDS,
    LinkReader,
    is_predicate,
)
from ._mentions import Mention
from ._reports import IMPLICATIVE
from ._tagger import Tagged

__all__ = ["CauseLinks"]

# Verbs that are cues only with their preposition, which is part of the evidence.
_WITH_PREPOSITION = frozenset(
    {("lead", "to"), ("contribute", "to"), ("bring", "about"), ("result", "in")}
    | {("result", "into")}
    | {(lemma, word) for lemma in cues.ENDING_IN for word in ("in", "into")}
    | {(lemma, "from") for lemma in ("result", "stem", "arise")}
)
# The states "left ... dead", "left ... homeless" put people in.
_RESULT_STATES = lx.words_of(
    """dead homeless jobless idle injured wounded stranded destitute unemployed trapped
    without"""
)


class CauseLinks(LinkReader):
    """Finders of causes, enables and prevents links."""

    def _cause_verbs(self, number: int) -> None:
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            lemma = mention.lemma
            relation = _causal_relation(lemma)
            particle = cues.PARTICLE_CAUSING.get(lemma)
            if particle is not None and particle in (
                _particle(tagged, mention),
                _word(tagged, mention.last + 1),
            ):
                relation = "causes"
            if relation is None or mention.pos != "VERB" or not self._stated(info):
                continue
            if mention.tense == "INFINITIVE":
                continue  # "to prevent": an aim, not an outcome
            last = mention.last
            if last + 1 < len(tagged) and tagged[last + 1].word.lower in ("off", "up"):
                last += 1  # "were sparked off by", "was stirred up by": a particle
            brought_on = lemma == "bring" and "on" in (
                _particle(tagged, mention),
                _word(tagged, last + 1),
            )
            if brought_on and _word(tagged, last + 1) == "on":
                last += 1  # "stress brought on by the attack"
            following = tagged[last + 1].word.lower if last + 1 < len(tagged) else ""
            if "no" in (t.word.lower for t in tagged[last + 1 : last + 3]):
                continue  # "caused no damage", "led to no arrests": nothing was caused
            if lemma == "lead" and following != "to":
                continue
            if lemma == "contribute" and following != "to":
                continue
            if lemma == "bring" and following != "about" and not brought_on:
                continue
            if lemma == "result" and following not in ("in", "from", "into"):
                continue
            if lemma in cues.ENDING_IN and following not in ("in", "into"):
                continue  # "the protest ended in clashes"; not "the protest ended"
            # A participle whose particle comes before "by" is passive too: "stress
            # brought on by the attack", "riots sparked off by the arrest".
            passive = mention.passive or (
                last > mention.last and following == "by" and mention.tense in ("PAST", "PASTPART")
            )
            if (lemma in cues.FROM_CAUSE and following == "from") or (
                passive and following == "by"
            ):
                # "Y resulted from X", "Y was caused by X": the cause comes second.
                cause = self._event_after(number, last + 1) or self._relative_after(
                    number, last + 1
                )
                if cause is not None:
                    cause = self._resolve(number, cause, info.event_id)  # "by the ordeal"
                effect = None
                if mention.group_first == mention.head and mention.head > 0:
                    # "shock brought on by the ordeal": a participle qualifies the noun
                    # right before it.
                    effect = self._at(number, mention.head - 1)
                    if effect is not None and effect.mention.pos != "NOUN":
                        effect = None
                effect = effect or self._subject_event(number, info)
            elif passive:
                continue  # "another blast was triggered": the subject is the effect, no cause
            else:
                cause = self._subject_event(number, info)
                if cause is None and _unmarked_participle(tagged, info):
                    # "with a slump in orders causing losses": a participle right after a
                    # noun phrase tells what its head did ("saw rioters causing mayhem"
                    # names no event).
                    cause = self._noun_just_before(number, mention.head)
                effect = self._effect(number, info, last)
            if cause is None or effect is None:
                continue
            # The evidence reads "led to", "was caused by": the verb and its preposition.
            widen = (lemma, following) in _WITH_PREPOSITION or (passive and following == "by")
            cue_last = last + 1 if widen else last
            self._add(cause, relation, effect, number, mention.group_first, cue_last)

    def _relative_after(self, number: int, index: int) -> MentionInfo | None:
        """What a thing named after word `index` did, told by a relative clause on it: in
        "set off by meltwater that had pooled beneath the ice" the pooling."""
        tagged = self._tagged(number)
        for position in range(index + 1, min(len(tagged), index + 6)):
            item = tagged[position]
            if item.word.lower in ("that", "which") and tagged[position - 1].tag == "NOUN":
                found = self._verb_after(number, position)
                near = found is not None and found.mention.head - position <= 3
                return found if near and found is not None and self._stated(found) else None
            if item.tag not in ("DET", "ADJ", "NOUN", "NUM", "POS"):
                return None
        return None

    def _effect(self, number: int, info: MentionInfo, last: int) -> MentionInfo | None:
        """What an active causal verb brought about; `last` is its last word, particle
        included ("sparked off riots")."""
        mention = info.mention
        if mention.lemma in cues.FEELINGS:
            return info  # "the verdict angered residents": their anger is the effect
        if mention.lemma == "leave":
            # "left 1,200 workers idle": leaving people in a state is itself the effect;
            # the people may be many words long ("at least six students and a guard").
            tagged = self._tagged(number)
            for item in tagged[mention.last + 1 : mention.last + 12]:
                if item.word.text in CLAUSE_STOPS or item.tag == "SUB":
                    return None
                if item.word.lower in _RESULT_STATES:
                    return info
            return None
        if mention.lemma in ("force", "drive"):
            tagged = self._tagged(number)
            # "forced thousands to flee": the fleeing; "forced thousands from their homes":
            # the forcing out is itself the effect.
            # The object may be long: "forced most shops and banks in the centre to".
            for position in range(mention.last + 1, min(len(tagged), mention.last + 14)):
                if tagged[position].word.text in CLAUSE_STOPS or tagged[position].tag == "SUB":
                    return None
                if tagged[position].word.lower == "to":
                    return self._event_after(number, position, 2)
                if tagged[position].word.lower in ("from", "out"):
                    return info
            return None
        tagged = self._tagged(number)
        if mention.lemma in cues.PREVENTING:
            # "prevented thousands of payments from going through": what was stopped is
            # the doing its "from" phrase names.
            for position in range(last + 1, min(len(tagged), last + 10)):
                if tagged[position].word.text in CLAUSE_STOPS:
                    break
                if tagged[position].word.lower == "from":
                    done = self._at(number, position + 1)
                    if done is not None and tagged[position + 1].form == "ing":
                        return done
                    break
        following = last + 1
        if following < len(tagged) and tagged[following].tag == "PREP":
            if (mention.lemma, tagged[following].word.lower) not in _WITH_PREPOSITION:
                return None  # "riots which unleashed after the murder": no object, no effect
        found = self._event_after(number, last, 8)
        return None if found is None else self._resolve(number, found)

    def _cause_connectives(self, number: int) -> None:
        tagged = self._tagged(number)
        for phrase in cues.CAUSE_CONNECTIVES:
            for first in self._matches(number, phrase):
                if first > 0 and tagged[first - 1].tag == "NEG":
                    continue  # "not because of the rain"
                last = first + len(phrase) - 1
                if last + 1 < len(tagged) and (
                    (tagged[last + 1].tag == "VERB" and tagged[last + 1].form == "base")
                    or tagged[last + 1].tag == "AUX"
                    or tagged[last + 1].word.lower in _WH_WORDS | {"be"}
                ):
                    continue  # "was due to fly": a schedule; "due to what they call": no event
                cause = self._event_after(number, last)
                effect = self._host(number, first, last)
                if (
                    effect is not None
                    and effect.mention.tense == "INFINITIVE"
                    and not self._stated(effect)
                ):
                    # "were forced to walk due to the strike": a reason explains the act
                    # that happened, not the one an intention or an order points to.
                    effect = self._verb_before(number, effect.mention.group_first)
                if (
                    effect is not None
                    and effect.mention.event_class is EventClass.REPORTING
                    and effect.mention.last + 1 < first
                ):
                    # "said the disruptions due to the protests will ...": the reason is
                    # told, and belongs to the nearest event of what is told.
                    effect = next(
                        (
                            told
                            for told in reversed(self.by_sentence[number])
                            if effect.mention.last < told.mention.head < first
                        ),
                        None,
                    )
                if cause is None or effect is None or not self._stated(effect):
                    continue
                cause = self._resolve(number, cause, effect.event_id)
                self._add(cause, "causes", effect, number, first, last)

    def _because(self, number: int) -> None:
        tagged = self._tagged(number)
        for first, last in self._subordinate_spans(number, "because"):
            if first > 0 and tagged[first - 1].tag == "NEG":
                continue
            if first + 1 < len(tagged) and tagged[first + 1].word.lower == "of":
                continue  # "because of" is a connective, read with the others
            between = tagged[first : last + 1]
            cause = self._verb_after(number, first)
            if cause is None or cause.mention.head > last:
                continue
            if any(t.word.text in CLAUSE_STOPS for t in between[: cause.mention.head - first]):
                continue
            if first > 0:
                effect = self._verb_before(number, first)
                if (
                    effect is not None
                    and effect.mention.event_class is EventClass.REPORTING
                    and effect.mention.last + 1 < first
                ):
                    continue  # "said the virus spread because ...": the reason is told
            else:
                effect = self._verb_after(number, last)  # "Because the talks failed, ..."
            if effect is None or not self._stated(effect) or not self._stated(cause):
                continue
            self._add(cause, "causes", effect, number, first, first)

    def _as_reasons(self, number: int) -> None:
        """ "The union called off the strike as the company had met its demands": "as" with
        a perfect gives a reason (what had already happened); "as" with a simple past is
        mostly "while" ("as the crowd gathered") and gives no link."""
        for first, last in self._subordinate_spans(number, "as"):
            reason = self._verb_after(number, first) or self._state_after(number, first)
            if reason is None or reason.mention.head > last:
                continue
            if first > 0:
                effect = self._verb_before(number, first)
            else:
                effect = self._verb_after(number, last)
            if effect is None or not self._stated(effect) or not self._stated(reason):
                continue
            # "as the company had met its demands", "as they were unhappy about it": what
            # had already happened, or a state, is a reason. (A present beside a past is
            # not: headlines tell the news in the present, "killed as the state votes".)
            state = reason.mention.pos == "ADJ"
            if not (reason.mention.aspect.startswith("PERFECTIVE") or state):
                continue
            self._add(reason, "causes", effect, number, first, first)

    def _state_after(self, number: int, index: int) -> MentionInfo | None:
        """The first state (an adjective after "be") after word `index`."""
        return next(
            (
                info
                for info in self.by_sentence[number]
                if info.mention.head > index and info.mention.pos == "ADJ"
            ),
            None,
        )

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
                if (
                    cause is None
                    and tagged[mention.head - 1].tag in ("PRON", "PROPN")
                    and not with_before  # "with Horton pushing a child": his own act
                ):
                    # "hit him causing injuries", "stoned a bus at Karamana injuring its
                    # driver": a pronoun or a name takes no participle as a modifier, so
                    # the participle tells what the verb before it did ("saw him causing
                    # trouble" is what was seen, no cause).
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
            self._add(cause, "causes", effect, number, mention.head, mention.head)

    def _participle_effect(self, number: int, info: MentionInfo) -> MentionInfo:
        """What a result participle names as brought about: "forcing the cancellation of
        14 flights" the cancellation, "forcing residents to flee" the fleeing, "leaving
        parents scrambling" the scrambling; else the participle itself ("killing six")."""
        mention = info.mention
        if mention.lemma not in ("force", "leave"):
            return info
        tagged = self._tagged(number)
        for position in range(mention.last + 1, min(len(tagged), mention.last + 8)):
            item = tagged[position]
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

    def _noun_just_before(self, number: int, index: int) -> MentionInfo | None:
        """The event noun heading the noun phrase just before word `index`, with no verb
        between: the subject of a participle that follows it ("a slump in orders causing
        losses" is the slump's doing, not the orders')."""
        tagged = self._tagged(number)
        head: MentionInfo | None = None
        for position in range(index - 1, max(-1, index - 7), -1):
            item = tagged[position]
            if item.tag not in SUBJECT_WORDS or item.word.text in CLAUSE_STOPS:
                break
            found = self._at(number, position)
            if found is not None and found.mention.pos == "NOUN":
                head = found
        return head

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
            if following >= len(tagged) or tagged[following].tag not in _OBJECT_STARTS:
                continue  # "talks stalled", "the ferry sank": the subject underwent it
            cause = self._subject_event(number, info)
            if cause is None or not self._stated(cause):
                continue
            self._add(cause, "causes", info, number, mention.head, mention.last)

    def _harm_when(self, number: int) -> None:
        """ "Two men were killed when a gunman opened fire": the "when" clause did the harm,
        or set off the outbreak ("violence erupted when ...")."""
        for first, last in self._subordinate_spans(number, "when"):
            if first == 0:
                harm = self._verb_after(number, last)  # "When the dam burst, four drowned"
            else:
                harm = self._verb_before(number, first)
            if harm is None:
                continue
            mention = harm.mention
            tagged = self._tagged(number)
            suffered = (
                _suffered(mention)
                # "Clashes broke out when police tried to seize the banners": an outbreak
                # is set off by what happened as it began.
                or mention.lemma in cues.OUTBREAKS
                or (mention.lemma == "break" and _particle(tagged, mention) == "out")
                # "The march turned violent when police fired": violence broke out.
                or (mention.lemma == "turn" and _word(tagged, mention.last + 1) in _TURNS)
            )
            cause = self._verb_after(number, first)
            if cause is not None and _unmarked_participle(tagged, cause):
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
            if (
                cause.mention.aspect.startswith("PERFECTIVE")
                or cause.mention.event_class is EventClass.ASPECTUAL
            ):
                continue  # "when the fighting had ended, two were shot": a time, no doer
            if self._stated(harm) and self._stated(cause):
                self._add(cause, "causes", harm, number, first, first)

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
            if not _suffered(mention) or not self._stated(info):
                continue
            following = _past_harm_adjuncts(tagged, mention.last + 1, self.covered[number])
            if following >= len(tagged) or tagged[following].word.lower not in _HARM_BY:
                continue
            cause = self._event_after(number, following, 4)
            if cause is None or cause.mention.pos != "NOUN":
                continue
            cause = self._resolve(number, cause, info.event_id)
            self._add(cause, "causes", info, number, mention.last, following)

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


# What a scene "turned" into as violence broke out: "the march turned violent".
_TURNS = frozenset({"violent", "ugly", "chaotic", "bloody", "tense"})
# Words that may stand between a harm and the "in" phrase of what did it: "shot dead in",
# "killed instantly in", "died later in".
_HARM_ADJUNCTS = frozenset({"dead", "instantly", "immediately", "later", "there"})
# The prepositions that introduce what did a harm: "killed in a blast", "hurt during".
_HARM_BY = frozenset({"in", "during", "by"})


def _past_harm_adjuncts(tagged: Sequence[Tagged], index: int, covered: frozenset[int]) -> int:
    """The first word from `index` past a harm's adjuncts: "dead", "on the spot", a date
    ("killed on Monday in a raid")."""
    while index < len(tagged):
        words = [item.word.lower for item in tagged[index : index + 3]]
        if words[0] in _HARM_ADJUNCTS or index in covered:
            index += 1
        elif words == ["on", "the", "spot"]:
            index += 3
        elif tagged[index].tag == "PREP" and index + 1 in covered and words[0] not in _HARM_BY:
            index += 1  # the preposition of a date: "on Monday" (not "in recent violence")
        else:
            return index
    return index


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


def _word(tagged: Sequence[Tagged], index: int) -> str:
    """The lowercase word at `index`, or "" past the sentence's end."""
    return tagged[index].word.lower if index < len(tagged) else ""


def _particle(tagged: Sequence[Tagged], mention: Mention) -> str:
    """The particle of a phrasal verb's trigger ("out" in "broke out"), or ""."""
    return tagged[mention.last].word.lower if mention.last > mention.head else ""


_WH_WORDS = frozenset({"what", "how", "why", "whatever"})


def _unmarked_participle(tagged: tuple[Tagged, ...], info: MentionInfo) -> bool:
    """Whether a participle follows a noun with no comma between: "the patrol leading"."""
    mention = info.mention
    return (
        mention.tense == "PRESPART"
        and mention.aspect == "NONE"
        and mention.head > 0
        and tagged[mention.head - 1].tag in ("NOUN", "PROPN", "PRON", "NUM")
    )


def _causal_relation(lemma: str) -> str | None:
    if lemma in cues.PREVENTING:
        return "prevents"
    if lemma in cues.ENABLING:
        return "enables"
    if lemma in cues.CAUSING or lemma in cues.FROM_CAUSE or lemma in cues.FEELINGS:
        return "causes"
    if lemma in cues.ENDING_IN:
        return "causes"
    return None
