"""Reading, writing and re-tagging TimeML, and refusing hostile XML."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import timeline
from timeline import Mod, Timex, TimexType, timeml
from timeline.timeml import Document, TimeMLError, TimexElement

STORY = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<!-- a short wire story, written for these tests -->
<DOCID>harbour_strike</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-09-25"
  functionInDocument="CREATION_TIME">Sept. 25, 2017</TIMEX3></DCT>
<TEXT>Dock workers <EVENT eid="e1" class="OCCURRENCE">strike</EVENT> in Rotterdam
<TIMEX3 tid="t1" type="DATE" value="2017-09-25"
  functionInDocument="CREATION_TIME">September 25, 2017</TIMEX3>
Crane operators at the port <EVENT eid="e2" class="OCCURRENCE">walked out</EVENT> <TIMEX3
  tid="t2" type="DATE" value="2017-09-24" mod="END" anchorTimeID="t0">late Sunday</TIMEX3> \
&amp; said the stoppage would last <TIMEX3 tid="t3" type="DURATION" value="P3D"
  beginPoint="t2" endPoint="t9">three days</TIMEX3>.
Talks are due to resume <TIMEX3 tid="t4" type="DATE" value="2017-W40"
  anchorTimeID="t0">next week</TIMEX3>, a union spokeswoman &lt;said&gt;.</TEXT>
<TIMEX3 tid="t9" type="DATE" value="2017-09-27" anchorTimeID="t0" functionInDocument="NONE"/>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2"/>
<CLINK lid="l2" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
</TimeML>
"""

STORY_TEXT = (
    "Dock workers strike in Rotterdam\n"
    "September 25, 2017\n"
    "Crane operators at the port walked out late Sunday & said the stoppage would last "
    "three days.\n"
    "Talks are due to resume next week, a union spokeswoman <said>."
)


def _story() -> Document:
    return timeml.parse(STORY)


# --------------------------------------------------------------------------- reading


def test_plain_text_is_the_text_of_TEXT_without_inner_tags() -> None:
    assert STORY_TEXT == _story().text


def test_timexes_have_spans_into_the_plain_text() -> None:
    document = _story()
    expected = [
        ("September 25, 2017", "September 25, 2017"),
        ("late Sunday", "late Sunday"),
        ("three days", "three days"),
        ("next week", "next week"),
    ]
    actual = [
        (element.timex.text, document.text[slice(*element.timex.span)])  # type: ignore[misc]
        for element in document.timexes
    ]
    assert expected == actual
    assert (91, 102) == document.timexes[1].timex.span


def test_timex_attributes_are_typed_and_kept_raw() -> None:
    late_sunday = _story().timexes[1]
    assert "t2" == late_sunday.tid
    assert TimexType.DATE == late_sunday.timex.type
    assert "2017-09-24" == late_sunday.timex.value
    assert Mod.END == late_sunday.timex.mod
    assert "t0" == late_sunday.anchor_time_id
    assert (
        ("tid", "t2"),
        ("type", "DATE"),
        ("value", "2017-09-24"),
        ("mod", "END"),
        ("anchorTimeID", "t0"),
    ) == late_sunday.attributes
    assert "t9" == _story().timexes[2].attribute("endPoint")


def test_dct_and_timexes_outside_text() -> None:
    document = _story()
    assert document.dct is not None
    assert ("t0", "Sept. 25, 2017", "CREATION_TIME") == (
        document.dct.tid,
        document.dct.timex.text,
        document.dct.function_in_document,
    )
    assert date(2017, 9, 25) == document.published
    assert "harbour_strike" == document.doc_id
    [outside] = document.timexes_outside_text
    assert ("t9", "", None) == (outside.tid, outside.timex.text, outside.timex.span)


def test_events_instances_and_links() -> None:
    document = _story()
    assert [
        ("e1", "OCCURRENCE", "strike", (13, 19)),
        ("e2", "OCCURRENCE", "walked out", (80, 90)),
    ] == [(event.eid, event.event_class, event.text, event.span) for event in document.events]
    assert [("ei1", "e1"), ("ei2", "e2")] == [
        (instance.eiid, instance.event_id) for instance in document.instances
    ]
    [tlink] = document.temporal_links
    assert ("l1", "ei2", "IS_INCLUDED", "t2") == (
        tlink.lid,
        tlink.source,
        tlink.rel_type,
        tlink.target,
    )
    [clink] = document.causal_links
    assert ("l2", "ei2", "ei1") == (clink.lid, clink.source, clink.target)


