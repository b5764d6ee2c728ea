"""The extraction tagger and its lexicon: verbs of unseen news, and "to" before a verb.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

import timeline
from timeline import EventClass
from timeline._extract import _lexicon as lx
from timeline._extract._tagger import tag_sentence
from timeline._extract._text import sentences

MONDAY = date(2017, 9, 25)


def tags(text: str) -> dict[str, str]:
    """Each word's tag (a word that comes twice keeps its last)."""
    return {t.word.text: t.tag for t in tag_sentence(sentences(text)[0])}


def triggers(text: str) -> list[str]:
    events = timeline.extract(text, MONDAY).events
    return [text[e.span[0] : e.span[1]] for e in events if e.span is not None]


def event_class(text: str, trigger: str) -> EventClass:
    for event in timeline.extract(text, MONDAY).events:
        if event.span and text[event.span[0] : event.span[1]] == trigger:
            assert event.event_class is not None
            return event.event_class
    raise AssertionError(f"no event {trigger!r} in {text!r}")


# ------------------------------------------------------------- "to" before an object


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Riot officers used water cannon to disperse the marchers.", "disperse"),
        ("Detectives moved fast to nab them.", "nab"),
        ("Officers waited for hours to nab 12 suspects.", "nab"),
        ("The governor rose to address the assembly.", "address"),
        ("Rangers tried to swiftly dislodge the squatters.", "dislodge"),
        ("Villagers built a wall to shield their homes.", "shield"),
    ],
)
def test_a_word_after_to_that_takes_an_object_is_a_verb(text: str, verb: str) -> None:
    found = tags(text)
    assert "PART" == found["to"]
    assert "VERB" == found[verb]
    assert verb in triggers(text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The driver braked and hit him at speed.", "hit"),
        ("Officials met them at the border.", "met"),
        ("The guards search us every morning.", "search"),
    ],
)
def test_a_word_before_an_object_pronoun_is_a_verb(text: str, verb: str) -> None:
    assert "VERB" == tags(text)[verb]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The envoy flew to Lagos the next morning.", "Lagos"),
        ("She was rushed to hospital the same day.", "hospital"),
        ("The party returned to power two years later.", "power"),
        ("Due to rain the final was called off.", "rain"),
        ("He explained to reporters the reasons for the delay.", "reporters"),
        ("The killers were brought to justice this spring.", "justice"),
        # A place whose name reads like "re" + a verb ("re" + "dig") is still a place.
        ("The rescue team moved to Redig the next day.", "Redig"),
    ],
)
def test_to_stays_a_preposition_before_a_place_a_time_or_a_noun(text: str, noun: str) -> None:
    found = tags(text)
    assert "PREP" == found["to"]
    assert found[noun] in ("NOUN", "PROPN")


def test_a_headline_in_title_case_is_left_to_the_other_rules() -> None:
    # Every word has a capital in a headline: an unknown word there may be a name.
    assert "PREP" == tags("Minister Flies To Kigali The Next Day")["To"]


# ------------------------------------------------------------ the bigger verb lexicon


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Police nabbed two men near the depot.", "nabbed"),
        ("Fans shunned the match after the ban.", "shunned"),
        ("A judge reinstated the sacked mayor.", "reinstated"),
        ("The floodwaters subsided on Tuesday.", "subsided"),
        ("Rebels retook the town at dawn.", "retook"),
        ("The council regularised the hawkers' stalls.", "regularised"),
        ("The council regularized the hawkers' stalls.", "regularized"),
        ("The new law fulfils a campaign promise.", "fulfils"),
        ("Guards foiled a jailbreak overnight.", "foiled"),
    ],
)
def test_verbs_of_unseen_news_are_events(text: str, verb: str) -> None:
    assert "VERB" == tags(text)[verb]
    assert verb in triggers(text)


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("retook", "retake"),
        ("overridden", "override"),
        ("slain", "slay"),
        ("swollen", "swell"),
        ("forgone", "forgo"),
        ("pressurised", "pressurise"),
        ("instils", "instil"),
        ("jostling", "jostle"),
        ("pacifies", "pacify"),
        ("rehired", "rehire"),
        ("re-ran", "re-run"),
        ("misstated", "misstate"),
    ],
)
def test_irregular_and_spelt_forms_read_back_as_their_lemma(form: str, lemma: str) -> None:
    analysis = lx.verb_lemma(form)
    assert analysis is not None
    assert lemma == analysis[0]


@pytest.mark.parametrize("word", ["really", "research", "mistry", "disease", "reason"])
def test_a_prefix_makes_no_verb_of_an_adverb_a_noun_or_a_name(word: str) -> None:
    assert lx.verb_lemma(word) is None


