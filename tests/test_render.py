# ruff: noqa: E501 - expected output at 120 columns is wider than the code
"""Rendering with rich: dates in words, time expressions, and their table.

Renderables are printed to a console that is not a terminal, at 40, 80 and 120 columns,
and compared with the literal text a user would see.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from rich.console import Console, RenderableType

import timeline
from timeline import Bounds, Grain, Interval, Mod, Timex, TimexType
from timeline._render import TimexTable, bounds_words, interval_words, moment_words

PUBLISHED = date(2017, 9, 25)


def render(renderable: RenderableType, width: int, **options: object) -> str:
    """What `renderable` prints at `width` columns with no terminal, lines right-stripped."""
    console = Console(
        file=io.StringIO(),
        width=width,
        color_system=None,
        legacy_windows=False,
        record=True,
        **options,  # type: ignore[arg-type]
    )
    console.print(renderable)
    output = console.export_text()
    too_wide = [line for line in output.splitlines() if len(line) > width]
    assert [] == too_wide
    return "\n".join(line.rstrip() for line in output.splitlines()) + "\n"


def stretch(start: datetime, end: datetime, grain: Grain) -> Interval:
    return Interval(start.replace(tzinfo=UTC), end.replace(tzinfo=UTC), grain)


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("19", "1900–1999"),
        ("199", "the 1990s"),
        ("2017", "2017"),
        ("2017-H2", "second half of 2017"),
        ("2017-SU", "summer 2017"),
        ("2018-WI", "winter 2017–18"),
        ("2017-Q3", "Q3 2017"),
        ("2017-09", "September 2017"),
        ("2017-W38", "18–24 Sep 2017"),
        ("2017-W35", "28 Aug – 3 Sep 2017"),
        ("2020-W53", "28 Dec 2020 – 3 Jan 2021"),
        ("2017-W38-WE", "23–24 Sep 2017"),
        ("2017-09-24", "Sun 24 Sep 2017"),
        ("2017-09-24TEV", "Sun 24 Sep 2017 evening"),
        ("2017-09-24TNI", "Sun 24 Sep 2017 night"),
        ("2017-09-24T15", "Sun 24 Sep 2017 15:00–16:00"),
        ("2017-09-24T15:30", "Sun 24 Sep 2017 15:30"),
        ("2017-09-24T15:30:05", "Sun 24 Sep 2017 15:30:05"),
    ],
)
def test_a_whole_unit_is_named_at_its_grain(value: str, expected: str) -> None:
    assert expected == interval_words(Interval.from_value(value))


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        # "late Sunday": the value names the day, the interval its last third.
        (stretch(datetime(2017, 9, 24, 16), datetime(2017, 9, 25), Grain.DAY), "Sun 24 Sep 2017 16:00–24:00"),
        # "early last week": Monday to Wednesday.
        (stretch(datetime(2017, 9, 18), datetime(2017, 9, 21), Grain.WEEK), "18–20 Sep 2017"),
        # "late 2016": September to December.
        (stretch(datetime(2016, 9, 1), datetime(2017, 1, 1), Grain.YEAR), "September–December 2016"),
        # "the early 1990s".
        (stretch(datetime(1990, 1, 1), datetime(1994, 1, 1), Grain.DECADE), "1990–1993"),
        (stretch(datetime(2016, 11, 1), datetime(2017, 3, 1), Grain.YEAR), "November 2016–February 2017"),
        (stretch(datetime(2017, 12, 30), datetime(2018, 1, 3), Grain.DAY), "30 Dec 2017 – 2 Jan 2018"),
        (stretch(datetime(2017, 9, 24, 16), datetime(2017, 9, 26, 3), Grain.HOUR), "Sun 24 Sep 2017 16:00 – Tue 26 Sep 2017 03:00"),
    ],
)  # fmt: skip
def test_a_narrowed_interval_reads_as_the_stretch_it_covers(
    interval: Interval, expected: str
) -> None:
    assert expected == interval_words(interval)


def test_the_year_can_be_left_to_a_heading() -> None:
    assert "18–24 Sep" == interval_words(Interval.from_value("2017-W38"), year=False)
    assert "Sun 24 Sep" == interval_words(Interval.from_value("2017-09-24"), year=False)


def test_a_zone_other_than_utc_is_said_for_times_of_day() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert "Sun 24 Sep 2017 15:30 +02:00" == interval_words(
        Interval.from_value("2017-09-24T15:30", plus_two)
    )
    assert "Sun 24 Sep 2017" == interval_words(Interval.from_value("2017-09-24", plus_two))
    minus = timezone(-timedelta(hours=4, minutes=30))
    assert "Sun 24 Sep 2017 evening -04:30" == interval_words(
        Interval.from_value("2017-09-24TEV", minus)
    )


def test_a_publication_date_is_a_day_not_midnight_utc() -> None:
    assert "Mon 25 Sep 2017" == moment_words(datetime(2017, 9, 25, tzinfo=UTC))
    assert "Sun 24 Sep 2017 16:00" == moment_words(datetime(2017, 9, 24, 16, tzinfo=UTC))
    cairo = timezone(timedelta(hours=2))
    assert "Mon 25 Sep 2017 00:00 +02:00" == moment_words(datetime(2017, 9, 25, tzinfo=cairo))


def test_bounds_at_midnight_name_whole_days() -> None:
    # No later than midnight Monday is by the end of Sunday; no earlier than midnight
    # Monday is from Monday.
    monday = datetime(2017, 9, 25, tzinfo=UTC)
    assert ("from Mon 25 Sep", "by Sun 1 Oct") == bounds_words(
        Bounds(monday, monday + timedelta(days=7)), year=False
    )
    assert ("by Sun 24 Sep 2017",) == bounds_words(Bounds(latest_start=monday))


def test_bounds_at_other_times_give_the_time_of_day_its_own_line() -> None:
    cairo = timezone(timedelta(hours=2))
    evening = datetime(2017, 9, 24, 18, 30, tzinfo=cairo)
    assert ("from Sun 24 Sep", "18:30 +02:00", "by Sun 24 Sep", "18:30 +02:00") == (
        bounds_words(Bounds(evening, evening), year=False)
    )


def test_an_end_bounded_from_below_alone_says_so() -> None:
    sunday = datetime(2017, 9, 24, tzinfo=UTC)
    assert ("ends from Sun 24 Sep",) == bounds_words(Bounds(earliest_end=sunday), year=False)
    # The start's bounds say more, and the end's upper bound follows from them.
    assert ("by Sun 24 Sep",) == bounds_words(
        Bounds(None, sunday + timedelta(days=1), sunday, sunday + timedelta(days=1)), year=False
    )
    assert () == bounds_words(Bounds())


def test_dates_are_english_whatever_the_locale() -> None:
    # strftime's %a and %b follow the process locale; ours do not use them.
    code = (
        "import locale\n"
        "for name in ('de_DE.UTF-8', 'fr_FR.UTF-8', 'C.UTF-8'):\n"
        "    try:\n"
        "        locale.setlocale(locale.LC_TIME, name)\n"
        "        break\n"
        "    except locale.Error:\n"
        "        pass\n"
        "from timeline import Interval\n"
        "from timeline._render import interval_words\n"
        "print(interval_words(Interval.from_value('2017-10')),"
        " interval_words(Interval.from_value('2017-10-03')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "October 2017 Tue 3 Oct 2017\n" == result.stdout


# --------------------------------------------------------------------------- a Timex


def test_rich_prints_a_timex_on_one_line() -> None:
    late_sunday = timeline.resolve("late Sunday", PUBLISHED)
    assert "late Sunday → 2017-09-24 END · Sun 24 Sep 2017 16:00–24:00\n" == render(late_sunday, 80)


def test_a_timex_line_wraps_within_the_width() -> None:
    late_sunday = timeline.resolve("late Sunday", PUBLISHED)
    expected = "late Sunday → 2017-09-24 END · Sun 24\nSep 2017 16:00–24:00\n"
    assert expected == render(late_sunday, 40)


@pytest.mark.parametrize(
    ("timex", "expected"),
    [
        (Timex("three weeks", TimexType.DURATION, "P3W"), "three weeks → P3W (a length, not placed)"),
        (Timex("every Friday", TimexType.SET, "XXXX-WXX-5"), "every Friday → XXXX-WXX-5 (repeats)"),
        (Timex("recently", TimexType.DATE, "PAST_REF"), "recently → PAST_REF (vague)"),
        (Timex("Friday", TimexType.DATE, "XXXX-WXX-5"), "Friday → XXXX-WXX-5 (partly unknown)"),
        (
            Timex("about a week ago", TimexType.DATE, "2017-W38", Mod.APPROX,
                  Interval.from_value("2017-W38")),
            "about a week ago → 2017-W38 APPROX · 18–24 Sep 2017",
        ),
    ],
)  # fmt: skip
def test_a_timex_without_an_interval_says_why(timex: Timex, expected: str) -> None:
    assert expected + "\n" == render(timex, 80)


class _AsciiFile(io.StringIO):
    """An output that cannot encode arrows or dashes, like a Windows code page."""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "ascii"


def test_an_ascii_console_gets_ascii_arrows_and_dashes() -> None:
    output = _AsciiFile()
    console = Console(file=output, width=80, color_system=None, legacy_windows=False)
    console.print(timeline.resolve("late Sunday", PUBLISHED))
    assert "late Sunday -> 2017-09-24 END * Sun 24 Sep 2017 16:00-24:00\n" == output.getvalue()


def test_rendering_is_plain_text_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    late_sunday = timeline.resolve("late Sunday", PUBLISHED)
    output = io.StringIO()
    Console(file=output, width=80).print(late_sunday, TimexTable([late_sunday]))
    assert "\x1b" not in output.getvalue()


def test_no_colour_codes_with_no_color_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    late_sunday = timeline.resolve("late Sunday", PUBLISHED)
    output = io.StringIO()
    Console(file=output, width=80, force_terminal=True).print(
        late_sunday, TimexTable([late_sunday])
    )
    parts = {
        int(part)
        for code in re.findall(r"\x1b\[([0-9;]*)m", output.getvalue())
        for part in code.split(";")
        if part
    }
    # SGR 30-49 and 90-107 are colours; bold (1) and dim (2) are not, and may stay.
    assert set() == {part for part in parts if 30 <= part <= 49 or 90 <= part <= 107}
    assert 1 in parts


def test_import_timeline_does_not_import_rich() -> None:
    code = (
        "import sys, datetime, timeline\n"
        "timeline.resolve('late Sunday', datetime.date(2017, 9, 25))\n"
        "print(sorted(m for m in sys.modules if m == 'rich' or m.startswith('rich.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "[]\n" == result.stdout


# --------------------------------------------------------------------------- TimexTable


def _expressions() -> list[Timex]:
    late_sunday = timeline.resolve("late Sunday", PUBLISHED)
    return [
        late_sunday,
        timeline.resolve("last week", PUBLISHED),
        timeline.resolve("the following day", PUBLISHED, reference=late_sunday),
        timeline.resolve("three weeks", PUBLISHED),
        timeline.resolve("recently", PUBLISHED),
    ]


def test_timex_table_at_120_columns_has_a_column_each() -> None:
    expected = """\
