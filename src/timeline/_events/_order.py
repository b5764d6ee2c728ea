"""Ordering a timeline: the point graph, a total order, conflicts, Allen relations, chains.

Every event is a proper interval with two moments, its start and its end. What we know
about them is a *point graph*: point ``2 * i`` is the start of event ``i``, ``2 * i + 1``
its end; an edge ``p -> q`` says ``p < q`` (strict) or ``p <= q``; equalities merge points
into classes; and each point has bounds from the event's interval (an event dated "last
week" starts and ends inside that week). Constraints of this kind (the convex point
algebra with unary bounds) are consistent exactly when no cycle of the graph holds a
strict edge and, after propagating bounds along the edges, every point can still take a
value. That is what `conflicts` checks, in a few linear passes.

Bounds are integers: microseconds since 0001-01-01 UTC, doubled so the lowest bit can
record strictness. A lower bound ``2t + s`` means "after t" when ``s`` is 1 and "at or after
t" when it is 0; an upper bound ``2t - s`` means "before t" or "at or before t". With that
encoding a stronger bound is simply a larger lower bound or a smaller upper bound, and a
point can take a value exactly when its lower bound is at most its upper bound.

Performance matters here (100,000 events and 300,000 links must order in well under a
second), so the hot loops work on flat lists of ints and avoid per-item objects.
"""

from __future__ import annotations

import heapq
import itertools
import operator
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

import attrs

from .._time import Interval, Mod, Timex, VagueReference
from ._model import Chain, Conflict, ConflictKind, Event, Link
from ._relations import ALLEN_RELATIONS, Comparison, Endpoint, Relation, RelationKind

__all__ = [
    "Analysis",
    "CompiledRelation",
    "PointGraph",
    "analyse",
    "chains",
    "compile_relation",
    "conflicts",
    "event_bounds",
    "order",
    "possible_relations",
]

# --------------------------------------------------------------------------- time encoding

