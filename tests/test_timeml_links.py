"""TLINK, SLINK and CLINK writing: each element's exact form and direction, ids that never
collide, a document's own links kept, and what cannot be written said out loud."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import InvalidValueError, Timeline, extract, timeml
from timeline._cli import main
from timeline._extract._timeml_links import link_tags
from timeline.timeml import (
    CausalLink,
    Document,
    EventTag,
    LinkTag,
    SubordinationLink,
    TemporalLink,
    event_elements,
)

PUBLISHED = "2021-03-04"


def _every_link(
    document: Document,
) -> list[TemporalLink | SubordinationLink | CausalLink]:
    return [*document.temporal_links, *document.subordination_links, *document.causal_links]


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def _tagged(text: str) -> tuple[Document, dict[str, str]]:
    """`text` through ``tag --format timeml --events``, read back, and each instance's
    trigger word by eiid."""
    document = timeml.parse(_markup(text))
    words = {event.eid: event.text for event in document.events}
    return document, {i.eiid or "": words[i.event_id] for i in document.instances}


def _markup(text: str) -> str:
    story = extract(text, PUBLISHED)
    from timeline._cli._common import Report
    from timeline._cli._events import timeml_with_events
    from timeline._tagging import tag

    assert story.links, "the example must give a link"
    return timeml_with_events(text, tag(text, PUBLISHED), None, Report("tag"), "<test>")


def _said(document: Document, words: dict[str, str]) -> set[tuple[str, str | None, str, str]]:
    """Every link of `document` as (element, relType, first word, second word)."""
    found: set[tuple[str, str | None, str, str]] = set()
    for name, links in (
        ("TLINK", document.temporal_links),
        ("SLINK", document.subordination_links),
        ("CLINK", document.causal_links),
    ):
        for link in links:
            assert link.source is not None
            assert link.target is not None
            found.add((name, link.attribute("relType"), words[link.source], words[link.target]))
    return found


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A CLINK runs from the cause to the effect, whichever order the sentence says them.
        ("An explosion caused a fire at the mill.", ("CLINK", None, "explosion", "fire")),
        ("The fire was caused by an explosion.", ("CLINK", None, "explosion", "fire")),
        (
            "The club cancelled the match because of the storm.",
            ("CLINK", None, "storm", "cancelled"),
        ),
        # An SLINK runs from the speech to what it tells.
        (
            "The bridge collapsed on Sunday, engineers said.",
            ("SLINK", "EVIDENTIAL", "said", "collapsed"),
        ),
        (
            "The firm denied that it had leaked the data.",
            ("SLINK", "NEG_EVIDENTIAL", "denied", "leaked"),
        ),
        ("The drivers threatened to walk out.", ("SLINK", "MODAL", "threatened", "walk out")),
        # A response is AFTER what it answers; "after" and "before" keep the sentence's order.
        ("Guards sealed the gate in response to the riot.", ("TLINK", "AFTER", "sealed", "riot")),
        (
            "The rebels shelled the port in retaliation for the raid.",
            ("TLINK", "AFTER", "shelled", "raid"),
        ),
        ("The match ended after the referee fell.", ("TLINK", "AFTER", "ended", "fell")),
        ("The fog lifted before the ferry sailed.", ("TLINK", "BEFORE", "lifted", "sailed")),
    ],
)
def test_each_link_is_written_as_timeml_reads_it(
    text: str, expected: tuple[str, str | None, str, str]
) -> None:
    document, words = _tagged(text)
    assert expected in _said(document, words)


def test_a_link_is_written_exactly_after_the_instances() -> None:
    lines = _markup("Looters stormed the depot, the governor said.").splitlines()
    assert lines[-2:] == [
        '<SLINK lid="l1" relType="EVIDENTIAL" eventInstanceID="ei2" '
        'subordinatedEventInstance="ei1"/>',
        "</TimeML>",
    ]
    assert lines[-3].startswith('<MAKEINSTANCE eiid="ei2" eventID="e2"')


def test_an_aim_is_written_as_the_effect_of_the_act_done_for_it() -> None:
    # Our "motivates" runs from the aim to the act; the CLINK of a purpose runs from the act
    # to the aim it is done for, so the ends are turned round.
    text = "Nurses rallied to win a raise."
    document, words = _tagged(text)
    assert ("CLINK", None, "rallied", "win") in _said(document, words)
    story = Timeline(published=PUBLISHED)
    story.add("win a raise", None, id="aim", span=_span(text, "win"))
    story.add("Nurses rallied", None, id="act", span=_span(text, "rallied"))
    story.link("aim", "motivates", "act")
    expected = LinkTag("CLINK", _span(text, "rallied"), _span(text, "win"), label="motivates")
    assert ([expected], []) == link_tags(story)


def test_a_relation_timeml_has_no_link_for_is_handed_back() -> None:
    text = "The drought overlapped the harvest."
    story = Timeline(published=PUBLISHED)
    story.add("The drought", None, id="a", span=_span(text, "drought"))
    story.add("the harvest", None, id="b", span=_span(text, "harvest"))
    story.add("a rumour", None, id="c")  # no place in the text
    story.link("a", "overlaps", "b")
    story.link("c", "before", "b")
    tags, unwritten = link_tags(story)
    assert [] == tags
    assert [
        ("overlaps", "TimeML has no link for 'overlaps'"),
        ("before", "one of its events has no place in the text"),
    ] == [(link.relation.name, why) for link, why in unwritten]


def test_a_relation_timeml_cannot_say_is_named_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Vandals wrecked the kiosk, the owner said.\n", encoding="utf-8")
    from timeline._extract._links import timeml_form as real

    def no_slinks(relation: str) -> tuple[str, str | None, bool]:
        if relation == "reports":
            raise InvalidValueError("no such link here")
        return real(relation)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("timeline._extract._timeml_links.timeml_form", no_slinks)
        assert 0 == main(
            ["tag", str(story), "--published", PUBLISHED, "--format", "timeml", "--events"]
        )
    captured = capsys.readouterr()
    assert "<SLINK" not in captured.out
    assert (
        "no TimeML link for 'the owner said' reports 'Vandals wrecked the kiosk': "
        "TimeML has no link for 'reports'"
    ) in captured.err


def test_a_link_whose_event_cannot_be_tagged_is_named_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from timeline import Timex
    from timeline._cli._common import Report
    from timeline._cli._events import events_to_write

    text = "An explosion caused a fire at the mill."
    # A time expression over the trigger "fire" (as if the tagger had read one there).
    over = Timex("fire", "DATE", "2021-03-04", span=_span(text, "fire"))
    found = events_to_write(text, None, [over], Report("tag"), "mill.txt")
    assert ["causes"] == [tag.label for tag in found.links]
    err = capsys.readouterr().err
    assert "mill.txt: no EVENT for 'fire' at 22-26: it overlaps the time expression" in err
    assert (
        "mill.txt: no link for 'explosion' causes 'fire' (CLINK): its second event has no EVENT tag"
    ) in err


def test_a_link_to_an_event_left_out_of_the_markup_is_reported() -> None:
    text = "Gales felled trees and crews cleared roads."
    felled, cleared = _span(text, "felled"), _span(text, "cleared")
    made = event_elements(
        text,
        [EventTag(felled, "OCCURRENCE"), EventTag((7, 10), "OCCURRENCE")],  # overlaps "felled"
        links=[LinkTag("TLINK", felled, cleared, "BEFORE", label="before")],
    )
    assert () == made.temporal_links
    [(tag, why)] = made.dropped_links
    assert "its second event has no EVENT tag" == why
    assert "'felled' before 'cleared' (TLINK BEFORE)" == tag.describe(text)


def test_the_same_link_said_twice_is_written_once() -> None:
    text = "Troops left; aid arrived."
    left, arrived = _span(text, "left"), _span(text, "arrived")
    tags = [EventTag(left, "OCCURRENCE"), EventTag(arrived, "OCCURRENCE")]
    twice = [
        LinkTag("TLINK", arrived, left, "AFTER", label=name) for name in ("after", "responds_to")
    ]
    made = event_elements(text, tags, links=twice)
    assert [
        (
            ("lid", "l1"),
            ("relType", "AFTER"),
            ("eventInstanceID", "ei2"),
            ("relatedToEventInstance", "ei1"),
        )
    ] == [link.attributes for link in made.temporal_links]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ("ALINK", (0, 1), (2, 3)),
            "LinkTag.element: expected one of CLINK, SLINK, TLINK, got 'ALINK'",
        ),
        (("CLINK", (0, 1), (2, 3), "BEFORE"), "expected None for a CLINK"),
        (
            ("SLINK", (0, 1), (2, 3), "AFTER"),
            "expected one of CONDITIONAL, COUNTER_FACTIVE, EVIDENTIAL",
        ),
        (("TLINK", (0, 1), (2, 3), None), "for a TLINK, got None"),
        (("TLINK", (0, 1), (0, 1), "BEFORE"), "expected the span of another event"),
        (("TLINK", (3, 1), (0, 1), "BEFORE"), "LinkTag.first: expected None or (start, end)"),
    ],
)
def test_a_link_tag_that_timeml_cannot_say_is_refused(
    arguments: tuple[object, ...], message: str
) -> None:
    with pytest.raises(InvalidValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        LinkTag(*arguments)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- round trips

STORY = (
    "An explosion caused a fire at the mill on Monday, the police said. "
    "The owners denied that they had ignored warnings. "
    "Workers walked out in response to the fire."
)


def test_what_is_written_is_well_formed_and_reads_back_the_same() -> None:
    markup = _markup(STORY)
    root = ElementTree.fromstring(markup)
    assert {"TLINK", "SLINK", "CLINK"} <= {element.tag for element in root}
    document = timeml.parse(markup)
    assert STORY == document.text
    assert markup == timeml.to_string(document)
    assert all(isinstance(link, SubordinationLink) for link in document.subordination_links)
    assert all(isinstance(link, CausalLink) for link in document.causal_links)


ORIGINAL = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
    "<TEXT>The police said an explosion caused a fire.</TEXT>\n"
    '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" '
    'pos="VERB"/>\n'
    '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>\n'
    '<SLINK lid="l2" relType="EVIDENTIAL" eventInstanceID="ei1" '
    'subordinatedEventInstance="ei9"/>\n'
    '<ALINK lid="l4" relType="INITIATES" eventInstanceID="ei1" relatedToEventInstance="ei9"/>\n'
    "</TimeML>\n"
)


def test_retagging_keeps_the_documents_own_links_and_numbers_past_them() -> None:
    text = timeml.parse(ORIGINAL).text
    said, caused, fire = (_span(text, word) for word in ("said", "caused", "fire"))
    explosion = _span(text, "explosion")
    retagged = timeml.retag(
        ORIGINAL,
        [],
        events=[EventTag(span, "OCCURRENCE") for span in (said, explosion, caused, fire)],
        links=[
            LinkTag("CLINK", explosion, fire, label="causes"),
            LinkTag("SLINK", said, caused, "EVIDENTIAL", label="reports"),
        ],
    )
    for line in ORIGINAL.splitlines()[3:]:
        assert line in retagged.splitlines()
    document = timeml.parse(retagged)
    # New instances and links come right after TEXT, before the document's own.
    assert ["ei2", "ei3", "ei4", "ei5", "ei1"] == [i.eiid for i in document.instances]
    assert [(("lid", "l3"), ("eventInstanceID", "ei3"), ("relatedToEventInstance", "ei5"))] == [
        link.attributes for link in document.causal_links
    ]
    # l4 is the ALINK's: lids are unique across every kind of link.
    assert ["l5", "l2"] == [link.lid for link in document.subordination_links]
    assert ("ei2", "ei4") == (
        document.subordination_links[0].source,
        document.subordination_links[0].target,
    )


def test_tag_directory_with_events_writes_links_and_keeps_the_gold_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    (gold / "mill.tml").write_text(ORIGINAL, encoding="utf-8")
    assert 0 == main(["tag", "--timeml", str(gold), "--out", str(out), "--events"])
    capsys.readouterr()
    written = (out / "mill.tml").read_text(encoding="utf-8")
    document = timeml.parse(written)
    lids = [link.lid for link in _every_link(document)]
    assert len(lids) == len(set(lids))
    assert {"l1", "l2"} <= set(lids)
    assert '<ALINK lid="l4"' in written
    assert any(link.lid not in {"l1", "l2", "l4"} for link in document.causal_links)


# --------------------------------------------------------------------------- properties

_LENGTH = 40
_spans = st.tuples(st.integers(0, _LENGTH - 1), st.integers(1, 4)).map(
    lambda pair: (pair[0], min(_LENGTH, pair[0] + pair[1]))
)
_rel = {"TLINK": ["BEFORE", "AFTER", "IS_INCLUDED"], "SLINK": ["MODAL", "EVIDENTIAL"]}


@st.composite
def _link_tags(draw: st.DrawFn, spans: list[tuple[int, int]]) -> LinkTag:
    element = draw(st.sampled_from(["TLINK", "SLINK", "CLINK"]))
    first = draw(st.sampled_from(spans) | _spans)
    second = draw((st.sampled_from(spans) | _spans).filter(lambda span: span != first))
    rel_type = draw(st.sampled_from(_rel[element])) if element in _rel else None
    return LinkTag(element, first, second, rel_type)


_taken = st.frozensets(
    st.sampled_from([f"{prefix}{n}" for prefix in ("e", "ei", "l") for n in range(1, 6)])
)


@given(st.data(), st.lists(_spans, min_size=2, max_size=8), _taken)
def test_links_name_instances_that_exist_and_their_lids_are_new_and_unique(
    data: st.DataObject, spans: list[tuple[int, int]], taken: frozenset[str]
) -> None:
    text = "x" * _LENGTH
    links = data.draw(st.lists(_link_tags(spans), max_size=8))
    made = event_elements(
        text, [EventTag(s, "OCCURRENCE") for s in spans], links=links, taken=taken
    )
    eiids = {instance.eiid for instance in made.instances}
    written: list[TemporalLink | SubordinationLink | CausalLink] = [
        *made.temporal_links,
        *made.subordination_links,
        *made.causal_links,
    ]
    for link in written:
        assert {link.source, link.target} <= eiids
    lids = [link.lid for link in written]
    assert len(lids) == len(set(lids))
    assert not set(lids) & taken
    # Every link is written, or said to be left out, or said again by one written.
    instanced = {event.span for event in made.events}
    kinds = {(t.element, t.rel_type, t.first, t.second) for t in links}
    kept = {k for k in kinds if k[2] in instanced and k[3] in instanced}
    assert len(kept) == len(written)
    assert {t for t, _ in made.dropped_links} == {
        t for t in links if t.first not in instanced or t.second not in instanced
    }


_old_links = st.lists(
    st.tuples(
        st.sampled_from(["TLINK", "SLINK", "CLINK", "ALINK"]),
        st.sampled_from(["ei1", "ei2", "ei7"]),
        st.sampled_from(["ei3", "ei8"]),
    ),
    max_size=5,
)


@given(st.data(), _old_links, st.lists(_spans, min_size=2, max_size=6))
def test_retagging_a_document_with_links_keeps_every_one_of_them(
    data: st.DataObject,
    old: list[tuple[str, str, str]],
    spans: list[tuple[int, int]],
) -> None:
    second = {"SLINK": "subordinatedEventInstance"}
    lines = [
        f'<{name} lid="l{number}" eventInstanceID="{first}" '
        f'{second.get(name, "relatedToEventInstance")}="{target}"/>'
        for number, (name, first, target) in enumerate(old, 1)
    ]
    original = "<TimeML><TEXT>" + "y" * _LENGTH + "</TEXT>\n" + "\n".join(lines) + "</TimeML>"
    links = data.draw(st.lists(_link_tags(spans), max_size=6))
    retagged = timeml.retag(
        original, [], events=[EventTag(s, "OCCURRENCE") for s in spans], links=links
    )
    assert all(line in retagged for line in lines)
    document = timeml.parse(retagged)
    every = _every_link(document)
    lids = [link.lid for link in every] + [f"l{n}" for n, o in enumerate(old, 1) if o[0] == "ALINK"]
    assert len(lids) == len(set(lids))
    new_instances = {instance.eiid for instance in document.instances}
    old_lids = {f"l{number}" for number in range(1, len(old) + 1)}
    for link in every:
        if link.lid not in old_lids:
            assert {link.source, link.target} <= new_instances


_SENTENCES = [
    "An explosion caused a fire at the mill.",
    "The ferry sank on Friday, the coast guard said.",
    "The firm denied that it had leaked the data.",
    "The drivers threatened to walk out.",
    "Guards sealed the gate in response to the riot.",
    "The match ended after the referee fell.",
    "The fog lifted before the ferry sailed.",
    "The club cancelled the match because of the storm.",
    "Officials blamed the contractor for the collapse.",
]


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5))
def test_a_tagged_story_links_only_instances_it_has(sentences: list[str]) -> None:
    text = " ".join(sentences)
    markup = _markup(text)
    ElementTree.fromstring(markup)
    document = timeml.parse(markup)
    eiids = {instance.eiid for instance in document.instances}
    every = _every_link(document)
    assert every
    for link in every:
        assert {link.source, link.target} <= eiids
    lids = [link.lid for link in every]
    assert len(lids) == len(set(lids))
