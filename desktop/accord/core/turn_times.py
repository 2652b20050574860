"""The time of a place in a transcript: the start time of the speaker turn that holds it.

    times_at(db, document_id, [120, 4_000])      # [62.0, None] — seconds, None outside timed turns
    clock(62.0)                                    # "0:01:02"

Retrieval, reports and the CLI show a passage's time this way. One query per document,
then a binary search per place: a long transcript has 100,000s of turns.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from sqlite_utils import Database


def clock(seconds: float | None) -> str:
    """Seconds as "H:MM:SS" (whole seconds, rounded down); "" for None."""
    if seconds is None:
        return ""
    whole = max(0, int(seconds))
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class TurnTimes:
    """Each document's timed turns, read when first asked about (documents without times cost one query)."""

    def __init__(self, db: Database):
        self.db = db
        self._turns: dict[int, tuple[list[int], list[tuple[int, int, float | None]]]] = {}

    def _of(self, document_id: int) -> tuple[list[int], list[tuple[int, int, float | None]]]:
        if document_id not in self._turns:
            rows = self.db.execute(
                'SELECT start, "end", time_start FROM turns WHERE document_id = ? ORDER BY start', [document_id]
            ).fetchall()
            if not any(row[2] is not None for row in rows):
                rows = []  # no times: every answer is None, so skip the searches
            self._turns[document_id] = ([row[0] for row in rows], rows)
        return self._turns[document_id]

    def time(self, document_id: int, start: int, end: int | None = None) -> float | None:
        """The start time of the turn that holds `start` (or, for a span starting between turns,
        of the first turn it reaches, as the reports' speaker does); None when that turn has no time."""
        starts, rows = self._of(document_id)
        if not rows:
            return None
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < rows[i][1]:
            return rows[i][2]
        if end is not None and i + 1 < len(rows) and rows[i + 1][0] < end:
            return rows[i + 1][2]
        return None


def times_at(db: Database, document_id: int, offsets: Iterable[int]) -> list[float | None]:
    """The time of each offset of one document (one query, however many offsets)."""
    times = TurnTimes(db)
    return [times.time(document_id, offset) for offset in offsets]


def span_times(db: Database, spans: Sequence[tuple[int, int, int]]) -> list[float | None]:
    """The time of each (document_id, start, end) span, each document's turns read once."""
    times = TurnTimes(db)
    return [times.time(document_id, start, end) for document_id, start, end in spans]
