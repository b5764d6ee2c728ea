"""Rendering timelines: the vertical view, chains, events and links, TimelineJS, SVG/HTML.

Printed to a console that is not a terminal at 40, 80 and 120 columns and compared with
the literal text a reader sees.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from rich.console import Console, RenderableType

import timeline
from timeline import Timeline
from timeline._render import (
    ChainsView,
    ChainTree,
    EventLine,
    LinkLine,
    TimelineView,
    export_html,
    export_svg,
    timelinejs,
)

PUBLISHED = date(2017, 9, 25)


def render(renderable: RenderableType, width: int) -> str:
    console = Console(
        file=io.StringIO(), width=width, color_system=None, legacy_windows=False, record=True
    )
    console.print(renderable)
    output = console.export_text()
    assert [] == [line for line in output.splitlines() if len(line) > width]
    assert [] == [line for line in output.splitlines() if line != line.rstrip()]
    return output


def conflicted() -> Timeline:
    """A small story with a bad date, a coarse date, another year, and undated events.

    A link places the rumour after the death; nothing places the convoy.
    """
    story = Timeline(published=PUBLISHED)
    blame = story.add("Moscow blames Washington", date(2017, 9, 20), actors=["Moscow"])
    death = story.add("a general is killed", "late Sunday", source="Tass")
    story.add("talks resume in Geneva", "next month", actors=["UN"])
    story.add("an old grievance", date(2016, 12, 1))
    rumour = story.add("a second strike is rumoured")
    story.add("an aid convoy is turned back", source="UN")
    story.link(blame, "blames", death)
    story.link(rumour, "responds_to", death)
    return story


CONFLICTED_80 = """\
Blame before the death it blames
published Mon 25 Sep 2017 · 6 events · 2 links · 1 conflict

Thu 1 Dec 2016     ● an old grievance
                   │
Sun 24 Sep 2017    ✗ a general is killed
16:00–24:00        │ via Tass
“late Sunday”      │ in conflict [1]
                   │
Wed 20 Sep 2017    ✗ Moscow blames Washington
                   │ Moscow
                   │ blames → a general is killed
                   │ in conflict [1]
                   │
from Sun 24 Sep    ○ a second strike is rumoured
2017               │ responds to → a general is killed
16:00              │
October 2017       ● talks resume in Geneva
“next month”       │ UN
                   │
undated            ○ an aid convoy is turned back
                   │ via UN

1 conflict
[1] 'Moscow blames Washington' blames 'a general is killed', but 'a general is
    killed' is dated late Sunday (2017-09-24) and 'Moscow blames Washington' is
    dated 2017-09-20: a blame comes no earlier than what it blames
"""


def test_timeline_at_80_columns_has_a_date_gutter() -> None:
    view = TimelineView(conflicted(), title="Blame before the death it blames")
    assert CONFLICTED_80 == render(view, 80)


def test_timeline_at_120_columns_uses_the_room_for_long_lines() -> None:
    view = TimelineView(conflicted(), title="Blame before the death it blames")
    head = CONFLICTED_80[: CONFLICTED_80.index("\n[1] ") + 1]
    expected = head + (
        "[1] 'Moscow blames Washington' blames 'a general is killed', but 'a general is killed' "
        "is dated late Sunday (2017-09-24)\n"
        "    and 'Moscow blames Washington' is dated 2017-09-20: a blame comes no earlier than "
        "what it blames\n"
    )
    assert expected == render(view, 120)


def test_timeline_at_40_columns_puts_dates_above_their_events() -> None:
    expected = """\
Blame before the death it blames
published Mon 25 Sep 2017 · 6 events · 2
links · 1 conflict

Thu 1 Dec 2016
● an old grievance
│
Sun 24 Sep 2017 · 16:00–24:00 · “late
Sunday”
✗ a general is killed
│ via Tass
│ in conflict [1]
│
Wed 20 Sep 2017
✗ Moscow blames Washington
│ Moscow
│ blames → a general is killed
│ in conflict [1]
│
from Sun 24 Sep 2017 · 16:00
○ a second strike is rumoured
│ responds to → a general is killed
│
October 2017 · “next month”
● talks resume in Geneva
│ UN
│
undated
○ an aid convoy is turned back
│ via UN

1 conflict
[1] 'Moscow blames Washington' blames 'a
    general is killed', but 'a general
    is killed' is dated late Sunday
    (2017-09-24) and 'Moscow blames
    Washington' is dated 2017-09-20: a
    blame comes no earlier than what it
    blames
"""
    view = TimelineView(conflicted(), title="Blame before the death it blames")
    assert expected == render(view, 40)


def test_a_week_is_shown_as_the_whole_week_and_days_inside_it_apart() -> None:
    story = Timeline(published=PUBLISHED)
    story.add("rebels take a gas field", "last week")
    story.add("talks open", "early last week")
    story.add("a convoy is hit", "Sunday evening")
    expected = """\
published Mon 25 Sep 2017 · 3 events · 0 links

