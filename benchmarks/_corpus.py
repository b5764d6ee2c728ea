"""What the benchmarks share: reading a JSON Lines corpus, one story a line.

The corpora (``shared/corpora/jsonl``) give each story's publication date as ``dct``, an
ISO date, empty or absent where the source has none.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any


def dated_records(path: Path) -> Iterator[tuple[dict[str, Any], date | None]]:
    """Each record of the corpus at `path`, with its publication date.

    The date is None where the record has no ``dct`` or one that is not an ISO date: the
    story is still measured, as one with no publication date.
    """
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            published = None
            if record.get("dct"):
                with contextlib.suppress(ValueError):
                    published = date.fromisoformat(record["dct"])
            yield record, published
