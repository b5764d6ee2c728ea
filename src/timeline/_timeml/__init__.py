"""TimeML in and out: read documents safely, write them, re-tag an existing file's TEXT."""

from ._document import (
    CausalLink,
    Document,
    EventInstance,
    EventMention,
    Signal,
    SubordinationLink,
    TemporalLink,
    TimexElement,
)
from ._events import EventElements, EventTag, event_elements
from ._links import LinkTag
from ._reader import parse, read
from ._writer import retag, to_string, write

__all__ = [
    "CausalLink",
    "Document",
    "EventElements",
    "EventInstance",
    "EventMention",
    "EventTag",
    "LinkTag",
    "Signal",
    "SubordinationLink",
    "TemporalLink",
    "TimexElement",
    "event_elements",
    "parse",
    "read",
    "retag",
    "to_string",
    "write",
]
