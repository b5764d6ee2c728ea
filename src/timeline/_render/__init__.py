"""Rendering with rich: the only part of `timeline` that imports rich.

Value types reach these renderables lazily (``Timex.__rich__`` imports this package when
rich asks for it), so ``import timeline`` stays free of rich.
"""

from ._chains import ChainsView, ChainTree
from ._export import export_html, export_svg
from ._notebook import mime_bundle
from ._timeline import EventLine, LinkLine, TimelineView
from ._timelinejs import timelinejs
from ._timex import TimexLine, TimexTable
from ._words import bounds_words, interval_words, moment_words

__all__ = [
    "ChainTree",
    "ChainsView",
    "EventLine",
    "LinkLine",
    "TimelineView",
    "TimexLine",
    "TimexTable",
    "bounds_words",
    "export_html",
    "export_svg",
    "interval_words",
    "mime_bundle",
    "moment_words",
    "timelinejs",
]
