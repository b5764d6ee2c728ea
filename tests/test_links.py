"""Links that `extract` finds between events: each cue family, and each direction.

Every sentence here is written for these tests. A link is shown as the trigger words of
its two ends: ``("blamed", "blames", "killed")``.
"""

from __future__ import annotations

import pytest

import timeline
from timeline._errors import InvalidValueError
from timeline._extract._extract import analyse
from timeline._extract._links import find_links, timeml_link_type

PUBLISHED = "2024-04-15"


def links(text: str, *, possible: bool = False) -> set[tuple[str, str, str]]:
    """The links the story tells, by their ends' triggers; with `possible`, the links
    it says only may hold instead."""
    story = timeline.extract(text, PUBLISHED)
    spans = {event.id: event.span for event in story.events}

    def trigger(event_id: str) -> str:
        span = spans[event_id]
        assert span is not None
        return text[span[0] : span[1]]

    return {
        (trigger(link.source), link.relation.name, trigger(link.target))
        for link in story.links
        if link.possible == possible
    }


# ---------------------------------------------------------------------- who says so


def test_a_reporting_verb_reports_what_it_tells() -> None:
    found = links("The coastguard said that two fishermen drowned off the cape.")
    assert ("said", "reports", "drowned") in found


def test_a_reporting_clause_after_the_report_reports_what_came_before() -> None:
    found = links("Thieves broke into the museum on Friday, the curator said.")
    assert ("said", "reports", "broke") in found


def test_a_report_tells_its_own_clause_not_the_reason_given_in_it() -> None:
    found = links("Doctors said the clinic closed early because its staff had fallen ill.")
    assert ("said", "reports", "closed") in found
    assert ("said", "reports", "fallen") not in found


def test_blaming_someone_for_an_event_blames_the_event() -> None:
    found = links("Farmers blamed the new dam for the flooding of their fields.")
    assert ("blamed", "blames", "flooding") in found


def test_a_noun_that_refers_back_stands_for_the_event_it_names() -> None:
    found = links(
        "A courier was killed on the bypass on Monday. Residents blamed the council for his death."
    )
    assert ("blamed", "blames", "killed") in found


def test_an_accusation_links_to_what_it_accuses_someone_of() -> None:
    found = links("The league accused the club of hiding payments to its players.")
    assert ("accused", "accuses", "hiding") in found


def test_hitting_out_at_someone_for_something_accuses() -> None:
    found = links("The mayor hit out at the operator for the closure of the ferry route.")
    assert ("hit out", "accuses", "closure") in found


def test_a_denial_denies_the_claim_it_names() -> None:
    found = links(
        "The union said managers had cut the night shift. The firm denied the claim on Tuesday."
    )
    assert ("denied", "denies", "cut") in found


def test_denying_that_something_happened_denies_it() -> None:
    found = links("The army denied that its drones struck the hospital.")
    assert ("denied", "denies", "struck") in found


def test_a_condemnation_condemns_its_object() -> None:
    found = links("Teachers condemned the attack on the school bus.")
    assert ("condemned", "condemns", "attack") in found


def test_a_warning_and_a_threat_point_at_what_they_announce() -> None:
    assert ("warned", "warns", "rise") in links("Engineers warned that the river would rise.")
    assert ("threatened", "threatens", "walk out") in links("Nurses threatened to walk out.")


def test_saying_one_will_hit_back_is_a_warning() -> None:
    found = links("The rebels told reporters that they would retaliate.")
    assert ("told", "warns", "retaliate") in found


def test_a_response_phrase_links_the_reaction_to_what_it_answers() -> None:
    found = links("The ministry recalled its envoy in response to the arrest of two diplomats.")
    assert ("recalled", "responds_to", "arrest") in found


def test_retaliation_links_to_what_it_avenges() -> None:
    found = links("Gunboats shelled the port in retaliation for the raid on the fleet.")
    assert ("shelled", "retaliates_for", "raid") in found


def test_an_arrest_for_something_answers_it() -> None:
    found = links("Police arrested four men for looting after the storm.")
    assert ("arrested", "responds_to", "looting") in found


def test_a_date_between_the_verb_and_its_reason_is_passed_over() -> None:
    found = links("Police arrested two men on Tuesday for looting.")
    assert ("arrested", "responds_to", "looting") in found


@pytest.mark.parametrize(
    ("text", "reaction", "reason"),
    [
        ("The court sentenced the clerk to a year in jail for stealing.", "sentenced", "stealing"),
        ("Villagers attacked him for poaching in the reserve.", "attacked", "poaching"),
        ("The guard was sacked by the firm for sleeping on duty.", "sacked", "sleeping"),
    ],
)
def test_a_sanctions_reason_may_follow_its_object_and_phrases(
    text: str, reaction: str, reason: str
) -> None:
    assert (reaction, "responds_to", reason) in links(text)


def test_a_phrase_after_the_preposition_is_not_its_event() -> None:
    found = links("The board responded to this by issuing an order.")
    assert not any(relation == "responds_to" for _, relation, _ in found)


# ---------------------------------------------------------------------- what caused what


def test_the_cause_is_the_head_of_the_subject_not_a_noun_inside_it() -> None:
    found = links("The investigation into the fire led to the arrest of a guard.")
    assert ("investigation", "causes", "arrest") in found
    assert ("fire", "causes", "arrest") not in found


def test_a_second_verb_shares_the_first_ones_subject() -> None:
    found = links("The protests spread to other towns and resulted in two deaths.")
    assert ("protests", "causes", "deaths") in found


def test_a_passive_cause_verb_without_its_agent_names_no_cause() -> None:
    found = links("Another explosion was triggered near the station.")
    assert not any(relation == "causes" for _, relation, _ in found)


def test_led_to_runs_from_the_cause_to_the_effect() -> None:
    found = links("The collapse of the bridge led to the closure of the harbour.")
    assert ("collapse", "causes", "closure") in found
    assert ("closure", "causes", "collapse") not in found


def test_a_passive_cause_verb_runs_from_its_agent() -> None:
    found = links("The collapse was caused by a fire at the substation.")
    assert ("fire", "causes", "collapse") in found
    assert ("collapse", "causes", "fire") not in found


def test_resulted_from_puts_the_cause_second_in_the_text() -> None:
    found = links("The delays resulted from a strike by baggage handlers.")
    assert ("strike", "causes", "delays") in found


@pytest.mark.parametrize("connective", ["because of", "due to", "as a result of"])
def test_a_cause_connective_makes_its_event_the_cause(connective: str) -> None:
    found = links(f"The match was cancelled {connective} the storm.")
    assert ("storm", "causes", "cancelled") in found


def test_a_connective_opening_the_sentence_points_at_the_clause_after_it() -> None:
    found = links("Because of the blockade, shops closed across the city.")
    assert ("blockade", "causes", "closed") in found


def test_a_because_clause_is_the_cause_of_the_clause_it_follows() -> None:
    found = links("The school closed because the boiler exploded.")
    assert ("exploded", "causes", "closed") in found


def test_killing_after_an_attack_is_its_effect() -> None:
    found = links("A car bomb exploded near the market, killing six and wounding ten.")
    assert {("exploded", "causes", "killing"), ("exploded", "causes", "wounding")} <= found


def test_a_participle_tells_more_of_the_verb_not_of_a_noun_in_its_phrase() -> None:
    found = links("Miners walked out in a dispute over safety, forcing the closure of the pit.")
    # "forcing the closure": what was brought about is the closure the participle names.
    assert ("walked out", "causes", "closure") in found
    assert not any(source == "dispute" for source, _, _ in found)


def test_forced_from_their_homes_is_the_effect_of_the_event_that_forced() -> None:
    found = links("The wildfire forced 3,000 people from their homes.")
    assert ("wildfire", "causes", "forced") in found


def test_prevents_and_enables_take_their_direction_from_the_verb() -> None:
    assert ("strike", "prevents", "landing") in links(
        "The strike prevented the landing of relief flights."
    )
    assert ("ceasefire", "enables", "return") in links(
        "The ceasefire allowed the return of the refugees."
    )


def test_killed_in_an_attack_was_caused_by_it() -> None:
    found = links("Three guards were killed in an attack on the convoy.")
    assert ("attack", "causes", "killed") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm did not cause the blackout.",
        "The storm may have caused the blackout.",
        "The storm could lead to a blackout.",
        "The storm will cause a blackout.",
        "If the storm causes a blackout, hospitals will use generators.",
    ],
)
def test_a_negated_or_hypothetical_cue_gives_no_asserted_link(sentence: str) -> None:
    assert set() == {link for link in links(sentence) if link[1] == "causes"}


