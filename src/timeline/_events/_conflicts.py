"""Explaining contradictions: each `Conflict` names its events, its links and the rule."""

from __future__ import annotations

import itertools
import operator
from collections import deque
from collections.abc import Iterable, Sequence

from ._analysis import Analysis, Broken
from ._graph import PointGraph, collector_paused, compile_relation, strongly_connected
from ._model import Conflict, ConflictKind, Event, Link

__all__ = ["conflicts"]


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
    with collector_paused():
        if (
            analysis.had_cycles
            or graph.needs_causal_search
            or _causal_inside_class(graph, analysis)
        ):
            found += _causal_loops(graph, events, links, by_id)
        found += _date_conflicts(graph, analysis, events, links, by_id)
    return found


def _cycle_conflict(
    broken: Broken,
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


def _causal_inside_class(graph: PointGraph, analysis: Analysis) -> bool:
    """Whether a causal link joins two starts made equal: a loop of those is no cycle."""
    rep = analysis.rep
    merged = {point >> 1 for group in analysis.members.values() for point in group}
    return any(
        graph.link_relations[number].causal
        and rep[2 * graph.link_sources[number]] == rep[2 * graph.link_targets[number]]
        for event in merged
        for number in graph.incident[event]
    )


def _causal_loops(
    graph: PointGraph, events: Sequence[Event], links: Sequence[Link], by_id: dict[str, Event]
) -> list[Conflict]:
    successors: list[list[int]] = [[] for _ in range(len(events))]
    causal = [number for number in range(len(links)) if graph.link_relations[number].causal]
    for number in causal:
        successors[graph.link_sources[number]].append(graph.link_targets[number])
    nodes = sorted({graph.link_sources[number] for number in causal})
    components = list(reversed(strongly_connected(nodes, successors)))
    component_of = {event: place for place, group in enumerate(components) for event in group}
    inside_of: dict[int, list[int]] = {}
    for number in causal:
        place = component_of[graph.link_sources[number]]
        if component_of.get(graph.link_targets[number]) == place:
            inside_of.setdefault(place, []).append(number)
    found = []
    for place, inside in sorted(inside_of.items()):
        # A component of one event holds a loop only through a link to itself.
        members = set(components[place])
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
    strict_pairs: set[tuple[int, int]] = set()
    # The links that make a class's points equal explain any bound that crosses it.
    equal_links: dict[int, list[int]] = {}
    members = analysis.members
    for number in range(len(links)):
        if number in analysis.set_aside:
            continue
        for p, q, strict in graph.link_edges(number):
            pair = (rep[p], rep[q])
            if pair in needed:
                # A strict edge may be what pushes the bound past; it explains either way.
                if pair not in link_for or (strict and pair not in strict_pairs):
                    link_for[pair] = number
                    if strict:
                        strict_pairs.add(pair)
            elif pair[0] == pair[1] and pair[0] in members:
                equal_links.setdefault(pair[0], []).append(number)
        for p, _ in graph.link_equalities(number):
            if rep[p] in members:
                equal_links.setdefault(rep[p], []).append(number)
    # One conflict per event whose date pushes: a single wrong link often pushes several
    # dated events past their dates (at their starts and their ends) through what follows
    # it, and those share one cause.
    by_origin: dict[int, list[tuple[list[int], list[int]]]] = {}
    for path in paths:
        chosen: list[int] = []
        for u, v in itertools.pairwise(path):
            chosen.extend(equal_links.get(u, ()))
            if (u, v) in link_for:
                chosen.append(link_for[u, v])
        chosen.extend(equal_links.get(path[-1], ()))
        origin = _point_with_bound(graph, analysis, path[0], lower=True)
        by_origin.setdefault(origin >> 1, []).append((path, list(dict.fromkeys(chosen))))
    found = []
    for group in by_origin.values():
        # Tell the shortest path in the sentence; ties go to the event added first.
        group.sort(
            key=lambda item: (
                len(item[1]),
                _point_with_bound(graph, analysis, item[0][-1], lower=False),
            )
        )
        first = _point_with_bound(graph, analysis, group[0][0][0], lower=True)
        lasts = list(
            dict.fromkeys(
                _point_with_bound(graph, analysis, path[-1], lower=False) >> 1 for path, _ in group
            )
        )
        path, chosen = group[0]
        last = _point_with_bound(graph, analysis, path[-1], lower=False)
        # Strict if the links, not the date itself, made the bound strict.
        strict = bool(low[path[-1]] & 1) and not graph.lower[first] & 1
        found.append(
            _date_conflict(
                first,
                last,
                strict,
                [links[number] for number in chosen],
                [links[number] for number in sorted({n for _, more in group for n in more})],
                [events[number] for number in lasts if number != last >> 1],
                events,
                by_id,
            )
        )
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
    strict: bool,
    chosen: list[Link],
    every: list[Link],
    also: list[Event],
    events: Sequence[Event],
    by_id: dict[str, Event],
) -> Conflict:
    """A conflict of the date of `first_point` with that of `last_point`, via `chosen`.

    `every` holds the links of all the paths from the same date, `also` the other events
    those paths push past their dates; the sentence tells the first path in full.
    """
    first, last = events[first_point >> 1], events[last_point >> 1]
    links = every or chosen
    involved = dict.fromkeys([first, *_events_of(chosen, by_id), last, *_events_of(links, by_id)])
    phrases = [_phrase(link, by_id) for link in chosen]
    dates = f"{_quoted(first)} is dated {_dated(first)} and {_quoted(last)} is dated {_dated(last)}"
    rules = list(dict.fromkeys(link.relation.rule for link in links))
    if len(chosen) == 1:
        explanation = f"{phrases[0]}, but {dates}: {rules[0]}"
    else:
        moment = "ends" if first_point & 1 else "starts"
        other = "ends" if last_point & 1 else "starts"
        order = "after" if strict else "no earlier than"
        explanation = (
            f"{_listed(phrases)}: together they mean {_quoted(last)} {other} {order} "
            f"{_quoted(first)} {moment}, but {dates}"
        )
    if also:
        shown = [_quoted(event) for event in also[:3]]
        if len(also) > 3:
            shown.append(f"{len(also) - 3} more")
        explanation += f"; through further links it also puts {_listed(shown)} past their dates"
    return Conflict(
        ConflictKind.DATES,
        tuple(involved),
        tuple(links),
        "; ".join(rules) if rules else "events come in the order of their dates",
        explanation,
    )
