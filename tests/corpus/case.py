"""`Case`: one expected resolution of the expression corpus and the phrasings that give it."""

from __future__ import annotations

from datetime import date, datetime

import attrs

from timeline import Interval, Tense, Timex

__all__ = ["Case", "Reference"]

Reference = date | datetime | Interval | Timex


@attrs.frozen
class Case:
    """One expected resolution and the phrasings that must give it.

    ``tense`` and ``reference`` are passed to `timeline.resolve`; ``interval`` is the
    expected ``[start, end)`` as ISO datetimes with offsets; ``quant`` and ``freq`` are
    checked for sets when given. ``section`` names the part of the spec the case tests.
    """

    expected: str
    phrasings: tuple[str, ...]
    type: str = "DATE"
    mod: str | None = None
    tense: Tense | None = None
    reference: Reference | None = None
    interval: tuple[str, str] | None = None
    quant: str | None = None
    freq: str | None = None
    section: str = ""
