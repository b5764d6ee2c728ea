"""`Genre`: what kind of text is being read, which decides what anchors a bare date."""

from __future__ import annotations

import enum
from datetime import date, datetime

from .._errors import InvalidTypeError, InvalidValueError

__all__ = ["Genre", "genre_of"]


class Genre(enum.StrEnum):
    """The kind of text, which decides what anchors a date of the year without a year.

    In ``NEWS`` the publication date anchors "in June", "Sept. 30" and "Thursday": they land
    near it, in the direction the tense of their own clause allows, and a year stated
    elsewhere moves them only where the text ties the two together ("in June 1971"; "In
    1971, ... in June" in one sentence). In ``NARRATIVE`` (histories, encyclopaedias) the
    text's own time line anchors them: after "In 1944, ..." a later "in June" is June 1944
    until the text moves on.

    >>> Genre("news") is Genre.NEWS
    True
    """

    NEWS = "news"
    NARRATIVE = "narrative"


def genre_of(genre: Genre | str | None, published: date | datetime | None) -> Genre:
    """The genre a caller asked for, or the default: news when the publication date is
    known, narrative when it is not.

    Raises:
        InvalidValueError: `genre` is a str that names no genre.
        InvalidTypeError: `genre` is neither a Genre, a str nor None.
    """
    if genre is None:
        return Genre.NARRATIVE if published is None else Genre.NEWS
    if not isinstance(genre, str):
        raise InvalidTypeError(
            f"genre: expected 'news', 'narrative' or None, got {type(genre).__name__} {genre!r}"
        )
    try:
        return Genre(genre)
    except ValueError:
        raise InvalidValueError(
            f"genre: expected 'news', 'narrative' or None, got {genre!r}"
        ) from None
