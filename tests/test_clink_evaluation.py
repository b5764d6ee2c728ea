"""CLINK scoring: causal pairs found by EVENT overlap, and whether they run the right way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import timeml
from timeline._cli import main
from timeline._clink_evaluation import CausalPair, ClinkCounts, causal_pairs, score_clinks

HAIL, RUINED, CROPS = (0, 4), (5, 11), (16, 21)


def test_a_link_found_the_right_way_and_one_the_wrong_way() -> None:
    gold = {"farm": [CausalPair(HAIL, RUINED)], "mill": [CausalPair((3, 8), (20, 25))]}
    system = {
        "farm": [CausalPair((0, 3), (6, 9)), CausalPair(HAIL, CROPS)],  # overlapping extents
        "mill": [CausalPair((20, 25), (3, 8))],  # turned round
    }
    total, documents = score_clinks(gold, system)
    assert ClinkCounts(gold=2, system=3, found=2, right_way=1) == total
    assert ("farm", ClinkCounts(1, 2, 1, 1)) == documents[0]
    assert (2 / 3, 1.0, 0.5) == (total.pairs.precision, total.pairs.recall, total.direction)


def test_a_pair_said_twice_counts_once_and_a_missing_document_finds_nothing() -> None:
    gold = {"a": [CausalPair(HAIL, RUINED)], "b": [CausalPair(HAIL, CROPS)]}
    total, _ = score_clinks(gold, {"a": [CausalPair(HAIL, RUINED)] * 2})
    assert ClinkCounts(gold=2, system=1, found=1, right_way=1) == total


def test_a_clink_naming_what_the_file_lacks_is_counted_not_placed() -> None:
    document = timeml.parse(
        '<TimeML><TEXT><EVENT eid="e1">Hail</EVENT> <EVENT eid="e2">ruined</EVENT> crops.'
        '</TEXT><MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" eventID="e2"/>'
        '<CLINK lid="l1" eventInstanceID="ei2" relatedToEventInstance="ei1"/>'
        '<CLINK lid="l2" eventInstanceID="ei1" relatedToEventInstance="ei5"/></TimeML>'
    )
    assert ([CausalPair(RUINED, HAIL)], 1) == causal_pairs(document)


_spans = st.integers(0, 30).map(lambda start: (2 * start, 2 * start + 1))  # never overlapping
_pairs = st.lists(
    st.tuples(_spans, _spans).filter(lambda pair: pair[0] != pair[1]).map(lambda p: CausalPair(*p)),
    max_size=6,
)


@given(st.dictionaries(st.sampled_from("abc"), _pairs, min_size=1))
def test_gold_finds_itself_and_turned_round_finds_itself_the_wrong_way(
    gold: dict[str, list[CausalPair]],
) -> None:
    total, _ = score_clinks(gold, gold)
    distinct = sum(len(set(pairs)) for pairs in gold.values())
    assert ClinkCounts(distinct, distinct, distinct, distinct) == total
    turned = {
        name: [CausalPair(pair.effect, pair.cause) for pair in pairs]
        for name, pairs in gold.items()
    }
    total, _ = score_clinks(gold, turned)
    both_ways = sum(
        len({pair for pair in set(pairs) if CausalPair(pair.effect, pair.cause) in pairs})
        for pairs in gold.values()
    )
    assert (distinct, both_ways) == (total.found, total.right_way)


@given(
    st.dictionaries(st.sampled_from("abc"), _pairs, min_size=1),
    st.dictionaries(st.sampled_from("abcd"), _pairs),
)
def test_counts_never_exceed_what_there_is(
    gold: dict[str, list[CausalPair]], system: dict[str, list[CausalPair]]
) -> None:
    total, documents = score_clinks(gold, system)
    assert total.right_way <= total.found <= min(total.gold, total.system)
    assert total == sum((counts for _, counts in documents), ClinkCounts())
    assert [name for name, _ in documents] == list(gold)
    assert 0.0 <= total.direction <= 1.0


def _linked(cause: str, effect: str) -> str:
    """A one-sentence document whose CLINK runs from the event `cause` to `effect`."""
    instance = {"avalanche": "ei1", "closure": "ei2"}
    return (
        '<TimeML><TEXT>An <EVENT eid="e1" class="OCCURRENCE">avalanche</EVENT> caused the '
        '<EVENT eid="e2" class="OCCURRENCE">closure</EVENT> of the pass.</TEXT>\n'
        '<MAKEINSTANCE eiid="ei1" eventID="e1"/>\n<MAKEINSTANCE eiid="ei2" eventID="e2"/>\n'
        f'<CLINK lid="l1" eventInstanceID="{instance[cause]}" '
        f'relatedToEventInstance="{instance[effect]}"/>\n</TimeML>\n'
    )


def test_eval_scores_clinks_of_a_system_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    (gold / "pass.tml").write_text(_linked("avalanche", "closure"), encoding="utf-8")
    (system / "pass.tml").write_text(_linked("closure", "avalanche"), encoding="utf-8")
    assert 0 == main(["eval", str(gold), str(system), "--clinks", "--format", "json"])
    clinks = json.loads(capsys.readouterr().out)["clinks"]
    assert {"gold": 1, "system": 1, "found": 1, "right_way": 0} == clinks["counts"]
    assert (1.0, 0.0) == (clinks["pairs"]["f1"], clinks["direction"])


def test_eval_scores_the_clinks_extract_finds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "pass.tml").write_text(_linked("avalanche", "closure"), encoding="utf-8")
    assert 0 == main(["eval", str(gold), "--clinks"])
    out = capsys.readouterr().out
    assert "clink pairs" in out
    assert "CLINK: 1 gold and 1 system links; 1 found, 1 of them the right way round" in out
