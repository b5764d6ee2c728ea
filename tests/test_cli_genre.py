"""``--genre`` on ``timeline tag``, ``show`` and ``eval``: news or narrative reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline._cli import main

_STORY = "The league, set up in 1931, played its final in June.\n"
_GOLD = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2005-02-14" functionInDocument="CREATION_TIME">\
14 February 2005</TIMEX3></DCT>
<TEXT>The league, set up in <TIMEX3 tid="t1" type="DATE" value="1931">1931</TIMEX3>, \
played its final in <TIMEX3 tid="t2" type="DATE" value="1931-06">June</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(_STORY, encoding="utf-8")
    return path


def _tagged(capsys: pytest.CaptureFixture[str], *options: str, path: Path) -> list[str]:
    assert 0 == main(["tag", str(path), "--published", "2005-02-14", "--format", "json", *options])
    return [timex["value"] for timex in json.loads(capsys.readouterr().out)]


def test_tag_reads_news_by_default_and_narrative_when_asked(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ["1931", "2004-06"] == _tagged(capsys, path=story)
    assert ["1931", "2004-06"] == _tagged(capsys, "--genre", "news", path=story)
    assert ["1931", "1931-06"] == _tagged(capsys, "--genre", "narrative", path=story)


def test_show_passes_the_genre_to_its_timeline(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["show", str(story), "--published", "2005-02-14", "--format", "json"]
    assert 0 == main([*arguments, "--genre", "narrative"])
    assert "1931-06" in capsys.readouterr().out
    assert 0 == main(arguments)
    assert "2004-06" in capsys.readouterr().out


def test_eval_scores_the_genre_it_is_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold.tml").write_text(_GOLD, encoding="utf-8")
    assert 1 == main(["eval", str(tmp_path), "--min-value-f1", "100"])
    capsys.readouterr()
    assert 0 == main(["eval", str(tmp_path), "--genre", "narrative", "--min-value-f1", "100"])


def test_an_unknown_genre_is_a_usage_error(story: Path) -> None:
    assert 2 == main(["tag", str(story), "--published", "2005-02-14", "--genre", "history"])
