"""``timeline extract``: a story's events and links as JSON, or an archive's, a line each.

``timeline extract FILE --published DATE`` prints one JSON object: every event as
`Event.to_dict` gives it and every link (source, relation, target, evidence and its span).
``timeline extract --jsonl IN --out OUT`` (or ``--csv IN``) does the same for each record
of an archive, through the batch machinery ``timeline tag --jsonl`` uses: streaming,
``--jobs``, errors per record, a summary line.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from functools import partial
from typing import Any

from rich.console import Console

from .._errors import TimelineError
from ._batch import add_batch_arguments, run_batch, wants_batch
from ._common import (
    EXIT_OK,
    UsageError,
    add_genre_option,
    add_infer_links_option,
    aware,
    print_json,
    published_date,
    read_text,
)

__all__ = ["configure_extract", "extract_record", "run_extract"]


def extract_record(
    text: str,
    published: date | datetime | None,
    *,
    genre: str | None = None,
    infer_links: bool = False,
) -> dict[str, Any]:
    """What ``extract`` writes for a story: its events and links, JSON-ready.

    >>> record = extract_record("Rebels shelled the port, the army said.", date(2017, 9, 25))
    >>> [(event["description"], event["event_class"]) for event in record["events"]]
    [('Rebels shelled the port', 'OCCURRENCE'), ('the army said', 'REPORTING')]
    >>> [(link["source"], link["relation"], link["target"]) for link in record["links"]]
    [('e2', 'reports', 'e1')]
    """
    import timeline

    if published is None:
        raise TimelineError("extract: a story needs its publication date (--published)")
    story = timeline.extract(text, published, genre=genre, infer_links=infer_links)
    return {
        "events": [event.to_dict() for event in story.events],
        "links": [
            {
                "source": link.source,
                "relation": link.relation.name,
                "target": link.target,
                "evidence": link.evidence,
                "evidence_span": None if link.evidence_span is None else list(link.evidence_span),
                "inferred": link.inferred,
                "possible": link.possible,
            }
            for link in story.links
        ],
    }


def configure_extract(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Extract the events of a story (FILE, or - for stdin) and the links between them, "
        "as JSON; or of every record of an archive (--jsonl IN or --csv IN), one JSON line "
        "per record."
    )
    parser.add_argument("file", nargs="?", metavar="FILE|-", help="a UTF-8 text file, or -")
    parser.add_argument(
        "--published",
        type=published_date,
        metavar="DATE",
        help="publication date of the story (of records without one, in batch mode): "
        "2017-09-25 or 2017-09-25T14:30+02:00",
    )
    parser.add_argument(
        "--out", metavar="OUT", help="where --jsonl/--csv write (a file, or - for stdout)"
    )
    add_genre_option(parser)
    add_infer_links_option(parser)
    add_batch_arguments(parser)


def run_extract(args: argparse.Namespace, out: Console) -> int:
    if wants_batch(args):
        per_record = partial(extract_record, genre=args.genre, infer_links=args.infer_links)
        return run_batch(args, per_record, "extract", "events")
    if args.file is None:
        raise UsageError("extract: expected FILE, - for stdin, or --jsonl/--csv IN")
    if args.out is not None:
        raise UsageError("extract: --out goes with --jsonl IN or --csv IN")
    if args.published is None:
        raise UsageError("extract: FILE needs --published DATE")
    text = read_text(args.file, "extract")
    print_json(
        out,
        extract_record(text, aware(args.published), genre=args.genre, infer_links=args.infer_links),
    )
    return EXIT_OK