def test_every_irregular_form_reads_back_as_its_lemma_unless_it_is_a_verb_itself() -> None:
    # "wound" is both the past of "wind" and a verb of its own; "found" too.
    for lemma, forms in lx.IRREGULAR_VERBS.items():
        for form in forms:
            analysis = lx.verb_lemma(form)
            assert analysis is not None, form
            assert analysis[0] == lemma or form in lx.VERB_LEMMAS, (form, analysis)


def test_every_verb_given_a_class_is_a_verb_the_lexicon_knows() -> None:
    # The class lists include a few nouns of state ("number", "total"); all are verbs.
    assert set(lx.CLASS_OF_LEMMA) <= lx.VERB_LEMMAS


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The envoy stressed that the talks would go on.", "stressed", EventClass.REPORTING),
        ("The lawyer averred that her client was abroad.", "averred", EventClass.REPORTING),
        ("Guards thwarted the escape.", "thwarted", EventClass.I_ACTION),
        ("Investors realised that the bank was failing.", "realised", EventClass.I_STATE),
        ("The two firms finalised the merger.", "finalised", EventClass.ASPECTUAL),
        ("The plan entails a freeze on hiring.", "entails", EventClass.STATE),
    ],
)
def test_new_verbs_take_their_timeml_class(text: str, trigger: str, expected: EventClass) -> None:
    assert expected == event_class(text, trigger)


# ------------------------------------------------------ nouns inside a noun phrase


def test_a_base_form_after_a_singular_noun_in_its_phrase_is_a_noun() -> None:
    found = tags("Inspectors found a rubber seal that had cracked.")
    assert "NOUN" == found["seal"]
    assert "seal" not in triggers("Inspectors found a rubber seal that had cracked.")


def test_a_base_form_after_the_object_of_of_may_agree_with_the_head_before() -> None:
    assert "VERB" == tags("The leaders of the union demand a meeting.")["demand"]
    assert "VERB" == tags("Teams new to the league face a test.")["face"]


def test_a_base_form_cannot_agree_with_a_singular_head_before_of() -> None:
    text = "The mill shut as part of a rescue plan to save cash."
    assert "NOUN" == tags(text)["plan"]


def test_a_feeling_in_ing_before_its_noun_is_an_adjective() -> None:
    text = "The team salvaged a disappointing season."
    assert "ADJ" == tags(text)["disappointing"]
    assert "disappointing" not in triggers(text)


def test_an_ing_word_after_a_name_inside_a_noun_phrase_is_a_modifier() -> None:
    text = "Workers at a U.K. manufacturing group walked out."
    assert "NOUN" == tags(text)["manufacturing"]
    assert "manufacturing" not in triggers(text)


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Fans are deeply disappointed.", "disappointed", "ADJ"),
        ("The board was shocked by the losses.", "shocked", "VERB"),
        ("Three climbers were injured.", "injured", "VERB"),
        ("The strike made the mayor rethink the plan.", "rethink", "VERB"),
        ("Unions demanded that the council delay the vote.", "delay", "VERB"),
        ("By noon, clashes broke out near the port.", "clashes", "NOUN"),
        ("Queues formed because voting booths opened late.", "voting", "NOUN"),
        ("She was cleared of taking bribes meant for charity.", "taking", "VERB"),
        ("Shares fell, with the Dax shedding 2% by noon.", "shedding", "VERB"),
        ("Relatives waited outside the Supreme Court pleading for news.", "pleading", "VERB"),
        ("Parents voiced concern about the closures.", "concern", "NOUN"),
        ("Officers booked the driver for speeding.", "booked", "VERB"),
        ("The board met after the plant shut.", "plant", "NOUN"),
        ("The opposition will table a motion.", "table", "VERB"),
    ],
)
def test_what_comes_before_and_after_decides_a_word_with_two_readings(
    text: str, word: str, tag: str
) -> None:
    assert tag == tags(text)[word]


def test_a_feeling_after_be_is_a_state_and_a_noun_of_concern_an_event() -> None:
    assert "concern" in triggers("Parents voiced concern about the closures.")
    assert ["opened"] == [
        t for t in triggers("Queues formed because voting booths opened late.") if t != "formed"
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The stoppages had cost the port two million pounds.", "cost"),
        ("Exports were hit by the strike.", "hit"),
        ("Power has been cut to the valley.", "cut"),
    ],
)
def test_a_participle_spelt_like_the_base_form_after_an_auxiliary_is_a_verb(
    text: str, word: str
) -> None:
    assert tags(text)[word] == "VERB"
    assert word in triggers(text)


