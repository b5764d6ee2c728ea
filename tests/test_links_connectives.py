"""Links told by a clause connective: "so", "thus", "hence" and "therefore" between two
clauses, a reason after "be", and a harm's "as" clause. Every sentence is written here."""

from __future__ import annotations

import pytest

import timeline
from test_links import PUBLISHED, links


@pytest.mark.parametrize("joint", [", so", ", and so", " and thus", ", hence", ", and therefore"])
def test_a_result_connective_makes_the_clause_before_it_the_cause(joint: str) -> None:
    found = links(f"The ferry engine failed{joint} the crossing was cancelled.")
    assert ("failed", "causes", "cancelled") in found
    assert ("cancelled", "causes", "failed") not in found


def test_so_with_a_pronoun_subject_opens_a_result_clause() -> None:
    found = links("The kiln overheated, so we evacuated the workshop.")
    assert ("overheated", "causes", "evacuated") in found


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose and so on.",
        "The talks went well so far, he said.",
        "The crews worked so that the line could reopen.",
        "Officials said so in a statement.",
    ],
)
def test_so_without_a_clause_of_its_own_is_no_result(text: str) -> None:
    assert not {link for link in links(text) if link[1] == "causes"}


def test_a_result_of_an_unasserted_clause_is_only_possible() -> None:
    text = "The storm may reach the coast, so the port closed its gates."
    assert not {link for link in links(text) if link[1] == "causes"}
    assert ("reach", "causes", "closed") in links(text, possible=True)


@pytest.mark.parametrize("reason", ["due to", "because of", "largely due to"])
def test_a_reason_after_be_explains_the_subject(reason: str) -> None:
    found = links(f"The delays were {reason} a strike by signal staff.")
    assert ("strike", "causes", "delays") in found


def test_a_reason_after_be_is_not_the_reporting_verbs() -> None:
    found = links("The closures are because of the flooding, the council said on Friday.")
    assert ("flooding", "causes", "closures") in found
    assert not {link for link in found if link[0] == "flooding" and link[2] == "said"}


def test_a_harm_as_something_happened_was_done_by_it() -> None:
    found = links("Four guards were injured as rioters stormed the gate.")
    assert ("stormed", "causes", "injured") in found


def test_an_outbreak_as_something_happened_was_set_off_by_it() -> None:
    found = links("Fighting broke out as officers tried to seize the banners.")
    assert ("tried", "causes", "broke out") in found


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist was hit by a van as he rode to work.",  # what the harmed one was doing
        "Two miners were hurt as many as twice that year.",  # "as many as": no clause
        "A guard was injured in a raid as the city votes.",  # a headline's time
    ],
)
def test_an_as_clause_that_did_no_harm_is_not_its_cause(text: str) -> None:
    found = links(text)
    assert not {link for link in found if link[1] == "causes" and link[0] in ("rode", "votes")}
    assert all(link[0] != "many" for link in found)


def test_a_forcing_verb_brings_about_the_event_its_object_names() -> None:
    found = links("The blaze forced the evacuation of the ward.")
    assert ("blaze", "causes", "evacuation") in found
    assert not links("Officers forced the door of the flat.")


def test_an_after_phrase_past_a_participle_aside_is_the_main_clauses() -> None:
    found = links("Miners struck on Monday, halting the pit, after a manager was sacked.")
    assert ("struck", "after", "sacked") in found
    assert ("halting", "after", "sacked") not in found


def test_an_aim_after_a_participle_clause_is_the_participles() -> None:
    found = links("Police cleared the square, firing water cannon to scatter the crowd.")
    assert ("scatter", "motivates", "firing") in found


def test_a_cause_told_inside_a_denial_is_only_possible() -> None:
    text = "The operator denied that a power surge had caused the derailment."
    assert not {link for link in links(text) if link[1] == "causes"}
    assert ("surge", "causes", "derailment") in links(text, possible=True)


