"""dateparser, behind our API, for absolute dates our grammar does not read.

dateparser is good at complete dates in unusual formats and in other languages
("25 septembre 2017", "2017年9月25日", "Sep-25-2017"). It is asked only after our grammar
has failed, only in strict mode (day, month and year all stated, so nothing is guessed
from the publication date), and it is imported only then. None of its types or errors
reach the caller: a date it finds becomes our `Slot`, anything else stays a ParseError.
"""

from __future__ import annotations

import functools
import re
import warnings
from datetime import datetime, timedelta
from typing import Any

from ._calendar import Grain
from ._nodes import Slot

__all__ = ["absolute_date"]

_NUMBERS = re.compile(r"\d+")
_LONGEST_DATE = 80  # characters: "Wednesday, 25 September 2017, 14:30 Central European Time"
# A year in two figures is a year only inside a date written in figures ("9/21/17",
# "21.09.17"): elsewhere "15" in "July 13-15" is a day.
_SHORT_YEAR_DATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(\d{2})\b")
# A time of day in the text: a date that comes back without one has dropped it.
_CLOCK = re.compile(r"\d[:h]\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)


@functools.cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False})


def absolute_date(text: str) -> Slot | None:
    """The day (or minute, when a time is stated) that `text` names, if dateparser can tell.

    >>> absolute_date("25 septembre 2017").start
    datetime.datetime(2017, 9, 25, 0, 0)
    """
    if len(text) > _LONGEST_DATE or not any(character.isdigit() for character in text):
        # A complete absolute date always has a day or a year in figures, and is short;
        # dateparser's time grows with the text (seconds for a few thousand characters).
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateparser warns about its own dependencies
            found = _parser().get_date_data(text)
    except Exception:  # whatever dateparser raises stays inside
        return None
    moment = getattr(found, "date_obj", None)
    if not isinstance(moment, datetime):
        return None
    moment = moment.replace(tzinfo=None)
    numbers = {
        int(digits) for digits in _NUMBERS.findall(text) if len(digits) != 2 and len(digits) <= 32
    }
    short_years = {int(match.group(2)) for match in _SHORT_YEAR_DATE.finditer(text)}
    days = {int(digits) for digits in _NUMBERS.findall(text) if len(digits) <= 32}
    if moment.day not in days or not (moment.year in numbers or moment.year % 100 in short_years):
        # Strict mode still reads "the 9990s" as 9990 seconds before now: a date that
        # does not state its own day and year was computed, not read.
        return None
    try:
        if getattr(found, "period", None) == "time" and (moment.hour or moment.minute):
            start = moment.replace(second=0, microsecond=0)
            return Slot(start, start + timedelta(minutes=1), Grain.MINUTE)
        if _CLOCK.search(text):
            return None  # the text states a time the date lost: better no answer than half
        start = datetime(moment.year, moment.month, moment.day)
        return Slot(start, start + timedelta(days=1), Grain.DAY)
    except OverflowError:
        return None  # the last day (or minute) of 9999: its end is past what dates hold