@pytest.mark.parametrize(
    ("sentence", "cause", "effect"),
    [
        ("The storm may have caused the blackout.", "storm", "blackout"),
        ("The storm could lead to a blackout.", "storm", "blackout"),
        ("The storm will cause a blackout.", "storm", "blackout"),
        ("If the storm causes a blackout, hospitals will use generators.", "causes", "use"),
        ("Hospitals will use generators if the storm knocks out the grid.", "knocks", "use"),
    ],
)
def test_a_hypothetical_cue_gives_a_possible_link(sentence: str, cause: str, effect: str) -> None:
    assert (cause, "causes", effect) in links(sentence, possible=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm did not cause the blackout.",
        "No blackout was caused by the storm.",
        "Nobody was hurt in the storm.",
    ],
)
def test_a_negated_cue_gives_no_possible_link_either(sentence: str) -> None:
    assert not links(sentence, possible=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "He asked if the storm had caused the blackout.",  # a question, no condition
        "Generators run even if the grid fails.",  # a concession
        "Crews will repair the line if necessary.",  # no event in the condition
    ],
)
def test_an_if_that_asks_or_concedes_gives_no_condition(sentence: str) -> None:
    found = links(sentence, possible=True)
    assert not {link for link in found if link[1] == "causes" and link[2] in ("asked", "run")}
    assert all(link[0] != "necessary" for link in found)


def test_a_negated_denial_denies_nothing() -> None:
    found = links("The army did not deny that its drones struck the hospital.")
    assert not any(relation == "denies" for _, relation, _ in found)


# ---------------------------------------------------------------------- time order


def test_after_orders_the_clause_after_the_event_it_names() -> None:
    found = links("Two days after heavy rain began, the dam collapsed.")
    assert ("collapsed", "after", "began") in found


def test_before_orders_the_event_first() -> None:
    found = links("The crew inspected the hull before the launch.")
    assert ("inspected", "before", "launch") in found


def test_an_offset_is_part_of_the_evidence() -> None:
    story = timeline.extract("Two days after heavy rain began, the dam collapsed.", PUBLISHED)
    assert ["Two days after"] == [link.evidence for link in story.links]


def test_an_after_link_bounds_an_undated_event_by_the_dated_one() -> None:
    text = (
        "An earthquake struck the region on Friday. Rescue teams reached the village after "
        "the earthquake."
    )
    story = timeline.extract(text, PUBLISHED)
    reached = next(e for e in story.events if "reached" in e.description)
    assert reached.when is None
    earliest = story.bounds(reached).earliest_start
    assert earliest is not None
    assert "2024-04-12" == earliest.date().isoformat()


def test_followed_puts_its_subject_after_its_object() -> None:
    found = links("The protests followed the arrest of the mayor.")
    assert ("protests", "after", "arrest") in found


def test_a_passive_followed_by_turns_the_order_round() -> None:
    found = links("The arrest of the mayor was followed by protests.")
    assert ("arrest", "before", "protests") in found
    assert not any(relation == "causes" for _, relation, _ in found)


def test_a_date_after_the_connective_dates_rather_than_orders() -> None:
    assert set() == links("The bridge reopened after Sunday.")


# ---------------------------------------------------------------------- the link values


def test_a_found_link_carries_its_cue_as_a_slice_of_the_text() -> None:
    text = "The collapse of the bridge led to the closure of the harbour."
    (found,) = find_links(analyse(text, PUBLISHED))
    assert ("causes", "led to") == (found.relation, found.evidence)
    assert found.evidence == text[found.span[0] : found.span[1]]


def test_links_dates_contradict_are_left_out() -> None:
    # "next week" cannot have happened before Monday's statement reported it.
    assert set() == links("The envoy returns next week, aides said on Monday.")


def test_a_shown_timeline_keeps_the_events_at_both_ends_of_a_kept_link() -> None:
    from timeline._extract._extract import main_events, timeline_of

    analysis = analyse("The storm caused the collapse of the roof.", PUBLISHED)
    story = timeline_of(analysis, keep=main_events(analysis))
    assert ["causes"] == [link.relation.name for link in story.links]


def test_timeml_link_types_name_the_timeml_element() -> None:
    assert ("CLINK", None) == timeml_link_type("prevents")
    assert ("SLINK", "EVIDENTIAL") == timeml_link_type("reports")
    assert ("TLINK", "BEFORE") == timeml_link_type("before")
    # Allen's "during" is TimeML's IS_INCLUDED; "meets" its IBEFORE.
    assert ("TLINK", "IS_INCLUDED") == timeml_link_type("during")
    assert ("TLINK", "IBEFORE") == timeml_link_type("meets")
    assert ("CLINK", None) == timeml_link_type("motivates")
    with pytest.raises(InvalidValueError, match="got 'overlaps'"):
        timeml_link_type("overlaps")


def test_the_seed_style_story_draws_its_chain() -> None:
    text = (
        "A senior officer was killed on Sunday as a result of shelling by militants, the "
        "ministry said. Officials blamed the neighbouring state for his death. The "
        "neighbouring state denied the allegation."
    )
    found = links(text)
    assert {
        ("shelling", "causes", "killed"),
        ("said", "reports", "killed"),
        ("blamed", "blames", "killed"),
    } <= found
    assert any(relation == "denies" for _, relation, _ in found)
    assert [] == timeline.extract(text, PUBLISHED).conflicts()


# ---------------------------------------------------------------------- our own stories


def test_our_annotated_stories_meet_the_link_targets() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from corpus.stories import score, stories

    annotated = stories()
    assert len(annotated) >= 8
    assert len({story.beat for story in annotated}) >= 8
    result, notes = score(annotated)
    assert result.precision >= 0.75, notes
    assert result.f1 >= 0.70, notes


# ------------------------------------------------------------------ aims and motives


def test_an_infinitive_after_an_act_and_its_object_is_its_aim() -> None:
    found = links("Police fired water cannon at the square to clear the crowd.")
    assert ("clear", "motivates", "fired") in found


def test_an_aim_may_come_after_the_acts_phrases_and_its_date() -> None:
    found = links("Nurses gathered outside the ward on Monday to demand more staff.")
    assert ("demand", "motivates", "gathered") in found


def test_a_verb_of_going_takes_its_aim_at_once() -> None:
    assert ("protest", "motivates", "rushed") in links(
        "Hundreds of traders rushed to protest against the new levy."
    )


def test_in_order_to_and_in_a_bid_to_say_the_aim_outright() -> None:
    found = links("The port closed two berths in order to repair the cranes.")
    assert ("repair", "motivates", "closed") in found
    found = links("In a bid to end the dispute, the council raised the offer.")
    assert ("end", "motivates", "raised") in found


@pytest.mark.parametrize(
    "text",
    [
        "The workers wanted to meet the director.",
        "The union decided to suspend the walkout.",
        "The mayor asked the drivers to return to work.",
        "The board was able to pay its suppliers.",
        "Cleaners had to leave the building.",
        "The court upheld the decision to close the mine.",
        "She came to know the valley well.",
        "He was the first miner to reach the surface.",
        "The firm used to export timber.",
    ],
)
def test_an_infinitive_that_completes_a_verb_noun_or_adjective_is_no_aim(text: str) -> None:
    assert not {link for link in links(text) if link[1] == "motivates"}


def test_a_participle_of_demanding_gives_the_motive_of_the_act_before_it() -> None:
    found = links("Taxi drivers blocked the bridge, demanding lower fuel taxes.")
    assert ("demanding", "motivates", "blocked") in found
    found = links("Porters staged a sit-in outside the depot seeking the return of their permits.")
    assert ("seeking", "motivates", "sit-in") in found


def test_a_motive_participle_opening_the_sentence_drives_the_act_after_it() -> None:
    found = links("Demanding safer crossings, parents marched to the town hall.")
    assert ("Demanding", "motivates", "marched") in found


def test_calling_is_a_motive_only_with_for() -> None:
    assert ("calling", "motivates", "rallied") in links(
        "Students rallied outside parliament, calling for free tuition."
    )
    found = links("He resigned, calling the vote a farce.")
    assert not {link for link in found if link[1] == "motivates"}


def test_a_participle_that_continues_a_verb_is_no_motive() -> None:
    found = links("Residents started protesting about the noise.")
    assert not {link for link in found if link[1] == "motivates"}


def test_the_means_of_an_act_brought_it_about() -> None:
    found = links("Villagers blocked the lane by digging a trench across it.")
    assert ("digging", "causes", "blocked") in found


def test_a_passive_with_by_names_its_agent_not_a_means() -> None:
    found = links("The lane was blocked by villagers digging a trench.")
    assert ("digging", "causes", "blocked") not in found


def test_a_reaction_over_an_event_responds_to_it() -> None:
    found = links("There was widespread anger over the closure of the maternity unit.")
    assert ("anger", "responds_to", "closure") in found


def test_an_emotion_at_an_event_responds_to_it() -> None:
    found = links("Fans were furious at the cancellation of the final.")
    assert ("furious", "responds_to", "cancellation") in found


def test_an_arrest_in_connection_with_an_event_responds_to_it() -> None:
    found = links("Two men were arrested in connection with the robbery.")
    assert ("arrested", "responds_to", "robbery") in found


def test_a_protest_in_support_of_demands_is_driven_by_them() -> None:
    found = links("Dock workers held a strike in support of their demands.")
    assert ("demands", "motivates", "strike") in found


def test_over_as_an_adverb_names_no_ground() -> None:
    found = links("The strike was over and the buses ran again.")
    assert not {link for link in found if link[1] == "responds_to"}


def test_in_the_wake_of_an_event_is_a_consequence_of_it() -> None:
    found = links("Schools shut in the wake of the floods.")
    assert ("floods", "causes", "shut") in found


