"""When each event mention happened: the dating a story's reader keeps from sentence to
sentence (`Dater`), on top of the rules of `_dating` for one sentence.

A mention is dated by the time expression of its own clause or one that modifies it; by
the event a "when" clause, a participle or a count ("two days after ...") ties it to;
at publication if it reports in the present; from the speaker's now inside a quotation.
A mention with none of these stays undated: its links place it, and no day is guessed
from the sentences around it ("She joined the cabinet as an aide" after "The minister
resigned on Monday" did not happen on Monday).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

import attrs

from .._errors import TimelineError
from .._events import EventClass
from .._time import Grain, Timex, TimexType, resolve
from .._time._lexicon import ALONGSIDE_PASTS
from . import _cues as cues
from ._dating import (
    adjacent,
    bounds_only,
    date_what_is_due,
    dates_event,
    day_of,
    gerund_phrase_ends_at,
    in_speaker_time,
    just_before,
    present_report,
    share_when,
    share_with_its_participle,
    share_with_joined_verb,
    share_with_what_did_it,
    shortly_after,
)
from ._lexicon import words_of
from ._mentions import Mention
from ._phrases import controlling_verb
from ._reports import IMPLICATIVE, SPEECH, postposed, quoted_words
from ._tagger import Tagged
from ._text import Sentence

if TYPE_CHECKING:
    from ._extract import SentenceAnalysis

__all__ = ["Dater"]

# Verbs that, in the passive, put the event they are said of at their date.
_SCHEDULING = words_of("schedule set plan expect slate postpone delay move push reschedule fix due")
# Clauses in which a present tense tells what is to come (or what always happens), not what
# is being said as the story is published.
_TEMPORAL_OR_CONDITIONAL = frozenset(
    {"when", "whenever", "once", "until", "till", "before", "after", "if", "unless"}
)


class Dater:
    """Dates the mentions of a story's sentences, read in order, keeping the days told."""

    def __init__(self, text: str, published: date | datetime) -> None:
        self.text = text
        self.published = published
        self.quote_open_before = False  # whether a quotation was open as the sentence began
        # The last day (or finer) the story told that is before the publication day: the
        # time its past-tense narration is at, and so when an undated quote was spoken.
        self.told: Timex | None = None
        self.focus: Timex | None = None  # the last day (or finer) told, whenever it is
        self.paragraph = 0  # which paragraph the sentence being read is in
        self.focus_paragraph = -1  # the paragraph `focus` was told in
        self.last_end = 0  # where the sentence before ended

    def begin(self, sentence: Sentence) -> None:
        """Start reading `sentence` (noting whether it begins a paragraph)."""
        if "\n" in self.text[self.last_end : sentence.start]:
            self.paragraph += 1
        self.last_end = sentence.end

    def without_events(
        self, tagged: Sequence[Tagged], inside: list[Timex], quote_open: bool
    ) -> None:
        """Read a sentence with no event mention: a day told in it (outside a quotation)
        still moves the narration there."""
        quoted = quoted_words(list(tagged), quote_open)
        starts = {t.word.start for i, t in enumerate(tagged) if i not in quoted}
        for timex in inside:
            if timex.span is not None and timex.span[0] in starts:
                self._follow(timex)

    def dates(
        self,
        analysed: SentenceAnalysis,
        mentions: list[Mention],
        inside: list[Timex],
        covered: frozenset[int],
        quote_open: bool,
    ) -> list[Timex | None]:
        """The time expression that dates each of the sentence's mentions (None where
        none does), given the sentence's expressions (`inside`), the indices of its words
        inside one (`covered`), and whether a quotation was open as it began."""
        self.quote_open_before = quote_open
        tagged = analysed.tagged
        clauses = analysed.clauses
        dates: list[Timex | None] = [None] * len(mentions)
        positions = {w.word.start: i for i, w in enumerate(tagged)}
        anchored: list[tuple[Timex, int, int]] = []  # timex, first word, clause
        for timex in inside:
            assert timex.span is not None
            first = positions.get(timex.span[0])
            if first is None:
                first = next((i for i, w in enumerate(tagged) if w.word.end > timex.span[0]), 0)
            clause = next(n for n, c in enumerate(clauses) if c.first <= first <= c.last)
            anchored.append((timex, first, clause))
        # Where each reporting clause put after what it reports begins: in "Rebels took
        # the town on Friday, the army said" the date is the taking's, and in "...,
        # the council said on Tuesday" the date is the saying's alone. (Only a verb that
        # reports can be such a clause: in "At noon, the craft, the first one built here,
        # stopped" the comma ends an aside, not a report.)
        openings = [
            postposed(tagged, mention)
            if mention.pos == "VERB"
            and (mention.event_class is EventClass.REPORTING or mention.lemma in SPEECH)
            else None
            for mention in mentions
        ]
        report_openings = [opening for opening in openings if opening is not None]
        placed: list[int | None] = [None] * len(mentions)  # where each date was written
        for index, mention in enumerate(mentions):
            best: tuple[int, Timex, int] | None = None
            reported_before = openings[index]
            for timex, first, clause in anchored:
                if not dates_event(timex) or bounds_only(tagged, first):
                    continue
                if _about_an_event(mention) and _possessive(tagged, timex):
                    # "condemned Saturday's coup": the day is the coup's, and a word
                    # about it comes after ("rigged last year's election" is then)
                    continue
                if reported_before is not None and first < reported_before:
                    continue
                if any(mention.head < opening < first for opening in report_openings):
                    continue  # "engineers discovered a crack, the council said on Tuesday"
                if clause != mention.clause and not adjacent(tagged, mention, first, timex):
                    continue
                if _inside_its_infinitive(mentions, mention, first):
                    continue  # "vowed to strike on Friday": the strike's date, not the vow's
                if any(
                    other.tense == "PASTPART"
                    and other.group_first == other.head  # a participle of its own
                    and mention.last < other.head < first
                    and adjacent(tagged, other, first, timex)
                    for other in mentions
                ):
                    continue  # "sailed despite a warning issued on Tuesday": the issuing's
                if any(
                    other.pos == "NOUN"
                    and mention.last < other.head < first
                    and _in_an_order_phrase(tagged, other)
                    and adjacent(tagged, other, first, timex)
                    for other in mentions
                ):
                    continue  # "raised after a crash last July": the crash's, not theirs
                if mention.tense == "INFINITIVE" and first < mention.group_first:
                    # "raised rates on Monday to curb prices": an infinitive's phrase begins
                    # at its "to", so what comes before modifies the verb it hangs on.
                    continue
                verb_like = mention.pos == "VERB" or mention.light_verb is not None
                if (not verb_like or mention.tense in ("PASTPART", "PRESPART")) and not (
                    adjacent(tagged, mention, first, timex)
                    or gerund_phrase_ends_at(tagged, mention, first)
                ):
                    # A noun or a participle ("an alliance backed by the U.S.") is dated
                    # only by an expression that modifies it directly.
                    continue
                distance = abs(first - mention.head)
                if best is None or distance < best[0]:
                    best = (distance, timex, first)
            if best is not None:
                dates[index] = just_before(tagged, best[2], best[1], self.text) or best[1]
                placed[index] = best[2]
        _overnight_in_the_story(anchored, dates)
        share_with_joined_verb(tagged, mentions, dates, placed)
        share_with_its_participle(mentions, dates)
        self._relative_dates(tagged, mentions, anchored, dates)
        for index, mention in enumerate(mentions):
            opener = clauses[mention.clause].opener
            if dates[index] is None and mention.pos == "VERB" and opener == "participle":
                # "..., killing one of its fighters": at the time of the verb it hangs on.
                found = controlling_verb(tagged, list(clauses), mention.head, covered)
                heads = {m.head: i for i, m in enumerate(mentions)}
                if found is not None and found[0] in heads:
                    dates[index] = dates[heads[found[0]]]
        share_when(tagged, clauses, mentions, dates)
        share_with_what_did_it(tagged, mentions, dates, covered)
        date_what_is_due(tagged, clauses, mentions, anchored, dates)
        for index, mention in enumerate(mentions):
            if clauses[mention.clause].opener in _TEMPORAL_OR_CONDITIONAL:
                continue  # "will act when the auditors report": a present tells what is to come
            if dates[index] is None and present_report(mention):
                dates[index] = self.publication()
        for index, mention in enumerate(mentions):
            if mention.passive and mention.lemma in _SCHEDULING and dates[index] is not None:
                # "The sentencing is scheduled for January 12": that is when it happens.
                for other, event in enumerate(mentions):
                    if (
                        event.pos == "NOUN"
                        and event.clause == mention.clause
                        and (event.head < mention.group_first and dates[other] is None)
                    ):
                        dates[other] = dates[index]
        shortly_after(tagged, mentions, anchored, dates, self.focus, self.text)
        self._speaker_deixis(tagged, mentions, anchored, dates)
        self._no_past_in_the_future(tagged, mentions, dates)
        return dates

    def _no_past_in_the_future(
        self, tagged: Sequence[Tagged], mentions: list[Mention], dates: list[Timex | None]
    ) -> None:
        """Leave undated a past-tense event whose date, read from a reference time, comes
        after the story was published: "The firm fixed it two days later", with nothing
        before to count from, is not two days after publication. (A date the text states
        in full, "failed in 2019", stands: the text says so.)"""
        today = self.publication().interval
        if today is None:
            return
        for index, mention in enumerate(mentions):
            date = dates[index]
            past = mention.tense == "PAST" or mention.aspect.startswith("PERFECTIVE")
            past = past and mention.modality is None  # not "would be played next Sunday"
            before = tagged[mention.group_first - 1].tag if mention.group_first > 0 else ""
            past = past and before not in ("VERB", "AUX")  # not "will stay closed on Friday"
            if past and date is not None and date.interval is not None and date.anchor:
                if date.interval.start >= today.end:
                    dates[index] = None

    def _speaker_deixis(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        anchored: list[tuple[Timex, int, int]],
        dates: list[Timex | None],
    ) -> None:
        """Read "tonight", "today" or "on Friday" in a quotation from when it was spoken.

        A deictic expression means the speaker's now, not the reader's: in '"Tonight we
        won," she said' the night is the speech's. The speech is dated by its reporting
        verb's date, or, said in the past tense with none, by the day the story's narration
        is at (the last day it told before the publication day). Then the story's last
        day told moves on with the dates of the events told outside quotations.
        """
        quoted = quoted_words(list(tagged), self.quote_open_before)
        if quoted:
            speech = self._speech_day(tagged, mentions, dates, quoted)
            published = self.publication().anchor
            for index, mention in enumerate(mentions):
                when = dates[index]
                if speech is None or when is None or mention.head not in quoted:
                    continue
                first = next((f for t, f, _ in anchored if t is when), None)
                if first in quoted and when.anchor == published:
                    dates[index] = in_speaker_time(when, speech, self.published, mention.tense)
        if not any(dates):
            for timex, first, _ in anchored:
                if first not in quoted:
                    self._follow(timex)  # a day told with no event found on it
        for index, mention in enumerate(mentions):
            when = dates[index]
            if mention.head in quoted or when is None or when.text == "published":
                continue  # the speaker's time, or a report made as the story is published
            self._follow(when, statement=_states(mention))

    def _follow(self, when: Timex, *, statement: bool = False) -> bool:
        """Move the day in focus (what "in the afternoon" or "minutes later" count from) to
        `when` if it names a day or a time in one (say whether it moved).

        The day of a `statement` ("On Monday the group accused ...") is when something was
        said, which dates an undated quotation but is not the day in focus: what the
        paragraph goes on to tell may have happened before it was told.
        """
        if not dates_event(when) or when.interval is None or when.interval.grain > Grain.DAY:
            return False
        if when.type is TimexType.TIME and when.span is not None:
            opening = when.span[0] == 0 or self.text[when.span[0] - 1] == "\n"
            if opening:
                return False  # a live blog's post stamp: when it was written, not happened
        publication = self.publication().interval
        assert publication is not None, "the publication day is a day"
        self.told = when if when.interval.end <= publication.start else None
        if statement:
            if self.focus_paragraph != self.paragraph:
                self.focus = None  # nothing narrated on a day in this paragraph yet
            return False
        self.focus = when
        self.focus_paragraph = self.paragraph
        return True

    def _speech_day(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        dates: list[Timex | None],
        quoted: set[int],
    ) -> Timex | None:
        """When the sentence's quotation was spoken, if before the publication day."""
        for index, mention in enumerate(mentions):
            if (
                mention.pos == "VERB"
                and mention.event_class is EventClass.REPORTING
                and mention.head not in quoted
            ):
                if mention.tense != "PAST":
                    return None  # "she says": spoken as the story is published
                when = dates[index]
                if when is not None and when.interval is not None:
                    return when
                return self.told
        return None

    def _relative_dates(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        anchored: list[tuple[Timex, int, int]],
        dates: list[Timex | None],
    ) -> None:
        """Date "two days after heavy rain began" from the event it counts from, or that
        event from the one before the phrase ("resigned on Tuesday, a week after a paper
        reported it": the report is a week before Tuesday)."""
        for timex, first, clause in anchored:
            if timex.type is not TimexType.DURATION:
                continue
            after = first + len(timex.text.split())
            while after < len(tagged) and tagged[after].word.end <= timex.span[1]:  # type: ignore[index]
                after += 1
            if after >= len(tagged) or tagged[after].word.lower not in ("after", "before"):
                continue
            direction = "later" if tagged[after].word.lower == "after" else "earlier"
            # The event counted from is the one the phrase names, before any comma: in
            # "two minutes after lift-off, scattering debris" the scattering is not it.
            comma = next(
                (i for i in range(after, len(tagged)) if tagged[i].word.text in (",", ";")),
                len(tagged),
            )
            anchors = [i for i, m in enumerate(mentions) if after < m.head < comma]
            if not anchors:
                continue
            if dates[anchors[0]] is None:
                self._count_back(tagged, mentions, dates, timex, first, after, anchors[0])
                continue
            anchor = dates[anchors[0]]
            assert anchor is not None
            try:
                counted = resolve(f"{timex.text} {direction}", self.published, reference=anchor)
            except TimelineError:
                if not timex.value.startswith("PT"):
                    continue
                # "minutes after the siren sounded at 4:10": that day, no clock time
                counted = day_of(anchor) or anchor
            if _finer_than_its_anchor(timex, anchor):
                # "two minutes after lift-off on Wednesday": still Wednesday; counting the
                # minutes from its midnight would invent a clock time.
                counted = anchor
            phrase_end = tagged[after].word.end
            derived = attrs.evolve(
                counted,
                text=self.text[timex.span[0] : phrase_end],  # type: ignore[index]
                span=(timex.span[0], phrase_end),  # type: ignore[index]
            )
            for index, mention in enumerate(mentions):
                if mention.clause == clause and mention.head < after and dates[index] is None:
                    dates[index] = derived

    def _count_back(
        self,
        tagged: Sequence[Tagged],
        mentions: list[Mention],
        dates: list[Timex | None],
        timex: Timex,
        first: int,
        after: int,
        target: int,
    ) -> None:
        """Date the event after "a week after" from the dated event the phrase follows."""
        before = [
            i
            for i, m in enumerate(mentions)
            if m.head < first and m.pos == "VERB" and dates[i] is not None
        ]
        now = any(m.head < first and m.pos == "VERB" and m.tense == "PRESENT" for m in mentions)
        if before:
            known = dates[before[-1]]
        elif now:
            known = self.publication()  # "The strike comes a week after ...": from today
        else:
            return
        assert known is not None
        assert timex.span is not None
        opposite = "earlier" if tagged[after].word.lower == "after" else "later"
        try:
            counted = resolve(f"{timex.text} {opposite}", self.published, reference=known)
        except TimelineError:
            return
        phrase_end = tagged[after].word.end
        dates[target] = attrs.evolve(
            counted, text=self.text[timex.span[0] : phrase_end], span=(timex.span[0], phrase_end)
        )
        following = target + 1
        if (
            mentions[target].pos == "NOUN"
            and following < len(mentions)
            and mentions[following].pos == "VERB"
            and mentions[following].clause == mentions[target].clause
            and mentions[following].tense in ("PAST", "PRESENT")
            and dates[following] is None
        ):
            dates[following] = dates[target]  # "a week after a similar stoppage ended"

    def publication(self) -> Timex:
        """The publication day, as a date a report made when the story is published has."""
        return attrs.evolve(resolve("today", self.published), text="published")


