"""A timeline for the terminal: a date gutter, a rail of events, links as labelled arrows.

Consoles of 60 columns and more get a gutter on the left with each group's date and,
dimmed, the phrase it came from; narrower ones get the date on a line above its events.
Events are grouped by the day (or week, month...) their interval names, so an event dated
"last week" sits under the whole week and is never pinned to a day. An undated event that
its links tie to some date is drawn where `Timeline.ordered` puts it, marked undated, with
the bounds those dates give it ("by Sun 24 Sep") and the links that give them; undated
events that nothing places come last, in a section of their own. Conflicts are numbered,
marked on their events and explained at the end.

Lines are composed here segment by segment (as rich's own layouts do), so every line is
cut to the console's width and none ends in spaces.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from .._events import Bounds
from .._time import Grain, Interval
from ._timex import glyphs_for
from ._words import Glyphs, bounds_words, day_words, interval_words, time_of_day_words

if TYPE_CHECKING:
    from .._events import Conflict, Event, Link, Timeline

__all__ = [
    "EventLine",
    "LinkLine",
    "TimelineView",
    "event_when",
    "link_label",
    "phrase_of",
    "plain_lines",
    "relation_style",
]

DATE = "bold cyan"
DETAIL = "cyan"
PHRASE = "dim italic"
DESCRIPTION = "bold"
ACTORS = "yellow"
SOURCE = "dim"
CONFLICT = "bold red"
UNDATED = "italic yellow"
BOUND = "dim yellow"  # the bounds the links give an undated event
QUIET = "dim"

_GUTTER_MIN_WIDTH = 60  # below this the date goes on a line of its own
_GUTTER_WIDTH = (12, 18)  # the gutter's narrowest and widest
_HANG = 2  # how far the wrapped lines of a link or of the actors are indented


def link_label(link: Link) -> str:
    """The words of a link's relation: ``responds_to`` reads "responds to", a link no
    cue states but the learned reader inferred reads "likely causes", and one the text
    says may hold reads "possibly causes"."""
    words = link.relation.name.replace("_", " ")
    if link.possible:
        words = f"possibly {words}"
    return f"likely {words}" if link.inferred else words


def relation_style(link: Link) -> str:
    """The rich style a link's relation asks for (bold when it names none)."""
    return link.relation.style or "bold"


def phrase_of(event: Event) -> str | None:
    """The words that dated `event` ("late Sunday"), or None if it was given a bare date.

    An event added with ``date(2017, 9, 24)`` has a `Timex` whose text is its value;
    quoting "2017-09-24" next to "Sun 24 Sep" would only repeat it.
    """
    when = event.when
    if when is None or when.text.casefold() in (when.value.casefold(), ""):
        return None
    return when.text


def event_when(event: Event, glyphs: Glyphs) -> Text:
    """When an event happened, in words, and the phrase that said so; or "undated"."""
    text = Text()
    if event.interval is not None:
        text.append(interval_words(event.interval, glyphs=glyphs), DETAIL)
    else:
        text.append("undated", UNDATED)
    phrase = phrase_of(event)
    if phrase is not None:
        text.append(f" {glyphs.quoted(phrase)}", PHRASE)
    return text


# --------------------------------------------------------------------------- the plan


@attrs.frozen
class _Row:
    """One event, what its gutter says, and whether it begins a group."""

    event: Event
    gutter: tuple[tuple[str, str], ...]  # lines of words, each with its style
    group_start: bool


@attrs.frozen
class _Plan:
    rows: tuple[_Row, ...]
    conflicts: tuple[Conflict, ...]
    conflict_numbers: dict[str, tuple[int, ...]]


def _group_unit(interval: Interval) -> Interval:
    # Anything a day or finer is grouped under its day; anything coarser under the unit of
    # its own grain: "late Sunday" under Sunday, "early last week" under last week.
    return Interval.unit(interval.start, max(interval.grain, Grain.DAY))


