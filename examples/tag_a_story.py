"""Tag a story from a file: every time expression, resolved against the publication date.

    python examples/tag_a_story.py story.txt --published 2017-09-25

Without a file, a short story written for this example is tagged.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from rich.console import Console

import timeline
from timeline.render import TimexTable

STORY = """\
Ceasefire Talks Stall as Shelling Resumes

Negotiators left Geneva late Sunday without a deal. The mediator said on Monday that
the two sides would meet again next week, and that a first round in early September
had gone better. Shelling resumed the following day, residents said.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="a UTF-8 text file")
    parser.add_argument("--published", type=date.fromisoformat, default=date(2017, 9, 25))
    args = parser.parse_args()
    text = STORY if args.file is None else args.file.read_text(encoding="utf-8")

    found = timeline.tag(text, args.published)

    console = Console()
    console.print(TimexTable(found, spans=True, title=f"Published {args.published:%A %d %B %Y}"))
    for timex in found:
        # Each span points back into the text: the tagger never moves a character.
        start, end = timex.span or (0, 0)
        assert text[start:end] == timex.text


if __name__ == "__main__":
    main()
