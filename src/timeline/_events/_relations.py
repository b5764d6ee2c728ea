"""Relations: named link types, what each implies about time, and the registry.

A relation's *implication* is a set of point constraints between the start and end of
the link's source and target events (``source.start <= target.start`` for "causes"). Every
event is a proper interval (its start comes strictly before its end), so the constraints
of a relation together with those two facts decide everything the ordering layer needs.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Any

import attrs

from .._errors import InvalidTypeError, InvalidValueError, UnknownRelationError

__all__ = [
    "ALLEN_RELATIONS",
    "Comparison",
    "Constraint",
    "Endpoint",
    "Relation",
    "RelationKind",
    "allen_converse",
    "lookup_relation",
    "register_relation",
    "registered_relations",
    "unregister_relation",
]


class Endpoint(enum.StrEnum):
    """One of the four moments a link talks about."""

    SOURCE_START = "source.start"
    SOURCE_END = "source.end"
    TARGET_START = "target.start"
    TARGET_END = "target.end"

    @property
    def on_source(self) -> bool:
        """Whether this is a moment of the link's source event."""
        return self in (Endpoint.SOURCE_START, Endpoint.SOURCE_END)

    @property
    def is_end(self) -> bool:
        """Whether this is the end (rather than the start) of its event."""
        return self in (Endpoint.SOURCE_END, Endpoint.TARGET_END)


class Comparison(enum.StrEnum):
    """How two moments compare: strictly before, no later than, or the same moment."""

    BEFORE = "<"
    NOT_AFTER = "<="
    SAME = "="


_COMPARISON_WORDS = {
    Comparison.BEFORE: "before",
    Comparison.NOT_AFTER: "no later than",
    Comparison.SAME: "at the same moment as",
}
_ENDPOINT_WORDS = {
    Endpoint.SOURCE_START: "the source starts",
    Endpoint.SOURCE_END: "the source ends",
    Endpoint.TARGET_START: "the target starts",
    Endpoint.TARGET_END: "the target ends",
}
_CONSTRAINT_RE = re.compile(
    r"\s*(source|target)\.(start|end)\s*(<=|>=|<|>|==|=)\s*(source|target)\.(start|end)\s*"
)


