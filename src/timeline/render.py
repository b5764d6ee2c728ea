"""Renderables for rich: print time expressions and timelines in the terminal.

Everything here follows rich's protocol, so ``Console().print(...)`` takes it, fits the
console's width (40 to 200 columns), and writes no colour codes when the output is not a
terminal or ``NO_COLOR`` is set. A `Timex` prints itself too (``rich.print(timex)``).

>>> import datetime, io, timeline
>>> from rich.console import Console
>>> console = Console(file=io.StringIO(), width=60, color_system=None)
>>> console.print(TimexTable([timeline.resolve("last week", datetime.date(2017, 9, 25))]))
>>> print(console.file.getvalue().splitlines()[3])
last week
"""

from ._render import TimexLine, TimexTable

__all__ = ["TimexLine", "TimexTable"]
