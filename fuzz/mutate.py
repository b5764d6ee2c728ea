"""A plain mutation engine: seeds, cut and spliced at random, straight into the entry points.

Hypothesis builds each input from strategies, which explores structure well but costs a
millisecond or more an input. This engine starts from valid inputs (the bundled story, its
timeline's JSON and TimeML, and any .tml/.txt files under ``--seeds DIR``, read at run time)
and applies byte-level mutations: flips, cuts, repeats, splices of two seeds, and insertions
of the characters and fragments that broke things before (line separators, calendar edges,
DTD declarations, deep nesting). Many more inputs a second, shallower ones: the two engines
complement each other.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import targets

import timeline
from timeline import timeml

FRAGMENTS = [
    b"\r", b"\r\n", b"\x0b", b"\x0c", "\u2028".encode(), "\u2029".encode(), "\x85".encode(),
    b"9999-12-31", b"0001-01-01", b"31.12.9999", b"Dec. 31, 9999", b"late Sunday", b"next week",
    b"1:59 a.m.", b"[" * 50, b"{" * 50, b"9" * 5000, b"<!DOCTYPE TimeML [",
    b"<!ATTLIST TEXT a CDATA 'x'>",
    b"<!ENTITY e 'x'>", b"&e;", b"&#0;", b"&#x10FFFF;", b"]]>", b"<![CDATA[", b"\xff\xfe", b"\x00",
    b'encoding="utf-7"', b'encoding="x-nonexistent"', b"[Europe/London]", b"[Mars/Base]",
    b"+14:00", b"-23:59:59.999999", b'"kind": ""', b'"grain": "DAY"', b"<TIMEX3 ", b"</TEXT>",
]  # fmt: skip
PUBLICATIONS: list[date | None] = [
    None, date(2017, 9, 25), date(9999, 12, 30), date(9999, 12, 31), date(1, 1, 1),
    datetime(2017, 3, 26, 1, 30, tzinfo=ZoneInfo("Europe/London")),
    datetime(2011, 12, 30, 12, tzinfo=ZoneInfo("Pacific/Apia")),
    datetime(2017, 10, 29, 1, 30, fold=1, tzinfo=ZoneInfo("Europe/London")),
    datetime(1, 1, 1, 12, tzinfo=timezone(timedelta(hours=14))),
    datetime(9999, 12, 31, 20, tzinfo=timezone(-timedelta(hours=3))),
    datetime(2017, 9, 25, tzinfo=timezone(timedelta(hours=5, seconds=7, microseconds=3))),
    datetime(2017, 9, 25, 9, tzinfo=UTC),
]  # fmt: skip


def seeds(directory: Path | None) -> dict[str, list[bytes]]:
    from timeline._demo import PUBLISHED, demo_timeline, story

    text = story()
    found = timeline.tag(text, PUBLISHED)
    document = timeml.to_string(timeml.Document.from_timexes(text, found, published=PUBLISHED))
    texts = [text.encode(), *(phrase.encode() for phrase in targets.PHRASES)]
    markup = [document.encode()]
    if directory is not None:
        for path in sorted(directory.rglob("*"))[:2000]:
            if path.suffix == ".tml":
                markup.append(path.read_bytes())
            elif path.suffix == ".txt":
                texts.append(path.read_bytes()[:20_000])
    return {
        "text": texts,
        "markup": markup,
        "json": [demo_timeline(text).to_json().encode()],
    }


def mutate(chance: random.Random, data: bytes, others: list[bytes]) -> bytes:
    for _ in range(chance.randint(1, 6)):
        at = chance.randint(0, len(data))
        kind = chance.randrange(6)
        if kind == 0 and data:
            data = data[:at] + bytes([chance.randrange(256)]) + data[at + 1 :]
        elif kind == 1:
            data = data[:at] + data[at + chance.randint(1, 64) :]
        elif kind == 2:
            data = data[:at] + chance.choice(FRAGMENTS) + data[at:]
        elif kind == 3:
            piece = data[at : at + chance.randint(1, 200)]
            data = data[:at] + piece * chance.randint(2, 20) + data[at:]
        elif kind == 4:
            other = chance.choice(others)
            cut = chance.randint(0, len(other))
            data = data[:at] + other[cut : cut + chance.randint(1, 500)]
        else:
            data = data[:at] + bytes(chance.randrange(256) for _ in range(4)) + data[at:]
    return data[:200_000]


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def run_mutations(
    names: list[str], seconds: float, seed_directory: Path | None, record: Callable[..., None]
) -> None:
    import time

    chance = random.Random(13)
    corpus = seeds(seed_directory)
    calls: dict[str, tuple[str, Callable[[bytes], None]]] = {
        "resolve": ("text", lambda data: _resolve(_text(data)[:200], chance)),
        "tag": ("text", lambda data: _tag(_text(data), chance)),
        "timeml_parse": ("markup", _parse),
        "from_json": ("json", _from_json),
        "timeline_operations": ("json", _operations),
    }
    chosen = [name for name in names if name in calls]
    deadline = time.monotonic() + seconds
    reported = time.monotonic()
    while time.monotonic() < deadline:
        name = chance.choice(chosen)
        kind, call = calls[name]
        data = mutate(chance, chance.choice(corpus[kind]), corpus[kind])
        targets._count(f"{name} (mutations)", len(data))
        try:
            call(data)
        except BaseException as error:  # findings: anything outside our family
            if isinstance(error, KeyboardInterrupt):
                raise
            error.add_note(f"input: {data[:600]!r}")
            record(f"{name} (mutations)", error)
        finally:
            targets._done(name)
        if time.monotonic() >= reported + 60:
            reported = time.monotonic()
            print(f"PROGRESS {dict(targets.EXECUTIONS)}", flush=True)


def _resolve(text: str, chance: random.Random) -> None:
    published = chance.choice(PUBLICATIONS) or date(2017, 9, 25)
    with contextlib.suppress(timeline.TimelineError):
        timeline.resolve(text, published, reference=chance.choice(PUBLICATIONS))


def _tag(text: str, chance: random.Random) -> None:
    try:
        found = timeline.tag(text, chance.choice(PUBLICATIONS))
    except timeline.InvalidValueError as error:
        if "published" not in str(error):
            raise
        return
    targets._check_found(text, found)


def _parse(data: bytes) -> None:
    try:
        document = timeml.parse(data)
    except timeline.TimelineError:
        return
    again = timeml.parse(timeml.to_string(document))
    assert document.text == again.text
    document.published  # noqa: B018 - reading it must not raise


def _from_json(data: bytes) -> None:
    try:
        story = timeline.Timeline.from_json(data)
    except timeline.TimelineError:
        return
    again = timeline.Timeline.from_json(story.to_json())
    assert story.to_json() == again.to_json()
    assert len(story.ordered()) == len(story)


def _operations(data: bytes) -> None:
    try:
        story = timeline.Timeline.from_json(data)
    except timeline.TimelineError:
        return
    ids = [event.id for event in story]
    for event in ids:
        story.bounds(event)
    story.conflicts()
    story.chains()
    before = story.to_json()
    try:
        story.add("x", "the following day" if story.published else None, id=ids[0] if ids else None)
    except timeline.TimelineError:
        assert before == story.to_json(), "add failed half done"
