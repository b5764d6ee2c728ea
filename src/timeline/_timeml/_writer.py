"""Write TimeML: a `Document` as markup, or new TIMEX3 tags into an existing file's TEXT.

The text must come back byte for byte when the markup is read again, so besides ``&``,
``<`` and ``>`` a carriage return is written as ``&#13;`` (XML would turn a raw one into a
newline), and characters XML 1.0 cannot carry at all are refused rather than mangled.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from typing import overload

import attrs

from .._errors import TimeMLError
from .._time import Timex
from ._document import Document, EventMention, Signal, TimexElement
from ._events import EventTag, event_elements
from ._links import LinkTag
from ._reader import Parsed, parse_markup

__all__ = ["retag", "to_string", "write"]

# Everything outside the XML 1.0 Char production (control characters, lone surrogates,
# U+FFFE and U+FFFF) cannot be written, not even as a character reference.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# XML 1.0 (fifth edition) names: what a parser accepts in a document we read, we write back.
_NAME_START = (
    ":A-Z_a-z\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_XML_NAME = re.compile(f"[{_NAME_START}][{_NAME_START}\\-.0-9\xb7\u0300-\u036f\u203f-\u2040]*\\Z")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        # Attribute-value normalization would turn these into spaces.
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)
_TIMEX_FIELDS = ("tid", "type", "value", "mod", "quant", "freq")
_ASCII_COMPATIBLE = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "us-ascii": "ascii",
    "ascii": "ascii",
    "iso-8859-1": "latin-1",
    "iso8859-1": "latin-1",
    "latin-1": "latin-1",
    "latin1": "latin-1",
}


def _checked(text: str, what: str) -> str:
    bad = _NOT_XML_CHAR.search(text)
    if bad is not None:
        raise TimeMLError(
            f"cannot write {what}: character U+{ord(bad.group()):04X} at offset {bad.start()} "
            "is not allowed in XML 1.0"
        )
    return text


def _escape_text(text: str, what: str) -> str:
    return _checked(text, what).translate(_TEXT_ESCAPES)


def _start_tag(name: str, attributes: Sequence[tuple[str, str]], *, empty: bool = False) -> str:
    parts = [name]
    seen: set[str] = set()
    for key, value in attributes:
        if not _XML_NAME.match(key):
            raise TimeMLError(f"cannot write {name}: {key!r} is not an XML attribute name")
        if key in seen:
            raise TimeMLError(f"cannot write {name}: attribute {key!r} is given twice")
        seen.add(key)
        escaped = _checked(value, f"{name} attribute {key}").translate(_ATTRIBUTE_ESCAPES)
        parts.append(f'{key}="{escaped}"')
    return "<" + " ".join(parts) + ("/>" if empty else ">")


def _timex_attributes(element: TimexElement) -> list[tuple[str, str]]:
    timex = element.timex
    typed: dict[str, str | None] = {
        "tid": element.tid,
        "type": timex.type.value,
        "value": timex.value,
        "mod": None if timex.mod is None else timex.mod.value,
        "quant": timex.quant,
        "freq": timex.freq,
    }
    written: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, raw in element.attributes:
        if key not in typed:
            written.append((key, raw))
            continue
        if key in seen:
            continue
        seen.add(key)
        value = typed[key]
        if value is not None:
            written.append((key, value))
    missing = [
        (key, value)
        for key in _TIMEX_FIELDS
        if key not in seen and (value := typed[key]) is not None
    ]
    return missing + written


def _timex_markup(element: TimexElement) -> str:
    content = element.timex.text
    if not content:
        return _start_tag("TIMEX3", _timex_attributes(element), empty=True)
    return (
        _start_tag("TIMEX3", _timex_attributes(element))
        + _escape_text(content, "TIMEX3 text")
        + "</TIMEX3>"
    )


@attrs.frozen
class _Inline:
    start: int
    end: int
    start_tag: str
    name: str
    label: str


def _inline(element: TimexElement | EventMention | Signal) -> _Inline:
    if isinstance(element, TimexElement):
        span = element.timex.span
        attributes = _timex_attributes(element)
        name, label = "TIMEX3", f"TIMEX3 {element.tid or element.timex.text!r}"
    elif isinstance(element, Signal):
        span = element.span
        attributes = list(element.attributes)
        name = element.element
        label = f"{name} {element.signal_id or element.text!r}"
    else:
        span = element.span
        attributes = list(element.attributes)
        name, label = "EVENT", f"EVENT {element.eid or element.text!r}"
    assert span is not None  # the caller passes only elements inside TEXT
    start, end = span
    return _Inline(start, end, _start_tag(name, attributes, empty=start == end), name, label)


def _text_content(
    text: str,
    timexes: Sequence[TimexElement],
    events: Sequence[EventMention],
    signals: Sequence[Signal] = (),
) -> str:
    """The content of TEXT: the text, escaped, with the elements around their spans."""
    inline = [_inline(element) for element in timexes]
    inline += [_inline(event) for event in events if event.span is not None]
    inline += [_inline(signal) for signal in signals if signal.span is not None]
    # Outer elements open first; for equal spans the input order decides (timexes first,
    # then events, then signals).
    inline.sort(key=lambda item: (item.start, -item.end))
    out: list[str] = []
    position = 0
    open_elements: list[_Inline] = []

    def advance(to: int) -> None:
        nonlocal position
        out.append(_escape_text(text[position:to], "the text"))
        position = to

    for item in inline:
        while open_elements and open_elements[-1].end <= item.start:
            closing = open_elements.pop()
            advance(closing.end)
            out.append(f"</{closing.name}>")
        if open_elements and item.end > open_elements[-1].end:
            outer = open_elements[-1]
            raise TimeMLError(
                f"cannot write {item.label} at {item.start}-{item.end}: it crosses "
                f"{outer.label} at {outer.start}-{outer.end}, and XML elements must nest"
            )
        advance(item.start)
        out.append(item.start_tag)
        if item.start < item.end:
            open_elements.append(item)
    while open_elements:
        closing = open_elements.pop()
        advance(closing.end)
        out.append(f"</{closing.name}>")
    advance(len(text))
    return "".join(out)


def to_string(document: Document) -> str:
    """The document as TimeML markup, with TIMEX3, EVENT, SIGNAL and C-SIGNAL tags inline
    in TEXT.

    Reading the result back gives the same text, byte for byte, and the same timexes.

    Raises:
        TimeMLError: the text holds a character XML 1.0 cannot carry, or two elements'
            spans cross so they cannot nest.

    >>> from timeline import Timex
    >>> text = "Shares fell 3% & rallied on Monday."
    >>> document = Document.from_timexes(text, [Timex("Monday", "DATE", "2017-09-25",
    ...                                                span=(28, 34))])
    >>> print(to_string(document).splitlines()[2])
    <TEXT>Shares fell 3% &amp; rallied on <TIMEX3 tid="t1" type="DATE" value="2017-09-25">Monday</TIMEX3>.</TEXT>
    """  # noqa: E501
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if document.doc_id is not None:
        lines.append(f"<DOCID>{_escape_text(document.doc_id, 'the DOCID')}</DOCID>")
    if document.dct is not None:
        lines.append(f"<DCT>{_timex_markup(document.dct)}</DCT>")
    content = _text_content(document.text, document.timexes, document.events, document.signals)
    lines.append(f"<TEXT>{content}</TEXT>")
    lines += [_timex_markup(element) for element in document.timexes_outside_text]
    for event in document.events:
        if event.span is None:
            lines.append(
                _start_tag("EVENT", event.attributes)
                + _escape_text(event.text, "EVENT text")
                + "</EVENT>"
            )
    for name, records in (
        ("MAKEINSTANCE", document.instances),
        ("TLINK", document.temporal_links),
        ("SLINK", document.subordination_links),
        ("CLINK", document.causal_links),
    ):
        lines += [_start_tag(name, record.attributes, empty=True) for record in records]
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def write(path: str | os.PathLike[str], document: Document) -> None:
    """Write the document as a UTF-8 TimeML file at `path` (see `to_string`).

    Raises:
        TimeMLError: the document cannot be written as XML (see `to_string`).
        OSError: the file cannot be written.
    """
    markup = to_string(document)
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write(markup)


@overload
def retag(
    markup: str,
    timexes: Iterable[Timex],
    *,
    events: Iterable[EventTag] = ...,
    links: Iterable[LinkTag] = ...,
    source: str = ...,
) -> str: ...
@overload
def retag(
    markup: bytes,
    timexes: Iterable[Timex],
    *,
    events: Iterable[EventTag] = ...,
    links: Iterable[LinkTag] = ...,
    source: str = ...,
) -> bytes: ...
def retag(
    markup: str | bytes,
    timexes: Iterable[Timex],
    *,
    events: Iterable[EventTag] = (),
    links: Iterable[LinkTag] = (),
    source: str = "<string>",
) -> str | bytes:
    """Replace what is inside an existing document's TEXT with its plain text and `timexes`.

    Everything outside TEXT (the DCT, DOCID, links, comments, the XML declaration) is kept
    exactly as it was; inside TEXT only the plain text and the new TIMEX3 tags remain.
    New tids ``t1``, ``t2``... skip the ones already used outside TEXT. With `events`, each
    also gets an EVENT tag around its trigger and a MAKEINSTANCE right after ``</TEXT>``,
    numbered ``e1``/``ei1``... past the ids used outside TEXT; an event whose trigger
    overlaps a time expression or another event is left out (see `event_elements`).
    With `links` too, each becomes a TLINK, SLINK or CLINK after the new MAKEINSTANCEs,
    numbered ``l1``... past every lid the document already uses; the document's own
    links stay as they were. A link's cue words become a SIGNAL or C-SIGNAL in TEXT (see
    `event_elements`), numbered past every ``signalID`` and ``c-signalID`` the document's
    own links name, so that none of them points at a new signal.

    Args:
        markup: the original document, as str or as bytes (UTF-8, ASCII or ISO-8859-1).
        timexes: the new expressions, each with a span into the document's plain text.
        events: the events to mark, each with its trigger's span in the plain text.
        links: links between those events, each naming its events by their spans.
        source: the name to use in error messages.

    Returns:
        The new document, as str if `markup` was a str, else as bytes in its encoding.

    Raises:
        TimeMLError: the original cannot be read (see `parse`) or is in an encoding that
            cannot be spliced, or the new tags cannot be written.
        InvalidValueError: a timex has no span, or its span does not hold its text.

    >>> from timeline import Timex
    >>> original = ('<TimeML><DCT><TIMEX3 tid="t1" type="DATE" value="2017-09-25" '
    ...             'functionInDocument="CREATION_TIME">Sept. 25</TIMEX3></DCT>'
    ...             '<TEXT>Talks end <EVENT eid="e1">today</EVENT>.</TEXT></TimeML>')
    >>> today = Timex("today", "DATE", "2017-09-25", span=(10, 15))
    >>> print(retag(original, [today]).partition("</DCT>")[2])
    <TEXT>Talks end <TIMEX3 tid="t2" type="DATE" value="2017-09-25">today</TIMEX3>.</TEXT></TimeML>
    """
    parsed = parse_markup(markup, source=source)
    encoding = "utf-8" if isinstance(markup, str) else _splice_encoding(parsed, source)
    elements = _numbered(timexes, parsed.tids_outside_text)
    document = attrs.evolve(parsed.document, timexes=elements, events=(), signals=())
    made = event_elements(
        document.text,
        events,
        timexes=elements,
        taken=_event_ids_outside_text(parsed.document) | parsed.link_ids | parsed.signal_ids,
        links=links,
    )
    content = _text_content(document.text, document.timexes, made.events, made.signals).encode(
        encoding, errors="xmlcharrefreplace"
    )
    instances = "".join(
        "\n" + _start_tag(name, record.attributes, empty=True)
        for name, records in (
            ("MAKEINSTANCE", made.instances),
            ("TLINK", made.temporal_links),
            ("SLINK", made.subordination_links),
            ("CLINK", made.causal_links),
        )
        for record in records
    ).encode(encoding)
    data = parsed.data
    tag_end = _start_tag_end(data, parsed.text_tag_at)
    if data[tag_end - 2 : tag_end] == b"/>":
        # An empty <TEXT/>: open it up.
        open_tag = data[parsed.text_tag_at : tag_end - 2].rstrip(b" \t\r\n") + b">"
        new = (
            data[: parsed.text_tag_at]
            + open_tag
            + content
            + b"</TEXT>"
            + instances
            + data[tag_end:]
        )
    else:
        after_text = _start_tag_end(data, parsed.text_close_at)  # just past </TEXT>
        new = (
            data[:tag_end]
            + content
            + data[parsed.text_close_at : after_text]
            + instances
            + data[after_text:]
        )
    return new.decode("utf-8") if isinstance(markup, str) else new


def _event_ids_outside_text(document: Document) -> frozenset[str]:
    """The event and instance ids a document uses outside its TEXT (MAKEINSTANCEs...)."""
    taken = {event.eid for event in document.events if event.span is None}
    for instance in document.instances:
        taken |= {instance.eiid, instance.event_id}
    return frozenset(name for name in taken if name is not None)


def _numbered(timexes: Iterable[Timex], taken: frozenset[str]) -> tuple[TimexElement, ...]:
    elements: list[TimexElement] = []
    number = 0
    for timex in sorted(timexes, key=_text_order):
        number += 1
        while f"t{number}" in taken:
            number += 1
        elements.append(TimexElement.of(timex, f"t{number}"))
    return tuple(elements)


def _text_order(timex: Timex) -> tuple[int, int]:
    if timex.span is None:
        raise TimeMLError(f"cannot write TIMEX3 for {timex.text!r}: it has no span")
    return timex.span[0], -timex.span[1]


def _splice_encoding(parsed: Parsed, source: str) -> str:
    data = parsed.data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:2] in (b"\x00<", b"<\x00"):
        raise TimeMLError(
            "cannot rewrite a UTF-16 or UTF-32 document in place; convert it to UTF-8",
            source=source,
        )
    declared = (parsed.encoding or "utf-8").lower()
    if declared not in _ASCII_COMPATIBLE:
        raise TimeMLError(
            f"cannot rewrite a document in encoding {parsed.encoding!r}; "
            "expected UTF-8, US-ASCII or ISO-8859-1",
            source=source,
        )
    return _ASCII_COMPATIBLE[declared]


def _start_tag_end(data: bytes, at: int) -> int:
    """The index just past the ``>`` that ends the tag (start or end) beginning at `at`."""
    quote = 0
    for index in range(at, len(data)):
        byte = data[index]
        if quote:
            if byte == quote:
                quote = 0
        elif byte in b"\"'":
            quote = byte
        elif byte == ord(">"):
            return index + 1
    raise TimeMLError("the TEXT start tag never ends")  # pragma: no cover - expat checked it
