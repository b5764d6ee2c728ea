"""Holidays of the world's lunar and lunisolar calendars: Eid al-Fitr, Diwali, Hanukkah,
Chinese New Year, Vesak, Orthodox Easter and others.

Their dates come from the `holidays` package (MIT; see docs/explanation/holidays.md for
why it was chosen over convertdate, hijridate, pyluach and lunardate). It is imported
only when such a holiday is resolved, never when `timeline` is imported or a text without
one is tagged: the names are ours, and only the calendar arithmetic is the library's. A
holiday that lasts several days (Hanukkah, Passover, Ramadan) is named by its first day,
as "Christmas" is the 25th and not the season; a day the calendars do not cover (the
Islamic tables run from 1925 to 2076) has no date, and the expression is refused.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

from .._errors import HolidayCalendarError
from ._holidays import add_holiday

__all__ = ["WORLD_HOLIDAY_NAMES", "WORLD_RULES", "in_a_name", "library_day"]

# calendar class in holidays.calendars -> (method, names); the method gives the dates of
# the holiday that fall in a Gregorian year (in one of several shapes, see `_dates`).
_CALENDARS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "_IslamicLunar": (
        (
            "eid_al_fitr_dates",
            ("eid al-fitr", "eid ul-fitr", "eid-ul-fitr", "eid al fitr", "id al-fitr"),
        ),
        ("eid_al_adha_dates", ("eid al-adha", "eid ul-adha", "eid-ul-adha", "bakrid")),
        # Not "Ramadan" alone: it is a month, not a day (and names operations).
        (
            "ramadan_beginning_dates",
            ("the start of ramadan", "the first day of ramadan", "the beginning of ramadan"),
        ),
        ("hijri_new_year_dates", ("islamic new year", "hijri new year", "muharram")),
        ("mawlid_dates", ("mawlid", "mawlid al-nabi", "the prophet's birthday")),
        ("ashura_dates", ("ashura",)),
        ("laylat_al_qadr_dates", ("laylat al-qadr", "the night of power")),
        ("isra_and_miraj_dates", ("isra and miraj", "isra' and mi'raj")),
    ),
    "_HebrewLunisolar": (
        ("rosh_hashanah_date", ("rosh hashanah", "rosh hashana", "the jewish new year")),
        ("yom_kippur_date", ("yom kippur", "the day of atonement")),
        ("passover_date", ("passover", "pesach")),
        ("hanukkah_date", ("hanukkah", "chanukah", "hanukah")),
        ("purim_date", ("purim",)),
        ("sukkot_date", ("sukkot", "succot")),
        ("shavuot_date", ("shavuot",)),
        ("tisha_bav_date", ("tisha b'av", "tisha bav")),
        ("lag_baomer_date", ("lag baomer", "lag b'omer")),
    ),
    "_ChineseLunisolar": (
        (
            "lunar_new_year_date",
            ("chinese new year", "lunar new year", "the spring festival"),
        ),
        ("mid_autumn_date", ("the mid-autumn festival", "mid-autumn festival", "moon festival")),
        ("dragon_boat_date", ("the dragon boat festival", "dragon boat festival")),
        ("qingming_date", ("qingming", "qingming festival", "tomb-sweeping day")),
        ("double_ninth_date", ("the double ninth festival", "double ninth festival")),
    ),
    "_HinduLunisolar": (
        ("diwali_date", ("diwali", "deepavali", "divali")),
        ("holi_date", ("holi",)),
        ("dussehra_date", ("dussehra", "dasara", "vijayadashami")),
        ("raksha_bandhan_date", ("raksha bandhan", "rakhi")),
        ("ganesh_chaturthi_date", ("ganesh chaturthi",)),
        ("janmashtami_date", ("janmashtami", "krishna janmashtami")),
        ("maha_shivaratri_date", ("maha shivaratri", "mahashivratri")),
        ("ram_navami_date", ("ram navami", "rama navami")),
        ("makar_sankranti_date", ("makar sankranti",)),
        ("pongal_date", ("pongal",)),
        ("onam_date", ("onam",)),
        ("vaisakhi_date", ("vaisakhi", "baisakhi")),
    ),
    "_BuddhistLunisolar": (("vesak_date", ("vesak", "vesak day", "buddha day", "wesak")),),
}

# Every name this module adds to the grammar's holidays, as written (for the docs).
WORLD_HOLIDAY_NAMES: tuple[str, ...] = tuple(
    name for table in _CALENDARS.values() for _method, names in table for name in names
)


@functools.cache
def _calendar(name: str) -> Any:
    try:
        from holidays import calendars
    except ImportError as error:  # pragma: no cover - it is a dependency
        raise HolidayCalendarError(
            "resolving a holiday of a lunar calendar: expected the 'holidays' package "
            f"(pip install holidays), got {error}"
        ) from None
    return getattr(calendars, name)()


def _dates(found: object) -> Iterable[date]:
    """The dates in whatever shape a calendar method returns: a date, a (date, estimated)
    pair, a set of dates or an iterable of pairs."""
    if isinstance(found, date):
        yield found
    elif isinstance(found, tuple) and found and not isinstance(found[0], tuple):
        if isinstance(found[0], date):
            yield found[0]
    elif isinstance(found, Iterable):
        for item in found:
            yield from _dates(item)


@functools.cache
def library_day(calendar: str, method: str, year: int) -> date | None:
    """The first day in `year` of the holiday `method` of `calendar`, if it has one there.

    >>> library_day("_HinduLunisolar", "diwali_date", 2024)
    datetime.date(2024, 10, 31)
    """
    try:
        found = getattr(_calendar(calendar), method)(year)
    except AttributeError as error:
        raise HolidayCalendarError(
            f"resolving a holiday: expected holidays.calendars.{calendar}.{method}, "
            f"which this version of the 'holidays' package lacks ({error})"
        ) from None
    days = [day for day in _dates(found) if day.year == year]
    return min(days) if days else None


def _rule(calendar: str, method: str) -> Callable[[int], date | None]:
    return lambda year: library_day(calendar, method, year)


def _orthodox_easter(year: int) -> date:
    from dateutil.easter import EASTER_ORTHODOX, easter

    return easter(year, EASTER_ORTHODOX)


# The rules this module adds, to tell its names from the grammar's own (`in_a_name`).
WORLD_RULES: set[Callable[[int], date | None]] = set()
# Words that may follow a holiday's name without making it part of another name.
_FOLLOWERS = frozenset(
    {"and", "or", "of", "in", "on", "to", "at", "this", "last", "next", "that", "when"}
    | {"is", "was", "will", "falls", "fell", "begins", "began", "ends", "ended", "day", "eve"}
)
# Words before a name that frame it as a time: prepositions of time, determiners of an
# occurrence ("this Diwali"), and the start of the text (`resolve`'s whole phrase).
_FRAMES = frozenset(
    {"on", "at", "in", "during", "before", "after", "until", "till", "since", "by", "for"}
    | {"over", "around", "through", "throughout", "ahead", "from", "to", "and", "or", ""}
    | {"this", "last", "next", "every", "each", "until", "celebrate", "celebrated"}
)


def in_a_name(words: list[str], kinds: list[str], start: int, end: int) -> bool:
    """Whether a world holiday's name at tokens [start, end) is not a time here.

    The calendars' names double as names of festivals, events and operations ("the Vesak
    shootings", "tales of Ashura", "Operation Ramadan") far more often than "Christmas"
    does, and TimeML annotates those as events. So such a name is a time when something
    frames it as one: a preposition of time or a determiner before it ("on Vesak", "this
    Diwali"), a year after it ("Diwali 2024"), or nothing at all (a phrase given alone);
    and never when a word that is not a time word follows it ("the Ashura procession").
    """
    if kinds[end] == "w" and words[end] not in _FOLLOWERS:
        return True
    before = words[start - 1] if start > 0 else ""
    if kinds[end] == "n" and len(words[end]) == 4:
        return False  # "Eid al-Fitr 2024"
    return before not in _FRAMES and kinds[start - 1] != "b" if start > 0 else False


for _calendar_name, _table in _CALENDARS.items():
    for _method, _names in _table:
        _found = _rule(_calendar_name, _method)
        WORLD_RULES.add(_found)
        add_holiday(_names, _found, None)

add_holiday(("orthodox easter", "orthodox easter sunday", "pascha"), _orthodox_easter, None)
add_holiday(
    ("orthodox good friday",), lambda year: _orthodox_easter(year) - timedelta(days=2), None
)
