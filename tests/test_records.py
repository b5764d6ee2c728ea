"""`Timex.to_dict` and `Event.to_dict`: flat, JSON-ready records for data frames."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import Event, EventClass, Factuality, Polarity, Timex, TimexType
from timeline._events._json import _event_data
from timeline._time._model import timex_data
from timeline.strategies import events, timexes

TIMEX_KEYS = [
    "text",
    "type",
    "value",
    "mod",
    "interval_start",
    "interval_end",
    "interval_grain",
    "start",
    "end",
    "anchor",
    "quant",
    "freq",
]
EVENT_KEYS = [
    "id",
    "description",
    *(f"when_{key}" for key in TIMEX_KEYS),
    "actors",
    "source",
    "start",
    "end",
    "event_class",
    "polarity",
    "modality",
    "factuality",
]
PLAIN = (type(None), bool, int, float, str)


def is_json_ready(value: object) -> bool:
    if isinstance(value, list):
        return all(isinstance(item, PLAIN) for item in value)
    return isinstance(value, PLAIN)


def flat_timex(data: dict[str, object], prefix: str = "") -> dict[str, object]:
    """The JSON format's nested timex, flattened by hand: the model to agree with."""
    interval = data["interval"] or {"start": None, "end": None, "grain": None}
    span = data["span"] or [None, None]
    assert isinstance(interval, dict)
    assert isinstance(span, list)
    flat = {key: data[key] for key in ("text", "type", "value", "mod", "anchor", "quant", "freq")}
    flat |= {f"interval_{key}": interval[key] for key in ("start", "end", "grain")}
    flat |= {"start": span[0], "end": span[1]}
    return {f"{prefix}{key}": value for key, value in flat.items()}


@given(timexes() | timexes().map(lambda t: attrs.evolve(t, span=(3, 3 + len(t.text)))))
def test_a_timex_record_agrees_with_the_json_format(timex: Timex) -> None:
    row = timex.to_dict()
    assert TIMEX_KEYS == list(row)
    assert flat_timex(timex_data(timex)) == row
    assert all(is_json_ready(value) for value in row.values())
    assert row == json.loads(json.dumps(row))


@given(
    events(),
    st.sampled_from([None, *EventClass]),
    st.sampled_from(list(Polarity)),
    st.sampled_from([None, "may", "could"]),
    st.sampled_from(list(Factuality)),
)
def test_an_event_record_holds_every_field(
    event: Event,
    event_class: EventClass | None,
    polarity: Polarity,
    modality: str | None,
    factuality: Factuality,
) -> None:
    event = attrs.evolve(
        event,
        event_class=event_class,
        polarity=polarity,
        modality=modality,
        factuality=factuality,
    )
    row = event.to_dict()
    assert EVENT_KEYS == list(row)
    assert all(is_json_ready(value) for value in row.values())
    data = _event_data(event)
    when = flat_timex(data["when"], "when_") if event.when is not None else {}
    assert all(row[key] == value for key, value in when.items())
    assert all(row[key] is None for key in EVENT_KEYS if key.startswith("when_") and not when)
    span = event.span or (None, None)
    expected = {
        "id": event.id,
        "description": event.description,
        "actors": list(event.actors),
        "source": event.source,
        "start": span[0],
        "end": span[1],
        "event_class": None if event_class is None else event_class.value,
        "polarity": polarity.value,
        "modality": modality,
        "factuality": factuality.value,
    }
    assert expected == {key: row[key] for key in expected}


def test_a_field_added_later_is_in_the_record() -> None:
    # Records are built from the attrs fields, so a new field needs no change to them.
    @attrs.frozen
    class Dated(Event):
        confidence: float = 0.5
        seen: date | None = None

    row = Dated("e1", "talks collapse", seen=date(2017, 9, 20)).to_dict()
    assert [*EVENT_KEYS, "confidence", "seen"] == list(row)
    assert (0.5, "2017-09-20") == (row["confidence"], row["seen"])


def test_exact_values_of_a_tagged_story() -> None:
    found = timeline.tag("Ministers met late Sunday and talks resume in two weeks.", "2017-09-25")
    assert [
        {
            "text": "late Sunday",
            "type": "DATE",
            "value": "2017-09-24",
            "mod": "END",
            "interval_start": "2017-09-24T16:00:00+00:00",
            "interval_end": "2017-09-25T00:00:00+00:00",
            "interval_grain": "DAY",
            "start": 14,
            "end": 25,
            "anchor": "2017-09-25T00:00:00+00:00",
            "quant": None,
            "freq": None,
        },
        {
            "text": "two weeks",
            "type": "DURATION",
            "value": "P2W",
            "mod": None,
            "interval_start": None,
            "interval_end": None,
            "interval_grain": None,
            "start": 46,
            "end": 55,
            "anchor": None,
            "quant": None,
            "freq": None,
        },
    ] == [timex.to_dict() for timex in found]


def test_an_event_record_of_a_timeline() -> None:
    story = timeline.Timeline(published=datetime(2017, 9, 25, 9, tzinfo=UTC))
    event = story.add(
        "the ministry announces the death",
        "late Sunday",
        actors=["the ministry"],
        source="Tass",
        event_class="REPORTING",
    )
    row = event.to_dict()
    assert ("e1", "2017-09-24", "END", ["the ministry"], "Tass", "REPORTING", "asserted") == (
        row["id"],
        row["when_value"],
        row["when_mod"],
        row["actors"],
        row["source"],
        row["event_class"],
        row["factuality"],
    )


def test_pandas_takes_the_records_as_they_are() -> None:
    pandas = pytest.importorskip("pandas")
    text = "Shares fell on Monday and rallied the following day."
    frame = pandas.DataFrame([t.to_dict() for t in timeline.tag(text, "2017-09-25")])
    assert TIMEX_KEYS == list(frame.columns)
    assert ["2017-09-25", "2017-09-26"] == list(frame["value"])
    assert [TimexType.DATE.value] * 2 == list(frame["type"])