def test_a_verb_of_feeling_is_caused_by_its_subject_event() -> None:
    assert ("verdict", "causes", "angered") in links("Residents were angered by the verdict.")


def test_an_event_that_ends_in_another_caused_it() -> None:
    assert ("talks", "causes", "deadlock") in links("The talks ended in deadlock.")


def test_a_harm_sharing_a_passive_auxiliary_was_done_by_the_event() -> None:
    found = links("Two guards were killed and nine others injured in the explosion.")
    assert ("explosion", "causes", "injured") in found


def test_motivates_is_causal_and_says_nothing_about_time() -> None:
    relation = timeline.lookup_relation("motivates")
    assert relation.kind is timeline.RelationKind.CAUSAL
    assert relation.implication == ()
    assert timeml_link_type("motivates") == ("CLINK", None)  # the act first: see test_timeml_links


def test_a_response_to_an_event_told_in_a_longer_earlier_sentence_is_linked() -> None:
    # The event the response names is found sentences back, at a word index past the end
    # of the response's own sentence; it used to be looked up in the wrong sentence.
    text = (
        "Thousands of dock workers at ports across the country walked out in a long strike. "
        "Owners responded to the strike."
    )
    assert ("responded", "responds_to", "strike") in links(text)


def test_an_event_that_harms_is_the_cause_of_the_harm() -> None:
    found = links("The gas explosion destroyed the bakery and damaged two shops.")
    assert ("explosion", "causes", "destroyed") in found
    assert ("explosion", "causes", "damaged") in found


def test_people_who_harm_are_actors_not_causes() -> None:
    assert not {link for link in links("Soldiers wounded two smugglers.") if link[1] == "causes"}


def test_thereby_makes_the_participle_a_result_of_the_act() -> None:
    found = links("The board cut the pension fund, thereby angering retired staff.")
    assert ("cut", "causes", "angering") in found


def test_so_that_gives_the_aim_of_the_act() -> None:
    found = links("The crew lowered the barrier so that the ferry could dock.")
    assert ("dock", "motivates", "lowered") in found


def test_weather_is_an_event_that_can_cause() -> None:
    assert ("rain", "causes", "landslide") in links("Days of rain triggered a landslide.")


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The port town has been shaken by a month of strikes.", "strikes", "shaken"),
        ("The valley was gripped by floods for a week.", "floods", "gripped"),
    ],
)
def test_a_place_shaken_or_gripped_by_an_event_suffers_it(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


def test_a_harm_when_something_happened_was_done_by_it() -> None:
    found = links("Three hikers were injured on Sunday when a ledge collapsed.")
    assert ("collapsed", "causes", "injured") in found


def test_when_after_a_state_gives_no_cause() -> None:
    assert not links("The keeper was asleep when the storm hit.")


def test_criticising_an_event_accuses_it() -> None:
    assert ("criticised", "accuses", "closure") in links("Parents criticised the closure.")


def test_denying_the_charge_denies_what_the_accusation_named() -> None:
    found = links(
        "The union accused the owners of provoking the dispute. The owners denied the charge."
    )
    assert ("denied", "denies", "provoking") in found


def test_a_number_after_the_cue_does_not_hide_the_effect() -> None:
    found = links("The raids resulted in over 200 arrests.")
    assert ("raids", "causes", "arrests") in found


def test_left_may_name_many_people_before_their_state() -> None:
    found = links("The clashes left at least six students and a security guard injured.")
    assert ("clashes", "causes", "left") in found


def test_a_participle_right_after_a_noun_tells_what_that_noun_did() -> None:
    found = links("Gunmen attacked the convoy, the ambush leading to the death of a driver.")
    assert ("ambush", "causes", "death") in found
    found = links("A guard saw looters causing damage to the shop.")
    assert not {link for link in found if link[1] == "causes"}


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The van swerved and hit him causing injuries to his legs.", "hit", "injuries"),
        ("Strikers threw stones at a bus near Kelford injuring the driver.", "threw", "injuring"),
        ("Two men attacked him leaving him with a broken arm.", "attacked", "leaving"),
    ],
)
def test_a_participle_after_a_pronoun_or_a_name_tells_what_the_verb_did(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "The police stopped them leaving the square.",
        "Guards found him lying near the gate.",
        "A neighbour saw them causing damage to the fence.",
    ],
)
def test_a_participle_completing_its_verbs_object_tells_no_cause(text: str) -> None:
    assert not {link for link in links(text) if link[1] == "causes"}


def test_a_reduced_relative_is_not_the_cause_a_participle_tells_of() -> None:
    found = links("Violence erupted at a rally attended by 700 people, leading to the deaths.")
    assert ("erupted", "causes", "deaths") in found
    assert ("attended", "causes", "deaths") not in found


def test_unrest_is_an_event_noun_not_a_superlative() -> None:
    assert ("unrest", "causes", "closed") in links("The road stayed closed due to the unrest.")


def test_a_gerund_after_by_is_the_means_even_where_the_act_looks_passive() -> None:
    found = links("The drivers later protested by blocking the road with their lorries.")
    assert ("blocking", "causes", "protested") in found


def test_by_after_a_participle_that_follows_its_noun_names_the_agent() -> None:
    found = links("It was a race shaped by soaring rents.")
    assert not {link for link in found if link[1] == "causes"}


def test_the_charge_names_the_accusation_not_the_last_thing_said() -> None:
    text = (
        "The union accused the owners of provoking the strike. "
        '"They shut the gates on us," the union leader said. The owners denied the charge.'
    )
    assert ("denied", "denies", "provoking") in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "The index fell 300 points over the week to reach its lowest level since May.",
        "Shares rebounded on Friday to close the week higher.",
        "Prices surged after pledges by lenders to ease the squeeze.",
        "The airline signed a contract with the state to supply six jets.",
    ],
)
def test_a_result_of_a_change_or_a_nouns_own_aim_is_no_aim_of_the_act(text: str) -> None:
    assert not {link for link in links(text) if link[1] == "motivates"}


def test_due_to_before_a_verb_is_a_schedule_not_a_cause() -> None:
    found = links("The jet was taxiing when it was due to fly to Lisbon.")
    assert not {link for link in found if link[1] == "causes"}


def test_a_reaction_takes_its_to_right_after_the_verb() -> None:
    found = links("Markets reacted calmly after lenders unveiled a plan to inject cash.")
    assert not {link for link in found if link[1] == "responds_to"}


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "Lorry drivers blocked the ring road, causing hardship for commuters.",
            "blocked",
            "hardship",
        ),
        ("The quake struck at dawn, resulting in damage to hundreds of homes.", "struck", "damage"),
        ("The outage caused chaos at the station.", "outage", "chaos"),
        ("The ruling sparked a wave of sit-ins.", "ruling", "sit-ins"),
        ("The storm caused the old wall to collapse.", "storm", "collapse"),
    ],
)
def test_what_a_cause_verb_brings_about_is_the_effect_not_the_verb(
    text: str, cause: str, effect: str
) -> None:
    found = links(text)
    assert (cause, "causes", effect) in found
    assert not {link for link in found if link[2] in ("causing", "resulting", "caused")}


def test_a_demand_drives_the_attempt_whose_aim_did_not_happen() -> None:
    found = links("Pensioners tried to block the ring road, demanding a rise in benefits.")
    assert ("demanding", "motivates", "tried") in found
    assert not {link for link in found if link[2] == "block"}  # only tried, not done


def test_an_aim_after_a_refusal_is_the_refusals() -> None:
    found = links("Nurses refused to work overtime to protest the cuts.")
    assert ("protest", "motivates", "refused") in found


@pytest.mark.parametrize(
    ("text", "aim", "act"),
    [
        ("Crowds took to the streets on Saturday to oppose the new tax.", "oppose", "took"),
        ("The delegates left shortly before 10am to catch the ferry.", "catch", "left"),
        ("Dozens marched through the town at 9 am to greet the team.", "greet", "marched"),
    ],
)
def test_a_date_or_a_time_of_day_before_an_aim_does_not_hide_it(
    text: str, aim: str, act: str
) -> None:
    assert (aim, "motivates", act) in links(text)


def test_how_long_something_took_is_no_aim() -> None:
    found = links("It took divers two hours on Sunday to reach the wreck.")
    assert not {link for link in found if link[1] == "motivates"}


def test_a_demand_after_a_plan_drives_nothing_yet() -> None:
    found = links("Pensioners planned to block the ring road, demanding a rise in benefits.")
    assert not {link for link in found if link[1] == "motivates"}


def test_the_agent_of_a_passive_cause_is_no_event_but_what_it_was_doing_is() -> None:
    found = links("The brawl was sparked by fans hurling bottles.")
    assert ("hurling", "causes", "brawl") in found
    assert not {link for link in found if "fans" in (link[0], link[2])}


def test_a_verb_held_in_a_phrase_keeps_its_own_event() -> None:
    found = links("A vigil was held in protest against the closure.")
    assert ("held", "responds_to", "closure") in found


def test_a_harm_reaches_a_cause_named_with_a_hyphenated_length() -> None:
    found = links("Traffic in the city was today disrupted by a 24-hour strike.")
    assert ("strike", "causes", "disrupted") in found


