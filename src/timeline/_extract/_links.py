"""Links between the events of a story: who reports, blames, denies or warns, what caused
what, and what came before what.

Each link comes from a cue the text states: a verb ("blamed ... for", "led to", "was
caused by"), a connective ("because of", "in response to", "after"), or a participle
clause ("..., killing six"). The cue's own words are the link's evidence. A cue that the
text negates ("did not cause", "no one was hurt in") gives no link at all. One it puts in
doubt or under a condition ("may have caused", "could lead to", "if talks fail, the union
will strike"), or that joins an act that is only intended to its aim, gives a link
marked `possible`: the story says it may hold, not that it does, and it orders nothing.
Nouns that refer back ("the allegation", "his death", "the strike") stand for the event
they name earlier.
"""

from __future__ import annotations

import attrs

from .._events import Polarity
from ._extract import Analysis, MentionInfo
from ._link_base import FoundLink
from ._link_harms import HarmLinks
from ._link_learned import LearnedLinks, LinkModel, link_model
from ._link_motives import MotiveLinks
from ._link_order import OrderLinks
from ._link_speech import SpeechLinks
from ._link_words import asserted

__all__ = ["FoundLink", "find_links", "timeml_form", "timeml_link_type"]


def find_links(
    analysis: Analysis, *, learned: bool = False, model: LinkModel | None = None
) -> list[FoundLink]:
    """The links between the events of an analysed story, in the order of their cues.

    With `learned`, causes no cue states are also read by `model` (by default the one
    shipped in the package) where the rules found none; without it, only the rules link.
    """
    finder = _Finder(analysis)
    finder.model = (model or link_model()) if learned else None
    found = _disputed(analysis, finder.find())
    return found + _possible_links(analysis, found, finder)


# TimeML puts causes in CLINKs (the causal extension of Causal-TimeBank and MEANTIME:
# cause first, effect second), what a speech or an intention is about in SLINKs
# (EVIDENTIAL, NEG_EVIDENTIAL, MODAL; the speech or intention first), and time order in
# TLINKs. The third item says whether TimeML names our link's target first: an aim
# `motivates` the act it drives, but a CLINK of a purpose runs from the act to the aim it
# is done for (MEANTIME: "used to access", "filed a lawsuit so that ... would stop").
_TIMEML: dict[str, tuple[str, str | None, bool]] = {
    "causes": ("CLINK", None, False),
    "enables": ("CLINK", None, False),
    "prevents": ("CLINK", None, False),
    "motivates": ("CLINK", None, True),
    "reports": ("SLINK", "EVIDENTIAL", False),
    "blames": ("SLINK", "EVIDENTIAL", False),
    "accuses": ("SLINK", "EVIDENTIAL", False),
    "condemns": ("SLINK", "EVIDENTIAL", False),
    "denies": ("SLINK", "NEG_EVIDENTIAL", False),
    "warns": ("SLINK", "MODAL", False),
    "threatens": ("SLINK", "MODAL", False),
    "responds_to": ("TLINK", "AFTER", False),
    "retaliates_for": ("TLINK", "AFTER", False),
}
# The Allen relations TimeML 1.2.1 has a relType for (Allen's "during" is TimeML's
# IS_INCLUDED; TimeML's DURING is something else), and its own spellings. "overlaps" and
# "overlapped_by" have none.
_TIMEML.update(
    (name, ("TLINK", name.upper(), False))
    for name in (
        "before",
        "after",
        "includes",
        "is_included",
        "simultaneous",
        "begins",
        "begun_by",
        "ends",
        "ended_by",
        "ibefore",
        "iafter",
        "identity",
    )
)
_TIMEML.update(
    during=("TLINK", "IS_INCLUDED", False),
    meets=("TLINK", "IBEFORE", False),
    met_by=("TLINK", "IAFTER", False),
)


def timeml_form(relation: str) -> tuple[str, str | None, bool]:
    """The TimeML element and relType of `relation`, and whether TimeML names the link's
    target first (see `timeml_link_type`).

    >>> timeml_form("motivates"), timeml_form("causes")
    (('CLINK', None, True), ('CLINK', None, False))
    """
    found = _TIMEML.get(relation)
    if found is not None:
        return found
    from .._errors import InvalidValueError

    raise InvalidValueError(
        f"timeml_link_type: relation: expected one of {', '.join(sorted(_TIMEML))}, "
        f"got {relation!r}"
    )


def timeml_link_type(relation: str) -> tuple[str, str | None]:
    """The TimeML link element and relType that carry one of our relations.

    CLINKs have no relType (None); an SLINK's is EVIDENTIAL, NEG_EVIDENTIAL or MODAL; a
    TLINK's is the interval relation. A response is told as coming after what it answers.

    Raises:
        InvalidValueError: TimeML has no link for `relation` (``overlaps``, or one you
            registered).

    >>> timeml_link_type("causes"), timeml_link_type("denies"), timeml_link_type("after")
    (('CLINK', None), ('SLINK', 'NEG_EVIDENTIAL'), ('TLINK', 'AFTER'))
    """
    element, rel_type, _ = timeml_form(relation)
    return element, rel_type


