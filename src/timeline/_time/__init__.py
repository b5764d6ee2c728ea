"""The time layer: value types, TIMEX3 values, and resolving one expression."""

from ._calendar import Grain, PartOfDay
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

__all__ = [
    "Duration",
    "Grain",
    "Interval",
    "Mod",
    "PartOfDay",
    "Pattern",
    "Timex",
    "TimexType",
    "VagueReference",
    "parse_value",
]
