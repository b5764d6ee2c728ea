"""The extraction layer: news text to events. For now, a clause-per-date stand-in."""

from ._clauses import Clause, clauses, expression_timeline, sentence_spans, sentence_timeline

__all__ = ["Clause", "clauses", "expression_timeline", "sentence_spans", "sentence_timeline"]
