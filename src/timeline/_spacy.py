"""A spaCy pipeline component: every time expression of a Doc, as spans with their Timex.

Installed with the ``spacy`` extra (``pip install -e '.[spacy]'``) and registered with
spaCy through the ``spacy_factories`` entry point, so ``nlp.add_pipe("timeline")`` works
without importing anything from here. The core package never imports this module (nor
spaCy).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("timeline", config={"published": "2017-09-25"})
    >>> doc = nlp("It ended late Sunday.")
    >>> [(span.text, span._.timex.value) for span in doc.spans["timexes"]]
    [('late Sunday', '2017-09-24')]
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span

from ._errors import InvalidValueError, TimelineError
from ._tagging import tag
from ._time._model import Timex
from ._time._published import coerce_date

__all__ = ["TimexComponent", "make_timeline_component"]

Target = Literal["spans", "ents"]
USER_DATA_KEY = "published"  # where a Doc may carry its own publication date


class TimexComponent:
    """Puts each time expression of a Doc on ``doc.spans[spans_key]`` or ``doc.ents``.

    Each span is labelled with its TIMEX3 type (``DATE``, ``TIME``, ``DURATION``, ``SET``)
    and carries its `Timex` as ``span._.timex`` (with the exact character offsets in
    ``timex.span``; the span itself is widened to whole tokens when the expression ends
    inside one). The publication date is ``doc.user_data["published"]`` when the Doc has
    one (a date, a datetime or an ISO string), else the component's ``published``; with
    neither, relative expressions keep TimeML's placeholder values.

    With ``target="ents"``, an entity that overlaps a time expression (a statistical
    model's DATE, say) gives way to it; the others are kept.
    """

    def __init__(
        self,
        published: str | date | None = None,
        *,
        target: Target = "spans",
        spans_key: str = "timexes",
    ) -> None:
        if target not in ("spans", "ents"):
            raise InvalidValueError(f"target: expected 'spans' or 'ents', got {target!r}")
        self.published = coerce_date(published, "published")
        self.target = target
        self.spans_key = spans_key
        if not Span.has_extension("timex"):
            Span.set_extension("timex", default=None)

    def __call__(self, doc: Doc) -> Doc:
        given = doc.user_data.get(USER_DATA_KEY)
        published = self.published if given is None else coerce_date(given, "doc.user_data")
        spans = [self._span(doc, timex) for timex in tag(doc.text, published)]
        if self.target == "spans":
            doc.spans[self.spans_key] = spans
        else:
            kept = [entity for entity in doc.ents if not any(_overlap(entity, s) for s in spans)]
            doc.set_ents(sorted([*kept, *spans], key=lambda span: span.start))
        return doc

    def _span(self, doc: Doc, timex: Timex) -> Span:
        start, end = timex.span or (0, 0)
        # "expand" never loses an expression that ends inside a token; the Timex keeps
        # the exact offsets.
        span = doc.char_span(start, end, label=timex.type.value, alignment_mode="expand")
        if span is None:  # only whitespace has no token under it, and no expression is that
            raise TimelineError(f"no token of the Doc under {timex.text!r} at {start}:{end}")
        span._.timex = timex
        return span


def _overlap(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


@Language.factory(
    "timeline",
    default_config={"published": None, "target": "spans", "spans_key": "timexes"},
)
def make_timeline_component(
    nlp: Language,
    name: str,
    published: str | None,
    target: str,
    spans_key: str,
) -> TimexComponent:
    """The ``timeline`` factory: ``nlp.add_pipe("timeline", config={...})``."""
    # `target` is checked by the component, with our error, rather than by spaCy's config.
    return TimexComponent(published, target=target, spans_key=spans_key)  # type: ignore[arg-type]
