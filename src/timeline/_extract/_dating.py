"""Which time expression dates a mention: its own clause's, or one that modifies it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

import attrs

from .._errors import TimelineError
from .._events import EventClass
from .._time import Grain, Interval, Tense, Timex, TimexType, resolve
from . import _lexicon as lx
from ._mentions import Mention
from ._phrases import NP_WORDS
from ._reports import SPEECH
from ._syntax import Clause
from ._tagger import Tagged


def dates_event(timex: Timex) -> bool:
    # A date or time dates an event; a length or a repetition does not.
    return timex.type in (TimexType.DATE, TimexType.TIME) and timex.interval is not None


# Words before a date that make it one end of a stretch, not the time of an event: "has
# risen since 2003", "remanded until December 2", "every contract signed since 1980".
_BOUNDS = frozenset({"since", "until", "till", "til"})


def bounds_only(tagged: Sequence[Tagged], first: int) -> bool:
    """Whether the expression at word `first` is only a bound ("since 2003", "until
    Friday"), which dates no event: what began before it or ran up to it is not at it."""
    position = first - 1
    while position >= 0 and tagged[position].tag == "ADV":
        position -= 1  # "since early 2003", "until at least Friday"
    return position >= 0 and tagged[position].word.lower in _BOUNDS


def gerund_phrase_ends_at(tagged: Sequence[Tagged], mention: Mention, first: int) -> bool:
    """Whether the expression at word `first` ends the phrase of a gerund after "of", "for"
    or "by", with nothing but its object between: "accused the council of cutting the
    budget last month" dates the cutting."""
    if mention.tense != "PRESPART" or first <= mention.last or mention.head == 0:
        return False
    if tagged[mention.head - 1].word.lower not in ("of", "for", "by"):
        return False
    between = tagged[mention.last + 1 : first]
    return len(between) <= 5 and all(item.tag in NP_WORDS for item in between)


def adjacent(tagged: Sequence[Tagged], mention: Mention, first: int, timex: Timex) -> bool:
    """Whether the expression modifies the mention directly: "the attack on Sunday",
    "Sunday's vote", "last week's strike", "hit out last week"."""
    if first > mention.last:
        gap = tagged[mention.last + 1 : first]
        if mention.pos == "NOUN":
            if not gap or (gap[-1].tag != "PREP" and _modifiers(gap)):
                # "after a pause last week", "after a crash in the same area last July": a
                # noun inside a prepositional phrase; but in "denied the claim the same
                # day" the date is the denial's.
                start = mention.head
                while start > 0 and tagged[start - 1].tag in ("DET", "ADJ", "NOUN", "NUM"):
                    start -= 1
                return start > 0 and tagged[start - 1].tag == "PREP"
            # "the attack on Sunday", and past the noun's other modifiers: "the attack on
            # the port on Sunday" (a date is rarely a place's or a thing's).
            return gap[-1].tag == "PREP" and _modifiers(gap[:-1])
        if (
            mention.tense == "PASTPART"
            and len(gap) >= 3
            and gap[0].word.lower == "by"
            and gap[-1].tag == "PREP"
            and len(gap) <= 8
            and all(t.tag in NP_WORDS or t.tag == "PUNCT" for t in gap[1:-1])
        ):
            return True  # "warnings issued by the agency in December": past its agent
        return len(gap) <= 1 and all(t.tag == "PREP" for t in gap)
    words = len(timex.text.split())
    end = first + words
    gap = tagged[end : mention.group_first]
    if gap and gap[0].tag == "POS":
        # "Monday's quick arrests", "last week's failed coup": the possessive's noun
        return len(gap) <= 3 and all(t.tag in ("ADJ", "ADV", "NOUN") for t in gap[1:])
    return len(gap) <= 1 and all(t.tag in ("POS", "ADV") for t in gap)


# How many prepositional phrases may stand between a noun and the date that modifies it.
_MODIFIERS = 2


def _modifiers(words: Sequence[Tagged]) -> bool:
    """Whether `words` are prepositional phrases of nouns only ("on the port in the
    north"): no verb, no clause, no comma, and a few of them at most."""
    if not words:
        return True
    phrases = sum(1 for word in words if word.tag == "PREP")
    return (
        words[0].tag == "PREP"
        and phrases <= _MODIFIERS
        and all(word.tag == "PREP" or word.tag in NP_WORDS for word in words)
    )


# Words that say how long before: "shortly before", "just before", "minutes before".
_HOW_LONG = frozenset({"shortly", "just", "minutes", "moments", "seconds", "soon", "right"})


def just_before(tagged: Sequence[Tagged], first: int, timex: Timex, text: str) -> Timex | None:
    """The day of an event told to happen just "before midnight": the day that midnight
    ends ("conceded shortly before midnight" on election night is that night's); None
    for any other expression, which dates its event as it stands.

    The clock time itself is a moment: what happened before it is in the minutes before,
    on the same day for any time but midnight (00:00), whose minutes before are the day
    before's.
    """
    interval = timex.interval
    if (
        first == 0
        or tagged[first - 1].word.lower not in ("before", "by")  # "by midnight": before it
        or timex.type is not TimexType.TIME
        or interval is None
        or interval.grain is not Grain.MINUTE
        or (interval.start.hour, interval.start.minute) != (0, 0)
    ):
        return None
    start = first - 1
    while start > 0 and tagged[start - 1].word.lower in _HOW_LONG:
        start -= 1
    day = (interval.start - timedelta(minutes=1)).date()
    assert timex.span is not None, "only expressions with a span date mentions"
    span = (tagged[start].word.start, timex.span[1])
    return Timex(
        text[span[0] : span[1]],
        TimexType.DATE,
        day.isoformat(),
        interval=Interval.from_value(day.isoformat(), interval.start.tzinfo or UTC),
        span=span,
        anchor=timex.anchor,
    )


def in_speaker_time(timex: Timex, speech: Timex, published: date | datetime, tense: str) -> Timex:
    """`timex`, found in a quotation, read from the day it was spoken (`speech`'s)
    rather than from the publication date; `timex` itself if it cannot be read so.

    >>> from timeline import resolve
    >>> tonight = resolve("tonight", "2025-11-05")
    >>> in_speaker_time(tonight, resolve("Tuesday", "2025-11-05"), date(2025, 11, 5), "PAST").value
    '2025-11-04TNI'
    """
    assert speech.interval is not None, "a speech is dated by a day or a time"
    start = speech.interval.start
    moment: date | datetime = start.date()
    if isinstance(published, datetime) and published.tzinfo is not None:
        local = start.astimezone(published.tzinfo).date()
        moment = datetime.combine(local, time(), published.tzinfo)
    looking: Tense = "future" if tense == "FUTURE" else "past" if tense == "PAST" else "present"
    try:
        spoken = resolve(timex.text, moment, tense=looking)
    except TimelineError:
        return timex
    if spoken.interval is None:
        return timex
    return attrs.evolve(spoken, span=timex.span)


# Durations shorter than a day, as TIMEX3 writes them: "PT20M", "PTXM", "PT1H", "PTXS".
_WITHIN_A_DAY = re.compile(r"PT(\d+|X)[HMS]")


def shortly_after(
    tagged: Sequence[Tagged],
    mentions: list[Mention],
    anchored: list[tuple[Timex, int, int]],
    dates: list[Timex | None],
    focus: Timex | None,
    text: str,
) -> None:
    """Date an event told "minutes later" or "within hours" on the day in focus.

    Counted from the time the narration is at (the last event dated before it in the
    sentence, else `focus`, the last day the story told), a few minutes or hours stay on that
    day: "Police arrived minutes later" after a shooting early on Saturday is Saturday's.
    Only the day is known, so the event gets the day, not a clock time.
    """
    for timex, first, clause in anchored:
        if timex.type is not TimexType.DURATION or not _WITHIN_A_DAY.fullmatch(timex.value):
            continue
        assert timex.span is not None, "only expressions with a span are anchored"
        after = first
        while after < len(tagged) and tagged[after].word.start < timex.span[1]:
            after += 1
        later = after < len(tagged) and tagged[after].word.lower in ("later", "afterwards")
        within = first > 0 and tagged[first - 1].word.lower == "within"
        if not later and not within:
            continue
        before = [dates[i] for i, m in enumerate(mentions) if m.head < first and dates[i]]
        since = before[-1] if before else focus
        day = None if since is None else day_of(since)
        if day is None:
            continue
        end = tagged[after].word.end if later else timex.span[1]
        start = tagged[first - 1].word.start if within else timex.span[0]
        phrase = attrs.evolve(day, text=text[start:end], span=(start, end))
        for index, mention in enumerate(mentions):
            if mention.clause == clause and mention.pos == "VERB" and dates[index] is None:
                dates[index] = phrase


def day_of(timex: Timex) -> Timex | None:
    """The day `timex` is in, or on (a time's day; a day itself); None for a longer one."""
    interval = timex.interval
    if interval is None or interval.grain > Grain.DAY:
        return None
    if interval.grain is Grain.DAY:
        return timex
    day = interval.start.date().isoformat()
    return Timex(
        timex.text,
        TimexType.DATE,
        day,
        interval=Interval.from_value(day, interval.start.tzinfo or UTC),
        anchor=timex.anchor,
    )


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


def share_when(
    tagged: Sequence[Tagged],
    clauses: Sequence[Clause],
    mentions: list[Mention],
    dates: list[Timex | None],
) -> None:
    """Date a past event told in a "when" clause at its main clause's time, or the other
    way round: "the roof fell in on Sunday when the storm hit" tells one time for both. An
    "as" clause of the same time does too ("power was cut on Sunday as temperatures
    soared"); one with a perfect gives a reason, which happened before ("as the company
    had met its demands").

    Only a clause that "when" opens after a verb's object or on its own counts: after a
    verb that asks or knows ("asked when the talks resume") it is a question, and only
    past events, which did happen at one time ("will pay when it can" tells none).
    """
    for number, clause in enumerate(clauses):
        opener = tagged[clause.first]
        if not ((opener.word.lower == "when" and opener.tag == "SUB") or clause.opener == "as"):
            continue
        before = next((m for m in mentions if m.head == clause.first - 1), None)
        if clause.first > 0 and tagged[clause.first - 1].tag in ("VERB", "AUX"):
            if before is None or _asks(before) or tagged[clause.first - 1].tag == "AUX":
                continue  # "asked when", "is when": a question or a definition
        inside = [i for i, m in enumerate(mentions) if m.clause == number and _past_verb(m)]
        if opener.word.lower == "as" and any(
            mentions[i].aspect.startswith("PERFECTIVE") for i in inside
        ):
            continue
        if number == 0:  # "When the storm hit, ...": the main clause follows
            partners = [i for i, m in enumerate(mentions) if m.clause > number and _past_verb(m)]
            main = partners[:1]
        else:  # "..., when the storm hit": the clause hangs on the verb before it
            partners = [i for i, m in enumerate(mentions) if m.clause < number and _past_verb(m)]
            main = partners[-1:]
        if not inside or not main or _asks(mentions[main[0]]):
            continue  # "asked on Monday when the crane fell": a question, told no time
        told = dates[main[0]] or next((dates[i] for i in inside if dates[i] is not None), None)
        if told is None:
            continue
        for index in [*main, *inside]:
            if dates[index] is None:
                dates[index] = told


# Verbs whose participle after an event noun tells that same event's making: "a warning
# issued on Wednesday" was given on Wednesday.
_MAKING = frozenset(
    {"issue", "make", "give", "hold", "stage", "carry", "launch", "lodge", "file", "deliver"}
    | {"announce", "publish", "release", "send", "post", "broadcast", "place"}
)


def share_with_its_participle(mentions: list[Mention], dates: list[Timex | None]) -> None:
    """Date an event noun by the participle right after it that tells its making: "a gale
    warning issued on Wednesday afternoon", "warnings issued by the agency in December"."""
    for index, noun in enumerate(mentions[:-1]):
        made = mentions[index + 1]
        if noun.pos != "NOUN" or dates[index] is not None or dates[index + 1] is None:
            continue
        participle = made.tense == "PASTPART" or (made.tense == "PAST" and made.last > made.head)
        if participle and made.head == noun.last + 1 and made.lemma in _MAKING:
            dates[index] = dates[index + 1]  # (or "blasting carried out on Sunday")


# Verbs whose object they bring about at once: "forcing the cancellation of 40 operations".
_BRINGING = frozenset({"force", "prompt", "cause", "spark", "trigger", "provoke", "lead", "result"})


def share_with_what_did_it(
    tagged: Sequence[Tagged],
    mentions: list[Mention],
    dates: list[Timex | None],
    covered: frozenset[int],
) -> None:
    """Date an event noun by the verb it happens with: what a passive's "in", "by" or
    "during" phrase names did it then ("was hurt on Saturday in a late tackle", "were
    trapped early yesterday by a fall"), and what a causing verb brings about follows at
    once ("walked out this morning, forcing the cancellation of 40 operations")."""
    for index, verb in enumerate(mentions):
        date = dates[index]
        if date is None or verb.pos != "VERB":
            continue
        position = verb.last + 1
        while position < len(tagged) and (
            tagged[position].tag == "ADV"
            or tagged[position].word.lower in _BETWEEN_HARM
            or position in covered  # "hurt on Saturday in a tackle"
            or (tagged[position].tag == "PREP" and position + 1 in covered)
        ):
            position += 1
        after = tagged[position].word.lower if position < len(tagged) else ""
        passive_phrase = verb.passive and after in ("in", "by", "during")
        brought = verb.lemma in _BRINGING and after in ("to", "in", "the", "a", "an")
        if not (passive_phrase or brought):
            continue
        head = position + 1  # the head of the noun phrase: "a shocking late tackle"
        while head + 1 < len(tagged) and tagged[head + 1].tag in ("NOUN", "ADJ", "DET"):
            head += 1
        for other, noun in enumerate(mentions):
            if noun.pos == "NOUN" and noun.head == head and dates[other] is None:
                dates[other] = date


# Words between a verb and the phrase of what did it: "dead", "underground", "instantly".
_BETWEEN_HARM = frozenset({"dead", "underground", "instantly", "later", "inside", "aboard"})


def share_with_joined_verb(
    tagged: Sequence[Tagged],
    mentions: list[Mention],
    dates: list[Timex | None],
    placed: list[int | None],
) -> None:
    """Date a verb joined by "and" to the verb before it with the date written before
    that one: in "Tass on Wednesday dismissed the report and said ..." the date stands
    between the subject and the verbs they share, so it dates both. (A date after the
    first verb's object, "dismissed the report on Wednesday and said ...", may be that
    verb's alone, and is left to it.)"""
    finite = [
        i for i, m in enumerate(mentions) if m.pos == "VERB" and m.tense in ("PAST", "PRESENT")
    ]
    for first, second in pairwise(finite):
        date, at = dates[first], placed[first]
        verb, joined = mentions[first], mentions[second]
        if date is None or at is None or at > verb.group_first or dates[second] is not None:
            continue
        if joined.tense != verb.tense or joined.group_first < 1:
            continue
        if tagged[joined.group_first - 1].word.lower == "and":
            dates[second] = date


_BE = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re"})


def date_what_is_due(
    tagged: Sequence[Tagged],
    clauses: Sequence[Clause],
    mentions: list[Mention],
    anchored: list[tuple[Timex, int, int]],
    dates: list[Timex | None],
) -> None:
    """Date the event a clause says is due at a time: "the vote is due on Friday" puts
    the vote on Friday (as "the vote is scheduled for Friday" does)."""
    for timex, first, clause in anchored:
        if not dates_event(timex):
            continue
        due = first - 1
        while due >= 0 and tagged[due].tag in ("PREP", "ADV"):
            due -= 1  # "due on", "due back by"
        if due < 1 or tagged[due].word.lower != "due" or tagged[due - 1].word.lower not in _BE:
            continue
        for index, mention in enumerate(mentions):
            if (
                mention.pos == "NOUN"
                and mention.clause == clause
                and mention.head < due - 1
                and dates[index] is None
                and _heads_subject(tagged, clauses[clause].first, mention.head)
            ):
                dates[index] = timex


def _heads_subject(tagged: Sequence[Tagged], start: int, head: int) -> bool:
    # The subject's own noun, not one of its modifiers': "a ruling on the appeal" is due,
    # not the appeal. No preposition comes between it and the clause's start or comma.
    position = head - 1
    while position >= start and tagged[position].word.lower not in (",", '"'):
        if tagged[position].tag in ("PREP", "VERB", "AUX", "SUB"):
            return False
        position -= 1
    return True


# Verbs whose "when" clause is what they ask, tell or know, not when they happened: those
# that say, believe or see, and these.
_ASKING = frozenset(
    {"ask", "wonder", "question", "remember", "forget", "decide", "investigate", "determine"}
    | {"establish", "check", "reveal", "disclose", "confirm", "learn", "discover"}
)


def _asks(mention: Mention) -> bool:
    return mention.lemma in _ASKING or mention.event_class in (
        EventClass.REPORTING,
        EventClass.I_STATE,
        EventClass.PERCEPTION,
    )


def _past_verb(mention: Mention) -> bool:
    return mention.pos == "VERB" and mention.tense == "PAST"
