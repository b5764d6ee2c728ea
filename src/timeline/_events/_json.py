"""The JSON form of a timeline: stable text out, strict checking in.

A `Timex` is written as its TIMEX3 fields plus its interval as two ISO 8601 moments and a
grain name, so it reads back equal. Each relation a link uses is written out in full, so a
file stays readable where that relation is not registered.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from .._errors import TimelineError, TimelineFormatError
from .._time import Grain, Interval, Timex
from .._time._model import moment_from_text, moment_text, timex_data
from ._model import Event, Factuality, Link, Polarity
from ._relations import Relation, lookup_relation

__all__ = ["dumps", "loads"]

FORMAT = "news-timeline"
VERSION = 1


# --------------------------------------------------------------------------- writing


def dumps(published: date | None, events: Sequence[Event], links: Sequence[Link]) -> str:
    """JSON text for a timeline; the same timeline always gives the same text."""
    relations: dict[str, Any] = {}
    for link in links:
        relations.setdefault(link.relation.name, _relation_data(link.relation))
    data = {
        "format": FORMAT,
        "version": VERSION,
        "published": _published_text(published),
        "events": [_event_data(event) for event in events],
        "links": [
            {
                "source": link.source,
                "relation": link.relation.name,
                "target": link.target,
                "evidence": link.evidence,
                "inferred": link.inferred,
                # Written only where true (and the span only where there is one), so
                # files of hand-built timelines stay as they were.
                **({"possible": True} if link.possible else {}),
                **(
                    {}
                    if link.evidence_span is None
                    else {"evidence_span": list(link.evidence_span)}
                ),
            }
            for link in links
        ],
        "relations": relations,
    }
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)


def _published_text(published: date | None) -> str | None:
    if isinstance(published, datetime):
        return moment_text(published)
    return None if published is None else published.isoformat()


def _event_data(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "description": event.description,
        "when": None if event.when is None else timex_data(event.when),
        "actors": list(event.actors),
        "source": event.source,
        "span": None if event.span is None else list(event.span),
        # What extraction adds is written only where it says something, so that files
        # of hand-built timelines stay as they were.
        **({} if event.event_class is None else {"class": event.event_class.value}),
        **({} if event.polarity is Polarity.POS else {"polarity": event.polarity.value}),
        **({} if event.modality is None else {"modality": event.modality}),
        **(
            {}
            if event.factuality is Factuality.ASSERTED
            else {"factuality": event.factuality.value}
        ),
    }


def _relation_data(relation: Relation) -> dict[str, Any]:
    return {
        "kind": relation.kind.value,
        "implication": [str(constraint) for constraint in relation.implication],
        "style": relation.style,
        "rule": relation.rule,
        "converse": relation.converse,
    }


# --------------------------------------------------------------------------- reading


def _kind(value: object) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    names.update({list: "a list", dict: "an object"})
    return names.get(type(value), type(value).__name__)


def _expect(value: object, expected: type | tuple[type, ...], what: str, path: str) -> Any:
    if isinstance(value, bool) and bool not in (
        expected if isinstance(expected, tuple) else (expected,)
    ):
        raise TimelineFormatError(path, f"expected {what}, got {_kind(value)} {value!r}")
    if not isinstance(value, expected):
        raise TimelineFormatError(path, f"expected {what}, got {_kind(value)} {value!r}")
    return value


def _member(data: dict[str, Any], key: str, path: str) -> Any:
    if key not in data:
        raise TimelineFormatError(path, f"missing {key!r}")
    return data[key]


def _string(data: dict[str, Any], key: str, path: str, *, optional: bool = False) -> Any:
    value = _member(data, key, path)
    if optional and value is None:
        return None
    return _expect(value, str, "a string" + (" or null" if optional else ""), f"{path}.{key}")


def _optional_string(data: dict[str, Any], key: str, path: str) -> Any:
    """A member that may be missing (files written before it existed): None then."""
    return _string(data, key, path, optional=True) if key in data else None


def _flag(data: dict[str, Any], key: str, path: str) -> bool:
    """A true/false member that may be missing (files written before it existed): false."""
    if key not in data:
        return False
    return bool(_expect(data[key], bool, "true or false", f"{path}.{key}"))


def _moment(text: object, path: str) -> datetime:
    what = "an ISO 8601 date and time with a UTC offset (and a zone name in brackets)"
    _expect(text, str, what, path)
    try:
        return moment_from_text(str(text))
    except ValueError as error:
        raise TimelineFormatError(path, f"expected {what}, got {text!r}: {error}") from None


def _span(value: object, path: str) -> tuple[int, int] | None:
    if value is None:
        return None
    _expect(value, list, "null or [start, end]", path)
    items = list(value)  # type: ignore[call-overload]
    if len(items) != 2 or not all(isinstance(i, int) and not isinstance(i, bool) for i in items):
        raise TimelineFormatError(path, f"expected null or [start, end] offsets, got {value!r}")
    return (items[0], items[1])


def loads(text: str | bytes) -> tuple[date | None, list[Event], list[Link]]:
    """Read JSON text written by `dumps`.

    Raises:
        TimelineFormatError: what is wrong and where, as a JSON path.
    """
    if not isinstance(text, str | bytes | bytearray):
        raise TimelineFormatError("$", f"expected JSON text, got {type(text).__name__}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TimelineFormatError(
            f"line {error.lineno} column {error.colno}", f"not JSON: {error.msg}"
        ) from None
    except UnicodeDecodeError as error:
        raise TimelineFormatError("$", f"not UTF-8 text: {error.reason}") from None
    except RecursionError:
        raise TimelineFormatError(
            "$", "not a timeline: arrays or objects nested too deeply to read"
        ) from None
    except ValueError as error:
        # An integer longer than Python converts (4,300 digits by default), for one.
        raise TimelineFormatError("$", f"not readable JSON: {error}") from None
    _expect(data, dict, "an object", "$")
    found_format = data.get("format")
    if found_format != FORMAT:
        raise TimelineFormatError("format", f"expected {FORMAT!r}, got {found_format!r}")
    version = data.get("version")
    if version != VERSION:
        raise TimelineFormatError(
            "version", f"expected {VERSION} (the version this library writes), got {version!r}"
        )
    published = _published(_member(data, "published", "$"))
    relations = _relations(data.get("relations", {}))
    raw_events = _expect(_member(data, "events", "$"), list, "a list", "events")
    events = [_event(item, f"events[{number}]") for number, item in enumerate(raw_events)]
    seen: dict[str, int] = {}
    for number, event in enumerate(events):
        if event.id in seen:
            raise TimelineFormatError(
                f"events[{number}].id",
                f"expected a new id, got {event.id!r}, already used by events[{seen[event.id]}]",
            )
        seen[event.id] = number
    raw_links = _expect(_member(data, "links", "$"), list, "a list", "links")
    links = [
        _link(item, f"links[{number}]", seen, relations) for number, item in enumerate(raw_links)
    ]
    return published, events, links


def _published(value: object) -> date | None:
    if value is None:
        return None
    _expect(value, str, "null, a date (2017-09-25) or an aware datetime", "published")
    text = str(value)
    try:
        if "T" not in text:
            return date.fromisoformat(text)
    except ValueError:
        raise TimelineFormatError(
            "published", f"expected a date like 2017-09-25, got {text!r}"
        ) from None
    return _moment(text, "published")


def _relations(value: object) -> dict[str, Relation]:
    _expect(value, dict, "an object of relation definitions", "relations")
    relations = {}
    for name, definition in dict(value).items():  # type: ignore[call-overload]
        path = f"relations.{name}"
        _expect(definition, dict, "an object", path)
        implication = _expect(
            _member(definition, "implication", path), list, "a list", f"{path}.implication"
        )
        for number, item in enumerate(implication):
            _expect(
                item,
                str,
                "a constraint like 'source.start <= target.start'",
                f"{path}.implication[{number}]",
            )
        try:
            relation = Relation(
                name,
                _string(definition, "kind", path),
                tuple(implication),
                style=_string(definition, "style", path),
                rule=_string(definition, "rule", path),
                converse=_string(definition, "converse", path, optional=True),
            )
        except TimelineError as error:
            raise TimelineFormatError(path, str(error)) from None
        try:
            registered = lookup_relation(name)
        except TimelineError:
            registered = None
        # Share the registered object when it is the same relation.
        relations[name] = registered if registered == relation else relation
    return relations


def _event(value: object, path: str) -> Event:
    _expect(value, dict, "an event object", path)
    data: dict[str, Any] = dict(value)  # type: ignore[call-overload]
    actors = _expect(_member(data, "actors", path), list, "a list of names", f"{path}.actors")
    for number, actor in enumerate(actors):
        _expect(actor, str, "a name", f"{path}.actors[{number}]")
    when = _member(data, "when", path)
    try:
        return Event(
            _string(data, "id", path),
            _string(data, "description", path),
            None if when is None else _timex(when, f"{path}.when"),
            tuple(actors),
            _string(data, "source", path, optional=True),
            _span(_member(data, "span", path), f"{path}.span"),
            event_class=_optional_string(data, "class", path),
            polarity=_optional_string(data, "polarity", path) or Polarity.POS,
            modality=_optional_string(data, "modality", path),
            factuality=_optional_string(data, "factuality", path) or Factuality.ASSERTED,
        )
    except TimelineFormatError:
        raise
    except TimelineError as error:
        raise TimelineFormatError(path, str(error)) from None


def _timex(value: object, path: str) -> Timex:
    _expect(value, dict, "null or a time expression object", path)
    data: dict[str, Any] = dict(value)  # type: ignore[call-overload]
    interval_data = _member(data, "interval", path)
    interval = None
    if interval_data is not None:
        interval = _interval(interval_data, f"{path}.interval")
    anchor = _member(data, "anchor", path)
    try:
        return Timex(
            _string(data, "text", path),
            _string(data, "type", path),
            _string(data, "value", path),
            mod=_string(data, "mod", path, optional=True),
            interval=interval,
            span=_span(_member(data, "span", path), f"{path}.span"),
            anchor=None if anchor is None else _moment(anchor, f"{path}.anchor"),
            quant=_string(data, "quant", path, optional=True),
            freq=_string(data, "freq", path, optional=True),
        )
    except TimelineFormatError:
        raise
    except TimelineError as error:
        raise TimelineFormatError(path, str(error)) from None


def _interval(value: object, path: str) -> Interval:
    _expect(value, dict, "null or an object with start, end and grain", path)
    data: dict[str, Any] = dict(value)  # type: ignore[call-overload]
    grain_name = _string(data, "grain", path)
    if grain_name not in Grain.__members__:
        raise TimelineFormatError(
            f"{path}.grain", f"expected one of {', '.join(Grain.__members__)}, got {grain_name!r}"
        )
    start = _moment(_member(data, "start", path), f"{path}.start")
    end = _moment(_member(data, "end", path), f"{path}.end")
    try:
        return Interval(start, end, Grain[grain_name])
    except TimelineError as error:
        raise TimelineFormatError(path, str(error)) from None


def _link(value: object, path: str, events: dict[str, int], relations: dict[str, Relation]) -> Link:
    _expect(value, dict, "a link object", path)
    data: dict[str, Any] = dict(value)  # type: ignore[call-overload]
    ends = []
    for role in ("source", "target"):
        event_id = _string(data, role, path)
        if event_id not in events:
            raise TimelineFormatError(
                f"{path}.{role}", f"expected the id of an event in 'events', got {event_id!r}"
            )
        ends.append(event_id)
    name = _string(data, "relation", path)
    relation = relations.get(name)
    if relation is None:
        try:
            relation = lookup_relation(name)
        except TimelineError as error:
            raise TimelineFormatError(f"{path}.relation", str(error)) from None
    evidence = _string(data, "evidence", path, optional=True)
    inferred = _flag(data, "inferred", path)
    # Missing in files written before links kept where their evidence is.
    evidence_span = _span(data.get("evidence_span"), f"{path}.evidence_span")
    possible = _flag(data, "possible", path)
    try:
        return Link(ends[0], relation, ends[1], evidence, inferred, evidence_span, possible)
    except TimelineError as error:
        raise TimelineFormatError(path, str(error)) from None