@pytest.mark.parametrize(
    ("text", "cause", "harm"),
    [
        ("Four marshals suffered burns in the blaze.", "blaze", "burns"),
        ("Two porters received gunshot wounds in the ambush.", "ambush", "wounds"),
        ("A farmer was hacked to death in the feud.", "feud", "hacked"),
    ],
)
def test_an_injury_or_a_killing_in_an_event_was_caused_by_it(
    text: str, cause: str, harm: str
) -> None:
    assert (cause, "causes", harm) in links(text)


def test_an_injury_nobody_suffered_has_no_cause() -> None:
    found = links("No passenger suffered injuries in the collision.")
    assert not {link for link in found if link[1] == "causes"}


def test_a_killing_told_as_butchery_is_what_the_attack_did() -> None:
    found = links("The militia struck at dawn, butchering nine villagers.")
    assert ("struck", "causes", "butchering") in found


def test_a_hostile_act_answers_the_doing_it_is_for() -> None:
    found = links("Drivers smashed two taxis for carrying fares during the stoppage.")
    assert ("smashed", "responds_to", "carrying") in found


def test_a_report_reaches_the_main_clause_past_a_relative_aside() -> None:
    found = links(
        "The new tolls, which took effect on Monday, have been scrapped, the minister said."
    )
    assert ("said", "reports", "scrapped") in found


def test_saying_before_a_plural_subject_is_a_saying() -> None:
    found = links("Officials confirmed the outbreak, saying crews had been sent.")
    assert ("saying", "reports", "sent") in found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "When rangers who had driven all night reached the camp, poachers were arrested.",
            ("arrested", "responds_to", "reached"),
        ),
        (
            "When the levee that guarded the farms broke, three men drowned.",
            ("broke", "causes", "drowned"),
        ),
    ],
)
def test_a_fronted_clause_cut_by_a_relative_hangs_on_the_verb_after_its_comma(
    text: str, link: tuple[str, str, str]
) -> None:
    assert link in links(text)


def test_a_participle_qualifying_a_cause_noun_is_not_the_cause() -> None:
    found = links("The recall was prompted by dozens of cases recorded since May.")
    assert not {link for link in found if link[0] == "recorded"}


def test_a_phrase_inside_the_subject_does_not_make_its_verb_a_participle() -> None:
    found = links("The meeting of two rival groups resulted in a brawl.")
    assert ("meeting", "causes", "brawl") in found
    later = links("Farmers are counting losses after a swarm of locusts invaded the valley.")
    assert ("counting", "after", "invaded") in later


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "The tour was postponed, leading to the cancellation of two shows.",
            "postponed",
            "cancellation",
        ),
        (
            "The carmaker announced deep cuts in output, resulting in the closure of two plants.",
            "cuts",
            "closure",
        ),
        ("The collapse sent shares tumbling.", "collapse", "tumbling"),
        ("The statement caused a sharp decrease in sales.", "statement", "decrease"),
    ],
)
def test_a_result_participle_or_a_causing_verb_names_its_effect(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was directing traffic on the road leading to Kelby.",
        "The army sent troops to the border on Monday.",
    ],
)
def test_a_causing_verb_with_no_event_after_it_links_nothing(text: str) -> None:
    assert not {link for link in links(text) if link[1] == "causes"}


def test_a_response_to_complaints_answers_them() -> None:
    found = links("The firm released an update in response to complaints from users.")
    assert ("released", "responds_to", "complaints") in found


def test_saying_that_is_too_early_to_say_reports_nothing() -> None:
    found = links("It is too early to say what started the blaze.")
    assert not {link for link in found if link[1] == "reports"}


def test_going_on_to_say_reports_and_has_no_aim() -> None:
    found = links("She went on to say that the plan had collapsed.")
    assert ("say", "reports", "collapsed") in found
    assert not {link for link in found if link[1] == "motivates"}


def test_a_court_holding_that_reports_what_it_held() -> None:
    found = links("The court quashed the permit, holding that the council had ignored the law.")
    assert ("holding", "reports", "ignored") in found


def test_a_report_in_mid_sentence_before_and_reports_what_came_first() -> None:
    text = "The pier had been inspected on Monday, she said, and new rails were fitted later."
    assert ("said", "reports", "inspected") in links(text)


def test_hours_later_counts_from_the_last_event_told() -> None:
    text = (
        "Crews began digging at dawn, and by noon four men had been freed. "
        "The rest were found two hours later."
    )
    assert ("found", "after", "freed") in links(text)


def test_a_harm_reaches_its_cause_past_an_adverb_and_a_time() -> None:
    found = links("Four men were trapped underground early yesterday by a fall of rock.")
    assert ("fall", "causes", "trapped") in found


def test_a_clause_joined_with_its_own_subject_is_told_too() -> None:
    found = links('"Our crews are exhausted and some are quitting," she told reporters.')
    assert ("told", "reports", "quitting") in found


def test_reacting_by_doing_something_makes_the_doing_the_response() -> None:
    found = links("The council reacted to the ruling by closing the market.")
    assert ("closing", "responds_to", "ruling") in found
    assert ("closing", "causes", "reacted") not in found


def test_high_winds_are_an_event_that_can_delay() -> None:
    assert ("winds", "causes", "delayed") in links("The launch had been delayed by high winds.")


def test_in_response_opening_a_sentence_answers_the_sentence_before() -> None:
    found = links("Farmers blocked the ring road. In response, the council cut the levy.")
    assert ("cut", "responds_to", "blocked") in found


def test_in_response_to_a_guess_answers_nothing() -> None:
    text = "He said a leak may have caused the fire. In response, the port shut two docks."
    assert not {link for link in links(text) if link[1] == "responds_to"}


def test_as_a_result_ending_a_clause_makes_the_clause_before_its_cause() -> None:
    found = links("The pump failed at noon, and the mine flooded as a result.")
    assert ("failed", "causes", "flooded") in found


def test_an_event_that_comes_after_another_is_after_it() -> None:
    found = links("The walkout came two days after pay talks collapsed.")
    assert ("walkout", "after", "collapsed") in found
    assert ("came", "after", "collapsed") not in found


def test_debris_scattered_by_a_break_up_is_its_result() -> None:
    found = links("The barge broke apart in the storm, scattering cargo along the shore.")
    assert ("broke", "causes", "scattering") in found


def test_a_fronted_with_and_a_participle_is_the_circumstance_that_caused() -> None:
    found = links("With most drivers staying at home, the depot closed early.")
    assert ("staying", "causes", "closed") in found
    assert not links("With forty men aboard, the ship left port.")


def test_leading_something_is_not_bringing_it_about() -> None:
    assert not links("Crowds cheered the mayor, leading a march through the square.")
    found = links("The delay angered fans, leading to a protest.")
    assert ("angered", "causes", "protest") in found


def test_a_reason_explains_the_clause_not_a_participle_on_its_object() -> None:
    found = links("The clinic is turning away patients arriving from the coast due to the strike.")
    assert ("strike", "causes", "turning") in found
    assert ("strike", "causes", "arriving") not in found


def test_a_denial_in_a_relative_clause_without_that_denies_the_noun_it_hangs_on() -> None:
    found = links("Tenants repeated a claim the landlord denied on Friday.")
    assert ("denied", "denies", "claim") in found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said it was too soon to tell whether the levee would hold.",
        "Police said it was not clear whether anyone was hurt.",
        "The council said it was not known how the blaze started.",
    ],
)
def test_saying_something_is_not_yet_known_reports_nothing(text: str) -> None:
    assert not {link for link in links(text) if link[1] == "reports"}


@pytest.mark.parametrize(
    "text",
    [
        "The pass was closed, state police said.",
        "The pass was closed, police in the canton said.",
        "The pass was closed, a spokesman for the police said.",
    ],
)
def test_a_postposed_speaker_may_have_a_modifier_or_a_phrase(text: str) -> None:
    assert ("said", "reports", "closed") in links(text)


def test_the_event_a_risk_names_is_no_antecedent() -> None:
    text = "Engineers warned of the danger of further slides. The slide buried the road."
    story = timeline.extract(text, PUBLISHED)
    warned = [e for e in story.events if "slides" in e.description]
    assert all(e.factuality is not None and e.factuality.value == "possible" for e in warned)
    assert ("slide", "causes", "buried") in links(text)


@pytest.mark.parametrize(
    ("text", "cause", "harm"),
    [
        ("The flood washed out the track.", "flood", "washed"),
        ("The strike has cut output by half.", "strike", "cut"),
        ("The slide hit the village, burying six houses.", "hit", "burying"),
    ],
)
def test_an_event_that_harms_causes_the_harm(text: str, cause: str, harm: str) -> None:
    assert (cause, "causes", harm) in links(text)


def test_denying_this_denies_what_the_sentence_before_told() -> None:
    text = "Residents said the plant dumped ash in the river. The firm denied this."
    assert ("denied", "denies", "dumped") in links(text)
    guess = "Residents said the plant may have dumped ash. The firm denied this."
    assert not {link for link in links(guess) if link[1] == "denies"}


def test_responding_by_doing_something_reports_nothing() -> None:
    found = links("The ministry responded by suspending the contract.")
    assert not {link for link in found if link[1] == "reports"}


