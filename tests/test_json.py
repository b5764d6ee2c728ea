"""The JSON form of a timeline: exact text, round trips, and errors that say where."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from timeline import (
    Interval,
    Relation,
    Timeline,
    TimelineError,
    TimelineFormatError,
    Timex,
    TimexType,
    register_relation,
    unregister_relation,
)


def small() -> Timeline:
    timeline = Timeline(published=date(2017, 9, 25))
    strike = timeline.add("jets strike", actors=["Russia"], span=(0, 11))
    denial = timeline.add("Moscow denies it", date(2017, 9, 25), source="Tass")
    timeline.link(denial, "denies", strike, evidence="no such strike")
    return timeline


EXPECTED = """{
  "events": [
    {
      "actors": [
        "Russia"
      ],
      "description": "jets strike",
      "id": "e1",
      "source": null,
      "span": [
        0,
        11
      ],
      "when": null
    },
    {
      "actors": [],
      "description": "Moscow denies it",
      "id": "e2",
      "source": "Tass",
      "span": null,
      "when": {
        "anchor": null,
        "freq": null,
        "interval": {
          "end": "2017-09-26T00:00:00+00:00",
          "grain": "DAY",
          "start": "2017-09-25T00:00:00+00:00"
        },
        "mod": null,
        "quant": null,
        "span": null,
        "text": "2017-09-25",
        "type": "DATE",
        "value": "2017-09-25"
      }
    }
  ],
  "format": "news-timeline",
  "links": [
    {
      "evidence": "no such strike",
      "inferred": false,
      "relation": "denies",
      "source": "e2",
      "target": "e1"
    }
  ],
  "published": "2017-09-25",
  "relations": {
    "denies": {
      "converse": null,
      "implication": [
        "target.start <= source.start"
      ],
      "kind": "reactive",
      "rule": "a denial comes no earlier than what it denies",
      "style": "magenta"
    }
  },
  "version": 1
}"""


def test_to_json_exact_text() -> None:
    assert EXPECTED == small().to_json()


def test_to_json_is_stable() -> None:
    assert small().to_json() == small().to_json()


def test_round_trip() -> None:
    timeline = small()
    again = Timeline.from_json(timeline.to_json())
    assert timeline == again
    assert timeline.to_json() == again.to_json()
    assert timeline.ordered() == again.ordered()


def test_round_trip_of_everything_a_timex_holds() -> None:
    moscow = timezone(timedelta(hours=3))
    timeline = Timeline(published=datetime(2017, 9, 25, 9, 30, tzinfo=moscow))
    timex = Timex(
        "late Sunday",
        TimexType.DATE,
        "2017-09-24",
        mod="END",
        interval=Interval(
            datetime(2017, 9, 24, 16, tzinfo=moscow),
            datetime(2017, 9, 25, tzinfo=moscow),
            Interval.from_value("2017-09-24").grain,
        ),
        span=(20, 31),
        anchor=datetime(2017, 9, 25, tzinfo=moscow),
        quant="EVERY",
        freq="1D",
    )
    timeline.add("x", timex)
    timeline.add("y", Timex("recently", TimexType.DATE, "PAST_REF"))
    again = Timeline.from_json(timeline.to_json())
    assert timeline == again
    assert isinstance(again.published, datetime)


def test_a_relation_that_is_no_longer_registered_reads_back() -> None:
    funds = register_relation(Relation("funds", "causal", "source.start <= target.start"))
    timeline = Timeline(published=date(2017, 9, 25))
    a, b = timeline.add("a"), timeline.add("b")
    timeline.link(a, funds, b)
    text = timeline.to_json()
    unregister_relation("funds")
    again = Timeline.from_json(text)
    assert timeline == again
    assert funds == again.links[0].relation


def test_from_json_of_an_empty_timeline() -> None:
    assert Timeline() == Timeline.from_json(Timeline().to_json())


def data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(small().to_json())
    return loaded


def broken(change: Any) -> str:
    document = data()
    change(document)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("text", "path", "reason"),
    [
        ("{", "line 1 column 2", "not JSON"),
        ("[]", "$", "expected an object, got a list"),
        ('{"format": "other"}', "format", "expected 'news-timeline', got 'other'"),
        (broken(lambda d: d.update(version=2)), "version", "got 2"),
        (broken(lambda d: d.pop("events")), "$", "missing 'events'"),
        (broken(lambda d: d.update(events={})), "events", "expected a list, got an object"),
        (
            broken(lambda d: d["events"][1]["when"].update(value=42)),
            "events[1].when.value",
            "expected a string, got a number 42",
        ),
        (
            broken(lambda d: d["events"][1]["when"]["interval"].update(grain="FORTNIGHT")),
            "events[1].when.interval.grain",
            "expected one of SECOND",
        ),
        (
            broken(lambda d: d["events"][1]["when"]["interval"].update(start="2017-09-25")),
            "events[1].when.interval.start",
            "expected a UTC offset",
        ),
        (
            broken(
                lambda d: d["events"][1]["when"]["interval"].update(
                    start="2017-09-27T00:00:00+00:00"
                )
            ),
            "events[1].when.interval",
            "Interval.end: expected a moment after start",
        ),
        (
            broken(lambda d: d["events"][1]["when"].update(type="WHENEVER")),
            "events[1].when",
            "Timex.type",
        ),
        (broken(lambda d: d["events"][1].update(id="e1")), "events[1].id", "already used"),
        (broken(lambda d: d["events"][0].update(actors=[1])), "events[0].actors[0]", "a name"),
        (broken(lambda d: d["events"][0].update(span=[3])), "events[0].span", "[start, end]"),
        (broken(lambda d: d["events"][0].update(span=[3, 1])), "events[0]", "Event.span"),
        (broken(lambda d: d["links"][0].update(target="e7")), "links[0].target", "'e7'"),
        (
            broken(lambda d: d["links"][0].update(inferred="yes")),
            "links[0].inferred",
            "expected true or false, got a string 'yes'",
        ),
        (
            broken(lambda d: d["links"][0].update(possible=1)),
            "links[0].possible",
            "expected true or false",
        ),
        (
            broken(lambda d: (d["links"][0].update(relation="praises"), d.pop("relations"))),
            "links[0].relation",
            "unknown relation 'praises'",
        ),
        (
            broken(lambda d: d["relations"]["denies"].update(implication=["sooner"])),
            "relations.denies",
            "Constraint",
        ),
        (broken(lambda d: d.update(published="25/09/2017")), "published", "2017-09-25"),
        (b"\xff", "$", "not UTF-8"),
    ],
)
def test_malformed_json_says_what_and_where(text: str | bytes, path: str, reason: str) -> None:
    with pytest.raises(TimelineFormatError) as caught:
        Timeline.from_json(text)
    assert path == caught.value.path
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"malformed timeline JSON at {path}: ")
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, TimelineError)


def test_a_link_written_before_inferred_existed_reads_as_stated() -> None:
    document = data()
    del document["links"][0]["inferred"]
    (link,) = Timeline.from_json(json.dumps(document)).links
    assert link.inferred is False
    assert "no such strike" == link.evidence


def test_an_inferred_link_reads_back_inferred() -> None:
    story = Timeline(published=date(2024, 5, 2))
    closure = story.add("the plant closes")
    layoffs = story.add("hundreds lose their jobs")
    story.link(closure, "causes", layoffs, evidence="closes ... lose", inferred=True)
    (link,) = Timeline.from_json(story.to_json()).links
    assert (link.inferred, link.evidence) == (True, "closes ... lose")


def test_a_possible_link_reads_back_possible_and_orders_nothing() -> None:
    story = Timeline(published=date(2024, 5, 2))
    talks = story.add("the talks fail", when="2024-05-09")
    strike = story.add("the union strikes", when="2024-05-03")
    story.link(talks, "causes", strike, evidence="if", possible=True)
    # Told as a fact, the cause after its effect would be a conflict; only possible, not.
    assert [] == story.conflicts()
    (link,) = Timeline.from_json(story.to_json()).links
    assert link.possible is True
    assert '"possible": true' in story.to_json()


def test_a_told_link_writes_no_possible_member() -> None:
    document = json.loads(Timeline.from_json(json.dumps(data())).to_json())
    assert all("possible" not in link for link in document["links"])
    (link,) = Timeline.from_json(json.dumps(data())).links
    assert link.possible is False


def test_from_json_wants_text() -> None:
    with pytest.raises(TimelineFormatError, match="expected JSON text"):
        Timeline.from_json(42)  # type: ignore[arg-type]


def test_published_as_an_aware_datetime_reads_back() -> None:
    timeline = Timeline(published=datetime(2017, 9, 25, 8, tzinfo=UTC))
    assert timeline == Timeline.from_json(timeline.to_json())