def _enum_member(kind: type[enum.StrEnum], where: str, value: object) -> Any:
    """`value` as a member of `kind`; our error, naming `where`, for anything else."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    allowed = ", ".join(repr(member.value) for member in kind)
    raise InvalidValueError(f"{where}: expected one of {allowed}, got {value!r}")


def _to_left(value: object) -> Endpoint:
    return _enum_member(Endpoint, "Constraint.left", value)  # type: ignore[no-any-return]


def _to_comparison(value: object) -> Comparison:
    return _enum_member(Comparison, "Constraint.comparison", value)  # type: ignore[no-any-return]


def _to_right(value: object) -> Endpoint:
    return _enum_member(Endpoint, "Constraint.right", value)  # type: ignore[no-any-return]


@attrs.frozen(cache_hash=True)
class Constraint:
    """A point constraint between a moment of the source and a moment of the target.

    >>> str(Constraint.parse("target.start <= source.start"))
    'target.start <= source.start'
    >>> str(Constraint.parse("source.start > target.end"))
    'target.end < source.start'
    """

    left: Endpoint = attrs.field(converter=_to_left)
    comparison: Comparison = attrs.field(converter=_to_comparison)
    right: Endpoint = attrs.field(converter=_to_right)

    @right.validator
    def _across_events(self, attribute: attrs.Attribute[Endpoint], right: Endpoint) -> None:
        if self.left.on_source == right.on_source:
            raise InvalidValueError(
                "Constraint: expected one moment of the source and one of the target, "
                f"got {self.left} {self.comparison} {right}"
            )

    @classmethod
    def parse(cls, text: str) -> Constraint:
        """Read a constraint written like ``source.end < target.start``.

        ``>`` and ``>=`` are accepted and turned around, so every constraint is stored
        with ``<``, ``<=`` or ``=``.

        Raises:
            InvalidValueError: `text` is not a comparison of a source and a target moment.
        """
        if not isinstance(text, str):
            raise InvalidTypeError(f"Constraint: expected a str, got {type(text).__name__}")
        match = _CONSTRAINT_RE.fullmatch(text)
        if match is None:
            raise InvalidValueError(
                "Constraint: expected text like 'source.end < target.start' "
                f"(moments source.start, source.end, target.start, target.end; "
                f"comparisons <, <=, =, >=, >), got {text!r}"
            )
        left = Endpoint(f"{match[1]}.{match[2]}")
        right = Endpoint(f"{match[4]}.{match[5]}")
        operator = match[3]
        if operator in (">", ">="):
            left, right = right, left
            operator = operator[0].replace(">", "<") + operator[1:]
        if operator == "==":
            operator = "="
        return cls(left, Comparison(operator), right)

    def __str__(self) -> str:
        return f"{self.left} {self.comparison} {self.right}"

    @property
    def in_words(self) -> str:
        """The constraint as a phrase: ``the source ends before the target starts``."""
        left = _ENDPOINT_WORDS[self.left]
        right = _ENDPOINT_WORDS[self.right]
        return f"{left} {_COMPARISON_WORDS[self.comparison]} {right}"


class RelationKind(enum.StrEnum):
    """The family of a relation; causal and reactive relations make chains."""

    CAUSAL = "causal"
    REACTIVE = "reactive"
    FORWARD_LOOKING = "forward-looking"
    TEMPORAL = "temporal"


def _to_kind(value: object) -> RelationKind:
    return _enum_member(RelationKind, "Relation.kind", value)  # type: ignore[no-any-return]


def _to_implication(value: object) -> tuple[Constraint, ...]:
    if isinstance(value, str):
        parts: Iterable[object] = [part for part in value.split(";") if part.strip()]
    elif isinstance(value, Constraint):
        parts = [value]
    elif isinstance(value, Iterable):
        parts = value
    else:
        raise InvalidTypeError(
            "Relation.implication: expected constraints like 'source.start <= target.start' "
            f"(a str, Constraints or strs), got {type(value).__name__} {value!r}"
        )
    constraints: list[Constraint] = []
    for part in parts:
        if isinstance(part, Constraint):
            constraints.append(part)
        elif isinstance(part, str):
            constraints.append(Constraint.parse(part))
        else:
            raise InvalidTypeError(
                f"Relation.implication: expected a Constraint or str, "
                f"got {type(part).__name__} {part!r}"
            )
    # One spelling per meaning, so equal implications compare equal.
    return tuple(dict.fromkeys(constraints))


_NAME_RE = re.compile(r"[a-z][a-z0-9_]*")


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or _NAME_RE.fullmatch(value) is None:
        raise InvalidValueError(
            f"Relation.{attribute.name}: expected a lowercase name like 'blames' or "
            f"'responds_to', got {value!r}"
        )


def _check_optional_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_name(instance, attribute, value)


def _check_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError(
            f"Relation.{attribute.name}: expected a str, got {type(value).__name__} {value!r}"
        )


def _default_rule(relation: Relation) -> str:
    if not relation.implication:
        return f"{relation.name!r} says nothing about time"
    return " and ".join(constraint.in_words for constraint in relation.implication)


@attrs.frozen(cache_hash=True)
class Relation:
    """A named type of link between two events, with what it implies about their times.

    ``implication`` holds point constraints between the two events' starts and ends;
    ``style`` is a rich style name for renderers (this module never imports rich);
    ``rule`` says the implication in words, for conflict messages; ``converse`` names the
    relation that reads the same link the other way round, when there is one.

    >>> blames = lookup_relation("blames")
    >>> blames.kind.value, [str(c) for c in blames.implication]
    ('reactive', ['target.start <= source.start'])
    >>> Relation("funds", RelationKind.CAUSAL, "source.start <= target.start").rule
    'the source starts no later than the target starts'
    """

    name: str = attrs.field(validator=_check_name)
    kind: RelationKind = attrs.field(converter=_to_kind)
    implication: tuple[Constraint, ...] = attrs.field(default=(), converter=_to_implication)
    style: str = attrs.field(default="", validator=_check_str)
    rule: str = attrs.field(
        default=attrs.Factory(_default_rule, takes_self=True), validator=_check_str
    )
    converse: str | None = attrs.field(default=None, validator=_check_optional_name)

    def __str__(self) -> str:
        return self.name


# --------------------------------------------------------------------------- registry

_REGISTRY: dict[str, Relation] = {}
_BUILT_IN: dict[str, Relation] = {}


def register_relation(relation: Relation, *, replace: bool = False) -> Relation:
    """Make `relation` known by its name, so links can use the name.

    Args:
        relation: the relation to register.
        replace: allow replacing a relation registered under the same name (built-ins
            cannot be replaced).

    Returns:
        The registered relation: `relation`, or the equal one registered before.

    Raises:
        InvalidValueError: the name is taken (and `replace` is false) or is a built-in.

    >>> funds = register_relation(
    ...     Relation("funds", "causal", "source.start <= target.start", style="green")
    ... )
    >>> lookup_relation("funds") is funds
    True
    >>> unregister_relation("funds")
    """
    if not isinstance(relation, Relation):
        raise InvalidTypeError(
            f"register_relation: expected a Relation, got {type(relation).__name__} {relation!r}"
        )
    existing = _REGISTRY.get(relation.name)
    if existing is not None and existing == relation:
        return existing
    if existing is not None:
        if relation.name in _BUILT_IN:
            raise InvalidValueError(
                f"register_relation: {relation.name!r} is a built-in relation and cannot be "
                "replaced; register yours under another name"
            )
        if not replace:
            raise InvalidValueError(
                f"register_relation: {relation.name!r} is already registered as {existing!r}; "
                "pass replace=True to replace it"
            )
    _REGISTRY[relation.name] = relation
    return relation


def unregister_relation(name: str) -> None:
    """Forget a relation registered with `register_relation` (built-ins stay).

    Raises:
        UnknownRelationError: nothing is registered under `name`.
        InvalidValueError: `name` is a built-in relation.

    >>> _ = register_relation(Relation("inspires", "causal"))
    >>> unregister_relation("inspires")
    >>> "inspires" in [relation.name for relation in registered_relations()]
    False
    """
    if name in _BUILT_IN:
        raise InvalidValueError(
            f"unregister_relation: {name!r} is a built-in relation and cannot be removed"
        )
    if name not in _REGISTRY:
        raise UnknownRelationError(name, tuple(sorted(_REGISTRY)))
    del _REGISTRY[name]


def lookup_relation(name: str) -> Relation:
    """The relation registered under `name`.

    Raises:
        UnknownRelationError: nothing is registered under `name`; the message lists what is.

    >>> lookup_relation("causes").rule
    'a cause begins no later than its effect'
    """
    relation = _REGISTRY.get(name) if isinstance(name, str) else None
    if relation is None:
        raise UnknownRelationError(str(name), tuple(sorted(_REGISTRY)))
    return relation


def registered_relations() -> tuple[Relation, ...]:
    """Every registered relation, built-in or not, sorted by name.

    >>> "blames" in [relation.name for relation in registered_relations()]
    True
    """
    return tuple(_REGISTRY[name] for name in sorted(_REGISTRY))


# --------------------------------------------------------------------------- built-ins

_STARTS_NO_LATER = "source.start <= target.start"
_COMES_NO_EARLIER = "target.start <= source.start"
_COMES_AFTER = "source.start < target.start"

_CAUSAL = (
    ("causes", "bold red", "a cause begins no later than its effect"),
    ("enables", "red", "what enables an event begins no later than it"),
    ("prevents", "red", "what prevents an event begins no later than it would have"),
)
# A motive or an aim drives an act ("marched to demand higher pay", "protested, demanding
# his release"): the aim is pursued during the act or after it, if it is ever reached, so
# the relation says nothing about time.
_MOTIVES = (("motivates", "red", "an aim or motive may be pursued during its act or after it"),)
_REACTIVE = (
    ("blames", "bold magenta", "a blame comes no earlier than what it blames"),
    ("accuses", "magenta", "an accusation comes no earlier than what it is about"),
    ("denies", "magenta", "a denial comes no earlier than what it denies"),
    ("responds_to", "yellow", "a response comes no earlier than what it responds to"),
    ("retaliates_for", "bold yellow", "retaliation comes no earlier than what it answers"),
    ("condemns", "magenta", "a condemnation comes no earlier than what it condemns"),
    ("reports", "green", "a report comes no earlier than what it reports"),
)
_FORWARD_LOOKING = (
    ("threatens", "bold cyan", "what is threatened, if it happens, starts after the threat"),
    ("warns", "cyan", "what is warned of, if it happens, starts after the warning"),
)
# The thirteen Allen relations, under their TimeML names where TimeML has one, then the
# TimeML spellings that mean the same thing.
_TEMPORAL = (
    ("before", "after", "source.end < target.start", "the first ends before the second starts"),
    ("after", "before", "target.end < source.start", "the first starts after the second ends"),
    ("meets", "met_by", "source.end = target.start", "the first ends as the second starts"),
    ("met_by", "meets", "target.end = source.start", "the first starts as the second ends"),
    (
        "overlaps",
        "overlapped_by",
        "source.start < target.start; target.start < source.end; source.end < target.end",
        "the first starts first and ends while the second goes on",
    ),
    (
        "overlapped_by",
        "overlaps",
        "target.start < source.start; source.start < target.end; target.end < source.end",
        "the second starts first and ends while the first goes on",
    ),
    (
        "begins",
        "begun_by",
        "source.start = target.start; source.end < target.end",
        "both start together and the first ends first",
    ),
    (
        "begun_by",
        "begins",
        "source.start = target.start; target.end < source.end",
        "both start together and the second ends first",
    ),
    (
        "during",
        "includes",
        "target.start < source.start; source.end < target.end",
        "the first happens within the second",
    ),
    (
        "includes",
        "during",
        "source.start < target.start; target.end < source.end",
        "the second happens within the first",
    ),
    (
        "ends",
        "ended_by",
        "source.end = target.end; target.start < source.start",
        "both end together and the first starts last",
    ),
    (
        "ended_by",
        "ends",
        "source.end = target.end; source.start < target.start",
        "both end together and the second starts last",
    ),
    (
        "simultaneous",
        "simultaneous",
        "source.start = target.start; source.end = target.end",
        "both happen over the same time",
    ),
    ("is_included", "includes", "", ""),
    ("ibefore", "iafter", "", ""),
    ("iafter", "ibefore", "", ""),
    ("identity", "identity", "", ""),
)
_SAME_AS = {
    "is_included": "during",
    "ibefore": "meets",
    "iafter": "met_by",
    "identity": "simultaneous",
}

ALLEN_RELATIONS: tuple[str, ...] = tuple(entry[0] for entry in _TEMPORAL[:13])
"""The names of the thirteen Allen relations, as `Timeline.relation` reports them."""

_ALLEN_CONVERSE = {entry[0]: entry[1] for entry in _TEMPORAL[:13]}


def allen_converse(name: str) -> str:
    """The Allen relation that reads the other way round: ``before`` -> ``after``.

    Raises:
        UnknownRelationError: `name` is not one of `ALLEN_RELATIONS`.

    >>> allen_converse("during")
    'includes'
    """
    try:
        return _ALLEN_CONVERSE[name]
    except KeyError:
        raise UnknownRelationError(name, tuple(sorted(_ALLEN_CONVERSE))) from None


def _built_ins() -> list[Relation]:
    relations = [
        Relation(name, RelationKind.CAUSAL, _STARTS_NO_LATER, style=style, rule=rule)
        for name, style, rule in _CAUSAL
    ]
    relations += [
        Relation(name, RelationKind.CAUSAL, style=style, rule=rule)
        for name, style, rule in _MOTIVES
    ]
    relations += [
        Relation(name, RelationKind.REACTIVE, _COMES_NO_EARLIER, style=style, rule=rule)
        for name, style, rule in _REACTIVE
    ]
    relations += [
        Relation(name, RelationKind.FORWARD_LOOKING, _COMES_AFTER, style=style, rule=rule)
        for name, style, rule in _FORWARD_LOOKING
    ]
    temporal: dict[str, Relation] = {}
    for name, converse, implication, rule in _TEMPORAL:
        same = temporal.get(_SAME_AS.get(name, ""))
        temporal[name] = Relation(
            name,
            RelationKind.TEMPORAL,
            implication if same is None else same.implication,
            style="blue",
            rule=rule if same is None else same.rule,
            converse=converse,
        )
    return relations + list(temporal.values())


for _relation in _built_ins():
    _REGISTRY[_relation.name] = _BUILT_IN[_relation.name] = _relation
del _relation
