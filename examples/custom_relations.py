"""Custom relations: register your own link types, with what they imply about time.

A relation says how the source and target of a link are placed in time, as constraints
between their starts and ends. Registered once, it is used by name like the built-ins,
orders the timeline, and is checked: a link its dates contradict is reported, not dropped.

    python examples/custom_relations.py
"""

from __future__ import annotations

from datetime import date

from rich.console import Console

import timeline
from timeline import Relation, RelationKind

# "X funds Y": the money comes first, so X starts no later than Y starts.
FUNDS = Relation(
    "funds",
    RelationKind.CAUSAL,
    "source.start <= target.start",
    style="bold green",
    rule="funding begins no later than what it pays for",
)
# "X retracts Y": a retraction comes after what it takes back.
RETRACTS = Relation(
    "retracts",
    RelationKind.REACTIVE,
    "target.end <= source.start",
    style="magenta",
    rule="a retraction comes after the claim it takes back",
)


def main() -> None:
    for relation in (FUNDS, RETRACTS):
        timeline.register_relation(relation)
    try:
        story = timeline.Timeline(published=date(2017, 9, 25))
        grant = story.add("a donor funds the field hospital", "early September")
        hospital = story.add("the field hospital opens", "last week")
        claim = story.add("a ministry says the hospital was shelled", "Saturday")
        retraction = story.add("the ministry retracts its claim", "Friday")
        story.link(grant, "funds", hospital)
        story.link(retraction, "retracts", claim)

        console = Console()
        console.print(story)
        # A retraction on Friday cannot take back a claim made on Saturday; the conflict
        # names the rule it breaks, and the links and events involved.
        for conflict in story.conflicts():
            involved = ", ".join(event.id for event in conflict.events)
            console.print(f"\n{conflict.kind} conflict between {involved}: {conflict.rule}")
    finally:
        for relation in (FUNDS, RETRACTS):
            timeline.unregister_relation(relation.name)


if __name__ == "__main__":
    main()
