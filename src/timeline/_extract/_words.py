"""How word lists are written here: one string, split at white space."""

from __future__ import annotations

__all__ = ["words_of"]


def words_of(text: str) -> frozenset[str]:
    """The words of `text`, split at white space: how word lists are written here.

    >>> sorted(words_of('''strike
    ...     walkout'''))
    ['strike', 'walkout']
    """
    return frozenset(text.split())
