"""Hypothesis strategies for `timeline` values, for our tests and for yours.

>>> from hypothesis import given
>>> @given(timeml_documents())
... def test_round_trip(document): ...
"""

from __future__ import annotations

from hypothesis import strategies as st

from ._time import Mod, Timex, TimexType
from ._timeml import Document

__all__ = ["timeml_documents", "xml_texts"]

# XML 1.0 can carry every character except C0 controls other than tab, newline and
# carriage return, lone surrogates, and U+FFFE/U+FFFF.
_XML_CHARACTERS = st.characters(
    codec="utf-8",
    exclude_categories=["Cs"],
    exclude_characters="\ufffe\uffff",
).filter(lambda char: char in "\t\n\r" or ord(char) >= 0x20)
# Characters that need care when written: markup, entity and line-ending characters.
_AWKWARD = st.sampled_from(["&", "<", ">", '"', "'", "\r", "\r\n", "\n", "\t", "]]>", " "])

_VALUES = st.sampled_from(
    ["2017-09-25", "2017-W38", "2017-09-24TEV", "P3W", "PXD", "PAST_REF", "XXXX-WXX-5",
     "2016", "199", "PY5", "03-02-2009", "FY2007", "null", ""]
)  # fmt: skip


def xml_texts(*, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """Texts that XML 1.0 can carry, rich in ``&``, ``<``, ``>``, quotes and line endings."""
    if min_size < 0:
        raise ValueError(f"xml_texts: expected min_size >= 0, got {min_size}")
    pieces = st.one_of(_AWKWARD, st.text(_XML_CHARACTERS, min_size=1, max_size=8))
    return (
        st.lists(pieces, max_size=max_size)
        .map("".join)
        .filter(lambda text: len(text) >= min_size and (max_size is None or len(text) <= max_size))
    )


@st.composite
def _nested_spans(draw: st.DrawFn, length: int) -> list[tuple[int, int]]:
    """Spans inside ``[0, length]`` that never cross (they may nest, touch or be empty)."""
    spans: list[tuple[int, int]] = []

    def fill(start: int, end: int, depth: int) -> None:
        cuts = sorted(draw(st.lists(st.integers(start, end), max_size=6 if depth == 0 else 2)))
        for first, second in zip(cuts[::2], cuts[1::2], strict=False):
            spans.append((first, second))
            if depth < 2 and second > first and draw(st.booleans()):
                fill(first, second, depth + 1)

    fill(0, length, 0)
    return sorted(spans, key=lambda span: (span[0], -span[1]))


@st.composite
def timeml_documents(draw: st.DrawFn) -> Document:
    """TimeML documents: awkward text, nested TIMEX3 spans, odd values, maybe a DCT.

    Every document can be written and read back unchanged: its timexes are in text order
    and carry the attributes `to_string` writes.
    """
    text = draw(xml_texts(max_size=200))
    timexes = [
        Timex(
            text[start:end],
            draw(st.sampled_from(TimexType)),
            draw(_VALUES),
            draw(st.none() | st.sampled_from(Mod)),
            span=(start, end),
        )
        for start, end in draw(_nested_spans(len(text)))
    ]
    published = draw(st.none() | st.dates())
    doc_id = draw(st.none() | xml_texts(min_size=1, max_size=20))
    return Document.from_timexes(text, timexes, published=published, doc_id=doc_id)
