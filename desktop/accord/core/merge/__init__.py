"""Merging coders' projects: bring another copy's coders, codes and codings into this one.

Each coder codes in their own copy of a project; `merge_projects` brings one such
copy (the *source*) into the *target* as one command (one transaction, one undo
step). The source is only read, through a read-only connection. This package owns
`merge_projects`, the one entry point, and is the interface of its modules: `source`
(reading the source), `matching` (documents and codes), `plan` (renames and coder
identity, decided before anything is written), `apply` (writing the plan into the
target), `provenance` (the merge history) and `report` (`MergeReport`, `CoderClash`).

Matching:

* Documents match by the sha256 of their text, then by name. A document matched
  by name whose text differs keeps the target's text, and the source's codings on
  it are skipped (their offsets point into another text) with a warning; its
  attributes and memos, which hold no offsets, are merged. A source document
  with no match is added with its turns and attributes.
* Attributes the target's document lacks are added; a different value for a key
  it has is kept as it is, with a warning. Memos (on the project, a document or a
  code) are added unless the target has one on the same thing with the same
  title and text.
* Codes match by their GUID, kept by copies of a project: a code renamed or moved in
  the source is the same code, keeps the target's name and place, and is reported
  ("renamed in SOURCE: old → new"). Then by path (Parent/Child), for codes made
  separately in two copies; a target code already matched by GUID is not matched by
  path again: the source's other code of that path is added under a free name, with a
  warning. Missing codes are created under their matched parent with the source's
  GUID, colour and definition fields.
* Coders match by name, but a name is not enough to make two coders one person.
  A source coder whose (possibly renamed) name exists in the target is the SAME
  coder only if
    (a) merging it would add nothing: each of its codings is already in the
        target (same document, code, coder, and a target coding covering its
        span; its memo, if any, already in that coding's memo), or
    (b) it is the same coder row as the target's (the coder was created once, in
        the project both files were copied from, or brought in by an earlier merge,
        which keeps the row's `created_at`), and the target's codings of that
        coder are all still among the source's: the source is this coder's later
        work (an incremental re-merge, or a coder pre-created by whoever
        set up the project and who has not coded in the target).
  Otherwise the names clash: `CoderClash` (an `InvalidValue`) names every clash
  and a free name to rename it to (`rename_coders={"Ana": "Ana (laptop)"}`).

Idempotence: codings, memos and attributes already present are not added again,
and (a) makes every coder of an already merged source the same coder, so merging
the same source twice changes nothing (not even the provenance record, which is
only written by a merge that changed something). A merge adds and never
removes: a coding deleted in the target after a merge comes back if the same
source is merged again.

Provenance: each merge that changed something appends a record to the JSON list
under the `merge_sources` key of the `project` table: the source's file name,
title and `created_at`, when, how its coders were named in the target, and what
was added. Copies of one project share title and `created_at`, so the record
cannot tell them apart; it is used for the history and to hint at the name a
clashing coder was given last time, never to decide on its own that two coders
are one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from ..errors import InvalidValue, ProjectFileError
from ..project import Project
from .apply import apply_plan
from .matching import match_documents
from .plan import plan_merge
from .provenance import merge_history
from .report import Clash, CoderClash, MergeReport, describe_clashes
from .source import read_source, read_texts, source_coder_names, source_connection

__all__ = [
    "Clash", "CoderClash", "MergeReport", "describe_clashes", "merge_history", "merge_projects", "source_coder_names",
]


def merge_projects(target: Project, source_path: str | Path, *,
                   rename_coders: Mapping[str, str] | None = None) -> MergeReport:
    """Bring the coders, codes, codings, memos and missing documents of another project file into `target`.

    One command: on any error (a coder clash, a file that is not a project) the
    target is left unchanged. The source file is never written.
    """
    source_path = Path(source_path)
    if target.read_only:
        raise ProjectFileError(f"{target.path}: the project is open read-only")
    _refuse_merging_into_itself(target, source_path)
    db = target.db
    with source_connection(source_path) as conn:
        try:
            source = read_source(conn, source_path)
            matches = match_documents(db, source)
            source.texts = read_texts(conn, [d.id for d in source.documents if matches[d.id].how == "add"])
        except sqlite3.Error as error:
            raise ProjectFileError(f"{source_path}: cannot read the project ({error})") from error
    report = MergeReport(source=str(source_path), target=str(target.path) if target.path else target.title)
    plan = plan_merge(db, source, matches, rename_coders or {})
    with target.command(f"Merge {source_path.name}"):
        apply_plan(db, source, plan, report)
    return report


def _refuse_merging_into_itself(target: Project, source_path: Path) -> None:
    if target.path is None:
        return
    try:
        same = os.path.samefile(target.path, source_path)
    except OSError:
        return  # a missing source is reported when it is opened
    if same:
        raise InvalidValue(f"{source_path}: is the target project itself; merge another coder's copy into it")
