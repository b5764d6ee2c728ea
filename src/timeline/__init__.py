"""timeline: turn news text into a timeline you can trust.

Resolve relative dates against the story's publication date, find every time expression
in running text, build ordered event chains with typed causal links, and show them in the
terminal.

>>> import datetime, timeline
>>> timeline.resolve("late Sunday", datetime.date(2017, 9, 25)).value
'2017-09-24'
"""

from ._errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    TimelineError,
    TimeMLError,
    UnknownRelationError,
    ValueFormatError,
)
from ._tagging import tag, tag_documents
from ._time import (
    Duration,
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
    "Duration",
    "Grain",
    "Interval",
    "InvalidTypeError",
    "InvalidValueError",
    "Mod",
    "ParseError",
    "PartOfDay",
    "Pattern",
    "Tense",
    "TimeMLError",
    "TimelineError",
    "Timex",
    "TimexType",
    "UnknownRelationError",
    "VagueReference",
    "ValueFormatError",
    "parse_value",
    "resolve",
    "tag",
    "tag_documents",
]

__version__ = "0.1.0"
