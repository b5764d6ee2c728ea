"""TimeML EVENT and MAKEINSTANCE writing: exact markup, numbering, and what is left out."""

from __future__ import annotations

import pytest

import timeline
from timeline import InvalidValueError, Timex, timeml
from timeline.timeml import Document, EventTag, event_elements, event_tags

TEXT = "Floods shut the port on Monday; pilots said ships & tugs waited."
SHUT = (TEXT.index("shut"), TEXT.index("shut") + 4)
SAID = (TEXT.index("said"), TEXT.index("said") + 4)
WAITED = (TEXT.index("waited"), TEXT.index("waited") + 6)
MONDAY = Timex("Monday", "DATE", "2017-09-25", span=(24, 30))
TAGS = [
    EventTag(SAID, "REPORTING", tense="PAST", pos="VERB"),
    EventTag(SHUT, "OCCURRENCE", tense="PAST", pos="VERB"),
    EventTag(
        WAITED,
        "OCCURRENCE",
        tense="PAST",
        aspect="PROGRESSIVE",
        polarity="NEG",
        modality="would",
        pos="VERB",
    ),
]


def test_events_and_instances_are_written_exactly() -> None:
    document = Document.from_timexes(TEXT, [MONDAY])
    made = event_elements(TEXT, TAGS, timexes=document.timexes)
    markup = timeml.to_string(
        Document(TEXT, document.timexes, events=made.events, instances=made.instances)
    )
    assert markup.splitlines() == [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        '<TEXT>Floods <EVENT eid="e1" class="OCCURRENCE">shut</EVENT> the port on '
        '<TIMEX3 tid="t1" type="DATE" value="2017-09-25">Monday</TIMEX3>; pilots '
        '<EVENT eid="e2" class="REPORTING">said</EVENT> ships &amp; tugs '
        '<EVENT eid="e3" class="OCCURRENCE">waited</EVENT>.</TEXT>',
        '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" '
        'pos="VERB"/>',
        '<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="NONE" polarity="POS" '
        'pos="VERB"/>',
        '<MAKEINSTANCE eiid="ei3" eventID="e3" tense="PAST" aspect="PROGRESSIVE" '
        'polarity="NEG" modality="would" pos="VERB"/>',
        "</TimeML>",
    ]
    again = timeml.parse(markup)
    assert TEXT == again.text
    assert [SHUT, SAID, WAITED] == [event.span for event in again.events]
    assert ["e1", "e2", "e3"] == [instance.event_id for instance in again.instances]


def test_an_event_overlapping_a_timex_or_another_event_is_left_out() -> None:
    document = Document.from_timexes(TEXT, [MONDAY])
    inside = EventTag((25, 28), "OCCURRENCE")  # within "Monday"
    around = EventTag((21, 30), "OCCURRENCE")  # "on Monday" holds the timex
    twice = EventTag((SHUT[0], SHUT[1] + 4), "OCCURRENCE")  # "shut the", after "shut"
    made = event_elements(TEXT, [*TAGS, inside, around, twice], timexes=document.timexes)
    assert [SHUT, SAID, WAITED] == [event.span for event in made.events]
    assert {
        (inside, "it overlaps the time expression 'Monday'"),
        (around, "it overlaps the time expression 'Monday'"),
        (twice, "it overlaps the trigger of an earlier event"),
    } == set(made.dropped)


def test_ids_skip_those_in_use() -> None:
    made = event_elements(TEXT, TAGS, taken=frozenset({"e1", "ei2"}))
    assert ["e3", "e4", "e5"] == [event.eid for event in made.events]
    assert ["ei3", "ei4", "ei5"] == [instance.eiid for instance in made.instances]


def test_retag_writes_events_after_text_and_keeps_the_rest() -> None:
    original = (
        '<TimeML>\n<DOCID>port</DOCID>\n<TEXT>Floods <EVENT eid="e1" class="OTHER">shut'
        "</EVENT> the port on Monday; pilots said ships &amp; tugs waited.</TEXT>\n"
        '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST"/>\n</TimeML>\n'
    )
    retagged = timeml.retag(original, [MONDAY], events=TAGS[:2])
    assert retagged == (
        '<TimeML>\n<DOCID>port</DOCID>\n<TEXT>Floods <EVENT eid="e2" class="OCCURRENCE">shut'
        '</EVENT> the port on <TIMEX3 tid="t1" type="DATE" value="2017-09-25">Monday</TIMEX3>; '
        'pilots <EVENT eid="e3" class="REPORTING">said</EVENT> ships &amp; tugs waited.</TEXT>\n'
        '<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="NONE" polarity="POS" '
        'pos="VERB"/>\n'
        '<MAKEINSTANCE eiid="ei3" eventID="e3" tense="PAST" aspect="NONE" polarity="POS" '
        'pos="VERB"/>\n'
        '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST"/>\n</TimeML>\n'
    )


def test_retag_with_events_opens_an_empty_text() -> None:
    assert "<TimeML><TEXT></TEXT></TimeML>" == timeml.retag(
        "<TimeML><TEXT/></TimeML>", [], events=[]
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"span": (3, 3), "event_class": "OCCURRENCE"}, "at least one character"),
        ({"span": (0, 3), "event_class": ""}, "EventTag.event_class: expected a non-empty str"),
        ({"span": (0, 3), "event_class": "STATE", "tense": "past"}, "EventTag.tense: expected"),
        ({"span": (0, 3), "event_class": "STATE", "polarity": "YES"}, "got 'YES'"),
        ({"span": (0, 3), "event_class": "STATE", "modality": ""}, "EventTag.modality"),
    ],
)
def test_event_tags_validate_their_fields(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        EventTag(**arguments)  # type: ignore[arg-type]


def test_a_span_past_the_text_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="inside the text of 6 characters"):
        event_elements("Floods", [EventTag((0, 9), "OCCURRENCE")])


def test_event_tags_are_the_mentions_extract_finds() -> None:
    text = "Floods closed the port on Monday, pilots said."
    story = timeline_events(text)
    tags = event_tags(text, "2017-09-26")
    assert story == [(tag.span, tag.event_class) for tag in tags]
    shut = next(tag for tag in tags if text[tag.span[0] : tag.span[1]] == "closed")
    said = next(tag for tag in tags if text[tag.span[0] : tag.span[1]] == "said")
    assert ("OCCURRENCE", "PAST", "VERB") == (shut.event_class, shut.tense, shut.pos)
    assert ("REPORTING", "PAST", "VERB") == (said.event_class, said.tense, said.pos)
    # The publication date only dates events; without one the tags are the same.
    assert tags == event_tags(text)


def timeline_events(text: str) -> list[tuple[tuple[int, int] | None, str | None]]:
    return [
        (event.span, None if event.event_class is None else event.event_class.value)
        for event in timeline.extract(text, "2017-09-26").events
    ]
