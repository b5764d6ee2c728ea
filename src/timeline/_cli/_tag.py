"""``timeline tag``: find and resolve the time expressions of a text or a TimeML corpus."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from .._errors import TimelineError
from .._render import TimexTable
from .._timeml import Document, parse, retag, to_string
from ._common import (
    EXIT_FAILED,
    EXIT_OK,
    Report,
    UsageError,
    add_genre_option,
    aware,
    existing_directory,
    genre_tagger,
    print_json,
    published_date,
    read_text,
    timeml_files,
    timex_json,
    usable_dct,
)


def configure_tag(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Find and resolve the time expressions in a text (FILE, or - for stdin), or tag "
        "every .tml file under a directory (--timeml IN_DIR --out OUT_DIR), keeping each "
        "file's text and everything outside its TEXT element."
    )
    parser.add_argument("file", nargs="?", metavar="FILE|-", help="a UTF-8 text file, or -")
    parser.add_argument(
        "--published",
        type=published_date,
        metavar="DATE",
        help="publication date of the text: 2017-09-25 or 2017-09-25T14:30+02:00",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "timeml", "timelinejs"),
        default="table",
        help="output for FILE: a table (default), JSON, a TimeML document, or TimelineJS "
        "JSON (a slide per expression, headed by its sentence)",
    )
    add_genre_option(parser)
    parser.add_argument("--timeml", type=Path, metavar="IN_DIR", help="tag every .tml under here")
    parser.add_argument("--out", type=Path, metavar="OUT_DIR", help="where --timeml writes")


def run_tag(args: argparse.Namespace, out: Console) -> int:
    if args.timeml is not None:
        if args.file is not None:
            raise UsageError("tag: give either FILE or --timeml IN_DIR, not both")
        if args.out is None:
            raise UsageError("tag: --timeml IN_DIR needs --out OUT_DIR")
        if args.published is not None:
            raise UsageError("tag: --published cannot be used with --timeml (each DCT is used)")
        return _tag_directory(args.timeml, args.out, args.genre)
    if args.file is None:
        raise UsageError("tag: expected FILE, - for stdin, or --timeml IN_DIR --out OUT_DIR")
    if args.out is not None:
        raise UsageError("tag: --out goes with --timeml IN_DIR")
    text = read_text(args.file)
    timexes = genre_tagger(args.genre)(text, args.published)
    if args.format == "json":
        print_json(out, [timex_json(timex) for timex in timexes])
    elif args.format == "timeml":
        out.file.write(to_string(Document.from_timexes(text, timexes, published=args.published)))
    elif args.format == "timelinejs":
        from .._extract import expression_timeline
        from .._render import timelinejs

        published = None if args.published is None else aware(args.published)
        print_json(out, timelinejs(expression_timeline(text, timexes, published)))
    else:
        out.print(TimexTable(timexes, spans=True))
    return EXIT_OK


def _tag_directory(source: Path, target: Path, genre: str | None) -> int:
    existing_directory(source, "IN_DIR")
    report = Report("tag")
    tag = genre_tagger(genre)
    files = timeml_files(source)
    if not files:
        report.problem(f"no .tml files under {str(source)!r}")
    undated = 0
    for path in files:
        relative = path.relative_to(source)
        data = path.read_bytes()
        try:
            document = parse(data, source=str(path))
        except TimelineError as error:
            report.problem(f"skipped: {error}")
            continue
        why = usable_dct(document)
        if why is not None:
            undated += 1
            report.note(f"{path}: {why}; tagged without a publication date")
        try:
            timexes = tag(document.text, document.published)
            tagged = retag(data, timexes, source=str(path))
        # One document the tagger cannot handle must not stop a corpus run: it is reported
        # here and makes the exit code 1.
        except Exception as error:
            report.problem(f"{path}: tagging failed: {type(error).__name__}: {error}")
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(tagged)
    written = len(files) - report.problems if files else 0
    report.note(
        f"tagged {written} of {len(files)} files into {str(target)!r}"
        f" ({undated} without a usable DCT)"
    )
    return EXIT_FAILED if report.problems else EXIT_OK


# --------------------------------------------------------------------------- eval