def test_an_apposition_does_not_hide_the_subject_of_a_passive_cause() -> None:
    found = links("The flooding, the worst in decades, was caused by torrential rain.")
    assert ("rain", "causes", "flooding") in found


def test_every_verb_an_after_clause_joins_comes_before_its_host() -> None:
    found = links("Shops stayed shut after looters smashed windows and stole goods.")
    assert ("stayed", "after", "smashed") in found
    assert ("stayed", "after", "stole") in found


def test_an_order_not_what_it_orders_comes_after() -> None:
    found = links("The club on Monday told two players to leave, a day after fans booed them.")
    assert ("told", "after", "booed") in found
    assert not {link for link in found if link[0] == "leave"}


def test_a_verb_joined_after_an_after_phrase_is_the_main_clauses() -> None:
    found = links("Farmers planted after the first showers and were expecting a harvest.")
    assert ("planted", "after", "showers") in found
    assert ("planted", "after", "expecting") not in found


def test_as_many_as_gives_no_reason() -> None:
    found = links("As many as forty guards had quit when the jail closed its wing.")
    assert not {link for link in found if link[2] == "As"}
    assert not {link for link in found if link[0] == "quit" and link[1] == "causes"}


def test_what_people_were_left_to_do_is_no_aim() -> None:
    assert not links("Commuters were left to walk home.")
    found = links("The fire shut the depot, leaving drivers to wait outside.")
    assert ("shut", "causes", "wait") in found
    assert ("wait", "motivates", "leaving") not in found


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("Talks had been strained by the seizure of a tanker.", "seizure", "strained"),
        ("The climber died of his injuries on Sunday.", "injuries", "died"),
        ("The old farmer died from burns a week later.", "burns", "died"),
    ],
)
def test_a_harm_names_its_cause_after_by_of_or_from(text: str, cause: str, effect: str) -> None:
    assert (cause, "causes", effect) in links(text)


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        ("The pilot cut the engine and then radioed the tower.", "radioed", "cut"),
        ("Rain fell for hours and then the river burst its banks.", "burst", "fell"),
        (
            "She went to the bank after she was robbed, and then called her lawyer.",
            "called",
            "went",
        ),
    ],
)
def test_and_then_puts_what_follows_after_the_main_verb(
    text: str, later: str, earlier: str
) -> None:
    assert (later, "after", earlier) in links(text)


def test_a_participle_after_a_time_tells_what_the_verb_before_did() -> None:
    found = links("Truckers blocked the bridge until 9 p.m. causing long delays.")
    assert ("blocked", "causes", "delays") in found


def test_a_fronted_participle_of_demand_motivates_the_main_clause() -> None:
    found = links("Demanding the return of the land, villagers blocked the main road.")
    assert ("Demanding", "motivates", "blocked") in found


def test_an_action_is_an_event_a_cause_phrase_can_name() -> None:
    found = links("Two ferries were cancelled because of strike action by crews.")
    assert ("action", "causes", "cancelled") in found


def test_an_event_noun_before_an_unmarked_participle_is_its_cause() -> None:
    found = links("Shares fell on Monday, with a slump in orders causing heavy losses.")
    assert ("slump", "causes", "losses") in found
    assert ("fell", "causes", "losses") not in found


def test_going_to_a_place_named_like_a_verb_is_no_aim() -> None:
    found = links("Two of the smugglers went to jail and the rest returned to work.")
    assert not {link for link in found if link[1] == "motivates"}


def test_a_gerund_after_an_auxiliary_and_adverb_passive_is_its_agent() -> None:
    found = links("The coast is often struck by damaging storms.")
    assert not {link for link in found if link[1] == "causes" and link[0] == "damaging"}


def test_so_that_skips_a_relative_clause_and_a_negated_aim_gives_no_link() -> None:
    found = links(
        "The crews keep a radio open so that their boats, which fish rival grounds, can meet."
    )
    assert ("fish", "motivates", "keep") not in found
    assert ("share", "motivates", "keep") in links(
        "The crews keep a radio open so that the boats can share the channel."
    )
    found = links("The crews keep a radio open so that their boats do not collide.")
    assert not {link for link in found if link[1] == "motivates"}


def test_a_harm_verb_without_an_object_was_undergone_not_done() -> None:
    assert not links("Talks stalled on Friday.")
    assert not {link for link in links("The ferry sank near the pier.") if link[1] == "causes"}


def test_a_motive_participle_after_a_date_opens_its_own_clause() -> None:
    found = links(
        "The union launched the strike on September 29 demanding the scrapping of the levy."
    )
    assert ("demanding", "motivates", "strike") in found


def test_an_offset_with_later_orders_the_event_after_the_one_told_before() -> None:
    found = links(
        "Gunmen robbed a bank on the high street. Two hours later, police arrested a man."
    )
    assert ("arrested", "after", "robbed") in found
    found = links("Gunmen robbed a bank. Police arrested two men minutes later.")
    assert ("arrested", "after", "robbed") in found


def test_later_without_a_length_or_after_a_denial_orders_nothing() -> None:
    assert not links("Gunmen robbed a bank. Later, police arrived.") & {
        ("arrived", "after", "robbed")
    }
    found = links("The firm denied any fault. Hours later, regulators opened an inquiry.")
    assert not {link for link in found if link[1] == "after"}


def test_an_argument_is_an_event_a_shooting_can_follow() -> None:
    assert ("shooting", "after", "argument") in links("The shooting followed an argument.")


def test_a_reaction_phrase_after_a_verb_and_its_object_tells_why_the_verb_acted() -> None:
    found = links("The council reviewed the curfew in response to the riots.")
    assert ("reviewed", "responds_to", "riots") in found
    found = links("There were protests in response to the verdict.")
    assert ("protests", "responds_to", "verdict") in found


def test_a_hedged_past_is_reported_but_a_forecast_is_not() -> None:
    found = links("Traders said a software fault may have triggered the selling.")
    assert ("said", "reports", "triggered") in found
    assert ("fault", "causes", "triggered") not in found
    assert not links("Traders said a software fault may trigger more selling.")


def test_as_with_a_perfect_gives_a_reason() -> None:
    assert ("met", "causes", "called off") in links(
        "The union called off the strike as the company had met its demands."
    )
    assert ("failed", "causes", "called") in links(
        "As the talks had failed, the union called a strike."
    )


def test_as_with_a_simple_past_is_while_and_gives_no_cause() -> None:
    found = links("As the crowd grew, police closed the square.")
    assert not {link for link in found if link[1] == "causes"}


def test_a_protest_for_an_event_is_driven_by_it() -> None:
    found = links("Bus drivers went on strike for the release of two colleagues.")
    assert ("release", "motivates", "strike") in found
    assert not links("The strike went on for three days.")


def test_a_storm_that_batters_a_coast_causes_the_battering() -> None:
    assert ("storm", "causes", "battered") in links("The storm battered the coast on Sunday.")


def test_a_cause_verb_without_its_object_gives_no_effect() -> None:
    found = links("The riots which unleashed after the murder spread to two towns.")
    assert ("riots", "causes", "murder") not in found


def test_a_ground_phrase_ends_where_a_new_clause_begins() -> None:
    found = links("The agitation against the plan cripples the port.")
    assert ("agitation", "responds_to", "cripples") not in found


def test_an_aim_after_a_passive_or_an_aspectual_verb_with_its_object() -> None:
    assert ("highlight", "motivates", "held") in links(
        "The sit-in was held to highlight the delays in payment."
    )
    assert ("protest", "motivates", "continued") in links(
        "Farmers continued their march across the district, to protest the new levy."
    )


def test_a_light_verb_noun_after_to_is_an_aim() -> None:
    found = links("The gang took two guards hostage to make good their escape.")
    assert ("escape", "motivates", "took") in found


def test_a_verb_that_takes_an_object_and_an_infinitive_completes_it() -> None:
    found = links("The mayor urged the drivers on Monday to end the blockade.")
    assert not {link for link in found if link[1] == "motivates"}


def test_an_infinitive_right_after_an_event_noun_is_that_events_aim() -> None:
    found = links("The minister spoke at a session to discuss the cuts.")
    assert ("discuss", "motivates", "session") in found
    assert ("discuss", "motivates", "spoke") not in found


def test_an_infinitive_with_its_own_subject_after_for_is_no_aim() -> None:
    found = links("Her lawyer made arrangements on Friday for her to enter a clinic.")
    assert not {link for link in found if link[1] == "motivates"}
    found = links("Workers blocked the highway for three hours to protest against the arrest.")
    assert ("protest", "motivates", "blocked") in found


def test_against_someone_for_something_gives_the_reason() -> None:
    found = links(
        "Party workers protested against their leader for allotting the seat to a newcomer."
    )
    assert ("protested", "responds_to", "allotting") in found


def test_a_reaction_word_may_stand_back_from_its_ground_when_no_event_is_between() -> None:
    found = links(
        "Miners staged a sit-in at the mine in the platinum belt on Friday over the "
        "suspension of four leaders."
    )
    assert ("sit-in", "responds_to", "suspension") in found


