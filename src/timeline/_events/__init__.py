"""The events layer: events, typed links, relations, and the timeline that orders them."""

from ._model import (
    Bounds,
    Chain,
    Conflict,
    ConflictKind,
    Event,
    EventClass,
    Factuality,
    Link,
    Polarity,
)
from ._relations import (
    ALLEN_RELATIONS,
    Comparison,
    Constraint,
    Endpoint,
    Relation,
    RelationKind,
    allen_converse,
    lookup_relation,
    register_relation,
    registered_relations,
    unregister_relation,
)
from ._timeline import Timeline

__all__ = [
    "ALLEN_RELATIONS",
    "Bounds",
    "Chain",
    "Comparison",
    "Conflict",
    "ConflictKind",
    "Constraint",
    "Endpoint",
    "Event",
    "EventClass",
    "Factuality",
    "Link",
    "Polarity",
    "Relation",
    "RelationKind",
    "Timeline",
    "allen_converse",
    "lookup_relation",
    "register_relation",
    "registered_relations",
    "unregister_relation",
]
