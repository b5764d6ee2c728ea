"""The extraction layer: news text to events, with who, who says so, and when."""

from ._extract import extract
from ._sentences import expression_timeline, sentence_spans

__all__ = ["expression_timeline", "extract", "sentence_spans"]
