"""Speed of `timeline.resolve` against dateparser and parsedatetime, in one run.

Resolves every phrasing of the test corpus (tests/corpus/expressions.py, our own phrases)
with each library, relative to the same publication date, and prints the median time per
expression and the ratios. Also times ``python -c "import timeline"``.

    python benchmarks/resolve.py [--repeat 5]

Needs the ``bench`` extra (dateparser comes with timeline; parsedatetime does not).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import timeline  # noqa: E402
from corpus.expressions import ENTRIES  # noqa: E402


def _median_time(function: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def _per_expression(resolver: Callable[[str, date], object], repeat: int) -> list[float]:
    times = []
    for published, case, phrase in ENTRIES:

        def once(
            text: str = phrase, anchor: date = published, tense: str | None = case.tense
        ) -> None:
            try:
                resolver(text, anchor)
            except Exception:
                pass  # a peer that cannot read a phrase still spent the time

        times.append(_median_time(once, repeat))
    return times


def _timeline(phrase: str, published: date) -> object:
    return timeline.resolve(phrase, published)


def _dateparser() -> Callable[[str, date], object]:
    import dateparser

    def parse(phrase: str, published: date) -> object:
        base = (
            published
            if isinstance(published, datetime)
            else datetime(published.year, published.month, published.day)
        )
        return dateparser.parse(phrase, settings={"RELATIVE_BASE": base.replace(tzinfo=None)})

    return parse


def _parsedatetime() -> Callable[[str, date], object] | None:
    try:
        import parsedatetime
    except ImportError:
        return None
    calendar = parsedatetime.Calendar()

    def parse(phrase: str, published: date) -> object:
        base = (
            published
            if isinstance(published, datetime)
            else datetime(published.year, published.month, published.day)
        )
        return calendar.parseDT(phrase, sourceTime=base.replace(tzinfo=None))

    return parse


def _import_time(repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import timeline"], check=True)
        timings.append(time.perf_counter() - start)
    baseline = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - start)
    return statistics.median(timings) - statistics.median(baseline)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timings per expression (median)")
    arguments = parser.parse_args()
    warnings.simplefilter("ignore")

    print(f"{len(ENTRIES)} phrasings from tests/corpus/expressions.py\n")
    ours = statistics.median(_per_expression(_timeline, arguments.repeat))
    print(f"timeline.resolve      median {ours * 1e6:8.1f} µs/expression")
    peers = {"dateparser.parse": _dateparser(), "parsedatetime": _parsedatetime()}
    for name, resolver in peers.items():
        if resolver is None:
            print(f"{name:21} not installed (pip install '.[bench]')")
            continue
        theirs = statistics.median(_per_expression(resolver, arguments.repeat))
        print(
            f"{name:21} median {theirs * 1e6:8.1f} µs/expression   timeline is {theirs / ours:6.1f}x faster"
        )
    imported = _import_time(arguments.repeat)
    print(f"\npython -c 'import timeline': {imported * 1e3:.0f} ms above a bare interpreter start")


if __name__ == "__main__":
    main()
