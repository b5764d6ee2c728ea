"""Links from reactions: what answers, punishes or protests an event ("in response to",
"arrested for", "jailed for their role in", "protests over", "detained when they tried
to storm the office").

`SpeechLinks` builds on these finders; they share how a reason phrase finds its event.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._events import Polarity
from . import _cues as cues
from ._extract import MentionInfo
from ._link_base import LinkReader
from ._link_words import is_predicate, word_at
from ._mentions import Mention
from ._tagger import Tagged

__all__ = ["ReactionLinks"]

# What may stand between a sanction and its "for": its object and phrases ("attacked him
# for", "sentenced to a year in jail for"); between a protest and its "over": a noun
# phrase.
_NOUN_PHRASE_WORDS = frozenset({"PART", "ADV", "DET", "ADJ", "NUM", "NOUN", "PROPN"})
_PHRASE_WORDS = _NOUN_PHRASE_WORDS | {"PRON", "POS", "PREP"}


class ReactionLinks(LinkReader):
    """Finders of reactions, sanctions and protests, and the reason phrases they read."""

    def _sanction_when(self, number: int) -> None:
        """ "Police arrested the leaders when they tried to storm the office": a detention
        or a punishment answers what its "when" clause tells they were doing; so does any
        act that by its meaning answers something ("walked out when the manager sacked
        two drivers", "faced a backlash when he praised the raid"), and a detention what
        its "as" clause tells ("600 were detained as rival groups scuffled")."""
        tagged = self._tagged(number)
        spans = [(first, last, False) for first, last in self._subordinate_spans(number, "when")]
        spans += [(first, last, True) for first, last in self._subordinate_spans(number, "as")]
        for first, last, as_clause in spans:
            if first == 0:  # "When the crowd refused to leave, police detained ..."
                host = self._after_fronted(number, last)
            else:
                host = self._verb_before(number, first)
            done = self._clause_verb_after(number, first)
            if host is None or done is None or done.mention.head > last:
                continue
            if not (
                host.mention.lemma in cues.DETENTIONS
                or _sanction_phrase(tagged, host.mention)
                or (not as_clause and answering(tagged, host.mention))
            ):
                continue
            if as_clause and (
                done.mention.aspect.startswith("PERFECTIVE") or done.mention.pos != "VERB"
            ):
                continue  # "as the company had refused", "as a leader of"
            if done.mention.aspect == "PROGRESSIVE":
                continue  # "when they were walking home": what was going on, no trigger
            if self._stated(host) and self._stated(done):
                self._add(host, "responds_to", done, number, first, first)

    def _answers_after(self, number: int, start: int) -> None:
        """ "Workers walked out after the sacking of two drivers", "police arrested six
        after the clashes": an event that by its meaning answers something likely answers
        what the "after" phrase names, when nothing else says what. The text tells only
        the order, so the link is inferred (read with `infer_links`), not told. Reads the
        links from `start` on that `_time_order` just found in sentence `number`."""
        infos = {info.event_id: info for info in self.by_sentence[number]}
        tagged = self._tagged(number)
        for link in self.found[start:]:
            if link.relation != "after" or link.evidence.lower().split()[-1] not in _AFTER:
                continue
            reaction, stimulus = infos.get(link.source), infos.get(link.target)
            if reaction is None or stimulus is None:
                continue
            mention = reaction.mention
            if not answering(tagged, mention):
                continue
            if "responds_to" in self.relations_of.get(reaction.event_id, set()):
                continue  # its reason is told ("arrested for the attack after a chase")
            if self._stated(reaction) and self._stated(stimulus):
                first, last = self._word_span(number, link.span)
                self._add(reaction, "responds_to", stimulus, number, first, last, inferred=True)

    def _protested_object(self, number: int) -> None:
        """ "Residents protested the closure of the clinic", "are protesting the fare
        hike": what is protested, as an object, is what the protest answers."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            if mention.pos != "VERB" or mention.lemma != "protest" or mention.passive:
                continue
            if word_at(tagged, mention.last + 1) not in _OBJECT_OPENERS:
                continue  # "protested outside", "protested against": read elsewhere
            ground = self._event_after(number, mention.last, 5)
            if ground is None or ground.mention.pos != "NOUN" or not self._stated(info):
                continue
            ground = self._told(number, ground, info.event_id)
            self._add(info, "responds_to", ground, number, mention.head, mention.last)

    def _on_learning(self, number: int) -> None:
        """ "On learning of the attack, police rushed to the village", "Upon hearing the
        verdict, the crowd cheered", "Reacting to the deaths, the minister ordered an
        inquiry and announced a payment": what the sentence tells answers what was learnt
        or reacted to."""
        tagged = self._tagged(number)
        start = self._opening(number)
        opening = tagged[start] if start < len(tagged) else None
        if (
            opening is not None
            and opening.form == "ing"
            and opening.lemma in ("react", "respond")
            and word_at(tagged, start + 1) == "to"
        ):
            start -= 1  # "Reacting to X, ...": read as "On learning X, ..."
        elif word_at(tagged, start) not in ("on", "upon") or start + 1 >= len(tagged):
            return
        else:
            learning = tagged[start + 1]
            if learning.form != "ing" or learning.lemma not in _LEARNING:
                return
        comma = self._fronted_comma(number, start)
        if comma is None:
            return
        stimulus = self._event_after(number, start + 2 if start < 0 else start + 1, 6)
        reaction = self._after_fronted(number, comma)
        if stimulus is None or reaction is None or stimulus.mention.head > comma:
            return
        if not (self._stated(stimulus) and self._stated(reaction)):
            return
        first = max(start, 0)
        self._add(reaction, "responds_to", stimulus, number, first, first + 1)
        for joined in self._joined_verbs(number, reaction, len(self._tagged(number)) - 1):
            # "... ordered an inquiry and announced a payment": both answer it
            self._add(joined, "responds_to", stimulus, number, first, first + 1)

    def _after_word(self, number: int, start: int, words: tuple[str, ...]) -> MentionInfo | None:
        """The event after the first of `words` that follows word `start` in its clause."""
        tagged = self._tagged(number)
        for position in range(start + 1, min(len(tagged), start + 12)):
            item = tagged[position]
            if item.word.text in (";", ":") or item.tag == "SUB":
                return None
            if item.word.lower in words:
                found = self._event_after(number, _share_in(tagged, position))
                return None if found is None else self._told(number, found)
        return None

    def _object(self, number: int, last: int) -> MentionInfo | None:
        """The event noun heading the object of the verb ending at word `last`."""
        head = self._object_head(number, last)
        found = None if head is None else self._at(number, head)
        if found is None or found.mention.pos != "NOUN":
            return None
        return self._told(number, found)

    def _reaction_phrases(self, number: int) -> None:
        tagged = self._tagged(number)
        if not any(item.word.lower == "in" for item in tagged):
            return
        for phrase, relation in cues.REACTION_PHRASES:
            for first in self._matches(number, phrase):
                last = first + len(phrase) - 1
                target = self._event_after(number, last)
                if target is None:
                    continue
                host = self._nearest_before(number, first) or self._host(number, first, last)
                if host is not None and not is_predicate(host.mention):
                    # "would review the change in response to ...": the phrase tells why the
                    # verb's act was done, not its object's.
                    verb = self._verb_before(number, host.mention.head)
                    if (
                        verb is not None
                        and verb.mention.clause == host.mention.clause
                        and host.mention.head - verb.mention.last <= 3
                    ):
                        host = verb
                if host is not None:
                    target = self._told(number, target, host.event_id)
                self._add(host, relation, target, number, first, last)

    def _sanctions(self, number: int) -> None:
        """ "arrested for rioting", "protests over the killing": a reaction to an event."""
        tagged = self._tagged(number)
        for info in self.by_sentence[number]:
            mention = info.mention
            if not self._stated(info) or mention.polarity is Polarity.NEG:
                continue
            start = mention.last + 1
            if (
                mention.lemma in cues.SANCTIONS or _sanction_phrase(tagged, mention)
            ) and mention.pos == "VERB":
                words: tuple[str, ...] = ("for",)
                between = _PHRASE_WORDS
            elif mention.lemma in cues.PROTESTS or tagged[mention.head].word.lower in (
                cues.PROTESTS
            ):
                words = ("over", "against")
                between = _NOUN_PHRASE_WORDS  # "protests in the capital over": no further
                outbreak = self._at(number, start)
                if mention.pos == "NOUN" and outbreak is not None:
                    after = _after_outbreak(tagged, outbreak.mention)
                    if after is not None:
                        # "a scuffle broke out between the unions over ...": the phrases
                        # after the clash's outbreak still tell what it was over.
                        start, between = after, _PHRASE_WORDS
            else:
                continue
            # The phrase follows the verb, its object and its other phrases: "arrested four
            # men for looting", "attacked him for", "sentenced to a year in jail for".
            following = start
            covered = self.covered[number]  # "arrested on Tuesday for": a date may come first
            while following < min(len(tagged), mention.last + 10) and (
                tagged[following].word.lower not in words
                and (
                    tagged[following].tag in between
                    or following in covered
                    or (tagged[following].tag == "PREP" and following + 1 in covered)
                )
            ):
                following += 1
            if following >= len(tagged) or tagged[following].word.lower not in words:
                continue
            target = self._event_after(number, _share_in(tagged, following), 4)
            if target is None:
                continue
            target = self._told(number, target, info.event_id)
            self._add(info, "responds_to", target, number, mention.head, following)


_AFTER = frozenset({"after", "following"})
# Words that open a noun phrase object: "protested the closure", "protested its move".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
_OBJECT_OPENERS |= {"his", "her", "our", "recent", "new", "planned", "proposed"}
# Verbs of coming to know: "on learning of", "upon hearing", "on seeing".
_LEARNING = frozenset(
    {"learn", "hear", "see", "receive", "discover", "find", "notice", "spot", "read", "get"}
    | {"realise", "realize", "sight"}
)


def answering(tagged: Sequence[Tagged], mention: Mention) -> bool:
    """Whether the mention by its meaning answers something (`cues.ANSWERING`): not the
    verb "strike" ("a second blast struck") nor a "walk" that is no walkout ("had to walk
    home")."""
    word = tagged[mention.head].word.lower
    if mention.lemma not in cues.ANSWERING and word not in cues.ANSWERING:
        return False
    if mention.pos == "VERB" and mention.lemma == "strike":
        return False
    if mention.pos == "VERB" and mention.lemma == "walk":
        return bool(
            {word_at(tagged, mention.last), word_at(tagged, mention.last + 1)} & {"out", "off"}
        )
    return True


def _sanction_phrase(tagged: Sequence[Tagged], mention: Mention) -> bool:
    """Whether a verb is a sanction by its phrase: "sent off", "took four men into custody"."""
    following = [item.word.lower for item in tagged[mention.last + 1 : mention.last + 7]]
    if mention.lemma == "send":
        return following[:1] == ["off"]
    return mention.lemma == "take" and "custody" in following


def _after_outbreak(tagged: Sequence[Tagged], mention: Mention) -> int | None:
    """The word after a verb of a clash's outbreak ("broke out", "erupted", "took place"),
    or None when the verb is not one."""
    if mention.lemma in cues.OUTBREAKS or mention.lemma in ("occur", "happen", "ensue"):
        return mention.last + 1
    following = mention.last + 1
    word = tagged[following].word.lower if following < len(tagged) else ""
    if mention.lemma == "break" and (word == "out" or tagged[mention.last].word.lower == "out"):
        return following + 1 if word == "out" else following
    if mention.lemma == "take" and word == "place":
        return following + 1
    return None


# Nouns of someone's share in an event: "jailed for their role in the riots" answers the
# riots, not the role.
_SHARES = frozenset({"role", "roles", "part", "involvement", "complicity", "participation"})


def _share_in(tagged: Sequence[Tagged], index: int) -> int:
    """Where the event of a reason phrase at word `index` ("for") is looked for: past "their
    (alleged) role in", at that "in"; else `index` itself."""
    position = index + 1
    while position < len(tagged) and (
        tagged[position].tag in ("DET", "POS") or tagged[position].word.lower == "alleged"
    ):
        position += 1
    if (
        position + 1 < len(tagged)
        and tagged[position].word.lower in _SHARES
        and tagged[position + 1].word.lower == "in"
    ):
        return position + 1
    return index
