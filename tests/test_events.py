"""Events, links and the timeline: building, ordering, conflicts, chains, relations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from timeline import (
    ALLEN_RELATIONS,
    Bounds,
    ConflictKind,
    Event,
    Grain,
    Interval,
    InvalidTypeError,
    InvalidValueError,
    Link,
    Mod,
    Relation,
    Timeline,
    Timex,
    TimexType,
    UnknownEventError,
    UnknownRelationError,
    lookup_relation,
)

PUBLISHED = date(2017, 9, 25)  # a Monday


def day(number: int) -> date:
    """A day of September 2017."""
    return date(2017, 9, number)


def story() -> Timeline:
    return Timeline(published=PUBLISHED)


def descriptions(events: list[Event]) -> list[str]:
    return [event.description for event in events]


# --------------------------------------------------------------------------- Event, Link


def test_event_undated_and_interval() -> None:
    when = Timex(
        "2017-09-24", TimexType.DATE, "2017-09-24", interval=Interval.from_value("2017-09-24")
    )
    assert (False, when.interval) == (
        Event("e1", "x", when).undated,
        Event("e1", "x", when).interval,
    )
    assert (True, None) == (Event("e1", "x").undated, Event("e1", "x").interval)
    vague = Timex("recently", TimexType.DATE, "PAST_REF")
    assert Event("e1", "x", vague).undated


def test_event_validation() -> None:
    with pytest.raises(InvalidValueError, match=r"Event\.id"):
        Event("", "x")
    with pytest.raises(InvalidTypeError, match=r"Event\.actors"):
        Event("e1", "x", actors="Moscow")
    with pytest.raises(InvalidTypeError, match=r"Event\.actors"):
        Event("e1", "x", actors=[1])
    with pytest.raises(InvalidValueError, match=r"Event\.span"):
        Event("e1", "x", span=(5, 2))
    with pytest.raises(InvalidTypeError, match=r"Event\.when"):
        Event("e1", "x", when="2017-09-24")  # type: ignore[arg-type]


def test_event_actors_become_a_tuple() -> None:
    assert ("Moscow", "Washington") == Event("e1", "x", actors=["Moscow", "Washington"]).actors


def test_link_str_and_validation() -> None:
    assert "e3 blames e2" == str(Link("e3", lookup_relation("blames"), "e2"))
    with pytest.raises(InvalidTypeError, match=r"Link\.relation"):
        Link("e1", "blames", "e2")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- add


def test_add_ids() -> None:
    timeline_ = story()
    first = timeline_.add("first", id="e2")
    second = timeline_.add("second")
    third = timeline_.add("third")
    assert ["e2", "e3", "e4"] == [first.id, second.id, third.id]


def test_add_rejects_a_used_id() -> None:
    timeline_ = story()
    timeline_.add("the strike", id="strike")
    with pytest.raises(InvalidValueError, match="'strike', which is 'the strike'"):
        timeline_.add("another strike", id="strike")


def test_add_keeps_everything_given() -> None:
    event = story().add(
        "jets strike a gas field", None, actors=("Russia",), source="the militia", span=(4, 27)
    )
    assert ("jets strike a gas field", None, ("Russia",), "the militia", (4, 27)) == (
        event.description,
        event.when,
        event.actors,
        event.source,
        event.span,
    )


def test_add_a_date() -> None:
    when = story().add("x", day(24)).when
    assert when is not None
    assert (TimexType.DATE, "2017-09-24", Interval.from_value("2017-09-24")) == (
        when.type,
        when.value,
        when.interval,
    )


def test_add_a_date_reads_it_in_the_zone_of_the_publication_time() -> None:
    moscow = timezone(timedelta(hours=3))
    timeline_ = Timeline(published=datetime(2017, 9, 25, 9, tzinfo=moscow))
    when = timeline_.add("x", day(24)).when
    assert when is not None
    assert when.interval is not None
    assert datetime(2017, 9, 24, tzinfo=moscow) == when.interval.start
    assert timedelta(hours=3) == when.interval.start.utcoffset()


def test_add_a_datetime() -> None:
    aware = datetime(2017, 9, 24, 15, 30, tzinfo=UTC)
    when = story().add("x", aware).when
    assert when is not None
    assert (TimexType.TIME, "2017-09-24T15:30:00", Interval.unit(aware, Grain.SECOND)) == (
        when.type,
        when.value,
        when.interval,
    )
    naive = story().add("x", datetime(2017, 9, 24, 15, 30)).when
    assert naive is not None
    assert when.interval == naive.interval


def test_add_an_interval() -> None:
    week = Interval.from_value("2017-W38")
    when = story().add("x", week).when
    assert when is not None
    assert (TimexType.DATE, "2017-W38", week) == (when.type, when.value, when.interval)
    hour = Interval.from_value("2017-09-24T15")
    timex = story().add("x", hour).when
    assert timex is not None
    assert TimexType.TIME == timex.type


def test_add_a_timex_keeps_it() -> None:
    timex = Timex("last week", TimexType.DATE, "2017-W38", interval=Interval.from_value("2017-W38"))
    assert timex is story().add("x", timex).when


def test_add_rejects_other_kinds_of_when() -> None:
    with pytest.raises(InvalidTypeError, match=r"expected a phrase, a Timex"):
        story().add("x", 2017)  # type: ignore[arg-type]


def test_a_phrase_needs_a_publication_date() -> None:
    with pytest.raises(InvalidValueError, match="needs a publication date"):
        Timeline().add("x", "late Sunday")


def test_a_phrase_is_resolved_against_the_publication_date() -> None:
    when = story().add("the ministry announces the death", "late Sunday").when
    assert when is not None
    assert ("2017-09-24", Mod.END) == (when.value, when.mod)


def test_published_must_be_a_date_or_an_aware_datetime() -> None:
    with pytest.raises(InvalidValueError, match="timezone-aware"):
        Timeline(published=datetime(2017, 9, 25, 9))
    with pytest.raises(InvalidTypeError, match=r"Timeline\.published"):
        Timeline(published=20170925)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"Timeline\.published: expected an ISO date"):
        Timeline(published="Monday 25 Sept")
    with pytest.raises(InvalidValueError, match="timezone-aware"):
        Timeline(published="2017-09-25T09:00")


# --------------------------------------------------------------------------- link


def test_link_by_event_or_id() -> None:
    timeline_ = story()
    strike = timeline_.add("jets strike")
    denial = timeline_.add("Moscow denies it")
    assert Link("e2", lookup_relation("denies"), "e1", "we did not") == timeline_.link(
        denial, "denies", "e1", evidence="we did not"
    )
    assert (strike, denial) == timeline_.events
    assert 1 == len(timeline_.links)


def test_link_with_an_unknown_relation_lists_the_known_ones() -> None:
    timeline_ = story()
    a, b = timeline_.add("a"), timeline_.add("b")
    with pytest.raises(UnknownRelationError, match=r"expected one of: .*blames.*warns"):
        timeline_.link(a, "praises", b)
    assert () == timeline_.links


def test_link_to_an_event_not_in_the_timeline() -> None:
    timeline_ = story()
    a = timeline_.add("a")
    stranger = story().add("b", id="e1", actors=("someone",))
    with pytest.raises(UnknownEventError, match="was not added to this timeline"):
        timeline_.link(a, "causes", stranger)
    with pytest.raises(UnknownEventError, match="'e9'"):
        timeline_.link(a, "causes", "e9")
    with pytest.raises(InvalidTypeError):
        timeline_.link(a, "causes", 1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        timeline_.link(a, 1, a)  # type: ignore[arg-type]


def test_link_with_an_unregistered_relation_object() -> None:
    timeline_ = story()
    a, b = timeline_.add("a", day(20)), timeline_.add("b", day(22))
    pays = Relation("pays_for", "causal", "source.start <= target.start")
    assert pays is timeline_.link(b, pays, a).relation
    assert ConflictKind.DATES == timeline_.conflicts()[0].kind


def test_reading_a_timeline() -> None:
    timeline_ = story()
    a = timeline_.add("a")
    assert (1, [a], a, True, True, False) == (
        len(timeline_),
        list(timeline_),
        timeline_["e1"],
        a in timeline_,
        "e1" in timeline_,
        Event("e1", "other") in timeline_,
    )
    with pytest.raises(UnknownEventError):
        timeline_["e2"]


# --------------------------------------------------------------------------- ordered


def test_dated_events_go_in_date_order() -> None:
    timeline_ = story()
    timeline_.add("monday", day(25))
    timeline_.add("last week", Interval.from_value("2017-W38"))
    timeline_.add("sunday", day(24))
    timeline_.add("august", Interval.from_value("2017-08"))
    assert ["august", "last week", "sunday", "monday"] == descriptions(timeline_.ordered())


def test_ties_go_to_the_earlier_interval_start_then_to_the_first_added() -> None:
    timeline_ = story()
    timeline_.add("second", day(24))
    timeline_.add("first", day(24))
    timeline_.add("week", Interval.from_value("2017-W38"))
    assert ["week", "second", "first"] == descriptions(timeline_.ordered())


def test_links_order_events_the_dates_leave_open() -> None:
    timeline_ = story()
    death = timeline_.add("a general dies", day(24))
    shelling = timeline_.add("mortar fire hits a post", day(24))
    timeline_.link(shelling, "causes", death)
    assert ["mortar fire hits a post", "a general dies"] == descriptions(timeline_.ordered())


def test_an_undated_event_goes_just_before_what_it_must_precede() -> None:
    timeline_ = story()
    report = timeline_.add("the militia reports a strike", day(25))
    strike = timeline_.add("jets strike")
    timeline_.add("a general dies", day(24))
    timeline_.add("an earlier raid", day(23))
    timeline_.link(report, "reports", strike)
    assert ["an earlier raid", "a general dies", "jets strike", "the militia reports a strike"] == (
        descriptions(timeline_.ordered())
    )


def test_an_undated_event_never_goes_before_the_start_its_links_give_it() -> None:
    # The blockade ends with the campaign but began after it: after Friday, which the
    # dates and links pin to the campaign's start. Going "just before what it must
    # precede" (the campaign's end) must not put it before Friday.
    timeline_ = story()
    talks = timeline_.add("talks end", day(21))
    envoy = timeline_.add("the envoy accuses the bloc", day(22))
    campaign = timeline_.add("the bloc's campaign", Interval.from_value("2017-W38"))
    second = timeline_.add(
        "a second campaign",
        Timex("after Thursday", TimexType.DATE, "2017-09-21", Mod.AFTER,
              Interval.from_value("2017-09-21")),
    )  # fmt: skip
    blockade = timeline_.add("a blockade", Timex("recently", TimexType.DATE, "PAST_REF"))
    timeline_.link(talks, "ibefore", envoy)  # the envoy spoke at midnight, Friday
    timeline_.link(envoy, "accuses", campaign)  # so the campaign began by then
    timeline_.link(campaign, "accuses", second)  # and not before the second one
    timeline_.link(blockade, "ends", campaign)
    order = descriptions(timeline_.ordered())
    assert order.index("the envoy accuses the bloc") < order.index("a blockade")
    assert not timeline_.conflicts()


def test_an_undated_event_goes_right_after_what_it_follows() -> None:
    timeline_ = story()
    timeline_.add("monday", day(25))
    strike = timeline_.add("a strike", day(23))
    reply = timeline_.add("the militia answers")
    timeline_.add("sunday", day(24))
    timeline_.link(reply, "retaliates_for", strike)
    assert ["a strike", "the militia answers", "sunday", "monday"] == (
        descriptions(timeline_.ordered())
    )


def test_events_nothing_places_go_last_in_the_order_added() -> None:
    timeline_ = story()
    first = timeline_.add("undated first")
    timeline_.add("dated", day(24))
    second = timeline_.add("undated second")
    timeline_.link(second, "causes", first)
    assert ["dated", "undated second", "undated first"] == descriptions(timeline_.ordered())
    assert all(event.undated for event in timeline_.ordered()[1:])


def test_simultaneous_events_go_together_in_the_order_added() -> None:
    timeline_ = story()
    timeline_.add("later", day(24))
    a = timeline_.add("a")
    b = timeline_.add("b")
    timeline_.add("earlier", day(20))
    timeline_.link(b, "simultaneous", a)
    timeline_.link(a, "before", "e1")
    assert ["earlier", "a", "b", "later"] == descriptions(timeline_.ordered())


def test_mod_before_and_after_open_the_interval() -> None:
    sunday = Interval.from_value("2017-09-24")
    timeline_ = story()
    timeline_.add(
        "after sunday",
        Timex("after Sunday", TimexType.DATE, "2017-09-24", mod=Mod.AFTER, interval=sunday),
    )
    timeline_.add("sunday", sunday)
    timeline_.add(
        "before sunday",
        Timex("before Sunday", TimexType.DATE, "2017-09-24", mod=Mod.BEFORE, interval=sunday),
    )
    assert ["before sunday", "sunday", "after sunday"] == descriptions(timeline_.ordered())
    assert {"before", "meets"} == timeline_.relation("e3", "e2")


def test_vague_references_are_bounded_by_the_publication_date() -> None:
    timeline_ = story()
    timeline_.add("soon", Timex("soon", TimexType.DATE, "FUTURE_REF"))
    timeline_.add("recently", Timex("recently", TimexType.DATE, "PAST_REF"))
    timeline_.add("tomorrow", day(26))
    timeline_.add("now", Timex("now", TimexType.DATE, "PRESENT_REF"))
    assert {"before", "meets"} == timeline_.relation("e2", "e3")
    assert "before" in timeline_.relation("e2", "e1")
    assert {"after", "met_by"} == timeline_.relation("e3", "e4")


def test_ordered_returns_every_event_even_with_conflicts() -> None:
    timeline_ = story()
    a, b, c = (timeline_.add(name, day(20 + number)) for number, name in enumerate("abc"))
    timeline_.link(a, "after", b)
    timeline_.link(b, "after", c)
    timeline_.link(c, "after", a)
    timeline_.link(a, "causes", a)
    assert {"a", "b", "c"} == set(descriptions(timeline_.ordered()))
    assert 3 == len(timeline_.ordered())
    assert timeline_.conflicts()


# --------------------------------------------------------------------------- conflicts


def test_a_blame_dated_before_what_it_blames() -> None:
    timeline_ = story()
    blame = timeline_.add("Moscow blames Washington", day(20))
    death = timeline_.add("a general is killed", day(24))
    link = timeline_.link(blame, "blames", death)
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.DATES, (death, blame), (link,)) == (
        conflict.kind,
        conflict.events,
        conflict.links,
    )
    assert "a blame comes no earlier than what it blames" == conflict.rule
    assert (
        "'Moscow blames Washington' blames 'a general is killed', but 'a general is killed' is "
        "dated 2017-09-24 and 'Moscow blames Washington' is dated 2017-09-20: a blame comes no "
        "earlier than what it blames"
    ) == str(conflict)


def test_a_chain_of_links_against_the_dates() -> None:
    timeline_ = story()
    cause = timeline_.add("an order is given", day(25))
    middle = timeline_.add("troops move")
    effect = timeline_.add("a town falls", day(23))
    first = timeline_.link(cause, "causes", middle)
    second = timeline_.link(middle, "causes", effect)
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.DATES, (cause, middle, effect), (first, second)) == (
        conflict.kind,
        conflict.events,
        conflict.links,
    )
    assert (
        "'an order is given' causes 'troops move' and 'troops move' causes 'a town falls': "
        "together they mean 'a town falls' starts no earlier than 'an order is given' starts, "
        "but 'an order is given' is dated 2017-09-25 and 'a town falls' is dated 2017-09-23"
    ) == str(conflict)


def test_a_violation_that_follows_from_another_is_not_reported_twice() -> None:
    timeline_ = story()
    cause = timeline_.add("an order is given", day(25))
    effect = timeline_.add("a town falls", day(23))
    later = timeline_.add("refugees arrive", day(24))
    timeline_.link(cause, "causes", effect)
    timeline_.link(effect, "causes", later)
    assert 1 == len(timeline_.conflicts())


def test_one_date_pushing_several_events_past_theirs_is_one_conflict() -> None:
    timeline_ = story()
    order = timeline_.add("an order is given", day(25))
    march = timeline_.add("troops march")
    town = timeline_.add("a town falls", day(23))
    river = timeline_.add("the river is crossed", day(22))
    links = [
        timeline_.link(order, "causes", march),
        timeline_.link(march, "causes", town),
        timeline_.link(march, "enables", river),
    ]
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.DATES, tuple(links)) == (conflict.kind, conflict.links)
    assert (order, march, town, river) == conflict.events
    assert str(conflict).endswith(
        "; through further links it also puts 'the river is crossed' past their dates"
    )


def test_links_in_a_cycle() -> None:
    timeline_ = story()
    a, b = timeline_.add("a", day(20)), timeline_.add("b", day(20))
    first = timeline_.link(a, "before", b)
    second = timeline_.link(a, "after", b)
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.CYCLE, {first, second}) == (conflict.kind, set(conflict.links))
    assert "nothing happens before itself" == conflict.rule
    assert "contradict each other: together they would put" in str(conflict)


def test_the_dates_decide_which_link_of_a_cycle_is_set_aside() -> None:
    timeline_ = story()
    early, late = timeline_.add("early", day(20)), timeline_.add("late", day(24))
    timeline_.link(late, "before", early)
    timeline_.link(early, "before", late)
    [conflict] = timeline_.conflicts()
    assert (
        "'late' before 'early' and 'early' before 'late' contradict each other: together they "
        "would put 'early' before itself ('late' before 'early' is set aside to order the rest)"
    ) == str(conflict)
    assert ["early", "late"] == descriptions(timeline_.ordered())


def test_simultaneous_yet_one_before_the_other() -> None:
    timeline_ = story()
    a, b = timeline_.add("a"), timeline_.add("b")
    timeline_.link(a, "simultaneous", b)
    timeline_.link(a, "before", b)
    [conflict] = timeline_.conflicts()
    assert ConflictKind.CYCLE == conflict.kind
    assert 2 == len(conflict.links)


def test_an_event_linked_before_itself() -> None:
    timeline_ = story()
    a = timeline_.add("a")
    link = timeline_.link(a, "before", a)
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.CYCLE, (link,)) == (conflict.kind, conflict.links)
    assert str(conflict).startswith("'a' before 'a' links an event to itself")


def test_a_causal_loop() -> None:
    timeline_ = story()
    a, b, c = timeline_.add("a"), timeline_.add("b"), timeline_.add("c")
    links = [
        timeline_.link(a, "causes", b),
        timeline_.link(b, "causes", c),
        timeline_.link(c, "enables", a),
    ]
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.CAUSAL_LOOP, (a, b, c), tuple(links)) == (
        conflict.kind,
        conflict.events,
        conflict.links,
    )
    assert (
        "'a' causes 'b', 'b' causes 'c' and 'c' enables 'a' form a causal loop: 'a' would be "
        "among its own causes"
    ) == str(conflict)


def test_a_causal_loop_between_events_that_start_together() -> None:
    timeline_ = story()
    a, b = timeline_.add("a", day(20)), timeline_.add("b", day(20))
    timeline_.link(b, "begins", a)
    timeline_.link(b, "causes", a)
    timeline_.link(a, "causes", b)
    assert [ConflictKind.CAUSAL_LOOP] == [conflict.kind for conflict in timeline_.conflicts()]


def test_a_causal_loop_of_a_relation_that_says_nothing_about_time() -> None:
    inspires = Relation("inspires", "causal")
    timeline_ = story()
    a, b = timeline_.add("a"), timeline_.add("b")
    timeline_.link(a, inspires, b)
    timeline_.link(b, inspires, a)
    assert [ConflictKind.CAUSAL_LOOP] == [conflict.kind for conflict in timeline_.conflicts()]


def test_mutual_reactions_at_the_same_moment_are_no_conflict() -> None:
    timeline_ = story()
    a, b = timeline_.add("a"), timeline_.add("b")
    timeline_.link(a, "responds_to", b)
    timeline_.link(b, "responds_to", a)
    assert [] == timeline_.conflicts()
    assert {"simultaneous", "begins", "begun_by"} == timeline_.relation(a, b)


def test_simultaneous_events_with_different_dates() -> None:
    timeline_ = story()
    a, b = timeline_.add("a", day(20)), timeline_.add("b", day(22))
    link = timeline_.link(a, "simultaneous", b)
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.DATES, (link,)) == (conflict.kind, conflict.links)


# --------------------------------------------------------------------------- chains


def test_chains_group_events_by_steps() -> None:
    timeline_ = story()
    strike = timeline_.add("a strike", day(24))
    report = timeline_.add("a report", day(25))
    denial = timeline_.add("a denial", day(25))
    timeline_.add("unrelated", day(23))
    timeline_.link(report, "reports", strike)
    timeline_.link(denial, "denies", strike)
    [chain] = timeline_.chains()
    assert "a strike → a report, a denial" == str(chain)
    assert ((strike,), (report, denial)) == chain.steps
    assert (strike, report, denial) == chain.events


def test_temporal_and_forward_looking_links_make_no_chains() -> None:
    timeline_ = story()
    a, b = timeline_.add("a", day(20)), timeline_.add("b", day(22))
    timeline_.link(a, "before", b)
    timeline_.link(a, "warns", b)
    assert [] == timeline_.chains()


# --------------------------------------------------------------------------- bounds


def midnight(number: int) -> datetime:
    """The start of a day of September 2017, in UTC."""
    return datetime(2017, 9, number, tzinfo=UTC)


def test_a_dated_event_is_bounded_by_its_interval() -> None:
    timeline_ = story()
    week = timeline_.add("talks open", Interval.from_value("2017-W38"))
    assert Bounds(midnight(18), midnight(25), midnight(18), midnight(25)) == (
        timeline_.bounds(week)
    )


def test_links_tighten_the_bounds_of_dated_events() -> None:
    timeline_ = story()
    week = timeline_.add("talks open", Interval.from_value("2017-W38"))
    wednesday = timeline_.add("talks collapse", day(20))
    timeline_.link(week, "before", wednesday)
    # The talks opened and ended before Wednesday's collapse began, which was on Wednesday.
    assert Bounds(midnight(18), midnight(21), midnight(18), midnight(21)) == (
        timeline_.bounds(week)
    )
    assert Bounds(midnight(20), midnight(21), midnight(20), midnight(21)) == (
        timeline_.bounds(wednesday)
    )


def test_an_undated_event_is_bounded_by_the_dates_its_links_reach() -> None:
    timeline_, events = flagship()
    # Killed no later than the late-Sunday announcement began, so by the end of Sunday;
    # the shelling that caused it began no later than the death.
    sunday_over = Bounds(latest_start=midnight(25))
    assert sunday_over == timeline_.bounds(events["death"])
    assert sunday_over == timeline_.bounds(events["shelling"])
    # The strike came after last week's warning began and before Monday's statements ended.
    assert Bounds(midnight(18), midnight(26), midnight(18)) == timeline_.bounds(events["strike"])


def test_nothing_bounds_an_event_nothing_places() -> None:
    timeline_ = story()
    timeline_.add("dated", day(24))
    cause, effect = timeline_.add("a cause"), timeline_.add("an effect")
    timeline_.link(cause, "causes", effect)
    assert Bounds() == timeline_.bounds(cause)
    assert Bounds() == timeline_.bounds("e3")


def test_vague_references_bound_an_event_by_the_publication_date() -> None:
    timeline_ = story()
    recently = timeline_.add("recently", Timex("recently", TimexType.DATE, "PAST_REF"))
    assert Bounds(latest_start=midnight(26), latest_end=midnight(26)) == (
        timeline_.bounds(recently)
    )


def test_bounds_are_read_in_the_zone_of_the_timeline() -> None:
    moscow = timezone(timedelta(hours=3))
    timeline_ = Timeline(published=datetime(2017, 9, 25, 9, tzinfo=moscow))
    report = timeline_.add("the ministry reports a death", "late Sunday")
    death = timeline_.add("a general dies")
    timeline_.link(report, "reports", death)
    latest = timeline_.bounds(death).latest_start
    assert latest is not None
    assert (datetime(2017, 9, 25, tzinfo=moscow), moscow) == (latest, latest.tzinfo)


def test_bounds_of_events_not_in_the_timeline() -> None:
    with pytest.raises(UnknownEventError):
        story().bounds("e1")


def test_bounds_take_only_aware_datetimes() -> None:
    with pytest.raises(InvalidValueError, match=r"Bounds\.latest_end: .* got naive 2017-09-25"):
        Bounds(latest_end=datetime(2017, 9, 25))
    with pytest.raises(InvalidTypeError, match="got date"):
        Bounds(day(25))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- relation


def test_relation_from_dates_alone() -> None:
    timeline_ = story()
    sunday, monday = timeline_.add("sunday", day(24)), timeline_.add("monday", day(25))
    friday = timeline_.add("friday", day(22))
    week = timeline_.add("week", Interval.from_value("2017-W38"))
    assert {"before", "meets"} == timeline_.relation(sunday, monday)
    assert {"after", "met_by"} == timeline_.relation(monday, sunday)
    assert {"before"} == timeline_.relation(friday, sunday)
    assert set(ALLEN_RELATIONS) == timeline_.relation(friday, week)
    assert {"simultaneous"} == timeline_.relation(friday, friday)


def test_relation_from_links() -> None:
    timeline_ = story()
    a, b, c = timeline_.add("a"), timeline_.add("b"), timeline_.add("c")
    timeline_.link(a, "during", b)
    timeline_.link(c, "blames", a)
    assert {"during"} == timeline_.relation(a, b)
    assert {"includes"} == timeline_.relation(b, a)
    assert {
        "after",
        "met_by",
        "overlapped_by",
        "during",
        "ends",
        "begins",
        "begun_by",
        "simultaneous",
    } == timeline_.relation(c, a)


def test_relation_of_events_not_in_the_timeline() -> None:
    with pytest.raises(UnknownEventError):
        story().relation("e1", "e2")


# --------------------------------------------------------------------------- the flagship


def flagship() -> tuple[Timeline, dict[str, Event]]:
    """The Deir ez-Zor story of 25 September 2017, told through the API in our words."""
    timeline_ = Timeline(published=PUBLISHED)
    last_week = Timex(
        "last week", TimexType.DATE, "2017-W38", interval=Interval.from_value("2017-W38")
    )
    late_sunday = Timex(
        "late Sunday",
        TimexType.DATE,
        "2017-09-24",
        mod=Mod.END,
        interval=Interval(
            datetime(2017, 9, 24, 16, tzinfo=UTC), datetime(2017, 9, 25, tzinfo=UTC), Grain.DAY
        ),
    )
    monday = Timex(
        "on Monday", TimexType.DATE, "2017-09-25", interval=Interval.from_value("2017-09-25")
    )
    add = timeline_.add
    events = {
        "warning": add(
            "Moscow warns it will hit back at militia units firing on government troops",
            last_week,
            actors=("Russia",),
        ),
        "capture": add("the militia takes a gas field in the province", last_week, actors=("SDF",)),
        "remarks": add(
            "the foreign minister faults the former US administration",
            last_week,
            actors=("Lavrov",),
        ),
        "shelling": add("mortar rounds hit a command post near the city", actors=("ISIS",)),
        "death": add("a Russian lieutenant general dies", source="the defence ministry"),
        "announcement": add(
            "the defence ministry announces the general's death",
            late_sunday,
            actors=("Russian Defence Ministry",),
        ),
        "strike": add("jets hit militia positions near the gas field"),
        "statement": add(
            "the militia says Russian jets struck it, killing a fighter", monday, actors=("SDF",)
        ),
        "denial": add("Moscow denies striking the militia", monday, actors=("Russia",)),
        "blame": add(
            "Moscow blames Washington's policy for the general's death",
            monday,
            actors=("Russia",),
            source="RIA",
        ),
    }
    link = timeline_.link
    link(events["shelling"], "causes", events["death"])
    link(events["announcement"], "reports", events["death"])
    link(events["blame"], "blames", events["death"])
    link(events["statement"], "reports", events["strike"])
    link(events["denial"], "denies", events["strike"])
    link(events["warning"], "warns", events["strike"])
    return timeline_, events


def test_flagship_order() -> None:
    timeline_, events = flagship()
    expected = [
        "warning",
        "capture",
        "remarks",
        "shelling",
        "death",
        "announcement",
        "strike",
        "statement",
        "denial",
        "blame",
    ]
    assert [events[name] for name in expected] == timeline_.ordered()


def test_flagship_chains() -> None:
    timeline_, events = flagship()
    assert [
        ((events["shelling"],), (events["death"],), (events["announcement"], events["blame"])),
        ((events["strike"],), (events["statement"], events["denial"])),
    ] == [chain.steps for chain in timeline_.chains()]


def test_flagship_has_no_conflicts() -> None:
    timeline_, _ = flagship()
    assert [] == timeline_.conflicts()


def test_flagship_relations() -> None:
    timeline_, events = flagship()
    # The general died before the ministry's late-Sunday announcement ended; the shelling
    # started no later than his death, so before Monday's blame.
    assert "after" not in timeline_.relation(events["shelling"], events["blame"])
    assert {"before"} == timeline_.relation(events["warning"], events["statement"]) - {"meets"}


def test_flagship_with_a_contradicting_link_is_reported() -> None:
    timeline_, events = flagship()
    wrong = timeline_.link(events["blame"], "before", events["death"])
    [conflict] = timeline_.conflicts()
    assert ConflictKind.CYCLE == conflict.kind
    assert wrong in conflict.links
    assert events["death"] in conflict.events
    assert events["blame"] in conflict.events
    assert 10 == len(timeline_.ordered())


def test_flagship_with_a_denial_dated_before_the_strike() -> None:
    timeline_, events = flagship()
    early = timeline_.add("Moscow denies a strike that came later", day(19))
    link = timeline_.link(early, "denies", events["statement"])
    [conflict] = timeline_.conflicts()
    assert (ConflictKind.DATES, (link,)) == (conflict.kind, conflict.links)


def test_flagship_through_resolve() -> None:
    timeline_ = Timeline(published=PUBLISHED)
    warning = timeline_.add("Moscow warns the militia", "last week")
    announcement = timeline_.add("the ministry announces a death", "late Sunday")
    blame = timeline_.add("Moscow blames Washington", "on Monday")
    assert [warning, announcement, blame] == timeline_.ordered()