def _states(mention: Mention) -> bool:
    """Whether the mention says or judges something: a report, a claim, a blame."""
    return (
        mention.event_class is EventClass.REPORTING
        or mention.lemma in SPEECH
        or mention.lemma in _JUDGING
    )


# Verbs that say what someone thinks of an event: like a report, said when the speaker
# chose, which need not be the day in focus.
_JUDGING = words_of(
    """blame criticise criticize condemn urge demand praise welcome apologise apologize
    thank appeal ask"""
)


# Verbs whose infinitive happens (or is tried) when they do, so a date inside it dates
# them too: "began to list on Tuesday", "forced police to shut the road on Thursday".
_ALONGSIDE = IMPLICATIVE | frozenset(ALONGSIDE_PASTS)


def _inside_its_infinitive(mentions: Sequence[Mention], mention: Mention, first: int) -> bool:
    """Whether the expression at word `first` lies in the phrase of an infinitive that
    `mention` governs, which it then dates alone: "vowed to strike on Friday", "agreed to
    meet next week"."""
    if mention.pos != "VERB" or mention.tense == "INFINITIVE" or mention.lemma in _ALONGSIDE:
        return False
    return any(
        other.tense == "INFINITIVE"
        and other.clause == mention.clause
        and mention.last < other.group_first < first
        and other.group_first - mention.last <= 3
        for other in mentions
    )