def test_a_cause_claimed_and_denied_later_stays_as_the_claim_told_it() -> None:
    text = "Unions said a power surge caused the derailment. The operator denied this."
    assert ("surge", "causes", "derailment") in links(text)


def test_a_fronted_prompted_by_phrase_is_what_the_act_answers() -> None:
    found = links("Prompted by the fare rise, drivers stopped work on Monday.")
    assert ("stopped", "responds_to", "rise") in found


def test_protesting_about_something_answers_it() -> None:
    found = links("Tenants protested about the rent increase outside the offices.")
    assert ("protested", "responds_to", "increase") in found


def test_an_as_clause_in_the_past_beside_a_present_gives_a_reason() -> None:
    found = links("Bread prices are climbing as the wheat harvest failed.")
    assert ("failed", "causes", "climbing") in found


def test_an_as_clause_in_the_past_beside_a_past_is_no_reason() -> None:
    found = links("The crowd sang as the band marched past.")
    assert not {link for link in found if link[1] == "causes"}


def test_helping_to_bring_something_about_enables_it() -> None:
    found = links("The blockade helped to launch a wave of sit-ins.")
    assert ("blockade", "enables", "launch") in found


def test_helping_people_names_no_event_to_enable() -> None:
    assert not links("Neighbours helped the families of the miners.")


@pytest.mark.parametrize("state", ["panic", "chaos", "havoc", "confusion"])
def test_a_state_a_cause_creates_is_its_effect(state: str) -> None:
    found = links(f"The gas explosion caused {state} in the old town.")
    assert ("explosion", "causes", state) in found


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("No one was hurt in the blast.", "hurt"),
        ("Not a single shop opened on Monday.", "opened"),
        ("None of the guards fired at the crowd.", "fired"),
        ("Police said nobody was injured in the crash.", "injured"),
    ],
)
def test_a_negative_subject_negates_its_verb(text: str, negated: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    (event,) = [e for e in story.events if e.span and text[e.span[0] : e.span[1]] == negated]
    assert "NEG" == event.polarity.value
    assert not {link for link in links(text) if link[1] == "causes"}


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("There was no sign the strike had ended.", "ended"),  # "no" is the object's
        ("The crowd gave no reason to open fire.", "open"),
    ],
)
def test_no_on_an_object_negates_nothing_after_it(text: str, asserted: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    (event,) = [e for e in story.events if e.span and text[e.span[0] : e.span[1]] == asserted]
    assert "POS" == event.polarity.value


@pytest.mark.parametrize("opener", ["On learning of", "Upon hearing of", "On seeing"])
def test_what_was_learnt_is_what_the_act_answers(opener: str) -> None:
    found = links(f"{opener} the blast, firefighters raced to the depot.")
    assert ("raced", "responds_to", "blast") in found


def test_so_strong_that_gives_a_result() -> None:
    assert ("gale", "causes", "collapsed") in links(
        "The gale was so strong that the scaffolding collapsed."
    )
    assert ("snowed", "causes", "cancelled") in links(
        "It snowed so heavily that the race was cancelled."
    )


def test_a_reaction_when_something_happened_answers_it() -> None:
    found = links("Dockers walked out when the port sacked two crane drivers.")
    assert ("walked out", "responds_to", "sacked") in found


def test_a_progressive_when_clause_is_background_not_a_trigger() -> None:
    found = links("Members staged a protest when the minister was opening the bridge.")
    assert not {link for link in found if link[1] == "responds_to"}


def test_a_detention_as_something_happened_answers_it() -> None:
    found = links("Forty fans were detained as rival supporters clashed near the ground.")
    assert ("detained", "responds_to", "clashed") in found


def test_a_result_participle_with_a_pronoun_object_is_the_clauses() -> None:
    found = links("Guards fired shots at the raiders forcing them to retreat.")
    assert ("fired", "causes", "retreat") in found


def test_a_suspicion_opening_the_sentence_is_the_acts_motive() -> None:
    found = links("Suspecting a gas leak, staff evacuated the school.")
    assert ("Suspecting", "motivates", "evacuated") in found


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The delays were the result of a signal failure.", "failure", "delays"),
        ("The walkout is a direct consequence of the wage cuts.", "cuts", "walkout"),
        ("The brawl was the outcome of a dispute over parking.", "dispute", "brawl"),
    ],
)
def test_what_a_result_after_be_is_of_caused_the_subject(
    text: str, cause: str, effect: str
) -> None:
    assert (cause, "causes", effect) in links(text)


