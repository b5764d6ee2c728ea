"""The CLINK side of ``timeline eval --clinks``: causal pairs found, and which way round."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .._clink_evaluation import CausalPair, ClinkCounts, causal_pairs, score_clinks
from .._timeml import Document, TimexElement, event_elements, parse
from ._common import Report

ClinkScores = tuple[ClinkCounts, tuple[tuple[str, ClinkCounts], ...]]


def add_clink_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--clinks",
        action="store_true",
        help="also score CLINKs: the causal links found (precision, recall, F1; a system "
        "link finds a gold one when its events overlap the gold link's two EVENTs) and how "
        "many are the right way round; the system's are SYSTEM_DIR's CLINKs or those "
        "'timeline tag --events' writes",
    )


def score_documents_clinks(
    gold: Mapping[str, Document],
    system_root: Path | None,
    names: Iterable[str],
    limits: Mapping[str, int],
    report: Report,
) -> ClinkScores:
    """CLINK scores of the documents `names` (those tagged or read), within their limits."""
    expected: dict[str, list[CausalPair]] = {}
    unplaced = 0
    for name, document in gold.items():
        pairs, missing = causal_pairs(document)
        unplaced += missing
        expected[name] = _before(pairs, limits[name])
    if unplaced:
        report.note(
            f"{unplaced} gold CLINKs name an instance or event their file does not have; "
            "they are left out of the CLINK score"
        )
    if not any(expected.values()):
        report.note("the gold files mark no CLINKs (that can be placed): nothing to find")
    found: dict[str, list[CausalPair]] = {}
    for name in names:
        if system_root is not None:
            path = system_root / name
            pairs, _ = causal_pairs(parse(path.read_bytes(), source=str(path)))
        else:
            try:
                pairs = _extracted(gold[name])
            # Reported, counted as finding nothing, and the exit code says so.
            except Exception as error:
                report.problem(f"{name}: link extraction failed: {type(error).__name__}: {error}")
                continue
        found[name] = _before(pairs, limits[name])
    return score_clinks(expected, found)


def _before(pairs: Iterable[CausalPair], limit: int) -> list[CausalPair]:
    return [pair for pair in pairs if pair.cause[0] < limit and pair.effect[0] < limit]


def _extracted(document: Document) -> list[CausalPair]:
    """The CLINKs ``tag --events`` would write into `document`, as pairs."""
    from .._extract._extract import analyse, timeline_of  # loads only when asked
    from .._extract._records import ANY_DAY, tags_of
    from .._extract._timeml_links import link_tags
    from .._tagging import tag

    published = document.published
    text = document.text
    analysis = analyse(text, ANY_DAY if published is None else published)
    links, _ = link_tags(timeline_of(analysis))
    timexes = [TimexElement.of(timex, None) for timex in tag(text, published)]
    made = event_elements(
        text,
        tags_of(analysis),
        timexes=timexes,
        links=[link for link in links if link.element == "CLINK"],
    )
    written = Document(
        text, events=made.events, instances=made.instances, causal_links=made.causal_links
    )
    return causal_pairs(written)[0]


def _counts_json(counts: ClinkCounts) -> dict[str, Any]:
    pairs = counts.pairs
    return {
        "counts": {
            "gold": counts.gold,
            "system": counts.system,
            "found": counts.found,
            "right_way": counts.right_way,
        },
        "pairs": {"precision": pairs.precision, "recall": pairs.recall, "f1": pairs.f1},
        "direction": counts.direction,
    }


def clinks_json(scores: ClinkScores, per_document: bool) -> dict[str, Any]:
    """The ``clinks`` entry of ``eval --format json``."""
    total, documents = scores
    data = _counts_json(total)
    if per_document:
        data["per_document"] = [
            {"document": name, **_counts_json(counts)} for name, counts in documents
        ]
    return data


def print_clinks(out: Console, scores: ClinkScores) -> None:
    total, _ = scores
    table = Table()
    table.add_column("measure")
    for column in ("precision", "recall", "F1"):
        table.add_column(column, justify="right")
    pairs = total.pairs
    table.add_row(
        "clink pairs", *(f"{100 * part:.2f}" for part in (pairs.precision, pairs.recall, pairs.f1))
    )
    out.print(table)
    out.print(
        f"CLINK: {total.gold} gold and {total.system} system links; {total.found} found, "
        f"{total.right_way} of them the right way round (direction "
        f"{100 * total.direction:.2f})",
        highlight=False,
    )
