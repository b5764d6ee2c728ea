"""The one exception family of the package.

Every error a caller can provoke is a `TimelineError`. Each one also subclasses the builtin
that best says what went wrong (`ValueError`, `KeyError`, ...), so code that already catches
builtins keeps working.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "HolidayCalendarError",
    "InvalidTypeError",
    "InvalidValueError",
    "NotEnglishWarning",
    "ParseError",
    "TimeMLError",
    "TimelineError",
    "TimelineFormatError",
    "TimelineWarning",
    "UnknownEventError",
    "UnknownRelationError",
    "ValueFormatError",
]


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """``"; did you mean 'blames'?"`` for a near miss of a known word, else ``""``.

    >>> did_you_mean("blamse", ["blames", "causes"])
    "; did you mean 'blames'?"
    """
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.75)
    return f"; did you mean {close[0]!r}?" if close else ""


class TimelineError(Exception):
    """Base class of every error raised by `timeline`.

    Every one survives pickling, so an error raised in a worker process (`multiprocessing`,
    `concurrent.futures`) reaches the parent as itself.
    """

    def __reduce__(self) -> tuple[object, ...]:
        # The default rebuilds with ``cls(*self.args)``, which fails for classes whose
        # ``__init__`` takes other arguments than the message; a pool then hangs waiting
        # for a result it can never unpickle. Rebuild from the args and attributes instead.
        return _rebuilt, (type(self), self.args, self.__dict__)


def _rebuilt(
    cls: type[TimelineError], args: tuple[object, ...], state: dict[str, object]
) -> TimelineError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ParseError(TimelineError, ValueError):
    """Text that was expected to be a time expression could not be understood.

    Attributes:
        text: the input exactly as given.
        reason: what was not understood, in words.
        position: character offset in ``text`` where understanding stopped, if known.
    """

    def __init__(self, text: str, reason: str, *, position: int | None = None) -> None:
        self.text = text
        self.reason = reason
        self.position = position
        super().__init__(f"could not resolve {text!r}: {reason}")


class ValueFormatError(TimelineError, ValueError):
    """A TIMEX3 value (``2017-W38``, ``P3W``, ...) is malformed or of the wrong kind.

    Attributes:
        value: the value exactly as given.
        reason: what was expected, in words.
    """

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(f"malformed TIMEX3 value {value!r}: {reason}")


class UnknownRelationError(TimelineError, KeyError, ValueError):
    """A relation name that is not registered.

    Attributes:
        name: the name asked for.
        known: the registered names, sorted.
    """

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        self.name = name
        self.known = known
        super().__init__(name)

    def __str__(self) -> str:
        # KeyError would show repr(args[0]); a sentence helps more.
        message = f"unknown relation {self.name!r}; expected one of: {', '.join(self.known)}"
        return message + did_you_mean(self.name, self.known)


class UnknownEventError(TimelineError, KeyError, ValueError):
    """An event id (or an event) that is not in the timeline it was looked up in.

    Attributes:
        event_id: the id asked for.
    """

    def __init__(self, event_id: str, reason: str) -> None:
        self.event_id = event_id
        self.reason = reason
        super().__init__(event_id)

    def __str__(self) -> str:
        return f"unknown event {self.event_id!r}: {self.reason}"


class TimelineFormatError(TimelineError, ValueError):
    """A serialized timeline (JSON) that cannot be read back.

    Attributes:
        path: where in the document the problem is, as a JSON path (``events[3].when.value``).
        reason: what was expected and what came in.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"malformed timeline JSON at {path}: {reason}")


class InvalidValueError(TimelineError, ValueError):
    """A value given to one of our types is of the right kind but not acceptable.

    The message names the field, what was expected and what came in.
    """


class InvalidTypeError(TimelineError, TypeError):
    """A value given to one of our types is of the wrong kind.

    The message names the field, what was expected and what came in.
    """


class TimeMLError(TimelineError, ValueError):
    """A TimeML document is malformed or unsafe to read, or cannot be written as asked.

    Attributes:
        reason: what was wrong, in words.
        source: the file it came from (``"<string>"`` for markup given as text), if any.
        line: 1-based line of the problem in the source, if known.
        column: 1-based column of the problem in the source, if known.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        self.column = column
        where = ":".join(str(part) for part in (source, line, column) if part is not None)
        super().__init__(f"{where}: {reason}" if where else reason)


class TimelineWarning(UserWarning):
    """Base class of every warning `timeline` gives: something worked, but not as asked."""


class NotEnglishWarning(TimelineWarning):
    """The text given to `tag` is clearly not English, which is all `timeline` reads.

    Expressions in other languages are not found, so the result is (nearly) empty rather
    than wrong; the warning says so instead of leaving the emptiness unexplained. Silence
    it with ``warnings.simplefilter("ignore", timeline.NotEnglishWarning)``.
    """


class HolidayCalendarError(TimelineError, ImportError):
    """The calendars of a lunar holiday cannot be read: the `holidays` package is missing,
    or a release of it lacks the calendar it is asked for (the message says which)."""
