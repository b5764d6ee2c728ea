"""Links the story says only may hold ("may have caused", "if talks fail, the union
will strike"): marked `possible`, shown as such, kept out of the order and of TimeML.
Every sentence is written here."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

import timeline
from timeline import InvalidTypeError, Link, lookup_relation
from timeline._extract._timeml_links import link_tags

PUBLISHED = "2024-06-03"


def test_a_hedged_cause_is_a_possible_link_between_its_events() -> None:
    story = timeline.extract("A power cut may have caused the gas leak.", PUBLISHED)
    (link,) = story.links
    assert (link.relation.name, link.possible, link.inferred) == ("causes", True, False)
    assert ["cut", "leak"] == [
        story[end].description.split()[-1] for end in (link.source, link.target)
    ]


def test_a_told_cause_is_not_possible() -> None:
    story = timeline.extract("A power cut caused the gas leak.", PUBLISHED)
    (link,) = story.links
    assert link.possible is False


def test_a_condition_gives_a_possible_cause_of_what_would_follow() -> None:
    story = timeline.extract("If the dockers walk out, the port will close.", PUBLISHED)
    (link,) = [link for link in story.links if link.relation.name == "causes"]
    assert link.possible
    assert link.evidence is not None
    assert "if" == link.evidence.lower()


def test_a_possible_link_is_shown_as_possible() -> None:
    story = timeline.extract("The heavy rain could lead to flooding downstream.", PUBLISHED)
    console = Console(width=100, record=True, color_system=None)
    console.print(story)
    assert "possibly causes" in console.export_text()


def test_a_possible_link_is_not_written_as_timeml_and_says_why() -> None:
    story = timeline.extract("The heavy rain could lead to flooding downstream.", PUBLISHED)
    tags, unwritten = link_tags(story)
    assert [] == tags
    ((link, why),) = unwritten
    assert link.possible
    assert "may hold" in why


def test_link_refuses_a_possible_that_is_not_a_bool() -> None:
    with pytest.raises(InvalidTypeError, match=r"Link\.possible: expected a bool"):
        Link("e1", lookup_relation("causes"), "e2", possible="yes")  # type: ignore[arg-type]


def test_timeline_link_takes_possible() -> None:
    story = timeline.Timeline()
    rain = story.add("heavy rain")
    flood = story.add("flooding downstream")
    link = story.link(rain, "causes", flood, possible=True)
    assert link.possible
    assert [] == story.chains()  # a possible cause joins no chain


HEDGES = ("may have caused", "could cause", "might trigger", "would lead to", "will cause")
CAUSES = ("the storm", "the strike", "the blast", "the fire")
EFFECTS = ("the closure", "the evacuation", "the delays", "the shutdown")


@given(st.sampled_from(CAUSES), st.sampled_from(HEDGES), st.sampled_from(EFFECTS))
def test_a_hedged_cause_is_never_told_as_a_fact(cause: str, hedge: str, effect: str) -> None:
    text = f"{cause.capitalize()} {hedge} {effect} at the harbour."
    story = timeline.extract(text, PUBLISHED)
    causal = [link for link in story.links if link.relation.name == "causes"]
    assert causal, text
    assert all(link.possible for link in causal)
    assert [] == story.chains()