def test_malformed_values_are_read_as_written() -> None:
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="03-02-2009" '
        'functionInDocument="CREATION_TIME">Feb. 3</TIMEX3></DCT><TEXT>Sales fell '
        '<TIMEX3 tid="t1" type="DURATION" value="PY5">in five years</TIMEX3>.</TEXT></TimeML>'
    )
    document = timeml.parse(markup)
    assert "PY5" == document.timexes[0].timex.value
    assert document.dct is not None
    assert "03-02-2009" == document.dct.timex.value
    assert document.published is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-09-25", date(2017, 9, 25)),
        ("2017-09-25TMO", date(2017, 9, 25)),
        ("2017-09-25T14:30", datetime(2017, 9, 25, 14, 30, tzinfo=UTC)),
        ("2017-09", None),
        ("PRESENT_REF", None),
        ("XXXX-XX-XX", None),
        ("25/09/2017", None),
    ],
)
def test_published_is_a_day_or_a_moment(value: str, expected: date | None) -> None:
    dct = TimexElement.of(Timex(value, "DATE", value), "t0")
    assert expected == Document("", dct=dct).published


def test_without_dct_element_a_creation_time_timex_is_the_dct() -> None:
    markup = (
        '<TimeML><TEXT><TIMEX3 tid="t1" type="DATE" value="2005-04-27" '
        'functionInDocument="CREATION_TIME">April 27, 2005</TIMEX3> Jet flies.</TEXT></TimeML>'
    )
    document = timeml.parse(markup)
    assert document.dct is not None
    assert document.dct == document.timexes[0]
    assert date(2005, 4, 27) == document.published


def test_no_creation_time_means_no_dct() -> None:
    document = timeml.parse("<TimeML><TEXT>Nothing dated.</TEXT></TimeML>")
    assert (None, None) == (document.dct, document.published)


def test_nested_events_and_timexes_share_offsets() -> None:
    markup = (
        '<TimeML><TEXT>A <EVENT eid="e1">test <EVENT eid="e2">flight</EVENT></EVENT> '
        '<SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2007-09-01">'
        "Saturday</TIMEX3></TEXT></TimeML>"
    )
    document = timeml.parse(markup)
    assert "A test flight on Saturday" == document.text
    assert [(2, 13), (7, 13)] == [event.span for event in document.events]
    assert (17, 25) == document.timexes[0].timex.span


def test_whitespace_entities_cdata_and_comments() -> None:
    markup = (
        "<TimeML><TEXT>\n  Line one\t&#x263A;\r\n<![CDATA[a <b> & c]]><!-- gone -->"
        "&#13;end\n</TEXT></TimeML>"
    )
    # XML turns a raw CR LF into LF; a character reference keeps a CR.
    assert "\n  Line one\t\u263a\na <b> & c\rend\n" == timeml.parse(markup).text


def test_type_and_mod_are_read_case_insensitively() -> None:
    markup = (
        '<TimeML><TEXT><TIMEX3 tid="t1" type="date" value="2017" mod=" approx ">'
        "about 2017</TIMEX3></TEXT></TimeML>"
    )
    timex = timeml.parse(markup).timexes[0].timex
    assert (TimexType.DATE, Mod.APPROX) == (timex.type, timex.mod)


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ('type="MOMENT" value="2017"', "<string>:2:14: TIMEX3 't1': expected type one of"),
        ('value="2017"', "<string>:2:14: TIMEX3 't1' has no type"),
        ('type="DATE" value="2017" mod="SOONISH"', "<string>:2:14: TIMEX3 't1': expected mod"),
    ],
)
def test_unknown_type_or_mod_is_an_error_with_line(attributes: str, message: str) -> None:
    markup = f'<TimeML>\n<TEXT>Prices <TIMEX3 tid="t1" {attributes}>then</TIMEX3></TEXT></TimeML>'
    with pytest.raises(TimeMLError) as caught:
        timeml.parse(markup)
    assert str(caught.value).startswith(message)
    assert (2, 14) == (caught.value.line, caught.value.column)


def test_read_names_the_file_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML>\n<TEXT>Markets <b>fell</TEXT>\n</TimeML>", encoding="utf-8")
    with pytest.raises(TimeMLError) as caught:
        timeml.read(path)
    assert f"{path}:2:24: malformed XML: mismatched tag" == str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, timeline.TimelineError)


