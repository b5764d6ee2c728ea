"""The ``timeline`` command: render timelines, tag text and TimeML, score tagging.

Each subcommand is a pair of functions, ``_configure_<name>(parser)`` and
``_run_<name>(args, out) -> int``, listed in ``_COMMANDS``; adding one is adding a pair.

Exit codes (also in ``timeline --help``):

- 0: success;
- 1: the input could not be used (malformed TimeML, text that is not UTF-8, a file that
  failed to tag) or a check failed (``eval --min-value-f1``, ``--min-event-f1``);
- 2: usage error (unknown option, a ``--published`` that is not an ISO date, ...);
- 3: a file or directory named on the command line does not exist.

Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence

from rich.console import Console

from .. import __version__
from .._errors import TimelineError, TimelineWarning
from ._common import (
    EXIT_CODES,
    EXIT_FAILED,
    EXIT_MISSING,
    EXIT_OK,
    EXIT_USAGE,
    PROGRAM,
    MissingError,
    OutputConsole,
    Parser,
    UsageError,
    os_error_text,
    silence_stdout,
)
from ._eval import configure_eval, run_eval
from ._extract import configure_extract, run_extract
from ._show import configure_demo, configure_show, run_demo, run_show
from ._tag import configure_tag, run_tag

__all__ = ["main"]

_COMMANDS: tuple[
    tuple[
        str,
        str,
        Callable[[argparse.ArgumentParser], None],
        Callable[[argparse.Namespace, Console], int],
    ],
    ...,
] = (
    ("tag", "find and resolve time expressions", configure_tag, run_tag),
    ("eval", "score TIMEX3 and EVENT tagging (TempEval-3)", configure_eval, run_eval),
    ("demo", "render the bundled example story's timeline", configure_demo, run_demo),
    ("show", "render the timeline of a story", configure_show, run_show),
    ("extract", "a story's events and links as JSON", configure_extract, run_extract),
)


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROGRAM,
        description="Turn news text into a timeline: render a story's timeline, tag time "
        "expressions, read and write TimeML, and score tagging. Try 'timeline demo'.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, summary, configure, run in _COMMANDS:
        command = commands.add_parser(
            name,
            help=summary,
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        configure(command)
        command.set_defaults(run=run)
    return parser


def _warning_line(message: Warning | str, *_: object, **__: object) -> None:
    # A warning (NotEnglishWarning, say) is one line like an error, not a source location.
    print(f"{PROGRAM}: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``timeline`` command with `argv` (default: ``sys.argv[1:]``).

    Returns:
        The exit code: 0 success, 1 unusable input or failed check, 2 usage error,
        3 missing file or directory.
    """
    out = OutputConsole(file=sys.stdout, highlight=False)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _warning_line
            warnings.simplefilter("always", TimelineWarning)
            args = _parser().parse_args(argv)
            return int(args.run(args, out))
    except SystemExit as exit:  # --help and --version end the parse this way
        return exit.code if isinstance(exit.code, int) else EXIT_OK
    except UsageError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except MissingError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return EXIT_MISSING
    except TimelineError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except FileNotFoundError as error:
        print(f"{PROGRAM}: error: {os_error_text(error)}", file=sys.stderr)
        return EXIT_MISSING
    except BrokenPipeError:
        # The reader went away (`timeline eval ... | head`); nothing left to say.
        silence_stdout()
        return EXIT_OK
    except OSError as error:
        print(f"{PROGRAM}: error: {os_error_text(error)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"{PROGRAM}: interrupted", file=sys.stderr)
        return 130
