"""timeline: turn news text into a timeline you can trust.

Resolve relative dates against the story's publication date, find every time expression
in running text, build ordered event chains with typed causal links, and show them in the
terminal.

>>> import datetime, timeline
>>> timeline.resolve("late Sunday", datetime.date(2017, 9, 25)).value
'2017-09-24'
"""

from ._errors import (
    HolidayCalendarError,
    InvalidTypeError,
    InvalidValueError,
    NotEnglishWarning,
    ParseError,
    TimelineError,
    TimelineFormatError,
    TimelineWarning,
    TimeMLError,
    UnknownEventError,
    UnknownRelationError,
    ValueFormatError,
)
from ._events import (
    ALLEN_RELATIONS,
    Bounds,
    Chain,
    Comparison,
    Conflict,
    ConflictKind,
    Constraint,
    Endpoint,
    Event,
    EventClass,
    Factuality,
    Link,
    Polarity,
    Relation,
    RelationKind,
    Timeline,
    allen_converse,
    lookup_relation,
    register_relation,
    registered_relations,
    unregister_relation,
)
from ._extract import extract
from ._tagging import tag, tag_documents
from ._time import (
    Duration,
    Genre,
    Grain,
    Interval,
    Mod,
    PartOfDay,
    Pattern,
    Tense,
    Timex,
    TimexType,
    VagueReference,
    parse_value,
    resolve,
)

__all__ = [
    "ALLEN_RELATIONS",
    "Bounds",
    "Chain",
    "Comparison",
    "Conflict",
    "ConflictKind",
    "Constraint",
    "Duration",
    "Endpoint",
    "Event",
    "EventClass",
    "Factuality",
    "Genre",
    "Grain",
    "HolidayCalendarError",
    "Interval",
    "InvalidTypeError",
    "InvalidValueError",
    "Link",
    "Mod",
    "NotEnglishWarning",
    "ParseError",
    "PartOfDay",
    "Pattern",
    "Polarity",
    "Relation",
    "RelationKind",
    "Tense",
    "TimeMLError",
    "Timeline",
    "TimelineError",
    "TimelineFormatError",
    "TimelineWarning",
    "Timex",
    "TimexType",
    "UnknownEventError",
    "UnknownRelationError",
    "VagueReference",
    "ValueFormatError",
    "allen_converse",
    "extract",
    "lookup_relation",
    "parse_value",
    "register_relation",
    "registered_relations",
    "resolve",
    "tag",
    "tag_documents",
    "unregister_relation",
]

__version__ = "0.1.0"
