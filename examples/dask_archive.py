"""Tag a JSON Lines archive on a Dask cluster, and check it against the serial run.

    python examples/dask_archive.py [ARCHIVE.jsonl] [--out DIR] [--workers N]

Each line of the archive is a story: ``{"id": ..., "published": "2017-09-25", "text": ...}``.
Without ARCHIVE, the script writes an archive of its own (short stories in the style of
news) to tag. It starts a local `distributed` cluster (N worker processes, 2 by default;
point `Client` at a real scheduler's address instead for a real cluster), reads the
archive in blocks of lines, tags each block with `timeline.tag_documents`, writes one
JSON line per story to DIR/part-*.jsonl, and checks that the result is the serial run's.
Requires ``pip install 'dask[distributed]'``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import tempfile
from pathlib import Path
from typing import Any

import timeline

OPENINGS = [
    "The transport minister resigned",
    "Floods closed the northern rail line",
    "The central bank held its key rate",
    "Striking nurses returned to work",
    "The city council approved the stadium plan",
]
TIMES = ["late Sunday", "on Thursday", "last week", "two days ago", "earlier this month"]
FOLLOW_UPS = [
    "A vote is due next Tuesday.",
    "Talks resume in the first week of October.",
    "Officials said repairs would take three weeks.",
    "The decision was announced this morning.",
]


def write_archive(path: Path, stories: int) -> Path:
    """An archive of `stories` short stories of our own, one JSON object a line."""
    rng = random.Random(2017)
    with path.open("w", encoding="utf-8") as archive:
        for number in range(stories):
            text = f"{rng.choice(OPENINGS)} {rng.choice(TIMES)}. {rng.choice(FOLLOW_UPS)}"
            published = f"2017-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            record = {"id": f"s{number}", "published": published, "text": text}
            print(json.dumps(record), file=archive)
    return path


def tag_lines(lines: list[str]) -> list[dict[str, Any]]:
    """One block of the archive's lines, tagged: what each worker runs.

    It streams the block through `tag_documents` (a story at a time) and keeps, for each
    story, its id and every time expression as a flat record (`Timex.to_dict`).
    """
    stories = [json.loads(line) for line in lines if line.strip()]
    pairs = ((story["text"], story["published"]) for story in stories)
    return [
        {"id": story["id"], "timexes": [timex.to_dict() for timex in found]}
        for story, found in zip(stories, timeline.tag_documents(pairs), strict=True)
    ]


def serial(archive: Path) -> list[dict[str, Any]]:
    with archive.open(encoding="utf-8") as lines:
        return tag_lines(list(lines))


def on_cluster(archive: Path, out: Path, workers: int) -> list[dict[str, Any]]:
    import dask
    import dask.bag
    from dask.distributed import Client, LocalCluster

    # One thread per worker process: tagging is pure Python, so processes, not threads,
    # are what run in parallel.
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            dashboard_address=None,
            processes=True,
            # Its notes about slow start-up on a busy machine are not this script's output.
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster),
    ):
        # Blocks of about 16 kB of lines here; for a real archive, 64 MB or so.
        lines = dask.bag.read_text(str(archive), blocksize=1 << 14)
        tagged = lines.map_partitions(tag_lines)
        # Written and gathered in one computation, so each block is tagged once. On a
        # real archive, write only: gathering a million stories is what the cluster spares.
        writing = tagged.map(json.dumps).to_textfiles(str(out / "part-*.jsonl"), compute=False)
        _, stories = dask.compute(writing, tagged)
        return list(stories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, help="a JSON Lines archive")
    parser.add_argument("--out", type=Path, help="where the part-*.jsonl files go")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        archive = args.archive or write_archive(Path(scratch) / "archive.jsonl", 400)
        out = args.out or Path(scratch) / "tagged"
        out.mkdir(parents=True, exist_ok=True)
        distributed = on_cluster(archive, out, args.workers)
        expected = serial(archive)
        found = sum(len(story["timexes"]) for story in distributed)
        parts = len(list(out.glob("part-*.jsonl")))
        print(
            f"tagged {len(distributed)} stories on {args.workers} workers: {found} time expressions"
        )
        print(f"wrote {parts} part files; the same as the serial run: {distributed == expected}")


if __name__ == "__main__":
    main()
