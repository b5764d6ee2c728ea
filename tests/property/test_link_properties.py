"""Properties of the links `extract` finds, on stories built from sentences written here."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline._extract._extract import analyse
from timeline._extract._links import find_links

PUBLISHED = "2024-04-15"
CAUSES = ("storm", "earthquake", "flood", "explosion", "fire", "blast", "crash", "riot")
EFFECTS = ("collapse", "closure", "evacuation", "delays", "protests", "shutdown", "fire")
PLACES = ("the depot", "the old mill", "the harbour", "the stadium", "the rail yard")
SPEAKERS = ("Police", "The mayor", "A spokeswoman", "Witnesses", "The operator")
DEEDS = ("closed", "searched", "inspected", "evacuated", "sealed off")


@st.composite
def asserted_sentences(draw: st.DrawFn) -> str:
    cause, effect = draw(st.sampled_from(CAUSES)), draw(st.sampled_from(EFFECTS))
    place, speaker = draw(st.sampled_from(PLACES)), draw(st.sampled_from(SPEAKERS))
    deed = draw(st.sampled_from(DEEDS))
    return draw(
        st.sampled_from(
            [
                f"The {cause} at {place} led to the {effect}.",
                f"The {effect} was caused by the {cause}.",
                f"{speaker} said that workers {deed} {place}.",
                f"{speaker} {deed} {place} because of the {cause}.",
                f"A {cause} hit {place}, killing two guards.",
                f"{speaker} blamed the owners for the {cause}.",
                "The owners denied the claim.",
                f"{speaker} {deed} {place} after the {cause}.",
                f"{speaker} {deed} {place} on Monday to search for survivors.",
                f"Crews {deed} {place}, demanding an inquiry into the {cause}.",
            ]
        )
    )


@st.composite
def unasserted_sentences(draw: st.DrawFn) -> str:
    cause, effect = draw(st.sampled_from(CAUSES)), draw(st.sampled_from(EFFECTS))
    return draw(
        st.sampled_from(
            [
                f"The {cause} did not cause the {effect}.",
                f"The {cause} may have caused the {effect}.",
                f"The {cause} could lead to the {effect}.",
                f"The {cause} will trigger the {effect}.",
                f"The {cause} might have triggered the {effect}.",
                f"If the {cause} causes the {effect}, the council will meet.",
                f"The {cause} never caused the {effect}.",
            ]
        )
    )


# Verbs, adjectives and nouns that take an infinitive as their complement.
COMPLETERS = (
    "wanted to",
    "tried to",
    "decided to",
    "refused to",
    "asked the guards to",
    "told the crews to",
    "were able to",
    "had to",
    "were the first to",
    "backed the decision to",
    "won the right to",
)
AIMS = ("inspect", "close", "search", "reopen", "guard")


@st.composite
def completed_infinitives(draw: st.DrawFn) -> str:
    speaker, completer = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(COMPLETERS))
    aim, place = draw(st.sampled_from(AIMS)), draw(st.sampled_from(PLACES))
    return f"{speaker} {completer} {aim} {place}."


@st.composite
def unasserted_acts(draw: st.DrawFn) -> str:
    speaker, deed = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(DEEDS))
    aim, place = draw(st.sampled_from(AIMS)), draw(st.sampled_from(PLACES))
    verb = deed.split()[0].removesuffix("ed").removesuffix("e")
    return draw(
        st.sampled_from(
            [
                f"{speaker} did not march to {aim} {place}.",
                f"{speaker} may have gathered at {place} to {aim} it.",
                f"If {speaker.lower()} {deed} {place} to {aim} it, the union would object.",
                f"{speaker} never tried to {verb} {place}.",
            ]
        )
    )


@st.composite
def negated_sentences(draw: st.DrawFn) -> str:
    cause, effect = draw(st.sampled_from(CAUSES)), draw(st.sampled_from(EFFECTS))
    return draw(
        st.sampled_from(
            [
                f"The {cause} did not cause the {effect}.",
                f"The {cause} never caused the {effect}.",
                f"The {cause} did not lead to the {effect}.",
                f"No {effect} was caused by the {cause}.",
            ]
        )
    )


UNRELATED = (
    "The weather stayed mild in the north.",
    "Tickets for the concert sold out quickly.",
    "The library reopened its reading room.",
)


def stories(sentences: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    paragraphs = st.lists(sentences, min_size=1, max_size=3).map(" ".join)
    return st.lists(paragraphs, min_size=1, max_size=3).map("\n\n".join)


Span = tuple[int, int]


def _found(text: str) -> set[tuple[Span, str, Span]]:
    """Links as (source trigger span, relation, target trigger span) in text offsets."""
    analysis = analyse(text, PUBLISHED)
    spans: dict[str, Span] = {}
    for info in analysis.mentions:
        tagged = analysis.sentences[info.sentence].tagged
        spans[info.event_id] = (
            tagged[info.mention.head].word.start,
            tagged[info.mention.last].word.end,
        )
    return {
        (spans[link.source], link.relation, spans[link.target]) for link in find_links(analysis)
    }


@given(stories(st.one_of(asserted_sentences(), unasserted_sentences())))
def test_a_links_ends_are_events_of_the_same_timeline(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    for link in story.links:
        assert link.source in story
        assert link.target in story
        assert link.source != link.target


@given(stories(st.one_of(asserted_sentences(), unasserted_sentences())))
def test_evidence_is_a_slice_of_the_text(text: str) -> None:
    for found in find_links(analyse(text, PUBLISHED)):
        start, end = found.span
        assert found.evidence == text[start:end]
        assert found.evidence.strip() == found.evidence != ""
    for link in timeline.extract(text, PUBLISHED).links:
        assert link.evidence is not None
        assert link.evidence in text


@given(stories(st.one_of(unasserted_sentences(), st.sampled_from(UNRELATED))))
def test_negated_or_hypothetical_cues_never_give_an_asserted_causal_link(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    asserted = {link.relation.name for link in story.links if not link.possible}
    assert not asserted & {"causes", "enables", "prevents"}


@given(stories(st.one_of(negated_sentences(), st.sampled_from(UNRELATED))))
def test_a_negated_cue_gives_no_causal_link_at_all(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    assert not {link.relation.name for link in story.links} & {"causes", "enables", "prevents"}


@given(stories(st.one_of(asserted_sentences(), unasserted_sentences())))
def test_a_possible_link_orders_nothing_and_an_asserted_one_has_asserted_ends(
    text: str,
) -> None:
    story = timeline.extract(text, PUBLISHED)
    data = json.loads(story.to_json())
    data["links"] = [link for link in data["links"] if not link.get("possible")]
    told = timeline.Timeline.from_json(json.dumps(data))
    assert [] == story.conflicts()
    for link in story.links:
        if link.possible:
            continue
        if link.relation.name in ("causes", "enables", "prevents"):
            for end in (story[link.source], story[link.target]):
                assert end.factuality is not timeline.Factuality.POSSIBLE
    # Possible links take no part in the order: the ordered events are those of the
    # same timeline with only its asserted links.
    assert [e.id for e in story.ordered()] == [e.id for e in told.ordered()]


@given(stories(asserted_sentences()), st.sampled_from(UNRELATED))
def test_adding_an_unrelated_sentence_keeps_every_link(text: str, unrelated: str) -> None:
    before = _found(text)
    assert before <= _found(f"{text}\n\n{unrelated}")
    shift = len(unrelated) + 2
    moved = {((s[0] + shift, s[1] + shift), r, (t[0] + shift, t[1] + shift)) for s, r, t in before}
    assert moved <= _found(f"{unrelated}\n\n{text}")


@given(stories(completed_infinitives()))
def test_a_completing_infinitive_gives_no_aim(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    assert "motivates" not in {link.relation.name for link in story.links}


@given(stories(unasserted_acts()))
def test_the_aim_of_an_unasserted_act_is_only_possible(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    assert all(link.possible for link in story.links if link.relation.name == "motivates")


@given(stories(asserted_sentences()))
def test_an_aim_or_motive_runs_from_the_aim_to_an_asserted_act(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    for link in story.links:
        if link.relation.name == "motivates":
            act = story[link.target]
            assert act.factuality is not timeline.Factuality.POSSIBLE
            assert act.polarity is timeline.Polarity.POS
