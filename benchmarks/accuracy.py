"""Normalisation accuracy given the gold spans: timeline against dateparser, side by side.

    python benchmarks/accuracy.py ../shared/corpora/jsonl/meantime-en.jsonl

Every gold DATE or TIME expression with a specific value (not PRESENT_REF, not XXXX) in a
document with a publication date is handed, as its exact text, to `timeline.resolve` and to
`dateparser.parse` (RELATIVE_BASE = publication date). A result is right when it names the
gold value at the gold value's own grain: dateparser returns a moment, so its moment is
written at that grain (a day, an ISO week, a month, ...) before comparing, which favours
it. `timeline.tag` on the whole text is scored on the same expressions, to show what the
context (tense, reference time) adds. The corpus is read from the path given.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import warnings
from datetime import date, datetime
from pathlib import Path

import timeline
from timeline import Interval, ParseError, ValueFormatError


def _at_gold_grain(moment: datetime, gold_value: str) -> str | None:
    try:
        gold = Interval.from_value(gold_value)
    except ValueFormatError:
        return None
    try:
        return Interval.unit(moment.replace(tzinfo=gold.start.tzinfo), gold.grain).value
    except Exception:
        return None


def _phrasings() -> None:
    """Exact value on the expression corpus of tests/corpus (written before resolve was)."""
    import sys

    import dateparser

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from corpus.expressions import ENTRIES

    total = ours = theirs = 0
    for published, case, phrase in ENTRIES:
        if case.type not in ("DATE", "TIME") or "X" in case.expected or "REF" in case.expected:
            continue
        total += 1
        with contextlib.suppress(ParseError):
            found = timeline.resolve(phrase, published, tense=case.tense, reference=case.reference)
            ours += found.value == case.expected
        base = (
            published
            if isinstance(published, datetime)
            else datetime.combine(published, datetime.min.time())
        )
        moment = dateparser.parse(
            phrase,
            settings={
                "RELATIVE_BASE": base.replace(tzinfo=None),
                "PREFER_DATES_FROM": "future" if case.tense == "future" else "past",
            },
        )
        expected = case.expected.removesuffix("Z")
        if moment is not None:
            theirs += _at_gold_grain(moment, expected) == expected
    print(f"{total} DATE/TIME phrasings of tests/corpus (tense passed to both)")
    print(f"timeline.resolve   {100 * ours / total:5.1f}% exact value")
    print(f"dateparser.parse   {100 * theirs / total:5.1f}% right at the expected grain")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a jsonl corpus (meantime-en.jsonl)")
    parser.add_argument(
        "--phrasings", action="store_true", help="score the tests/corpus phrasings instead"
    )
    parser.add_argument(
        "--genre",
        choices=("news", "narrative"),
        help="how tag reads the texts (WikiWars is history: narrative)",
    )
    arguments = parser.parse_args()
    warnings.simplefilter("ignore")
    if arguments.phrasings:
        _phrasings()
        return
    if arguments.corpus is None:
        parser.error("give a jsonl corpus, or --phrasings")
    import dateparser

    total = ours = tagged = theirs = 0
    with arguments.corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            try:
                published = date.fromisoformat(record["dct"] or "")
            except ValueError:
                continue
            text = record["text"]
            found = timeline.tag(text, published, genre=arguments.genre)
            by_span = {t.span: t.value for t in found}
            for gold in record["timexes"]:
                value = gold["value"] or ""
                if gold["type"] not in ("DATE", "TIME") or "X" in value or "REF" in value:
                    continue
                try:
                    Interval.from_value(value.removesuffix("Z"))
                except ValueFormatError:
                    continue  # a malformed gold value cannot be matched by anyone
                total += 1
                with contextlib.suppress(ParseError):
                    ours += timeline.resolve(gold["text"], published).value == value
                tagged += by_span.get((gold["start"], gold["end"])) == value
                base = datetime(published.year, published.month, published.day)
                moment = dateparser.parse(gold["text"], settings={"RELATIVE_BASE": base})
                if moment is not None:
                    theirs += _at_gold_grain(moment, value.removesuffix("Z")) == value.removesuffix(
                        "Z"
                    )
    print(f"{total} gold DATE/TIME expressions with specific values, given their exact text")
    print(f"timeline.resolve (no context)   {100 * ours / total:5.1f}% right")
    print(
        f"timeline.tag (whole text)       {100 * tagged / total:5.1f}% right (same span and value)"
    )
    print(f"dateparser.parse                {100 * theirs / total:5.1f}% right (at the gold grain)")


if __name__ == "__main__":
    main()
