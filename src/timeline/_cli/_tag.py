"""``timeline tag``: find and resolve the time expressions of a text or a TimeML corpus."""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path

from rich.console import Console

from .._errors import TimelineError
from .._render import TimexTable
from .._timeml import Document, parse, retag, to_string
from ._batch import add_batch_arguments, run_batch, tag_record, wants_batch
from ._common import (
    EXIT_FAILED,
    EXIT_OK,
    Report,
    UsageError,
    add_genre_option,
    aware,
    existing_directory,
    genre_tagger,
    os_error_text,
    print_json,
    published_date,
    read_text,
    timeml_files,
    timex_json,
    usable_dct,
    write_atomically,
)
from ._show import columns, sized


def configure_tag(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Find and resolve the time expressions in a text (FILE, or - for stdin), tag "
        "every .tml file under a directory (--timeml IN_DIR --out OUT_DIR), keeping each "
        "file's text and everything outside its TEXT element, or tag an archive of records "
        "(--jsonl IN or --csv IN, --out OUT): one JSON line per record."
    )
    parser.add_argument("file", nargs="?", metavar="FILE|-", help="a UTF-8 text file, or -")
    parser.add_argument(
        "--events",
        action="store_true",
        help="also write TimeML EVENT tags (eid, class) around the event triggers "
        "timeline.extract finds, and a MAKEINSTANCE for each (with --format timeml or "
        "--timeml)",
    )
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
    parser.add_argument(
        "--width",
        type=columns,
        metavar="COLUMNS",
        help="draw the table at this width (40-200; default: the terminal's)",
    )
    add_genre_option(parser)
    parser.add_argument("--timeml", type=Path, metavar="IN_DIR", help="tag every .tml under here")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="OUT",
        help="where --timeml writes (a directory, not IN_DIR or one inside it), or where "
        "--jsonl/--csv write (a file, or - for stdout, the default)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="with --timeml, replace files OUT_DIR already has (otherwise they are refused)",
    )
    add_batch_arguments(parser)


def run_tag(args: argparse.Namespace, out: Console) -> int:
    if wants_batch(args):
        return run_batch(args, partial(tag_record, genre=args.genre))
    if args.timeml is not None:
        if args.file is not None:
            raise UsageError("tag: give either FILE or --timeml IN_DIR, not both")
        if args.out is None:
            raise UsageError("tag: --timeml IN_DIR needs --out OUT_DIR")
        if args.published is not None:
            raise UsageError("tag: --published cannot be used with --timeml (each DCT is used)")
        return _tag_directory(
            args.timeml, args.out, args.genre, force=args.force, events=args.events
        )
    if args.file is None:
        raise UsageError("tag: expected FILE, - for stdin, or --timeml IN_DIR --out OUT_DIR")
    if args.out is not None or args.force:
        raise UsageError(
            f"tag: {'--out' if args.out is not None else '--force'} goes with --timeml IN_DIR"
        )
    if args.width is not None and args.format != "table":
        raise UsageError("tag: --width goes with the table format")
    if args.events and args.format != "timeml":
        raise UsageError("tag: --events goes with --format timeml or --timeml IN_DIR")
    text = read_text(args.file)
    timexes = genre_tagger(args.genre)(text, args.published)
    if args.format == "json":
        print_json(out, [timex_json(timex) for timex in timexes])
    elif args.format == "timeml" and args.events:
        from ._events import timeml_with_events  # the extraction loads only when asked for

        report = Report("tag")
        out.file.write(timeml_with_events(text, timexes, args.published, report, args.file))
    elif args.format == "timeml":
        out.file.write(to_string(Document.from_timexes(text, timexes, published=args.published)))
    elif args.format == "timelinejs":
        from .._extract import expression_timeline
        from .._render import timelinejs

        published = None if args.published is None else aware(args.published)
        print_json(out, timelinejs(expression_timeline(text, timexes, published)))
    else:
        (out if args.width is None else sized(out, args.width)).print(
            TimexTable(timexes, spans=True)
        )
    return EXIT_OK


def _tag_directory(
    source: Path, target: Path, genre: str | None, *, force: bool, events: bool = False
) -> int:
    existing_directory(source, "IN_DIR")
    _check_out_dir(source, target)
    report = Report("tag")
    tag = genre_tagger(genre)
    files = timeml_files(source)
    if not files:
        report.problem(f"no .tml files under {str(source)!r}")
    present = [path for path in files if (target / path.relative_to(source)).exists()]
    if present and not force:
        shown = ", ".join(str(target / path.relative_to(source)) for path in present[:3])
        raise UsageError(
            f"tag: {len(present)} of the files to write are already in OUT_DIR ({shown}"
            f"{' ...' if len(present) > 3 else ''}); pass --force to replace them"
        )
    undated = written = 0
    for path in files:
        destination = target / path.relative_to(source)
        try:
            data = path.read_bytes()
        except OSError as error:
            report.problem(f"skipped: {path}: {os_error_text(error)}")
            continue
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
            found = None
            if events:
                from ._events import events_to_write  # the extraction loads only when asked

                found = events_to_write(
                    document.text, document.published, timexes, report, str(path)
                )
            tagged = retag(
                data,
                timexes,
                events=() if found is None else found.events,
                links=() if found is None else found.links,
                source=str(path),
            )
        # One document the tagger cannot handle must not stop a corpus run: it is reported
        # here and makes the exit code 1.
        except Exception as error:
            report.problem(f"{path}: tagging failed: {type(error).__name__}: {error}")
            continue
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(destination, tagged)
        except OSError as error:
            report.problem(f"{path}: not written: {os_error_text(error)}")
            continue
        written += 1
    replaced = f"; {len(present)} replaced" if present else ""
    report.note(
        f"tagged {written} of {len(files)} files into {str(target)!r}"
        f" ({undated} without a usable DCT{replaced})"
    )
    return EXIT_FAILED if report.problems else EXIT_OK


def _check_out_dir(source: Path, target: Path) -> None:
    """Refuse an OUT_DIR that is IN_DIR or inside it.

    Writing into IN_DIR would replace the corpus with its own tagging (its gold EVENTs and
    TIMEX3s gone), and a directory inside it would be read back as input the next run.
    """
    inside, outside = source.resolve(), target.resolve()
    if outside == inside or inside in outside.parents:
        where = "is IN_DIR" if outside == inside else "is inside IN_DIR"
        raise UsageError(
            f"tag: OUT_DIR {str(target)!r} {where} {str(source)!r}; writing there would "
            "overwrite or re-read the input: choose a directory outside it"
        )


# --------------------------------------------------------------------------- eval
