"""Read a TimeML document: the plain text of TEXT and the annotations, with offsets.

One pass of expat over the whole file. All character data is collected in order; each
element remembers the offset where its content starts and ends in that stream, so the
text of TEXT is one slice of it and an element's span inside TEXT is its offsets minus
where TEXT starts. That keeps the offsets exact whatever the markup, entities or nesting.
"""

from __future__ import annotations

import os
from xml.parsers import expat

import attrs

from .._errors import InvalidTypeError, InvalidValueError, TimelineError, TimeMLError
from .._time import Mod, Timex, TimexType
from ._document import (
    Attributes,
    CausalLink,
    Document,
    EventInstance,
    EventMention,
    Signal,
    SubordinationLink,
    TemporalLink,
    TimexElement,
)
from ._xml import hostile_xml_parser, parse_failure

__all__ = ["Parsed", "parse", "parse_markup", "read"]

_STRING_SOURCE = "<string>"


@attrs.frozen
class _Element:
    """An element seen by the parser, with its content offsets in the character stream."""

    name: str
    attributes: Attributes
    order: int
    start: int
    line: int
    column: int
    inside_text: bool
    inside_dct: bool
    end: int = 0


@attrs.frozen
class Parsed:
    """A parsed document plus where its TEXT element sits in the source bytes.

    ``text_tag_at`` is the byte index of ``<TEXT``, ``text_close_at`` of ``</TEXT>`` (for
    an empty ``<TEXT/>``, of what follows it); ``data`` is the bytes that were parsed.
    ``link_ids`` are the ``lid`` values of every element (TLINK, SLINK, ALINK...), so
    that new links can be numbered past them; ``signal_ids`` the ``signalID`` and
    ``c-signalID`` values links point with, so that new signals never take an id an old
    link still names.
    """

    document: Document
    data: bytes
    text_tag_at: int
    text_close_at: int
    encoding: str | None
    tids_outside_text: frozenset[str]
    link_ids: frozenset[str] = frozenset()
    signal_ids: frozenset[str] = frozenset()


class _Collector:
    """The expat handlers and what they collect."""

    def __init__(self, parser: expat.XMLParserType, source: str) -> None:
        self.parser = parser
        self.source = source
        self.chunks: list[str] = []
        self.length = 0
        self.open: list[_Element] = []
        self.elements_seen = 0
        self.open_dcts = 0
        self.closed: list[_Element] = []
        self.text: _Element | None = None
        self.text_tag_at = -1
        self.text_close_at = -1
        self.encoding: str | None = None
        parser.StartElementHandler = self.start_element
        parser.EndElementHandler = self.end_element
        parser.CharacterDataHandler = self.character_data
        parser.XmlDeclHandler = self.xml_declaration

    def error(self, reason: str, line: int | None = None, column: int | None = None) -> TimeMLError:
        return TimeMLError(
            reason,
            source=self.source,
            line=self.parser.CurrentLineNumber if line is None else line,
            column=self.parser.CurrentColumnNumber + 1 if column is None else column,
        )

    def xml_declaration(self, version: str, encoding: str | None, standalone: int) -> None:
        self.encoding = encoding

    def character_data(self, data: str) -> None:
        self.chunks.append(data)
        self.length += len(data)

    def start_element(self, name: str, flat_attributes: list[str]) -> None:
        pairs = tuple(zip(flat_attributes[::2], flat_attributes[1::2], strict=True))
        inside_text = self.text is not None and self.text_close_at < 0
        if name == "TEXT":
            if self.text is not None:
                raise self.error(
                    f"expected one TEXT element, found another one (the first is on "
                    f"line {self.text.line})"
                )
            self.text_tag_at = self.parser.CurrentByteIndex
        element = _Element(
            name=name,
            attributes=pairs,
            order=self.elements_seen,
            start=self.length,
            line=self.parser.CurrentLineNumber,
            column=self.parser.CurrentColumnNumber + 1,
            inside_text=inside_text,
            inside_dct=self.open_dcts > 0,
        )
        # A counter, not a scan of the open elements: deep nesting must stay linear.
        self.open_dcts += name == "DCT"
        self.elements_seen += 1
        if name == "TEXT":
            self.text = element
        self.open.append(element)

    def end_element(self, name: str) -> None:
        element = attrs.evolve(self.open.pop(), end=self.length)
        self.open_dcts -= name == "DCT"
        if name == "TEXT":
            self.text = element
            self.text_close_at = self.parser.CurrentByteIndex
        else:
            self.closed.append(element)


