"""Reading the analysed graph: a total order, the possible Allen relations, the chains."""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Sequence
from datetime import datetime, tzinfo

from ._analysis import Analysis, ensure_upper
from ._graph import (
    ALLEN_TABLE,
    ANY_LOWER,
    ANY_UPPER,
    NO_LOWER,
    NO_UPPER,
    PointGraph,
    collector_paused,
    lower_moment,
    upper_moment,
)
from ._model import Bounds, Chain, Event, Link

__all__ = ["bounds", "chains", "order", "possible_relations"]


# --------------------------------------------------------------------------- the order


def _ahead(analysis: Analysis, last: int) -> dict[int, int]:
    """For each class with no start date of its own: the latest bound the dates give it.

    That is the smallest own lower bound of a dated class it must precede, or its own
    upper bound if it has one and that is smaller, as encoded bounds; `last` stands for
    none. Only classes without a start date are searched (a dated class ends the
    search), so this costs little when most events are dated.
    """
    rep, out, own, own_upper = analysis.rep, analysis.out, analysis.own_lower, analysis.own_upper
    any_lower, any_upper = ANY_LOWER, ANY_UPPER

    def latest(u: int) -> int:
        bound = own_upper[u]
        return bound if bound < any_upper else last

    found: dict[int, int] = {}
    for root in range(0, analysis.points, 2):
        if rep[root] != root or own[root] > any_lower or root in found:
            continue
        found[root] = last  # while on the stack; a cycle through it adds nothing
        best = {root: latest(root)}
        stack = [(root, iter(out[root]))]
        while stack:
            node, edges = stack[-1]
            descended = False
            for edge in edges:
                v = edge >> 1
                if own[v] > any_lower:
                    value = own[v]
                elif v in found:
                    value = found[v]
                else:
                    found[v] = last
                    best[v] = latest(v)
                    stack.append((v, iter(out[v])))
                    descended = True
                    break
                best[node] = min(best[node], value)
            if descended:
                continue
            stack.pop()
            found[node] = value = best.pop(node)
            if stack and value < best[stack[-1][0]]:
                best[stack[-1][0]] = value
    return found


def order(analysis: Analysis) -> list[int] | None:
    """Event numbers in a total order consistent with every date and every link.

    Kahn's algorithm with a heap: of the events free to go next, the one with the
    smallest key goes first, then the one added first. A dated event's key is its
    earliest possible start (its lower bound, raised by the links on the way). An event
    with no date of its own goes just before the earliest of what it must precede (news
    usually reports what has just happened) or its own latest time, but never before the
    earliest start the links give it; failing that, right after what it must follow; and
    last if nothing places it.

    No key exceeds the latest moment its event can start, so whenever the dates and
    links force one event to start before another, whatever still holds the first back
    has a smaller key than the second: the first comes first. In particular an event
    whose interval ends before another's begins comes first.

    Returns None if a cycle stops the order (see `checked` for the way out).
    """
    points, rep, out, members = analysis.points, analysis.rep, analysis.out, analysis.members
    own = analysis.own_lower
    lower = own[:]  # raised along the edges as the pass goes
    any_lower, bottom = ANY_LOWER, NO_LOWER
    last = NO_UPPER + 2
    with collector_paused():
        ahead = _ahead(analysis, last)
    remaining = analysis.indegree[:]
    # One int per heap entry, (bound - NO_LOWER) * span + class, keeps the heap fast.
    span = points + 1
    heap = []
    for u in range(0, points, 2):
        if rep[u] == u and not remaining[u]:
            if own[u] > any_lower:
                heap.append((own[u] - bottom) * span + u)
            else:  # just before what it must precede, or last
                heap.append((ahead[u] - 1 - bottom) * span + u)
    heapq.heapify(heap)
    # Starts made equal by links are one moment: their events go together, oldest first.
    together = {
        chosen: [point >> 1 for point in group if not point & 1]
        for chosen, group in members.items()
        if not chosen & 1
    }
    pop, push = heapq.heappop, heapq.heappush
    result: list[int] = []
    emit, emit_all = result.append, result.extend
    stack: list[int] = []
    while heap:
        key = pop(heap)
        u = key % span
        here = key - u
        if u in together:
            emit_all(together[u])
        else:
            emit(u >> 1)
        stack.append(u)
        while stack:
            w = stack.pop()
            bound = lower[w]
            for edge in out[w]:
                v = edge >> 1
                candidate = bound | (edge & 1)
                if candidate > lower[v]:  # noqa: PLR1730 - hot loop: no builtin call per edge
                    lower[v] = candidate
                left = remaining[v] - 1
                remaining[v] = left
                if left:
                    continue
                if v & 1:
                    stack.append(v)
                elif own[v] > any_lower:
                    push(heap, (lower[v] - bottom) * span + v)
                else:
                    # Just before what it must precede, but never before the earliest
                    # start the links give it (the dates may place it later).
                    place = ahead[v]
                    if place < last:
                        push(heap, (max(place - 1, lower[v]) - bottom) * span + v)
                    else:
                        push(heap, max(here, (lower[v] - bottom) * span) + v)
    return result if len(result) == points >> 1 else None


