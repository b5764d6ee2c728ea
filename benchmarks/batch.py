"""Throughput of tagging an archive: the batch command with 1 and 2 processes, and Dask.

    python benchmarks/batch.py ../shared/corpora/jsonl/meantime-en.jsonl [--megabytes 8]

Builds an archive of about MEGABYTES of news by repeating the corpus's stories (each copy
with its own id; the corpus is read at run time, nothing of it is stored here), then
prints, from one run on this machine:
- characters per second of ``timeline tag --jsonl`` with ``--jobs 1`` and ``--jobs 2``,
  and of a Dask bag over the same archive on a local cluster of 2 worker processes (its
  start-up timed apart), each with its ratio to ``--jobs 1``; the goal is ``--jobs 2`` at
  1.7 times ``--jobs 1`` or better on 2 cores. Each is the best of ``--repeat`` runs,
  taken in turns, and the load average before and after is printed: on a machine that
  is busy with other work, two processes cannot show what two cores give;
- whether the three outputs agree;
- the peak resident memory of ``--jobs 1`` on the archive and on one four times as large
  (streaming: it should not grow with the archive).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import timeline

GOAL = 1.7
_MEASURE_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def build_archive(corpus: Path, target: Path, megabytes: float) -> int:
    """Repeat the corpus's stories into `target` up to `megabytes`; return its characters."""
    stories = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    for story in stories:
        # A corpus DCT that is no ISO date (MEANTIME has one) would be a failed record in
        # every copy; the story is tagged without a date instead, in all three runs alike.
        try:
            date.fromisoformat(story["dct"] or "")
        except ValueError:
            story["dct"] = None
    characters = written = copy = 0
    with target.open("w", encoding="utf-8") as archive:
        while written < megabytes * 1e6:
            for story in stories:
                line = json.dumps(
                    {
                        "id": f"{story['doc']}#{copy}",
                        "published": story["dct"],
                        "text": story["text"],
                    }
                )
                archive.write(line + "\n")
                written += len(line) + 1
                characters += len(story["text"])
            copy += 1
    return characters


def command(archive: Path, out: Path, jobs: int) -> list[str]:
    return [
        sys.executable, "-m", "timeline", "tag", "--jsonl", str(archive), "--out", str(out),
        "--jobs", str(jobs), "--quiet",
    ]  # fmt: skip


def run_command(archive: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds of wall-clock time, and of CPU time in the command and its workers."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command(archive, out, jobs), check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def tag_lines(lines: list[str]) -> list[dict[str, Any]]:
    stories = [json.loads(line) for line in lines if line.strip()]
    pairs = ((story["text"], story["published"]) for story in stories)
    return [
        {
            "id": story["id"],
            "published": story["published"],
            "timexes": [timex.to_dict() for timex in found],
        }
        for story, found in zip(stories, timeline.tag_documents(pairs), strict=True)
    ]


def run_dask(archive: Path, out: Path, workers: int) -> tuple[float, float]:
    """Seconds to start the cluster, and seconds to tag the archive and write the parts."""
    import dask.bag
    from dask.distributed import Client, LocalCluster

    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, dashboard_address=None, processes=True
        ) as cluster,
        Client(cluster),
    ):
        started = time.perf_counter()
        lines = dask.bag.read_text(str(archive), blocksize=1 << 20)
        lines.map_partitions(tag_lines).map(json.dumps).to_textfiles(str(out / "part-*.jsonl"))
        finished = time.perf_counter()
    return started - start, finished - started


def peak_megabytes(archive: Path, out: Path) -> float:
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE_PEAK, *command(archive, out, 1)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(measured.stdout.split()[-1]) / 1024  # ru_maxrss is in kB on Linux


def same_records(command_output: Path, dask_parts: Path) -> bool:
    expected = command_output.read_text(encoding="utf-8").splitlines()
    found = [
        line
        for part in sorted(dask_parts.glob("part-*.jsonl"), key=lambda p: int(p.stem[5:]))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    return [json.loads(line) for line in expected] == [json.loads(line) for line in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a JSON Lines corpus with doc, dct, text")
    parser.add_argument("--megabytes", type=float, default=8.0)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, best kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        here = Path(scratch)
        archive = here / "archive.jsonl"
        characters = build_archive(args.corpus, archive, args.megabytes)
        print(
            f"archive: {archive.stat().st_size / 1e6:.1f} MB, {characters:,} characters of "
            f"news; {os.cpu_count()} cores"
        )
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        ones, twos, starts, dasks = [], [], [], []
        cpu_one = cpu_two = float("inf")
        for _ in range(args.repeat):
            seconds, cpu = run_command(archive, here / "one.jsonl", 1)
            ones.append(seconds)
            cpu_one = min(cpu_one, cpu)
            seconds, cpu = run_command(archive, here / "two.jsonl", 2)
            twos.append(seconds)
            cpu_two = min(cpu_two, cpu)
            (here / "dask").mkdir(exist_ok=True)
            start_up, dask_seconds = run_dask(archive, here / "dask", 2)
            starts.append(start_up)
            dasks.append(dask_seconds)
        one, two, start_up, dask_seconds = min(ones), min(twos), min(starts), min(dasks)
        rows = [
            ("timeline tag --jsonl --jobs 1", one),
            ("timeline tag --jsonl --jobs 2", two),
            ("Dask bag, local cluster of 2 workers", dask_seconds),
        ]
        for name, seconds in rows:
            print(
                f"{name:38} {characters / seconds / 1e3:8,.0f} k characters/s "
                f"({seconds:5.2f} s)  {one / seconds:4.2f}x --jobs 1"
            )
        print(f"(the Dask cluster took {start_up:.1f} s to start, not counted above)")
        same = (here / "one.jsonl").read_bytes() == (here / "two.jsonl").read_bytes()
        print(f"--jobs 2 output identical to --jobs 1: {same}")
        print(f"Dask output the same records: {same_records(here / 'one.jsonl', here / 'dask')}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        # On a machine busy with other sessions' work, the kernel shares the cores between
        # sessions, so a second process gains little: the CPU time shows what is paid for
        # the parallelism, whatever the load.
        print(
            f"CPU time: --jobs 1 {cpu_one:.2f} s, --jobs 2 {cpu_two:.2f} s in all "
            f"({cpu_two / cpu_one - 1:+.1%}); on two idle cores --jobs 2 would take "
            f"{cpu_two / 2:.2f} s or more, {cpu_one / (cpu_two / 2):.2f}x --jobs 1 at most"
        )
        speedup = one / two
        verdict = "met" if speedup >= GOAL else "NOT met"
        print(f"goal --jobs 2 >= {GOAL}x --jobs 1: {speedup:.2f}x, {verdict}")
        large = here / "large.jsonl"
        build_archive(args.corpus, large, args.megabytes * 4)
        small_peak = peak_megabytes(archive, here / "peak1.jsonl")
        large_peak = peak_megabytes(large, here / "peak4.jsonl")
        print(
            f"peak memory of --jobs 1: {small_peak:.0f} MB for the archive, {large_peak:.0f} MB "
            f"for one four times as large ({large_peak / small_peak:.2f}x)"
        )


if __name__ == "__main__":
    main()
