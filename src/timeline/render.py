"""Renderables for rich: print time expressions and timelines in the terminal.

Everything here follows rich's protocol, so ``Console().print(...)`` takes it, fits the
console's width (40 to 200 columns), and writes no colour codes when the output is not a
terminal or ``NO_COLOR`` is set. The value types print themselves too: a `Timeline`
draws itself as a `TimelineView`, and a `Timex`, `Event`, `Link` or `Chain` reads well.
`export_svg` and `export_html` turn any of them into a picture for a report.

>>> import datetime, io, timeline
>>> from rich.console import Console
>>> console = Console(file=io.StringIO(), width=60, color_system=None)
>>> console.print(TimexTable([timeline.resolve("last week", datetime.date(2017, 9, 25))]))
>>> print(console.file.getvalue(), end="")
1 time expression
<BLANKLINE>
last week
  DATE 2017-W38
  18–24 Sep 2017
  against Mon 25 Sep 2017
"""

from ._render import (
    ChainsView,
    ChainTree,
    EventLine,
    LinkLine,
    TimelineView,
    TimexLine,
    TimexTable,
    export_html,
    export_svg,
)

__all__ = [
    "ChainTree",
    "ChainsView",
    "EventLine",
    "LinkLine",
    "TimelineView",
    "TimexLine",
    "TimexTable",
    "export_html",
    "export_svg",
]