def test_a_plural_after_a_cause_verb_and_a_bare_noun_ends_its_object() -> None:
    found = tags("The verdict sparked mass protests.")
    assert "NOUN" == found["protests"]
    assert "VERB" == found["sparked"]


# ------------------------------------------------- adjectives, dates and plural heads


@pytest.mark.parametrize(
    ("text", "adjective", "noun"),
    [
        ("Police used mild force to clear the square.", "mild", "force"),
        ("The rangers faced fierce resistance at the camp.", "fierce", "resistance"),
        ("The board ordered a swift review of the accounts.", "swift", "review"),
    ],
)
def test_a_known_adjective_is_no_noun_and_leaves_the_next_word_a_noun(
    text: str, adjective: str, noun: str
) -> None:
    found = tags(text)
    assert "ADJ" == found[adjective]
    assert "NOUN" == found[noun]


def test_a_noun_that_adjectives_share_stays_a_noun() -> None:
    # "final" names a match as often as it qualifies one, so it is left to the noun rules.
    assert "NOUN" == tags("The club played its final in May.")["final"]


@pytest.mark.parametrize(
    "text",
    [
        "Dockers began a stoppage on June 4 demanding better pay.",
        "Nurses walked out on June 4, 2019 demanding safer wards.",
    ],
)
def test_a_participle_after_a_date_opens_a_clause(text: str) -> None:
    assert "VERB" == tags(text)["demanding"]


def test_a_participle_after_a_count_is_still_an_adjective() -> None:
    assert "VERB" != tags("The panel set 3 demanding tests for the new staff.")["demanding"]


def test_a_plural_head_with_a_participle_and_a_bare_plural_object_is_a_clause() -> None:
    found = tags("The unrest was started by youths hurling rocks at a tram.")
    assert "VERB" == found["hurling"]
    assert "NOUN" == tags("The stone pelting lasted an hour.")["pelting"]


def test_a_station_is_a_place_not_a_verb() -> None:
    found = tags("Families gathered outside the fire station to mourn the crew.")
    assert "NOUN" == found["station"]
    assert "VERB" == found["mourn"]


def test_an_ing_adjective_before_a_past_verb_is_the_subject_noun() -> None:
    assert "NOUN" == tags("The ruling angered the miners.")["ruling"]
    assert "ADJ" == tags("The ruling party angered the miners.")["ruling"]


def test_open_before_fire_is_the_verb_of_the_idiom() -> None:
    assert "VERB" == tags("Gunmen open fire on a convoy near the pass.")["open"]
    assert "VERB" != tags("The cottage had an open fire in every room.")["open"]


def test_an_unknown_ed_word_after_and_with_its_phrase_is_a_second_past_verb() -> None:
    assert "VERB" == tags("The envoy landed at noon and trudged into the village.")["trudged"]
    assert "VERB" != tags("Police seized rifles and unlicensed pistols.")["unlicensed"]


def test_a_fronted_adverbial_clause_ends_at_its_comma() -> None:
    from timeline._extract._syntax import split_clauses

    words = tag_sentence(sentences("When the crowd refused to leave, police detained six.")[0])
    clauses = [(c.first, c.opener) for c in split_clauses(words)]
    assert [(0, "when"), (7, "main")] == clauses


def test_the_main_clause_after_a_fronted_intention_is_asserted() -> None:
    story = timeline.extract("When the crowd refused to leave, police detained six.", MONDAY)
    detained = next(e for e in story.events if e.description.startswith("police detained"))
    assert detained.factuality is not None
    assert "possible" != detained.factuality.value


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Crowds gathered at the toll-gate demanding a refund.", "toll-gate", "NOUN"),
        ("The road-block collapsed in the night.", "road-block", "NOUN"),
        ("Envoys held high-level talks on Monday.", "high-level", "ADJ"),
        ("A war-torn town asked the delegates for help.", "war-torn", "ADJ"),
    ],
)
def test_a_hyphenated_word_before_a_verb_ends_its_noun_phrase(
    text: str, word: str, tag: str
) -> None:
    assert tag == tags(text)[word]


def test_a_plural_number_is_a_subject_before_a_past_verb() -> None:
    assert "VERB" == tags("Hundreds defied the curfew on Friday.")["defied"]
    assert "ADJ" == tags("Three wounded soldiers were flown out.")["wounded"]


def test_a_day_said_as_an_adverb_does_not_break_a_verb_group() -> None:
    assert "AUX" == tags("Two men were yesterday arrested at the port.")["were"]
    assert "VERB" == tags("Two men were yesterday at the port.")["were"]