def test_a_nearer_event_noun_takes_the_ground_phrase() -> None:
    found = links("The army launched air strikes in retaliation for the shelling.")
    assert ("strikes", "retaliates_for", "shelling") in found
    assert not {link for link in found if link[1] == "motivates"}


def test_this_opening_a_sentence_stands_for_the_event_before() -> None:
    found = links("Police fired on the crowd. This triggered a fresh round of protests.")
    assert ("fired", "causes", "protests") in found


def test_a_noun_that_names_no_kind_of_event_stands_for_the_one_told_before() -> None:
    found = links("The council raised fares. The move angered commuters.")
    assert ("raised", "causes", "angered") in found


def test_the_decision_is_not_simply_the_last_event_told() -> None:
    found = links("Rain fell for two days. Fans criticised the league for the decision.")
    assert not {link for link in found if link[2] == "fell"}


def test_only_an_organised_event_has_an_aim_of_its_own() -> None:
    found = links("Looters took advantage of the blackout to raid the shops.")
    assert ("raid", "motivates", "took") in found
    assert ("raid", "motivates", "blackout") not in found
    assert not links("The council allowed the rally to go ahead.")


def test_a_ground_after_for_is_an_event_named_not_an_infinitive() -> None:
    found = links("Marchers gathered at a rally for everyone to see.")
    assert not {link for link in found if link[1] == "motivates" and link[0] == "see"}


def test_as_with_a_state_gives_a_reason() -> None:
    found = links("The lawyers turned on the reporters as they were unhappy about the coverage.")
    assert ("unhappy", "causes", "turned") in found


def test_a_disruption_over_an_event_responds_to_it() -> None:
    found = links("Members disrupted the assembly over the arrest of their leader.")
    assert ("disrupted", "responds_to", "arrest") in found


def test_an_aim_after_a_gerund_with_its_object_and_a_date() -> None:
    found = links(
        "Technicians began a protest by wearing black bands last Friday to oppose the cuts."
    )
    assert ("oppose", "motivates", "wearing") in found


def test_for_before_a_phrase_of_its_own_does_not_give_the_infinitive_a_subject() -> None:
    found = links("Workers struck for two days at the depot on Monday to condemn the murder.")
    assert ("condemn", "motivates", "struck") in found


def test_a_campaign_has_an_aim_of_its_own() -> None:
    found = links("The youths launched a rally under their campaign to spread the message.")
    assert ("spread", "motivates", "campaign") in found


def test_leaving_to_do_something_is_an_aim() -> None:
    found = links("The marchers left the square shortly before noon to deliver a letter.")
    assert ("deliver", "motivates", "left") in found
    # "deliver a petition" is one event, the petition's (a light verb and its noun).
    light = links("The marchers left the square shortly before noon to deliver a petition.")
    assert ("petition", "motivates", "left") in light


def test_adjectives_shaped_like_deverbal_nouns_are_no_events() -> None:
    text = "Several factions held formal talks."
    story = timeline.extract(text, PUBLISHED)
    triggers = {text[event.span[0] : event.span[1]] for event in story.events if event.span}
    assert "talks" in triggers
    assert not triggers & {"Several", "factions", "formal"}


def test_a_tiff_is_an_event_that_can_lead_to_clashes() -> None:
    assert ("tiff", "causes", "clashes") in links("A minor tiff between boys led to clashes.")


def test_a_reason_or_a_harm_clause_opening_the_sentence() -> None:
    found = links("Because the talks had failed, the union called a strike.")
    assert ("failed", "causes", "called") in found
    found = links("When the roof collapsed, two workers were killed.")
    assert ("collapsed", "causes", "killed") in found
    assert not links("When the minister arrived, crowds cheered.")


def test_an_outbreak_when_something_happened_was_set_off_by_it() -> None:
    assert ("fired", "causes", "flared") in links(
        "Violence flared when police fired on the marchers."
    )
    found = links("Scuffles broke out at noon when guards tried to seize the banners.")
    assert ("tried", "causes", "broke out") in found


def test_weather_that_changes_a_river_or_topples_trees_causes_it() -> None:
    assert ("rain", "causes", "swelled") in links(
        "Heavy rain that began on Friday swelled the river."
    )
    assert ("storm", "causes", "toppled") in links("The storm toppled trees across the county.")


def test_holding_someone_responsible_for_an_event_blames_it() -> None:
    assert ("held", "blames", "blast") in links(
        "Officials held the militia responsible for the blast."
    )
    assert not links("Police held the suspect for questioning.")


def test_an_infinitive_that_completes_a_noun_is_not_what_a_statement_tells() -> None:
    assert not links("The coalition said it had no way yet to know whose jets were involved.")
    assert ("said", "reports", "tried") in links("Police said the men tried to flee.")


def test_after_a_noun_with_a_reduced_relative_orders_after_the_noun() -> None:
    found = links("She won the seat on Tuesday after a campaign dominated by housing costs.")
    assert ("won", "after", "campaign") in found
    found = links("Crews reopened the road after the landslide was cleared by volunteers.")
    assert ("reopened", "after", "cleared") in found


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        # A reason explains the act that happened, not the one a request points to; what
        # a past "forced" made happen did happen.
        ("Staff were asked to stay home due to the bus strike.", "strike", "asked"),
        ("Commuters were forced to walk due to the bus strike.", "strike", "walk"),
        # Told after "said", the reason belongs to what is told.
        ("Officials said the schools closed due to the strike.", "strike", "closed"),
        ("He said the delays at the port due to the strike would last.", "strike", "delays"),
        # After a date, "which" sums up the clause before.
        (
            "Drivers walked out on Monday which led to the closure of the depot.",
            "walked out",
            "closure",
        ),
    ],
)
def test_a_cause_phrase_explains_the_event_it_is_about(text: str, cause: str, effect: str) -> None:
    found = links(text)
    assert (cause, "causes", effect) in found
    assert not {link for link in found if link[1] == "causes" and link[2] == "said"}


@pytest.mark.parametrize("text", ["The blast caused no injuries.", "The march led to no arrests."])
def test_causing_nothing_is_no_cause(text: str) -> None:
    assert not {link for link in links(text) if link[1] == "causes"}


def test_a_reason_is_taken_as_fact_inside_an_intention() -> None:
    story = timeline.extract("They refused to work due to the strike.", PUBLISHED)
    strike = next(e for e in story.events if e.description == "the strike")
    assert timeline.Factuality.ASSERTED is strike.factuality


@pytest.mark.parametrize(
    ("text", "speech", "told"),
    [
        (
            "Flights were grounded on Friday, according to a statement by the airline.",
            "statement",
            "grounded",
        ),
        ("According to a report by the auditors, the council overspent.", "report", "overspent"),
    ],
)
def test_according_to_a_statement_reports_its_clause(text: str, speech: str, told: str) -> None:
    assert (speech, "reports", told) in links(text)


def test_according_to_someone_names_no_speech_event() -> None:
    found = links("The bridge was closed, according to police.")
    assert not {link for link in found if link[1] == "reports"}


def test_a_date_between_a_warning_and_its_that_clause_is_passed_over() -> None:
    found = links("The agency warned on Tuesday that patients could suffer side effects.")
    assert ("warned", "warns", "suffer") in found


def test_insisting_that_reports_but_insisting_on_is_a_motive() -> None:
    said = links("The keeper denied the charge, insisting he had played the ball.")
    assert not {link for link in said if link[1] == "motivates"}
    demanded = links("Nurses staged a sit-in, insisting on the return of their allowance.")
    assert ("insisting", "motivates", "sit-in") in demanded


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The winger was hurt in a late tackle on Saturday.", "tackle", "hurt"),
        ("Drivers faced long queues because of the detour.", "detour", "faced"),
    ],
)
def test_a_tackle_or_a_detour_is_an_event(text: str, cause: str, effect: str) -> None:
    assert (cause, "causes", effect) in links(text)


def test_each_that_clause_joined_to_the_first_is_reported() -> None:
    found = links("Officials said the ferry had sunk, and that the crew had been rescued.")
    assert ("said", "reports", "sunk") in found
    assert ("said", "reports", "rescued") in found
    ahead = links("The minister said the plant had closed and that workers would be paid.")
    assert ("said", "reports", "paid") not in ahead


def test_a_quotation_is_reported_by_the_verb_after_it_despite_a_further_adding() -> None:
    text = '"The pumps have run without a fault," Hale said, adding that the dam was repaired.'
    found = links(text)
    assert ("said", "reports", "run") in found
    assert ("said", "reports", "adding") not in found


