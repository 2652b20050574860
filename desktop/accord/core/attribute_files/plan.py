"""Document attributes from a spreadsheet: plan first (what matches, what is empty, what changes), then apply.

One row per document, one column per attribute. The key column (given, or the
first column named document, name, file, participant, ... else the first
column) names the document: by its name, or by the file it was imported from,
with or without the extension, case ignored when nothing matches exactly.
A new attribute's type is inferred from all the values of its column; an
existing attribute keeps its type, and a value that does not fit it stops the
import with a message naming the cell. Empty cells are reported and leave the
document's value as it was. `apply_plan` writes everything in one command.
Writing the same shape back out: export.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from .cells import fits, infer_type
from .sheets import read_sheet
from ..attributes import add_attribute_key, attribute_types
from ..command_guard import changes_project
from ..documents import list_documents
from ..errors import InvalidValue

KEY_NAMES = ("document", "documents", "doc", "document name", "name", "file", "file name", "filename", "source",
             "participant", "case", "interview")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


@dataclass
class Match:
    row: int
    key: str
    document_id: int
    doc: str
    by: str  # "name" or "source file"


@dataclass
class Unmatched:
    row: int
    key: str
    reason: str


@dataclass
class Change:
    document_id: int
    doc: str
    key: str
    old: str | None
    new: str


@dataclass
class ImportPlan:
    path: Path
    key_column: str
    headers: list[str] = field(default_factory=list)  # the named columns, in order
    matched: list[Match] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    empty_cells: list[tuple[int, str, str]] = field(default_factory=list)  # (row, doc, key)
    types: dict[str, str] = field(default_factory=dict)  # every attribute column: its (inferred) type
    new_keys: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)  # values new or different
    unchanged: int = 0

    def as_data(self) -> dict:
        return {
            "file": str(self.path), "key_column": self.key_column,
            "matched": [{"row": m.row, "key": m.key, "doc": m.doc, "by": m.by} for m in self.matched],
            "unmatched_rows": [{"row": u.row, "key": u.key, "reason": u.reason} for u in self.unmatched],
            "empty_cells": [{"row": r, "doc": d, "key": k} for r, d, k in self.empty_cells],
            "types": dict(self.types), "new_attributes": list(self.new_keys),
            "changes": [{"doc": c.doc, "key": c.key, "old": c.old, "new": c.new} for c in self.changes],
            "set": len(self.changes), "unchanged": self.unchanged,
        }


def plan_import(db: Database, path: str | Path, key_column: str | None = None) -> ImportPlan:
    """What importing `path` would do; raises (naming the file) if it cannot be read or a value clashes."""
    path = Path(path)
    sheet = read_sheet(path)
    headers = [("" if h is None else fits("text", h)).strip() for h in sheet.headers]
    key_index = _key_index(path, headers, key_column)
    existing = attribute_types(db)
    by_folded = {k.casefold(): k for k in existing}
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        if index == key_index:
            continue
        if not header:
            if any(index < len(cells) and cells[index] is not None for _n, cells in sheet.rows):
                raise InvalidValue(f"{path.name}: column {index + 1} holds values but has no name in the first row")
            continue
        key = header if header in existing else by_folded.get(header.casefold(), header)
        if key in columns.values():
            raise InvalidValue(f"{path.name}: two columns are named {header!r}; rename one")
        columns[index] = key
    plan = ImportPlan(path, headers[key_index], [h for h in headers if h])
    matches = _match_rows(db, sheet, key_index, plan)
    for index, key in columns.items():
        values = [(m, cells[index]) for m, cells in matches if index < len(cells) and cells[index] is not None]
        kind = existing.get(key) or infer_type([v for _m, v in values])
        plan.types[key] = kind
        if key not in existing:
            plan.new_keys.append(key)
        for match, cells in matches:
            if index >= len(cells) or cells[index] is None:
                plan.empty_cells.append((match.row, match.doc, key))
        for match, value in values:
            stored = fits(kind, value)
            if stored is None:
                raise InvalidValue(
                    f"{path.name}: row {match.row}, column {key!r}: {str(value)!r} is not a {kind}, but {key!r} is "
                    f"a {kind} attribute in this project; fix the cell, or make {key!r} text first")
            _plan_value(db, plan, match, key, stored)
    return plan


def _plan_value(db: Database, plan: ImportPlan, match: Match, key: str, stored: str) -> None:
    row = db.execute("SELECT value FROM attributes WHERE document_id = ? AND key = ?",
                     [match.document_id, key]).fetchone()
    old = row[0] if row else None
    if old == stored:
        plan.unchanged += 1
    else:
        plan.changes.append(Change(match.document_id, match.doc, key, old, stored))


def _key_index(path: Path, headers: list[str], key_column: str | None) -> int:
    folded = [h.casefold() for h in headers]
    if key_column is not None:
        if key_column.strip().casefold() in folded:
            return folded.index(key_column.strip().casefold())
        named = ", ".join(repr(h) for h in headers if h)
        raise InvalidValue(f"{path.name}: no column named {key_column!r}; the columns are {named}")
    for name in KEY_NAMES:
        if name in folded:
            return folded.index(name)
    return 0


def _lookup(db: Database) -> tuple[dict, dict]:
    """{name or source name, exact: [(id, name, by)]} and the same with case folded."""
    exact: dict[str, list] = {}
    for document in list_documents(db):
        names = [(document.name, "name")]
        if document.source_name:
            names += [(document.source_name, "source file"),
                      (_EXTENSION.sub("", document.source_name), "source file")]
        for name, by in names:
            entries = exact.setdefault(name.strip(), [])
            if all(e[0] != document.id for e in entries):
                entries.append((document.id, document.name, by))
    folded: dict[str, list] = {}
    for name, entries in exact.items():
        target = folded.setdefault(name.casefold(), [])
        target += [e for e in entries if all(t[0] != e[0] for t in target)]
    return exact, folded


def _find(exact: dict, folded: dict, key: str) -> list:
    for candidate in dict.fromkeys((key, _EXTENSION.sub("", key))):
        for table, wanted in ((exact, candidate), (folded, candidate.casefold())):
            if table.get(wanted):
                return table[wanted]
    return []


def _match_rows(db: Database, sheet, key_index: int, plan: ImportPlan) -> list[tuple[Match, list]]:
    exact, folded = _lookup(db)
    matches, seen = [], {}
    for row, cells in sheet.rows:
        raw = cells[key_index] if key_index < len(cells) else None
        key = "" if raw is None else fits("text", raw).strip()  # a number 7.0 names document "7"
        if not key:
            plan.unmatched.append(Unmatched(row, "", "no document named in this row"))
            continue
        found = _find(exact, folded, key)
        if not found:
            plan.unmatched.append(Unmatched(row, key, "no document has this name or source file name"))
        elif len(found) > 1:
            names = ", ".join(repr(n) for _i, n, _b in found)
            plan.unmatched.append(Unmatched(row, key, f"fits more than one document ({names}); use its name"))
        elif found[0][0] in seen:
            plan.unmatched.append(Unmatched(row, key, f"document {found[0][1]!r} is already row {seen[found[0][0]]}"))
        else:
            document_id, name, by = found[0]
            seen[document_id] = row
            match = Match(row, key, document_id, name, by)
            plan.matched.append(match)
            matches.append((match, cells))
    return matches


@changes_project
def apply_plan(db: Database, plan: ImportPlan) -> int:
    """Write a plan's new attributes and changed values (call inside one command); returns how many values."""
    if not plan.matched:  # a wrong key column, most likely: adding its other columns as empty attributes would surprise
        raise InvalidValue(f"{plan.path.name}: no row names a document of the project in column "
                           f"{plan.key_column!r}, so nothing was imported; name the column with --key-column")
    current = attribute_types(db)
    for key in plan.new_keys:
        if key not in current:
            add_attribute_key(db, key, plan.types[key])
        elif current[key] != plan.types[key]:
            raise InvalidValue(f"{key!r} became a {current[key]} since the preview; import the file again")
    for change in plan.changes:
        db.execute("INSERT INTO attributes(document_id, key, value) VALUES (?, ?, ?) "
                   "ON CONFLICT(document_id, key) DO UPDATE SET value = excluded.value",
                   [change.document_id, change.key, change.new])
    return len(plan.changes)


@changes_project
def import_attributes(db: Database, path: str | Path, key_column: str | None = None) -> ImportPlan:
    """Plan and apply in one go (inside one command)."""
    plan = plan_import(db, path, key_column)
    apply_plan(db, plan)
    return plan
