"""Our own short news stories with a reader's annotation, and how links are scored on them.

The stories are in ``tests/data/stories/*.json`` (format in the README beside them): each
gives its text, publication date, the events a reader lists (each with the trigger words
that name it, since "the strike" may name what "struck" told) and every link a reader
would draw between them. A found link is right when its relation is the reader's and
each of its ends is a mention of the reader's event at that end.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"


@dataclass(frozen=True)
class Story:
    name: str
    beat: str
    published: str
    text: str
    mentions: dict[str, tuple[tuple[int, int], ...]]  # event id -> trigger spans
    dates: dict[str, str | None]
    links: frozenset[tuple[str, str, str]]
    held_out: bool  # written and annotated after the rules, to check them on unseen text


def _span(text: str, trigger: str) -> tuple[int, int]:
    """Where "word" or "word@n" (its n-th whole-word occurrence) is in `text`."""
    word, _, nth = trigger.partition("@")
    found = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    index = int(nth) - 1 if nth else 0
    if index >= len(found):
        raise ValueError(f"trigger {trigger!r} occurs {len(found)} times in the story")
    return found[index]


def load(path: Path) -> Story:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    mentions = {
        event["id"]: tuple(_span(text, trigger) for trigger in event["triggers"])
        for event in data["events"]
    }
    links = frozenset((source, relation, target) for source, relation, target in data["links"])
    for source, _, target in links:
        if source not in mentions or target not in mentions:
            raise ValueError(f"{path.name}: link between unknown events {source}, {target}")
    dates = {event["id"]: event.get("date") for event in data["events"]}
    held_out = bool(data.get("held_out", False))
    return Story(path.stem, data["beat"], data["published"], text, mentions, dates, links, held_out)


def stories() -> list[Story]:
    return [load(path) for path in sorted(STORIES.glob("*.json"))]


def _gold_event(story: Story, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    for event, spans in story.mentions.items():
        if any(start < span[1] and span[0] < end for start, end in spans):
            return event
    return None


def found_links(story: Story, learned: bool = False) -> set[tuple[str | None, str, str | None]]:
    """The links `extract` finds as told, each end named by the reader's event it
    mentions; with `learned`, those the learned reader infers too. Links `extract` marks
    `possible` are not among them: the reader draws no link for a hedged cause."""
    import timeline

    found = timeline.extract(story.text, story.published, infer_links=learned)
    spans = {event.id: event.span for event in found.events}
    return {
        (
            _gold_event(story, spans[link.source]),
            link.relation.name,
            _gold_event(story, spans[link.target]),
        )
        for link in found.links
        if not link.possible
    }


@dataclass(frozen=True)
class Score:
    right: int
    found: int
    gold: int

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(all_stories: Iterable[Story], learned: bool = False) -> tuple[Score, list[str]]:
    """Typed-link precision and recall over the stories, and a line per miss or error."""
    right = found = gold = 0
    notes = []
    for story in all_stories:
        links = found_links(story, learned)
        hits = {link for link in links if link in story.links}
        right += len(hits)
        found += len(links)
        gold += len(story.links)
        notes += [f"{story.name}: wrong {link}" for link in sorted(links - hits, key=str)]
        notes += [f"{story.name}: missed {link}" for link in sorted(story.links - hits)]
    return Score(right, found, gold), notes
