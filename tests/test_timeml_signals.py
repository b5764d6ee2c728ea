"""Where a link's cue words are: `Link.evidence_span`, and the SIGNAL and C-SIGNAL elements
TimeML output marks them with, read back as `Document.signals`."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest

import timeline
from timeline import (
    InvalidTypeError,
    InvalidValueError,
    Link,
    Timeline,
    TimelineError,
    TimelineFormatError,
    lookup_relation,
    timeml,
)
from timeline._cli._common import Report
from timeline._cli._events import timeml_with_events
from timeline._extract._timeml_links import link_tags
from timeline._tagging import tag
from timeline.timeml import Document, EventTag, LinkTag, Signal

PUBLISHED = "2022-06-14"


def _markup(text: str) -> str:
    """`text` as ``timeline tag --format timeml --events`` writes it."""
    return timeml_with_events(text, tag(text, PUBLISHED), None, Report("tag"), "<test>")


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _inline(markup: str) -> str:
    return markup.partition("<TEXT>")[2].partition("</TEXT>")[0]


# --------------------------------------------------------------------------- Link


def test_extracted_link_knows_where_its_cue_is() -> None:
    text = "The quarry shut down because of the landslide."
    story = timeline.extract(text, PUBLISHED)
    (link,) = story.links
    assert ("causes", "because of", _span(text, "because of")) == (
        link.relation.name,
        link.evidence,
        link.evidence_span,
    )


def test_link_keeps_its_positional_constructor() -> None:
    link = Link("e2", lookup_relation("after"), "e1", "after", True)
    assert (link.evidence, link.inferred, link.evidence_span) == ("after", True, None)


def test_timeline_link_takes_an_evidence_span() -> None:
    story = Timeline()
    closing = story.add("the quarry shuts")
    slide = story.add("the landslide")
    link = story.link(slide, "causes", closing, evidence="because of", evidence_span=(21, 31))
    assert (21, 31) == story.links[0].evidence_span == link.evidence_span


@pytest.mark.parametrize(
    ("evidence", "span", "error", "words"),
    [
        ("after", [3, 8], InvalidTypeError, "expected None or a (start, end) tuple"),
        ("after", (3.0, 8), InvalidTypeError, "got tuple (3.0, 8)"),
        ("after", (True, 5), InvalidTypeError, "two ints"),
        ("after", (3, 8, 9), InvalidTypeError, "two ints"),
        ("after", (-2, 3), InvalidValueError, "0 <= start < end, got (-2, 3)"),
        ("after", (8, 8), InvalidValueError, "0 <= start < end, got (8, 8)"),
        ("after", (9, 4), InvalidValueError, "0 <= start < end"),
        (None, (3, 8), InvalidValueError, "expected None when the link has no evidence"),
        ("after", (3, 12), InvalidValueError, "'after' (5 characters), got (3, 12) (9 characters)"),
    ],
)
def test_link_refuses_a_bad_evidence_span(
    evidence: str | None, span: object, error: type[TimelineError], words: str
) -> None:
    with pytest.raises(error, match=r"Link\.evidence_span") as raised:
        Link("e1", lookup_relation("after"), "e2", evidence, evidence_span=span)  # type: ignore[arg-type]
    assert words in str(raised.value)
    assert isinstance(raised.value, TimelineError)


def test_evidence_without_a_span_is_fine() -> None:
    assert Link("e1", lookup_relation("reports"), "e2", "said").evidence_span is None


# --------------------------------------------------------------------------- JSON


def test_json_carries_the_evidence_span_and_reads_files_without_one() -> None:
    text = "Crews rebuilt the pier after the gale."
    story = timeline.extract(text, PUBLISHED)
    data = json.loads(story.to_json())
    assert [list(_span(text, "after"))] == [link["evidence_span"] for link in data["links"]]
    assert Timeline.from_json(story.to_json()).links == story.links
    for link in data["links"]:
        del link["evidence_span"]  # as a file written before the field existed
    (old,) = Timeline.from_json(json.dumps(data)).links
    assert ("after", None) == (old.evidence, old.evidence_span)


def test_json_of_a_link_without_evidence_has_no_span_key() -> None:
    story = Timeline()
    first, second = story.add("the gale"), story.add("the pier is rebuilt")
    story.link(second, "after", first)
    assert "evidence_span" not in json.loads(story.to_json())["links"][0]


@pytest.mark.parametrize(
    ("span", "words"),
    [
        ("24-29", "expected null or [start, end]"),
        ([24, 29, 30], "expected null or [start, end] offsets"),
        ([29, 24], "0 <= start < end"),
    ],
)
def test_json_with_a_bad_evidence_span_says_where(span: object, words: str) -> None:
    story = timeline.extract("Crews rebuilt the pier after the gale.", PUBLISHED)
    data = json.loads(story.to_json())
    data["links"][0]["evidence_span"] = span
    with pytest.raises(TimelineFormatError, match=r"links\[0\]") as raised:
        Timeline.from_json(json.dumps(data))
    assert words in str(raised.value)


# --------------------------------------------------------------------------- TimeML out


def test_a_causal_cue_becomes_a_c_signal_the_clink_names() -> None:
    markup = _markup("The quarry shut down because of the landslide.")
    assert '<C-SIGNAL cid="c1">because of</C-SIGNAL>' in _inline(markup)
    (clink,) = [line for line in markup.splitlines() if line.startswith("<CLINK")]
    assert clink.endswith(' c-signalID="c1"/>')


def test_an_after_tlink_names_its_signal() -> None:
    markup = _markup("The ferries sailed again after the harbour reopened.")
    inline = _inline(markup)
    assert '<SIGNAL sid="s1">after</SIGNAL>' in inline
    (tlink,) = [line for line in markup.splitlines() if line.startswith("<TLINK")]
    assert 'relType="AFTER"' in tlink
    assert tlink.endswith(' signalID="s1"/>')


def test_a_said_slink_has_no_signal_as_its_cue_is_the_event() -> None:
    # The reporting verb is the event TimeML marks; a SIGNAL is a word between events.
    markup = _markup("A ranger said that the trail flooded.")
    assert "SIGNAL" not in markup
    (slink,) = [line for line in markup.splitlines() if line.startswith("<SLINK")]
    assert "signalID" not in slink
    assert '<EVENT eid="e1" class="REPORTING">said</EVENT>' in _inline(markup)


def test_an_slink_with_a_cue_of_its_own_names_a_signal() -> None:
    text = "The council vowed to rebuild the pier."
    vowed, rebuild, to = _span(text, "vowed"), _span(text, "rebuild"), _span(text, " to ")
    cue = (to[0] + 1, to[1] - 1)
    made = timeml.event_elements(
        text,
        [EventTag(vowed, "I_ACTION"), EventTag(rebuild, "OCCURRENCE")],
        links=[LinkTag("SLINK", vowed, rebuild, "MODAL", signal=cue)],
    )
    assert [("SIGNAL", "to", "s1")] == [(s.element, s.text, s.signal_id) for s in made.signals]
    assert ("signalID", "s1") == made.subordination_links[0].attributes[-1]


def test_a_cue_overlapping_a_time_expression_gets_no_signal() -> None:
    text = "Three hours after the levee broke, the village flooded."
    story = timeline.extract(text, PUBLISHED)
    assert ["Three hours after"] == [link.evidence for link in story.links]
    markup = _markup(text)
    assert "SIGNAL" not in markup
    assert "signalID" not in markup
    assert "<TLINK" in markup  # the link itself is still written


def test_two_links_with_the_same_cue_share_one_signal() -> None:
    text = "Fans cheered and sang after the final whistle."
    cheered, sang, whistle, after = (
        _span(text, word) for word in ("cheered", "sang", "whistle", "after")
    )
    made = timeml.event_elements(
        text,
        [EventTag(span, "OCCURRENCE") for span in (cheered, sang, whistle)],
        links=[
            LinkTag("TLINK", cheered, whistle, "AFTER", signal=after),
            LinkTag("TLINK", sang, whistle, "AFTER", signal=after),
        ],
    )
    assert [("after", "s1")] == [(s.text, s.signal_id) for s in made.signals]
    assert [link.signal_id for link in made.temporal_links] == ["s1", "s1"]


def test_one_cue_of_a_tlink_and_a_clink_is_a_signal_and_a_c_signal() -> None:
    text = "Shops shut after the riot."
    shut, riot, after = _span(text, "shut"), _span(text, "riot"), _span(text, "after")
    made = timeml.event_elements(
        text,
        [EventTag(shut, "OCCURRENCE"), EventTag(riot, "OCCURRENCE")],
        links=[
            LinkTag("TLINK", shut, riot, "AFTER", signal=after),
            LinkTag("CLINK", riot, shut, signal=after),
        ],
    )
    markup = timeml.to_string(
        Document(
            text,
            events=made.events,
            instances=made.instances,
            temporal_links=made.temporal_links,
            causal_links=made.causal_links,
            signals=made.signals,
        )
    )
    ElementTree.fromstring(markup)
    assert '<C-SIGNAL cid="c1"><SIGNAL sid="s1">after</SIGNAL></C-SIGNAL>' in markup
    back = timeml.parse(markup)
    assert back.signal_for(back.temporal_links[0]) == Signal("after", after, (("sid", "s1"),))
    assert back.signal_for(back.causal_links[0]) == Signal(
        "after", after, (("cid", "c1"),), "C-SIGNAL"
    )


def test_a_link_left_out_leaves_no_signal() -> None:
    text = "Shops shut after the riot."
    shut, riot, after = _span(text, "shut"), _span(text, "riot"), _span(text, "after")
    made = timeml.event_elements(
        text,
        [EventTag(shut, "OCCURRENCE")],  # the riot is not tagged: the link cannot be written
        links=[LinkTag("TLINK", shut, riot, "AFTER", signal=after)],
    )
    assert (made.signals, made.temporal_links) == ((), ())
    assert 1 == len(made.dropped_links)


def test_an_inferred_link_names_no_signal() -> None:
    text = "Lights failed and the match was abandoned."
    story = Timeline()
    failed = story.add("lights failed", span=_span(text, "failed"))
    abandoned = story.add("the match was abandoned", span=_span(text, "abandoned"))
    words = _span(text, "failed and the match was abandoned")
    story.link(
        failed, "causes", abandoned, evidence=text[slice(*words)], evidence_span=words,
        inferred=True,
    )  # fmt: skip
    (tag_,), _ = link_tags(story)
    assert tag_.signal is None


def test_new_signal_ids_skip_those_a_files_own_links_name() -> None:
    original = (
        '<TimeML><TEXT>Shops <SIGNAL sid="s1">later</SIGNAL> shut after the riot.</TEXT>'
        '<TLINK lid="l1" relType="AFTER" eventInstanceID="ei9" relatedToTime="t9" '
        'signalID="s1"/></TimeML>'
    )
    text = timeml.parse(original).text
    shut, riot, after = _span(text, "shut"), _span(text, "riot"), _span(text, "after")
    tagged = timeml.retag(
        original,
        [],
        events=[EventTag(shut, "OCCURRENCE"), EventTag(riot, "OCCURRENCE")],
        links=[LinkTag("TLINK", shut, riot, "AFTER", signal=after)],
    )
    document = timeml.parse(tagged)
    assert [("after", "s2")] == [(s.text, s.signal_id) for s in document.signals]
    # The new TLINK comes right after TEXT, the file's own one after it, as it was.
    assert ["s2", "s1"] == [link.signal_id for link in document.temporal_links]


# --------------------------------------------------------------------------- TimeML in


def test_signals_and_c_signals_are_read_with_the_links_that_name_them() -> None:
    markup = (
        '<TimeML><TEXT>The pier <EVENT eid="e1">closed</EVENT> '
        '<C-SIGNAL cid="c1">owing to</C-SIGNAL> the <EVENT eid="e2">gale</EVENT> and '
        '<EVENT eid="e3">reopened</EVENT> <SIGNAL sid="s1">on</SIGNAL> '
        '<TIMEX3 tid="t1" type="DATE" value="2022-06-13">Monday</TIMEX3>.</TEXT>'
        '<CLINK lid="l1" eventInstanceID="ei2" relatedToEventInstance="ei1" c-signalID="c1"/>'
        '<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t1" '
        'signalID="s1"/>'
        '<SLINK lid="l3" relType="MODAL" eventInstanceID="ei3" subordinatedEventInstance="ei1" '
        'signalID="s7"/></TimeML>'
    )
    document = timeml.parse(markup)
    assert [("C-SIGNAL", "c1", "owing to"), ("SIGNAL", "s1", "on")] == [
        (s.element, s.signal_id, s.text) for s in document.signals
    ]
    for signal in document.signals:
        assert signal.span is not None
        assert document.text[slice(*signal.span)] == signal.text
    clink, tlink = document.causal_links[0], document.temporal_links[0]
    assert ("c1", "s1") == (clink.signal_id, tlink.signal_id)
    assert "owing to" == getattr(document.signal_for(clink), "text", None)
    assert "on" == getattr(document.signal_for(tlink), "text", None)
    # An id no SIGNAL has gives nothing, as does a link that names none.
    assert document.signal_for(document.subordination_links[0]) is None
    assert document.signal_for(timeml.TemporalLink((("lid", "l9"),))) is None
    # Written again, the signals come back as they were.
    assert timeml.parse(timeml.to_string(document)).signals == document.signals


def test_a_signal_must_hold_its_own_words() -> None:
    with pytest.raises(InvalidValueError, match=r"Document\.signals"):
        Document("Shops shut after the riot.", signals=(Signal("before", (11, 16)),))
    with pytest.raises(InvalidValueError, match=r"Signal\.element: expected 'SIGNAL' or"):
        Signal("after", (11, 16), element="CSIGNAL")
