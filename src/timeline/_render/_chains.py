"""Chains for the terminal: a rich `Tree` per chain of causal and reactive links.

Each event sits under the earlier event it is linked to. The arrow keeps the link's own
direction: under "the shelling", ``causes → a general is killed`` (the shelling causes
it); under "a general is killed", ``← blames · Moscow blames Washington`` (Moscow's blame
points back at the death).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text
from rich.tree import Tree

from ._timeline import (
    DESCRIPTION,
    PHRASE,
    QUIET,
    event_when,
    link_label,
    plain_lines,
    relation_style,
)
from ._timex import glyphs_for
from ._words import Glyphs

if TYPE_CHECKING:
    from .._events import Chain, Event, Link, Timeline

__all__ = ["ChainTree", "ChainsView"]


def _when(event: Event, glyphs: Glyphs) -> Text:
    text = Text.assemble((f" {glyphs.dot} ", QUIET))
    text.append_text(event_when(event, glyphs))
    return text


@attrs.frozen
class ChainTree:
    """One chain as a tree, in time order; ``number`` heads it ("chain 2")."""

    chain: Chain
    number: int | None = None

    def tree(self, glyphs: Glyphs) -> Tree:
        """The chain as a rich `Tree`."""
        chain = self.chain
        step_of = {event.id: step for step, events in enumerate(chain.steps) for event in events}
        heading = "chain" if self.number is None else f"chain {self.number}"
        root = Tree(
            Text.assemble((heading, "bold"), (f" {glyphs.dot} {len(chain.events)} events", QUIET)),
            guide_style=QUIET,
        )
        nodes: dict[str, Tree] = {}
        placed: set[int] = set()
        for event in sorted(chain.events, key=lambda e: (step_of.get(e.id, 0), _index(chain, e))):
            edge = self._edge(event, step_of, nodes)
            if edge is None:
                label = Text.assemble((event.description, DESCRIPTION))
                label.append_text(_when(event, glyphs))
                nodes[event.id] = root.add(label)
                continue
            number, link, parent = edge
            placed.add(number)
            label = _edge_label(link, event, glyphs)
            label.append_text(_when(event, glyphs))
            nodes[event.id] = nodes[parent].add(label)
        others = [link for number, link in enumerate(chain.links) if number not in placed]
        by_id = {event.id: event for event in chain.events}
        for link in others:
            if link.source in nodes and link.target in by_id:
                also = Text.assemble(("also ", QUIET))
                also.append_text(_link_words(link, by_id[link.target], glyphs))
                nodes[link.source].add(also)
        return root

    def _edge(
        self, event: Event, step_of: dict[str, int], nodes: dict[str, Tree]
    ) -> tuple[int, Link, str] | None:
        """The link that hangs `event` under an earlier event already in the tree."""
        best: tuple[int, int, Link, str] | None = None
        for number, link in enumerate(self.chain.links):
            if link.target == event.id and link.source in nodes:
                other = link.source
            elif link.source == event.id and link.target in nodes:
                other = link.target
            else:
                continue
            rank = step_of.get(other, 0)
            if best is None or rank < best[0]:
                best = (rank, number, link, other)
        return None if best is None else best[1:]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from plain_lines(
            console.render_lines(self.tree(glyphs_for(options)), options, pad=False)
        )

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.tree(glyphs_for(options)))


def _index(chain: Chain, event: Event) -> int:
    return chain.events.index(event)


def _edge_label(link: Link, child: Event, glyphs: Glyphs) -> Text:
    if link.target == child.id:
        # The parent is the link's source: "causes → the child".
        return _link_words(link, child, glyphs)
    label = Text.assemble((f"{glyphs.back} ", QUIET))
    label.append(link_label(link), relation_style(link))
    label.append(f" {glyphs.dot} ", QUIET)
    label.append(child.description, DESCRIPTION)
    return label


def _link_words(link: Link, target: Event, glyphs: Glyphs) -> Text:
    label = Text.assemble((link_label(link), relation_style(link)))
    label.append(f" {glyphs.arrow} ")
    label.append(target.description, DESCRIPTION)
    if link.evidence:
        label.append(f" {glyphs.quoted(link.evidence)}", PHRASE)
    return label


@attrs.frozen
class ChainsView:
    """Every chain of a timeline, one tree each, numbered; "no chains" when there are none."""

    timeline: Timeline

    def _trees(self, glyphs: Glyphs) -> Iterable[Tree | Text]:
        chains = self.timeline.chains()
        if not chains:
            yield Text("no chains: no causal or reactive links", style=QUIET)
        for number, chain in enumerate(chains, 1):
            yield ChainTree(chain, number).tree(glyphs)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for number, tree in enumerate(self._trees(glyphs_for(options))):
            if number:
                yield Segment.line()
            yield from plain_lines(console.render_lines(tree, options, pad=False))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, Group(*self._trees(glyphs_for(options))))
