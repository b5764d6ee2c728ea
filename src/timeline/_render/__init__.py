"""Rendering with rich: the only part of `timeline` that imports rich.

Value types reach these renderables lazily (``Timex.__rich__`` imports this package when
rich asks for it), so ``import timeline`` stays free of rich.
"""

from ._timex import TimexLine, TimexTable
from ._words import interval_words, moment_words

__all__ = ["TimexLine", "TimexTable", "interval_words", "moment_words"]