def parse_markup(markup: str | bytes, *, source: str = _STRING_SOURCE) -> Parsed:
    """Parse TimeML markup; a str is parsed as itself, bytes by their declared encoding.

    Raises:
        TimeMLError: the XML is malformed, declares entities, refers to external ones, or
            has no TEXT element, or a TIMEX3 has an unknown type or mod.
    """
    if isinstance(markup, str):
        data = markup.encode("utf-8", errors="surrogatepass")
        parser = hostile_xml_parser(source, encoding="UTF-8")
    elif isinstance(markup, bytes | bytearray | memoryview):
        data = bytes(markup)
        parser = hostile_xml_parser(source)
    else:
        raise InvalidTypeError(
            f"timeml.parse: markup: expected TimeML markup as str or bytes, "
            f"got {type(markup).__name__} {_abridged(markup)}"
        )
    collector = _Collector(parser, source)
    try:
        parser.Parse(data, True)
    except TimelineError:
        raise
    except expat.ExpatError as error:
        raise parse_failure(error, source) from None
    except (LookupError, ValueError) as error:
        # expat hands an encoding it does not know to Python's codecs, which may not know
        # it either (LookupError), refuse it as multi-byte (ValueError), or fail to decode
        # (UnicodeError, a ValueError).
        raise TimeMLError(
            f"cannot read the document's declared encoding: {type(error).__name__}: {error}; "
            "expected UTF-8, UTF-16 or a single-byte encoding such as ISO-8859-1",
            source=source,
        ) from None
    except RecursionError:
        raise TimeMLError("elements are nested too deeply to read", source=source) from None
    return _assemble(collector, data)