def test_a_player_sent_off_for_a_foul_answers_it() -> None:
    assert ("sent", "responds_to", "foul") in links("The keeper was sent off for a foul.")


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("Their hopes were shattered when the striker was ruled out.", "ruled out", "shattered"),
        ("The club's cup hopes were dashed by the defeat.", "defeat", "dashed"),
    ],
)
def test_hopes_dashed_or_shattered_by_an_event_suffer_it(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


def test_an_intention_noun_governs_only_what_it_introduces() -> None:
    story = timeline.extract("Plans to close the depot were criticised by staff.", PUBLISHED)
    factuality = {e.description: e.factuality for e in story.events}
    assert timeline.Factuality.POSSIBLE is factuality["close the depot"]
    criticised = next(e for e in story.events if "criticised" in e.description)
    assert timeline.Factuality.ASSERTED is criticised.factuality
    subject = timeline.extract("Their hopes were dashed on Sunday.", PUBLISHED)
    dashed = next(e for e in subject.events if "dashed" in e.description)
    assert timeline.Factuality.ASSERTED is dashed.factuality


def test_a_relative_clause_about_the_speaker_keeps_the_quotation_reported() -> None:
    text = '"Footfall has halved since the road shut," said Ann Kerr, who runs the bakery.'
    assert ("said", "reports", "halved") in links(text)


def test_which_after_a_saying_sums_up_what_was_said() -> None:
    found = links("The fares rose, the operator said, which angered commuters.")
    assert ("rose", "causes", "angered") in found
    assert ("said", "causes", "angered") not in found


# -------------------------------------------- phrasal causes, charges and harms in phrases


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The walkout was touched off by the sacking of a driver.", "sacking", "walkout"),
        ("The sacking set off a walkout at the depot.", "sacking", "walkout"),
        ("The ruling stirred up anger in the valley.", "ruling", "anger"),
        ("The riots were sparked off by the arrest of a teacher.", "arrest", "riots"),
    ],
)
def test_a_cause_verb_with_its_particle_runs_from_cause_to_effect(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


def test_a_particle_verb_alone_causes_nothing() -> None:
    assert not links("The crew set off for the depot at dawn.")


def test_a_charge_accuses_of_the_offence_its_with_phrase_names() -> None:
    # A charge asserts the offence as an accusation does: TimeML reads it as an I_ACTION.
    found = links("Prosecutors charged two guards with smuggling on Friday.")
    assert ("charged", "accuses", "smuggling") in found


def test_taking_people_into_custody_answers_what_they_did() -> None:
    found = links("Police took nine fans into custody on Sunday for fighting.")
    assert ("took", "responds_to", "fighting") in found


@pytest.mark.parametrize(
    "text",
    [
        "A brawl broke out between rival fans over the sacking of the coach.",
        "A scuffle took place at the gate over the sacking of the coach.",
    ],
)
def test_a_clash_breaking_out_over_an_event_answers_it(text: str) -> None:
    assert any(
        relation == "responds_to" and target == "sacking" for _, relation, target in links(text)
    )


@pytest.mark.parametrize(
    ("text", "cause", "harm"),
    [
        ("Four miners died on the spot in the explosion.", "explosion", "died"),
        ("Two guards were shot dead in a raid on the depot.", "raid", "shot"),
        ("A ranger was killed on Friday in an ambush.", "ambush", "killed"),
        ("Three men were hurt last week during the riot.", "riot", "hurt"),
    ],
)
def test_a_harm_reaches_its_in_phrase_past_its_adjuncts(text: str, cause: str, harm: str) -> None:
    assert (cause, "causes", harm) in links(text)


def test_a_date_in_the_in_phrase_is_not_skipped_as_an_adjunct() -> None:
    found = links("Families mourned the guards killed in recent violence at the mine.")
    assert ("violence", "causes", "killed") in found


@pytest.mark.parametrize(
    ("text", "cause", "harm"),
    [
        ("Police studied the ambush in which two rangers were killed.", "ambush", "killed"),
        ("He is on trial for the bombing of a bus in which six died.", "bombing", "died"),
    ],
)
def test_a_harm_in_a_relative_clause_was_done_by_the_event_it_hangs_on(
    text: str, cause: str, harm: str
) -> None:
    assert (cause, "causes", harm) in links(text)


def test_a_relative_clause_that_tells_no_harm_gives_no_cause() -> None:
    found = links("The meeting in which the budget was discussed ended late.")
    assert not [link for link in found if link[1] == "causes"]


@pytest.mark.parametrize(
    "text",
    [
        "When the match had ended, a steward was stabbed outside the ground.",
        "When the rally ended, a steward was stabbed outside the hall.",
    ],
)
def test_a_when_clause_that_only_tells_a_time_did_no_harm(text: str) -> None:
    assert not [link for link in links(text) if link[1] == "causes"]


def test_a_when_clause_that_tells_an_act_did_the_harm() -> None:
    found = links("A steward was stabbed when a fan attacked him outside the ground.")
    assert ("attacked", "causes", "stabbed") in found


@pytest.mark.parametrize(
    ("text", "reaction", "reason"),
    [
        ("Four men were jailed for their role in the riots.", "jailed", "riots"),
        ("The club banned a fan for his alleged part in the brawl.", "banned", "brawl"),
    ],
)
def test_a_share_in_an_event_points_the_reason_at_the_event(
    text: str, reaction: str, reason: str
) -> None:
    assert (reaction, "responds_to", reason) in links(text)


def test_an_accusation_of_complicity_accuses_of_the_event() -> None:
    found = links("The minister accused the mayor of complicity in the fraud.")
    assert ("accused", "accuses", "fraud") in found


def test_a_hostile_act_for_something_done_answers_it() -> None:
    found = links("A mob ransacked the office on Friday for publishing the cartoon.")
    assert ("ransacked", "responds_to", "publishing") in found
    assert not links("Troops stormed the building for two hours.")


@pytest.mark.parametrize(
    ("text", "act", "ground"),
    [
        ("Furious over the closure of the mill, workers blocked the bridge.", "blocked", "closure"),
        ("Stung by the defeat, the coach resigned on Sunday.", "resigned", "defeat"),
    ],
)
def test_a_feeling_opening_the_sentence_tells_what_its_act_answers(
    text: str, act: str, ground: str
) -> None:
    assert (act, "responds_to", ground) in links(text)


def test_a_fronted_feeling_before_an_act_not_stated_gives_no_reaction() -> None:
    found = links("Worried about the flooding, the council may close the road.")
    assert not [link for link in found if link[0] == "close"]


@pytest.mark.parametrize(
    "text",
    [
        "Tenants held a meeting on Monday to discuss the rent rise.",
        "Tenants walked out of a meeting to discuss the rent rise.",
    ],
)
def test_a_meeting_has_an_aim_of_its_own_even_after_its_date(text: str) -> None:
    assert ("discuss", "motivates", "meeting") in links(text)


@pytest.mark.parametrize(
    ("text", "reaction", "act"),
    [
        ("Police detained six fans when they tried to climb the fence.", "detained", "tried"),
        (
            "When the crowd refused to leave, officers arrested the organisers.",
            "arrested",
            "refused",
        ),
        (
            "Two strikers were suspended when they walked out of training.",
            "suspended",
            "walked out",
        ),
    ],
)
def test_a_detention_answers_what_its_when_clause_tells(text: str, reaction: str, act: str) -> None:
    assert (reaction, "responds_to", act) in links(text)


def test_a_when_clause_of_a_plain_act_is_no_reaction() -> None:
    found = links("The mayor spoke when the crowd gathered.")
    assert not [link for link in found if link[1] == "responds_to"]


def test_a_scene_that_turned_violent_was_set_off_by_its_when_clause() -> None:
    found = links("The vigil turned violent when riot police charged the crowd.")
    assert ("charged", "causes", "turned") in found


@pytest.mark.parametrize(
    ("text", "cause", "harm"),
    [
        ("During the riot, four shops were burned.", "riot", "burned"),
        ("In the gunfight that followed, two gunmen were killed.", "gunfight", "killed"),
    ],
)
def test_a_fronted_in_or_during_phrase_names_what_did_the_harm(
    text: str, cause: str, harm: str
) -> None:
    assert (cause, "causes", harm) in links(text)


def test_a_fronted_phrase_that_names_no_event_does_no_harm() -> None:
    found = links("In the village, two men were injured.")
    assert not [link for link in found if link[1] == "causes"]


@pytest.mark.parametrize(
    ("text", "protest", "ground"),
    [
        ("Traders observed a shutdown on Monday against the killing.", "shutdown", "killing"),
        ("A strike by nurses over the closure of the ward began on Monday.", "strike", "closure"),
    ],
)
def test_protest_nouns_and_their_agents_reach_what_they_are_against(
    text: str, protest: str, ground: str
) -> None:
    assert (protest, "responds_to", ground) in links(text)


# ------------------------------------------- from the third round of held-out stories


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The verdict was read on Monday. Within hours, crowds filled the square.",
            "filled",
            "read",
        ),
        (
            "The levee broke at dawn. Shortly afterwards, the town was evacuated.",
            "evacuated",
            "broke",
        ),
        (
            "Police said a shell hit the depot. Within minutes, ambulances arrived.",
            "arrived",
            "hit",
        ),
    ],
)
def test_an_opening_within_hours_or_shortly_afterwards_follows_the_sentence_before(
    text: str, later: str, earlier: str
) -> None:
    assert (later, "after", earlier) in links(text)


def test_within_a_place_orders_nothing() -> None:
    found = links("The levee broke at dawn. Within the town, crowds gathered.")
    assert not [link for link in found if link[1] == "after"]


@pytest.mark.parametrize(
    ("text", "cause", "result"),
    [
        ("The insurer withdrew its offer, ending a month of talks.", "withdrew", "ending"),
        ("The profit warning came at noon, sending the shares down.", "came", "sending"),
    ],
)
def test_a_participle_of_ending_or_sending_tells_a_result(
    text: str, cause: str, result: str
) -> None:
    assert (cause, "causes", result) in links(text)


