"""The error tables of ``timeline eval --errors``: a gold and a system side, row by row.

Timexes and events are listed alike (what was missed, what was spurious, what disagrees),
differing only in the detail shown beside each side's text: a value or a class.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from rich.console import Console
from rich.table import Table

Side = TypeVar("Side")
Side_co = TypeVar("Side_co", covariant=True)


class GoldAndSystem(Protocol[Side_co]):
    """A gold mention and the system's in one document, either missing (None)."""

    @property
    def document(self) -> str: ...
    @property
    def gold(self) -> Side_co | None: ...
    @property
    def system(self) -> Side_co | None: ...


def print_pair_table(
    out: Console,
    title: str,
    pairs: Iterable[GoldAndSystem[Side]],
    detail: str,
    read: Callable[[Side], tuple[str, str]],
) -> None:
    """A table of `pairs` titled `title`: each side's text and its `detail` (`read` gives both).

    A missing side shows as empty cells.
    """
    table = Table(title=title, title_justify="left")
    for column in ("document", "gold text", f"gold {detail}", "system text", f"system {detail}"):
        table.add_column(column)
    for pair in pairs:
        gold = ("", "") if pair.gold is None else read(pair.gold)
        system = ("", "") if pair.system is None else read(pair.system)
        table.add_row(pair.document, *gold, *system)
    out.print(table)
