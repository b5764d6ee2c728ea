"""Time expressions for the terminal: a one-line `TimexLine` and a `TimexTable`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from .._time import Timex, TimexType
from ._words import ASCII, UNICODE, Glyphs, interval_words, moment_words

__all__ = ["TimexLine", "TimexTable", "glyphs_for"]

# Styles say what a part is; none is needed to read the output (colours may be off).
PHRASE = "bold"
VALUE = "cyan"
MOD = "magenta"
WHEN = "green"
QUIET = "dim"

# Below this many columns a table of six or eight columns turns every cell into a column
# of single words: from here down type, value and mod share a column, and below
# _TABLE_MIN_WIDTH each expression gets a block of lines instead of a row.
_FULL_TABLE_MIN_WIDTH = 110
_TABLE_MIN_WIDTH = 70


def glyphs_for(options: ConsoleOptions) -> Glyphs:
    """Unicode arrows and dashes, or ASCII ones when the output cannot encode them."""
    return ASCII if options.ascii_only else UNICODE


def _kind_note(timex: Timex) -> str | None:
    """What to say in place of an interval, when there is none."""
    if timex.interval is not None:
        return None
    if timex.type is TimexType.DURATION:
        return "a length, not placed"
    if timex.type is TimexType.SET:
        return "repeats"
    if timex.value.endswith("_REF"):
        return "vague"
    return "partly unknown"


@attrs.frozen
class TimexLine:
    """One time expression on a line: phrase → value, mod, and what it covers.

    This is what ``rich.print(timex)`` shows::

        late Sunday → 2017-09-24 END · Sun 24 Sep 2017 16:00–24:00
    """

    timex: Timex

    def text(self, glyphs: Glyphs = UNICODE) -> Text:
        """The line as rich `Text`, drawn with `glyphs`."""
        timex = self.timex
        line = Text.assemble((timex.text, PHRASE), f" {glyphs.arrow} ", (timex.value, VALUE))
        if timex.mod is not None:
            line.append(f" {timex.mod.value}", MOD)
        if timex.interval is not None:
            line.append(f" {glyphs.dot} ")
            line.append(interval_words(timex.interval, glyphs=glyphs), WHEN)
        else:
            line.append(f" ({_kind_note(timex)})", QUIET)
        return line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text(glyphs_for(options))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text(glyphs_for(options)))


def _timexes(value: Iterable[Timex]) -> tuple[Timex, ...]:
    return tuple(value)


@attrs.frozen
class TimexTable:
    """A table of time expressions: text, type, value, mod, interval, and anchor.

    The anchor column says what each expression was resolved against: the publication
    date, or for "the following day" the date mentioned before it. Below 110 columns
    type, value and mod share a column; below 70, each expression gets a block of lines.

    Args:
        timexes: the expressions, in the order to show them.
        spans: add start and end character offsets (for expressions found in a text).
        title: the title; by default "N time expressions".
    """

    timexes: tuple[Timex, ...] = attrs.field(converter=_timexes)
    spans: bool = False
    title: str | None = None

    def _title(self) -> str:
        if self.title is not None:
            return self.title
        count = len(self.timexes)
        return f"{count} time expression{'' if count == 1 else 's'}"

    def _table(self, glyphs: Glyphs, *, full: bool = True) -> Table:
        table = Table(box=box.HEAVY_HEAD)
        if self.spans:
            table.add_column("start", justify="right", no_wrap=True)
            table.add_column("end", justify="right", no_wrap=True)
        table.add_column("text", style=PHRASE)
        if full:
            table.add_column("type", no_wrap=True)
            table.add_column("value", style=VALUE, overflow="fold")
            table.add_column("mod", style=MOD, no_wrap=True)
        else:
            table.add_column("value")
        table.add_column("interval", style=WHEN)
        table.add_column("resolved against" if full else "against", style=QUIET)
        for timex in self.timexes:
            cells: list[str | Text] = [] if not self.spans else _offsets(timex)
            cells.append(timex.text)
            if full:
                cells += [timex.type.value, timex.value, "" if timex.mod is None else timex.mod]
            else:
                cells.append(_meaning(timex))
            cells.append(_interval_cell(timex, glyphs))
            cells.append("" if timex.anchor is None else moment_words(timex.anchor))
            table.add_row(*cells)
        return table

    def _blocks(self, glyphs: Glyphs) -> Iterator[Text]:
        yield Text(self._title(), style="italic")
        for timex in self.timexes:
            yield Text("")
            head = Text.assemble((timex.text, PHRASE))
            if self.spans and timex.span is not None:
                head.append(f" [{timex.span[0]}:{timex.span[1]}]", QUIET)
            yield head
            yield Text.assemble("  ", _meaning(timex))
            yield Text.assemble("  ", (_interval_cell(timex, glyphs), WHEN))
            if timex.anchor is not None:
                yield Text(f"  against {moment_words(timex.anchor)}", style=QUIET)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        glyphs = glyphs_for(options)
        if options.max_width >= _TABLE_MIN_WIDTH:
            # The title is a line of its own rather than the table's: a table pads its
            # title to the table's width, leaving trailing spaces in copied output.
            yield Text(self._title(), style="italic")
            yield self._table(glyphs, full=options.max_width >= _FULL_TABLE_MIN_WIDTH)
        else:
            yield from self._blocks(glyphs)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        glyphs = glyphs_for(options)
        widest = Measurement.get(console, options, self._table(glyphs))
        narrowest = [Measurement.get(console, options, line) for line in self._blocks(glyphs)]
        minimum = max((m.minimum for m in narrowest), default=1)
        return Measurement(min(minimum, widest.maximum), widest.maximum).clamp(
            max_width=options.max_width
        )


def _meaning(timex: Timex) -> Text:
    meaning = Text.assemble(timex.type.value, " ", (timex.value, VALUE))
    if timex.mod is not None:
        meaning.append(f" {timex.mod.value}", MOD)
    return meaning


def _offsets(timex: Timex) -> list[str | Text]:
    return ["", ""] if timex.span is None else [str(timex.span[0]), str(timex.span[1])]


def _interval_cell(timex: Timex, glyphs: Glyphs) -> str:
    if timex.interval is None:
        return f"({_kind_note(timex)})"
    return interval_words(timex.interval, glyphs=glyphs)
