"""The flagship example: a news story's timeline, built with the API and drawn in the terminal.

A Russian general is killed by ISIS shelling near Deir ez-Zor; Moscow announces it late
Sunday and blames Washington on Monday; the SDF says Russian jets struck its positions,
and Moscow denies it; last week Moscow had warned it would retaliate. The story was
published on Monday 25 September 2017, and every phrase is resolved against that day.

    python examples/asapov.py
"""

from __future__ import annotations

from datetime import date

from rich.console import Console

import timeline


def build() -> timeline.Timeline:
    """The story's events and the links between them, in our own words."""
    story = timeline.Timeline(published=date(2017, 9, 25))

    # Last week (ISO week 38): a warning, a capture, and a minister's remarks.
    # (Events that share a date are drawn in the order they are added.)
    warning = story.add(
        "Moscow warns it will hit back at SDF units", "last week", actors=["Moscow"]
    )
    capture = story.add("SDF fighters take a gas field", "last week", actors=["SDF"])
    story.add("Lavrov says Obama left relations in ruins", "last week", actors=["Sergei Lavrov"])

    # The shelling and the death are not dated by the story: the links will place them.
    shelling = story.add("ISIS mortar fire hits a command post", actors=["ISIS"], source="Tass")
    death = story.add("Asapov is killed", actors=["Lt. Gen. Valery Asapov"])
    announcement = story.add(
        "the ministry announces his death", "late Sunday", actors=["Russian Defense Ministry"]
    )

    # Monday: the SDF's accusation, the denial, and the blame. The strike they are about
    # is undated too; the links put it before them.
    claim = story.add("the SDF says Russian jets hit its positions", "on Monday", actors=["SDF"])
    strike = story.add("Russian jets strike SDF positions", actors=["Russian air force"])
    denial = story.add("Moscow denies the strike", "on Monday", actors=["Russian Defense Ministry"])
    blame = story.add(
        "Moscow blames Washington's policy", "on Monday", actors=["Sergei Ryabkov"], source="RIA"
    )

    story.link(shelling, "causes", death)
    story.link(announcement, "reports", death)
    story.link(blame, "blames", death)
    story.link(claim, "reports", strike)
    story.link(denial, "denies", strike)
    story.link(warning, "warns", strike)
    story.link(strike, "after", capture)
    return story


def main() -> None:
    story = build()
    console = Console()
    console.print(story)
    console.print()
    for chain in story.chains():
        console.print(chain)

    # The strike is undated, yet its links still place it: after the capture it targets.
    events = {event.description: event for event in story}
    capture = events["SDF fighters take a gas field"]
    strike = events["Russian jets strike SDF positions"]
    possible = story.relation(capture, strike)
    console.print(f"\nthe capture comes {' or '.join(sorted(possible))} the strike")
    assert not story.conflicts()


if __name__ == "__main__":
    main()
