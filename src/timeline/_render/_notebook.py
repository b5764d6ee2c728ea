"""What Jupyter shows for our types: rich's rendering as HTML, and as text beside it."""

from __future__ import annotations

from collections.abc import Container

from rich.console import RenderableType

from ._export import _recorded

__all__ = ["NOTEBOOK_WIDTH", "mime_bundle"]

NOTEBOOK_WIDTH = 100  # columns: a notebook cell has no terminal to ask
# A fragment, not a page: the notebook already has one. The font list is rich's own for
# Jupyter, so box-drawing characters line up.
_FRAGMENT = (
    '<pre style="white-space:pre;overflow-x:auto;line-height:normal;'
    "font-family:Menlo,'DejaVu Sans Mono',consolas,'Courier New',monospace\">"
    "<code>{code}</code></pre>\n"
)


def mime_bundle(
    renderable: RenderableType,
    include: Container[str] | None = None,
    exclude: Container[str] | None = None,
) -> dict[str, str]:
    """The ``_repr_mimebundle_`` of a renderable: ``text/html`` and ``text/plain``.

    `include` and `exclude` are the mime types the front end asks for or refuses, as
    IPython passes them.

    >>> import datetime, timeline
    >>> bundle = mime_bundle(timeline.resolve("late Sunday", datetime.date(2017, 9, 25)))
    >>> sorted(bundle), bundle["text/plain"].startswith("late Sunday")
    (['text/html', 'text/plain'], True)
    """
    console = _recorded((renderable,), NOTEBOOK_WIDTH)
    bundle = {
        "text/plain": console.export_text(clear=False).rstrip("\n"),
        "text/html": console.export_html(inline_styles=True, code_format=_FRAGMENT),
    }
    return {
        kind: data
        for kind, data in bundle.items()
        if (include is None or kind in include) and (exclude is None or kind not in exclude)
    }
