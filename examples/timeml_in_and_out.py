"""TimeML in and out: tag a story, write it as TimeML, read it back, and score it.

    python examples/timeml_in_and_out.py [OUT_DIR]

Writes ``story.tml`` into OUT_DIR (default: a temporary directory).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import timeline
from timeline import timeml

TEXT = (
    "The central bank held rates on Thursday and said it would review them in March. "
    "Two days later, the finance minister called the decision brave."
)
PUBLISHED = date(2017, 9, 25)


def main(out_dir: Path) -> None:
    # Out: the text with a TIMEX3 element for every expression, and the DCT.
    found = timeline.tag(TEXT, PUBLISHED)
    document = timeml.Document.from_timexes(TEXT, found, published=PUBLISHED, doc_id="bank")
    path = out_dir / "story.tml"
    timeml.write(path, document)
    print(f"wrote {len(found)} TIMEX3 elements to {path.name}")

    # In: the same text, the same spans and values, and the DCT as the publication date.
    again = timeml.read(path)
    assert again.text == TEXT
    print(f"read back: DCT {again.published}, text of {len(again.text)} characters")
    for element in again.timexes:
        start, end = element.timex.span or (0, 0)
        print(f"  {element.tid}  {again.text[start:end]!r:18} {element.timex.value}")

    # Scored against itself, the tagging is perfect; against a wrong DCT, values fail.
    gold = {"bank": [element.timex for element in again.timexes]}
    wrong_dct = {"bank": timeline.tag(again.text, date(2018, 1, 8))}
    scores = timeml.evaluate(gold, wrong_dct)
    print(f"with a wrong DCT: strict F1 {scores.strict.f1:.2f}, value F1 {scores.value.f1:.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as directory:
            main(Path(directory))
