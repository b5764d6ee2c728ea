"""Which time expression dates a mention: its own clause's, or one that modifies it."""

from __future__ import annotations

from collections.abc import Sequence

from .._events import EventClass
from .._time import Timex, TimexType
from . import _lexicon as lx
from ._mentions import Mention
from ._reports import SPEECH
from ._tagger import Tagged


def dates_event(timex: Timex) -> bool:
    # A date or time dates an event; a length or a repetition does not.
    return timex.type in (TimexType.DATE, TimexType.TIME) and timex.interval is not None


def adjacent(tagged: Sequence[Tagged], mention: Mention, first: int, timex: Timex) -> bool:
    """Whether the expression modifies the mention directly: "the attack on Sunday",
    "Sunday's vote", "last week's strike", "hit out last week"."""
    if first > mention.last:
        gap = tagged[mention.last + 1 : first]
        if mention.pos == "NOUN":
            if not gap:
                # "after a pause last week": a noun inside a prepositional phrase; but in
                # "denied the claim the same day" the date is the denial's.
                start = mention.head
                while start > 0 and tagged[start - 1].tag in ("DET", "ADJ", "NOUN", "NUM"):
                    start -= 1
                return start > 0 and tagged[start - 1].tag == "PREP"
            return len(gap) == 1 and gap[0].tag == "PREP"  # "the attack on Sunday"
        return len(gap) <= 1 and all(t.tag == "PREP" for t in gap)
    words = len(timex.text.split())
    end = first + words
    gap = tagged[end : mention.group_first]
    return len(gap) <= 1 and all(t.tag in ("POS", "ADV") for t in gap)


def present_report(mention: Mention) -> bool:
    # "Moscow denies it", "the ministry says": a statement in the present tense is made
    # when the story is published.
    return (
        mention.pos == "VERB"
        and mention.tense == "PRESENT"
        and mention.aspect == "NONE"
        and (
            mention.event_class is EventClass.REPORTING
            or (mention.lemma in lx.CLASS_OF_LEMMA and mention.lemma in SPEECH)
        )
    )