# --------------------------------------------------------------------------- bounds


def _in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """`moment` read in `zone`, or left in UTC where that zone's clock would pass year 9999
    or come before year 1: the same moment either way."""
    try:
        return moment.astimezone(zone)
    except OverflowError:
        return moment


def bounds(analysis: Analysis, event: int, zone: tzinfo) -> Bounds:
    """How early and late event number `event` can start and end, read in `zone`.

    The propagated bounds of its two moments: what its own date says, tightened by every
    date the links reach it from.
    """
    rep, lower, upper = analysis.rep, analysis.lower, ensure_upper(analysis)
    assert lower is not None, "check the analysis first"
    start, end = rep[2 * event], rep[2 * event + 1]
    moments = (
        lower_moment(lower[start]),
        upper_moment(upper[start]),
        lower_moment(lower[end]),
        upper_moment(upper[end]),
    )
    earliest_start, latest_start, earliest_end, latest_end = (
        None if moment is None else _in_zone(moment, zone) for moment in moments
    )
    return Bounds(earliest_start, latest_start, earliest_end, latest_end)


# --------------------------------------------------------------------------- Allen relations


def _reach(analysis: Analysis, start: int) -> dict[int, int]:
    """Classes reachable from class `start`: 2 if some path holds a strict edge, else 1."""
    rep, out = analysis.rep, analysis.out
    strength = {start: 1}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        through = strength[u]
        for edge in out[u]:
            v = rep[edge >> 1]
            value = 2 if edge & 1 else through
            if value > strength.get(v, 0):
                strength[v] = value
                queue.append(v)
    strength[start] = 0
    return strength


def possible_relations(analysis: Analysis, first: int, second: int) -> frozenset[str]:
    """The Allen relations that can still hold between events `first` and `second`.

    What is known between the four moments follows from paths of the graph and from the
    propagated bounds (a moment that must come before t precedes one that must come
    after t). For these constraints, an Allen relation is possible exactly when it agrees
    with what is known about each pair of moments.
    """
    rep = analysis.rep
    lower, upper = analysis.lower, ensure_upper(analysis)
    assert lower is not None, "check the analysis first"
    classes = [rep[2 * first], rep[2 * first + 1], rep[2 * second], rep[2 * second + 1]]
    known = [[0] * 4 for _ in range(4)]
    for i in range(4):
        reach = _reach(analysis, classes[i])
        for j in range(4):
            if i == j:
                continue
            value = 1 if classes[i] == classes[j] else reach.get(classes[j], 0)
            below, above = upper[classes[i]], lower[classes[j]]
            if below < ANY_UPPER and above > ANY_LOWER:
                if below < above:
                    value = 2
                elif below == above:
                    value = max(value, 1)
            known[i][j] = max(known[i][j], value)
    possible = []
    for name, comparisons in ALLEN_TABLE.items():
        fits = True
        for (i, j), comparison in zip(((0, 2), (0, 3), (1, 2), (1, 3)), comparisons, strict=True):
            if comparison < 0:
                fits = not known[j][i]
            elif comparison > 0:
                fits = not known[i][j]
            else:
                fits = known[i][j] < 2 and known[j][i] < 2
            if not fits:
                break
        if fits:
            possible.append(name)
    return frozenset(possible)


# --------------------------------------------------------------------------- chains


def chains(
    graph: PointGraph, ordered: Sequence[int], events: Sequence[Event], links: Sequence[Link]
) -> list[Chain]:
    """Events joined by causal and reactive links, each chain in the order of `ordered`."""
    position = [0] * len(events)
    for place, number in enumerate(ordered):
        position[number] = place
    joined = [number for number in range(len(links)) if graph.link_relations[number].chains]
    parent = list(range(len(events)))

    def find(event: int) -> int:
        while parent[event] != event:
            parent[event] = parent[parent[event]]
            event = parent[event]
        return event

    for number in joined:
        a, b = find(graph.link_sources[number]), find(graph.link_targets[number])
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for number in joined:
        groups.setdefault(find(graph.link_sources[number]), []).append(number)
    result = []
    for group_links in groups.values():
        members = sorted(
            {graph.link_sources[n] for n in group_links}
            | {graph.link_targets[n] for n in group_links},
            key=position.__getitem__,
        )
        earlier: dict[int, list[int]] = {}
        for number in group_links:
            a, b = graph.link_sources[number], graph.link_targets[number]
            if a != b:
                first, second = (a, b) if position[a] < position[b] else (b, a)
                earlier.setdefault(second, []).append(first)
        step: dict[int, int] = {}
        for event in members:
            step[event] = max((step[other] + 1 for other in earlier.get(event, ())), default=0)
        steps: dict[int, list[Event]] = {}
        for event in members:
            steps.setdefault(step[event], []).append(events[event])
        result.append(
            (
                position[members[0]],
                Chain(
                    events=tuple(events[event] for event in members),
                    steps=tuple(tuple(steps[level]) for level in sorted(steps)),
                    links=tuple(links[number] for number in sorted(group_links)),
                ),
            )
        )
    result.sort(key=lambda item: item[0])
    return [chain for _, chain in result]