18–24 Sep         ● rebels take a gas field
“last week”       │
18–20 Sep         ● talks open
“early last week” │
Sun 24 Sep        ● a convoy is hit
evening           │
“Sunday evening”  │
"""
    assert expected == render(TimelineView(story), 60)


def test_long_links_wrap_under_their_label() -> None:
    story = Timeline(published=PUBLISHED)
    strike = story.add("jets strike positions held by the militia near the gas plant")
    story.add("the ministry denies it", "Monday")
    story.link("e2", "denies", strike, evidence="no such strike took place")
    expected = """\
published Mon 25 Sep 2017 · 2 events · 1 link

by Mon 25 Sep ○ jets strike positions held by the militia
              │ near the gas plant
              │ ← denies · the ministry denies it “no such
              │   strike took place”
              │
Mon 25 Sep    ● the ministry denies it
“Monday”      │ denies → jets strike positions held by the
              │   militia near the gas plant “no such strike
              │   took place”
"""
    assert expected == render(TimelineView(story), 60)


def test_an_empty_timeline_says_what_it_has() -> None:
    assert "no publication date · 0 events · 0 links\n\n" == render(TimelineView(Timeline()), 40)


def test_gutter_dates_carry_the_year_only_outside_the_publication_year() -> None:
    story = Timeline(published=PUBLISHED)
    story.add("a", "yesterday")
    assert "Sun 24 Sep " in render(TimelineView(story), 80)
    assert "Sun 24 Sep 2017" not in render(TimelineView(story), 80)
    story.add("b", date(2018, 1, 2))
    assert "Sun 24 Sep 2017" in render(TimelineView(story), 80)


def test_times_are_shown_in_the_publication_zone() -> None:
    moscow = timezone(timedelta(hours=3))
    story = Timeline(published=datetime(2017, 9, 25, 9, 0, tzinfo=moscow))
    story.add("a blast is heard", "late Sunday")
    assert "16:00–24:00 +03:00" in render(TimelineView(story), 80)


def test_ascii_output_draws_with_ascii() -> None:
    class AsciiFile(io.StringIO):
        @property
        def encoding(self) -> str:  # type: ignore[override]
            return "ascii"

    output = AsciiFile()
    Console(file=output, width=80, color_system=None, legacy_windows=False).print(
        TimelineView(conflicted()), ChainsView(conflicted())
    )
    assert output.getvalue().isascii()
    assert "| blames -> a general is killed" in output.getvalue()


# --------------------------------------------------------------------------- chains


def test_chains_are_trees_in_time_order() -> None:
    expected = """\
chain 1 · 3 events
└── a general is killed · Sun 24 Sep 2017 16:00–24:00 “late Sunday”
    ├── ← blames · Moscow blames Washington · Wed 20 Sep 2017
    └── ← responds to · a second strike is rumoured · undated
"""
    assert expected == render(ChainsView(conflicted()), 80)


def test_a_cause_hangs_its_effect_with_a_forward_arrow() -> None:
    story = Timeline(published=PUBLISHED)
    shelling = story.add("mortar fire hits a command post")
    death = story.add("a general is killed")
    announcement = story.add("the ministry announces the death", "late Sunday")
    story.link(shelling, "causes", death)
    story.link(announcement, "reports", death)
    expected = """\
chain · 3 events
└── mortar fire hits a command post · undated
    └── causes → a general is killed · undated
        └── ← reports · the ministry announces the
            death · Sun 24 Sep 2017 16:00–24:00
            “late Sunday”
