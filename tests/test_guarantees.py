"""Regression tests for the contracts of issue 13: nothing lost, nothing crashes.

Each test names the item it keeps; the general case is a property where it can be.
"""

from __future__ import annotations

import contextlib
import encodings.aliases

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import timeml

# --------------------------------------------------------------------------- item 7


@pytest.mark.parametrize("encoding", ["x-nonexistent", "shift_jis", "utf-7", "idna", "rot13"])
def test_a_declared_encoding_we_cannot_use_is_a_timeml_error(encoding: str) -> None:
    markup = f'<?xml version="1.0" encoding="{encoding}"?><TimeML><TEXT>x</TEXT></TimeML>'
    with pytest.raises(timeml.TimeMLError, match="declared encoding"):
        timeml.parse(markup.encode("ascii"))


@given(st.sampled_from(sorted(set(encodings.aliases.aliases.values()))))
def test_any_declared_encoding_gives_a_document_or_our_error(encoding: str) -> None:
    markup = f'<?xml version="1.0" encoding="{encoding}"?><TimeML><TEXT>x</TEXT></TimeML>'
    with contextlib.suppress(timeline.TimelineError):
        timeml.parse(markup.encode("ascii"))


@given(st.text(max_size=30))
def test_any_declared_encoding_name_gives_a_document_or_our_error(name: str) -> None:
    markup = f'<?xml version="1.0" encoding="{name}"?><TimeML><TEXT>x</TEXT></TimeML>'
    try:
        document = timeml.parse(markup.encode("utf-8", errors="surrogatepass"))
    except timeline.TimelineError:
        return
    assert "x" == document.text


@pytest.mark.parametrize("markup", [5, None, 2.5, ["<TimeML/>"]])
def test_markup_of_the_wrong_kind_is_our_type_error(markup: object) -> None:
    with pytest.raises(timeline.InvalidTypeError, match="str or bytes"):
        timeml.parse(markup)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- item 10


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ATTLIST TEXT note CDATA "a default copied into every element">',
        "<!ATTLIST TIMEX3 comment CDATA #IMPLIED>",
        '<!ATTLIST s a CDATA "1" b CDATA "2">',
    ],
)
def test_attribute_list_declarations_are_refused(declaration: str) -> None:
    markup = f"<!DOCTYPE TimeML [{declaration}]><TimeML><TEXT>Rain on Monday.</TEXT></TimeML>"
    with pytest.raises(timeml.TimeMLError, match="attribute-list declarations"):
        timeml.parse(markup)


def test_attribute_defaults_cannot_blow_up_a_small_file() -> None:
    # A few hundred bytes that would otherwise copy a 10 kB default into 5,000 elements.
    default = "x" * 10_000
    markup = (
        f'<!DOCTYPE TimeML [<!ATTLIST s a CDATA "{default}">]><TimeML><TEXT>'
        + "<s/>" * 5_000
        + "</TEXT></TimeML>"
    )
    with pytest.raises(timeml.TimeMLError):
        timeml.parse(markup)


def test_a_doctype_naming_only_an_external_dtd_is_read() -> None:
    markup = '<!DOCTYPE TimeML SYSTEM "timeml.dtd"><TimeML><TEXT>Rain on Monday.</TEXT></TimeML>'
    assert "Rain on Monday." == timeml.parse(markup).text
