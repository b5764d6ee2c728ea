"""What parsed time expressions mean: nodes that compute intervals around a reference.

The model is Duckling's. A *recurring* time ("Thursday", "March", "Christmas", "the 3rd")
has one occurrence in every cycle (week, month, year) and is picked by a direction: the
tense of the clause, or "last"/"next"/"this". A *date node* computes one interval from the
context (publication moment, reference time). Composites nest a finer time in a coarser
one ("Sunday" + "evening", "the first week" + "of March") and a mod picks part of a unit
("late Sunday"). Everything is computed on naive wall-clock datetimes of the story's zone;
`_resolve` attaches the zone at the end.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import NamedTuple

import attrs

from ._calendar import (
    PART_OF_DAY_HOURS,
    Grain,
    PartOfDay,
    add_months,
    shift_start,
    unit_end,
    unit_start,
)
from ._model import Duration, Mod, VagueReference, format_date_value

__all__ = [
    "Context",
    "Impossible",
    "Slot",
    "Unanchored",
]


class Slot(NamedTuple):
    """A naive wall-clock interval [start, end) with its grain."""

    start: datetime
    end: datetime
    grain: Grain


_NARRATIVE_YEARS = 2
# How far a narrative must have passed a date of its year to mean that date next year.
_PASSED = timedelta(days=183)
# A year or month this far from the narrative year, mentioned mid-sentence, is a digression.
_DIGRESSION_YEARS = 10
# How far from the year the context picks a weekday named with its date may move it.
_WEEKDAY_YEARS = 6


class Unanchored(Exception):
    """The expression needs a publication date (or reference) and none was given."""


class Impossible(Exception):
    """The expression parsed but names no real time ("February 30")."""


class Context:
    """What an expression is resolved against, and a note of what it used."""

    __slots__ = (
        "anchors_by_grain",
        "consulted",
        "counted_from",
        "frame",
        "genre",
        "has_time",
        "latest_by_grain",
        "latest_textual",
        "mentioned",
        "narrated",
        "now",
        "reference",
        "tense",
        "tie",
        "used",
        "used_reference",
        "version",
        "zone",
    )

    def __init__(
        self,
        now: datetime | None,
        zone: tzinfo,
        *,
        has_time: bool,
        tense: str,
        reference: Slot | None,
        news: bool = False,
    ) -> None:
        self.now = now
        # News anchors a date of the year at publication; a narrative at its own time line.
        self.genre = "news" if news else "narrative"
        # In news, a date the text stated to open the sentence being read ("In 1971, ...")
        # places the dates of the year that follow in that sentence (see `narrative_slot`).
        self.frame: Slot | None = None
        # In news, the stated date the expression being read is tied to by the words
        # between them ("from October 1917 to March", "In 1971 ... that June"): it places a
        # date of the year as the frame does. Set by the tagger for one evaluation.
        self.tie: Slot | None = None
        self.zone = zone
        self.has_time = has_time
        self.tense = tense
        self.reference = reference
        # What running text has mentioned so far (kept by the tagger through `mention`):
        # a count, the latest date of each grain, and the latest date the text stated
        # itself rather than counting from the publication date.
        self.mentioned = 0
        self.latest_by_grain: dict[Grain, tuple[int, Slot]] = {}
        # The same, but for dates counted back from an anchor ("a year earlier"): what a
        # further count starts from ("... fell from a year earlier" again is the same year).
        self.anchors_by_grain: dict[Grain, tuple[int, Slot]] = {}
        # Where the last evaluation counted from, if it counted a distance.
        self.counted_from: Slot | None = None
        self.latest_textual: Slot | None = None
        # The latest of those finer than a year: how far into its year the narrative is.
        self.narrated: Slot | None = None
        # "published", "reference" (counted from the reference time) or "narrative" (a
        # date of the year read in the narrative year).
        self.used: str | None = None
        # Whether the last evaluation looked at what the text mentioned (even if it then
        # fell back to the publication date): such results depend on their position.
        self.consulted = False
        self.used_reference: Slot | None = None
        # Changes whenever what was mentioned changes in a way an evaluation could see,
        # so a result that consulted it can be reused while it stays the same.
        self.version = 0

    def moment(self) -> datetime:
        if self.now is None:
            raise Unanchored
        if self.used is None:
            self.used = "published"
        return self.now

    def today(self) -> Slot:
        return unit(self.moment(), Grain.DAY)

    def mention(
        self,
        slot: Slot,
        *,
        from_publication: bool,
        aside: bool = False,
        counted_back: bool = False,
    ) -> None:
        """Note a date the text mentions, for the anaphora and dates that follow it.

        A date the text mentions in passing (`aside`: a plan, a flashback) is a reference
        for the anaphora after it but does not move the narrative year (`narrative_slot`),
        unless the text has stated no date before it: then it is all there is. A date
        counted back from another (`counted_back`: "a year earlier") is what "that day"
        refers to, but a further count starts where that one did: the story compares with
        the past without moving there.
        """
        textual = (
            slot.grain <= Grain.YEAR
            and not from_publication
            and not (aside and self.latest_textual is not None)
        )
        latest = self.latest_by_grain.get(slot.grain)
        if not (
            # Mentioning the latest date again changes nothing an evaluation can see.
            latest == (self.mentioned, slot)
            and (not textual or (self.latest_textual == slot and self.narrated == slot))
        ):
            self.version += 1
        self.mentioned += 1
        self.latest_by_grain[slot.grain] = (self.mentioned, slot)
        if not counted_back:
            self.anchors_by_grain[slot.grain] = (self.mentioned, slot)
        if textual:
            self.latest_textual = slot
            if slot.grain < Grain.YEAR:
                self.narrated = slot

    def set_frame(self, slot: Slot | None) -> None:
        """Open (or with None close) the sentence frame of news: see `narrative_slot`."""
        if slot != self.frame:
            self.frame = slot
            self.version += 1

    def digresses(self, slot: Slot) -> bool:
        """Whether `slot`, a year or month stated mid-sentence, is a digression.

        A history moves on a year or a few at a time; a bare year decades from the one in
        focus ("the largest battle since 1813", "documents found in 2004", "his 1995
        book") compares or comments, and the narrative stays. A full date ("5 May 1789")
        is never one: a text that states the day has moved there.
        """
        focus = self.latest_textual
        return (
            focus is not None
            and slot.grain >= Grain.MONTH
            and abs(slot.start.year - focus.start.year) > _DIGRESSION_YEARS
        )

    def narrative_slot(self) -> Slot | None:
        """The latest date mentioned, if the text has moved years back from publication.

        Dates of the year without a year ("June 6", "early April") are read in the year
        the text is talking about once it narrates the past ("In 1944, ..."); a mention
        within a year of publication leaves them to the tense rule, and so does a year
        ahead ("profitable by 2020"): a forecast is about the present. Only dates the
        text states itself count, not ones counted from the publication date. In news only
        the date that opens the sentence being read counts ("In 1971, the club moved in
        June"): see `set_frame`.
        """
        self.consulted = True
        if self.genre == "news":
            # News tells of the days around publication; a year stated elsewhere ("the
            # club, formed in 1971, votes in June") does not move "June" there.
            slot = self.tie or self.frame
            if slot is None:
                return None
            self.used, self.used_reference = "narrative", slot
            return slot
        slot = self.latest_textual
        if slot is None:
            return None
        if self.now is not None and self.now.year - slot.start.year < _NARRATIVE_YEARS:
            return None
        self.used, self.used_reference = "narrative", slot
        return slot

    def narrating(self) -> bool:
        """Whether the text has moved years back from a known publication date.

        Unlike `narrative_slot`, this leaves no note that the mentions were consulted:
        the tagger asks it to judge whether words are a time expression at all.
        """
        slot = self.latest_textual
        if slot is None or self.now is None:
            return False
        return self.now.year - slot.start.year >= _NARRATIVE_YEARS

    def reference_slot(self, grain: Grain = Grain.CENTURY, *, counting: bool = False) -> Slot:
        """The reference time for an anaphor of `grain` ("the following day": DAY).

        A reference given by the caller is always used. In running text it is the latest
        date mentioned that is at least as fine as `grain` ("the next day" after "in 1983"
        does not count from 1 January 1983), else the publication day. An anaphor that
        counts a distance (`counting`) skips the dates that were counted back themselves.
        """
        self.consulted = True
        found = self.reference
        if found is None:
            # One entry per grain, so this costs the same however long the text.
            entries = self.anchors_by_grain if counting else self.latest_by_grain
            latest = max(
                (entry for mentioned_grain, entry in entries.items() if mentioned_grain <= grain),
                default=None,
                key=lambda entry: entry[0],
            )
            found = None if latest is None else latest[1]
        if found is None:
            today = self.today()
            if counting:
                self.counted_from = today
            return today
        self.used, self.used_reference = "reference", found
        if counting:
            self.counted_from = found
        return found


def coarser_anchor(ctx: Context, grain: Grain) -> Slot | None:
    """The date a count of `grain` units starts from when the text last named a coarser
    one ("found in March 2023 ... pulled offline two days later"): the latest date the
    text mentioned, when it is coarser than `grain` (up to a year), came after every date
    as fine, and was stated in full, not placed by the publication date or told in
    passing ("said it would review them in March. Two days later, ..." counts from the
    day before). Counting from it gives a date no finer than it."""
    if ctx.reference is not None:
        return None
    entries = ctx.anchors_by_grain
    latest = max(entries.values(), default=None, key=lambda entry: entry[0])
    if latest is None or not grain < latest[1].grain <= Grain.YEAR:
        return None
    # Hours count from any day the text named ("rioted on Monday ... two hours later" is
    # still Monday, as far as told), other units only from a date stated in full.
    if latest[1] != ctx.latest_textual and not (
        grain <= Grain.PART_OF_DAY and latest[1].grain is Grain.DAY
    ):
        return None
    ctx.consulted = True
    ctx.used, ctx.used_reference, ctx.counted_from = "reference", latest[1], latest[1]
    return latest[1]


def unit(moment: datetime, grain: Grain) -> Slot:
    start = unit_start(moment, grain)
    return Slot(start, unit_end(start, grain), grain)


def shifted(slot: Slot, count: int) -> Slot:
    start = shift_start(slot.start, slot.grain, count)
    return Slot(start, unit_end(start, slot.grain), slot.grain)


# --------------------------------------------------------------------------- recurring


class Recurring:
    """A time with one occurrence in each cycle: a weekday in each week, March in each year."""

    cycle: Grain = Grain.YEAR
    grain: Grain = Grain.DAY

    def within(self, cycle_start: datetime) -> Slot | None:
        """The occurrence in the cycle starting at `cycle_start`, if it has one."""
        raise NotImplementedError

    def pattern(self) -> str:
        """The TIMEX3 value when no year (or week) can be known."""
        raise NotImplementedError

    def describe(self) -> str:
        return type(self).__name__


def _day_slot(day: date) -> Slot:
    start = datetime(day.year, day.month, day.day)
    return Slot(start, start + timedelta(days=1), Grain.DAY)


@attrs.frozen
class WeekdayTime(Recurring):
    weekday: int  # ISO: Monday 1 .. Sunday 7
    cycle = Grain.WEEK

    def within(self, cycle_start: datetime) -> Slot:
        start = cycle_start + timedelta(days=self.weekday - 1)
        return Slot(start, start + timedelta(days=1), Grain.DAY)

    def pattern(self) -> str:
        return f"XXXX-WXX-{self.weekday}"


@attrs.frozen
class WeekendTime(Recurring):
    cycle = Grain.WEEK
    grain = Grain.WEEKEND

    def within(self, cycle_start: datetime) -> Slot:
        start = cycle_start + timedelta(days=5)
        return Slot(start, start + timedelta(days=2), Grain.WEEKEND)

    def pattern(self) -> str:
        return "XXXX-WXX-WE"


@attrs.frozen
class MonthTime(Recurring):
    month: int
    grain = Grain.MONTH

    def within(self, cycle_start: datetime) -> Slot:
        return unit(datetime(cycle_start.year, self.month, 1), Grain.MONTH)

    def pattern(self) -> str:
        return f"XXXX-{self.month:02d}"


@attrs.frozen
class MonthDayTime(Recurring):
    month: int
    day: int

    def within(self, cycle_start: datetime) -> Slot | None:
        try:
            return _day_slot(date(cycle_start.year, self.month, self.day))
        except ValueError:
            return None

    def pattern(self) -> str:
        return f"XXXX-{self.month:02d}-{self.day:02d}"


@attrs.frozen
class DayOfMonthTime(Recurring):
    day: int
    cycle = Grain.MONTH

    def within(self, cycle_start: datetime) -> Slot | None:
        try:
            return _day_slot(date(cycle_start.year, cycle_start.month, self.day))
        except ValueError:
            return None

    def pattern(self) -> str:
        return f"XXXX-XX-{self.day:02d}"


_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@attrs.frozen
class SeasonTime(Recurring):
    season: str  # SP SU FA WI
    grain = Grain.SEASON

    def within(self, cycle_start: datetime) -> Slot:
        # The winter of year Y is the one whose January is in Y.
        year = cycle_start.year - 1 if self.season == "WI" else cycle_start.year
        return unit(datetime(year, _SEASON_MONTH[self.season], 1), Grain.SEASON)

    def pattern(self) -> str:
        return f"XXXX-{self.season}"


@attrs.frozen
class PartOfYearTime(Recurring):
    """The nth quarter or half of a year."""

    number: int
    grain: Grain  # QUARTER or HALF, per instance

    def within(self, cycle_start: datetime) -> Slot:
        months = 3 if self.grain is Grain.QUARTER else 6
        return unit(datetime(cycle_start.year, (self.number - 1) * months + 1, 1), self.grain)

    def pattern(self) -> str:
        return f"XXXX-{'Q' if self.grain is Grain.QUARTER else 'H'}{self.number}"


@attrs.frozen
class HolidayTime(Recurring):
    name: str
    day_in: Callable[[int], date | None] = attrs.field(eq=False, repr=False)
    fixed: tuple[int, int] | None = None  # (month, day) when the date never moves

    def within(self, cycle_start: datetime) -> Slot | None:
        day = self.day_in(cycle_start.year)  # None: a year its calendar does not cover
        return None if day is None else _day_slot(day)

    def pattern(self) -> str:
        if self.fixed is None:
            return "XXXX-XX-XX"
        return f"XXXX-{self.fixed[0]:02d}-{self.fixed[1]:02d}"


@attrs.frozen
class DecadeOfCenturyTime(Recurring):
    """ "The nineties": a decade in each century."""

    decade: int  # 0, 10, ..., 90
    cycle = Grain.CENTURY
    grain = Grain.DECADE

    def within(self, cycle_start: datetime) -> Slot | None:
        year = cycle_start.year // 100 * 100 + self.decade
        if year < 1:
            return None
        return unit(datetime(year, 1, 1), Grain.DECADE)

    def pattern(self) -> str:
        return f"XX{self.decade // 10}"


_MAX_CYCLES = 12  # enough for 29 February (8 years around a skipped leap year)


def _occurrences(rec: Recurring, moment: datetime, step: int) -> Iterator[Slot]:
    """Occurrences in the cycles around `moment`, lazily, going forward (1) or back (-1)."""
    start = unit_start(moment, rec.cycle)
    for count in range(-1, _MAX_CYCLES) if step > 0 else range(1, -_MAX_CYCLES, -1):
        occurrence = rec.within(shift_start(start, rec.cycle, count))
        if occurrence is not None:
            yield occurrence


def latest(rec: Recurring, accept: Callable[[Slot], bool], moment: datetime) -> Slot:
    for occurrence in _occurrences(rec, moment, -1):
        if accept(occurrence):
            return occurrence
    raise Impossible(f"{rec.describe()} never occurs")


def earliest(rec: Recurring, accept: Callable[[Slot], bool], moment: datetime) -> Slot:
    for occurrence in _occurrences(rec, moment, 1):
        if accept(occurrence):
            return occurrence
    raise Impossible(f"{rec.describe()} never occurs")


def pick(rec: Recurring, direction: str, ctx: Context, around: Slot | None = None) -> Slot:
    """The occurrence of `rec` that `direction` means, seen from the publication day.

    past: latest starting on or before the publication day; future: earliest ending on or
    after it; present: the nearer of those two (ties go forward); last/next: strictly
    before/after the publication day; this: the nearest, or for weekdays the one of the
    publication's ISO week. `around` replaces the publication day as the point of view.
    """
    today = around or ctx.today()
    if direction == "past":
        return latest(rec, lambda o: o.start < today.end, today.start)
    if direction == "future":
        return earliest(rec, lambda o: o.end > today.start, today.start)
    if direction == "last":
        return latest(rec, lambda o: o.end <= today.start, today.start)
    if direction == "next":
        return earliest(rec, lambda o: o.start >= today.end, today.start)
    if direction == "this" and rec.cycle is Grain.WEEK:
        occurrence = rec.within(unit_start(today.start, Grain.WEEK))
        assert occurrence is not None  # weekdays occur every week
        return occurrence
    before = latest(rec, lambda o: o.start < today.end, today.start)
    after = earliest(rec, lambda o: o.end > today.start, today.start)
    if before.end > today.start:  # publication falls inside it
        return before
    gap_before = today.start - before.end
    gap_after = after.start - today.end
    return before if gap_before < gap_after else after


def follow(rec: Recurring, ctx: Context, narrative: Slot) -> Slot:
    """The occurrence of `rec` a narrative set in `narrative` means: "in November" after
    "In March 1917" is November 1917.

    Narration moves forward: a date of the year is in the narrative year, not the one
    before, and in the year after when the narrative has already passed it by more than
    about half a year ("on December 8, 1941 ... In January" is January 1942).
    """
    middle = narrative.start + (narrative.end - narrative.start) / 2
    year = datetime(middle.year, 1, 1)
    occurrence = rec.within(year)
    if occurrence is None:  # 29 February in a common year
        return pick(rec, "present", ctx, narrative)
    position = ctx.narrated
    if (
        position is not None
        and position.start.year == middle.year
        and occurrence.end + _PASSED <= position.start
    ):
        following = rec.within(datetime(middle.year + 1, 1, 1))
        if following is not None:
            return following
    return occurrence


# --------------------------------------------------------------------------- date nodes


class DateNode:
    """An expression that names one stretch of time."""

    def slot(self, ctx: Context) -> Slot:
        raise NotImplementedError

    def pattern(self) -> str:
        raise NotImplementedError


@attrs.frozen
class Fixed(DateNode):
    """A time that needs no context: "March 2011", "the 1990s"."""

    fixed: Slot

    def slot(self, ctx: Context) -> Slot:
        return self.fixed

    def pattern(self) -> str:
        return format_slot(self.fixed)


@attrs.frozen
class BeforeCommonEra(DateNode):
    """A year before year 1 ("241 BC"): TIMEX3 writes it BC0241; no interval is possible,
    since Python's calendar starts at year 1, so it is reported with its value alone."""

    year: int

    def slot(self, ctx: Context) -> Slot:
        raise Unanchored

    def pattern(self) -> str:
        return f"BC{self.year:04d}"


@attrs.frozen
class Pick(DateNode):
    """One occurrence of a recurring time; direction None means the clause's tense."""

    recurring: Recurring
    direction: str | None = None

    def slot(self, ctx: Context) -> Slot:
        if self.direction is None and self.recurring.cycle is Grain.YEAR:
            # Narrative: after "In 1944", "on June 6" is in 1944, not near publication;
            # so is "would hold out until December": its future is the narrative's.
            narrative = ctx.narrative_slot()
            if narrative is not None:
                return follow(self.recurring, ctx, narrative)
        direction = self.direction or ctx.tense
        if direction == "reported":
            # The present of reported news (see `tag`): it tells the week behind it in the
            # present too ("shares are up from Thursday", a headline's "Minister quits
            # Friday"), so only a future looks ahead to a weekday.
            direction = "past" if self.recurring.cycle is Grain.WEEK else "present"
        if direction == "unmarked":
            # Running text with no tense marker near the expression: weekdays look back
            # (news narrates the past week), dates of the year take the nearest occurrence
            # ("a June 3 hearing" in mid-May is this June, not last year's).
            direction = "past" if self.recurring.cycle is Grain.WEEK else "present"
        return pick(self.recurring, direction, ctx)

    def pattern(self) -> str:
        return self.recurring.pattern()


@attrs.frozen
class NamedWeekday(DateNode):
    """A date of the year named with its weekday ("Monday, Oct. 26"): of the occurrences
    around the one the context picks, the one that falls on that weekday."""

    weekday: int  # ISO: Monday 1 .. Sunday 7
    dated: Pick

    def slot(self, ctx: Context) -> Slot:
        picked = self.dated.slot(ctx)
        if picked.start.isoweekday() == self.weekday:
            return picked
        # A day of the year falls on each weekday within six years either side (but 29
        # February): the nearest of those to the context's choice is the one meant.
        year = picked.start.year
        matching = [
            occurrence
            for occurrence in (
                self.dated.recurring.within(datetime(candidate, 1, 1))
                for candidate in range(max(1, year - _WEEKDAY_YEARS), year + _WEEKDAY_YEARS + 1)
            )
            if occurrence is not None and occurrence.start.isoweekday() == self.weekday
        ]
        return min(matching, key=lambda o: abs(o.start - picked.start), default=picked)

    def pattern(self) -> str:
        return self.dated.pattern()


@attrs.frozen
class InContainer(DateNode):
    """A recurring time inside a given unit: "March 2011", "Christmas last year"."""

    recurring: Recurring
    container: DateNode

    def slot(self, ctx: Context) -> Slot:
        outer = self.container.slot(ctx)
        rec = self.recurring
        if outer.grain is rec.cycle:
            occurrence = rec.within(outer.start)
        else:
            occurrence = None
            cycle = unit(outer.start, rec.cycle)
            while cycle.start < outer.end:
                candidate = rec.within(cycle.start)
                if candidate is not None and outer.start <= candidate.start < outer.end:
                    occurrence = candidate
                    break
                cycle = shifted(cycle, 1)
        if occurrence is None:
            raise Impossible(f"there is no {rec.describe()} in {format_slot(outer)}")
        return occurrence

    def pattern(self) -> str:
        return self.recurring.pattern()


@attrs.frozen
class Deictic(DateNode):
    """A unit counted from the publication: "last week" is Deictic(WEEK, -1)."""

    grain: Grain
    offset: int

    def slot(self, ctx: Context) -> Slot:
        return shifted(unit(ctx.moment(), self.grain), self.offset)

    def pattern(self) -> str:
        return unknown_value(self.grain)


@attrs.frozen
class Anaphoric(DateNode):
    """A unit counted from the reference time: "the following day" is (DAY, +1)."""

    grain: Grain
    offset: int

    def slot(self, ctx: Context) -> Slot:
        reference = ctx.reference_slot(self.grain, counting=self.offset != 0)
        return shifted(unit(reference.start, self.grain), self.offset)

    def pattern(self) -> str:
        return unknown_value(self.grain)


@attrs.frozen
class SameTime(DateNode):
    """The reference time itself, or its unit some years away: "at that time", "the same
    period a year earlier" (grain None keeps the reference's own extent and grain)."""

    grain: Grain | None
    years: int = 0

    def slot(self, ctx: Context) -> Slot:
        ctx.consulted = True
        if self.grain is None and ctx.reference is None and not ctx.latest_by_grain:
            # With nothing mentioned, "at the same time" links two clauses, not two times.
            raise Impossible("'that time' needs a time mentioned before it")
        reference = ctx.reference_slot(self.grain or Grain.CENTURY, counting=self.years != 0)
        if self.grain is not None:
            reference = unit(reference.start, self.grain)
        if self.years == 0:
            return reference
        start = shift_moment(reference.start, Grain.YEAR, self.years)
        if self.grain is None:
            end = shift_moment(reference.end, Grain.YEAR, self.years)
            return Slot(start, end, reference.grain)
        return unit(start, self.grain)

    def pattern(self) -> str:
        return unknown_value(self.grain or Grain.DAY)


@attrs.frozen
class Offset(DateNode):
    """A unit some distance away: "three days ago", "two weeks later"."""

    amount: int
    grain: Grain
    sign: int  # -1 back, +1 forward
    from_reference: bool = False

    def slot(self, ctx: Context) -> Slot:
        if self.from_reference:
            # Hours count from a part of day too: "Monday night ... four hours later".
            grain = Grain.PART_OF_DAY if self.grain <= Grain.HOUR else self.grain
            coarse = coarser_anchor(ctx, grain)
            if coarse is not None:
                # "in March 2023 ... two days later": still in March 2023, as far as
                # the text tells.
                moment = shift_moment(coarse.start, self.grain, self.sign * self.amount)
                return unit(moment, coarse.grain)
            base = ctx.reference_slot(grain, counting=True).start
        else:
            base = ctx.moment()
        if self.grain <= Grain.HOUR:
            if not (ctx.has_time or self.from_reference):
                raise Impossible("a time of day is needed to count hours")
            step = {Grain.SECOND: 1, Grain.MINUTE: 60, Grain.HOUR: 3600}[self.grain]
            moment = absolute_shift(base, ctx.zone, self.sign * self.amount * step)
        else:
            moment = shift_moment(base, self.grain, self.sign * self.amount)
        return unit(moment, self.grain)

    def pattern(self) -> str:
        return unknown_value(self.grain)


@attrs.frozen
class NthIn(DateNode):
    """The nth unit or occurrence inside a larger unit: "the last week of March"."""

    number: int  # 1-based; -1 is "last"
    part: Grain | Recurring
    container: DateNode

    def slot(self, ctx: Context) -> Slot:
        outer = self.container.slot(ctx)
        members = list(self._members(outer))
        if not members or abs(self.number) > len(members) or self.number == 0:
            raise Impossible(f"there is no such part of {format_slot(outer)}")
        return members[self.number - 1] if self.number > 0 else members[self.number]

    def _members(self, outer: Slot) -> list[Slot]:
        found = []
        if isinstance(self.part, Grain):
            current = unit(outer.start, self.part)
            while current.start < outer.end:
                # A week belongs to the unit that holds its Thursday, as ISO weeks do.
                probe = (
                    current.start + timedelta(days=3) if self.part is Grain.WEEK else current.start
                )
                if outer.start <= probe < outer.end:
                    found.append(current)
                current = shifted(current, 1)
            return found
        rec = self.part
        cycle = unit(outer.start, rec.cycle)
        while cycle.start < outer.end:
            occurrence = rec.within(cycle.start)
            if occurrence is not None and outer.start <= occurrence.start < outer.end:
                found.append(occurrence)
            cycle = shifted(cycle, 1)
        return found

    def pattern(self) -> str:
        grain = self.part if isinstance(self.part, Grain) else self.part.grain
        return unknown_value(grain)


@attrs.frozen
class AtTime(DateNode):
    """A clock time on a day: "3 p.m. Sunday". ``zone`` is a stated zone's UTC offset."""

    day: DateNode | None
    hour: int
    minute: int
    zone_minutes: int | None = None
    second: int | None = None  # stated seconds ("15:23:24") make the grain a second

    def slot(self, ctx: Context) -> Slot:
        # A clock time alone is on the day in focus: "flew Tuesday ... at 18:00 UTC".
        day = self.day.slot(ctx) if self.day is not None else ctx.reference_slot(Grain.DAY)
        hour = self.hour
        if hour == 24 and self.day is None and ctx.used != "reference":
            # "midnight" with no day told: the one that began the publication day. With a
            # day in focus ("on Tuesday ... until midnight") it ends that day, as
            # "midnight on Tuesday" does (TimeML's T24:00).
            hour = 0
        start = unit_start(day.start, Grain.DAY) + timedelta(hours=hour, minutes=self.minute)
        if self.second is not None:
            start += timedelta(seconds=self.second)
            return Slot(start, start + timedelta(seconds=1), Grain.SECOND)
        return Slot(start, start + timedelta(minutes=1), Grain.MINUTE)

    def pattern(self) -> str:
        day = self.day.pattern() if self.day is not None else "XXXX-XX-XX"
        seconds = "" if self.second is None else f":{self.second:02d}"
        return f"{day}T{self.hour:02d}:{self.minute:02d}{seconds}"


@attrs.frozen
class InPartOfDay(DateNode):
    """A part of a day: "Sunday evening", "tonight" (day None means the publication day)."""

    day: DateNode | None
    part: PartOfDay

    def slot(self, ctx: Context) -> Slot:
        day = self.day.slot(ctx) if self.day is not None else ctx.today()
        midnight = unit_start(day.start, Grain.DAY)
        first, last = PART_OF_DAY_HOURS[self.part]
        return Slot(
            midnight + timedelta(hours=first),
            midnight + timedelta(hours=last),
            Grain.PART_OF_DAY,
        )

    def pattern(self) -> str:
        day = self.day.pattern() if self.day is not None else "XXXX-XX-XX"
        return f"{day}T{self.part.value}"


@attrs.frozen
class AnyPartOfDay(DateNode):
    """A part of no day in particular: "at night", "daytime" (raids came at night)."""

    part: PartOfDay

    def slot(self, ctx: Context) -> Slot:
        raise Unanchored  # no day to place it on: only its pattern is known

    def pattern(self) -> str:
        return f"XXXX-XX-XXT{self.part.value}"


# --------------------------------------------------------------------------- arithmetic


def shift_moment(moment: datetime, grain: Grain, count: int) -> datetime:
    """`moment` moved by `count` calendar units of `grain` (wall clock).

    Raises:
        Impossible: the result falls outside the years 1 to 9999 ("9000 years later").
    """
    try:
        return _shifted(moment, grain, count)
    except (ValueError, OverflowError):
        unit = grain.name.lower().replace("_", " ")
        raise Impossible(
            f"{count:+d} {unit}(s) from {moment:%Y-%m-%d} falls outside the years 1 to 9999"
        ) from None


def _shifted(moment: datetime, grain: Grain, count: int) -> datetime:
    if grain is Grain.DAY:
        return moment + timedelta(days=count)
    if grain in (Grain.WEEK, Grain.WEEKEND):
        return moment + timedelta(weeks=count)
    months = {
        Grain.MONTH: 1,
        Grain.QUARTER: 3,
        Grain.SEASON: 3,
        Grain.HALF: 6,
        Grain.YEAR: 12,
        Grain.DECADE: 120,
        Grain.CENTURY: 1200,
    }.get(grain)
    if months is not None:
        day = add_months(moment.date(), months * count)
        return datetime.combine(day, moment.time())
    if grain is Grain.PART_OF_DAY:
        return moment + timedelta(hours=6 * count)
    step = {Grain.SECOND: 1, Grain.MINUTE: 60, Grain.HOUR: 3600}[grain]
    return moment + timedelta(seconds=step * count)


def absolute_shift(moment: datetime, zone: tzinfo, seconds: int) -> datetime:
    """Move a wall-clock moment by elapsed seconds, honouring DST in `zone`."""
    aware = moment.replace(tzinfo=zone).astimezone(UTC) + timedelta(seconds=seconds)
    return aware.astimezone(zone).replace(tzinfo=None)


_CHILD_GRAIN = {
    Grain.MINUTE: Grain.SECOND,
    Grain.HOUR: Grain.MINUTE,
    Grain.PART_OF_DAY: Grain.HOUR,
    Grain.DAY: Grain.HOUR,
    Grain.WEEKEND: Grain.DAY,
    Grain.WEEK: Grain.DAY,
    Grain.MONTH: Grain.DAY,
    Grain.QUARTER: Grain.MONTH,
    Grain.SEASON: Grain.MONTH,
    Grain.HALF: Grain.MONTH,
    Grain.YEAR: Grain.MONTH,
    Grain.DECADE: Grain.YEAR,
    Grain.CENTURY: Grain.DECADE,
}


def part_of(slot: Slot, mod: Mod) -> Slot:
    """The START, MID or END third of a unit, in whole sub-units (see time-semantics.md)."""
    child = _CHILD_GRAIN.get(slot.grain)
    if child is None or mod not in (Mod.START, Mod.MID, Mod.END):
        return slot
    if child <= Grain.DAY:
        step = {Grain.SECOND: 1, Grain.MINUTE: 60, Grain.HOUR: 3600, Grain.DAY: 86400}[child]
        count = round((slot.end - slot.start).total_seconds() / step)

        def at(index: int) -> datetime:
            return slot.start + timedelta(seconds=step * index)

    else:
        count = 0
        while shift_moment(slot.start, child, count) < slot.end:
            count += 1

        def at(index: int) -> datetime:
            return shift_moment(slot.start, child, index)

    size = math.ceil(count / 3)
    if mod is Mod.START:
        first = 0
    elif mod is Mod.END:
        first = count - size
    else:
        first = (count - size) // 2
    return Slot(at(first), at(first + size), slot.grain)


# --------------------------------------------------------------------------- values


def format_slot(slot: Slot) -> str:
    """The TIMEX3 value of a naive slot (its zone does not change the value)."""
    return format_date_value(slot.start, slot.end, slot.grain)


def unknown_value(grain: Grain) -> str:
    """The placeholder TIMEX3 value of a relative time of `grain` with no anchor."""
    return {
        Grain.CENTURY: "XX",
        Grain.DECADE: "XXX",
        Grain.YEAR: "XXXX",
        Grain.HALF: "XXXX-HX",
        Grain.QUARTER: "XXXX-QX",
        Grain.SEASON: "XXXX-XX",
        Grain.MONTH: "XXXX-XX",
        Grain.WEEK: "XXXX-WXX",
        Grain.WEEKEND: "XXXX-WXX-WE",
        Grain.DAY: "XXXX-XX-XX",
        Grain.PART_OF_DAY: "XXXX-XX-XX",
        Grain.HOUR: "XXXX-XX-XXTXX",
        Grain.MINUTE: "XXXX-XX-XXTXX:XX",
        Grain.SECOND: "XXXX-XX-XXTXX:XX:XX",
    }[grain]


# --------------------------------------------------------------------------- expressions


@attrs.frozen
class DateExpression:
    """A date or time, optionally narrowed by a mod ("late Sunday")."""

    node: DateNode
    mod: Mod | None = None
    # "earlier"/"later" this month: the interval stops (or starts) at the publication day.
    relative_to_today: bool = False


@attrs.frozen
class DurationExpression:
    """A length of time: "three weeks", "less than a week"."""

    duration: Duration
    mod: Mod | None = None


@attrs.frozen
class SpanExpression:
    """A duration anchored at the publication or reference: "the past three days"."""

    duration: Duration
    amount: float
    grain: Grain
    forward: bool
    from_reference: bool = False


@attrs.frozen
class SetExpression:
    """A recurring time taken as a set: "every Friday", "twice a week"."""

    value: str
    quant: str | None = None
    freq: str | None = None


@attrs.frozen
class VagueExpression:
    """ "Now", "recently", "soon"."""

    reference: VagueReference


Expression = DateExpression | DurationExpression | SpanExpression | SetExpression | VagueExpression
