"""SIGNAL and C-SIGNAL elements around the cue words of the links to be written.

TimeML marks the words that state a relation ("after", "in response to") as a SIGNAL
that the TLINK or SLINK names by ``signalID``; the causal extension that Causal-TimeBank
and MEANTIME use marks a cause's words ("because of", "due to") as a C-SIGNAL named by a
CLINK's ``c-signalID``. A signal is a word of its own in TimeML, never part of an event or
a time expression, so a cue that shares a character with an EVENT or TIMEX3 (a reporting
verb that is itself the event, "said"; "two days after", whose "two days" is a TIMEX3)
gets no element, and its link names none. That also keeps the markup well-formed, and so
does the last rule: a cue that crosses one already marked (neither holds the other) is
left unmarked too.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from .._errors import InvalidValueError
from ._document import Signal

__all__ = ["place_signals"]

_PREFIX = {"SIGNAL": ("sid", "s"), "C-SIGNAL": ("cid", "c")}


class _Occupied:
    """Spans a cue must not overlap, asked in O(log n) however many there are."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        # The furthest end among the spans starting at or before each one.
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, span: tuple[int, int]) -> bool:
        # Some span starting before this one ends reaches past where it starts.
        before = bisect.bisect_left(self.starts, span[1])
        return before > 0 and self.reach[before - 1] > span[0]


def place_signals(
    text: str,
    cues: Iterable[tuple[str, tuple[int, int]]],
    *,
    occupied: Sequence[tuple[int, int]] = (),
    taken: frozenset[str] = frozenset(),
) -> tuple[tuple[Signal, ...], dict[tuple[str, tuple[int, int]], str]]:
    """The SIGNAL and C-SIGNAL elements for `cues`, and each marked cue's id.

    `cues` are ``(element, span)`` pairs, the element ``"SIGNAL"`` or ``"C-SIGNAL"``;
    the same cue given twice is one element. `occupied` are the spans of the EVENT and
    TIMEX3 elements of the text: a cue overlapping one is not marked. Ids are ``s1``,
    ``s2``... for SIGNALs and ``c1``, ``c2``... for C-SIGNALs, in text order, skipping
    those in `taken`.

    Raises:
        InvalidValueError: an element is neither SIGNAL nor C-SIGNAL, or a span is empty
            or runs past the end of `text`.

    >>> text = "Roads shut after the storm, and because of the flood."
    >>> signals, ids = place_signals(text, [("SIGNAL", (11, 16)), ("C-SIGNAL", (32, 42))])
    >>> [(signal.element, signal.text, signal.signal_id) for signal in signals]
    [('SIGNAL', 'after', 's1'), ('C-SIGNAL', 'because of', 'c1')]
    """
    wanted: set[tuple[str, tuple[int, int]]] = set()
    for element, span in cues:
        if element not in _PREFIX:
            raise InvalidValueError(
                f"place_signals: expected the element 'SIGNAL' or 'C-SIGNAL', got {element!r}"
            )
        start, end = span
        if not 0 <= start < end <= len(text):
            raise InvalidValueError(
                f"place_signals: expected a cue of at least one character inside the text "
                f"of {len(text)} characters, got {span!r}"
            )
        wanted.add((element, span))
    blocked = _Occupied(occupied)
    kept: list[tuple[str, tuple[int, int]]] = []
    open_ends: list[int] = []  # the ends of the kept cues that hold the next one's start
    for element, span in sorted(wanted, key=lambda cue: (cue[1][0], -cue[1][1], cue[0])):
        if blocked.overlaps(span):
            continue
        while open_ends and open_ends[-1] <= span[0]:
            open_ends.pop()
        if open_ends and span[1] > open_ends[-1]:
            continue  # it would cross the innermost kept cue it starts in
        open_ends.append(span[1])
        kept.append((element, span))
    signals: list[Signal] = []
    ids: dict[tuple[str, tuple[int, int]], str] = {}
    numbers = dict.fromkeys(_PREFIX, 0)
    for element, span in kept:
        key, prefix = _PREFIX[element]
        numbers[element] += 1
        while f"{prefix}{numbers[element]}" in taken:
            numbers[element] += 1
        signal_id = f"{prefix}{numbers[element]}"
        ids[element, span] = signal_id
        start, end = span
        signals.append(Signal(text[start:end], span, ((key, signal_id),), element))
    return tuple(signals), ids
