"""Holidays commonly named in news, each a rule that gives its date in a year."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

__all__ = ["HOLIDAYS", "add_holiday", "easter"]


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus).

    >>> easter(2017)
    datetime.date(2017, 4, 16)
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], date]:
    """The nth (1-based; -1 = last) ISO `weekday` of `month`."""

    def rule(year: int) -> date:
        if nth > 0:
            first = date(year, month, 1)
            offset = (weekday - first.isoweekday()) % 7
            return first + timedelta(days=offset + 7 * (nth - 1))
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)

    return rule


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _election_day(year: int) -> date:
    # The Tuesday after the first Monday of November.
    return _nth_weekday(11, 1, 1)(year) + timedelta(days=1)


# name (lowercase words, apostrophes kept) -> (rule, fixed month/day or None); a rule
# gives the holiday's day in a year, or None in a year its calendar does not cover.
HOLIDAYS: dict[tuple[str, ...], tuple[Callable[[int], date | None], tuple[int, int] | None]] = {}


def add_holiday(
    names: tuple[str, ...], rule: Callable[[int], date | None], fixed: tuple[int, int] | None
) -> None:
    """Teach the grammar holiday names whose day in a year `rule` gives."""
    # Keys drop apostrophes and full stops: the grammar matches words without them. A
    # hyphen is a token of its own ("al-Fitr"), and people also leave it out.
    for name in names:
        plain = name.replace("'", "").replace(".", "")
        for spelling in {plain.replace("-", " - "), plain.replace("-", " ")}:
            HOLIDAYS[tuple(spelling.split())] = (rule, fixed)


_add = add_holiday


for _names, _month, _day in (
    (("christmas", "christmas day", "xmas"), 12, 25),
    (("christmas eve",), 12, 24),
    (("boxing day",), 12, 26),
    (("new year's day", "new years day", "new year day"), 1, 1),
    (("new year's eve", "new years eve"), 12, 31),
    (("valentine's day", "valentines day", "st valentine's day"), 2, 14),
    (("halloween",), 10, 31),
    (("independence day", "the fourth of july", "fourth of july", "july fourth"), 7, 4),
    (("bastille day",), 7, 14),
    (("st patrick's day", "saint patrick's day"), 3, 17),
    (("veterans day", "veterans' day", "armistice day", "remembrance day"), 11, 11),
    (("may day",), 5, 1),
):
    _add(_names, _fixed(_month, _day), (_month, _day))

_add(("thanksgiving", "thanksgiving day"), _nth_weekday(11, 4, 4), None)
_add(("labor day", "labour day"), _nth_weekday(9, 1, 1), None)
_add(("memorial day",), _nth_weekday(5, 1, -1), None)
_add(
    ("martin luther king day", "martin luther king jr day", "mlk day"),
    _nth_weekday(1, 1, 3),
    None,
)
_add(("presidents' day", "presidents day", "president's day"), _nth_weekday(2, 1, 3), None)
_add(("mother's day", "mothers day"), _nth_weekday(5, 7, 2), None)
_add(("father's day", "fathers day"), _nth_weekday(6, 7, 3), None)
_add(("election day",), _election_day, None)
_add(("easter", "easter sunday", "easter day"), easter, None)
_add(("good friday",), lambda year: easter(year) - timedelta(days=2), None)
_add(("easter monday",), lambda year: easter(year) + timedelta(days=1), None)
_add(("black friday",), lambda year: _nth_weekday(11, 4, 4)(year) + timedelta(days=1), None)


# Christian movable feasts, counted from Western Easter.
def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


_MOVABLE_FEASTS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("shrove tuesday", "mardi gras", "pancake day", "fat tuesday"), -47),
    (("ash wednesday",), -46),
    (("mothering sunday",), -21),
    (("palm sunday",), -7),
    (("maundy thursday", "holy thursday"), -3),
    (("holy saturday", "easter saturday"), -1),
    (("ascension day", "ascension thursday"), 39),
    (("pentecost", "pentecost sunday", "whitsun", "whit sunday", "whitsunday"), 49),
    (("whit monday", "pentecost monday"), 50),
    (("trinity sunday",), 56),
    (("corpus christi",), 60),
)
for _feast, _days in _MOVABLE_FEASTS:
    _add(_feast, _from_easter(_days), None)

# More fixed days named in news and everyday writing.
_MORE_FIXED_DAYS: tuple[tuple[tuple[str, ...], int, int], ...] = (
    (("juneteenth",), 6, 19),
    (("groundhog day",), 2, 2),
    (("earth day",), 4, 22),
    (("st george's day", "saint george's day"), 4, 23),
    (("st andrew's day", "saint andrew's day"), 11, 30),
    (("st david's day", "saint david's day"), 3, 1),
    (("st paddy's day", "st patty's day", "paddy's day"), 3, 17),
    (("guy fawkes night", "guy fawkes day", "bonfire night"), 11, 5),
    (("canada day",), 7, 1),
    (("australia day",), 1, 26),
    (("anzac day",), 4, 25),
    (("cinco de mayo",), 5, 5),
    (("international women's day", "women's day"), 3, 8),
    (("epiphany", "the epiphany", "three kings day"), 1, 6),
    (("all saints day", "all saints' day", "all hallows"), 11, 1),
    (("all souls day", "all souls' day"), 11, 2),
    (("candlemas",), 2, 2),
    (("assumption day", "the feast of the assumption"), 8, 15),
    (("orthodox christmas",), 1, 7),
    (("st stephen's day", "saint stephen's day"), 12, 26),
    (("twelfth night",), 1, 5),
    (("world aids day",), 12, 1),
    (("tax day",), 4, 15),
    (("flag day",), 6, 14),
)
for _day_names, _month, _day in _MORE_FIXED_DAYS:
    _add(_day_names, _fixed(_month, _day), (_month, _day))

_add(
    ("columbus day", "indigenous peoples day", "indigenous peoples' day"),
    _nth_weekday(10, 1, 2),
    None,
)
_add(("patriots day", "patriots' day"), _nth_weekday(4, 1, 3), None)
_add(("mlk jr day", "martin luther king jr. day", "mlk jr. day"), _nth_weekday(1, 1, 3), None)
_add(("washington's birthday",), _nth_weekday(2, 1, 3), None)
_add(("cyber monday",), lambda year: _nth_weekday(11, 4, 4)(year) + timedelta(days=4), None)
_add(("thanksgiving eve",), lambda year: _nth_weekday(11, 4, 4)(year) - timedelta(days=1), None)
