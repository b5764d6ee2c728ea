"""SVG and HTML through rich's console export, for docs, reports and READMEs."""

from __future__ import annotations

import io

from rich.console import Console, RenderableType

__all__ = ["export_html", "export_svg"]


def _recorded(renderables: tuple[RenderableType, ...], width: int) -> Console:
    # Colours on and the environment ignored: a file asked for should not depend on the
    # terminal (or NO_COLOR, COLUMNS) of whoever made it.
    console = Console(
        file=io.StringIO(),
        width=width,
        record=True,
        force_terminal=True,
        color_system="truecolor",
        legacy_windows=False,
        no_color=False,
        _environ={},
    )
    for renderable in renderables:
        console.print(renderable)
    return console


def export_svg(*renderables: RenderableType, width: int = 100, title: str = "timeline") -> str:
    """The renderables printed at `width` columns, as an SVG picture of a terminal.

    >>> import datetime, timeline
    >>> svg = export_svg(timeline.resolve("late Sunday", datetime.date(2017, 9, 25)), width=60)
    >>> svg.startswith("<svg") and "late" in svg
    True
    """
    return _recorded(renderables, width).export_svg(title=title)


def export_html(*renderables: RenderableType, width: int = 100) -> str:
    """The renderables printed at `width` columns, as a standalone HTML page.

    >>> import datetime, timeline
    >>> page = export_html(timeline.resolve("late Sunday", datetime.date(2017, 9, 25)))
    >>> "late Sunday" in page
    True
    """
    return _recorded(renderables, width).export_html(inline_styles=True)
