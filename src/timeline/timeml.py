"""TimeML, the field's interchange format, and TempEval-3 scoring.

Read a document (``read(path)``, ``parse(markup)``) into a `Document`: the plain text of
TEXT, its TIMEX3 elements as `Timex` values with character spans, the DCT, and EVENT,
MAKEINSTANCE, TLINK, SLINK and CLINK elements, with the SIGNAL and C-SIGNAL elements that
hold the links' cue words. Write one (``to_string``, ``write``) with the TIMEX3 tags
inline, or put new TIMEX3 tags into an existing file's TEXT (``retag``).
Score a system against gold annotations with ``evaluate`` (TempEval-3 Task A).
Events: ``event_tags(text, published)`` gives the events `timeline.extract` finds as
`EventTag` values, ``event_elements`` numbers them as EVENT and MAKEINSTANCE elements
(``retag(..., events=...)`` writes them), with the links between them as `LinkTag`
values (``links=...``), and ``evaluate_events`` scores EVENT extents and classes.

XML from outside is treated as hostile: entity declarations (the "billion laughs") and
external entities are refused with a `TimeMLError` that names the file and line.

>>> from timeline import timeml
>>> document = timeml.parse('<TimeML><TEXT>Markets closed <TIMEX3 tid="t1" type="DATE" '
...                         'value="2017-09-25">on Monday</TIMEX3>.</TEXT></TimeML>')
>>> element = document.timexes[0]
>>> element.tid, element.timex.span, element.timex.value
('t1', (15, 24), '2017-09-25')
"""

from ._errors import TimeMLError
from ._evaluation import Counts, DocumentScores, PrecisionRecall, Scores, TimexPair, evaluate
from ._event_evaluation import (
    ECB_CLASSES,
    NEWSREADER_CLASSES,
    TIMEML_CLASSES,
    EventCounts,
    EventPair,
    EventScores,
    classes_agree,
    comparable_class,
    evaluate_events,
)
from ._extract._records import event_tags
from ._timeml import (
    CausalLink,
    Document,
    EventElements,
    EventInstance,
    EventMention,
    EventTag,
    LinkTag,
    Signal,
    SubordinationLink,
    TemporalLink,
    TimexElement,
    event_elements,
    parse,
    read,
    retag,
    to_string,
    write,
)

__all__ = [
    "ECB_CLASSES",
    "NEWSREADER_CLASSES",
    "TIMEML_CLASSES",
    "CausalLink",
    "Counts",
    "Document",
    "DocumentScores",
    "EventCounts",
    "EventElements",
    "EventInstance",
    "EventMention",
    "EventPair",
    "EventScores",
    "EventTag",
    "LinkTag",
    "PrecisionRecall",
    "Scores",
    "Signal",
    "SubordinationLink",
    "TemporalLink",
    "TimeMLError",
    "TimexElement",
    "TimexPair",
    "classes_agree",
    "comparable_class",
    "evaluate",
    "evaluate_events",
    "event_elements",
    "event_tags",
    "parse",
    "read",
    "retag",
    "to_string",
    "write",
]
