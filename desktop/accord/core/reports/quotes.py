"""The coded text a report quotes: which codings to quote for a code (`pick_quotes`: spread over the
documents, no two overlapping), the documents' texts they are cut from (`TextCache`, each read once,
when first needed) and the speaker at a position (`Turns`). Quotes and the segments table use them.
"""

from __future__ import annotations

import bisect
from itertools import groupby
from operator import itemgetter

from sqlite_utils import Database


def pick_quotes(rows: list[tuple], limit: int) -> list[tuple]:
    """Up to `limit` codings, spread over documents (one from each in turn), no two overlapping.

    `rows` are in report order (document, then start), so documents come as runs;
    only as many runs are read as the rounds need.
    """
    if limit <= 0 or not rows:
        return []
    runs: list[list[tuple]] = []
    picked: list[tuple] = []
    for _, run in groupby(rows, key=itemgetter(1)):
        run = list(run)
        runs.append(run)
        picked.append(run[0])  # the first quote of a document cannot overlap one from another document
        if len(picked) == limit:
            return picked
    positions = [1] * len(runs)
    while len(picked) < limit:
        progress = False
        for i, run in enumerate(runs):
            while positions[i] < len(run):
                row = run[positions[i]]
                positions[i] += 1
                if not any(p[1] == row[1] and p[4] < row[5] and row[4] < p[5] for p in picked):
                    picked.append(row)
                    progress = True
                    break
            if len(picked) == limit:
                break
        if not progress:
            break
    first = {run[0][1]: index for index, run in enumerate(runs)}
    return sorted(picked, key=lambda r: (first[r[1]], r[4], r[5], r[0]))


class TextCache:
    """Document texts, each read once, only when a quote or segment needs it."""

    def __init__(self, db: Database):
        self.db = db
        self.texts: dict[int, str] = {}

    def slice(self, document_id: int, start: int, end: int) -> str:
        text = self.texts.get(document_id)
        if text is None:
            text = self.texts[document_id] = self.db.execute(
                "SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        return text[start:end]


class Turns:
    """The speaker at a position, from each document's turns (read when first needed)."""

    def __init__(self, db: Database):
        self.db = db
        self.turns: dict[int, tuple[list[int], list[tuple[int, int, str]]]] = {}

    def speaker(self, document_id: int, start: int, end: int) -> str:
        if document_id not in self.turns:
            rows = self.db.execute(
                'SELECT start, "end", speaker FROM turns WHERE document_id = ? ORDER BY start', [document_id]
            ).fetchall()
            self.turns[document_id] = ([r[0] for r in rows], rows)
        starts, rows = self.turns[document_id]
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < rows[i][1]:
            return rows[i][2]
        if i + 1 < len(rows) and rows[i + 1][0] < end:  # starts in the gap before a turn
            return rows[i + 1][2]
        return ""