def _abridged(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def parse(markup: str | bytes, *, source: str = _STRING_SOURCE) -> Document:
    """Read a TimeML document given as markup (a str, or bytes in their own encoding).

    Args:
        markup: the whole document.
        source: the name to use in error messages.

    Returns:
        The document: plain text of TEXT, TIMEX3 elements with spans into it, the DCT,
        events, instances and links.

    Raises:
        TimeMLError: the XML is malformed or unsafe (entity declarations, external
            entities), there is no TEXT element, or a TIMEX3 has an unknown type or mod.

    >>> document = parse('<TimeML><TEXT>Rain &amp; wind <TIMEX3 tid="t1" type="DATE" '
    ...                  'value="2017-09-24">yesterday</TIMEX3>.</TEXT></TimeML>')
    >>> document.text
    'Rain & wind yesterday.'
    >>> document.timexes[0].timex.span, document.timexes[0].timex.value
    ((12, 21), '2017-09-24')
    """
    return parse_markup(markup, source=source).document


def read(path: str | os.PathLike[str]) -> Document:
    """Read the TimeML document in the file at `path`.

    Raises:
        TimeMLError: the file is not safe, well-formed TimeML (the message names the file
            and the line).
        OSError: the file cannot be read.
    """
    with open(path, "rb") as file:
        data = file.read()
    return parse(data, source=os.fspath(path))


def _assemble(collector: _Collector, data: bytes) -> Parsed:
    text_element = collector.text
    if text_element is None:
        raise TimeMLError("expected a TEXT element, found none", source=collector.source)
    stream = "".join(collector.chunks)
    text_start = text_element.start
    text = stream[text_start : text_element.end]

    timexes: list[TimexElement] = []
    dct: TimexElement | None = None
    outside: list[TimexElement] = []
    events: list[EventMention] = []
    instances: list[EventInstance] = []
    temporal_links: list[TemporalLink] = []
    causal_links: list[CausalLink] = []
    subordination_links: list[SubordinationLink] = []
    link_ids: set[str] = set()
    signals: list[Signal] = []
    signal_ids: set[str] = set()
    doc_id: str | None = None
    # Elements are collected when they close; document order is the order they opened.
    for element in sorted(collector.closed, key=lambda element: element.order):
        content = stream[element.start : element.end]
        link_ids.update(value for key, value in element.attributes if key == "lid")
        signal_ids.update(
            value for key, value in element.attributes if key in ("signalID", "c-signalID")
        )
        span = (element.start - text_start, element.end - text_start)
        if element.name == "TIMEX3":
            timex_element = _timex_element(
                collector, element, content, span if element.inside_text else None
            )
            if element.inside_text:
                timexes.append(timex_element)
            elif element.inside_dct and dct is None:
                dct = timex_element
            else:
                outside.append(timex_element)
        elif element.name == "EVENT":
            events.append(
                EventMention(content, span if element.inside_text else None, element.attributes)
            )
        elif element.name in ("SIGNAL", "C-SIGNAL") and element.inside_text:
            signals.append(Signal(content, span, element.attributes, element.name))
        elif element.name == "MAKEINSTANCE":
            instances.append(EventInstance(element.attributes))
        elif element.name == "TLINK":
            temporal_links.append(TemporalLink(element.attributes))
        elif element.name == "CLINK":
            causal_links.append(CausalLink(element.attributes))
        elif element.name == "SLINK":
            subordination_links.append(SubordinationLink(element.attributes))
        elif element.name == "DOCID" and doc_id is None:
            doc_id = content
    if dct is None:
        dct = _creation_time(outside) or _creation_time(timexes)
        if dct is not None and dct in outside:
            outside.remove(dct)
    document = Document(
        text=text,
        timexes=tuple(timexes),
        dct=dct,
        doc_id=doc_id,
        events=tuple(events),
        instances=tuple(instances),
        temporal_links=tuple(temporal_links),
        causal_links=tuple(causal_links),
        timexes_outside_text=tuple(outside),
        subordination_links=tuple(subordination_links),
        signals=tuple(signals),
    )
    tids = frozenset(
        element.tid
        for element in ([dct] if dct is not None else []) + outside
        if element is not None and element.tid is not None
    )
    return Parsed(
        document=document,
        data=data,
        text_tag_at=collector.text_tag_at,
        text_close_at=collector.text_close_at,
        encoding=collector.encoding,
        tids_outside_text=tids,
        link_ids=frozenset(link_ids),
        signal_ids=frozenset(signal_ids),
    )


def _creation_time(elements: list[TimexElement]) -> TimexElement | None:
    for element in elements:
        if element.function_in_document == "CREATION_TIME":
            return element
    return None


def _timex_element(
    collector: _Collector, element: _Element, content: str, span: tuple[int, int] | None
) -> TimexElement:
    attributes = dict(element.attributes)
    tid = attributes.get("tid")
    label = f"TIMEX3 {tid!r}" if tid is not None else "TIMEX3"
    raw_type = attributes.get("type")
    if raw_type is None:
        raise collector.error(
            f"{label} has no type; expected one of {', '.join(TimexType)}",
            element.line,
            element.column,
        )
    try:
        timex_type = TimexType(raw_type.strip().upper())
    except ValueError:
        raise collector.error(
            f"{label}: expected type one of {', '.join(TimexType)}, got {raw_type!r}",
            element.line,
            element.column,
        ) from None
    raw_mod = attributes.get("mod")
    mod = None
    if raw_mod is not None and raw_mod.strip():
        try:
            mod = Mod(raw_mod.strip().upper())
        except ValueError:
            raise collector.error(
                f"{label}: expected mod one of {', '.join(Mod)}, got {raw_mod!r}",
                element.line,
                element.column,
            ) from None
    try:
        timex = Timex(
            text=content,
            type=timex_type,
            # Gold corpora carry malformed values (PY5, 03-02-2009); keep them as written.
            value=attributes.get("value", ""),
            mod=mod,
            span=span,
            quant=attributes.get("quant"),
            freq=attributes.get("freq"),
        )
    except InvalidValueError as error:  # pragma: no cover - spans come from the parser
        raise collector.error(str(error), element.line, element.column) from None
    return TimexElement(timex, tid, element.attributes)