def test_wiping_value_off_is_a_harm_the_event_did() -> None:
    found = links("The scandal wiped a fifth off the bank's value.")
    assert ("scandal", "causes", "wiped") in found


def test_a_long_object_of_forced_still_reaches_its_infinitive() -> None:
    found = links("The flood forced most schools and clinics in the lower valley to close.")
    assert ("flood", "causes", "close") in found


def test_to_press_for_is_an_aim() -> None:
    found = links("Nurses marched to the ministry to press for safer staffing.")
    assert ("press", "motivates", "marched") in found


@pytest.mark.parametrize(
    "text",
    ["The ambulance took an hour to reach the farm.", "It took divers two days to find the wreck."],
)
def test_taking_time_to_do_something_is_no_aim(text: str) -> None:
    assert not [link for link in links(text) if link[1] == "motivates"]


def test_a_noun_that_modifies_another_is_not_what_is_told() -> None:
    found = links("The council denied the report, saying the only ferry boat had been repaired.")
    assert ("saying", "reports", "repaired") in found


def test_an_accusation_reaches_a_second_gerund_joined_by_and() -> None:
    found = links("She is accused of forging the deeds and selling the farm.")
    assert {("accused", "accuses", "forging"), ("accused", "accuses", "selling")} <= found


@pytest.mark.parametrize(
    "text",
    [
        '"The board acted lawfully," said Ana Pires, a lawyer for the firm.',
        "The count was halted, the Board of Elections (BoE) said.",
    ],
)
def test_a_postposed_report_keeps_its_speaker_apposition_and_bracket(text: str) -> None:
    assert any(link[1] == "reports" for link in links(text))


def test_suggesting_that_reports_and_suggesting_a_thing_does_not() -> None:
    assert ("suggested", "reports", "rose") in links("She suggested that costs rose.")
    assert not links("She suggested a meeting on Friday.")


def test_the_that_clause_after_a_speech_verbs_phrases_is_what_is_told() -> None:
    found = links("The mayor told the council in writing that the pier had collapsed.")
    assert ("told", "reports", "collapsed") in found


def test_since_after_a_perfect_orders_and_since_as_a_reason_does_not() -> None:
    assert ("risen", "after", "began") in links("Fares have risen since the strike began.")
    assert not [
        link for link in links("The plant closed since demand had fallen.") if link[1] == "after"
    ]


def test_brought_on_by_names_the_cause() -> None:
    found = links("The riots were brought on by the arrest of a teacher.")
    assert ("arrest", "causes", "riots") in found


def test_appearing_before_a_court_orders_nothing() -> None:
    found = links("A driver appeared before magistrates yesterday charged with theft.")
    assert not [link for link in found if link[1] in ("before", "after")]


def test_an_announcement_is_what_within_hours_counts_from() -> None:
    found = links(
        "The board announced on Friday that the chief had resigned. Within hours the shares fell."
    )
    assert ("fell", "after", "announced") in found


def test_a_participle_after_with_and_a_name_is_that_persons_act() -> None:
    found = links("The fighting broke out, with Ruiz pushing a boy out of the way.")
    assert not [link for link in found if link[1] == "causes"]


def test_a_participle_qualifying_the_told_subject_is_not_what_is_told() -> None:
    found = links("Officials said a leak reported on Monday was caused by a cracked valve.")
    assert ("said", "reports", "caused") in found
    assert not [link for link in found if link[0] == "reported"]


def test_said_with_a_subject_after_it_still_reports() -> None:
    found = links("Police said flares were thrown at the stewards.")
    assert ("said", "reports", "thrown") in found


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The fire was caused by a cable that had frayed.", "frayed", "fire"),
        ("The slide was set off by water that had seeped under the road.", "seeped", "slide"),
    ],
)
def test_a_cause_named_by_a_thing_is_what_its_relative_clause_tells_it_did(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


def test_earlier_in_a_relative_clause_counts_from_its_own_sentence() -> None:
    found = links(
        "The dam burst on Friday, flooding a school that had been closed two days earlier."
    )
    assert ("closed", "before", "burst") in found


@pytest.mark.parametrize("noun", ["tip-off", "shoot-out", "break-in"])
def test_hyphenated_news_nouns_are_events(noun: str) -> None:
    found = links(f"Police made the arrests after a {noun} at the depot.")
    assert ("arrests", "after", noun) in found


def test_a_postposed_report_by_an_official_speaking_anonymously_reports() -> None:
    found = links(
        "Two guards were killed in the raid, a prison official told reporters, "
        "speaking on condition of anonymity."
    )
    assert ("told", "reports", "killed") in found
    assert not [link for link in found if link[2] == "speaking"]


def test_what_a_past_force_made_happen_can_cause_in_turn() -> None:
    found = links("The blaze forced crews to close the bridge, cutting off the island.")
    assert ("close", "causes", "cutting off") in found
    assert not [
        link for link in links("Rebels vowed to fight on, killing two.") if link[1] == "causes"
    ]


def test_a_participle_with_its_agent_qualifies_the_noun_right_before_it() -> None:
    found = links("The clerk was treated for shock brought on by the ordeal.")
    assert ("ordeal", "causes", "shock") in found


def test_what_is_prevented_is_the_doing_its_from_phrase_names() -> None:
    found = links("The blackout stopped hundreds of trains from running.")
    assert ("blackout", "prevents", "running") in found


@pytest.mark.parametrize(
    ("text", "cause", "result"),
    [
        (
            "A lorry overturned on the bypass, spilling diesel across the road.",
            "overturned",
            "spilling",
        ),
        ("The river burst its banks on Monday, flooding forty homes.", "burst", "flooding"),
    ],
)
def test_spilling_and_flooding_after_a_comma_tell_a_result(
    text: str, cause: str, result: str
) -> None:
    assert (cause, "causes", result) in links(text)


def test_a_participle_on_the_subject_of_a_when_clause_is_neither_aim_nor_cause() -> None:
    found = links(
        "Two guards were hurt when strikers protesting against the cuts stormed the gate."
    )
    assert ("stormed", "causes", "hurt") in found
    assert not [link for link in found if link[0] == "protesting" and link[1] != "responds_to"]


# -------------------------------------------- from the fourth round of held-out stories


def test_an_after_clause_belongs_to_what_a_postposed_source_says() -> None:
    found = links(
        "A trawler with six men aboard made an emergency landing on Friday after its "
        "engine caught fire, the coastguard said."
    )
    assert ("landing", "after", "caught") in found
    assert not [link for link in found if link[0] == "said" and link[1] == "after"]


def test_an_after_clause_in_mid_sentence_takes_no_host_from_after_it() -> None:
    found = links(
        "Staff will be back today after a judge halted the strike, hours before it began."
    )
    assert not [link for link in found if link[0] == "began" and link[1] == "after"]


def test_a_second_verb_joined_by_and_is_told_too() -> None:
    found = links("A spokesman said the driver braked hard and swerved.")
    assert {("said", "reports", "braked"), ("said", "reports", "swerved")} <= found


def test_denying_a_gerund_denies_it() -> None:
    assert ("denied", "denies", "hiding") in links("The firm denied hiding the losses.")


def test_only_before_an_aim_belongs_to_it() -> None:
    found = links("The council went to court only to protect its tenants.")
    assert ("protect", "motivates", "went") in found


@pytest.mark.parametrize(
    ("text", "cause", "harm"),
    [
        ("A walkout in March shut the libraries.", "walkout", "shut"),
        ("The eruption grounded every flight.", "eruption", "grounded"),
        ("Six fans were hurt in the crush at the turnstiles.", "crush", "hurt"),
    ],
)
def test_an_event_that_shuts_or_grounds_did_it(text: str, cause: str, harm: str) -> None:
    found = links(text)
    assert any(link[1] == "causes" and link[2] == harm for link in found)


def test_ruling_that_reports() -> None:
    assert ("ruled", "reports", "failed") in links("The judge ruled that the appeal failed.")


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("Ice closed the pass, forcing the cancellation of the race.", "closed", "cancellation"),
        ("The flood shut the nursery, leaving parents scrambling.", "shut", "scrambling"),
        ("A bomb exploded, killing six.", "exploded", "killing"),
    ],
)
def test_a_result_participle_names_what_it_brought_about(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks failed on Monday. The union then went to court.",
        "Talks failed on Monday. After that, the union went to court.",
    ],
)
def test_then_and_after_that_follow_the_sentence_before(text: str) -> None:
    assert ("went", "after", "failed") in links(text)


def test_a_once_clause_orders_and_once_as_formerly_does_not() -> None:
    assert ("reopened", "after", "found") in links(
        "The bridge reopened on Friday, once engineers found no cracks."
    )
    assert not [
        link
        for link in links("Once a mill town, Hexford lost its last factory.")
        if link[1] == "after"
    ]


def test_a_saying_joined_to_a_told_verb_is_the_speakers_own() -> None:
    found = links("Her lawyer said the mayor had acted lawfully and warned that she would appeal.")
    assert ("said", "reports", "acted") in found
    assert not [link for link in found if link[0] == "said" and link[2] == "warned"]
