"""Working out the point graph: classes of equal points, a topological order, bounds.

The fast path merges the points that equalities make equal and runs Kahn's algorithm.
When a cycle stops it, the slow path merges cycles of ``<=`` edges (consistent: their
points are all equal) and sets aside the links that close a cycle holding a strict edge
(contradictory), recording each with the cycle that explains it.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence

import attrs

from ._graph import PointGraph, collector_paused, strongly_connected
from ._model import ConflictKind

__all__ = ["Analysis", "Broken", "analyse", "checked", "ensure_upper"]


# --------------------------------------------------------------------------- analysis


@attrs.frozen
class Broken:
    """A link set aside because it closes a contradictory cycle (explained by `cycle`)."""

    kind: ConflictKind
    link: int
    cycle: tuple[int, ...]  # link numbers, the set-aside link first
    point: int  # the point the cycle would put before itself


@attrs.define
class Analysis:
    """The point graph by classes of equal points, and what has been worked out from it.

    ``rep[p]`` is the class of point ``p`` (points known to be equal share one); the
    other per-point lists are indexed by class, and every edge in ``out`` points at a
    class. ``members`` lists the points of classes
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
    set_aside: dict[int, Broken] = attrs.field(factory=dict)
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
    """Out-lists, in-degrees and bounds per class; None if a class would precede itself.

    Every edge of the result points at a class (its representative point), so the
    passes over it need no lookup of classes. Only the few edges into a merged point
    that does not represent its class are rewritten; the rest are shared with `graph`.
    """
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
                target = rep[edge >> 1]
                if target == chosen:
                    if edge & 1:
                        return None
                    count -= 1
                else:
                    kept.append((target << 1) | (edge & 1))
            if point != chosen:
                out[point] = []
                indegree[point] = 0
        out[chosen] = kept
        indegree[chosen] = count
        lower[chosen] = max(graph.lower[point] for point in group)
        upper[chosen] = min(graph.upper[point] for point in group)
    # Edges from unmerged points into a merged point come from links that touch its
    # event, or from its event's own start; rewrite those lists.
    moved = {point for group in members.values() for point in group if rep[point] != point}
    touched = {point >> 1 for point in moved}
    sources = {point - 1 for point in moved if point & 1}
    for number in {number for event in touched for number in graph.incident[event]}:
        sources.update(p for p, q, _ in graph.link_edges(number) if q in moved)
    for point in sources:
        if rep[point] == point and point not in members:
            out[point] = [(rep[edge >> 1] << 1) | (edge & 1) for edge in out[point]]
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
            v = edge >> 1
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
            candidate = upper[edge >> 1]
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


# A point edge of the slow path: (from point, to point, strict, link number or -1 for the
# edge from an event's start to its end). Equalities appear as two "<=" edges.
_Edge = tuple[int, int, int, int]


def _point_edges(graph: PointGraph, set_aside: dict[int, Broken]) -> list[_Edge]:
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
        self.points = points
        self.edges = edges
        self.adjacency: list[list[tuple[int, int]]] | None = None

    def links(self, start: int, goal: int, avoid: dict[int, Broken]) -> tuple[int, ...]:
        """Link numbers along a shortest path from `start` to `goal` (empty if none).

        The path may use every event's own start-to-end edge, and any link not in `avoid`.
        """
        if self.adjacency is None:  # built on first use: most analyses never need it
            self.adjacency = [[] for _ in range(self.points)]
            for p, q, _, link in self.edges:
                self.adjacency[p].append((q, link))
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


def _merge_loose_loops(
    points: int, edges: list[_Edge], pairs: list[tuple[int, int]], within: set[int]
) -> tuple[list[int], dict[int, list[int]]]:
    """Classes of points made equal by `pairs` and by cycles of "<=" edges.

    Such cycles lie inside strongly connected components of the whole graph, so only
    edges between the points `within` those are looked at.
    """
    pairs = list(pairs)
    while True:
        rep, members = _classes(points, pairs)
        loose: defaultdict[int, list[int]] = defaultdict(list)
        for p, q, strict, _ in edges:
            if not strict and p in within and q in within and rep[p] != rep[q]:
                loose[rep[p]].append(rep[q])
        loops = [loop for loop in strongly_connected(sorted(loose), loose) if len(loop) > 1]
        if not loops:
            return rep, members
        for loop in loops:
            pairs.extend((loop[0], member) for member in loop[1:])


def _analyse_with_cycles(graph: PointGraph) -> Analysis:
    """The slow path, for graphs with cycles: merge, set aside, then order what is left.

    Cycles of ``<=`` edges only are consistent (their points are all equal), so they are
    merged into one class. A link that would put a class before itself, or that closes a
    cycle holding a strict edge, is set aside and recorded; the rest is then acyclic.
    Setting a link aside can undo a merge it made; then the classes are worked out again.
    """
    with collector_paused():
        return _analyse_cycles(graph)


def _analyse_cycles(graph: PointGraph) -> Analysis:
    points = len(graph.out)
    set_aside: dict[int, Broken] = {}
    # A link that cannot hold whatever else is said goes first, so it takes no other
    # link down with it.
    for link, relation in enumerate(graph.link_relations):
        source = graph.link_sources[link]
        alone = source == graph.link_targets[link]
        if relation.contradictory_alone if alone else relation.contradictory:
            set_aside[link] = Broken(ConflictKind.CYCLE, link, (link,), 2 * source)
    while True:
        edges = _point_edges(graph, set_aside)
        paths = _Paths(points, edges)
        pairs = [
            pair
            for link in range(len(graph.link_sources))
            if link not in set_aside
            for pair in graph.link_equalities(link)
        ]
        rep, members = _classes(points, pairs)
        if _set_aside_strict_loops(edges, rep, set_aside, paths):
            continue
        adjacency: list[list[int]] = [[] for _ in range(points)]
        for p, q, _, _ in edges:
            if rep[p] != rep[q]:
                adjacency[rep[p]].append(rep[q])
        classes = [point for point in range(points) if rep[point] == point]
        cyclic = {
            c for group in strongly_connected(classes, adjacency) if len(group) > 1 for c in group
        }
        if not cyclic:
            return _finish(graph, rep, members, set_aside)
        within = {point for point in range(points) if rep[point] in cyclic}
        rep, members = _merge_loose_loops(points, edges, pairs, within)
        if _set_aside_strict_loops(edges, rep, set_aside, paths):
            continue
        if _break_cycles(graph, edges, rep, members, set_aside, paths):
            continue
        return _finish(graph, rep, members, set_aside)