def test_a_result_that_is_not_after_be_names_no_cause() -> None:
    assert not {
        link
        for link in links("Officials read out the result of the ballot.")
        if link[1] == "causes"
    }


def test_a_reason_phrase_with_no_comma_after_it_hangs_on_the_verb_that_follows() -> None:
    found = links("Because of the flooding several roads stayed shut.")
    assert ("flooding", "causes", "stayed") in found


def test_a_reason_after_an_announcement_with_nothing_told_is_the_announcements() -> None:
    found = links("The council announced a holiday on Friday due to the bandh.")
    assert ("bandh", "causes", "announced") in found


def test_a_resulting_participle_after_a_thing_is_the_clauses() -> None:
    found = links("The bus was pelted with stones resulting in injuries to two passengers.")
    assert ("pelted", "causes", "injuries") in found


def test_what_is_protested_as_an_object_is_what_the_protest_answers() -> None:
    assert ("protested", "responds_to", "closure") in links(
        "Parents protested the closure of the village school."
    )
    assert not links("The two men protested their innocence.")


def test_leaving_something_in_a_state_is_the_effect() -> None:
    assert ("landslide", "causes", "left") in links("The landslide left the hamlet isolated.")
    assert not links("The envoy left the talks early.")


def test_succumbing_to_injuries_is_dying_of_them() -> None:
    found = links("A porter succumbed to injuries suffered in the stampede.")
    assert ("injuries", "causes", "succumbed") in found


def test_an_assault_when_something_happened_was_brought_on_by_it() -> None:
    found = links("When the cashier refused to open the safe, he was assaulted.")
    assert ("refused", "causes", "assaulted") in found


@pytest.mark.parametrize("opener", ["Reacting to", "Responding to"])
def test_a_fronted_reaction_is_answered_by_the_main_clauses_verbs(opener: str) -> None:
    found = links(f"{opener} the collapse, the mayor closed the bridge and ordered checks.")
    assert {("closed", "responds_to", "collapse"), ("ordered", "responds_to", "collapse")} <= found
    assert not {link for link in found if link[0] in ("Reacting", "Responding")}


def test_a_later_inside_the_verb_group_orders_after_the_sentence_before() -> None:
    found = links("A crowd burned a bus on Friday. Police later detained six men.")
    assert ("detained", "after", "burned") in found


def test_as_soon_as_orders_its_clause_first() -> None:
    assert ("sealed", "after", "sounded") in links(
        "Guards sealed the gates as soon as the alarm sounded."
    )


def test_an_order_inside_a_condition_is_only_possible() -> None:
    text = "The union will strike if the depot closes before the talks end."
    assert not {link for link in links(text) if link[1] == "before"}
    assert ("closes", "before", "end") in links(text, possible=True)


def test_denying_any_role_in_an_event_denies_the_event() -> None:
    assert ("denied", "denies", "raid") in links("The colonel denied any role in the raid.")


def test_a_hedging_adverb_before_to_leaves_the_aim() -> None:
    assert ("block", "motivates", "marched") in links(
        "Farmers marched on the depot, reportedly to block the lorries."
    )


def test_a_cause_shared_by_joined_harms_reaches_both() -> None:
    found = links("Four miners were killed and nine others injured in a gas blast.")
    assert {("blast", "causes", "killed"), ("blast", "causes", "injured")} <= found


def test_a_possessive_date_leaves_the_object_to_the_verb() -> None:
    assert ("condemned", "condemns", "coup") in links("The union condemned Sunday's coup.")