def test_a_number_and_its_measure_before_a_noun_modify_it() -> None:
    found = tags("Crews began a 48-hour stoppage at dawn.")
    assert "ADJ" == found["hour"]
    assert "NOUN" == found["stoppage"]


def test_related_to_is_an_adjective_and_has_no_aim() -> None:
    assert "ADJ" == tags("Two men were held in the inquiry related to the fire.")["related"]


def test_that_after_a_subordinator_is_a_determiner() -> None:
    assert "DET" == tags("It ended when that firm agreed to pay.")["that"]
    assert "SUB" == tags("They said that firms agreed to pay.")["that"]


def test_an_ing_adjective_before_a_preposition_is_a_noun() -> None:
    assert "NOUN" == tags("They appealed against the ruling by the court.")["ruling"]
    assert "ADJ" == tags("The ruling party won the vote.")["ruling"]


def test_an_ing_word_before_an_article_is_a_verb() -> None:
    assert "VERB" == tags("Officials continuing the crackdown shut two depots.")["continuing"]
    assert "ADJ" == tags("The continuing crackdown shut two depots.")["continuing"]


def test_bound_for_a_place_is_an_adjective() -> None:
    assert "ADJ" == tags("Buses bound for the capital were halted.")["bound"]
    assert "VERB" == tags("The robbers bound the guard to a chair.")["bound"]


def test_what_someone_is_urged_to_do_has_not_happened() -> None:
    story = timeline.extract("Police urged residents to stay indoors.", MONDAY)
    stay = next(e for e in story.events if "stay" in e.description)
    assert stay.factuality is not None
    assert "possible" == stay.factuality.value


def test_am_after_a_number_is_a_time_of_day() -> None:
    assert "NOUN" == tags("The march began at 11 am on Friday.")["am"]
    assert "AUX" == tags("I am told the march began.")["am"]


def test_a_finite_verb_after_a_relative_clauses_object_resumes_the_clause() -> None:
    from timeline._extract._syntax import split_clauses

    words = tag_sentence(sentences("The men who robbed the bank fled on foot.")[0])
    clauses = [(c.first, c.opener) for c in split_clauses(words)]
    assert [(0, ""), (2, "who"), (6, "resumed")] == clauses
    said = tag_sentence(sentences("The man who said the plan failed resigned.")[0])
    assert "resumed" not in [c.opener for c in split_clauses(said)][:3]


def test_a_fronted_participle_phrase_ends_at_its_comma() -> None:
    from timeline._extract._syntax import split_clauses

    words = tag_sentence(sentences("Seeking the release of the crew, relatives marched.")[0])
    clauses = [(c.first, c.opener) for c in split_clauses(words)]
    assert [(0, ""), (7, "main")] == clauses


def test_the_main_clause_after_a_fronted_demand_is_asserted() -> None:
    text = "Demanding the release of the crew, relatives marched on the port."
    story = timeline.extract(text, MONDAY)
    marched = next(e for e in story.events if e.description.startswith("relatives marched"))
    release = next(e for e in story.events if e.description.startswith("the release"))
    assert marched.factuality is not None
    assert release.factuality is not None
    assert "asserted" == marched.factuality.value
    assert "possible" == release.factuality.value  # what is sought has not happened


def test_appearing_in_court_is_an_event_and_appearing_calm_is_not() -> None:
    assert "appeared" in triggers("A driver appeared in court on Monday.")
    assert "appeared" not in triggers("The driver appeared calm.")


def test_the_only_before_a_noun_is_an_adjective() -> None:
    found = tags("The only ferry boat was repaired.")
    assert "ADJ" == found["only"]
    assert "NOUN" == found["ferry"]


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("A hospital official told reporters.", "official", "NOUN"),
        ("Official figures showed a rise.", "Official", "ADJ"),
        ("The rebel said the town had fallen.", "rebel", "NOUN"),
    ],
)
def test_an_adjective_that_names_a_person_is_a_noun_before_its_verb(
    text: str, word: str, tag: str
) -> None:
    assert tag == tags(text)[word]


def test_the_infinitive_a_past_force_made_happen_is_asserted() -> None:
    story = timeline.extract("The flood forced the council to close the bridge.", MONDAY)
    close = next(e for e in story.events if e.description.endswith("close the bridge"))
    assert close.factuality is not None
    assert "asserted" == close.factuality.value


def test_in_order_to_names_no_order() -> None:
    assert "order" not in triggers("Staff worked late in order to finish the count.")
    assert "order" in triggers("The court issued an order on Monday.")
