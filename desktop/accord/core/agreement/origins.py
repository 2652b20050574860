"""How the compared codings came about, for the methods paragraph (issue #19).

A coding is made by hand, accepted from a similar-passage suggestion or made by
auto-coding (core/codings.py ORIGINS). A methods section should say how many of the
codings behind the figures were not coded by hand; this module counts them and
words that sentence.
"""

from __future__ import annotations

import numpy as np
from sqlite_utils import Database

from ..codings import AUTOCODE, HAND, ORIGINS, SUGGESTION
from ..language import Methods, fill


def origin_counts(db: Database, coding_ids: np.ndarray) -> dict[str, int]:
    """{origin: number of these codings} for every origin in ORIGINS; the counts add up to len(coding_ids)."""
    ids = np.asarray(coding_ids, dtype=np.int64)
    counts = dict.fromkeys(ORIGINS, 0)
    # Codings not made by hand are few: read those and look them up, rather than pass every id to SQLite.
    rows = db.execute("SELECT id, origin FROM codings WHERE origin != ''").fetchall()
    if rows and len(ids):
        other_ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        compared = np.isin(other_ids, ids)
        for (_, origin), inside in zip(rows, compared.tolist()):
            if inside:
                counts[origin] = counts.get(origin, 0) + 1
    counts[HAND] = len(ids) - sum(n for origin, n in counts.items() if origin != HAND)
    return counts


def origins_sentence(counts: dict[str, int] | None) -> str:
    """One sentence on the codings not made by hand; '' when all were (or nothing is known)."""
    counts = counts or {}
    suggested, automatic = counts.get(SUGGESTION, 0), counts.get(AUTOCODE, 0)
    if not suggested and not automatic:
        return ""
    total = sum(counts.values())
    hand = total - suggested - automatic
    parts = []
    if suggested:
        parts.append(Methods.tr("%Ln was/were accepted one by one by a coder from similar-passage suggestions that "
                                "Accord computed on the coder's own computer", "", suggested))
    if automatic:
        parts.append(Methods.tr("%Ln was/were made by auto-coding (every match of a text search or every turn of a "
                                "speaker, coded at once at a coder's request)", "", automatic))
    listed = fill(Methods.tr("%1 and %2"), *parts) if len(parts) == 2 else parts[0]
    if hand:
        listed = fill(Methods.tr("%1; %2"), listed, Methods.tr("the other %Ln was/were coded by hand", "", hand))
    return fill(Methods.tr("Of the %Ln coding(s) compared, %1.", "", total), listed)
