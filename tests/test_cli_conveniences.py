"""What a new user hits at once: --version, show --title, tag --width, "did you mean"."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline._cli import main

ROOT = Path(__file__).resolve().parent.parent
STORY = "Crews cleared the road late Sunday. The bridge reopens in the first week of October."


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    for forcing in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(forcing, raising=False)


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert 0 == main(["--version"])
    assert (f"timeline {project['version']}\n", "") == capsys.readouterr()
    assert project["version"] == timeline.__version__


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["tag", "-", "--publshed", "2017-09-25"], "; did you mean --published?"),
        (["tag", "-", "--publised=2017-09-25"], "; did you mean --published?"),
        (["show", "-", "--pubished", "2017-09-25"], "; did you mean --published?"),
        (["demo", "--widht", "60"], "; did you mean --width?"),
        (["eval", "gold", "--whole-txt"], "; did you mean --whole-text?"),
        (["tag", "-", "--colour"], ""),
    ],
)
def test_a_misspelt_flag_gets_a_suggestion(
    argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 2 == main(argv)
    error = capsys.readouterr().err
    assert error.startswith("timeline: error: ")
    assert f"{hint} (see 'timeline" in error
    assert ("did you mean" in error) == bool(hint)


def test_show_title_heads_the_timeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert 0 == main(["show", str(story), "--published", "2017-09-25", "--title", "Road works"])
    lines = capsys.readouterr().out.splitlines()
    assert ["Road works", "published Mon 25 Sep 2017 · 2 events · 0 links"] == lines[:2]
    assert 0 == main(["show", str(story), "--published", "2017-09-25", "--format", "timelinejs",
                      "--title", "Road works"])  # fmt: skip
    assert '"headline": "Road works"' in capsys.readouterr().out


@pytest.mark.parametrize("width", [40, 60, 120])
def test_tag_width_draws_the_table_at_that_width(
    width: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert 0 == main(["tag", str(story), "--published", "2017-09-25", "--width", str(width)])
    drawn = capsys.readouterr().out.splitlines()
    assert width >= max(len(line) for line in drawn)
    assert any("late Sunday" in line for line in drawn)


def test_tag_width_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["tag", "-", "--width", "20"])
    assert "expected a width from 40 to 200 columns, got '20'" in capsys.readouterr().err


def test_an_unknown_relation_gets_a_suggestion() -> None:
    story = timeline.Timeline(published="2017-09-25")
    first, second = story.add("a"), story.add("b")
    with pytest.raises(timeline.UnknownRelationError) as raised:
        story.link(second, "blmaes", first)
    assert str(raised.value).endswith("; did you mean 'blames'?")
    with pytest.raises(timeline.UnknownRelationError) as raised:
        timeline.lookup_relation("praises")
    assert "did you mean" not in str(raised.value)


@given(st.sampled_from(sorted(r.name for r in timeline.registered_relations())), st.data())
def test_a_registered_name_with_two_letters_swapped_is_suggested_back(
    name: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(name) - 2))
    typo = name[:at] + name[at + 1] + name[at] + name[at + 2 :]
    if typo == name:
        return
    with pytest.raises(timeline.UnknownRelationError) as raised:
        timeline.lookup_relation(typo)
    suggested = re.findall(r"did you mean '([\w-]+)'\?$", str(raised.value))
    # The suggestion is a registered name as close to the typo as the name it came from.
    assert 1 == len(suggested)
    assert suggested[0] in {r.name for r in timeline.registered_relations()}


def test_every_install_line_in_the_docs_installs_from_the_checkout() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    installs = [
        line
        for page in pages
        for line in page.read_text(encoding="utf-8").splitlines()
        if "pip install" in line and not line.lstrip().startswith(("#", ">>>"))
    ]
    assert installs
    # news-timeline is not on PyPI yet: every install must be of the checkout (., -e .).
    checkout = re.compile(r"pip install (-e )?['\"]?\.")
    assert [] == [line for line in installs if not checkout.search(line)]