5 time expressions
┏━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━┓
┃ text              ┃ type     ┃ value      ┃ mod ┃ interval                    ┃ resolved against      ┃
┡━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━┩
│ late Sunday       │ DATE     │ 2017-09-24 │ END │ Sun 24 Sep 2017 16:00–24:00 │ Mon 25 Sep 2017       │
│ last week         │ DATE     │ 2017-W38   │     │ 18–24 Sep 2017              │ Mon 25 Sep 2017       │
│ the following day │ DATE     │ 2017-09-25 │     │ Mon 25 Sep 2017             │ Sun 24 Sep 2017 16:00 │
│ three weeks       │ DURATION │ P3W        │     │ (a length, not placed)      │                       │
│ recently          │ DATE     │ PAST_REF   │     │ (vague)                     │                       │
└───────────────────┴──────────┴────────────┴─────┴─────────────────────────────┴───────────────────────┘
"""
    assert expected == render(TimexTable(_expressions()), 120)


def test_timex_table_at_80_columns_joins_type_value_and_mod() -> None:
    expected = """\
5 time expressions
┏━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┓
┃ text              ┃ value             ┃ interval          ┃ against          ┃
┡━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩
│ late Sunday       │ DATE 2017-09-24   │ Sun 24 Sep 2017   │ Mon 25 Sep 2017  │
│                   │ END               │ 16:00–24:00       │                  │
│ last week         │ DATE 2017-W38     │ 18–24 Sep 2017    │ Mon 25 Sep 2017  │
│ the following day │ DATE 2017-09-25   │ Mon 25 Sep 2017   │ Sun 24 Sep 2017  │
│                   │                   │                   │ 16:00            │
│ three weeks       │ DURATION P3W      │ (a length, not    │                  │
│                   │                   │ placed)           │                  │
│ recently          │ DATE PAST_REF     │ (vague)           │                  │
└───────────────────┴───────────────────┴───────────────────┴──────────────────┘
"""
    assert expected == render(TimexTable(_expressions()), 80)


def test_timex_table_at_40_columns_is_a_block_per_expression() -> None:
    expected = """\
