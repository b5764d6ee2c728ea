"""The spaCy component, on ``spacy.blank("en")``: no model to download."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.strategies import publication_dates

spacy = pytest.importorskip("spacy", reason="spaCy is in the spacy and test extras")

STORY = "Rebels took the airport late Sunday. Talks resume next week, the envoy said on Friday."
SENTENCES = [
    "Rebels took the airport late Sunday.",
    "Talks resume next week.",
    "The envoy said on Friday that aid would arrive within three days.",
    "Nothing here has a date.",
    "Markets rallied this morning.",
]


@pytest.fixture(scope="module")
def nlp() -> object:
    # By name alone: spaCy finds the factory through the package's entry point.
    pipeline = spacy.blank("en")
    pipeline.add_pipe("timeline", config={"published": "2017-09-25"})
    return pipeline


def test_time_expressions_become_spans_with_their_timex(nlp: object) -> None:
    doc = nlp(STORY)  # type: ignore[operator]
    assert [
        ("late Sunday", "DATE", "2017-09-24", "END"),
        ("next week", "DATE", "2017-W40", None),
        ("Friday", "DATE", "2017-09-22", None),
    ] == [
        (span.text, span.label_, span._.timex.value, span._.timex.mod)
        for span in doc.spans["timexes"]
    ]
    assert timeline.tag(STORY, date(2017, 9, 25)) == [span._.timex for span in doc.spans["timexes"]]


def test_the_doc_s_own_date_wins_over_the_config(nlp: object) -> None:
    doc = nlp.make_doc("Shares fell on Monday.")  # type: ignore[attr-defined]
    doc.user_data["published"] = date(2017, 10, 4)
    doc = nlp(doc)  # type: ignore[operator]
    assert ["2017-10-02"] == [span._.timex.value for span in doc.spans["timexes"]]


def test_ents_keep_the_entities_that_do_not_overlap() -> None:
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Rebels"},
            {"label": "DATE", "pattern": [{"LOWER": "sunday"}]},
        ]
    )
    pipeline.add_pipe("timeline", config={"published": "2017-09-25", "target": "ents"})
    doc = pipeline(SENTENCES[0])
    assert [("Rebels", "ORG", None), ("late Sunday", "DATE", "2017-09-24")] == [
        (entity.text, entity.label_, entity._.timex and entity._.timex.value) for entity in doc.ents
    ]


def test_a_malformed_date_is_our_clear_error() -> None:
    pipeline = spacy.blank("en")
    with pytest.raises(timeline.InvalidValueError, match="published: expected an ISO date"):
        pipeline.add_pipe("timeline", config={"published": "Sunday"})
    pipeline = spacy.blank("en")
    with pytest.raises(timeline.InvalidValueError, match="target: expected 'spans' or 'ents'"):
        pipeline.add_pipe("timeline", config={"target": "sents"})


def test_a_processed_doc_pickles_with_its_timexes(nlp: object) -> None:
    doc = nlp(STORY)  # type: ignore[operator]
    copy = pickle.loads(pickle.dumps(doc))
    assert [span._.timex for span in doc.spans["timexes"]] == [
        span._.timex for span in copy.spans["timexes"]
    ]


def test_the_pipeline_saves_and_loads_with_its_config(nlp: object, tmp_path: object) -> None:
    nlp.to_disk(tmp_path)  # type: ignore[attr-defined]
    loaded = spacy.load(tmp_path)
    doc = loaded(SENTENCES[0])
    assert ["2017-09-24"] == [span._.timex.value for span in doc.spans["timexes"]]


@settings(max_examples=20)
@given(st.lists(st.sampled_from(SENTENCES), max_size=4).map(" ".join), publication_dates())
def test_spans_are_what_tag_finds_and_cover_it(nlp: object, text: str, day: date) -> None:
    doc = nlp.make_doc(text)  # type: ignore[attr-defined]
    doc.user_data["published"] = day.isoformat()
    doc = nlp(doc)  # type: ignore[operator]
    spans = list(doc.spans["timexes"])
    assert timeline.tag(text, day) == [span._.timex for span in spans]
    for span in spans:
        start, end = span._.timex.span
        assert span.start_char <= start < end <= span.end_char
        assert span.label_ == span._.timex.type.value


def test_the_core_package_does_not_import_spacy() -> None:
    code = (
        "import sys, timeline, timeline.render, timeline.timeml; "
        "timeline.tag('on Monday', '2017-09-25'); print('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "False\n" == result.stdout
