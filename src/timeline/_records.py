"""Flat, JSON-ready records of our value types, for data frames and JSON Lines.

A record is one level deep: every value is None, a bool, an int, a float, a str or a list
of those, so ``pandas.DataFrame(records)`` and ``polars.DataFrame(records)`` make one
column per key. It is built from the type's attrs fields, so a field added later shows up
without touching this module:

- a field holding another of our value types (``Timex.interval``, ``Event.when``) is
  spread into ``<field>_<key>`` columns, and those columns are there (as None) when the
  field is None, so every record of a type has the same keys;
- a ``span`` (character offsets) becomes ``start`` and ``end``;
- string enumerations give their value (``"DATE"``), others their name (``Grain.DAY``
  gives ``"DAY"``, as the JSON formats write it), dates and
  datetimes their ISO form, tuples a list.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from datetime import date, datetime
from typing import Any

import attrs

from ._errors import InvalidTypeError
from ._time._model import moment_text

__all__ = ["Record", "record"]

Record = dict[str, Any]

# How each field of a type is written: its name, the prefix of its keys, and the attrs
# class it is spread into (None for a plain value).
_Plan = tuple[tuple[str, type | None], ...]


def record(instance: Any, prefix: str = "") -> Record:
    """`instance` (an attrs value type) as a flat, JSON-ready dict; see the module."""
    return _spread(type(instance), instance, prefix)


def _spread(kind: type, instance: Any, prefix: str) -> Record:
    data: Record = {}
    for name, nested in _plan(kind):
        value = None if instance is None else getattr(instance, name)
        if nested is not None:
            data.update(_spread(nested, value, f"{prefix}{name}_"))
        elif name == "span":
            start, end = (None, None) if value is None else value
            data[f"{prefix}start"], data[f"{prefix}end"] = start, end
        else:
            data[f"{prefix}{name}"] = _plain(value)
    return data


@functools.cache
def _plan(kind: type) -> _Plan:
    hints = typing.get_type_hints(kind)
    return tuple((field.name, _nested(hints[field.name])) for field in attrs.fields(kind))


def _nested(hint: object) -> type | None:
    """The attrs class a field's type names (alone or with None), if it names one."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    options = typing.get_args(hint) if union else (hint,)
    classes = [option for option in options if isinstance(option, type) and attrs.has(option)]
    return classes[0] if len(classes) == 1 else None


def _plain(value: object) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        # A str enum is a str: give the plain value, not the member.
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        # As the JSON formats write them: a plain enumeration (`Grain`) by its name.
        return value.name
    if isinstance(value, datetime):
        # As the JSON format writes a moment: a named zone keeps its name, so that the
        # record and the JSON agree and a DST rule is not lost.
        return moment_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset):
        return [_plain(item) for item in value]
    # Only a field of a kind added later without a plain form gets here: say so.
    raise InvalidTypeError(
        f"record: expected None, a bool, number, str, enum, date or tuple, "
        f"got {type(value).__name__} {value!r}"
    )
