"""Properties of TimeML reading and writing: round trips, and only our errors on junk."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from timeline import timeml
from timeline.strategies import timeml_documents, xml_texts
from timeline.timeml import Document, TimeMLError


@given(timeml_documents())
def test_write_then_read_gives_the_same_document(document: Document) -> None:
    assert document == timeml.parse(timeml.to_string(document))


@given(timeml_documents())
def test_the_text_survives_byte_for_byte(document: Document) -> None:
    markup = timeml.to_string(document).encode("utf-8")
    assert document.text.encode("utf-8") == timeml.parse(markup).text.encode("utf-8")


@given(timeml_documents(), xml_texts(max_size=30))
def test_retag_puts_the_timexes_into_an_existing_file(document: Document, note: str) -> None:
    untagged = Document(document.text, dct=document.dct, doc_id=note or None)
    original = timeml.to_string(untagged)
    timexes = [element.timex for element in document.timexes]
    retagged = timeml.retag(original, timexes)
    again = timeml.parse(retagged)
    assert (document.text, timexes) == (again.text, [e.timex for e in again.timexes])
    assert (untagged.dct, untagged.doc_id) == (again.dct, again.doc_id)


@given(timeml_documents(), st.data())
def test_damaged_markup_is_read_or_refused_with_our_error(
    document: Document, data: st.DataObject
) -> None:
    markup = timeml.to_string(document)
    cut = data.draw(st.integers(0, len(markup)))
    junk = data.draw(st.sampled_from(["", "<", "&", "&lol;", "<!ENTITY x 'y'>", "]]>", "\x00"]))
    damaged = markup[:cut] + junk + markup[cut + data.draw(st.integers(0, 3)) :]
    try:
        result = timeml.parse(damaged)
    except TimeMLError:
        return
    assert isinstance(result, Document)


@given(st.binary(max_size=300) | st.text(max_size=300))
def test_arbitrary_input_is_read_or_refused_with_our_error(markup: bytes | str) -> None:
    with contextlib.suppress(TimeMLError):
        timeml.parse(markup)