def _plan(timeline: Timeline, glyphs: Glyphs) -> _Plan:
    ordered = timeline.ordered()
    # An undated event that its links tie to some date is drawn where `ordered` puts it,
    # with the bounds those dates give; only what nothing places goes to the end.
    bounds = {event.id: timeline.bounds(event) for event in ordered if event.undated}
    unplaced = {event_id for event_id, found in bounds.items() if found == Bounds()}
    flowing = [event for event in ordered if event.id not in unplaced]
    years = {_group_unit(event.interval).start.year for event in flowing if event.interval}
    for found in bounds.values():
        moments = (found.earliest_start, found.latest_start, found.earliest_end)
        years |= {moment.year for moment in moments if moment is not None}
    published = timeline.published
    # The header names the publication date with its year; the gutter names years only
    # when the story leaves the publication year.
    with_year = not years <= ({published.year} if published is not None else years)
    rows: list[_Row] = []
    previous_group: object = None
    previous_phrase: str | None = None
    for event in flowing:
        interval = event.interval
        gutter: list[tuple[str, str]] = []
        if interval is None:
            words = bounds_words(bounds[event.id], year=with_year)
            group: object = words
            heading = [(line, BOUND) for line in words]
        else:
            group = unit = _group_unit(interval)
            heading = [(interval_words(unit, year=with_year, glyphs=glyphs), DATE)]
            if interval != unit:
                gutter.append((_detail(interval, unit, with_year, glyphs), DETAIL))
        starts = group != previous_group
        phrase = phrase_of(event)
        if phrase is not None and (starts or _differs(phrase, previous_phrase)):
            gutter.append((glyphs.quoted(phrase), PHRASE))
        rows.append(_Row(event, tuple(heading + gutter if starts else gutter), starts))
        previous_group, previous_phrase = group, phrase
    for position, event in enumerate(event for event in ordered if event.id in unplaced):
        phrase = phrase_of(event)
        gutter = [("undated", UNDATED)] if position == 0 else []
        if phrase is not None:
            gutter.append((glyphs.quoted(phrase), PHRASE))
        rows.append(_Row(event, tuple(gutter), position == 0))
    conflicts = tuple(timeline.conflicts())
    numbers: dict[str, list[int]] = {}
    for number, conflict in enumerate(conflicts, 1):
        for event in conflict.events:
            numbers.setdefault(event.id, []).append(number)
    return _Plan(
        tuple(rows),
        conflicts,
        {event_id: tuple(found) for event_id, found in numbers.items()},
    )


def _differs(phrase: str | None, previous: str | None) -> bool:
    return (phrase or "").casefold() != (previous or "").casefold()


def _detail(interval: Interval, unit: Interval, with_year: bool, glyphs: Glyphs) -> str:
    within_day = time_of_day_words(interval, glyphs=glyphs)
    if within_day is not None and unit.grain is Grain.DAY:
        return within_day
    return interval_words(interval, year=with_year, glyphs=glyphs)


# --------------------------------------------------------------------------- lines


@attrs.frozen
class _Hanging:
    """A paragraph whose wrapped lines are indented under its first."""

    text: Text


def _lines(
    console: Console,
    options: ConsoleOptions,
    parts: Iterable[RenderableType | _Hanging],
    width: int,
) -> list[list[Segment]]:
    """`parts` rendered one under the other at `width`, lines not padded on the right."""
    width = max(width, 1)
    lines: list[list[Segment]] = []
    for part in parts:
        if not isinstance(part, _Hanging):
            lines.extend(
                console.render_lines(part, options.update(width=width, height=None), pad=False)
            )
            continue
        indent = _HANG if width > 4 * _HANG else 0
        one_line = options.update(width=width, height=None, no_wrap=True, overflow="crop")
        for number, piece in enumerate(_hang(part.text, width, indent)):
            [rendered] = console.render_lines(piece, one_line, pad=False)
            lines.append([Segment(" " * indent), *rendered] if number and indent else rendered)
    return lines


def _hang(text: Text, width: int, indent: int) -> list[Text]:
    """`text` cut into lines: the first up to `width` cells, the others `indent` fewer.

    Lines break at spaces; a word longer than a line is cut where the line ends.
    """
    pieces: list[Text] = []
    capacity = width
    for paragraph in text.split("\n"):
        plain = paragraph.plain
        start, length = 0, len(plain)
        while True:
            while start < length and plain[start] == " ":
                start += 1
            if start >= length:
                break
            used, index, last_space = 0, start, -1
            while index < length and used + cell_len(plain[index]) <= capacity:
                if plain[index] == " ":
                    last_space = index
                used += cell_len(plain[index])
                index += 1
            if index < length and plain[index] != " " and last_space > start:
                index = last_space
            index = max(index, start + 1)
            piece = paragraph[start:index]
            piece.rstrip()
            pieces.append(piece)
            start = index
            capacity = max(width - indent, 1)
    return pieces or [Text("")]


def _pad(line: list[Segment], width: int) -> list[Segment]:
    missing = width - Segment.get_line_length(line)
    return [*line, Segment(" " * missing)] if missing > 0 else line


def _rstrip(line: list[Segment]) -> list[Segment]:
    """`line` without trailing spaces (wrapped text and the rail's gap leave some)."""
    kept = list(line)
    while kept:
        last = kept[-1]
        stripped = last.text.rstrip(" ")
        if stripped:
            kept[-1] = Segment(stripped, last.style, last.control)
            break
        kept.pop()
    return kept