def test_read_from_path(tmp_path: Path) -> None:
    path = tmp_path / "story.tml"
    path.write_bytes(STORY.encode("utf-8"))
    assert _story() == timeml.read(path)


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<TimeML><DOCID>x</DOCID></TimeML>", "<string>: expected a TEXT element, found none"),
        (
            "<TimeML><TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>",
            "<string>:2:1: expected one TEXT element, found another one (the first is on line 1)",
        ),
        ("", "<string>:1:1: malformed XML: no element found"),
        ("<TimeML><TEXT>a & b</TEXT></TimeML>", "<string>:1:18: malformed XML: not well-formed"),
    ],
)
def test_malformed_documents(markup: str, message: str) -> None:
    with pytest.raises(TimeMLError) as caught:
        timeml.parse(markup)
    assert str(caught.value).startswith(message)


def test_bytes_in_their_declared_encoding() -> None:
    markup = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>Caf\xe9 opens</TEXT></TimeML>'
    )
    assert "Caf\xe9 opens" == timeml.parse(markup.encode("latin-1")).text
    utf16 = '<?xml version="1.0" encoding="UTF-16"?><TimeML><TEXT>\u20ac5bn</TEXT></TimeML>'
    assert "\u20ac5bn" == timeml.parse(utf16.encode("utf-16")).text


