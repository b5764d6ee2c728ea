"""Speed, linearity and memory of `timeline.tag`, beside dateparser's search_dates.

    python benchmarks/tagging.py ../shared/corpora/jsonl/meantime-en.jsonl [--peer-docs 20]

Prints, from one run:
- throughput (characters per second) of `tag` and of `dateparser.search.search_dates` on
  the same news texts, each relative to the document's publication date, and the ratio;
- the median time per story (HeidelTime needs about 0.46 s for a 2 kB story plus 4 s of
  JVM start, as reported for it);
- the cost per character of 1 MB of hostile text of several kinds, over ordinary news;
- the peak resident memory of streaming 10 MB of news through `tag_documents`, and of
  tagging it as one document.
The corpus is read at run time from the path given; nothing of it is stored here.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

from _corpus import dated_records

import timeline


def _documents(path: Path) -> list[tuple[str, date | None]]:
    return [(record["text"], published) for record, published in dated_records(path)]


def _seconds(function: object, *arguments: object) -> float:
    start = time.perf_counter()
    function(*arguments)  # type: ignore[operator]
    return time.perf_counter() - start


def _tag_all(documents: list[tuple[str, date | None]]) -> None:
    for text, published in documents:
        timeline.tag(text, published)


def _search_all(documents: list[tuple[str, date | None]]) -> None:
    from dateparser.search import search_dates

    for text, published in documents:
        base = datetime(published.year, published.month, published.day) if published else None
        settings = {"RELATIVE_BASE": base} if base else {}
        search_dates(text, languages=["en"], settings=settings)


def _hostile_texts(size: int, news: str) -> dict[str, str]:
    """The issue's hostile kinds, each about `size` characters, plus harder variants.

    Weekday names come cycled, in random order, and as a comma-separated list; in the
    last every eight characters are a whole expression, so it measures the cost of output
    as much as of finding. The word salad is random time words side by side.
    """
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    salad = ["last", "next", "this", "the", "week", "Monday", "March", "2017", "year", "of"]
    salad += ["first", "early", "late"]
    rng = random.Random(2017)

    def repeated(text: str) -> str:
        return (text * (size // len(text) + 1))[:size]

    def drawn(words: list[str], separator: str) -> str:
        parts: list[str] = []
        length = 0
        while length < size:
            parts.append(rng.choice(words))
            length += len(parts[-1]) + len(separator)
        return separator.join(parts)

    return {
        "news as one line (no line breaks)": repeated(news.replace("\n", " ") + " "),
        "a 100,000-character line of expressions": repeated(
            ("the last week of March " * 5000)[:100_000] + "\n"
        ),
        '"last last last ..."': repeated("last "),
        '"Monday Monday ..."': repeated("Monday "),
        "long digit runs": repeated("1234567890" * 10_000 + " "),
        "10,000 weekday names, cycled": repeated(" ".join(weekdays * 1429)[:80_000] + " "),
        "weekday names in random order": drawn(weekdays, " "),
        '"Monday, Friday, ...": a list, all expressions': drawn(weekdays, ", "),
        '"the first week of the first week of ..."': repeated("the first week of "),
        "random time words (word salad)": drawn(salad, " "),
    }


def _per_character(text: str) -> float:
    return _seconds(timeline.tag, text, date(2017, 9, 25)) / len(text)


def _peak_rss(path: Path, megabytes: int, *, one_document: bool) -> float:
    """Peak resident memory (MB) of a fresh process tagging `megabytes` of news.

    Either streamed through `tag_documents` one story at a time, or joined into one
    document given to `tag`. Read from the kernel's high-water mark (VmHWM) of the child
    itself: getrusage's ru_maxrss can carry the parent's peak across fork and exec.
    """
    code = f"""
import json
from datetime import date
import timeline
texts = [json.loads(line)["text"] for line in open({str(path)!r}, encoding="utf-8")]
def stream():
    total = 0
    while total < {megabytes} * 1_000_000:
        for text in texts:
            total += len(text)
            yield (text, date(2017, 9, 25))
if {one_document!r}:
    count = len(timeline.tag("\\n".join(text for text, _ in stream()), date(2017, 9, 25)))
else:
    count = sum(len(found) for found in timeline.tag_documents(stream()))
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(int(peak.split()[1]) / 1024, count)
"""
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(output[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="meantime-en.jsonl (one document a line)")
    parser.add_argument("--peer-docs", type=int, default=20, help="documents given to dateparser")
    parser.add_argument("--hostile-mb", type=float, default=1.0)
    parser.add_argument("--stream-mb", type=int, default=10)
    arguments = parser.parse_args()
    warnings.simplefilter("ignore")

    documents = _documents(arguments.corpus)
    characters = sum(len(text) for text, _ in documents)
    timeline.tag("warm up on Monday", date(2017, 9, 25))
    ours = _seconds(_tag_all, documents)
    ours_rate = characters / ours
    print(f"{len(documents)} stories, {characters:,} characters")
    print(f"timeline.tag             {ours_rate:12,.0f} characters/s")

    sample = documents[: arguments.peer_docs]
    sample_characters = sum(len(text) for text, _ in sample)
    theirs = _seconds(_search_all, sample)
    theirs_rate = sample_characters / theirs
    print(
        f"dateparser search_dates  {theirs_rate:12,.0f} characters/s "
        f"(first {len(sample)} stories)   timeline is {ours_rate / theirs_rate:.1f}x faster"
    )

    per_story = [_seconds(timeline.tag, text, published) for text, published in documents]
    median_story = statistics.median(per_story)
    median_size = statistics.median(len(text) for text, _ in documents)
    print(
        f"per story: median {median_story * 1e3:.2f} ms for a median {median_size:,.0f}-character "
        f"story (HeidelTime, as reported: 460 ms per 2 kB story + 4 s JVM start)"
    )

    news = "\n".join(text for text, _ in documents)
    ordinary = statistics.median(_per_character(news) for _ in range(3))
    size = int(arguments.hostile_mb * 1_000_000)
    print(f"\nhostile text, cost per character over ordinary news ({size:,} characters each):")
    for name, text in _hostile_texts(size, news).items():
        cost = statistics.median(_per_character(text) for _ in range(3))
        print(f"  {name:48} {cost / ordinary:5.2f}x")

    peak = _peak_rss(arguments.corpus, arguments.stream_mb, one_document=False)
    print(
        f"\nstreaming {arguments.stream_mb} MB of news through tag_documents: "
        f"peak RSS {peak:.0f} MB"
    )
    peak = _peak_rss(arguments.corpus, arguments.stream_mb, one_document=True)
    print(f"the same news as one {arguments.stream_mb} MB document to tag: peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
