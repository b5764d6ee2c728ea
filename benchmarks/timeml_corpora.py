"""Check the TimeML reader against the shared corpora, and the scorer against gold itself.

For every TimeML file that has a JSONL twin in ``../shared/corpora/jsonl`` (built from the
same files by another program), the plain text must be identical and the TIMEX3 elements
must have the same offsets, tids, types and values. Then each corpus is scored against
itself with `timeline.timeml.evaluate`, which must give 100 everywhere. Every document
must also survive ``to_string`` then ``parse``, and ``retag`` with its own timexes.

Run from the repository root: ``python benchmarks/timeml_corpora.py [CORPORA_DIR]``.
Prints one line per corpus and one per problem; exits 1 if there is any problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline import timeml

CORPORA = (
    ("meantime-en/timeml", "meantime-en.jsonl"),
    ("meantime-en/timeml-annotated", None),
    ("wikiwars/timex3-syntime", "wikiwars-timex3.jsonl"),
)


def _check(root: Path, folder: str, jsonl: str | None) -> list[str]:
    problems: list[str] = []
    twins: dict[str, dict[str, object]] = {}
    if jsonl is not None:
        with open(root / "jsonl" / jsonl, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                twins[record["doc"]] = record
    documents: dict[str, timeml.Document] = {}
    for path in sorted((root / folder).rglob("*.tml")):
        try:
            document = timeml.read(path)
        except timeml.TimeMLError as error:
            problems.append(f"unreadable: {error}")
            continue
        documents[path.name] = document
        problems += _round_trips(path, document)
        if document.published is None:
            value = None if document.dct is None else document.dct.timex.value
            problems.append(f"note: {path.name}: no usable DCT (value {value!r})")
        twin = twins.get(path.stem)
        if twin is None:
            continue
        if twin["text"] != document.text:
            problems.append(f"{path.name}: text differs from the JSONL")
        expected = [
            (t["start"], t["end"], t["tid"], t["type"], t["value"], t["mod"])
            for t in twin["timexes"]  # type: ignore[attr-defined]
        ]
        actual = [
            (
                *(element.timex.span or (-1, -1)),
                element.tid,
                element.timex.type.value,
                element.timex.value,
                None if element.timex.mod is None else element.timex.mod.value,
            )
            for element in document.timexes
        ]
        if expected != actual:
            problems.append(f"{path.name}: timexes differ from the JSONL")
        if twin["dct_value"] != (document.dct.timex.value if document.dct else None):
            problems.append(f"{path.name}: DCT differs from the JSONL")
    gold = {name: [e.timex for e in document.timexes] for name, document in documents.items()}
    scores = timeml.evaluate(gold, gold)
    measures = (scores.strict, scores.relaxed, scores.type, scores.value)
    if any(m.precision != 1 or m.recall != 1 or m.f1 != 1 for m in measures):
        problems.append(f"{folder}: gold against itself is not 100: {scores.counts}")
    timex_count = scores.counts.gold
    print(
        f"{folder}: {len(documents)} documents, {timex_count} TIMEX3 in TEXT, "
        f"{len(twins)} JSONL twins, gold vs gold strict/relaxed/type/value F1 = "
        + "/".join(f"{100 * m.f1:.1f}" for m in measures)
    )
    return problems


def _round_trips(path: Path, document: timeml.Document) -> list[str]:
    """Writing the document, or re-tagging the file with its own timexes, loses nothing."""
    problems: list[str] = []
    again = timeml.parse(timeml.to_string(document))
    if (again.text, again.timexes, again.events) != (
        document.text,
        document.timexes,
        document.events,
    ):
        problems.append(f"{path.name}: to_string then parse changes the document")
    original = path.read_bytes()
    timexes = [element.timex for element in document.timexes]
    retagged = timeml.retag(original, timexes, source=str(path))
    reread = timeml.parse(retagged)
    if reread.text != document.text or [e.timex for e in reread.timexes] != timexes:
        problems.append(f"{path.name}: retag with its own timexes changes text or timexes")
    head, tail = original.split(b"<TEXT>", 1)[0], original.rsplit(b"</TEXT>", 1)[1]
    if not (retagged.startswith(head) and retagged.endswith(tail)):
        problems.append(f"{path.name}: retag changed something outside TEXT")
    return problems


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
    problems = [p for folder, jsonl in CORPORA for p in _check(root, folder, jsonl)]
    for problem in problems:
        print(problem)
    return 1 if any(not p.startswith("note:") for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
