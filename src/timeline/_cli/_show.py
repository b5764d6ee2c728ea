"""``timeline demo`` and ``timeline show``: draw a story's timeline."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from rich.console import Console, RenderableType
from rich.text import Text

from .._events import Timeline
from .._timeml import Document, to_string
from ._common import (
    EXIT_OK,
    PROGRAM,
    OutputConsole,
    add_genre_option,
    add_infer_links_option,
    aware,
    genre_tagger,
    print_json,
    published_date,
    read_text,
)

_TIMELINE_FORMATS = ("table", "json", "timeml", "timelinejs", "svg", "html")
_EXPORT_WIDTH = 100  # columns of an SVG or HTML picture when --width is not given


def columns(text: str) -> int:
    """An argparse type: a console width from 40 to 200 columns."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 40 <= number <= 200:
        raise argparse.ArgumentTypeError(f"expected a width from 40 to 200 columns, got {text!r}")
    return number


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=_TIMELINE_FORMATS,
        default="table",
        help="the timeline drawn in the terminal (default); JSON (Timeline.to_json); the "
        "text as TimeML with its TIMEX3 tags; TimelineJS JSON; or an SVG or HTML picture "
        "of the terminal output",
    )
    parser.add_argument(
        "--width",
        type=columns,
        metavar="COLUMNS",
        help=f"draw at this width (40-200; default: the terminal's, or {_EXPORT_WIDTH} for "
        "svg and html)",
    )


def configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Extract and render the timeline of the bundled example story (a news report "
        "written for this project, published Monday 25 September 2017), as 'timeline show' "
        "does: dated events grouped by day and week, undated ones placed by their links, "
        "and the causal and reactive chains."
    )
    _add_output_options(parser)


def run_demo(args: argparse.Namespace, out: Console) -> int:
    from .._demo import PUBLISHED, story

    return _show_story(args, out, story(), PUBLISHED)


def configure_show(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Read a story (FILE, or - for stdin), extract its events (who did what, who says "
        "so, and when) and render its timeline: the dated events and each clause's main "
        "event, with the headline as title; --all shows every event mention."
    )
    parser.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or -")
    parser.add_argument(
        "--published",
        type=published_date,
        metavar="DATE",
        required=True,
        help="publication date of the story: 2017-09-25 or 2017-09-25T14:30+02:00",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="show every event mention, not only the dated ones and each clause's main event",
    )
    parser.add_argument(
        "--title", help="a title over the timeline (and of the TimelineJS or SVG export)"
    )
    add_genre_option(parser)
    add_infer_links_option(parser)
    _add_output_options(parser)


def run_show(args: argparse.Namespace, out: Console) -> int:
    return _show_story(args, out, read_text(args.file, "show"), aware(args.published))


def _show_story(
    args: argparse.Namespace, out: Console, text: str, published: date | datetime
) -> int:
    """Extract a story's events and draw them: what ``show`` and ``demo`` share."""
    from .._extract._extract import analyse, main_events, timeline_of

    analysis = analyse(text, published, genre=getattr(args, "genre", None))
    every = getattr(args, "all", False)
    story = timeline_of(
        analysis,
        keep=None if every else main_events(analysis),
        infer_links=getattr(args, "infer_links", False),
    )
    title = next((s.sentence for s in analysis.sentences if s.sentence.title), None)
    headline = None if title is None else " ".join(text[title.start : title.end].split())
    # A --title given on the command line wins over the headline found in the text.
    given = getattr(args, "title", None)
    return _output_timeline(args, out, story, text, published, given or headline)


def _output_timeline(
    args: argparse.Namespace,
    out: Console,
    story: Timeline,
    text: str,
    published: date | datetime,
    title: str | None,
) -> int:
    from .._render import ChainsView, TimelineView, export_html, export_svg, timelinejs

    view: list[RenderableType] = [TimelineView(story, title=title)]
    if story.chains():
        view += [Text(""), ChainsView(story)]
    if args.format == "json":
        out.file.write(story.to_json() + "\n")
    elif args.format == "timelinejs":
        print_json(out, timelinejs(story, title=title))
    elif args.format == "timeml":
        found = genre_tagger(getattr(args, "genre", None))(text, published)
        out.file.write(to_string(Document.from_timexes(text, found, published=published)))
    elif args.format == "svg":
        out.file.write(export_svg(*view, width=args.width or _EXPORT_WIDTH, title=title or PROGRAM))
    elif args.format == "html":
        out.file.write(export_html(*view, width=args.width or _EXPORT_WIDTH))
    else:
        console = out if args.width is None else sized(out, args.width)
        for renderable in view:
            console.print(renderable)
    return EXIT_OK


def sized(out: Console, width: int) -> Console:
    return OutputConsole(file=out.file, width=width, highlight=False)
