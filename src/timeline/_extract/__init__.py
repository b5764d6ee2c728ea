"""The extraction layer: news text to events, with who, who says so, and when."""

from ._clauses import Clause, clauses, expression_timeline, sentence_spans, sentence_timeline
from ._extract import extract

__all__ = [
    "Clause",
    "clauses",
    "expression_timeline",
    "extract",
    "sentence_spans",
    "sentence_timeline",
]
