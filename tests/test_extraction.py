"""`timeline.extract`: event mentions, their class, actors, source, factuality and date.

Every story here is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import timeline
from timeline import EventClass, Factuality, InvalidTypeError, InvalidValueError, Polarity

MONDAY = date(2017, 9, 25)


def events(text: str, published: date | str = MONDAY) -> list[timeline.Event]:
    return list(timeline.extract(text, published).events)


def triggers(text: str) -> list[str]:
    return [text[e.span[0] : e.span[1]] for e in events(text) if e.span is not None]


def only(text: str, trigger: str) -> timeline.Event:
    [found] = [e for e in events(text) if e.span and text[e.span[0] : e.span[1]] == trigger]
    return found


# --------------------------------------------------------------------------- triggers


def test_verbs_event_nouns_and_reporting_verbs_are_events() -> None:
    text = "Gunmen attacked a convoy near the border, and the attack killed two guards."
    assert ["attacked", "attack", "killed"] == triggers(text)


def test_auxiliaries_and_the_copula_are_not_events() -> None:
    text = "The bridge has been closed and the road is dangerous."
    assert ["closed"] == triggers(text)


def test_a_predicated_state_is_an_event() -> None:
    text = "Two climbers are missing after the storm."
    assert ["missing", "storm"] == triggers(text)
    assert EventClass.STATE == only(text, "missing").event_class


def test_a_phrasal_verb_is_one_trigger() -> None:
    text = "The senator hit out at her critics on Tuesday."
    assert ["hit out"] == triggers(text)


def test_a_light_verb_and_its_event_noun_are_one_event() -> None:
    text = "Insurgents carried out the bombing."
    [event] = events(text)
    assert "bombing" == text[event.span[0] : event.span[1]]  # type: ignore[index]
    assert ("Insurgents",) == event.actors
    assert "Insurgents carried out the bombing" == event.description


def test_a_noun_heads_its_phrase_to_be_an_event() -> None:
    # "attack" modifies "helicopters" here: the helicopters are not an event.
    assert ["landed"] == triggers("Attack helicopters landed.")


def test_spans_slice_the_text_to_the_trigger() -> None:
    text = "Lt. Gen. Mira Sol said the U.S.-led coalition didn't strike the depot."
    assert ["said", "strike"] == triggers(text)


# --------------------------------------------------------------------------- classes


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The agency reported a second tremor.", "reported", EventClass.REPORTING),
        ("The mayor denied the rumour.", "denied", EventClass.I_ACTION),
        ("Farmers fear that the dam will burst.", "fear", EventClass.I_STATE),
        ("Workers began to leave the plant.", "began", EventClass.ASPECTUAL),
        ("Residents saw the tower fall.", "saw", EventClass.PERCEPTION),
        ("The tower fell.", "fell", EventClass.OCCURRENCE),
    ],
)
def test_the_timeml_class(text: str, trigger: str, expected: EventClass) -> None:
    assert expected == only(text, trigger).event_class


def test_an_intensional_verb_with_nothing_to_introduce_is_a_state() -> None:
    assert EventClass.STATE == only("The villagers fear.", "fear").event_class


# --------------------------------------------------------------------------- polarity etc.


def test_negation_makes_the_polarity_negative() -> None:
    text = "The rebels did not attack the convoy."
    assert Polarity.NEG == only(text, "attack").polarity
    assert Factuality.ASSERTED == only(text, "attack").factuality


def test_a_modal_is_recorded_and_makes_the_event_possible() -> None:
    event = only("Officials may delay the vote.", "delay")
    assert ("may", Factuality.POSSIBLE) == (event.modality, event.factuality)


def test_the_future_and_an_intention_are_possible() -> None:
    text = "The union vowed to strike, and the talks will resume."
    assert Factuality.POSSIBLE == only(text, "strike").factuality
    assert Factuality.POSSIBLE == only(text, "resume").factuality
    assert Factuality.ASSERTED == only(text, "vowed").factuality


def test_a_condition_is_possible() -> None:
    text = "The army said it would retreat if the rebels laid down their arms."
    assert Factuality.POSSIBLE == only(text, "laid down").factuality


def test_what_someone_says_is_reported_with_its_source() -> None:
    text = "Police said the suspect fled on Friday."
    fled = only(text, "fled")
    assert (Factuality.REPORTED, "Police") == (fled.factuality, fled.source)
    assert "2017-09-22" == fled.when.value  # type: ignore[union-attr]
    said = only(text, "said")
    assert (Factuality.ASSERTED, None) == (said.factuality, said.source)


def test_a_denied_event_is_reported_but_not_by_the_one_who_denies_it() -> None:
    text = "The ministry denied that its troops had fired on the crowd."
    fired = only(text, "fired")
    assert (Factuality.REPORTED, None) == (fired.factuality, fired.source)


def test_a_reporting_clause_after_what_it_reports() -> None:
    text = "The dam burst late Sunday, the governor told reporters."
    burst = only(text, "burst")
    assert ("the governor", "2017-09-24") == (burst.source, burst.when and burst.when.value)
    assert only(text, "told").when is None  # the date is the burst's, not the telling's


def test_an_inverted_reporting_clause() -> None:
    text = '"The flood has passed," said Mayor Ilse Brandt.'
    assert "Mayor Ilse Brandt" == only(text, "passed").source


def test_according_to_names_the_source() -> None:
    text = "The bridge collapsed on Tuesday, according to the Harbour Gazette."
    assert "Harbour Gazette" == only(text, "collapsed").source


def test_a_quotation_runs_on_for_its_speaker() -> None:
    text = '"We will rebuild the school," the charity said. "Our volunteers arrive today."'
    arrive = only(text, "arrive")
    assert ("the charity", Factuality.REPORTED) == (arrive.source, arrive.factuality)
    assert ("the charity",) == only(text, "rebuild").actors  # "we" is the speaker


# --------------------------------------------------------------------------- actors


def test_the_subject_is_the_actor() -> None:
    assert ("Russian jets",) == only("Russian jets struck a depot.", "struck").actors


def test_the_subject_is_found_past_a_date_and_an_appositive() -> None:
    text = "Nadia Rahim, the foreign minister, last week accused the envoy of lying."
    assert ("Nadia Rahim",) == only(text, "accused").actors
    assert ("the envoy",) == only(text, "lying").actors


def test_a_passive_agent_is_the_actor() -> None:
    text = "A guard was killed by sniper fire from the Northern Front."
    killed = only(text, "killed")
    assert ("Northern Front",) == killed.actors
    assert "A guard was killed by Northern Front" == killed.description


def test_a_participle_takes_the_subject_it_hangs_on() -> None:
    text = "Storms hit the coast on Sunday, flooding hundreds of homes."
    flooding = only(text, "flooding")
    assert ("Storms",) == flooding.actors
    assert "2017-09-24" == flooding.when.value  # type: ignore[union-attr]


def test_pronouns_are_read_back_to_the_names_before_them() -> None:
    text = "Governor Ana Ruiz met the strikers. She promised that the city would pay them."
    assert ("Governor Ana Ruiz",) == only(text, "promised").actors
    text = "The Port Authority said it would reopen the terminal."
    assert ("Port Authority",) == only(text, "reopen").actors


# --------------------------------------------------------------------------- when


def test_a_date_dates_the_events_of_its_own_clause_only() -> None:
    text = "The council said on Monday that the levee failed."
    assert "2017-09-25" == only(text, "said").when.value  # type: ignore[union-attr]
    assert only(text, "failed").when is None


def test_a_noun_is_dated_only_by_an_expression_that_modifies_it() -> None:
    text = "The attack on Sunday shocked the town."
    assert "2017-09-24" == only(text, "attack").when.value  # type: ignore[union-attr]


def test_a_statement_in_the_present_is_made_on_the_publication_day() -> None:
    event = only("The company says the outage is over.", "says")
    assert ("2017-09-25", "published") == (event.when.value, event.when.text)  # type: ignore[union-attr]


def test_an_event_counted_from_another_gets_the_computed_date() -> None:
    text = "Divers found the wreck two days after the ferry sank on Friday."
    found = only(text, "found")
    assert "2017-09-24" == found.when.value  # type: ignore[union-attr]
    assert "two days after" == found.when.text  # type: ignore[union-attr]


def test_undated_events_stay_undated() -> None:
    assert only("The ferry sank.", "sank").when is None


def test_a_complement_without_that_is_still_what_was_said() -> None:
    text = "Inspectors said the pump failed in 2019."
    assert only(text, "said").when is None  # the year is the failure's
    failed = only(text, "failed")
    assert ("Inspectors", "2019") == (failed.source, failed.when and failed.when.value)
    text = "The chief told investors the mill had closed in May."
    assert ("the mill",) == only(text, "closed").actors
    assert only(text, "told").when is None


def test_a_scheduled_event_takes_the_date_it_is_scheduled_for() -> None:
    text = "The hearing is scheduled for October 3."
    assert "2017-10-03" == only(text, "hearing").when.value  # type: ignore[union-attr]


def test_it_that_speaks_is_an_organisation_not_a_thing() -> None:
    text = "Delta Mills said its output fell, and it warned of more cuts."
    assert ("Delta Mills",) == only(text, "warned").actors


def test_a_participle_that_gives_a_reason_reports_nothing() -> None:
    text = "Lenders at Brant & Co. raised rates, citing inflation."
    raised = only(text, "raised")
    assert (Factuality.ASSERTED, None) == (raised.factuality, raised.source)
    assert ("Lenders",) == raised.actors


def test_no_verb_inside_a_prepositional_phrase() -> None:
    assert ["rose"] == triggers("Fees rose on small business loans.")


# --------------------------------------------------------------------------- text


def test_initials_titles_and_abbreviations_do_not_end_sentences() -> None:
    text = "Timothy D. Cook spoke to Lt. Gen. Ray Hale. The U.S.-led force left."
    assert ["spoke", "left"] == triggers(text)
    assert ("Timothy D. Cook",) == only(text, "spoke").actors


@pytest.mark.parametrize(
    "line",
    [
        "Read more: https://example.org/story",
        "By Jane Roe and Ola Berg",
        "Email: desk@example.org",
        "Rescuers search the rubble on Sunday. Jan Holm/AFP/Getty Images",
        "• Get our newsletter delivered to your door",
        "Twitter: @newsdesk",
    ],
)
def test_boilerplate_lines_yield_no_events(line: str) -> None:
    story = f"Crews cleared the valley on Friday.\n\n{line}\n\nThe river fell on Saturday."
    assert ["cleared", "fell"] == triggers(story)


def test_an_author_box_and_everything_after_it_is_left_out() -> None:
    story = "The strike ended.\n\nAbout the writer\n\nNell reports on labour for us."
    assert ["strike", "ended"] == triggers(story)


def test_a_paragraph_printed_twice_is_a_promotion() -> None:
    promo = "Our reporters bring you the news that matters."
    story = f"The vote passed.\n\n{promo}\n\nThe mayor resigned.\n\n{promo}"
    assert ["vote", "passed", "resigned"] == triggers(story)


def test_the_description_is_short_and_taken_from_the_clause() -> None:
    text = (
        "The regional transport authority of the northern province and its many partners "
        "quietly announced a sweeping and long-awaited overhaul of every bus route on Monday."
    )
    announced = only(text, "announced")
    assert len(announced.description.split()) <= 12
    assert announced.description.startswith("The regional transport authority")


# --------------------------------------------------------------------------- arguments


def test_published_may_be_an_iso_string_or_a_datetime() -> None:
    text = "The ferry sank on Friday."
    expected = [(e.description, e.when) for e in events(text)]
    assert expected == [(e.description, e.when) for e in events(text, "2017-09-25")]
    aware = datetime(2017, 9, 25, 9, tzinfo=UTC)
    assert "2017-09-22" == timeline.extract(text, aware).events[0].when.value  # type: ignore[union-attr]


def test_bad_arguments_are_refused_with_what_was_expected() -> None:
    with pytest.raises(InvalidValueError, match=r"expected an ISO date .* got 'Monday'"):
        timeline.extract("The ferry sank.", "Monday")
    with pytest.raises(InvalidTypeError, match="text: expected a str, got bytes"):
        timeline.extract(b"The ferry sank.", MONDAY)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="published: expected a date"):
        timeline.extract("The ferry sank.", 2017)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="extract: genre: expected 'news', 'narrative'"):
        timeline.extract("The ferry sank.", MONDAY, genre="poetry")


def test_an_empty_story_has_no_events() -> None:
    assert [] == events("")
    assert [] == events("\n\n   \n")


def test_an_event_after_a_count_is_dated_back_from_the_dated_one() -> None:
    text = "The coach resigned on Friday, a week after the board reported a loss."
    reported = only(text, "reported")
    assert "2017-W37" == reported.when.value  # type: ignore[union-attr]
    assert "a week after" == reported.when.text  # type: ignore[union-attr]


def test_a_verb_the_lexicon_lacks_after_a_negated_modal_is_a_verb() -> None:
    assert ["sail"] == triggers("Ferries may not sail.")


def test_a_past_spelt_like_its_base_before_an_adverb() -> None:
    assert ["spread"] == triggers("The rumour spread quickly.")


def test_a_plural_before_a_modal_is_the_subject() -> None:
    text = "Further strikes could delay the vote."
    assert ["strikes", "delay", "vote"] == triggers(text)


def test_the_plural_of_a_listed_event_noun_is_an_event_too() -> None:
    text = "Traders shut their shops in protest against the fuel price hikes."
    story = timeline.extract(text, "2024-04-15")
    assert "hikes" in {text[e.span[0] : e.span[1]] for e in story.events if e.span}


def test_an_infinitive_in_a_relative_clause_takes_the_noun_the_clause_follows() -> None:
    text = (
        "The rebels shelled the port, as the army fought for the bridge, which has served "
        "as a line between the two sides to keep them apart."
    )
    story = timeline.extract(text, "2024-04-15")
    keep = next(e for e in story.events if e.span and text[e.span[0] : e.span[1]] == "keep")
    assert keep.actors == ("the bridge",)
