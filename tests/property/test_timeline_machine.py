"""A stateful test of `Timeline` against a slow, obviously correct reference model.

The model keeps every constraint in one place: two moments per event (start before end),
one node per date boundary (in days), and the links' point constraints, closed under
transitivity by Floyd-Warshall on bitsets. Constraints like these are consistent exactly
when no moment comes strictly before itself. Everything the timeline answers is checked
against that closure after every step.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, precondition, rule

from timeline import (
    ALLEN_RELATIONS,
    Bounds,
    Comparison,
    ConflictKind,
    Endpoint,
    Grain,
    Interval,
    Mod,
    Relation,
    RelationKind,
    Timeline,
    Timex,
    TimexType,
    lookup_relation,
    registered_relations,
)

PUBLISHED = date(2017, 9, 25)
MONDAY = date(2017, 9, 18)  # day 0 of the model
WEEK = Interval.from_value("2017-W38")

# A date is (earliest day, latest day) in days from MONDAY, None for no bound.
DayBounds = tuple[int | None, int | None]

RELATIONS: list[Relation] = [
    *registered_relations(),
    Relation("inspires", RelationKind.CAUSAL),  # says nothing about time
    Relation("outlasts", RelationKind.TEMPORAL, "target.end <= source.end"),
]


def when_of(choice: tuple[str, int]) -> tuple[Timex | None, DayBounds]:
    kind, number = choice
    day = MONDAY + timedelta(days=number)
    interval = Interval.from_value(day.isoformat())
    if kind == "day":
        return Timex(day.isoformat(), TimexType.DATE, day.isoformat(), interval=interval), (
            number,
            number + 1,
        )
    if kind == "week":
        return Timex("last week", TimexType.DATE, "2017-W38", interval=WEEK), (0, 7)
    if kind == "before":
        timex = Timex("before", TimexType.DATE, day.isoformat(), mod=Mod.BEFORE, interval=interval)
        return timex, (None, number)
    if kind == "after":
        timex = Timex("after", TimexType.DATE, day.isoformat(), mod=Mod.AFTER, interval=interval)
        return timex, (number + 1, None)
    if kind == "recently":
        # Before the end of the publication day, day 8.
        return Timex("recently", TimexType.DATE, "PAST_REF"), (None, 8)
    return None, (None, None)


WHENS = st.tuples(
    st.sampled_from(["day", "day", "week", "before", "after", "recently", "undated"]),
    st.integers(0, 6),
)

_ENDPOINT = {
    Endpoint.SOURCE_START: (0, 0),
    Endpoint.SOURCE_END: (0, 1),
    Endpoint.TARGET_START: (1, 0),
    Endpoint.TARGET_END: (1, 1),
}

# The thirteen Allen relations, written out by hand as point constraints on (a, b).
ALLEN = {
    "before": ["a.end < b.start"],
    "after": ["b.end < a.start"],
    "meets": ["a.end = b.start"],
    "met_by": ["b.end = a.start"],
    "overlaps": ["a.start < b.start", "b.start < a.end", "a.end < b.end"],
    "overlapped_by": ["b.start < a.start", "a.start < b.end", "b.end < a.end"],
    "begins": ["a.start = b.start", "a.end < b.end"],
    "begun_by": ["a.start = b.start", "b.end < a.end"],
    "during": ["b.start < a.start", "a.end < b.end"],
    "includes": ["a.start < b.start", "b.end < a.end"],
    "ends": ["a.end = b.end", "b.start < a.start"],
    "ended_by": ["a.end = b.end", "a.start < b.start"],
    "simultaneous": ["a.start = b.start", "a.end = b.end"],
}
assert set(ALLEN) == set(ALLEN_RELATIONS)

Edge = tuple[int, int, bool]


class Reference:
    """Events as bounds, links as point constraints; answers by transitive closure."""

    def __init__(self) -> None:
        self.bounds: list[DayBounds] = []
        self.links: list[tuple[int, Relation, int]] = []

    def point(self, event: int, end: int) -> int:
        return 2 * event + end

    def link_edges(self, source: int, relation: Relation, target: int) -> list[Edge]:
        edges = []
        for constraint in relation.implication:
            left, right = _ENDPOINT[constraint.left], _ENDPOINT[constraint.right]
            p = self.point((source, target)[left[0]], left[1])
            q = self.point((source, target)[right[0]], right[1])
            if constraint.comparison is Comparison.SAME:
                edges += [(p, q, False), (q, p, False)]
            else:
                edges.append((p, q, constraint.comparison is Comparison.BEFORE))
        return edges

    def days(self) -> list[int]:
        """The days the dates name, in order: node ``2 * len(bounds) + i`` is day i here."""
        return sorted({day for pair in self.bounds for day in pair if day is not None})

    def closure(
        self,
        links: list[tuple[int, Relation, int]] | None = None,
        *,
        dates: bool = True,
        extra: tuple[Edge, ...] = (),
    ) -> tuple[list[int], list[int]]:
        """Reachability (any path) and strict reachability, as bitsets per node."""
        points = 2 * len(self.bounds)
        days = self.days()
        constant = {day: points + number for number, day in enumerate(days)}
        size = points + len(days)
        edges: list[Edge] = [(2 * i, 2 * i + 1, True) for i in range(len(self.bounds))]
        if dates:
            edges += [(constant[a], constant[b], True) for a, b in itertools.pairwise(days)]
            for event, (earliest, latest) in enumerate(self.bounds):
                if earliest is not None:
                    edges += [
                        (constant[earliest], 2 * event, False),
                        (constant[earliest], 2 * event + 1, True),
                    ]
                if latest is not None:
                    edges += [
                        (2 * event, constant[latest], True),
                        (2 * event + 1, constant[latest], False),
                    ]
        for source, relation, target in self.links if links is None else links:
            edges += self.link_edges(source, relation, target)
        edges += extra
        reach, strict = [0] * size, [0] * size
        for p, q, is_strict in edges:
            reach[p] |= 1 << q
            if is_strict:
                strict[p] |= 1 << q
        for k in range(size):
            bit, through, strictly = 1 << k, reach[k], strict[k]
            for i in range(size):
                if reach[i] & bit:
                    if strict[i] & bit:
                        strict[i] |= through
                    strict[i] |= strictly
                    reach[i] |= through
        return reach, strict

    def moment_bounds(self, event: int, reach: list[int]) -> list[int | None]:
        """The closest days before and after the event's start, then its end, or None.

        A day bounds a moment from below when a path leads from the day to the moment,
        from above when one leads from the moment to the day.
        """
        points = 2 * len(self.bounds)
        days = self.days()
        found: list[int | None] = []
        for point in (2 * event, 2 * event + 1):
            below = [day for i, day in enumerate(days) if reach[points + i] >> point & 1]
            above = [day for i, day in enumerate(days) if reach[point] >> (points + i) & 1]
            found += [max(below, default=None), min(above, default=None)]
        return found

    @staticmethod
    def consistent(closure: tuple[list[int], list[int]]) -> bool:
        return not any(bits >> node & 1 for node, bits in enumerate(closure[1]))

    def causal_loop(self, links: list[tuple[int, Relation, int]] | None = None) -> bool:
        chosen = self.links if links is None else links
        reach = [0] * len(self.bounds)
        for source, relation, target in chosen:
            if relation.kind is RelationKind.CAUSAL:
                reach[source] |= 1 << target
        for k in range(len(reach)):
            for i in range(len(reach)):
                if reach[i] >> k & 1:
                    reach[i] |= reach[k]
        return any(bits >> node & 1 for node, bits in enumerate(reach))

    def possible(self, a: int, b: int) -> set[str]:
        found = set()
        for name, constraints in ALLEN.items():
            extra = []
            for text in constraints:
                left, operator, right = text.split()
                p = self.point(a if left[0] == "a" else b, left.endswith("end"))
                q = self.point(a if right[0] == "a" else b, right.endswith("end"))
                if operator == "=":
                    extra += [(p, q, False), (q, p, False)]
                else:
                    extra.append((p, q, True))
            if self.consistent(self.closure(extra=tuple(extra))):
                found.add(name)
        return found


class TimelineMachine(RuleBasedStateMachine):
    events = Bundle("events")

    def __init__(self) -> None:
        super().__init__()
        self.timeline = Timeline(published=PUBLISHED)
        self.model = Reference()

    @rule(target=events, when=WHENS)
    def add(self, when: tuple[str, int]) -> int:
        timex, bounds = when_of(when)
        number = len(self.model.bounds)
        self.timeline.add(f"event {number}", timex)
        self.model.bounds.append(bounds)
        return number

    # ("target" names a rule's bundle in hypothesis, so the link's ends are first/second.)
    @rule(first=events, second=events, relation=st.sampled_from(RELATIONS))
    def link_anything(self, first: int, second: int, relation: Relation) -> None:
        self.timeline.link(f"e{first + 1}", relation, f"e{second + 1}")
        self.model.links.append((first, relation, second))

    @rule(first=events, second=events, data=st.data())
    def link_consistently(self, first: int, second: int, data: st.DataObject) -> None:
        fitting = [
            relation
            for relation in RELATIONS
            if self.model.consistent(
                self.model.closure(extra=tuple(self.model.link_edges(first, relation, second)))
            )
        ]
        if fitting:
            self.link_anything(first, second, data.draw(st.sampled_from(fitting)))

    @precondition(lambda self: self.model.bounds)
    @rule(data=st.data())
    def relation_agrees_with_the_model(self, data: st.DataObject) -> None:
        a = data.draw(st.integers(0, len(self.model.bounds) - 1))
        b = data.draw(st.integers(0, len(self.model.bounds) - 1))
        forward = self.timeline.relation(f"e{a + 1}", f"e{b + 1}")
        backward = self.timeline.relation(f"e{b + 1}", f"e{a + 1}")
        assert {lookup_relation(name).converse for name in forward} == backward
        if self.model.consistent(self.model.closure()):
            assert self.model.possible(a, b) == forward

    @invariant()
    def every_event_is_ordered_once(self) -> None:
        ordered = self.timeline.ordered()
        assert sorted(self.timeline.events, key=lambda e: e.id) == sorted(
            ordered, key=lambda e: e.id
        )
        assert len(ordered) == len(self.model.bounds)

    @invariant()
    def conflicts_exactly_when_the_model_is_contradictory(self) -> None:
        closure = self.model.closure()
        expected = not self.model.consistent(closure) or self.model.causal_loop()
        conflicts = self.timeline.conflicts()
        assert expected == bool(conflicts), [str(conflict) for conflict in conflicts]

    @invariant()
    def every_conflict_is_explained_by_what_it_names(self) -> None:
        links = list(self.timeline.links)
        for conflict in self.timeline.conflicts():
            assert str(conflict)
            assert conflict.rule
            assert conflict.links
            named = [
                (int(link.source[1:]) - 1, link.relation, int(link.target[1:]) - 1)
                for link in conflict.links
            ]
            assert all(link in links for link in conflict.links)
            ids = {event.id for event in conflict.events}
            assert all({link.source, link.target} <= ids for link in conflict.links)
            if conflict.kind is ConflictKind.CAUSAL_LOOP:
                assert self.model.causal_loop(named)
            elif conflict.kind is ConflictKind.CYCLE:
                assert not self.model.consistent(self.model.closure(named, dates=False))
            else:
                assert not self.model.consistent(self.model.closure(named))

    @invariant()
    def bounds_are_the_closest_days_the_model_implies(self) -> None:
        closure = self.model.closure()
        if not self.model.consistent(closure):
            return
        for number in range(len(self.model.bounds)):
            expected = [
                None if day is None else datetime.combine(MONDAY + timedelta(days=day), time(), UTC)
                for day in self.model.moment_bounds(number, closure[0])
            ]
            assert Bounds(*expected) == self.timeline.bounds(f"e{number + 1}")

    @invariant()
    def the_order_respects_every_implied_order(self) -> None:
        reach, strict = self.model.closure()
        if not self.model.consistent((reach, strict)) or self.timeline.conflicts():
            return
        position = {event.id: place for place, event in enumerate(self.timeline.ordered())}
        count = len(self.model.bounds)
        for first in range(count):
            for second in range(count):
                if strict[2 * first] >> (2 * second) & 1:
                    # The model says the first starts strictly before the second starts.
                    assert position[f"e{first + 1}"] < position[f"e{second + 1}"]
                (earliest, _), (_, latest) = self.model.bounds[second], self.model.bounds[first]
                if latest is not None and earliest is not None and latest <= earliest:
                    assert position[f"e{first + 1}"] < position[f"e{second + 1}"]


TimelineMachine.TestCase.settings = settings(stateful_step_count=50)
TestTimeline = TimelineMachine.TestCase

# Days in the model are whole days of the interval grain used above.
assert Grain.DAY == Interval.from_value("2017-09-18").grain
