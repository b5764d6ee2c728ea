"""One reading of a publication date, shared by everything that takes one.

A date can come as a `date`, a `datetime`, or (from JSON Lines, CSV, a data frame or a
config file) as an ISO 8601 string. Every entry point (`resolve`, `tag`, `tag_documents`,
`Timeline`) reads it here, so a string means the same and a malformed one fails the same
way everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from .._errors import InvalidTypeError, InvalidValueError

__all__ = ["ISO_EXAMPLES", "coerce_date", "parse_date"]

ISO_EXAMPLES = "an ISO date like 2017-09-25 or a date and time like 2017-09-25T14:30+02:00"


def coerce_date(value: object, field: str = "published") -> date | datetime | None:
    """`value` as a date or datetime: a date or datetime as it is, an ISO string parsed.

    A string is read as `date.fromisoformat` reads it, or else as `datetime.fromisoformat`
    does (naive or aware as written). Surrounding whitespace is ignored (CSV cells often
    carry it); nothing else is guessed.

    Raises:
        InvalidValueError: a string that is not an ISO date or date and time; the message
            names `field`, what was expected and what came in.
        InvalidTypeError: anything that is not a date, datetime, str or None.

    >>> coerce_date("2017-09-25")
    datetime.date(2017, 9, 25)
    >>> coerce_date("2017-09-25T14:30+02:00").isoformat()
    '2017-09-25T14:30:00+02:00'
    """
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidTypeError(
            f"{field}: expected a date, a datetime or {ISO_EXAMPLES}, "
            f"got {type(value).__name__} {value!r}"
        )
    return parse_date(value, field)


def parse_date(text: str, field: str = "published") -> date | datetime:
    """An ISO date or date-and-time string as a date or datetime (see `coerce_date`).

    >>> parse_date(" 2017-09-25 ")
    datetime.date(2017, 9, 25)
    """
    stripped = text.strip()
    # A date first: `datetime.fromisoformat` would read "2017-09-25" as its midnight.
    for reader in (date.fromisoformat, datetime.fromisoformat):
        try:
            return reader(stripped)
        except ValueError:
            pass
    raise InvalidValueError(f"{field}: expected {ISO_EXAMPLES}, got {text!r}")
