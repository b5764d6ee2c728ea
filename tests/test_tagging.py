"""Example tests for `timeline.tag`: extents, values, tense, reference time, negatives."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

import timeline
from timeline import InvalidTypeError, TimexType, tag, tag_documents

MONDAY = date(2017, 9, 25)

STORY = """Kremlin blames Washington after general dies in Syria
September 25, 2017
Moscow's defence ministry announced late Sunday that a senior Russian commander had died
after shelling near the besieged city. Officials said the attack happened on Saturday.
The ministry will brief reporters on Thursday, and a memorial is planned for next week.
Last week, Russian diplomats warned that strikes on government troops would not go
unanswered. Kurdish-led fighters said they had taken a gas plant in the province the
previous week; they held it for less than a week before the shelling began.
"""


def found(text: str, published: date | None = MONDAY) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, published)]


def test_story() -> None:
    expected = [
        ("September 25, 2017", "2017-09-25", None),
        ("late Sunday", "2017-09-24", "END"),
        ("Saturday", "2017-09-23", None),
        ("Thursday", "2017-09-28", None),
        ("next week", "2017-W40", None),
        ("Last week", "2017-W38", None),
        ("the\nprevious week", "2017-W38", None),
        ("less than a week", "P1W", "LESS_THAN"),
    ]
    actual = found(STORY)
    assert [e for e in expected if "\n" not in e[0]] == [a for a in actual if "\n" not in a[0]]


def test_offsets_index_the_text() -> None:
    for timex in tag(STORY, MONDAY):
        assert timex.span is not None
        assert timex.text == STORY[timex.span[0] : timex.span[1]]


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("The vote was held on Monday.", "Monday"),
        ("Prices have risen since March.", "March"),
        ("Output rose in 2009.", "2009"),
        ("The ministry spoke late Sunday.", "late Sunday"),
        ("They met the following day.", "the following day"),
        ("The truce lasted less than a week.", "less than a week"),
        ("Sunday's attack killed nine.", "Sunday"),
        ("Talks resume in three days.", "three days"),
        ("Sales fell in the past three days.", "the past three days"),
        ("Rebels took the town earlier this month.", "earlier this month"),
        ("He left about two weeks ago.", "about two weeks ago"),
        ("The talks ended on the 21st.", "the 21st"),
    ],
)
def test_extents_follow_timeml(text: str, extent: str) -> None:
    assert [extent] == [t.text for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister said the talks collapsed on Thursday.", "2017-09-21"),
        ("The minister will visit on Thursday.", "2017-09-28"),
        ("The summit is due to open Thursday.", "2017-09-28"),
        ("Officials are expected to vote Thursday.", "2017-09-28"),
        ("Officials voted Thursday.", "2017-09-21"),
        ("The hearing has been scheduled for Thursday.", "2017-09-28"),
        ("Markets stay closed until Friday.", "2017-09-29"),
        ("The ministry sent troops to Libya on Thursday.", "2017-09-21"),
    ],
)
def test_clause_tense_decides_a_bare_weekday(text: str, value: str) -> None:
    assert [value] == [t.value for t in tag(text, MONDAY)]


def test_forced_tense() -> None:
    assert ["2017-09-21"] == [
        t.value for t in tag("The vote is on Thursday.", MONDAY, tense="past")
    ]


def test_anaphora_follow_the_last_date() -> None:
    text = "The deal was signed on March 3, 2009. Two days later the board resigned."
    assert [("March 3, 2009", "2009-03-03"), ("Two days later", "2009-03-05")] == [
        (t.text, t.value) for t in tag(text, MONDAY)
    ]
    later = tag(text, MONDAY)[1]
    assert later.anchor is not None
    assert date(2009, 3, 3) == later.anchor.date()


def test_anaphora_skip_coarser_mentions() -> None:
    text = "The plant opened in 1983. Shares fell 3% on the day."
    values = [t.value for t in tag(text, date(2009, 4, 4))]
    assert ["1983", "2009-04-04"] == values


def test_narrative_year_is_read_from_the_text() -> None:
    text = (
        "The offensive began in 1944. By June 6 the landings were under way, "
        "and in late August the city fell."
    )
    assert ["1944", "1944-06-06", "1944-08"] == [
        t.value for t in tag(text, date(2009, 12, 19), genre="narrative")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The carmaker expects to be profitable by 2020. Its sales rose in August.",
            ["2020", "2017-08"],
        ),
        (
            "The new line should open in 2025; the contract was signed on July 3.",
            ["2025", "2017-07-03"],
        ),
    ],
)
def test_a_forecast_year_sets_no_narrative_year(text: str, expected: list[str]) -> None:
    # A story about the present that looks years ahead does not move there: only a
    # history (a year at least two years back) does.
    assert expected == [t.value for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army retreated in 1916. It planned a new offensive for 1919. "
            "On 3 March the front was quiet.",
            ["1916", "1919", "1916-03-03"],
        ),
        (
            "The fortress was besieged in 1942 and held out until May 1945. "
            "In July the garrison asked for supplies.",
            ["1942", "1945-05", "1942-07"],
        ),
        # A date that opens its sentence is narrated, even after "until".
        (
            "Until 1953, the allies kept troops there. In June the last unit left.",
            ["1953", "1953-06"],
        ),
        # With nothing narrated before it, a plan is all the text says of its time.
        (
            "The army planned an offensive for 1916. On 3 March it was ready.",
            ["1916", "1916-03-03"],
        ),
    ],
)
def test_a_year_in_a_plan_leaves_the_narrative_year(text: str, expected: list[str]) -> None:
    assert expected == [t.value for t in tag(text, date(2009, 12, 19), genre="narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The city was freed in 1944. The enemy had taken it in 1941. "
            "In June the last shells fell.",
            ["1944", "1941", "1944-06"],
        ),
        (
            "The city was freed in 1944, though its port had already fallen in 1939. "
            "By 2 June the shelling stopped.",
            ["1944", "1939", "1944-06-02"],
        ),
        # "had" with an object is not a flashback, nor a clause after a comma.
        (
            "The army was formed in 1940. It had few tanks in 1943. In May it attacked.",
            ["1940", "1943", "1943-05"],
        ),
        (
            "The army was formed in 1940. It had retreated, and in 1943 it attacked. "
            "In May it struck again.",
            ["1940", "1943", "1943-05"],
        ),
    ],
)
def test_a_year_in_a_past_perfect_clause_leaves_the_narrative_year(
    text: str, expected: list[str]
) -> None:
    # "had taken it in 1941" looks back from the narrative: a flashback, not a step.
    assert expected == [t.value for t in tag(text, date(2009, 12, 19), genre="narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rising was crushed in 1920. Its leader later wrote a memoir (1958) "
            "about it. In May the survivors crossed the border.",
            ["1920", "1958", "1920-05"],
        ),
        (
            "The port fell in 1941, and its losses (as of 3 June 1947, still unpaid) "
            "were large. By 9 March the fleet had gone.",
            ["1941", "1947-06-03", "1941-03-09"],
        ),
    ],
)
def test_a_date_in_parentheses_leaves_the_narrative_year(text: str, expected: list[str]) -> None:
    assert expected == [t.value for t in tag(text, date(2009, 12, 19), genre="narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cavalry charge in 1920 was the largest since 1813. "
            "In September the army withdrew.",
            ["1920", "1813", "1920-09"],
        ),
        (
            "The offensive began in 1920. Letters found in 2004 show how it was planned. "
            "On 3 June the cavalry crossed the river.",
            ["1920", "2004", "1920-06-03"],
        ),
        (
            "The revolt began in 1905, long before the treaty of March 1921. "
            "In June the strikes spread.",
            ["1905", "1921-03", "1905-06"],
        ),
        # A history moves decades at once when a sentence opens with the new year, or
        # when it states the day.
        (
            "The offensive began in 1920. In 1939, the country was invaded again. "
            "On 17 September the east fell.",
            ["1920", "1939", "1939-09-17"],
        ),
        (
            "The offensive began in 1920. The next war began on 1 September 1939, "
            "and on 17 September the east fell.",
            ["1920", "1939-09-01", "1939-09-17"],
        ),
    ],
)
def test_a_year_decades_away_mid_sentence_leaves_the_narrative_year(
    text: str, expected: list[str]
) -> None:
    assert expected == [t.value for t in tag(text, date(2009, 12, 19), genre="narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blockade was tightened in February 1862. By October the port had fallen.",
            ["1862-02", "1862-10"],
        ),
        (
            "The fleet sailed on 2 April 1798, and in August it anchored off the delta.",
            ["1798-04-02", "1798-08"],
        ),
        (
            "On 20 November 1863 the corps crossed the river. In February the army rested.",
            ["1863-11-20", "1864-02"],
        ),
        (
            "The rising spread in 1830. On 28 October the capital was taken. "
            "In early March the new assembly met.",
            ["1830", "1830-10-28", "1831-03"],
        ),
        (
            "On 28 October 1830 the capital was taken. In early June the treaty was signed.",
            ["1830-10-28", "1830-06"],
        ),
    ],
)
def test_narration_moves_forward_through_the_year(text: str, expected: list[str]) -> None:
    # A date of the year is in the narrative year, never the year before ("in February
    # 1862 ... By October" is not October 1861); once the narrative has passed it by more
    # than half a year, it is next year's.
    assert expected == [t.value for t in tag(text, date(2009, 12, 19), genre="narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege of the port began in 1855. A year earlier the allies landed. "
            "In March the city fell.",
            ["1855", "1854", "1855-03"],
        ),
        (
            "On 20 November 1863 the corps crossed the river. The previous year it "
            "lost half its men. In February the army rested.",
            ["1863-11-20", "1862", "1864-02"],
        ),
        (
            "The fort surrendered on 9 July 1755. Two days before, the relief column "
            "turned back. On 2 August the garrison marched out.",
            ["1755-07-09", "1755-07-07", "1755-08-02"],
        ),
    ],
)
def test_a_date_counted_back_leaves_the_narrative_where_it_was(
    text: str, expected: list[str]
) -> None:
    # "A year earlier", "the previous year" look back from the narrative; what follows
    # goes on from where the narrative was, not from the year recalled.
    assert expected == [t.value for t in tag(text, date(2009, 12, 19), genre="narrative")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The garrison held out in 1916. It would resist until 9 December.", "1916-12-09"),
        ("The garrison held out in 1916. It could resist until December.", "1916-12"),
        ("The siege began in 1916. Reinforcements were sent to Verdun in March.", "1916-03"),
    ],
)
def test_narrative_year_holds_in_every_tense(text: str, value: str) -> None:
    # A history's "would", "until" and "to" look forward from the narrative, not from now.
    assert value == tag(text, date(2009, 12, 19), genre="narrative")[-1].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The siege lasted from 3-9 March 1921.",
            [("3", "1921-03-03"), ("9 March 1921", "1921-03-09")],
        ),
        (
            "The second assault ran 12 to 14 July 1950.",
            [("12", "1950-07-12"), ("14 July 1950", "1950-07-14")],
        ),
        (
            "Both sides clashed on June 8-10, 1862.",
            [("June 8", "1862-06-08"), ("10, 1862", "1862-06-10")],
        ),
        (
            "The rebels struck on May 4 and 5, 1860.",
            [("May 4", "1860-05-04"), ("5, 1860", "1860-05-05")],
        ),
        ("Harvests failed in 1923-24.", [("1923", "1923"), ("24", "1924")]),
        ("The revolt (512-509 BC) failed.", [("512", "BC0512"), ("509 BC", "BC0509")]),
        ("The truce lasted from 512 to 509 BC.", [("512", "BC0512"), ("509 BC", "BC0509")]),
        (
            "The battle (28 May - 2 June 1917) was lost.",
            [("28 May", "1917-05-28"), ("2 June 1917", "1917-06-02")],
        ),
        (
            "Raids continued in December - February 1943.",
            [("December", "1942-12"), ("February 1943", "1943-02")],
        ),
        (
            "Elections were held in April and June 1955.",
            [("April", "1955-04"), ("June 1955", "1955-06")],
        ),
        (
            "The launch slipped from the 4th to the 11th of November 1957.",
            [("the 4th", "1957-11-04"), ("the 11th of November 1957", "1957-11-11")],
        ),
    ],
)
def test_ends_of_a_range_complete_each_other(text: str, expected: list[tuple[str, str]]) -> None:
    # TimeML tags each end; the end written short borrows month and year from the other.
    assert expected == [(t.text, t.value) for t in tag(text, date(2009, 12, 19), genre="narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army sent 300 to 400 troops on 5 June 1944.", ["5 June 1944"]),
        ("Between 2,000 and 3,000 men left in 1940.", ["1940"]),
        ("It fell on 30 April - 31 in the dark.", ["30 April"]),
        ("The vote went 3-6 on 9 January 1990.", ["9 January 1990"]),
    ],
)
def test_numbers_beside_a_date_that_are_not_range_ends(text: str, expected: list[str]) -> None:
    assert expected == [t.text for t in tag(text, date(2009, 12, 19), genre="narrative")]


def test_clock_time_sits_on_the_day_in_focus() -> None:
    text = "The jet made its first flight Tuesday in Seattle at 18:00 UTC."
    assert ["2017-09-19", "2017-09-19T18:00Z"] == [t.value for t in tag(text, MONDAY)]


def test_without_publication_date_relative_expressions_keep_placeholders() -> None:
    text = (
        "On Thursday the board met; it had been warned last week. "
        "The merger closed on 3 March 2011."
    )
    assert [
        ("Thursday", "XXXX-WXX-4", None),
        ("last week", "XXXX-WXX", None),
        ("3 March 2011", "2011-03-03", None),
    ] == found(text, None)
    assert all(t.interval is None for t in tag(text, None)[:2])


@pytest.mark.parametrize(
    "text",
    [
        "Officials may well resign.",
        "Thousands march through the capital.",
        "He writes for the Sunday Times.",
        "She finished in second place.",
        "The army sent 1500 troops.",
        "Shares closed at 2020.90 points.",
        "He won a second term.",
        "The Russell 2000 Index fell.",
        "It was the fourth largest bankruptcy.",
        "Prices fall when demand eases.",
        "The China Daily reported the deal.",
        "It lost a quarter of its value.",
        "Its current model sells well.",
        "The committee has 45 members.",
        "The now-cancelled deal.",
        "The 3rd Armored Brigade crossed the river.",
        "Reinforcements joined the 9th Fleet.",
        "After the fall of Mosul, the army regrouped.",
        "The fall of the old regime surprised diplomats.",
        "The regiment returned to its quarters.",
        "The plan was criticised in some quarters.",
        "Three quarters of the voters stayed home.",
        "Rebels held three-quarters of the city.",
        "Soon after the vote, the coalition split.",
        "The ministers resigned shortly afterwards.",
        "The general soon abandoned the plan.",
        "The city was soon surrounded.",
        "Aid will arrive as soon as the roads open.",
        "Soon, the garrison ran out of water.",
        "Soon the two armies clashed again near the river.",
    ],
)
def test_not_time(text: str) -> None:
    assert [] == tag(text, MONDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the 14th Moscow replied.", [("the 14th", "2017-09-14")]),
        ("Leaves turn in the fall of 2016.", [("the fall of 2016", "2016-FA")]),
        ("The fall was unusually wet.", [("The fall", "2017-FA")]),
        ("Output shrank for two quarters of negative growth.", [("two quarters", "P2Q")]),
        ("Talks will resume soon.", [("soon", "FUTURE_REF")]),
        ("A deal is expected shortly.", [("shortly", "FUTURE_REF")]),
        ("In 1923 Turkey became a republic.", [("1923", "1923")]),
        ("By 1812 Napoleon had reached Moscow.", [("1812", "1812")]),
        ("The 1908 Olympic Games were held in London.", [("1908", "1908")]),
    ],
)
def test_near_misses_that_are_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(t.text, t.value) for t in tag(text, MONDAY)]


def test_soon_in_a_history_follows_the_narrative_not_the_publication() -> None:
    # Once a text narrates a distant year, "soon" and "shortly" order its events among
    # themselves; in a story about the present they still look forward from publication.
    history = "In 1861 the garrison held the fort. Its commander would soon surrender."
    assert [("1861", "1861")] == [(t.text, t.value) for t in tag(history, MONDAY)]
    news = "In 2017 the garrison held the fort. Its commander will soon surrender."
    assert [("2017", "2017"), ("soon", "FUTURE_REF")] == [
        (t.text, t.value) for t in tag(news, MONDAY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The truce was signed on 4 May 1921; the border was closed at the same time.",
            [("4 May 1921", "1921-05-04"), ("the same time", "1921-05-04")],
        ),
        (
            "Exports fell in the third quarter of 2016, and imports rose during that period.",
            [("the third quarter of 2016", "2016-Q3"), ("that period", "2016-Q3")],
        ),
        (
            "Orders rose in August from the same month a year earlier.",
            [("August", "2017-08"), ("the same month a year earlier", "2016-08")],
        ),
        (
            "Orders rose 8% in August compared with the same period last year.",
            [("August", "2017-08"), ("the same period last year", "2016-08")],
        ),
    ],
)
def test_the_same_time_is_the_reference_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(t.text, t.value) for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "At the same time, critics called the plan reckless.",
        "The strikes came at the same time as the vote.",
        "Storms are common at that time of year.",
        "Shares fell at the same time the merger became public.",
    ],
)
def test_the_same_time_fixed_by_what_follows_or_nothing_is_not_tagged(text: str) -> None:
    assert [] == tag(text, MONDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill closed in 1851. The next year, its owners sold the land.",
            [("1851", "1851", "DATE"), ("The next year", "1852", "DATE")],
        ),
        ("Troops are to leave by the next month.", [("the next month", "2017-10", "DATE")]),
        ("Prices may double over the next year.", [("the next year", "P1Y", "DURATION")]),
        ("Output will grow in the next month.", [("the next month", "P1M", "DURATION")]),
    ],
)
def test_the_next_year_is_a_span_only_after_a_preposition_of_extent(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == [(t.text, t.value, t.type) for t in tag(text, MONDAY)]


def test_dateline_is_an_expression_like_any_other() -> None:
    text = "MOSCOW, Sept. 25 (Reuters) - Russia said on Monday it would respond."
    assert [("Sept. 25", "2017-09-25"), ("Monday", "2017-09-25")] == [
        (t.text, t.value) for t in tag(text, MONDAY)
    ]


def test_types() -> None:
    text = "Every Friday for three weeks, at 3 p.m., the council met; recently it stopped."
    assert [
        TimexType.SET,
        TimexType.DURATION,
        TimexType.TIME,
        TimexType.DATE,
    ] == [t.type for t in tag(text, MONDAY)]


def test_expressions_do_not_cross_lines() -> None:
    text = "Markets to reopen on Friday\nSeptember 18, 2008\nTrading resumes."
    assert ["Friday", "September 18, 2008"] == [t.text for t in tag(text, date(2008, 9, 18))]


def test_tag_documents_is_lazy() -> None:
    def documents() -> Iterator[tuple[str, date]]:
        yield ("Talks resume next week.", MONDAY)
        raise AssertionError("read past the first document")

    stream = tag_documents(documents())
    assert ["2017-W40"] == [t.value for t in next(stream)]


def test_errors() -> None:
    with pytest.raises(InvalidTypeError, match="tag: expected the text as a str, got bytes"):
        tag(b"Monday", MONDAY)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="published: expected a date, a datetime or"):
        tag("Monday", 20170925)  # type: ignore[arg-type]
    with pytest.raises(timeline.InvalidValueError, match="published: expected an ISO date"):
        tag("Monday", "25/09/2017")
    with pytest.raises(timeline.InvalidValueError, match="tense: expected one of"):
        tag("Monday", MONDAY, tense="soon")  # type: ignore[arg-type]


# Hostile text is not English either, and tag rightly says so.
@pytest.mark.filterwarnings("ignore::timeline.NotEnglishWarning")
def test_hostile_text_is_handled() -> None:
    for text in ("last " * 5000, "Monday " * 5000, "9" * 100_000, "the first week of " * 2000):
        for timex in tag(text, MONDAY):
            assert timex.span is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive holiday begins with its stem ("valentine", "'s", "day").
        ("Florists were busiest before Valentine's Day.", [("Valentine's Day", "2017-02-14")]),
        ("The chain sold out ahead of Father's Day.", [("Father's Day", "2017-06-18")]),
        # Counts that follow "a" are part of the duration.
        ("Repairs took a couple of weeks.", [("a couple of weeks", "P2W")]),
        ("The exhibit ran for a dozen years.", [("a dozen years", "P12Y")]),
        ("The ban lasted a number of years.", [("a number of years", "PXY")]),
        # "Thurs." keeps its full stop, as "Sept." does.
        ("The board will meet Thurs. to vote.", [("Thurs.", "2017-09-28")]),
    ],
)
def test_counts_possessive_holidays_and_abbreviations(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == [(t.text, t.value) for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower-cased text or a transcript still names its days and months...
        ("the hearing was moved to thursday", [("thursday", "2017-09-21")]),
        ("polls close on november 7 and results follow", [("november 7", "2017-11-07")]),
        # ...but not with names that are other words too.
        ("prices may march higher in an august market", []),
        ("the sun set early", []),
    ],
)
def test_lower_case_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(t.text, t.value) for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date just before, across "to", "and" or a dash, makes "March" and "May" months.
        ("The blockade held from October 1917 to March.", ["1917-10", "1918-03"]),
        ("Exports climbed in April and May.", ["2017-04", "2017-05"]),
        # Without one they stay a verb and a modal.
        ("Farmers plan to March on the capital.", []),
        ("Officials said they May reconsider.", []),
    ],
)
def test_ambiguous_months_after_a_date(text: str, expected: list[str]) -> None:
    assert expected == [t.value for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was signed in 1921. Late in the year the border reopened.",
            [("1921", "1921", None), ("Late in the year", "1921", "END")],
        ),
        (
            "The strike began in May 2016. Early in the month talks had failed.",
            [("May 2016", "2016-05", None), ("Early in the month", "2016-05", "START")],
        ),
        (
            "Floods hit the valley in 1953. Later in the year the dam was raised.",
            [("1953", "1953", None), ("Later in the year", "1953", "END")],
        ),
        (
            "The court sat on June 3, 2015, and later in the day it adjourned.",
            [("June 3, 2015", "2015-06-03", None), ("later in the day", "2015-06-03", None)],
        ),
    ],
)
def test_parts_of_the_unit_in_focus(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert expected == [(t.text, t.value, t.mod) for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range runs forward: the first end is in the year before the second.
        ("The league played from September to May.", ["2016-09", "2017-05"]),
        # ...and, in a history, a first end without a year does not move the narrative:
        # the dates after the range stay in the narrated year.
        (
            "In April 1943 the port fell. Raids went on from November to April, and the "
            "garrison surrendered on May 9.",
            ["1943-04", "1942-11", "1943-04", "1943-05-09"],
        ),
    ],
)
def test_ranges_run_forward(text: str, expected: list[str]) -> None:
    assert expected == [t.value for t in tag(text, MONDAY, genre="narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Convoys moved only at night.", [("night", "XXXX-XX-XXTNI")]),
        ("Daytime patrols were cut back.", [("Daytime", "XXXX-XX-XXTDT")]),
        # A night that a day places is that day's.
        ("Shelling resumed on Tuesday night.", [("Tuesday night", "2017-09-19TNI")]),
        ("She works the night shift.", []),
    ],
)
def test_a_part_of_no_day_in_particular(text: str, expected: list[tuple[str, str]]) -> None:
    found = tag(text, MONDAY)
    assert expected == [(t.text, t.value) for t in found]
    assert all(t.type is TimexType.TIME for t in found)
    assert all(t.interval is None for t in found if t.value.startswith("XXXX"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The merger should close by year's end.", [("year's end", "2017", "END")]),
        (
            "The siege began in June 1862. By month's end the town had fallen.",
            [("June 1862", "1862-06", None), ("month's end", "1862-06", "END")],
        ),
        ("Rates rose at the year's start.", [("the year's start", "2017", "START")]),
        ("It was the year's busiest week.", []),
    ],
)
def test_a_units_edge(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert expected == [(t.text, t.value, t.mod) for t in tag(text, MONDAY)]


@pytest.mark.parametrize(
    "text",
    ["Heavy rain may have caused the fall.", "The fall in prices hurt farmers."],
)
def test_the_fall_as_a_drop_is_no_season(text: str) -> None:
    assert [] == tag(text, MONDAY)


@pytest.mark.parametrize("text", ["Prices rose in the fall.", "By the fall, talks had failed."])
def test_the_fall_after_a_preposition_of_time_is_the_season(text: str) -> None:
    found = [(t.text, t.value) for t in tag(text, MONDAY)]
    assert ["the fall"] == [text for text, _ in found]
    assert found[0][1].endswith("-FA")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hours count from the start of a part of day the text named.
        ("Fighting began on Sunday morning. Troops withdrew six hours later.", "1990-05-06T11"),
        ("Guards left on Monday night. The fire spread about four hours later.", "1990-05-08T01"),
        # Days counted from a month or a year the text named stay in it, as far as told.
        ("The flaw was found in March 1988. The firm fixed it two days later.", "1988-03"),
        ("The mine opened in 1971. Two weeks later it flooded.", "1971"),
        # A finer date the text named later is what the count starts from.
        ("Found in March 1988, the flaw was reported on March 9, 1988. A day later it was fixed.",
         "1988-03-10"),
    ],
)  # fmt: skip
def test_a_count_later_starts_from_the_last_date_the_text_named(text: str, expected: str) -> None:
    assert expected == tag(text, date(1990, 5, 9))[-1].value


def test_hours_counted_from_a_day_stay_on_that_day() -> None:
    found = tag("Miners walked out on Monday. The pit closed two hours later.", date(1990, 5, 9))
    assert "1990-05-07" == found[-1].value
