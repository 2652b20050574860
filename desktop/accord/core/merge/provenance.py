"""The merge history of a project: the JSON list under the `merge_sources` key of the `project` table,
one record for each merge that changed something (the source's file name, title and `created_at`,
when, how its coders were named in the target, and what was added). Copies of one project share
title and `created_at`, so a record cannot tell them apart: it is read for the history and to hint at
the name a clashing coder was given last time, never to decide on its own that two coders are one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlite_utils import Database

from ..clock import now
from ..project import set_meta
from .report import MergeReport
from .source import Source

MERGE_SOURCES_KEY = "merge_sources"


def merge_history(db: Database) -> list[dict]:
    """The provenance records of the merges into this project, oldest first."""
    row = db.execute("SELECT value FROM project WHERE key = ?", [MERGE_SOURCES_KEY]).fetchone()
    if not row:
        return []
    try:
        records = json.loads(row[0])
    except ValueError:
        return []
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def record_provenance(db: Database, source: Source, coders: Mapping[str, str], report: MergeReport) -> None:
    """Append the record of a merge; `coders` maps each source coder's name to its name in the target."""
    records = merge_history(db)
    records.append({
        "source": {"file": source.path.name, "title": source.title, "created_at": source.created_at},
        "merged_at": now(),
        "coders": dict(coders),
        "added": {
            "documents": report.documents_added,
            "codes": report.codes_added,
            "coders": report.coders_added,
            "codings": report.codings_added,
            "memos": report.memos_added,
            "attributes": report.attributes_added,
        },
    })
    set_meta(db, MERGE_SOURCES_KEY, json.dumps(records, ensure_ascii=False))
