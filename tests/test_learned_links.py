"""The learned link reader: causes no cue word states, read from the words around two
events. Every sentence here is written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

import timeline
from timeline._cli import main
from timeline._errors import InvalidValueError
from timeline._extract._extract import analyse
from timeline._extract._link_learned import (
    LinkModel,
    PairScorer,
    link_model,
    pair_features,
)
from timeline._extract._links import find_links

PUBLISHED = "2024-05-02"
ROOT = Path(__file__).resolve().parents[1]


def lemma_links(text: str, *, learned: bool = True) -> set[tuple[str, str, str, bool]]:
    """(source lemma, relation, target lemma, inferred) of each link found."""
    analysis = analyse(text, PUBLISHED)
    lemma = {info.event_id: info.mention.lemma for info in analysis.mentions}
    return {
        (lemma[link.source], link.relation, lemma[link.target], link.inferred)
        for link in find_links(analysis, learned=learned)
    }


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "Traffic came to a halt for three hours as farmers parked their tractors "
            "across the highway.",
            "park",
            "come",
        ),
        ("Farmers dumped vegetables on the road as prices crashed at the market.", "crash", "dump"),
        ("Hospitals turned patients away as doctors struck.", "strike", "turn"),
        (
            "Hundreds of passengers were stuck at the airport as air traffic controllers "
            "downed tools.",
            "down",
            "stick",
        ),
    ],
)
def test_a_cause_no_cue_word_states_is_inferred(text: str, cause: str, effect: str) -> None:
    assert {(cause, "causes", effect, True)} == lemma_links(text)
    assert set() == lemma_links(text, learned=False)


def test_an_inferred_link_is_marked_in_the_timeline_and_shown_as_likely() -> None:
    text = "Farmers dumped vegetables on the road as prices crashed at the market."
    assert () == timeline.extract(text, PUBLISHED).links  # the default: stated links only
    story = timeline.extract(text, PUBLISHED, infer_links=True)
    (link,) = story.links
    assert link.inferred
    assert "causes" == link.relation.name
    assert link.evidence is not None
    assert link.evidence in text
    console = Console(width=100, record=True, color_system=None)
    console.print(link)
    assert "likely causes" in console.export_text()
    assert json.loads(story.to_json())["links"][0]["inferred"] is True


@pytest.mark.parametrize(
    "text",
    [
        # A cue already tells the cause: the rules' reading stands alone.
        "The storm caused the closure of the port as crews cleared the roads.",
        # The rules read "after" as time order; no cause is read into its events.
        "The final was postponed on Saturday after a storm flooded the pitch.",
        # Unasserted events are never an end.
        "Traffic did not come to a halt as farmers parked their tractors on the road.",
        "If farmers park their tractors across the highway, traffic will come to a halt.",
        # Nothing here tells a cause.
        "The library reopened its reading room and the cafe added two tables.",
    ],
)
def test_no_inferred_link_where_the_rules_read_the_sentence_or_nothing_is_asserted(
    text: str,
) -> None:
    assert not any(inferred for *_, inferred in lemma_links(text))


@pytest.mark.parametrize("threshold", [0, 0.0, 1, 1.5, -0.2, "0.8", None])
def test_a_threshold_outside_zero_to_one_is_refused(threshold: object) -> None:
    with pytest.raises(InvalidValueError, match="expected a probability between 0 and 1") as err:
        LinkModel({}, threshold)  # type: ignore[arg-type]
    assert repr(threshold) in str(err.value)


def test_the_shipped_model_loads_with_its_cross_validated_threshold() -> None:
    model = link_model()
    stored = json.loads((ROOT / "src/timeline/_data/link_model.json").read_text("utf-8"))
    assert model.threshold == stored["threshold"]
    assert 0.5 <= model.threshold < 1.0
    assert stored["cross_validation"]["precision"] >= 0.85
    assert len(model.weights) > 1000
    # Numbers are masked: a between-word feature never remembers one story's figures.
    words = [key for key in model.weights if key.startswith("between=")]
    assert words
    assert not [key for key in words if any(ch.isdigit() for ch in key)]


# Sentences of two clauses joined the ways news joins them, from parts written here.
ACTS = (
    "traffic came to a halt",
    "shops stayed shut",
    "passengers were stranded at the station",
    "the council cancelled the fair",
    "prices rose sharply",
    "the plant stopped work",
)
JOINS = (" as ", " when ", ", and ", "; ", " while ", " because ", " after ")


@st.composite
def two_clause_sentences(draw: st.DrawFn) -> str:
    first, second = draw(st.sampled_from(ACTS)), draw(st.sampled_from(ACTS))
    sentence = f"{first}{draw(st.sampled_from(JOINS))}{second}."
    return sentence[0].upper() + sentence[1:]


@given(st.lists(two_clause_sentences(), min_size=1, max_size=4).map(" ".join))
def test_the_fast_scorer_gives_the_margin_of_the_features(text: str) -> None:
    model = link_model()
    analysis = analyse(text, PUBLISHED)
    for number, analysed in enumerate(analysis.sentences):
        mentions = [i.mention for i in analysis.mentions if i.sentence == number]
        scorer = PairScorer(model, analysed)
        for cause in mentions:
            for effect in mentions:
                if cause is not effect:
                    expected = model.margin(pair_features(analysed, cause, effect))
                    assert scorer.margin(cause, effect) == pytest.approx(expected, abs=1e-9)


@given(st.lists(two_clause_sentences(), min_size=1, max_size=4).map(" ".join))
def test_inferred_links_keep_to_one_sentence_and_asserted_ends(text: str) -> None:
    analysis = analyse(text, PUBLISHED)
    info = {i.event_id: i for i in analysis.mentions}
    rules = find_links(analysis, learned=False)
    learned = find_links(analysis, learned=True)
    inferred = [link for link in learned if link.inferred]
    # The rules' links are all still there, and the model only adds.
    assert [link for link in learned if not link.inferred] == rules
    ruled = {end for link in rules for end in (link.source, link.target)}
    sentences = [info[link.source].sentence for link in inferred]
    assert len(sentences) == len(set(sentences))  # at most one a sentence
    for link in inferred:
        source, target = info[link.source], info[link.target]
        assert source.sentence == target.sentence
        assert link.relation in ("causes", "responds_to")
        assert not {link.source, link.target} & ruled
        for end in (source, target):
            assert end.mention.polarity is timeline.Polarity.POS
            assert end.factuality is not timeline.Factuality.POSSIBLE
        assert link.evidence == text[link.span[0] : link.span[1]]


# A corpus in the Causal News Corpus's format, written here, for the trainer.
_CAUSED = [
    (
        "Shops shut early as the traders went on strike",
        "the traders went on strike",
        "Shops shut early",
    ),
    (
        "Buses stopped running as the drivers walked out",
        "the drivers walked out",
        "Buses stopped running",
    ),
    ("Crowds gathered as the news spread through the town", "the news spread", "Crowds gathered"),
    (
        "Classes halted as the teachers joined the protest",
        "the teachers joined the protest",
        "Classes halted",
    ),
    (
        "The road flooded as the river burst its banks",
        "the river burst its banks",
        "The road flooded",
    ),
    ("Fares rose as the price of fuel climbed", "the price of fuel climbed", "Fares rose"),
]
_NOT_CAUSED = [
    "The mayor opened the new bridge and the band played",
    "The team trained on Monday and the coach watched",
    "The museum reopened its doors and visitors returned",
    "The council met on Tuesday and the members voted",
    "The singer arrived late and the concert began",
    "The market opened and the stalls filled",
]


def _write_corpus(folder: Path) -> None:
    import csv

    with (folder / "train_subtask1.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["index", "text", "label"])
        for number, (text, _, _) in enumerate(_CAUSED * 3):
            writer.writerow([f"c{number}", f"{text} ({number}).", 1])
        for number, text in enumerate(_NOT_CAUSED * 3):
            writer.writerow([f"n{number}", f"{text} ({number}).", 0])
    with (folder / "train_subtask2.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["index", "text", "text_w_pairs"])
        for number, (text, cause, effect) in enumerate(_CAUSED * 3):
            marked = text.replace(cause, f"<ARG0>{cause}</ARG0>").replace(
                effect, f"<ARG1>{effect}</ARG1>"
            )
            writer.writerow([f"c{number}", f"{text} ({number}).", f"{marked} ({number})."])


def _train(corpus: Path, precision: str, output: Path) -> subprocess.CompletedProcess[str]:
    _write_corpus(corpus)
    trainer = str(ROOT / "tools/train_link_model.py")
    return subprocess.run(
        [
            sys.executable,
            trainer,
            str(corpus),
            "--folds",
            "2",
            "--precision",
            precision,
            "--output",
            str(output),
        ],
        check=False,
        capture_output=True,
        text=True,
    )


def test_the_trainer_writes_a_model_extract_can_read(tmp_path: Path) -> None:
    output = tmp_path / "model.json"
    done = _train(tmp_path, "0.5", output)
    assert 0 == done.returncode, done.stderr
    assert "the rules alone" in done.stdout
    assert "<- chosen" in done.stdout
    written = json.loads(output.read_text("utf-8"))
    model = LinkModel(written["weights"], written["threshold"])
    assert written["cross_validation"]["folds"] == 2
    assert written["cross_validation"]["precision"] >= 0.5
    assert model.weights
    assert all(abs(w) >= 0.05 for w in model.weights.values())


def test_the_trainer_writes_nothing_when_no_threshold_is_precise_enough(tmp_path: Path) -> None:
    output = tmp_path / "model.json"
    done = _train(tmp_path, "1.01", output)
    assert done.returncode != 0
    assert "no threshold reaches precision 1.01" in done.stderr
    assert not output.exists()


def test_extract_refuses_an_infer_links_that_is_not_a_bool() -> None:
    with pytest.raises(timeline.InvalidTypeError, match="infer_links: expected True or False"):
        timeline.extract("Prices crashed.", PUBLISHED, infer_links="yes")  # type: ignore[arg-type]


STORY = "Farmers dumped vegetables on the road as prices crashed at the market.\n"


def test_the_cli_infers_links_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    common = ["extract", str(story), "--published", PUBLISHED]
    assert 0 == main(common)
    assert [] == json.loads(capsys.readouterr().out)["links"]
    assert 0 == main([*common, "--infer-links"])
    (link,) = json.loads(capsys.readouterr().out)["links"]
    assert ("causes", True) == (link["relation"], link["inferred"])
    shown = ["show", str(story), "--published", PUBLISHED, "--width", "100"]
    assert 0 == main([*shown, "--infer-links"])
    assert "likely causes" in capsys.readouterr().out
    assert 0 == main(shown)
    assert "likely" not in capsys.readouterr().out


# Any text at all, with the words and marks news is made of mixed in.
NEWSY = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "as",
                "after",
                "when",
                "the",
                "strike",
                "crowd",
                "police",
                "fired",
                "closed",
                "because",
                "of",
                "due",
                "to",
                ",",
                ".",
                ";",
                "said",
                "protest",
                "were",
                "was",
                "stranded",
                "rain",
                "killed",
                "and",
                "not",
                "if",
                "will",
            ]
        ),
        st.text(min_size=1, max_size=8),
    ),
    max_size=40,
).map(" ".join)


@given(NEWSY)
def test_inferring_links_only_adds_marked_links_to_any_text(text: str) -> None:
    stated = timeline.extract(text, PUBLISHED)
    both = timeline.extract(text, PUBLISHED, infer_links=True)
    assert stated.events == both.events
    assert list(stated.links) == [link for link in both.links if not link.inferred]
    for link in both.links:
        assert link.source in both
        assert link.target in both


@pytest.mark.parametrize(
    ("text", "reaction", "stimulus"),
    [
        ("Dock workers walked out after the sacking of two crane drivers.", "walk", "sack"),
        ("Police detained nine men after the clashes at the depot.", "detain", "clash"),
        ("Classes were suspended following protests by lecturers.", "suspend", "protest"),
        ("Guards fired tear gas after inmates torched their mattresses.", "fire", "torch"),
    ],
)
def test_a_reaction_after_an_event_likely_answers_it_when_inferring(
    text: str, reaction: str, stimulus: str
) -> None:
    assert (reaction, "responds_to", stimulus, True) in lemma_links(text)
    # The rules alone tell only the order: "after" says when, not why.
    rules = lemma_links(text, learned=False)
    assert (reaction, "after", stimulus, False) in rules
    assert not any(relation == "responds_to" for _, relation, _, _ in rules)


@pytest.mark.parametrize(
    "text",
    [
        "A second explosion struck the depot a day after the first blast.",  # no protest
        "I had to walk home after the bus broke down.",  # a walk, not a walkout
        "No one was arrested after the clashes at the depot.",  # it did not happen
        "The talks resumed since the strike ended.",  # "since" orders, it answers nothing
    ],
)
def test_no_reaction_is_inferred_for_what_answers_nothing(text: str) -> None:
    assert not any(
        relation == "responds_to" and inferred for _, relation, _, inferred in lemma_links(text)
    )