_ORIGIN = datetime(1, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
TIME_MIN = -(1 << 61)
"""Stands for "no lower bound" (minus infinity)."""
TIME_MAX = 1 << 61
"""Stands for "no upper bound" (plus infinity)."""
_NO_LOWER = 2 * TIME_MIN
_NO_UPPER = 2 * TIME_MAX
_ANY_LOWER = _NO_LOWER + 1  # an encoded lower bound above this is a real one
_ANY_UPPER = _NO_UPPER - 1  # an encoded upper bound below this is a real one


def _time(moment: datetime) -> int:
    return (moment - _ORIGIN) // _MICROSECOND


def event_bounds(when: Timex | None, published: Interval | None = None) -> tuple[int, int]:
    """The times ``(earliest, latest)`` an event dated `when` lies within.

    Times are microseconds since 0001-01-01 UTC; `TIME_MIN` and `TIME_MAX` stand for no
    bound. The interval of `when` contains the event, except that a ``mod`` of BEFORE,
    AFTER, ON_OR_BEFORE or ON_OR_AFTER opens one side, and APPROX widens the interval by
    one unit of its grain on each side. Without an interval, "recently" (PAST_REF) still
    puts the event before the end of the `published` interval, "soon" (FUTURE_REF) after
    its start, and "now" (PRESENT_REF) inside it.
    """
    if when is None:
        return TIME_MIN, TIME_MAX
    if when.interval is None:
        if published is None or when.value not in VagueReference.__members__:
            return TIME_MIN, TIME_MAX
        start, end = _time(published.start), _time(published.end)
        if when.value == VagueReference.PAST_REF:
            return TIME_MIN, end
        if when.value == VagueReference.FUTURE_REF:
            return start, TIME_MAX
        return start, end
    interval = when.interval
    earliest, latest = _time(interval.start), _time(interval.end)
    mod = when.mod
    if mod is Mod.BEFORE:
        return TIME_MIN, earliest
    if mod is Mod.ON_OR_BEFORE:
        return TIME_MIN, latest
    if mod is Mod.AFTER:
        return latest, TIME_MAX
    if mod is Mod.ON_OR_AFTER:
        return earliest, TIME_MAX
    if mod is Mod.APPROX:
        try:
            earliest = _time(interval.shift(-1).start)
        except (ValueError, OverflowError):
            earliest = TIME_MIN
        try:
            latest = _time(interval.shift(1).end)
        except (ValueError, OverflowError):
            latest = TIME_MAX
    return earliest, latest


# --------------------------------------------------------------------------- relations

# The four moments of a link, numbered: source start, source end, target start, target end.
_CODE = {
    Endpoint.SOURCE_START: 0,
    Endpoint.SOURCE_END: 1,
    Endpoint.TARGET_START: 2,
    Endpoint.TARGET_END: 3,
}


def _closure(edges: Iterable[tuple[int, int, int]]) -> list[list[int]]:
    """Strongest implied order between the four moments: 0 none, 1 ``<=``, 2 ``<``."""
    matrix = [[0] * 4 for _ in range(4)]
    matrix[0][1] = matrix[2][3] = 2  # every event starts before it ends
    for first, second, strict in edges:
        matrix[first][second] = max(matrix[first][second], 2 if strict else 1)
    for middle in range(4):
        for first in range(4):
            for second in range(4):
                if matrix[first][middle] and matrix[middle][second]:
                    through = max(matrix[first][middle], matrix[middle][second])
                    matrix[first][second] = max(matrix[first][second], through)
    return matrix


@attrs.frozen
class CompiledRelation:
    """A relation's implication as point-graph edges between moments numbered 0-3."""

    edges: tuple[tuple[int, int, int], ...]
    equalities: tuple[tuple[int, int], ...]
    source_first: int
    """1 if the source starts no later than the target, -1 if the target does, 0 if open."""
    causal: bool
    chains: bool
    contradictory: bool
    """The implication cannot hold between two events, whatever they are."""
    contradictory_alone: bool
    """The implication cannot hold from an event to itself."""


_COMPILED: dict[Relation, CompiledRelation] = {}


def compile_relation(relation: Relation) -> CompiledRelation:
    """The point-graph form of `relation` (cached)."""
    compiled = _COMPILED.get(relation)
    if compiled is not None:
        return compiled
    edges: list[tuple[int, int, int]] = []
    equalities: list[tuple[int, int]] = []
    for constraint in relation.implication:
        left, right = _CODE[constraint.left], _CODE[constraint.right]
        if constraint.comparison is Comparison.SAME:
            equalities.append((left, right))
        else:
            edges.append((left, right, int(constraint.comparison is Comparison.BEFORE)))
    both_ways = [(a, b, 0) for a, b in equalities] + [(b, a, 0) for a, b in equalities]
    matrix = _closure(edges + both_ways)
    source_first = 1 if matrix[0][2] and not matrix[2][0] else -1 if matrix[2][0] else 0
    # The same constraints with the target's moments read as the source's own.
    alone = _closure([(a & 1, b & 1, strict) for a, b, strict in edges + both_ways])
    compiled = CompiledRelation(
        edges=tuple(edges),
        equalities=tuple(equalities),
        source_first=source_first,
        causal=relation.kind is RelationKind.CAUSAL,
        chains=relation.kind in (RelationKind.CAUSAL, RelationKind.REACTIVE),
        contradictory=any(matrix[i][i] == 2 for i in range(4)),
        contradictory_alone=any(alone[i][i] == 2 for i in range(2)),
    )
    _COMPILED[relation] = compiled
    return compiled


def _allen_table() -> dict[str, tuple[int, int, int, int]]:
    """How each Allen relation orders (sS, tS), (sS, tE), (sE, tS), (sE, tE): -1, 0 or 1."""
    from ._relations import lookup_relation

    table = {}
    for name in ALLEN_RELATIONS:
        compiled = compile_relation(lookup_relation(name))
        both = [(a, b, 0) for a, b in compiled.equalities]
        both += [(b, a, 0) for a, b in compiled.equalities]
        matrix = _closure(list(compiled.edges) + both)
        row = []
        for first, second in ((0, 2), (0, 3), (1, 2), (1, 3)):
            if matrix[first][second] == 2:
                row.append(-1)
            elif matrix[second][first] == 2:
                row.append(1)
            else:
                row.append(0)
        table[name] = (row[0], row[1], row[2], row[3])
    return table


_ALLEN = _allen_table()


# --------------------------------------------------------------------------- the graph


@attrs.define
class PointGraph:
    """The point graph of a timeline, kept up to date as events and links are added.

    ``out[p]`` lists the edges leaving point ``p`` as ``(q << 1) | strict``; the edge from
    each event's start to its end is stored like any other.
    """

    out: list[list[int]] = attrs.field(factory=list)
    indegree: list[int] = attrs.field(factory=list)
    lower: list[int] = attrs.field(factory=list)
    upper: list[int] = attrs.field(factory=list)
    link_sources: list[int] = attrs.field(factory=list)
    link_targets: list[int] = attrs.field(factory=list)
    link_relations: list[CompiledRelation] = attrs.field(factory=list)
    equalities: list[tuple[int, int]] = attrs.field(factory=list)
    # A causal link whose relation does not order the two starts (or that links an event
    # to itself) can close a causal loop that is no cycle of the point graph; then loops
    # need a search of their own.
    needs_causal_search: bool = False

    def add_event(self, earliest: int, latest: int) -> None:
        """Add the two points of a new event that lies within ``[earliest, latest]``."""
        start = len(self.out)
        self.out.append([((start + 1) << 1) | 1])
        self.out.append([])
        self.indegree.append(0)
        self.indegree.append(1)
        has_lower, has_upper = earliest != TIME_MIN, latest != TIME_MAX
        self.lower.append(2 * earliest if has_lower else _NO_LOWER)
        self.lower.append(2 * earliest + 1 if has_lower else _NO_LOWER)
        self.upper.append(2 * latest - 1 if has_upper else _NO_UPPER)
        self.upper.append(2 * latest if has_upper else _NO_UPPER)

    def add_link(self, source: int, target: int, relation: CompiledRelation) -> None:
        """Add the edges of a link from event `source` to event `target`."""
        self.link_sources.append(source)
        self.link_targets.append(target)
        self.link_relations.append(relation)
        out, indegree = self.out, self.indegree
        for first, second, strict in relation.edges:
            p = 2 * (source if first < 2 else target) + (first & 1)
            q = 2 * (source if second < 2 else target) + (second & 1)
            if p == q and not strict:
                continue  # "p <= p" says nothing
            out[p].append((q << 1) | strict)
            indegree[q] += 1
        for first, second in relation.equalities:
            p = 2 * (source if first < 2 else target) + (first & 1)
            q = 2 * (source if second < 2 else target) + (second & 1)
            self.equalities.append((p, q))
        if relation.causal and (relation.source_first <= 0 or source == target):
            self.needs_causal_search = True

    def link_edges(self, link: int) -> Iterable[tuple[int, int, int]]:
        """The ``(p, q, strict)`` point edges of link number `link`."""
        source, target = self.link_sources[link], self.link_targets[link]
        for first, second, strict in self.link_relations[link].edges:
            p = 2 * (source if first < 2 else target) + (first & 1)
            q = 2 * (source if second < 2 else target) + (second & 1)
            yield p, q, strict

    def link_equalities(self, link: int) -> Iterable[tuple[int, int]]:
        """The ``(p, q)`` point equalities of link number `link`."""
        source, target = self.link_sources[link], self.link_targets[link]
        for first, second in self.link_relations[link].equalities:
            p = 2 * (source if first < 2 else target) + (first & 1)
            q = 2 * (source if second < 2 else target) + (second & 1)
            yield p, q


# --------------------------------------------------------------------------- analysis


@attrs.frozen
class _Broken:
    """A link set aside because it closes a contradictory cycle (explained by `cycle`)."""

    kind: ConflictKind
    link: int
    cycle: tuple[int, ...]  # link numbers, the set-aside link first
    point: int  # the point the cycle would put before itself


@attrs.define
class Analysis:
    """The point graph by classes of equal points, and what has been worked out from it.

    ``rep[p]`` is the class of point ``p`` (points known to be equal share one); the
    other per-point lists are indexed by class. ``members`` lists the points of classes
    with more than one. A class holding a start point is represented by its smallest
    start point, so a class is a "start class" exactly when its number is even.
    ``order`` (a topological order of the classes) and the propagated bounds ``lower``
    and ``upper`` are filled in on demand; ``order`` is set once the graph is known to be
    acyclic (after setting contradictory links aside if need be).
    """

    points: int
    rep: list[int]
    members: dict[int, list[int]]
    out: list[list[int]]
    indegree: list[int]
    own_lower: list[int]
    own_upper: list[int]
    order: list[int] | None = None
    lower: list[int] | None = None
    upper: list[int] | None = None
    set_aside: dict[int, _Broken] = attrs.field(factory=dict)
    had_cycles: bool = False


def _classes(
    points: int, pairs: Sequence[tuple[int, int]]
) -> tuple[list[int], dict[int, list[int]]]:
    """Union-find over `pairs`: each point's class and the members of larger classes.

    A class holding a start point is named by its smallest start point, any other by its
    smallest point.
    """
    rep = list(range(points))
    if not pairs:
        return rep, {}
    parent: dict[int, int] = {}

    def find(point: int) -> int:
        root = point
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(point, point) != root:
            parent[point], point = root, parent[point]
        return root

    for first, second in pairs:
        a, b = find(first), find(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for point in {point for pair in pairs for point in pair}:
        groups.setdefault(find(point), []).append(point)
    members: dict[int, list[int]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort()
        starts = [point for point in group if not point & 1]
        chosen = starts[0] if starts else group[0]
        members[chosen] = group
        for point in group:
            rep[point] = chosen
    return rep, members


def _class_graph(
    graph: PointGraph, rep: list[int], members: dict[int, list[int]]
) -> tuple[list[list[int]], list[int], list[int], list[int]] | None:
    """Out-lists, in-degrees and bounds per class; None if a class would precede itself."""
    if not members:
        return graph.out, graph.indegree[:], graph.lower[:], graph.upper[:]
    out = graph.out[:]
    indegree = graph.indegree[:]
    lower = graph.lower[:]
    upper = graph.upper[:]
    for chosen, group in members.items():
        kept: list[int] = []
        count = 0
        for point in group:
            count += graph.indegree[point]
            for edge in graph.out[point]:
                if rep[edge >> 1] == chosen:
                    if edge & 1:
                        return None
                    count -= 1
                else:
                    kept.append(edge)
            if point != chosen:
                out[point] = []
                indegree[point] = 0
        out[chosen] = kept
        indegree[chosen] = count
        lower[chosen] = max(graph.lower[point] for point in group)
        upper[chosen] = min(graph.upper[point] for point in group)
    return out, indegree, lower, upper


def _forward(
    points: int, rep: list[int], out: list[list[int]], indegree: list[int], lower: list[int]
) -> list[int]:
    """Kahn's algorithm: a topological order of the classes, propagating lower bounds.

    Consumes `indegree`; raises `lower` in place. Classes on or after a cycle are left out.
    """
    remaining = indegree
    available = [p for p in range(points) if not remaining[p] and rep[p] == p]
    order: list[int] = []
    emit, pop, push = order.append, available.pop, available.append
    while available:
        u = pop()
        emit(u)
        bound = lower[u]
        for edge in out[u]:
            v = rep[edge >> 1]
            candidate = bound | (edge & 1)
            # (An if, not max(): a builtin call per edge costs more than the comparison.)
            if candidate > lower[v]:  # noqa: PLR1730
                lower[v] = candidate
            left = remaining[v] - 1
            remaining[v] = left
            if not left:
                push(v)
    return order


def _backward(order: list[int], rep: list[int], out: list[list[int]], upper: list[int]) -> None:
    """Propagate upper bounds against the edges, in place, in reverse topological order."""
    for u in reversed(order):
        bound = upper[u]
        for edge in out[u]:
            candidate = upper[rep[edge >> 1]]
            if edge & 1:
                candidate = (candidate - 1) | 1
            if candidate < bound:  # noqa: PLR1730 - hot loop, as in _forward
                bound = candidate
        upper[u] = bound


def analyse(graph: PointGraph) -> Analysis:
    """The classes of the point graph; not yet known to be acyclic (see `checked`)."""
    points = len(graph.out)
    rep, members = _classes(points, graph.equalities)
    built = _class_graph(graph, rep, members)
    if built is None:
        return _analyse_with_cycles(graph)
    out, indegree, own_lower, own_upper = built
    return Analysis(points, rep, members, out, indegree, own_lower, own_upper)


def checked(graph: PointGraph, analysis: Analysis) -> Analysis:
    """`analysis` with its topological order and lower bounds, or the slow path's."""
    if analysis.order is None:
        lower = analysis.own_lower[:]
        order = _forward(analysis.points, analysis.rep, analysis.out, analysis.indegree[:], lower)
        classes = analysis.points - sum(len(group) - 1 for group in analysis.members.values())
        if len(order) != classes:
            return _analyse_with_cycles(graph)
        analysis.order, analysis.lower = order, lower
    return analysis


def ensure_upper(analysis: Analysis) -> list[int]:
    """The propagated upper bounds of a checked `analysis`, computed on first use."""
    if analysis.upper is None:
        assert analysis.order is not None, "check the analysis first"
        upper = analysis.own_upper[:]
        _backward(analysis.order, analysis.rep, analysis.out, upper)
        analysis.upper = upper
    return analysis.upper


# --------------------------------------------------------------------------- cycles


def _components(nodes: Iterable[int], successors: Sequence[Sequence[int]]) -> list[list[int]]:
    """Tarjan's strongly connected components, iteratively; sinks come first."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    result: list[list[int]] = []
    for root in nodes:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(successors[root]))]
        while work:
            node, pending = work[-1]
            descended = False
            for successor in pending:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(successors[successor])))
                    descended = True
                    break
                if successor in on_stack and index[successor] < low[node]:
                    low[node] = index[successor]
            if descended:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(component)
    return result


# A point edge of the slow path: (from point, to point, strict, link number or -1 for the
# edge from an event's start to its end). Equalities appear as two "<=" edges.
_Edge = tuple[int, int, int, int]


def _point_edges(graph: PointGraph, set_aside: dict[int, _Broken]) -> list[_Edge]:
    edges: list[_Edge] = [(p, p + 1, 1, -1) for p in range(0, len(graph.out), 2)]
    for link in range(len(graph.link_sources)):
        if link in set_aside:
            continue
        for p, q, strict in graph.link_edges(link):
            if p != q or strict:
                edges.append((p, q, strict, link))
        for p, q in graph.link_equalities(link):
            edges.append((p, q, 0, link))
            edges.append((q, p, 0, link))
    return edges


class _Paths:
    """Shortest paths between points, to explain a cycle by the links that make it."""

    def __init__(self, points: int, edges: list[_Edge]) -> None:
        self.adjacency: list[list[tuple[int, int]]] = [[] for _ in range(points)]
        for p, q, _, link in edges:
            self.adjacency[p].append((q, link))

    def links(self, start: int, goal: int, avoid: dict[int, _Broken]) -> tuple[int, ...]:
        """Link numbers along a shortest path from `start` to `goal` (empty if none).

        The path may use every event's own start-to-end edge, and any link not in `avoid`.
        """
        came_from: dict[int, tuple[int, int]] = {start: (start, -1)}
        queue = deque([start])
        while queue:
            point = queue.popleft()
            if point == goal:
                found: list[int] = []
                while point != start:
                    point, link = came_from[point]
                    if link >= 0:
                        found.append(link)
                return tuple(reversed(found))
            for successor, link in self.adjacency[point]:
                if successor not in came_from and (link < 0 or link not in avoid):
                    came_from[successor] = (point, link)
                    queue.append(successor)
        return ()


def _cycle(link: int, back: Iterable[int]) -> tuple[int, ...]:
    """`link` and the links of the way back to where it starts, each once."""
    return tuple(dict.fromkeys((link, *back)))


def _merge_loose_loops(points: int, edges: list[_Edge]) -> tuple[list[int], dict[int, list[int]]]:
    """Classes of points that cycles of "<=" edges (and equalities) make equal."""
    pairs: list[tuple[int, int]] = []
    while True:
        rep, members = _classes(points, pairs)
        loose: list[list[int]] = [[] for _ in range(points)]
        touched = set()
        for p, q, strict, _ in edges:
            u, v = rep[p], rep[q]
            if not strict and u != v:
                loose[u].append(v)
                touched.add(u)
        loops = [loop for loop in _components(sorted(touched), loose) if len(loop) > 1]
        if not loops:
            return rep, members
        for loop in loops:
            pairs.extend((loop[0], member) for member in loop[1:])


def _analyse_with_cycles(graph: PointGraph) -> Analysis:
    """The slow path, for graphs with cycles: merge, set aside, then order what is left.

    Cycles of ``<=`` edges only are consistent (their points are all equal), so they are
    merged into one class. A link that would put a class before itself, or that closes a
    cycle holding a strict edge, is set aside and recorded; the rest is then acyclic.
    """
    points = len(graph.out)
    set_aside: dict[int, _Broken] = {}
    # A link that cannot hold whatever else is said goes first, so it takes no other
    # link down with it.
    for link, relation in enumerate(graph.link_relations):
        source = graph.link_sources[link]
        alone = source == graph.link_targets[link]
        if relation.contradictory_alone if alone else relation.contradictory:
            set_aside[link] = _Broken(ConflictKind.CYCLE, link, (link,), 2 * source)
    while True:
        edges = _point_edges(graph, set_aside)
        rep, members = _merge_loose_loops(points, edges)
        paths = _Paths(points, edges)
        if _set_aside_strict_loops(edges, rep, set_aside, paths):
            continue
        adjacency: list[list[int]] = [[] for _ in range(points)]
        for p, q, _, link in edges:
            if rep[p] != rep[q] and link not in set_aside:
                adjacency[rep[p]].append(rep[q])
        classes = [point for point in range(points) if rep[point] == point]
        components = _components(classes, adjacency)
        if all(len(group) == 1 for group in components):
            return _finish(graph, rep, members, set_aside)
        _break_cycles(graph, edges, rep, members, set_aside, paths)


def _set_aside_strict_loops(
    edges: list[_Edge], rep: list[int], set_aside: dict[int, _Broken], paths: _Paths
) -> bool:
    """Set aside links with a strict edge inside a class of equal points.

    Sets one aside at a time and returns True: the classes must then be worked out again,
    since the link may have helped make one.
    """
    for p, q, strict, link in edges:
        if not strict or rep[p] != rep[q] or link in set_aside:
            continue
        back = paths.links(q, p, set_aside)
        if link >= 0:
            set_aside[link] = _Broken(ConflictKind.CYCLE, link, _cycle(link, back), q)
            return True
        # Equalities make an event start as it ends; the latest of them goes.
        culprit = max(back)
        rest = tuple(other for other in back if other != culprit)
        set_aside[culprit] = _Broken(ConflictKind.CYCLE, culprit, (culprit, *rest), q)
        return True
    return False


def _break_cycles(
    graph: PointGraph,
    edges: list[_Edge],
    rep: list[int],
    members: dict[int, list[int]],
    set_aside: dict[int, _Broken],
    paths: _Paths,
) -> None:
    """Set aside links until no cycle is left; every cycle here holds a strict edge.

    Kahn's algorithm runs until it is stuck. Then, in each strongly connected component
    of what still waits that nothing else holds back, the class with the earliest own
    lower bound is taken to come first, and a link inside the component that says
    something must precede it is set aside. Dates are the best evidence of which link is
    wrong, so what the dates put first wins. Components are worked out afresh each round,
    so a link is set aside only while it still closes a cycle.
    """
    points = len(graph.out)
    adjacency: list[list[tuple[int, int]]] = [[] for _ in range(points)]
    incoming: list[list[tuple[int, int]]] = [[] for _ in range(points)]
    remaining = [0] * points
    for p, q, _, link in edges:
        u, v = rep[p], rep[q]
        if u == v or link in set_aside:
            continue
        adjacency[u].append((v, link))
        remaining[v] += 1
        if link >= 0:
            incoming[v].append((u, link))
    own_lower = graph.lower[:]
    for chosen, group in members.items():
        own_lower[chosen] = max(graph.lower[point] for point in group)
    emitted = [False] * points
    classes = [c for c in range(points) if rep[c] == c]
    available = [c for c in classes if not remaining[c]]

    def set_link_aside(link: int, start: int, into: int) -> bool:
        """Set `link` aside; True if it helped make a class (which is then stale)."""
        p, q = next(
            (p, q)
            for p, q, _, number in edges
            if number == link and rep[p] == start and rep[q] == into
        )
        back = paths.links(q, p, set_aside)
        set_aside[link] = _Broken(ConflictKind.CYCLE, link, _cycle(link, back), q)
        stale = False
        for p2, q2, _, number in edges:
            if number != link:
                continue
            u2, v2 = rep[p2], rep[q2]
            if u2 == v2:
                stale = True
            elif not emitted[u2]:
                adjacency[u2].remove((v2, link))
                remaining[v2] -= 1
                if not remaining[v2]:
                    available.append(v2)
        return stale

    while True:
        while available:
            u = available.pop()
            if emitted[u]:
                continue
            emitted[u] = True
            for v, _ in adjacency[u]:
                remaining[v] -= 1
                if not remaining[v]:
                    available.append(v)
        waiting = [c for c in classes if not emitted[c]]
        if not waiting:
            return
        successors: dict[int, list[int]] = {
            c: [v for v, _ in adjacency[c] if not emitted[v]] for c in waiting
        }
        components = _components(waiting, successors)  # type: ignore[arg-type]
        component_of = {c: number for number, group in enumerate(components) for c in group}
        held = {
            component_of[v]
            for c in waiting
            for v in successors[c]
            if component_of[v] != component_of[c]
        }
        progressed = False
        for number, group in enumerate(components):
            if number in held or len(group) < 2:
                continue
            for chosen in sorted(group, key=lambda c: (own_lower[c], c)):
                inside = [
                    (link, u)
                    for u, link in incoming[chosen]
                    if not emitted[u] and component_of[u] == number and link not in set_aside
                ]
                if not inside:
                    continue  # only its own start holds it back; try the next class
                # One link a round: once it goes, the rest may no longer close a cycle.
                # Of those that would put something before this class, the latest added
                # goes: a timeline is built in reading order, and what came first stands.
                link, u = max(inside)
                progressed = True
                if set_link_aside(link, u, chosen):
                    return  # the classes must be worked out again without that link
                break
        if not progressed:
            # Only events' own starts hold these back: equalities closed the loop through
            # them. Set aside the latest link of one such loop, and start again.
            for c in waiting:
                for point in members.get(c, [c]):
                    if point & 1 and not emitted[rep[point - 1]]:
                        loop = paths.links(point, point - 1, set_aside)
                        if loop:
                            culprit = max(loop)
                            rest = tuple(other for other in loop if other != culprit)
                            set_aside[culprit] = _Broken(
                                ConflictKind.CYCLE, culprit, (culprit, *rest), point
                            )
                            return
            raise AssertionError("a cycle with no link to set aside")  # pragma: no cover


def _finish(
    graph: PointGraph,
    rep: list[int],
    members: dict[int, list[int]],
    set_aside: dict[int, _Broken],
) -> Analysis:
    points = len(graph.out)
    out: list[list[int]] = [[] for _ in range(points)]
    indegree = [0] * points
    for point in range(0, points, 2):
        out[rep[point]].append((rep[point + 1] << 1) | 1)
        indegree[rep[point + 1]] += 1
    for link in range(len(graph.link_sources)):
        if link in set_aside:
            continue
        for p, q, strict in graph.link_edges(link):
            if rep[p] != rep[q]:
                out[rep[p]].append((q << 1) | strict)
                indegree[rep[q]] += 1
    own_lower = graph.lower[:]
    own_upper = graph.upper[:]
    for chosen, group in members.items():
        own_lower[chosen] = max(graph.lower[point] for point in group)
        own_upper[chosen] = min(graph.upper[point] for point in group)
    lower = own_lower[:]
    order = _forward(points, rep, out, indegree[:], lower)
    return Analysis(
        points,
        rep,
        members,
        out,
        indegree,
        own_lower,
        own_upper,
        order=order,
        lower=lower,
        set_aside=set_aside,
        had_cycles=True,
    )


# --------------------------------------------------------------------------- the order


def _ahead(analysis: Analysis, last: int) -> dict[int, int]:
    """For each class with no start date of its own: where the dates say it must come by.

    That is the earliest place of a dated class it must precede, or its own latest time
    if it has one and that is earlier. Places are ``(time - TIME_MIN) * 2 + rank``; `last`
    stands for none. Only classes without a start date are searched (a dated class ends
    the search), so this costs little when most events are dated.
    """
    rep, out, own, own_upper = analysis.rep, analysis.out, analysis.own_lower, analysis.own_upper
    any_lower, any_upper, bottom = _ANY_LOWER, _ANY_UPPER, TIME_MIN

    def latest(u: int) -> int:
        # An event known only to end by some time goes just before that time.
        bound = own_upper[u]
        return ((((bound + 1) >> 1) - bottom) * 2) if bound < any_upper else last

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
                v = rep[edge >> 1]
                if own[v] > any_lower:
                    value = ((own[v] >> 1) - bottom) * 2 + 1
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
    """Event numbers in a total order consistent with every interval and every link.

    Kahn's algorithm with a heap: of the events free to go next, the one with the
    smallest place goes first, then the one added first. A dated event's place is the
    start of its interval. An event with no date of its own goes just before the
    earliest-placed dated event it must precede (news usually reports what has just
    happened); failing that, right after what it must follow; and last if nothing
    places it. This keeps every event that ends before another starts ahead of it:
    whatever still holds it back has a smaller place than the other event.

    Returns None if a cycle stops the order (see `checked` for the way out).
    """
    points, rep, out, members = analysis.points, analysis.rep, analysis.out, analysis.members
    own = analysis.own_lower
    any_lower, bottom = _ANY_LOWER, TIME_MIN
    last = (TIME_MAX - bottom) * 2
    ahead = _ahead(analysis, last)
    remaining = analysis.indegree[:]
    # One int per heap entry, place * span + class, keeps the heap fast.
    span = points + 1
    heap = []
    for u in range(0, points, 2):
        if rep[u] == u and not remaining[u]:
            if own[u] > any_lower:
                heap.append(((((own[u] >> 1) - bottom) * 2 + 1) * span) + u)
            else:
                heap.append((ahead[u] & ~1) * span + u)
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
            for edge in out[w]:
                v = rep[edge >> 1]
                left = remaining[v] - 1
                remaining[v] = left
                if left:
                    continue
                if v & 1:
                    stack.append(v)
                elif own[v] > any_lower:
                    push(heap, ((((own[v] >> 1) - bottom) * 2 + 1) * span) + v)
                else:
                    place = ahead[v]
                    push(heap, ((place & ~1) * span if place < last else here) + v)
    return result if len(result) == points >> 1 else None


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
            if below < _ANY_UPPER and above > _ANY_LOWER:
                if below < above:
                    value = 2
                elif below == above:
                    value = max(value, 1)
            known[i][j] = max(known[i][j], value)
    possible = []
    for name, comparisons in _ALLEN.items():
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


# --------------------------------------------------------------------------- conflicts


def _quoted(event: Event) -> str:
    return repr(event.description)


def _dated(event: Event) -> str:
    when = event.when
    if when is None or when.interval is None:
        return "undated"
    if when.text and when.text != when.value:
        return f"{when.text} ({when.value})"
    return when.value


def _phrase(link: Link, events: dict[str, Event]) -> str:
    source, target = events[link.source], events[link.target]
    return f"{_quoted(source)} {link.relation.name} {_quoted(target)}"


def _listed(parts: Sequence[str]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def conflicts(
    graph: PointGraph, analysis: Analysis, events: Sequence[Event], links: Sequence[Link]
) -> list[Conflict]:
    """Every contradiction: cycles set aside, causal loops, links the dates rule out."""
    by_id = {event.id: event for event in events}
    found = [
        _cycle_conflict(broken, graph, events, links, by_id)
        for broken in analysis.set_aside.values()
    ]
    if analysis.had_cycles or graph.needs_causal_search:
        found += _causal_loops(graph, events, links, by_id)
    found += _date_conflicts(graph, analysis, events, links, by_id)
    return found


def _cycle_conflict(
    broken: _Broken,
    graph: PointGraph,
    events: Sequence[Event],
    links: Sequence[Link],
    by_id: dict[str, Event],
) -> Conflict:
    cycle = [links[number] for number in broken.cycle]
    involved = _events_of(cycle, by_id)
    itself = events[broken.point >> 1]
    phrases = [_phrase(link, by_id) for link in cycle]
    if len(cycle) == 1 and cycle[0].source == cycle[0].target:
        explanation = (
            f"{phrases[0]} links an event to itself in a way that cannot hold: "
            f"{cycle[0].relation.rule}"
        )
    elif len(cycle) == 1 and compile_relation(cycle[0].relation).contradictory:
        explanation = f"{phrases[0]} cannot hold between any two events: {cycle[0].relation.rule}"
    else:
        explanation = (
            f"{_listed(phrases)} contradict each other: together they would put "
            f"{_quoted(itself)} before itself"
        )
    return Conflict(
        ConflictKind.CYCLE,
        involved,
        tuple(cycle),
        "nothing happens before itself",
        explanation + f" ({phrases[0]} is set aside to order the rest)",
    )


def _events_of(chosen: Iterable[Link], by_id: dict[str, Event]) -> tuple[Event, ...]:
    ids = dict.fromkeys(event_id for link in chosen for event_id in (link.source, link.target))
    return tuple(by_id[event_id] for event_id in ids)


def _causal_loops(
    graph: PointGraph, events: Sequence[Event], links: Sequence[Link], by_id: dict[str, Event]
) -> list[Conflict]:
    successors: list[list[int]] = [[] for _ in range(len(events))]
    causal = [number for number in range(len(links)) if graph.link_relations[number].causal]
    for number in causal:
        successors[graph.link_sources[number]].append(graph.link_targets[number])
    nodes = sorted({graph.link_sources[number] for number in causal})
    found = []
    for group in reversed(_components(nodes, successors)):
        members = set(group)
        inside = [
            number
            for number in causal
            if graph.link_sources[number] in members and graph.link_targets[number] in members
        ]
        if len(group) == 1 and not inside:
            continue
        loop = _causal_cycle(graph, inside)
        phrases = [_phrase(links[number], by_id) for number in loop]
        first = events[graph.link_sources[loop[0]]]
        found.append(
            Conflict(
                ConflictKind.CAUSAL_LOOP,
                tuple(events[number] for number in sorted(members)),
                tuple(links[number] for number in inside),
                "nothing is among its own causes",
                f"{_listed(phrases)} form a causal loop: {_quoted(first)} would be among "
                "its own causes",
            )
        )
    return found


def _causal_cycle(graph: PointGraph, inside: list[int]) -> list[int]:
    """One cycle of links (in order) among the causal links `inside` one component."""
    first = inside[0]
    start, goal = graph.link_targets[first], graph.link_sources[first]
    by_source: dict[int, list[int]] = {}
    for number in inside:
        by_source.setdefault(graph.link_sources[number], []).append(number)
    came_from: dict[int, int] = {start: -1}
    queue = deque([start])
    while queue and goal not in came_from:
        event = queue.popleft()
        for number in by_source.get(event, ()):
            target = graph.link_targets[number]
            if target not in came_from:
                came_from[target] = number
                queue.append(target)
    path: list[int] = []
    event = goal
    while event != start and event in came_from:
        number = came_from[event]
        path.append(number)
        event = graph.link_sources[number]
    return [first, *reversed(path)]


def _date_conflicts(
    graph: PointGraph,
    analysis: Analysis,
    events: Sequence[Event],
    links: Sequence[Link],
    by_id: dict[str, Event],
) -> list[Conflict]:
    """Links that push a moment past the end of its own interval.

    With the lower bounds propagated along an acyclic graph, the dates and links agree
    exactly when no class's lower bound passes its own upper bound (each moment can then
    take its lower bound, nudged forward for strict edges). So one comparison per class
    finds every violated date; a violation that only follows from an earlier one on the
    same path is not reported again. Each report names the path of links from the date
    that pushes to the date that is passed.
    """
    lower, order_ = analysis.lower, analysis.order
    assert lower is not None, "check the analysis first"
    assert order_ is not None, "check the analysis first"
    own_upper = analysis.own_upper
    if not any(map(operator.gt, lower, own_upper)):
        return []
    rep, out = analysis.rep, analysis.out
    # Redo the propagation, remembering where each bound came from.
    low = analysis.own_lower[:]
    came_from: dict[int, int] = {}
    for u in order_:
        bound = low[u]
        for edge in out[u]:
            v = rep[edge >> 1]
            candidate = bound | (edge & 1)
            if candidate > low[v]:
                low[v] = candidate
                came_from[v] = u
    violated = {u for u in order_ if low[u] > own_upper[u]}
    paths = []
    needed: set[tuple[int, int]] = set()
    for u in order_:
        if u not in violated:
            continue
        path = [u]
        while path[-1] in came_from:
            path.append(came_from[path[-1]])
        if any(step in violated for step in path[1:]):
            continue  # follows from a violation earlier on the same path
        path.reverse()
        paths.append(path)
        needed.update(itertools.pairwise(path))
    link_for: dict[tuple[int, int], int] = {}
    # The links that make a class's points equal explain any bound that crosses it.
    equal_links: dict[int, list[int]] = {}
    members = analysis.members
    for number in range(len(links)):
        if number in analysis.set_aside:
            continue
        for p, q, _ in graph.link_edges(number):
            pair = (rep[p], rep[q])
            if pair in needed and pair not in link_for:
                link_for[pair] = number
            elif pair[0] == pair[1] and pair[0] in members:
                equal_links.setdefault(pair[0], []).append(number)
        for p, _ in graph.link_equalities(number):
            if rep[p] in members:
                equal_links.setdefault(rep[p], []).append(number)
    found = []
    reported: set[frozenset[int]] = set()
    for path in paths:
        chosen: list[int] = []
        for u, v in itertools.pairwise(path):
            chosen.extend(equal_links.get(u, ()))
            if (u, v) in link_for:
                chosen.append(link_for[u, v])
        chosen.extend(equal_links.get(path[-1], ()))
        chosen = list(dict.fromkeys(chosen))
        if frozenset(chosen) in reported:
            continue  # the same links, read at both starts and ends: one contradiction
        reported.add(frozenset(chosen))
        first = _point_with_bound(graph, analysis, path[0], lower=True)
        last = _point_with_bound(graph, analysis, path[-1], lower=False)
        found.append(_date_conflict(first, last, [links[n] for n in chosen], events, by_id))
    return found


def _point_with_bound(graph: PointGraph, analysis: Analysis, chosen: int, *, lower: bool) -> int:
    """The point of class `chosen` whose own bound is the class's (to name its event)."""
    group = analysis.members.get(chosen, [chosen])
    if lower:
        return max(group, key=lambda point: (graph.lower[point], -point))
    return min(group, key=lambda point: (graph.upper[point], point))


def _date_conflict(
    first_point: int,
    last_point: int,
    chosen: list[Link],
    events: Sequence[Event],
    by_id: dict[str, Event],
) -> Conflict:
    first, last = events[first_point >> 1], events[last_point >> 1]
    involved = dict.fromkeys([first, *_events_of(chosen, by_id), last])
    phrases = [_phrase(link, by_id) for link in chosen]
    dates = f"{_quoted(first)} is dated {_dated(first)} and {_quoted(last)} is dated {_dated(last)}"
    rules = list(dict.fromkeys(link.relation.rule for link in chosen))
    if len(chosen) == 1:
        explanation = f"{phrases[0]}, but {dates}: {rules[0]}"
    else:
        moment = "ends" if first_point & 1 else "starts"
        other = "ends" if last_point & 1 else "starts"
        explanation = (
            f"{_listed(phrases)}: together they mean {_quoted(last)} {other} no earlier than "
            f"{_quoted(first)} {moment}, but {dates}"
        )
    return Conflict(
        ConflictKind.DATES,
        tuple(involved),
        tuple(chosen),
        "; ".join(rules) if rules else "events come in the order of their dates",
        explanation,
    )


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