def _side_by_side(
    left: list[list[Segment]],
    left_width: int,
    marks: tuple[Segment, Segment],
    right: list[list[Segment]],
) -> Iterator[Segment]:
    """Lines of `left` (padded to `left_width`), a mark column, and lines of `right`.

    The first line gets ``marks[0]`` (a bullet), the others ``marks[1]`` (the rail), so the
    rail runs down the whole height of the taller side.
    """
    for index in range(max(len(left), len(right), 1)):
        line: list[Segment] = []
        if left_width:
            line += _pad(left[index] if index < len(left) else [], left_width)
            line.append(Segment(" "))
        line.append(marks[0] if index == 0 else marks[1])
        if index < len(right):
            line += right[index]
        yield from _rstrip(line)
        yield Segment.line()


def plain_lines(lines: list[list[Segment]]) -> Iterator[Segment]:
    """`lines` as segments, each line without its trailing spaces."""
    nothing = Segment("")
    for line in lines:
        yield from _side_by_side([], 0, (nothing, nothing), [line])


# --------------------------------------------------------------------------- the view


@attrs.frozen
class TimelineView:
    """A `Timeline` as a vertical timeline; what ``Console().print(timeline)`` shows.

    Args:
        timeline: the timeline to show.
        title: a headline to print above it.
    """

    timeline: Timeline
    title: str | None = None

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        glyphs = glyphs_for(options)
        plan = _plan(self.timeline, glyphs)
        by_id = {event.id: event for event in self.timeline.events}
        yield from plain_lines(_lines(console, options, self._header(plan, glyphs), width))
        gutter = self._gutter_width(console, plan, width)
        body_width = width - (gutter + 1 if gutter else 0) - 2
        rail = Segment(glyphs.bar + " ", Style.parse(QUIET))
        first = True
        spaced = False  # whether the last line drawn was the rail alone
        for row in plan.rows:
            if row.group_start and not first and not spaced:
                yield from _side_by_side([], gutter, (rail, rail), [])
            first = False
            gutter_text = _gutter(row)
            mark = self._mark(row, plan, glyphs)
            body = _lines(console, options, self._body(row.event, plan, by_id, glyphs), body_width)
            if gutter:
                left = _lines(console, options, [gutter_text], gutter) if gutter_text else []
                spaced = len(left) > len(body)
                yield from _side_by_side(left, gutter, (mark, rail), body)
            else:
                if gutter_text:
                    yield from plain_lines(
                        _lines(console, options, [_joined(gutter_text, glyphs)], width)
                    )
                yield from _side_by_side([], 0, (mark, rail), body)
        yield from self._conflicts(console, options, plan, width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        # A timeline reads best at the width it is given, and can shrink a long way.
        return Measurement(min(_GUTTER_WIDTH[0], options.max_width), options.max_width)

    # ----------------------------------------------------------------------- parts

    def _header(self, plan: _Plan, glyphs: Glyphs) -> Iterator[Text]:
        if self.title:
            yield Text(self.title, style="bold")
        timeline = self.timeline
        published = timeline.published
        facts = [
            "no publication date" if published is None else f"published {day_words(published)}",
            _count(len(timeline.events), "event"),
            _count(len(timeline.links), "link"),
        ]
        if plan.conflicts:
            facts.append(_count(len(plan.conflicts), "conflict"))
        yield Text(f" {glyphs.dot} ".join(facts), style=QUIET)
        yield Text("")

    def _gutter_width(self, console: Console, plan: _Plan, width: int) -> int:
        if width < _GUTTER_MIN_WIDTH:
            return 0
        narrowest, widest = _GUTTER_WIDTH
        wanted = narrowest
        for row in plan.rows:
            gutter = _gutter(row)
            if gutter is not None:
                wanted = max(wanted, console.measure(gutter).maximum)
        # The gutter never takes more than a third of the width.
        return min(wanted, widest, width // 3)

    def _mark(self, row: _Row, plan: _Plan, glyphs: Glyphs) -> Segment:
        if row.event.id in plan.conflict_numbers:
            return Segment(glyphs.conflict + " ", Style.parse(CONFLICT))
        if row.event.undated:
            return Segment(glyphs.undated + " ", Style.parse(UNDATED))
        return Segment(glyphs.dated + " ", Style.parse(DETAIL))

    def _body(
        self, event: Event, plan: _Plan, by_id: dict[str, Event], glyphs: Glyphs
    ) -> list[Text | _Hanging]:
        parts: list[Text | _Hanging] = [Text(event.description, style=DESCRIPTION)]
        who = _who(event, glyphs)
        if who is not None:
            parts.append(_Hanging(who))
        for link in self.timeline.links:
            if link.source == event.id:
                parts.append(_Hanging(_outgoing(link, by_id[link.target], glyphs)))
            elif event.interval is None and link.target == event.id:
                # What places an undated event is what links to it, so say it here too.
                parts.append(_Hanging(_incoming(link, by_id[link.source], glyphs)))
        numbers = plan.conflict_numbers.get(event.id)
        if numbers:
            marks = ", ".join(f"[{number}]" for number in numbers)
            parts.append(Text(f"in conflict {marks}", style=CONFLICT))
        return parts

    def _conflicts(
        self, console: Console, options: ConsoleOptions, plan: _Plan, width: int
    ) -> Iterator[Segment]:
        if not plan.conflicts:
            return
        heading = Text(_count(len(plan.conflicts), "conflict"), style=CONFLICT)
        yield from plain_lines(_lines(console, options, [Text(""), heading], width))
        for number, conflict in enumerate(plan.conflicts, 1):
            label = f"[{number}] "
            body = _lines(console, options, [Text(str(conflict))], width - len(label))
            marks = (Segment(label, Style.parse(CONFLICT)), Segment(" " * len(label)))
            yield from _side_by_side([], 0, marks, body)


def _gutter(row: _Row) -> Text | None:
    """The gutter's lines for `row`, one under the other; None if it has none."""
    if not row.gutter:
        return None
    text = Text()
    for number, (words, style) in enumerate(row.gutter):
        if number:
            text.append("\n")
        text.append(words, style)
    return text


def _outgoing(link: Link, target: Event, glyphs: Glyphs) -> Text:
    text = Text.assemble(
        (link_label(link), relation_style(link)), f" {glyphs.arrow} ", target.description
    )
    if link.evidence:
        text.append(f" {glyphs.quoted(link.evidence)}", PHRASE)
    return text


def _incoming(link: Link, source: Event, glyphs: Glyphs) -> Text:
    text = Text.assemble(
        (f"{glyphs.back} ", QUIET),
        (link_label(link), relation_style(link)),
        (f" {glyphs.dot} ", QUIET),
        source.description,
    )
    if link.evidence:
        text.append(f" {glyphs.quoted(link.evidence)}", PHRASE)
    return text


def _joined(gutter: Text, glyphs: Glyphs) -> Text:
    """The gutter's lines on one line, for a console too narrow for a gutter."""
    joined = Text()
    for number, line in enumerate(gutter.split("\n")):
        if number:
            joined.append(f" {glyphs.dot} ", QUIET)
        joined.append_text(line)
    return joined


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _who(event: Event, glyphs: Glyphs) -> Text | None:
    # An actor telling of its own deed ("Moscow said it would strike back") is said once.
    source = None if event.source in event.actors else event.source
    if not event.actors and source is None:
        return None
    text = Text()
    if event.actors:
        text.append(", ".join(event.actors), ACTORS)
    if source is not None:
        if event.actors:
            text.append(f" {glyphs.dot} ", QUIET)
        text.append(f"via {source}", SOURCE)
    return text


# --------------------------------------------------------------------------- Event, Link


@attrs.frozen
class EventLine:
    """One event: description, when, who and the source; what ``rich.print(event)`` shows."""

    event: Event

    def text(self, glyphs: Glyphs) -> Text:
        """The line as rich `Text`."""
        # Each part is appended with its own style: a style given to Text() would be the
        # base style of everything appended after it.
        line = Text.assemble((self.event.description, DESCRIPTION))
        line.append(f" {glyphs.dot} ")
        line.append_text(event_when(self.event, glyphs))
        who = _who(self.event, glyphs)
        if who is not None:
            line.append(f" {glyphs.dot} ")
            line.append_text(who)
        return line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text(glyphs_for(options))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text(glyphs_for(options)))


@attrs.frozen
class LinkLine:
    """One link, ``e3 blames → e2``, with its evidence; what ``rich.print(link)`` shows.

    A link knows only the ids of its events; a `TimelineView` shows their descriptions.
    """

    link: Link

    def text(self, glyphs: Glyphs) -> Text:
        """The line as rich `Text`."""
        link = self.link
        line = Text.assemble(
            link.source,
            " ",
            (link_label(link), relation_style(link)),
            f" {glyphs.arrow} ",
            link.target,
        )
        if link.evidence:
            line.append(f" {glyphs.quoted(link.evidence)}", PHRASE)
        return line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text(glyphs_for(options))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text(glyphs_for(options)))
