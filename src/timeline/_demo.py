"""The bundled example story and its timeline, for ``timeline demo``.

The story (``_data/asapov.txt``) is written by us in the style of a wire report: a Russian
general killed by ISIS shelling near Deir ez-Zor, Moscow blaming Washington, the SDF
accusing Russian jets, Moscow denying it. Its timeline is built here with the public API,
each event anchored on the time expression the tagger found in its sentence and pointing
back at the words that report it.
"""

from __future__ import annotations

from datetime import date
from importlib import resources

from ._errors import TimelineError
from ._events import Timeline
from ._extract import sentence_spans
from ._tagging import tag
from ._time import Timex

__all__ = ["PUBLISHED", "demo_timeline", "headline", "story"]

PUBLISHED = date(2017, 9, 25)
"""The story's publication date: Monday 25 September 2017."""


def story() -> str:
    """The text of the bundled story, headline first."""
    return resources.files("timeline").joinpath("_data", "asapov.txt").read_text(encoding="utf-8")


def headline(text: str) -> str:
    """The first line of a story."""
    return text.split("\n", 1)[0].strip()


class _Anchors:
    """Finds mentions and their time expressions in the story, in reading order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.timexes = tag(text, PUBLISHED)
        self.sentences = sentence_spans(text)

    def span(self, words: str) -> tuple[int, int]:
        start = self.text.find(words)
        if start < 0:
            raise TimelineError(f"the demo story no longer says {words!r}")
        return start, start + len(words)

    def when(self, phrase: str, near: str) -> Timex:
        """The expression `phrase` in the sentence that holds `near`."""
        start, _ = self.span(near)
        sentence_start, sentence_end = next(
            (first, last) for first, last in self.sentences if first <= start < last
        )
        for timex in self.timexes:
            assert timex.span is not None
            if timex.text == phrase and sentence_start <= timex.span[0] < sentence_end:
                return timex
        raise TimelineError(f"no {phrase!r} near {near!r} in the demo story")


def demo_timeline(text: str | None = None) -> Timeline:
    """The timeline of the bundled story (or of `text`, a version of it).

    >>> story_timeline = demo_timeline()
    >>> for event in story_timeline.ordered()[:4]:
    ...     print(event.when and event.when.value, event.description)
    2017-W38 Moscow warns it will strike back at SDF units that fire on Syrian troops
    2017-W38 the SDF seizes a gas field in Deir ez-Zor province
    2017-W38 Lavrov accuses Obama of leaving relations in ruins
    None ISIS mortar fire hits a Syrian army command post
    """
    found = _Anchors(story() if text is None else text)
    timeline = Timeline(published=PUBLISHED)

    def add(
        description: str,
        mention: str,
        when: str | None = None,
        *,
        actors: tuple[str, ...],
        source: str | None = None,
    ) -> str:
        timex = None if when is None else found.when(when, mention)
        event = timeline.add(
            description, timex, actors=actors, source=source, span=found.span(mention)
        )
        return event.id

    # Events that share a date are drawn in the order they were added, so they are added
    # in the order the story is best told: last week's warning, the capture and Lavrov's
    # remarks; on Monday the SDF's claim, the denial of it, then the blame.
    warning = add(
        "Moscow warns it will strike back at SDF units that fire on Syrian troops",
        "Moscow warned Washington",
        "Last week",
        actors=("Moscow",),
    )
    seizure = add(
        "the SDF seizes a gas field in Deir ez-Zor province",
        "a gas field it had taken",
        "last week",
        actors=("SDF",),
    )
    lavrov = add(
        "Lavrov accuses Obama of leaving relations in ruins",
        "accused former President Barack Obama",
        "last week",
        actors=("Sergei Lavrov",),
    )
    shelling = add(
        "ISIS mortar fire hits a Syrian army command post",
        "militants shelled a Syrian army command post",
        actors=("ISIS",),
        source="Tass",
    )
    death = add(
        "Asapov is killed",
        "had been killed by mortar fire",
        actors=("Lt. Gen. Valery Asapov",),
    )
    announcement = add(
        "the Defense Ministry announces Asapov's death",
        "Russia's Defense Ministry announced",
        "late Sunday",
        actors=("Russian Defense Ministry",),
    )
    claim = add(
        "the SDF says Russian jets bombed its fighters, killing one",
        "accused Russian warplanes of bombing its units",
        "Monday",
        actors=("SDF",),
    )
    strike = add(
        "Russian jets strike SDF fighters near the gas field",
        "bombing its units near a gas field",
        actors=("Russian air force",),
        source="SDF",
    )
    denial = add(
        "Moscow denies the strike",
        "denied the claim",
        "the same day",
        actors=("Russian Defense Ministry",),
    )
    blame = add(
        "Ryabkov blames American policy for the death",
        "the general's death was the price",
        "Monday",
        actors=("Sergei Ryabkov",),
        source="RIA",
    )
    timeline.link(shelling, "causes", death)
    timeline.link(announcement, "reports", death)
    timeline.link(blame, "blames", death)
    timeline.link(claim, "reports", strike)
    timeline.link(denial, "denies", strike)
    timeline.link(warning, "warns", strike)
    timeline.link(strike, "after", seizure)
    del lavrov  # context: dated, but linked to nothing else in the story
    return timeline
