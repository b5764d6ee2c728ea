"""An expat parser that treats XML from outside as hostile.

Expat never fetches anything by itself; what makes XML dangerous is entity expansion
(the "billion laughs" and its quadratic cousin) and external entities (a file or URL
pulled into the text). So every entity declaration is refused, external entity references
are refused, and a reference to an entity expat cannot expand (possible when a document
names an external DTD) is refused instead of being silently skipped. The five predefined
entities (``&amp;`` ...) and character references (``&#13;``) are all a TimeML file needs.

Attribute-list declarations (``<!ATTLIST>``) in an internal subset are refused too: expat
copies their defaults into every element they name, so a small file can grow a thousandfold
in memory. A DOCTYPE that only names an external DTD is harmless (expat never fetches it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn
from xml.parsers import expat

from .._errors import TimeMLError

__all__ = ["hostile_xml_parser", "parse_failure"]


def hostile_xml_parser(source: str, *, encoding: str | None = None) -> expat.XMLParserType:
    """A fresh expat parser that refuses entity declarations and external entities.

    Args:
        source: the name used in error messages (a path, or ``"<string>"``).
        encoding: overrides the document's own encoding declaration when given (used when
            the markup was handed to us as a str and re-encoded as UTF-8).
    """
    parser = expat.ParserCreate(encoding)
    parser.ordered_attributes = True
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(reason: str) -> Callable[..., NoReturn]:
        def handler(*args: Any) -> NoReturn:
            raise TimeMLError(
                reason.format(*args),
                source=source,
                line=parser.CurrentLineNumber,
                column=parser.CurrentColumnNumber + 1,
            )

        return handler

    parser.EntityDeclHandler = refuse(
        "entity declarations are not allowed (declaration of {0!r}); "
        "TimeML needs only &amp; &lt; &gt; &quot; &apos; and character references"
    )
    parser.AttlistDeclHandler = refuse(
        "attribute-list declarations are not allowed (<!ATTLIST {0} {1} ...>): their "
        "defaults are copied into every element and can make a small file huge"
    )
    parser.UnparsedEntityDeclHandler = refuse(
        "entity declarations are not allowed (unparsed entity {0!r})"
    )
    parser.ExternalEntityRefHandler = refuse(
        "external entities are not allowed (reference to system id {2!r})"
    )
    parser.SkippedEntityHandler = refuse(
        "unknown entity &{0};: only &amp; &lt; &gt; &quot; &apos; and character "
        "references can be read"
    )
    return parser


def parse_failure(error: expat.ExpatError, source: str) -> TimeMLError:
    """Our error for a document expat could not parse, with its line and column."""
    reason = expat.ErrorString(error.code) if error.code is not None else str(error)
    return TimeMLError(
        f"malformed XML: {reason}", source=source, line=error.lineno, column=error.offset + 1
    )
