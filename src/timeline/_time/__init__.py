"""The time layer: value types, TIMEX3 values, and resolving one expression."""

from ._calendar import Grain, PartOfDay
from ._genre import Genre
from ._model import (
    Duration,
    Interval,
    Mod,
    Pattern,
    Timex,
    TimexType,
    VagueReference,
    parse_value,
)
from ._resolve import Tense, resolve

__all__ = [
    "Duration",
    "Genre",
    "Grain",
    "Interval",
    "Mod",
    "PartOfDay",
    "Pattern",
    "Tense",
    "Timex",
    "TimexType",
    "VagueReference",
    "parse_value",
    "resolve",
]