def _overnight_in_the_story(
    anchored: list[tuple[Timex, int, int]], dates: list[Timex | None]
) -> None:
    """Read "overnight" in the time its sentence is set in: in "were evicted in 2021 after
    bulldozers levelled their fields overnight" the night is in 2021, not the night before
    the story was published."""
    others = [
        timex
        for timex, _, _ in anchored
        if timex.type in (TimexType.DATE, TimexType.TIME)
        and timex.text.lower() != "overnight"
        and timex.interval is not None
    ]
    if len(others) != 1:
        return
    setting = others[0]
    for index, dated in enumerate(dates):
        if dated is None or dated.text.lower() != "overnight" or dated.interval is None:
            continue
        assert setting.interval is not None
        if not setting.interval.start <= dated.interval.start < setting.interval.end:
            dates[index] = setting


_ORDER_PREPOSITIONS = words_of("after before since following")


def _in_an_order_phrase(tagged: Sequence[Tagged], noun: Mention) -> bool:
    """Whether an event noun is the object of "after", "before" or the like: what such a
    phrase's date tells is that event's time, not the time of the verb it orders."""
    start = noun.head
    while start > 0 and tagged[start - 1].tag in ("DET", "ADJ", "NOUN", "NUM", "POS"):
        start -= 1
    return start > 0 and tagged[start - 1].word.lower in _ORDER_PREPOSITIONS


def _finer_than_its_anchor(offset: Timex, anchor: Timex) -> bool:
    """Whether a length of hours or minutes is counted from a day or a longer stretch."""
    interval = anchor.interval
    return offset.value.startswith("PT") and interval is not None and interval.grain >= Grain.DAY


def _possessive(tagged: Sequence[Tagged], timex: Timex) -> bool:
    """Whether a time expression is a possessive ("Saturday's coup"), which dates only
    the noun it determines."""
    assert timex.span is not None
    end = timex.span[1]
    after = next((item for item in tagged if item.word.start >= end), None)
    return after is not None and after.tag == "POS"


# Verbs whose object is an event they speak of or answer, later than it.
_ABOUT = cues.CONDEMNING | cues.DENYING | cues.ACCUSING | cues.BLAMING | cues.CRITICISING
_ABOUT |= cues.RESPONDING | cues.RETALIATING | cues.REPORTING


def _about_an_event(mention: Mention) -> bool:
    """Whether the mention is a verb that speaks of or answers its object's event."""
    return mention.pos == "VERB" and (
        mention.lemma in _ABOUT or mention.event_class is EventClass.REPORTING
    )
