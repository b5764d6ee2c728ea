"""Speed of `timeline.resolve` against dateparser and parsedatetime, in one run.

Resolves every phrasing of the test corpus (tests/corpus/expressions.py, our own phrases)
with each library, relative to the same publication date, and prints the median time per
expression and the ratios. `resolve` parses each distinct expression once, so it is timed
twice: as used (each phrase timed `--repeat` times, like the peers) and at first sight
(its parse cache emptied before every call). Also times ``python -c "import timeline"``.

    python benchmarks/resolve.py [--repeat 5]

Needs the ``bench`` extra for parsedatetime (dateparser comes with timeline).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import timeline
from timeline._time import _resolve

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from corpus.expressions import ENTRIES

Resolver = Callable[[str, date], object]


def _median_time(function: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def _per_expression(resolver: Resolver, repeat: int) -> list[float]:
    times = []
    for published, _case, phrase in ENTRIES:

        def once(text: str = phrase, anchor: date = published) -> None:
            # A peer that cannot read a phrase still spent the time.
            with contextlib.suppress(Exception):
                resolver(text, anchor)

        times.append(_median_time(once, repeat))
    return times


def _naive(published: date) -> datetime:
    if isinstance(published, datetime):
        return published.replace(tzinfo=None)
    return datetime(published.year, published.month, published.day)


def _timeline(phrase: str, published: date) -> object:
    return timeline.resolve(phrase, published)


def _timeline_first_sight(phrase: str, published: date) -> object:
    _resolve._PARSES.clear()
    return timeline.resolve(phrase, published)


def _dateparser() -> Resolver:
    import dateparser

    def parse(phrase: str, published: date) -> object:
        return dateparser.parse(phrase, settings={"RELATIVE_BASE": _naive(published)})

    return parse


def _parsedatetime() -> Resolver | None:
    try:
        import parsedatetime
    except ImportError:
        return None
    calendar = parsedatetime.Calendar()

    def parse(phrase: str, published: date) -> object:
        return calendar.parseDT(phrase, sourceTime=_naive(published))

    return parse


def _import_time(repeat: int) -> float:
    def run(code: str) -> float:
        return _median_time(
            lambda: subprocess.run([sys.executable, "-c", code], check=True), repeat
        )

    return run("import timeline") - run("pass")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timings per expression (median)")
    arguments = parser.parse_args()
    warnings.simplefilter("ignore")

    print(f"{len(ENTRIES)} phrasings from tests/corpus/expressions.py\n")
    ours = statistics.median(_per_expression(_timeline, arguments.repeat))
    first = statistics.median(_per_expression(_timeline_first_sight, arguments.repeat))
    print(f"{'timeline.resolve':22} median {ours * 1e6:8.1f} µs/expression")
    print(f"{'  at first sight':22} median {first * 1e6:8.1f} µs/expression")
    peers = {"dateparser.parse": _dateparser(), "parsedatetime": _parsedatetime()}
    for name, resolver in peers.items():
        if resolver is None:
            print(f"{name:22} not installed (pip install '.[bench]')")
            continue
        theirs = statistics.median(_per_expression(resolver, arguments.repeat))
        print(
            f"{name:22} median {theirs * 1e6:8.1f} µs/expression   "
            f"timeline is {theirs / ours:5.1f}x faster ({theirs / first:.1f}x at first sight)"
        )
    imported = _import_time(arguments.repeat)
    print(f"\npython -c 'import timeline': {imported * 1e3:.0f} ms above a bare interpreter start")


if __name__ == "__main__":
    main()