# --------------------------------------------------------------------------- hostile XML

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE TimeML [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TimeML><TEXT>&lol9;</TEXT></TimeML>
"""

HOSTILE = {
    "billion laughs": (BILLION_LAUGHS, "<string>:3:15: entity declarations are not allowed"),
    "quadratic blowup": (
        '<!DOCTYPE TimeML [<!ENTITY a "'
        + "x" * 50_000
        + '">]>\n<TimeML><TEXT>'
        + "&a;" * 50_000
        + "</TEXT></TimeML>",
        "<string>:1:30: entity declarations are not allowed (declaration of 'a')",
    ),
    "external entity": (
        '<!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        "<TimeML><TEXT>&secret;</TEXT></TimeML>",
        "<string>:1:62: entity declarations are not allowed (declaration of 'secret')",
    ),
    "parameter entity": (
        '<!DOCTYPE TimeML [<!ENTITY % remote SYSTEM "http://example.com/x.dtd"> %remote;]>\n'
        "<TimeML><TEXT>x</TEXT></TimeML>",
        "<string>:1:70: entity declarations are not allowed (declaration of 'remote')",
    ),
    "unparsed entity": (
        '<!DOCTYPE TimeML [<!ENTITY logo SYSTEM "logo.gif" NDATA gif>]>\n'
        "<TimeML><TEXT>x</TEXT></TimeML>",
        "<string>:1:57: entity declarations are not allowed (unparsed entity 'logo')",
    ),
    "external DTD with an entity it would define": (
        '<!DOCTYPE TimeML SYSTEM "http://example.com/timeml.dtd">\n'
        "<TimeML><TEXT>caf&eacute;</TEXT></TimeML>",
        "<string>:2:18: unknown entity &eacute;",
    ),
    "undefined entity": (
        "<TimeML><TEXT>Oil &nbsp; prices</TEXT></TimeML>",
        "<string>:1:19: malformed XML: undefined entity",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_xml_is_refused_quickly(case: str) -> None:
    markup, message = HOSTILE[case]
    began = time.perf_counter()
    with pytest.raises(TimeMLError) as caught:
        timeml.parse(markup)
    assert str(caught.value).startswith(message)
    # Generous bound: the point is no expansion and no fetch, which would take far longer.
    assert time.perf_counter() - began < 2


def test_a_doctype_without_declarations_is_fine() -> None:
    markup = '<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML><TEXT>Fine &amp; dry.</TEXT></TimeML>'
    assert "Fine & dry." == timeml.parse(markup).text


def test_deep_nesting_is_read_without_recursion() -> None:
    depth = 100_000
    markup = "<TimeML><TEXT>" + "<b>" * depth + "x" + "</b>" * depth + "</TEXT></TimeML>"
    assert "x" == timeml.parse(markup).text


def test_non_markup_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expected TimeML markup as str or bytes, got int"):
        timeml.parse(42)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- writing


def test_to_string_writes_inline_timexes_and_the_dct() -> None:
    text = "Rates rose 0.25 points <today> & will hold\r\nuntil March."
    timexes = [
        Timex("March", "DATE", "2018-03", span=(50, 55)),
        Timex("today", "DATE", "2017-09-25", span=(24, 29)),
    ]
    document = Document.from_timexes(
        text, timexes, published=datetime(2017, 9, 25, 8, tzinfo=UTC), doc_id="rates"
    )
    expected = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<TimeML>\n"
        "<DOCID>rates</DOCID>\n"
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2017-09-25" '
        'functionInDocument="CREATION_TIME">2017-09-25</TIMEX3></DCT>\n'
        '<TEXT>Rates rose 0.25 points &lt;<TIMEX3 tid="t1" type="DATE" value="2017-09-25">'
        "today</TIMEX3>&gt; &amp; will hold&#13;\nuntil "
        '<TIMEX3 tid="t2" type="DATE" value="2018-03">March</TIMEX3>.</TEXT>\n'
        "</TimeML>\n"
    )
    assert expected == timeml.to_string(document)
    assert text == timeml.parse(timeml.to_string(document)).text


def test_written_attributes_keep_raw_ones_and_escape_them() -> None:
    timex = Timex("every Friday", "SET", "XXXX-WXX-5", quant="EVERY", freq="1W", span=(0, 12))
    element = TimexElement.of(timex, "t4", comment='said "weekly" <b>\n')
    document = Document("every Friday", (element,))
    written = timeml.to_string(document)
    assert (
        '<TIMEX3 tid="t4" type="SET" value="XXXX-WXX-5" quant="EVERY" freq="1W" '
        'comment="said &quot;weekly&quot; &lt;b&gt;&#10;">every Friday</TIMEX3>'
    ) in written
    assert element == timeml.parse(written).timexes[0]


def test_typed_fields_win_over_raw_attributes() -> None:
    stale = (("value", "2017-09-24"), ("mod", "END"), ("anchorTimeID", "t0"), ("tid", "t7"))
    element = TimexElement(Timex("Sunday", "DATE", "2017-09-17", span=(0, 6)), "t3", stale)
    written = timeml.to_string(Document("Sunday", (element,)))
    assert '<TIMEX3 type="DATE" value="2017-09-17" anchorTimeID="t0" tid="t3">' in written


def test_nested_and_empty_elements_are_written_so_they_read_back() -> None:
    text = "the past three days"
    timexes = [
        Timex("the past three days", "DURATION", "P3D", span=(0, 19)),
        Timex("three days", "DURATION", "P3D", span=(9, 19)),
        Timex("", "DATE", "2017-09-22", span=(19, 19)),
    ]
    document = Document.from_timexes(text, timexes)
    again = timeml.parse(timeml.to_string(document))
    assert document.timexes == again.timexes


def test_document_round_trip_with_events_and_links() -> None:
    document = _story()
    again = timeml.parse(timeml.to_string(document))
    assert document.text == again.text
    assert document.timexes == again.timexes
    assert document.events == again.events
    assert document.dct == again.dct
    assert (document.instances, document.temporal_links, document.causal_links) == (
        again.instances,
        again.temporal_links,
        again.causal_links,
    )
    assert document.timexes_outside_text == again.timexes_outside_text


def test_crossing_spans_cannot_be_written() -> None:
    timexes = [
        Timex("late Sunday", "DATE", "2017-09-24", span=(0, 11)),
        Timex("Sunday night", "TIME", "2017-09-24TNI", span=(5, 17)),
    ]
    document = Document.from_timexes("late Sunday night", timexes)
    with pytest.raises(
        TimeMLError, match=r"cannot write TIMEX3 't2' at 5-17: it crosses TIMEX3 't1' at 0-11"
    ):
        timeml.to_string(document)


def test_characters_xml_cannot_carry_are_refused() -> None:
    document = Document("bell\x07 rang")
    with pytest.raises(
        TimeMLError, match=r"character U\+0007 at offset 4 is not allowed in XML 1.0"
    ):
        timeml.to_string(document)


def test_write_to_a_file(tmp_path: Path) -> None:
    path = tmp_path / "out.tml"
    document = _story()
    timeml.write(path, document)
    assert document.timexes == timeml.read(path).timexes


@pytest.mark.parametrize(
    ("timexes", "message"),
    [
        ([Timex("Monday", "DATE", "2017-09-25")], "expected every timex to have a span"),
        ([Timex("Monday", "DATE", "2017-09-25", span=(0, 6))], "expected text\\[0:6\\] to be"),
        ([Timex("Monday", "DATE", "2017-09-25", span=(40, 46))], "expected spans inside the text"),
    ],
)
def test_from_timexes_checks_spans(timexes: list[Timex], message: str) -> None:
    with pytest.raises(timeline.InvalidValueError, match=message):
        Document.from_timexes("Talks resume on Monday.", timexes)


def test_records_validate_their_fields() -> None:
    with pytest.raises(timeline.InvalidTypeError, match="expected a tuple of"):
        TimexElement(Timex("x", "DATE", "2017"), "t1", (("tid", 1),))  # type: ignore[arg-type]
    with pytest.raises(timeline.InvalidValueError, match=r"EventMention\.span"):
        timeml.EventMention("said", (5, 2))


# --------------------------------------------------------------------------- retag


def test_retag_replaces_only_what_is_inside_text() -> None:
    monday = STORY_TEXT.index("next week")
    timexes = [
        Timex("next week", "DATE", "2017-W40", span=(monday, monday + 9)),
        Timex("Sunday", "DATE", "2017-09-24", span=(96, 102)),
    ]
    retagged = timeml.retag(STORY, timexes)
    head, _, rest = STORY.partition("<TEXT>")
    _, _, tail = rest.partition("</TEXT>")
    assert retagged.startswith(head + "<TEXT>")
    assert retagged.endswith("</TEXT>" + tail)
    document = timeml.parse(retagged)
    assert STORY_TEXT == document.text
    assert document.events == ()
    # t0 (the DCT) and t9 (outside TEXT) are taken, so the new tids skip them.
    assert [("t1", "Sunday", "2017-09-24"), ("t2", "next week", "2017-W40")] == [
        (e.tid, e.timex.text, e.timex.value) for e in document.timexes
    ]


def test_retag_numbers_around_tids_in_use() -> None:
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t1" type="DATE" value="2017-09-25" '
        'functionInDocument="CREATION_TIME">today</TIMEX3></DCT><TEXT>May 1 and June 2</TEXT>'
        '<TIMEX3 tid="t2" type="DATE" value="2017-01-01"/></TimeML>'
    )
    timexes = [
        Timex("May 1", "DATE", "2017-05-01", span=(0, 5)),
        Timex("June 2", "DATE", "2017-06-02", span=(10, 16)),
    ]
    assert ["t3", "t4"] == [e.tid for e in timeml.parse(timeml.retag(markup, timexes)).timexes]


def test_retag_bytes_keeps_their_encoding_and_line_endings() -> None:
    markup = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<TimeML>\r\n<TEXT a=">">Caf\xe9 '
        'closes <TIMEX3 tid="t1" type="DATE" value="2017">2017</TIMEX3> \u2014 '
        "on Friday</TEXT>\r\n</TimeML>\r\n"
    ).replace("\u2014", "&#8212;")
    data = markup.encode("latin-1")
    friday = Timex("Friday", "DATE", "2017-09-29", span=(22, 28))
    retagged = timeml.retag(data, [friday])
    assert isinstance(retagged, bytes)
    assert retagged.startswith(data[: data.index(b"<TEXT")])
    assert retagged.endswith(b"</TEXT>\r\n</TimeML>\r\n")
    assert b'<TEXT a=">">Caf\xe9 closes 2017 &#8212; on <TIMEX3 tid="t1"' in retagged
    document = timeml.parse(retagged)
    assert "Caf\xe9 closes 2017 \u2014 on Friday" == document.text
    assert [friday] == [e.timex for e in document.timexes]


def test_retag_opens_an_empty_text_element() -> None:
    retagged = timeml.retag("<TimeML><TEXT /></TimeML>", [])
    assert "<TimeML><TEXT></TEXT></TimeML>" == retagged


def test_retag_refuses_what_it_cannot_splice() -> None:
    utf16 = "<TimeML><TEXT>x</TEXT></TimeML>".encode("utf-16")
    with pytest.raises(TimeMLError, match="convert it to UTF-8"):
        timeml.retag(utf16, [])
    with pytest.raises(timeline.InvalidValueError, match="expected text"):
        timeml.retag(STORY, [Timex("Monday", "DATE", "2017-09-25", span=(0, 6))])


def test_retag_keeps_a_byte_order_mark() -> None:
    data = b'\xef\xbb\xbf<?xml version="1.0"?><TimeML><TEXT>Monday</TEXT></TimeML>'
    monday = Timex("Monday", "DATE", "XXXX-WXX-1", span=(0, 6))
    retagged = timeml.retag(data, [monday])
    assert retagged.startswith(b'\xef\xbb\xbf<?xml version="1.0"?><TimeML><TEXT><TIMEX3 ')
    assert [monday] == [e.timex for e in timeml.parse(retagged).timexes]


def test_a_str_is_read_as_itself_whatever_its_declaration_says() -> None:
    markup = '<?xml version="1.0" encoding="UTF-16"?><TimeML><TEXT>Caf\xe9</TEXT></TimeML>'
    assert "Caf\xe9" == timeml.parse(markup).text