def _set_aside_strict_loops(
    edges: list[_Edge], rep: list[int], set_aside: dict[int, Broken], paths: _Paths
) -> bool:
    """Set aside a link with a strict edge inside a class of equal points.

    Sets one aside at a time and returns True: the classes must then be worked out again,
    since the link may have helped make one.
    """
    for p, q, strict, link in edges:
        if not strict or rep[p] != rep[q] or link in set_aside:
            continue
        back = paths.links(q, p, set_aside)
        if link >= 0:
            set_aside[link] = Broken(ConflictKind.CYCLE, link, _cycle(link, back), q)
            return True
        # Equalities make an event start as it ends; the latest of them goes.
        culprit = max(back)
        rest = tuple(other for other in back if other != culprit)
        set_aside[culprit] = Broken(ConflictKind.CYCLE, culprit, (culprit, *rest), q)
        return True
    return False


def _break_cycles(
    graph: PointGraph,
    edges: list[_Edge],
    rep: list[int],
    members: dict[int, list[int]],
    set_aside: dict[int, Broken],
    paths: _Paths,
) -> bool:
    """Set aside links until no cycle is left; every cycle here holds a strict edge.

    Kahn's algorithm takes what it can; the strongly connected components of what is
    left are then worked on in topological order, each on its own. In a component, the
    class with the earliest own lower bound is taken to come first, and the links that
    put something of the component before it, closing a cycle, are set aside. Dates are
    the best evidence of which link is wrong, so what the dates put first wins.

    Returns True if a link set aside had made a class: the caller must start again.
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

    def drain() -> None:
        while available:
            u = available.pop()
            if emitted[u]:
                continue
            emitted[u] = True
            for v, _ in adjacency[u]:
                remaining[v] -= 1
                if not remaining[v]:
                    available.append(v)

    def set_link_aside(link: int, start: int, into: int) -> tuple[bool, int]:
        """Set `link` aside: (whether it helped make a class, how many edges it had)."""
        p, q = next(
            (p, q)
            for p, q, _, number in edges
            if number == link and rep[p] == start and rep[q] == into
        )
        back = paths.links(q, p, set_aside)
        set_aside[link] = Broken(ConflictKind.CYCLE, link, _cycle(link, back), q)
        stale, count = False, 0
        for p2, q2, _, number in edges:
            if number != link:
                continue
            count += 1
            u2, v2 = rep[p2], rep[q2]
            if u2 == v2:
                stale = True
            elif not emitted[u2]:
                adjacency[u2].remove((v2, link))
                remaining[v2] -= 1
                if not remaining[v2]:
                    available.append(v2)
        return stale, count

    drain()
    waiting = [c for c in classes if not emitted[c]]
    following = {c: [v for v, _ in adjacency[c] if not emitted[v]] for c in waiting}
    queue = deque(reversed(strongly_connected(waiting, following)))  # in topological order
    while queue:
        drain()
        group = [c for c in queue.popleft() if not emitted[c]]
        if len(group) < 2:
            continue  # nothing but what came before holds it; Kahn takes it
        inside = set(group)
        following = {
            c: [v for v, _ in adjacency[c] if v in inside and not emitted[v]] for c in group
        }
        parts = strongly_connected(group, following)
        if len(parts) > 1:
            queue.extendleft(parts)  # sinks were first, so this keeps the order
            continue
        progressed = False
        for chosen in sorted(group, key=lambda c: (own_lower[c], c)):
            reach = {chosen}
            frontier = [chosen]
            while frontier:
                for v in following[frontier.pop()]:
                    if v not in reach:
                        reach.add(v)
                        frontier.append(v)
            closing = sorted(
                ((link, u) for u, link in incoming[chosen] if u in reach and u != chosen),
                reverse=True,
            )
            for link, u in closing:
                if link in set_aside or emitted[u]:
                    continue
                progressed = True
                stale, count = set_link_aside(link, u, chosen)
                if stale:
                    return True
                if count > 1:
                    break  # its other edges may have been the way back for the next
            if progressed:
                break
        if not progressed:
            # Only events' own starts hold these back: equalities closed the loop through
            # them. Set aside the latest link of one such loop, and start again.
            for c in group:
                for point in members.get(c, [c]):
                    if point & 1 and not emitted[rep[point - 1]]:
                        loop = paths.links(point, point - 1, set_aside)
                        if loop:
                            culprit = max(loop)
                            rest = tuple(other for other in loop if other != culprit)
                            set_aside[culprit] = Broken(
                                ConflictKind.CYCLE, culprit, (culprit, *rest), point
                            )
                            return True
            raise AssertionError("a cycle with no link to set aside")  # pragma: no cover
        queue.appendleft(group)
    drain()
    return False


def _finish(
    graph: PointGraph,
    rep: list[int],
    members: dict[int, list[int]],
    set_aside: dict[int, Broken],
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
                out[rep[p]].append((rep[q] << 1) | strict)
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
