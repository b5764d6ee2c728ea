"""The tagging layer: find and resolve every time expression in running text."""

from ._tagger import tag, tag_documents

__all__ = ["tag", "tag_documents"]
