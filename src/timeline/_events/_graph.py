"""The point graph of a timeline: what the dates and links say about every moment.

Every event is a proper interval with two moments, its start and its end. What we know
about them is a *point graph*: point ``2 * i`` is the start of event ``i``, ``2 * i + 1``
its end; an edge ``p -> q`` says ``p < q`` (strict) or ``p <= q``; equalities merge points
into classes; and each point has bounds from the event's interval (an event dated "last
week" starts and ends inside that week). Constraints of this kind (the convex point
algebra with unary bounds) are consistent exactly when no cycle of the graph holds a
strict edge and, after propagating bounds along the edges, every point can still take a
value.

Bounds are integers: microseconds since 0001-01-01 UTC, doubled so the lowest bit can
record strictness. A lower bound ``2t + s`` means "after t" when ``s`` is 1 and "at or after
t" when it is 0; an upper bound ``2t - s`` means "before t" or "at or before t". With that
encoding a stronger bound is simply a larger lower bound or a smaller upper bound, and a
point can take a value exactly when its lower bound is at most its upper bound.

Performance matters (100,000 events and 300,000 links must order in well under a
second), so the graph is kept as flat lists of ints, updated as links arrive.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta

import attrs

from .._collector import collector_paused
from .._time import Interval, Mod, Timex, VagueReference
from ._relations import ALLEN_RELATIONS, Comparison, Endpoint, Relation, RelationKind

__all__ = [
    "ALLEN_TABLE",
    "ANY_LOWER",
    "ANY_UPPER",
    "NO_LOWER",
    "NO_UPPER",
    "TIME_MAX",
    "TIME_MIN",
    "CompiledRelation",
    "PointGraph",
    "closure",
    "collector_paused",
    "compile_relation",
    "event_bounds",
    "lower_moment",
    "strongly_connected",
    "upper_moment",
]

# --------------------------------------------------------------------------- time encoding

_ORIGIN = datetime(1, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
TIME_MIN = -(1 << 61)
"""Stands for "no lower bound" (minus infinity)."""
TIME_MAX = 1 << 61
"""Stands for "no upper bound" (plus infinity)."""
NO_LOWER = 2 * TIME_MIN
NO_UPPER = 2 * TIME_MAX
ANY_LOWER = NO_LOWER + 1  # an encoded lower bound above this is a real one
ANY_UPPER = NO_UPPER - 1  # an encoded upper bound below this is a real one


def _time(moment: datetime) -> int:
    return (moment - _ORIGIN) // _MICROSECOND


def _moment(time: int) -> datetime:
    return _ORIGIN + time * _MICROSECOND


def lower_moment(bound: int) -> datetime | None:
    """The moment an encoded lower bound names (strict or not), or None for no bound."""
    return None if bound <= ANY_LOWER else _moment(bound >> 1)


def upper_moment(bound: int) -> datetime | None:
    """The moment an encoded upper bound names (strict or not), or None for no bound."""
    return None if bound >= ANY_UPPER else _moment((bound + 1) >> 1)


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


def closure(edges: Iterable[tuple[int, int, int]]) -> list[list[int]]:
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
# What a possible link implies: nothing (it may never hold), so it orders nothing, joins
# no chain and takes part in no conflict.
UNASSERTED = CompiledRelation(
    edges=(),
    equalities=(),
    source_first=0,
    causal=False,
    chains=False,
    contradictory=False,
    contradictory_alone=False,
)


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
    matrix = closure(edges + both_ways)
    source_first = 1 if matrix[0][2] and not matrix[2][0] else -1 if matrix[2][0] else 0
    # The same constraints with the target's moments read as the source's own.
    alone = closure([(a & 1, b & 1, strict) for a, b, strict in edges + both_ways])
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
        matrix = closure(list(compiled.edges) + both)
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


ALLEN_TABLE = _allen_table()


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
    # The links of each event, to find the few edges that merging points changes.
    incident: list[list[int]] = attrs.field(factory=list)
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
        self.lower.append(2 * earliest if has_lower else NO_LOWER)
        self.lower.append(2 * earliest + 1 if has_lower else NO_LOWER)
        self.upper.append(2 * latest - 1 if has_upper else NO_UPPER)
        self.upper.append(2 * latest if has_upper else NO_UPPER)
        self.incident.append([])

    def add_link(self, source: int, target: int, relation: CompiledRelation) -> None:
        """Add the edges of a link from event `source` to event `target`."""
        number = len(self.link_sources)
        self.incident[source].append(number)
        if target != source:
            self.incident[target].append(number)
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


# --------------------------------------------------------------------------- components


def strongly_connected(
    nodes: Iterable[int], successors: Sequence[Sequence[int]] | Mapping[int, Sequence[int]]
) -> list[list[int]]:
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
