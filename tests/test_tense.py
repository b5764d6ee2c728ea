"""In news, the tense that places a bare date is that of the verb governing its own clause."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import resolve, tag

# Monday 25 September 2017.
MONDAY = date(2017, 9, 25)


def _values(text: str, published: date = MONDAY) -> list[str]:
    return [found.value for found in tag(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A clause with no verb of its own borrows no tense from the one before it.
        (
            "Turnover hit 5 million shares, up from 2 million shares Thursday.",
            MONDAY,
            ["2017-09-21"],
        ),
        (
            "The board declared a dividend of 12 cents, payable Dec. 1 to holders of record "
            "Nov. 10.",
            date(1990, 10, 20),
            ["1990-12-01", "1990-11-10"],
        ),
        # A verb in the present leaves a month to the nearest occurrence, whatever a
        # participle in another clause says.
        (
            "The orchestra, formed in 1958, tours Japan in March.",
            date(2011, 1, 10),
            ["1958", "2011-03"],
        ),
        # On either side of a fronted date's comma is its own clause.
        ("On Friday, the union will walk out.", MONDAY, ["2017-09-29"]),
        ("On Friday, the union walked out.", MONDAY, ["2017-09-22"]),
    ],
)
def test_the_tense_comes_from_the_expressions_own_clause(
    text: str, published: date, expected: list[str]
) -> None:
    assert expected == _values(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-ed" after a determiner or a number is an adjective, not a past verb.
        ("The lender will retire its 8 percent secured notes on Oct. 31.", "2017-10-31"),
        ("It said it would redeem the preferred stock on Oct. 31.", "2017-10-31"),
        # "set" looks ahead only of a date or an infinitive; otherwise it is a past verb.
        ("The relay team set a record Saturday.", "2017-09-23"),
        ("The final is set for Saturday.", "2017-09-30"),
        # "due" looks ahead of a date, not as a cause.
        ("The audit is due Oct. 4.", "2017-10-04"),
        ("Trains stopped due to the flood on Saturday.", "2017-09-23"),
        ("The board set the Oct. 30 record date.", "2017-10-30"),
        # An "-ed" form after "unless" or "if" heads a reduced clause: no past verb.
        ("The tender closes Oct. 6 unless extended.", "2017-10-06"),
        # The simple present of a schedule looks ahead.
        ("The lease expires July 1.", "2018-07-01"),
        ("The panel meets Thursday.", "2017-09-28"),
        # A modal looks ahead only before a verb.
        ("Rates might rise in December, traders said.", "2017-12"),
        # "until" looks ahead from its own date, unless a plain past verb governs it.
        ("Schools stay shut until Friday.", "2017-09-29"),
        ("Schools were shut until Friday.", "2017-09-22"),
        # "for" names what the clause is about: the nearest occurrence.
        ("The junta fell and called a vote for March 4.", "2018-03-04"),
    ],
)
def test_future_words_count_only_where_they_govern(text: str, expected: str) -> None:
    assert [expected] == _values(text)


def test_a_reporting_period_before_its_figures_is_the_one_just_ended() -> None:
    published = date(1991, 11, 1)
    assert ["1991-Q3"] == _values("The bank expects to post third-quarter losses.", published)
    assert ["1991-Q3"] == _values("The bank expects a loss for the third quarter.", published)
    # A day before its event keeps the tense: a hearing to come is ahead.
    assert ["2018-06-03"] == _values("The court will hold a June 3 hearing.")


def test_a_present_clause_does_not_send_a_weekday_forward_in_news() -> None:
    assert ["2017-09-21"] == _values("Shares are 4% above their level of Thursday.")
    # ...but a date of the year still lands on the nearest occurrence,
    assert ["2017-10-02"] == _values("The deadline is Oct. 2.")
    # and a caller's tense is taken as given.
    assert "2017-09-28" == resolve("Thursday", MONDAY, tense="present").value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The weekday chooses the year: 26 October 2015 was a Monday.
        ("The committee meets Monday, Oct. 26.", "2015-10-26"),
        # 26 October 2014 was a Sunday, in the year before.
        ("The treaty was signed Sunday, Oct. 26.", "2014-10-26"),
        # A weekday that fits neither year nearby: still one that fits.
        ("Voting ended Tuesday, Oct. 26.", "2010-10-26"),
    ],
)
def test_a_weekday_named_with_its_date_fixes_the_year(text: str, expected: str) -> None:
    assert [expected] == _values(text, date(2015, 10, 20))
