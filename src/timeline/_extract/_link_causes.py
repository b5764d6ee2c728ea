"""Links from what caused what: cause verbs with their direction, cause connectives,
"because" and "as" clauses, and "As a result," opening a sentence. What events harmed is
read by `_link_harms`, which builds on these."""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass
from . import _cues as cues
from . import _lexicon as lx
from ._extract import MentionInfo
from ._link_base import CLAUSE_STOPS, FINITE, SUBJECT_WORDS, LinkReader
from ._link_words import word_at
from ._mentions import Mention
from ._tagger import Tagged

__all__ = ["CauseLinks", "particle_of", "unmarked_participle"]

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
                particle_of(tagged, mention),
                word_at(tagged, mention.last + 1),
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
                particle_of(tagged, mention),
                word_at(tagged, last + 1),
            )
            if brought_on and word_at(tagged, last + 1) == "on":
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
                if cause is None and unmarked_participle(tagged, info):
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
            for position, item in enumerate(tagged[mention.last + 1 : mention.last + 12]):
                if item.word.text in CLAUSE_STOPS or item.tag == "SUB":
                    return None
                if item.word.lower in _RESULT_STATES:
                    return info
                if position > 0 and item.form in ("ed", "en") and item.tag in ("VERB", "ADJ"):
                    return info  # "left the village exposed", "left two men badly hurt"
            return None
        if mention.lemma == "send":
            # "sent the market tumbling", "sent prices soaring": the -ing after its object;
            # "sent troops to the border" brings nothing about.
            tagged = self._tagged(number)
            for position in range(mention.last + 1, min(len(tagged), mention.last + 8)):
                if tagged[position].word.text in CLAUSE_STOPS or tagged[position].tag == "SUB":
                    return None
                found = self._at(number, position)
                if found is not None and tagged[position].form == "ing":
                    return found
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
            # "forced the evacuation of the town", "forced a rethink": the event its
            # object names.
            named = self._event_after(number, mention.last, 4)
            return named if named is not None and named.mention.pos == "NOUN" else None
        tagged = self._tagged(number)
        needs = _PREPOSITION_NEEDED.get(mention.lemma)
        if needs is not None and word_at(tagged, last + 1) not in needs:
            return None  # "leading a march" guides it; "leading to a march" brings it about
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
                effect = self._copula_subject(number, first) or self._host(number, first, last)
                if effect is not None and unmarked_participle(tagged, effect):
                    # "refused to admit patients coming from far off due to the strike":
                    # a participle on a noun qualifies it; the reason is the clause's.
                    effect = self._verb_before(number, effect.mention.group_first) or effect
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
                    # told, and belongs to the nearest event of what is told ("announced
                    # a holiday due to the bandh", with none told, is the announcing's).
                    effect = next(
                        (
                            told
                            for told in reversed(self.by_sentence[number])
                            if effect.mention.last < told.mention.head < first
                        ),
                        effect if _no_clause_between(tagged, effect, first) else None,
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
                effect = self._copula_subject(number, first) or self._verb_before(number, first)
                if (
                    effect is not None
                    and effect.mention.event_class is EventClass.REPORTING
                    and effect.mention.last + 1 < first
                ):
                    continue  # "said the virus spread because ...": the reason is told
            else:
                effect = self._after_fronted(number, last)  # "As talks had failed, ..."
            if effect is None or not self._stated(effect) or not self._stated(cause):
                continue
            self._add(cause, "causes", effect, number, first, first)

    def _copula_subject(self, number: int, first: int) -> MentionInfo | None:
        """ "The delay was due to a fault", "the closures are largely because of the
        strike": a reason after "be" is the reason of the subject's event, not of a verb
        before or after the sentence's clause."""
        tagged = self._tagged(number)
        be_at = first - 1
        while be_at > 0 and tagged[be_at].tag == "ADV":
            be_at -= 1  # "largely", "partly", "mainly"
        if be_at < 1 or tagged[be_at].word.lower not in lx.BE_FORMS:
            return None
        return self._noun_just_before(number, be_at)

    def _result_of(self, number: int) -> None:
        """ "The deaths were the result of clashes", "the closure is a consequence of the
        strike": after "be", what a result or a consequence is of caused the subject's
        event."""
        tagged = self._tagged(number)
        for index, item in enumerate(tagged):
            if item.word.lower not in _RESULT_NOUNS or word_at(tagged, index + 1) != "of":
                continue
            first = index - 1 if word_at(tagged, index - 1) in ("the", "a", "direct") else index
            if word_at(tagged, first - 1) == "direct":
                first -= 1  # "a direct result of"
            if word_at(tagged, first) == "direct" and word_at(tagged, first - 1) in ("the", "a"):
                first -= 1
            effect = self._copula_subject(number, first)
            cause = self._event_after(number, index + 1)
            if effect is None or cause is None:
                continue
            if self._stated(effect) and self._stated(cause):
                cause = self._resolve(number, cause, effect.event_id)
                self._add(cause, "causes", effect, number, first, index + 1)

    def _result_connectives(self, number: int) -> None:
        """ "The bridge was shut, so buses took the long route", "talks failed and hence
        the strike went ahead": after a comma or "and", "so", "thus", "hence" and
        "therefore" open a clause that the clause before them brought about. ("so that"
        gives an aim, "and so on" and "so far" no clause, ", thus angering" a result
        participle: each is read elsewhere.)"""
        tagged = self._tagged(number)
        for index, item in enumerate(tagged):
            if item.word.lower not in cues.RESULT_CONNECTIVES or index == 0:
                continue
            joint = index - 1
            if tagged[joint].word.lower not in ("and", ","):
                continue
            opener = word_at(tagged, index + 1)
            if opener in ("that", "as", "far", "on", "forth", "much", "many", ","):
                continue
            after = tagged[index + 1] if index + 1 < len(tagged) else None
            if after is None or after.tag not in SUBJECT_WORDS | {"PRON", "VERB", "AUX"}:
                continue  # "so angry", "so quickly": no clause
            if item.word.lower == "so" and after.tag not in SUBJECT_WORDS | {"PRON"}:
                continue  # "..., so be it": "so" opens a clause only with its subject
            if tagged[joint].word.lower == "and" and word_at(tagged, joint - 1) == ",":
                joint -= 1
            effect = self._verb_after(number, index)
            if effect is None or effect.mention.tense not in FINITE:
                continue
            if any(
                t.word.text in CLAUSE_STOPS or t.tag == "SUB"
                for t in tagged[index + 1 : effect.mention.group_first]
            ):
                continue
            cause = self._verb_before(number, joint)
            if cause is None or not (self._stated(cause) and self._stated(effect)):
                continue
            self._add(cause, "causes", effect, number, index, index)

    def _so_that_result(self, number: int) -> None:
        """ "The blast was so strong that the bus split", "it rained so hard that the match
        was called off": what was so brought about what its "that" clause tells."""
        tagged = self._tagged(number)
        for so in range(1, len(tagged) - 3):
            if tagged[so].word.lower != "so" or tagged[so + 1].tag not in ("ADJ", "ADV"):
                continue
            that = so + 2
            if tagged[that].tag == "ADV" or tagged[that].tag == "ADJ":
                that += 1  # "so very strong that"
            if word_at(tagged, that) != "that":
                continue
            effect = self._verb_after(number, that)
            cause = (
                self._at(number, so + 1)  # "so angry that": the state
                or self._copula_subject(number, so)
                or self._verb_before(number, so)
            )
            if cause is None or effect is None or effect.mention.head > that + 10:
                continue
            if self._stated(cause) and self._stated(effect):
                self._add(cause, "causes", effect, number, so, that)

    def _if_clauses(self, number: int) -> None:
        """ "If the talks fail, the union will strike", "the union will strike if the talks
        fail": what a condition names would bring about what the sentence says follows.
        Neither is asserted, so the link is only possible (read when the story's doubts
        are let in)."""
        tagged = self._tagged(number)
        for first, last in self._subordinate_spans(number, "if"):
            if word_at(tagged, first - 1) in ("as", "even", "only") or word_at(
                tagged, first + 1
            ) in ("any", "so", "not", "possible", "necessary", "needed", "required"):
                continue  # "as if", "even if", "only if", "if any", "if necessary"
            condition = self._clause_verb_after(number, first)
            if condition is None or condition.mention.head > last:
                continue
            if first == 0:
                outcome = self._after_fronted(number, last)
            else:
                outcome = self._verb_before(number, first)
                if (
                    outcome is not None
                    and outcome.mention.last + 1 == first
                    and outcome.mention.event_class in _ASKING
                ):
                    continue  # "asked if", "wondered if": a question, no condition
            if outcome is None or not (self._stated(condition) and self._stated(outcome)):
                continue
            self._add(condition, "causes", outcome, number, first, first)

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
            # had already happened, or a state, is a reason; so is a past beside a present
            # or a future, which cannot be "while" ("the strike will go on as talks
            # failed"). (A present beside a past is not: headlines tell the news in the
            # present, "killed as the state votes".)
            state = reason.mention.pos == "ADJ"
            earlier = reason.mention.tense == "PAST" and effect.mention.tense in (
                "PRESENT",
                "FUTURE",
            )
            if not (reason.mention.aspect.startswith("PERFECTIVE") or state or earlier):
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

    def _consequence(self, number: int) -> None:
        """ "As a result, ..." opening a sentence: the sentence before caused this one; "In
        response, ..." answers it. "..., and the rocket lost control as a result": the
        clause before the "and" caused the one the phrase ends."""
        tagged = self._tagged(number)
        self._result_at_the_end(number)
        if number == 0:
            return
        for words, relation in cues.REACTION_OPENERS:
            if tuple(t.word.lower for t in tagged[: len(words) + 1]) != (*words, ","):
                continue
            stimulus = self._main_event(number - 1)
            reaction = self._main_event(number)
            if stimulus is None or reaction is None:
                continue
            if self._stated(stimulus) and self._stated(reaction):  # not "may have triggered"
                self._add(reaction, relation, stimulus, number, 0, len(words) - 1)
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

    def _with_absolute(self, number: int) -> None:
        """ "With 450 doctors staying off duty, wards were shut": a fronted "with" and a
        participle tell the circumstance the main clause came about under, its cause.
        (A "with" and a mere noun, "With 40 men aboard, ...", tells none.)"""
        tagged = self._tagged(number)
        if not tagged or tagged[0].word.lower != "with":
            return
        comma = next((i for i, t in enumerate(tagged) if t.word.text == ","), None)
        if comma is None or comma < 3:
            return
        cause = next(
            (
                info
                for info in self.by_sentence[number]
                if 1 < info.mention.head < comma
                and (
                    (info.mention.pos == "VERB" and info.mention.tense != "INFINITIVE")
                    or tagged[info.mention.head].form == "ing"  # "doctors staying off duty"
                )
            ),
            None,
        )
        effect = self._after_fronted(number, comma)
        if cause is None or effect is None or effect.mention.head <= comma:
            return
        if self._stated(cause) and self._stated(effect):
            self._add(cause, "causes", effect, number, 0, 0)

    def _result_at_the_end(self, number: int) -> None:
        """ "The engine shut down early, and the rocket lost control as a result": the
        verb before the "and" caused the one whose clause the phrase ends."""
        tagged = self._tagged(number)
        for phrase in cues.CONSEQUENCE_OPENERS:
            size = len(phrase)
            for first in self._matches(number, phrase):
                if first == 0 or word_at(tagged, first + size) not in (".", ",", ""):
                    continue
                effect = self._verb_before(number, first)
                if effect is None:
                    continue
                start = next(  # the "and" that opens the effect's clause
                    (
                        i
                        for i in range(effect.mention.group_first - 1, 0, -1)
                        if tagged[i].word.lower == "and"
                    ),
                    None,
                )
                if start is None:
                    continue
                cause = self._verb_before(number, start)
                if cause is not None and self._stated(cause) and self._stated(effect):
                    self._add(cause, "causes", effect, number, first, first + size - 1)


# Nouns that, after "be", name what brought the subject about: "were the result of".
_RESULT_NOUNS = frozenset({"result", "consequence", "outcome", "fallout", "product"})
# Verbs whose "if" asks a question ("asked if", "to see if"), not a condition.
_ASKING = frozenset(
    {EventClass.REPORTING, EventClass.I_STATE, EventClass.I_ACTION, EventClass.PERCEPTION}
)
# Verbs that bring something about only with their preposition.
_PREPOSITION_NEEDED = {"lead": ("to",), "result": ("in", "into"), "contribute": ("to",)}


def particle_of(tagged: Sequence[Tagged], mention: Mention) -> str:
    """The particle of a phrasal verb's trigger ("out" in "broke out"), or ""."""
    return tagged[mention.last].word.lower if mention.last > mention.head else ""


_WH_WORDS = frozenset({"what", "how", "why", "whatever"})


def _no_clause_between(tagged: Sequence[Tagged], info: MentionInfo, first: int) -> bool:
    """Whether only the verb's object and phrases stand between it and word `first`: no
    verb, clause word or comma ("announced a holiday on Monday due to ...")."""
    return not any(
        t.tag in ("VERB", "AUX", "SUB", "MODAL") or t.word.text in CLAUSE_STOPS
        for t in tagged[info.mention.last + 1 : first]
    )


def unmarked_participle(tagged: tuple[Tagged, ...], info: MentionInfo) -> bool:
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
