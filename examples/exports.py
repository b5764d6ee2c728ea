"""Exports: a timeline as JSON (and back), as TimelineJS, and as SVG and HTML pictures.

    python examples/exports.py [OUT_DIR]

Writes story.json, story.timelinejs.json, story.svg and story.html into OUT_DIR (default:
a temporary directory) and says what each holds.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

import timeline
from timeline.render import TimelineView, export_html, export_svg


def build() -> timeline.Timeline:
    story = timeline.Timeline(published=date(2017, 9, 25))
    vote = story.add("parliament votes on the budget", "last week", actors=["parliament"])
    protest = story.add("unions march against the cuts", "Saturday", actors=["unions"])
    story.add("the finance minister resigns", "late Sunday", source="state TV")
    story.link(protest, "responds_to", vote)
    return story


def main(out: Path) -> None:
    story = build()

    # JSON: stable text (same timeline, same text) that reads back equal.
    text = story.to_json()
    (out / "story.json").write_text(text, encoding="utf-8")
    again = timeline.Timeline.from_json(text)
    print(f"story.json: {len(again)} events, reads back equal: {again == story}")

    # TimelineJS: slides with start and end dates at each event's grain.
    slides = json.loads(story.to_timelinejs(title="Budget week"))
    (out / "story.timelinejs.json").write_text(json.dumps(slides, indent=2), encoding="utf-8")
    for slide in slides["events"]:
        print(f"  {slide['display_date']:40} {slide['text']['headline']}")

    # Pictures of the terminal output, for a report or a README.
    view = TimelineView(story, title="Budget week")
    (out / "story.svg").write_text(export_svg(view, width=80, title="Budget week"), "utf-8")
    (out / "story.html").write_text(export_html(view, width=80), encoding="utf-8")
    print("story.svg and story.html: the timeline as drawn at 80 columns")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as directory:
            main(Path(directory))