"""
    [chain] = story.chains()
    assert expected == render(ChainTree(chain), 50)


def test_a_timeline_without_chains_says_so() -> None:
    story = Timeline(published=PUBLISHED)
    story.add("talks open", "Monday")
    assert "no chains: no causal or reactive links\n" == render(ChainsView(story), 80)


# --------------------------------------------------------------------------- Event, Link


def test_an_event_on_one_line() -> None:
    story = conflicted()
    assert "a general is killed · Sun 24 Sep 2017 16:00–24:00 “late Sunday” · via Tass\n" == (
        render(EventLine(story["e2"]), 100)
    )
    assert "a second strike is rumoured · undated\n" == render(EventLine(story["e5"]), 80)
    assert "Moscow blames Washington · Wed 20 Sep 2017 · Moscow\n" == render(
        EventLine(story["e1"]), 80
    )


def test_a_link_on_one_line() -> None:
    link = timeline.Link("e3", timeline.lookup_relation("responds_to"), "e2", "in reply")
    assert "e3 responds to → e2 “in reply”\n" == render(LinkLine(link), 80)


# --------------------------------------------------------------------------- exports


def test_timelinejs_keeps_each_grain() -> None:
    document = timelinejs(conflicted(), title="Blame")
    assert {"headline": "Blame", "text": "published Mon 25 Sep 2017"} == document["title"]["text"]
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert {"year": "2016", "month": "12", "day": "1"} == slides["e4"]["start_date"]
    assert "end_date" not in slides["e4"]
    assert {
        "start_date": {"year": "2017", "month": "9", "day": "24", "hour": "16", "minute": "0"},
        "end_date": {"year": "2017", "month": "9", "day": "25", "hour": "0", "minute": "0"},
        "display_date": "Sun 24 Sep 2017 16:00–24:00 (late Sunday)",
        "group": "chain 1",
        "text": {"headline": "a general is killed", "text": "<p>via Tass</p>"},
    } == {
        key: slides["e2"][key]
        for key in ("start_date", "end_date", "display_date", "group", "text")
    }
    assert {"year": "2017", "month": "10"} == slides["e3"]["start_date"]
    assert "October 2017 (next month)" == slides["e3"]["display_date"]
    assert "group" not in slides["e3"]
    assert "<p>Moscow</p><p>blames → a general is killed</p>" == slides["e1"]["text"]["text"]
    # TimelineJS cannot place an undated event; it is kept beside the events, not lost.
    assert ["e5", "e6"] == [slide["unique_id"] for slide in document["undated"]]
    assert "undated" == document["undated"][0]["display_date"]
    assert ["e4", "e2", "e1", "e3"] == [slide["unique_id"] for slide in document["events"]]
    json.dumps(document)  # plain JSON types only


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last week", {"start_date": {"year": "2017", "month": "9", "day": "18"},
                       "end_date": {"year": "2017", "month": "9", "day": "24"}}),
        ("last summer", {"start_date": {"year": "2017", "month": "6"},
                         "end_date": {"year": "2017", "month": "8"}}),
        ("the 1990s", {"start_date": {"year": "1990"}, "end_date": {"year": "1999"}}),
        ("2016", {"start_date": {"year": "2016"}}),
        ("early last week", {"start_date": {"year": "2017", "month": "9", "day": "18"},
                             "end_date": {"year": "2017", "month": "9", "day": "20"}}),
        ("3 p.m. Sunday", {"start_date": {"year": "2017", "month": "9", "day": "24",
                                          "hour": "15", "minute": "0"}}),
        ("Sunday evening", {"start_date": {"year": "2017", "month": "9", "day": "24",
                                           "hour": "17", "minute": "0"},
                            "end_date": {"year": "2017", "month": "9", "day": "24",
                                         "hour": "21", "minute": "0"}}),
    ],
)  # fmt: skip
def test_timelinejs_dates_follow_the_grain(phrase: str, expected: dict[str, object]) -> None:
    story = Timeline(published=PUBLISHED)
    story.add("x", phrase)
    [slide] = timelinejs(story)["events"]
    assert expected == {key: slide[key] for key in ("start_date", "end_date") if key in slide}


def test_svg_and_html_pictures_hold_the_text() -> None:
    view = TimelineView(conflicted())
    svg = export_svg(view, width=80, title="demo")
    assert svg.startswith("<svg")
    assert "general" in svg
    page = export_html(view, width=80)
    assert "a&#160;general&#160;is&#160;killed" in page or "a general is killed" in page


def test_no_colour_codes_with_no_color_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    output = io.StringIO()
    console = Console(file=output, width=80, force_terminal=True, legacy_windows=False)
    console.print(TimelineView(conflicted()), ChainsView(conflicted()))
    parts = {
        int(part)
        for code in re.findall(r"\x1b\[([0-9;]*)m", output.getvalue())
        for part in code.split(";")
        if part
    }
    # Bold, dim and italic may stay: they are not colours, and NO_COLOR allows them.
    assert set() == {part for part in parts if 30 <= part <= 49 or 90 <= part <= 107}
    assert {1} <= parts  # the view still has emphasis


def test_colours_come_from_the_relation_styles() -> None:
    output = io.StringIO()
    console = Console(file=output, width=80, force_terminal=True, color_system="standard")
    console.print(TimelineView(conflicted()))
    assert "\x1b[1;35mblames\x1b[0m" in output.getvalue()  # "blames" is bold magenta


# --------------------------------------------------------------------------- the hooks


def test_value_types_print_themselves_with_rich() -> None:
    story = conflicted()
    assert render(TimelineView(story), 80) == render(story, 80)
    assert render(EventLine(story["e2"]), 80) == render(story["e2"], 80)
    link = story.links[0]
    assert "e1 blames → e2\n" == render(link, 80)
    [chain] = story.chains()
    assert render(ChainTree(chain), 80) == render(chain, 80)


def test_a_timeline_measures_to_the_width_it_is_given() -> None:
    console = Console(file=io.StringIO(), width=100, color_system=None, legacy_windows=False)
    measurement = conflicted().__rich_measure__(console, console.options)
    assert (12, 100) == (measurement.minimum, measurement.maximum)


def test_to_timelinejs_is_the_json_of_the_document() -> None:
    story = conflicted()
    assert timelinejs(story, title="Blame") == json.loads(story.to_timelinejs(title="Blame"))
