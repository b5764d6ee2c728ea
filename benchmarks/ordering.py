"""Benchmark: ordering a large random timeline, against networkx's topological sort.

A hidden "true" history is drawn first: each event gets a true start and a short
duration within one year. Most events are dated by the day, week or month that contains
them (as news dates things); some are undated. Each link joins two random events with a
relation that is true of their true times: a causal, reactive or forward-looking
relation pointing the right way, or the exact Allen relation between them. So the
timeline is consistent, as a careful reader's would be; ``--contradictions K`` then adds
K wrong links, half against the dates and half reversing a link already there (which
closes a cycle), to time the slow path that finds cycles and sets links aside.

Measured (medians of ``--repeat`` runs, each on a cold cache):

* ``ordered()`` against ``networkx.topological_sort`` of the same event graph (same
  events as nodes, same links as edges, each edge from the truly earlier event);
* growth: the same at twice the size, as a ratio;
* ``conflicts()`` against ``ordered()``;
* memory per event plus link while building the timeline and ordering it (tracemalloc).

Run: ``python benchmarks/ordering.py`` (100,000 events, 300,000 links) or smaller, e.g.
``python benchmarks/ordering.py --events 10000 --links 30000``.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import networkx

import timeline
from timeline import Grain, Interval, Timeline

YEAR_START = datetime(2017, 1, 1, tzinfo=UTC)
GRAINS = (Grain.DAY, Grain.DAY, Grain.WEEK, Grain.MONTH)
CAUSAL = ("causes", "enables")
REACTIVE = ("blames", "denies", "responds_to", "reports", "condemns")
FORWARD = ("warns", "threatens")


def allen(a: tuple[float, float], b: tuple[float, float]) -> str:
    """The Allen relation between two true intervals (start, end)."""
    (s1, e1), (s2, e2) = a, b
    if e1 < s2:
        return "before"
    if e2 < s1:
        return "after"
    if e1 == s2:
        return "meets"
    if e2 == s1:
        return "met_by"
    if s1 == s2:
        return "simultaneous" if e1 == e2 else "begins" if e1 < e2 else "begun_by"
    if e1 == e2:
        return "ends" if s1 > s2 else "ended_by"
    if s1 < s2:
        return "includes" if e2 < e1 else "overlaps"
    return "during" if e1 < e2 else "overlapped_by"


def build(events: int, links: int, contradictions: int, seed: int) -> tuple[Timeline, list]:
    """A random consistent timeline and the edges of the same graph for networkx."""
    chance = random.Random(seed)
    story = Timeline(published=datetime(2018, 1, 1, tzinfo=UTC))
    truth: list[tuple[float, float]] = []
    for number in range(events):
        start = chance.uniform(0, 364 * 86400)
        length = chance.uniform(60, 6 * 3600)
        moment = YEAR_START + timedelta(seconds=start)
        if chance.random() < 0.15:
            story.add(f"event {number}")
            truth.append((start, start + length))
            continue
        unit = Interval.unit(moment, chance.choice(GRAINS))
        # The event lies inside its unit, as the date a story gives contains the event.
        end_of_unit = (unit.end - YEAR_START).total_seconds()
        truth.append((start, min(start + length, end_of_unit)))
        story.add(f"event {number}", unit)
    edges = []
    ids = [event.id for event in story.events]
    for _ in range(links):
        a, b = chance.randrange(events), chance.randrange(events)
        while a == b:
            b = chance.randrange(events)
        if truth[b][0] < truth[a][0]:
            a, b = b, a  # a starts first
        roll = chance.random()
        if roll < 0.25:
            story.link(ids[a], chance.choice(CAUSAL), ids[b])
        elif roll < 0.5:
            story.link(ids[b], chance.choice(REACTIVE), ids[a])
        elif roll < 0.6 and truth[a][0] < truth[b][0]:
            story.link(ids[a], chance.choice(FORWARD), ids[b])
        else:
            story.link(ids[a], allen(truth[a], truth[b]), ids[b])
        edges.append((a, b))
    for number in range(contradictions):
        if number % 2:
            # Against the dates: a truly starts first.
            a, b = chance.randrange(events), chance.randrange(events)
            if truth[b][0] < truth[a][0]:
                a, b = b, a
            if a != b:
                story.link(ids[a], "after", ids[b])
        else:
            # Against another link: this closes a cycle.
            a, b = edges[chance.randrange(len(edges))]
            story.link(ids[b], "before", ids[a])
    return story, edges


def median_time(run: Callable[[], object], repeat: int, reset: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        reset()
        gc.collect()
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def measure(events: int, links: int, contradictions: int, repeat: int, seed: int) -> dict:
    story, edges = build(events, links, contradictions, seed)
    graph = networkx.DiGraph()
    graph.add_nodes_from(range(events))
    graph.add_edges_from(edges)
    # Each timing starts from a cold cache: the timeline forgets what it worked out.
    reset = story._changed
    ordered = median_time(story.ordered, repeat, reset)
    conflicts = median_time(story.conflicts, repeat, reset)
    reference = median_time(lambda: list(networkx.topological_sort(graph)), repeat, lambda: None)
    found = story.conflicts()
    assert len(story.ordered()) == events
    return {
        "ordered": ordered,
        "conflicts": conflicts,
        "networkx": reference,
        "conflict count": len(found),
    }


def memory_per_item(events: int, links: int, seed: int) -> float:
    gc.collect()
    tracemalloc.start()
    story, edges = build(events, links, 0, seed)
    del edges
    story.ordered()
    story.conflicts()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (events + links)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--links", type=int, default=300_000)
    parser.add_argument("--contradictions", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--no-growth", action="store_true", help="skip the 2x size run")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory run")
    options = parser.parse_args()
    n, m = options.events, options.links
    print(
        f"timeline {timeline.__version__}: {n:,} events, {m:,} links, "
        f"{options.contradictions} contradictions, median of {options.repeat}"
    )
    base = measure(n, m, options.contradictions, options.repeat, options.seed)
    if options.contradictions:
        print("  (the goals below are for a consistent timeline; cycles take the slow path)")
    print(f"  networkx.topological_sort  {base['networkx']:8.3f} s")
    print(
        f"  Timeline.ordered()         {base['ordered']:8.3f} s   "
        f"{base['ordered'] / base['networkx']:.2f}x networkx (goal: within 3x)"
    )
    print(
        f"  Timeline.conflicts()       {base['conflicts']:8.3f} s   "
        f"{base['conflicts'] / base['ordered']:.2f}x ordered() (goal: within 2x); "
        f"{base['conflict count']} conflicts"
    )
    if not options.no_growth:
        double = measure(2 * n, 2 * m, 2 * options.contradictions, options.repeat, options.seed)
        print(
            f"  at {2 * n:,} / {2 * m:,}: ordered() {double['ordered']:.3f} s, "
            f"{double['ordered'] / base['ordered']:.2f}x the smaller (goal: within 2.3x); "
            f"conflicts() {double['conflicts'] / base['conflicts']:.2f}x; "
            f"networkx itself {double['networkx'] / base['networkx']:.2f}x"
        )
    if not options.no_memory:
        per_item = memory_per_item(n, m, options.seed)
        print(f"  memory: {per_item:,.0f} bytes per event plus link at peak (goal: under 1,000)")


if __name__ == "__main__":
    main()
