"""What Jupyter shows: the mime bundle of each type, tested without Jupyter, and repr()."""

from __future__ import annotations

import html
import io
from datetime import date

from hypothesis import given, settings
from rich.console import Console

import timeline
from timeline import Timeline
from timeline._render import mime_bundle
from timeline._render._notebook import NOTEBOOK_WIDTH
from timeline.strategies import timelines, timexes

PUBLISHED = date(2017, 9, 25)


def printed(renderable: object, width: int = NOTEBOOK_WIDTH) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(renderable)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue().rstrip("\n")


def story() -> Timeline:
    news = Timeline(published=PUBLISHED)
    strike = news.add("a drone hits the depot", "late Sunday", actors=["the army"])
    claim = news.add("the army claims the strike", "on Monday", source="a statement")
    news.link(claim, "reports", strike)
    return news


def test_a_timeline_shows_in_a_notebook_as_rich_draws_it() -> None:
    bundle = story()._repr_mimebundle_()
    assert ["text/html", "text/plain"] == sorted(bundle)
    assert (
        "published Mon 25 Sep 2017 · 2 events · 1 link\n"
        "\n"
        "Sun 24 Sep    ● a drone hits the depot\n"
        "16:00–24:00   │ the army\n"
        "“late Sunday” │\n"
        "Mon 25 Sep    ● the army claims the strike\n"
        "“on Monday”   │ via a statement\n"
        "              │ reports → a drone hits the depot"
    ) == bundle["text/plain"]
    page = bundle["text/html"]
    assert page.startswith("<pre style=")
    assert page.endswith("</code></pre>\n")
    assert "<html" not in page  # a fragment for the cell, not a page
    assert "a drone hits the depot" in page
    assert "color: " in page


def test_every_shown_type_gives_the_text_rich_prints() -> None:
    news = story()
    shown = [news, news.events[0], news.events[0].when, news.links[0], news.chains()[0]]
    for value in shown:
        assert printed(value) == value._repr_mimebundle_()["text/plain"]  # type: ignore[union-attr]


def test_include_and_exclude_choose_the_mime_types() -> None:
    timex = timeline.resolve("last week", PUBLISHED)
    assert ["text/plain"] == list(timex._repr_mimebundle_(include={"text/plain"}))
    assert ["text/plain"] == list(timex._repr_mimebundle_(exclude={"text/html"}))
    assert {} == timex._repr_mimebundle_(include={"image/png"})


def test_repr_says_what_is_inside() -> None:
    news = story()
    assert "<Timeline published 2017-09-25: 2 events, 1 link>" == repr(news)
    assert "<Timeline undated: 0 events, 0 links>" == repr(Timeline())
    chain = news.chains()[0]
    assert (
        "<Chain of 2 events and 1 link: a drone hits the depot → the army claims the strike>"
        == repr(chain)
    )


@settings(max_examples=25)
@given(timelines(max_events=5, max_links=5))
def test_any_timeline_repr_counts_and_bundle_agree(news: Timeline) -> None:
    events, links = len(news.events), len(news.links)
    assert f": {events} event{'s' * (events != 1)}, {links} link{'s' * (links != 1)}>" in repr(news)
    bundle = news._repr_mimebundle_()
    assert printed(news) == bundle["text/plain"]
    for event in news.events:
        assert html.escape(event.description, quote=False) in bundle["text/html"]


@settings(max_examples=25)
@given(timexes())
def test_any_timex_bundle_is_its_rich_line(timex: timeline.Timex) -> None:
    assert printed(timex) == mime_bundle(timex)["text/plain"]
    assert html.escape(timex.value, quote=False) in mime_bundle(timex)["text/html"]