5 time expressions

late Sunday
  DATE 2017-09-24 END
  Sun 24 Sep 2017 16:00–24:00
  against Mon 25 Sep 2017

last week
  DATE 2017-W38
  18–24 Sep 2017
  against Mon 25 Sep 2017

the following day
  DATE 2017-09-25
  Mon 25 Sep 2017
  against Sun 24 Sep 2017 16:00

three weeks
  DURATION P3W
  (a length, not placed)

recently
  DATE PAST_REF
  (vague)
"""
    assert expected == render(TimexTable(_expressions()), 40)


def test_timex_table_shows_offsets_when_asked() -> None:
    text = "The ministry said late Sunday it would reply on Thursday."
    found = timeline.tag(text, PUBLISHED)
    expected = """\
Story
┏━━━━━━━┳━━━━━┳━━━━━━━━━━━━━┳━━━━━━┳━━━━━━━━━━━━┳━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━┓
┃ start ┃ end ┃ text        ┃ type ┃ value      ┃ mod ┃ interval                    ┃ resolved against ┃
┡━━━━━━━╇━━━━━╇━━━━━━━━━━━━━╇━━━━━━╇━━━━━━━━━━━━╇━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩
│    18 │  29 │ late Sunday │ DATE │ 2017-09-24 │ END │ Sun 24 Sep 2017 16:00–24:00 │ Mon 25 Sep 2017  │
│    48 │  56 │ Thursday    │ DATE │ 2017-09-28 │     │ Thu 28 Sep 2017             │ Mon 25 Sep 2017  │
└───────┴─────┴─────────────┴──────┴────────────┴─────┴─────────────────────────────┴──────────────────┘
"""
    assert expected == render(TimexTable(found, spans=True, title="Story"), 120)
    narrow = render(TimexTable(found, spans=True, title="Story"), 40)
    assert "late Sunday [18:29]\n" in narrow


def test_an_empty_timex_table_says_so() -> None:
    assert "0 time expressions\n" == render(TimexTable([]), 40)
    assert (
        "1 time expression\n"
        == render(TimexTable([Timex("now", "DATE", "PRESENT_REF")]), 40).split("\n\n")[0] + "\n"
    )


def test_timex_table_measures_between_its_narrowest_and_widest_layout() -> None:
    console = Console(file=io.StringIO(), width=200, color_system=None, legacy_windows=False)
    table = TimexTable(_expressions())
    measurement = table.__rich_measure__(console, console.options)
    assert len("against Sun 24 Sep 2017 16:00") <= measurement.maximum <= 200
    assert measurement.minimum <= len("Sun 24 Sep 2017 16:00–24:00")
    narrow = table.__rich_measure__(console, console.options.update_width(30))
    assert narrow.maximum <= 30