# Relations whose source is the one who speaks or acts on the target: only the source
# being in doubt makes such a link possible ("warned it would strike" is a warning told).
_SPOKEN = frozenset({"reports", "warns", "threatens", "denies", "accuses", "blames", "condemns"})


_CAUSAL = frozenset({"causes", "enables", "prevents", "motivates"})


def _disputed(analysis: Analysis, found: list[FoundLink]) -> list[FoundLink]:
    """The links found, with a cause told inside a denial made possible: "the ministry
    denied that a fuel shortage had caused the blackout" tells a claim and its denial,
    not the cause. (A claim told before, and denied in a later sentence, stays as the
    accuser told it.)"""
    by_id = {info.event_id: info for info in analysis.mentions}
    denied = {
        link.target
        for link in found
        if link.relation == "denies" and by_id[link.source].sentence == by_id[link.target].sentence
    }
    if not denied:
        return found
    return [
        attrs.evolve(link, possible=True)
        if link.relation in _CAUSAL and _in_doubt(link, by_id, denied, analysis)
        else link
        for link in found
    ]


def _possible_links(analysis: Analysis, told: list[FoundLink], first: _Finder) -> list[FoundLink]:
    """The links the finders read when what the story does not assert is let in, which
    the story's own links do not already read: each joins an event in doubt, under a
    condition, or only intended, or rests on a cue in doubt."""
    relaxed = _PossibleFinder(analysis, like=first)
    doubtful = {
        info.event_id
        for info in analysis.mentions
        if not asserted(info) or info.event_id in relaxed.conditional
    }
    # Only sentences with an event in doubt (not denied) can hold a possible link.
    relaxed.only = {
        info.sentence
        for info in analysis.mentions
        if info.mention.polarity is Polarity.POS and info.event_id in doubtful
    }
    if not relaxed.only:
        return []  # everything is asserted or denied: the rules have read it all
    keys = {(link.source, link.relation, link.target) for link in told}
    cues_read = {link.span for link in told}
    by_id = {info.event_id: info for info in analysis.mentions}
    found = []
    for link in relaxed.find():
        if (link.source, link.relation, link.target) in keys or link.span in cues_read:
            continue  # told already, or its cue read another way
        if _in_doubt(link, by_id, doubtful, analysis):
            found.append(attrs.evolve(link, possible=True))
    return found


def _in_doubt(
    link: FoundLink, by_id: dict[str, MentionInfo], doubtful: set[str], analysis: Analysis
) -> bool:
    """Whether what makes `link` only possible is in it: an end in doubt (for an aim, the
    act it drives; for a speech, the speaking) or a cue word in doubt ("may have
    caused")."""
    if link.relation == "motivates":
        return link.target in doubtful
    if link.relation in _SPOKEN:
        return link.source in doubtful
    if link.source in doubtful or link.target in doubtful:
        return True
    sentence = by_id[link.source].sentence
    start, end = link.span
    return any(
        info.event_id in doubtful
        and start <= analysis.sentences[sentence].tagged[info.mention.head].word.start < end
        for info in analysis.mentions
        if info.sentence == sentence
    )


class _Finder(SpeechLinks, HarmLinks, MotiveLinks, OrderLinks, LearnedLinks):
    """All the finders, run sentence by sentence in the order their links depend on:
    reports first, so that "denied the claim" can reach what the claim told."""

    only: set[int] | None = None  # the sentences to read (None: all)

    def find(self) -> list[FoundLink]:
        for number in range(len(self.analysis.sentences)):
            if number in self.headlines:
                continue  # a headline tells again what the story tells
            if self.only is not None and number not in self.only:
                continue
            self._reports(number)
            self._according_to(number)
            self._attribution(number)
            self._fault(number)
            self._held_responsible(number)
            self._reaction_phrases(number)
            self._cause_verbs(number)
            self._cause_connectives(number)
            self._because(number)
            self._as_reasons(number)
            self._result_connectives(number)
            self._result_of(number)
            self._if_clauses(number)
            self._so_that_result(number)
            self._harm_participles(number)
            self._harm_in(number)
            self._harm_in_which(number)
            self._harm_in_fronted(number)
            self._sanctions(number)
            self._sanction_when(number)
            self._consequence(number)
            self._with_absolute(number)
            self._purposes(number)
            self._motive_participles(number)
            self._means(number)
            self._grounds(number)
            self._fronted_feelings(number)
            self._on_learning(number)
            self._protested_object(number)
            self._against_for(number)
            self._results(number)
            self._so_that(number)
            self._harms_done(number)
            self._harm_when(number)
            start = len(self.found)
            self._time_order(number)
            if self.model is not None:  # inferring: likely, not told
                self._answers_after(number, start)
            self._order_verbs(number)
            self._later(number)
            self._and_then(number)
            self._learned(number)
        return self.found


class _PossibleFinder(_Finder):
    """The finders reading every event the story does not deny, so that a cue in doubt or
    under a condition is read as it would be if it were asserted."""

    def _stated(self, info: MentionInfo) -> bool:
        return info.mention.polarity is Polarity.POS

    def _unconditional(self, info: MentionInfo) -> bool:
        return True
