"""Relations: constraints, the registry, the built-ins."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from timeline import (
    ALLEN_RELATIONS,
    Comparison,
    Constraint,
    Endpoint,
    InvalidTypeError,
    InvalidValueError,
    Relation,
    RelationKind,
    UnknownRelationError,
    allen_converse,
    lookup_relation,
    register_relation,
    registered_relations,
    unregister_relation,
)


@pytest.fixture
def funds() -> Iterator[Relation]:
    relation = register_relation(
        Relation("funds", "causal", "source.start <= target.start", style="green")
    )
    yield relation
    unregister_relation("funds")


# --------------------------------------------------------------------------- Constraint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("source.end < target.start", "source.end < target.start"),
        ("  target.start<=source.start ", "target.start <= source.start"),
        ("source.start > target.end", "target.end < source.start"),
        ("source.start >= target.start", "target.start <= source.start"),
        ("source.end == target.end", "source.end = target.end"),
        ("source.end = target.start", "source.end = target.start"),
    ],
)
def test_constraint_parse_normalises_the_comparison(text: str, expected: str) -> None:
    assert expected == str(Constraint.parse(text))


def test_constraint_fields() -> None:
    constraint = Constraint.parse("source.end < target.start")
    assert (Endpoint.SOURCE_END, Comparison.BEFORE, Endpoint.TARGET_START) == (
        constraint.left,
        constraint.comparison,
        constraint.right,
    )


@pytest.mark.parametrize(
    "text", ["source.start < source.end", "source.middle < target.start", "blames", ""]
)
def test_constraint_parse_rejects_what_is_not_a_constraint(text: str) -> None:
    with pytest.raises(InvalidValueError, match="Constraint"):
        Constraint.parse(text)


def test_constraint_in_words() -> None:
    assert "the source ends before the target starts" == (
        Constraint.parse("source.end < target.start").in_words
    )


# --------------------------------------------------------------------------- Relation


def test_relation_reads_its_implication_from_text() -> None:
    relation = Relation(
        "pays_for", RelationKind.CAUSAL, "source.start <= target.start; source.end < target.end"
    )
    assert ("source.start <= target.start", "source.end < target.end") == tuple(
        str(constraint) for constraint in relation.implication
    )


def test_relation_default_rule_says_the_implication_in_words() -> None:
    relation = Relation("pays_for", "causal", ["source.start <= target.start"])
    assert "the source starts no later than the target starts" == relation.rule


def test_relation_without_implication_says_so() -> None:
    assert "'mentions' says nothing about time" == Relation("mentions", "reactive").rule


def test_equal_implications_spelled_differently_are_equal() -> None:
    first = Relation("x", "causal", "source.start <= target.start")
    second = Relation("x", "causal", ["target.start >= source.start"])
    assert first == second


@pytest.mark.parametrize("name", ["Blames", "blames!", "", "2nd", "responds to"])
def test_relation_name_must_be_a_lowercase_identifier(name: str) -> None:
    with pytest.raises(InvalidValueError, match=r"Relation\.name"):
        Relation(name, "causal")


def test_relation_kind_must_be_known() -> None:
    with pytest.raises(ValueError, match="sideways"):
        Relation("x", "sideways")


def test_relation_implication_of_the_wrong_type() -> None:
    with pytest.raises(InvalidTypeError, match=r"Relation\.implication"):
        Relation("x", "causal", 42)


# --------------------------------------------------------------------------- registry


def test_lookup_of_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownRelationError) as caught:
        lookup_relation("praises")
    message = str(caught.value)
    assert message.startswith("unknown relation 'praises'; expected one of: accuses, after")
    assert isinstance(caught.value, ValueError)


def test_registering_makes_the_name_usable(funds: Relation) -> None:
    assert funds is lookup_relation("funds")
    assert funds in registered_relations()


def test_registering_the_same_relation_twice_is_harmless(funds: Relation) -> None:
    assert funds is register_relation(
        Relation("funds", "causal", "source.start <= target.start", style="green")
    )


def test_registering_a_different_relation_under_a_taken_name_needs_replace(
    funds: Relation,
) -> None:
    other = Relation("funds", "reactive", "target.start <= source.start")
    with pytest.raises(InvalidValueError, match="already registered"):
        register_relation(other)
    assert other is register_relation(other, replace=True)
    assert other is lookup_relation("funds")


def test_built_ins_cannot_be_replaced_or_removed() -> None:
    with pytest.raises(InvalidValueError, match="built-in"):
        register_relation(Relation("blames", "causal"), replace=True)
    with pytest.raises(InvalidValueError, match="built-in"):
        unregister_relation("blames")


def test_unregistering_an_unknown_name() -> None:
    with pytest.raises(UnknownRelationError):
        unregister_relation("never_registered")


def test_register_relation_wants_a_relation() -> None:
    with pytest.raises(InvalidTypeError):
        register_relation("funds")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- built-ins


@pytest.mark.parametrize(
    ("names", "kind", "implication"),
    [
        (("causes", "enables", "prevents"), RelationKind.CAUSAL, "source.start <= target.start"),
        (
            ("blames", "accuses", "denies", "responds_to", "retaliates_for", "condemns", "reports"),
            RelationKind.REACTIVE,
            "target.start <= source.start",
        ),
        (("threatens", "warns"), RelationKind.FORWARD_LOOKING, "source.start < target.start"),
    ],
)
def test_built_in_families(names: tuple[str, ...], kind: RelationKind, implication: str) -> None:
    for name in names:
        relation = lookup_relation(name)
        assert (kind, (implication,)) == (
            relation.kind,
            tuple(str(constraint) for constraint in relation.implication),
        )
        assert relation.style
        assert relation.rule


def test_temporal_built_ins() -> None:
    expected = {
        "before": "source.end < target.start",
        "after": "target.end < source.start",
        "meets": "source.end = target.start",
        "during": "target.start < source.start; source.end < target.end",
        "is_included": "target.start < source.start; source.end < target.end",
        "simultaneous": "source.start = target.start; source.end = target.end",
        "identity": "source.start = target.start; source.end = target.end",
        "ibefore": "source.end = target.start",
    }
    for name, implication in expected.items():
        relation = lookup_relation(name)
        assert (RelationKind.TEMPORAL, implication) == (
            relation.kind,
            "; ".join(str(constraint) for constraint in relation.implication),
        )


def test_allen_relations_and_their_converses() -> None:
    assert 13 == len(ALLEN_RELATIONS)
    for name in ALLEN_RELATIONS:
        assert name == allen_converse(allen_converse(name))
        assert allen_converse(name) == lookup_relation(name).converse
    assert "after" == allen_converse("before")
    assert "simultaneous" == allen_converse("simultaneous")


def test_allen_converse_of_a_non_allen_name() -> None:
    with pytest.raises(UnknownRelationError):
        allen_converse("blames")
