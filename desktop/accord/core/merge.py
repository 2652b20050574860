"""Merging coders' projects: bring another copy's coders, codes and codings into this one.

Each coder codes in their own copy of a project; `merge_projects` brings one such
copy (the *source*) into the *target* as one command (one transaction, one undo
step). The source is only read, through a read-only connection.

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
* Codes match by their path in the tree (Parent/Child); missing codes are created
  under their matched parent with the source's colour and definition fields.
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

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from . import schema
from .clock import now
from .codebook import PATH_SEPARATOR, TEXT_FIELDS, create_code
from .coders import add_coder
from .codings import apply_code
from .documents import TurnRecord, add_document, document_length, free_document_name
from .errors import InvalidValue, ProjectFileError
from .project import Project, inspect, set_meta
from .spans import check_span

MERGE_SOURCES_KEY = "merge_sources"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class CoderClash(InvalidValue):
    """Source coders whose names are taken in the target by what look like other coders."""

    def __init__(self, message: str, path: Path, clashes: list[Clash]):
        super().__init__(message)
        self.path = path
        self.clashes = clashes


@dataclass(frozen=True)
class Clash:
    source_name: str  # the coder's name in the source
    target_name: str  # the name it would have had in the target (after a requested rename)
    suggestion: str  # a name free in the target
    previous: str | None = None  # the name an earlier merge of this source gave it, if any


@dataclass
class MergeReport:
    """What one merge did. Counts are of the source's items."""

    source: str
    target: str
    documents_added: int = 0
    documents_matched_by_hash: int = 0
    documents_matched_by_name: int = 0
    codes_added: int = 0
    codes_matched: int = 0
    coders_added: int = 0
    coders_matched: int = 0
    coders_renamed: int = 0
    codings_added: int = 0  # new, or joined with an overlapping coding of the same coder and code
    codings_already_present: int = 0
    codings_skipped: int = 0  # on documents matched by name whose text differs
    memos_added: int = 0
    memos_already_present: int = 0
    attributes_added: int = 0
    added_documents: list[str] = field(default_factory=list)
    added_codes: list[str] = field(default_factory=list)  # paths, Parent/Child
    added_coders: list[str] = field(default_factory=list)  # names in the target
    renamed_coders: dict[str, str] = field(default_factory=dict)  # source name -> target name
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether the merge wrote anything into the target."""
        return bool(self.documents_added or self.codes_added or self.coders_added or self.codings_added
                    or self.memos_added or self.attributes_added)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "target": self.target,
            "changed": self.changed,
            "documents": {
                "added": self.documents_added,
                "matched_by_hash": self.documents_matched_by_hash,
                "matched_by_name": self.documents_matched_by_name,
                "added_names": list(self.added_documents),
            },
            "codes": {"added": self.codes_added, "matched": self.codes_matched, "added_paths": list(self.added_codes)},
            "coders": {
                "added": self.coders_added,
                "matched": self.coders_matched,
                "renamed": self.coders_renamed,
                "added_names": list(self.added_coders),
                "renames": dict(self.renamed_coders),
            },
            "codings": {
                "added": self.codings_added,
                "already_present": self.codings_already_present,
                "skipped": self.codings_skipped,
            },
            "memos": {"added": self.memos_added, "already_present": self.memos_already_present},
            "attributes": {"added": self.attributes_added},
            "warnings": list(self.warnings),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def summary(self) -> str:
        """What the merge did, in a few lines for people."""
        if self.changed:
            lines = [f"Merged {self.source} into {self.target}:"]
        else:
            lines = [f"Nothing new in {self.source}: all of it is already in {self.target}."]
        coders = f"{self.coders_added:,} added, {self.coders_matched:,} already there"
        if self.renamed_coders:
            coders += " (renamed: " + ", ".join(f"{old!r} → {new!r}" for old, new in self.renamed_coders.items()) + ")"
        rows = [
            ("documents", f"{self.documents_added:,} added, {self.documents_matched_by_hash:,} matched by text, "
                          f"{self.documents_matched_by_name:,} matched by name only"),
            ("codes", f"{self.codes_added:,} added, {self.codes_matched:,} already there"),
            ("coders", coders),
            ("codings", f"{self.codings_added:,} added, {self.codings_already_present:,} already there, "
                        f"{self.codings_skipped:,} skipped"),
            ("memos", f"{self.memos_added:,} added, {self.memos_already_present:,} already there"),
            ("attributes", f"{self.attributes_added:,} added"),
        ]
        lines += [f"  {label:<11}{value}" for label, value in rows]
        lines += [f"  warning: {warning}" for warning in self.warnings]
        return "\n".join(lines)


# -- the source, read once --------------------------------------------------------
@dataclass(frozen=True)
class _Coder:
    id: int
    name: str
    color: str
    created_at: str


@dataclass(frozen=True)
class _Document:
    id: int
    name: str
    source_name: str
    source_format: str
    imported_at: str
    length: int
    sha256: str
    import_notes: str


@dataclass(frozen=True)
class _Code:
    id: int
    parent_id: int | None
    path: tuple[str, ...]
    color: str
    texts: dict
    created_at: str


@dataclass(frozen=True)
class _Coding:
    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    memo: str
    created_at: str


@dataclass(frozen=True)
class _Memo:
    document_id: int | None
    code_id: int | None
    coder_id: int | None
    title: str
    text: str
    created_at: str
    updated_at: str


@dataclass
class _Source:
    path: Path
    title: str
    created_at: str
    coders: list[_Coder]
    documents: list[_Document]
    codes: list[_Code]  # parents before children
    codings: list[_Coding]
    memos: list[_Memo]
    attributes: dict[int, dict[str, str]]
    turns: dict[int, list[TurnRecord]]
    texts: dict[int, str] = field(default_factory=dict)  # only of the documents to add


@dataclass(frozen=True)
class _DocumentMatch:
    target_id: int | None  # None: to be added
    how: str  # "hash", "name" or "add"


# -- public API -------------------------------------------------------------------
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
    with _source_connection(source_path) as conn:
        try:
            source = _read_source(conn, source_path)
            matches = _match_documents(db, source)
            source.texts = _read_texts(conn, [d.id for d in source.documents if matches[d.id].how == "add"])
        except sqlite3.Error as error:
            raise ProjectFileError(f"{source_path}: cannot read the project ({error})") from error
    report = MergeReport(source=str(source_path), target=str(target.path) if target.path else target.title)
    renames = _checked_renames(source, rename_coders or {})
    code_ids = _match_codes(db, source)  # source code id -> target id; missing: not yet created
    coder_plan = _plan_coders(db, source, renames, matches, code_ids)
    with target.command(f"Merge {source_path.name}"):
        coder_ids = _merge_coders(db, source, coder_plan, report)
        _merge_codes(db, source, code_ids, report)
        document_ids = _merge_documents(db, source, matches, report)
        _merge_codings(db, source, matches, document_ids, code_ids, coder_ids, report)
        _merge_memos(db, source, document_ids, code_ids, coder_ids, report)
        if report.changed:
            _record_provenance(db, source, coder_plan, report)
    return report


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


def source_coder_names(source_path: str | Path) -> list[str]:
    """The coders of a project file, read without changing it."""
    source_path = Path(source_path)
    with _source_connection(source_path) as conn:
        try:
            return [row[0] for row in conn.execute("SELECT name FROM coders ORDER BY id")]
        except sqlite3.Error as error:
            raise ProjectFileError(f"{source_path}: cannot read the project ({error})") from error


# -- reading the source -----------------------------------------------------------
def _refuse_merging_into_itself(target: Project, source_path: Path) -> None:
    if target.path is None:
        return
    try:
        same = os.path.samefile(target.path, source_path)
    except OSError:
        return  # a missing source is reported when it is opened
    if same:
        raise InvalidValue(f"{source_path}: is the target project itself; merge another coder's copy into it")


@contextmanager
def _source_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a project file that leaves the file (and its folder) untouched.

    An older project is read from an upgraded temporary copy, never upgraded in place.
    """
    version = inspect(path)  # ProjectFileError naming the file for anything but an Accord project
    conn = _read_only(path)
    if version == schema.SCHEMA_VERSION:
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="accord-merge-") as folder:
        copy = Path(folder) / f"{path.stem}.accord"
        try:
            try:
                copy_conn = sqlite3.connect(str(copy))
                try:
                    conn.backup(copy_conn)
                finally:
                    copy_conn.close()
            finally:
                conn.close()
        except sqlite3.Error as error:
            raise ProjectFileError(f"{path}: cannot read the project ({error})") from error
        Project.open(copy, backup_dir=Path(folder)).close()  # upgrades the copy
        upgraded = _read_only(copy)
        try:
            yield upgraded
        finally:
            upgraded.close()


def _read_only(path: Path) -> sqlite3.Connection:
    # As in project.inspect: without a -wal file no one has the project open, and
    # reading it as immutable creates no -wal and -shm files next to it.
    query = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    except sqlite3.Error as error:
        raise ProjectFileError(f"{path}: cannot open the project ({error})") from error


def _read_source(conn: sqlite3.Connection, path: Path) -> _Source:
    meta = dict(conn.execute("SELECT key, value FROM project").fetchall())
    coders = [_Coder(*row) for row in conn.execute("SELECT id, name, color, created_at FROM coders ORDER BY id")]
    documents = [
        _Document(*row)
        for row in conn.execute(
            "SELECT id, name, source_name, source_format, imported_at, length, sha256, import_notes "
            "FROM documents ORDER BY position, id"
        )
    ]
    rows = conn.execute(
        f"SELECT id, parent_id, name, color, created_at, {', '.join(TEXT_FIELDS)} FROM codes ORDER BY position, id"
    ).fetchall()
    children: dict[int | None, list[tuple]] = {}
    for row in rows:
        children.setdefault(row[1], []).append(row)
    codes: list[_Code] = []

    def walk(parent_id: int | None, above: tuple[str, ...]) -> None:
        for row in children.get(parent_id, []):
            code_path = above + (row[2],)
            codes.append(_Code(row[0], row[1], code_path, row[3], dict(zip(TEXT_FIELDS, row[5:])), row[4]))
            walk(row[0], code_path)

    walk(None, ())
    codings = [
        _Coding(*row)
        for row in conn.execute(
            'SELECT document_id, code_id, coder_id, start, "end", memo, created_at FROM codings '
            'ORDER BY document_id, code_id, coder_id, start, "end", id'
        )
    ]
    memos = [
        _Memo(*row)
        for row in conn.execute(
            "SELECT document_id, code_id, coder_id, title, text, created_at, updated_at FROM memos ORDER BY id"
        )
    ]
    attributes: dict[int, dict[str, str]] = {}
    for document_id, key, value in conn.execute("SELECT document_id, key, value FROM attributes ORDER BY key"):
        attributes.setdefault(document_id, {})[key] = value
    turns: dict[int, list[TurnRecord]] = {}
    for document_id, *turn in conn.execute(
        'SELECT document_id, start, "end", label_end, speaker FROM turns ORDER BY document_id, start, id'
    ):
        turns.setdefault(document_id, []).append(TurnRecord(*turn))
    return _Source(path, meta.get("title", ""), meta.get("created_at", ""), coders, documents, codes, codings,
                   memos, attributes, turns)


def _read_texts(conn: sqlite3.Connection, document_ids: list[int]) -> dict[int, str]:
    return {
        document_id: conn.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        for document_id in document_ids
    }


# -- matching -------------------------------------------------------------------------
def _match_documents(db: Database, source: _Source) -> dict[int, _DocumentMatch]:
    """Source document id -> its match: by text (sha256) first, then by name, else to add."""
    by_hash: dict[str, list[tuple[int, str]]] = {}
    by_name: dict[str, int] = {}
    for document_id, name, sha256 in db.execute("SELECT id, name, sha256 FROM documents ORDER BY position, id"):
        by_hash.setdefault(sha256, []).append((document_id, name))
        by_name[name] = document_id
    matches: dict[int, _DocumentMatch] = {}
    claimed: set[int] = set()
    for document in source.documents:
        candidates = by_hash.get(document.sha256, [])
        if not candidates:
            continue
        same_name = [i for i, name in candidates if name == document.name]
        free = [i for i, _ in candidates if i not in claimed]
        chosen = (same_name or free or [candidates[0][0]])[0]
        claimed.add(chosen)
        matches[document.id] = _DocumentMatch(chosen, "hash")
    for document in source.documents:
        if document.id in matches:
            continue
        named = by_name.get(document.name)
        if named is not None and named not in claimed:
            matches[document.id] = _DocumentMatch(named, "name")
        else:
            matches[document.id] = _DocumentMatch(None, "add")
    return matches


def _match_codes(db: Database, source: _Source) -> dict[int, int]:
    """Source code id -> target code id, for the codes whose path exists in the target."""
    rows = db.execute("SELECT id, parent_id, name FROM codes").fetchall()
    by_id = {row[0]: row for row in rows}
    paths: dict[tuple[str, ...], int] = {}
    for code_id in by_id:
        names, current = [], by_id[code_id]
        while True:
            names.append(current[2])
            if current[1] is None:
                break
            current = by_id[current[1]]
        paths[tuple(reversed(names))] = code_id
    return {code.id: paths[code.path] for code in source.codes if code.path in paths}


def _checked_renames(source: _Source, renames: Mapping[str, str]) -> dict[str, str]:
    names = [c.name for c in source.coders]
    checked: dict[str, str] = {}
    for old, new in renames.items():
        if old not in names:
            known = ", ".join(repr(n) for n in names) or "none"
            raise InvalidValue(f"{source.path}: has no coder named {old!r} to rename (its coders: {known})")
        new = new.strip()
        if not new:
            raise InvalidValue(f"the new name for coder {old!r} is blank")
        checked[old] = new
    wanted: dict[str, str] = {}
    for name in names:
        final = checked.get(name, name)
        if final in wanted:
            raise InvalidValue(
                f"{source.path}: coders {wanted[final]!r} and {name!r} would both be named {final!r} in the target; "
                "give them different names")
        wanted[final] = name
    return checked


@dataclass(frozen=True)
class _CoderPlan:
    source: _Coder
    name: str  # its name in the target
    target_id: int | None  # None: to be added


def _plan_coders(db: Database, source: _Source, renames: dict[str, str],
                 matches: dict[int, _DocumentMatch], code_ids: dict[int, int]) -> list[_CoderPlan]:
    """Decide, before anything is written, which source coders are target coders; raise CoderClash otherwise."""
    existing = {name: (coder_id, created_at)
                for coder_id, name, created_at in db.execute("SELECT id, name, created_at FROM coders")}
    plans, clashes = [], []
    for coder in source.coders:
        name = renames.get(coder.name, coder.name)
        if name not in existing:
            plans.append(_CoderPlan(coder, name, None))
            continue
        target_id, target_created_at = existing[name]
        incoming = _translated_codings(source, coder.id, matches, code_ids)
        present = _codings_by_place(db, target_id)
        adds_nothing = all(place is not None and _covered(present.get(place, []), start, end, memo)
                           for place, start, end, memo in incoming)
        same_row = target_created_at == coder.created_at
        if adds_nothing or (same_row and _all_still_in_source(present, incoming)):
            plans.append(_CoderPlan(coder, name, target_id))
        else:
            clashes.append(Clash(coder.name, name, _free_coder_name(db, source, coder.name),
                                 _previous_name(db, source, coder.name, name)))
    if clashes:
        raise CoderClash(_clash_message(source.path, clashes), source.path, clashes)
    return plans


Place = tuple[int, int]  # (target document id, target code id)


def _translated_codings(source: _Source, coder_id: int, matches: dict[int, _DocumentMatch],
                        code_ids: dict[int, int]) -> list[tuple[Place | None, int, int, str]]:
    """A source coder's transferable codings, placed in the target (None: on a document or code still to add)."""
    result = []
    for coding in source.codings:
        if coding.coder_id != coder_id:
            continue
        match = matches[coding.document_id]
        if match.how == "name":
            continue  # skipped anyway
        code_id = code_ids.get(coding.code_id)
        place = (match.target_id, code_id) if match.target_id is not None and code_id is not None else None
        result.append((place, coding.start, coding.end, coding.memo))
    return result


def _codings_by_place(db: Database, coder_id: int) -> dict[Place, list[tuple[int, int, str]]]:
    grouped: dict[Place, list[tuple[int, int, str]]] = {}
    for document_id, code_id, start, end, memo in db.execute(
        'SELECT document_id, code_id, start, "end", memo FROM codings WHERE coder_id = ?', [coder_id]
    ):
        grouped.setdefault((document_id, code_id), []).append((start, end, memo))
    return grouped


def _covered(spans: list[tuple[int, int, str]], start: int, end: int, memo: str) -> bool:
    """Whether one of the spans covers [start, end) and already has the memo (adding it would change nothing)."""
    return any(s <= start and end <= e and _memo_included(memo, m) for s, e, m in spans)


def _memo_included(memo: str, existing: str) -> bool:
    """Whether joining `memo` into `existing` changes nothing (memos are joined line by line)."""
    return not memo or memo == existing or f"\n{memo}\n" in f"\n{existing}\n"


def _all_still_in_source(present: dict[Place, list[tuple[int, int, str]]],
                         incoming: list[tuple[Place | None, int, int, str]]) -> bool:
    """Whether each of the target coder's codings lies within one of the source coder's."""
    spans: dict[Place, list[tuple[int, int]]] = {}
    for place, start, end, _memo in incoming:
        if place is not None:
            spans.setdefault(place, []).append((start, end))
    return all(
        any(s <= start and end <= e for s, e in spans.get(place, []))
        for place, codings in present.items() for start, end, _memo in codings
    )


def _free_coder_name(db: Database, source: _Source, name: str) -> str:
    taken = {row[0] for row in db.execute("SELECT name FROM coders")} | {c.name for c in source.coders}
    wanted = f"{name} ({source.path.stem})"
    candidate, counter = wanted, 2
    while candidate in taken:
        candidate = f"{wanted[:-1]} {counter})"
        counter += 1
    return candidate


def _previous_name(db: Database, source: _Source, source_name: str, name: str) -> str | None:
    for record in reversed(merge_history(db)):
        about, coders = record.get("source"), record.get("coders")
        if not isinstance(about, dict) or not isinstance(coders, dict):
            continue
        if about.get("title") == source.title and about.get("created_at") == source.created_at:
            previous = coders.get(source_name)
            if isinstance(previous, str) and previous != name:
                return previous
    return None


def describe_clashes(path: Path, clashes: list[Clash]) -> str:
    """Which coders of the source clash with which of the target, in one sentence."""
    parts = []
    for clash in clashes:
        if clash.target_name == clash.source_name:
            part = f"coder {clash.source_name!r} of {path} is also in the target, with other codings"
        else:
            part = (f"coder {clash.source_name!r} of {path} would be renamed {clash.target_name!r}, "
                    "but the target already has a coder of that name, with other codings")
        if clash.previous:
            part += f" (an earlier merge of this project named it {clash.previous!r})"
        parts.append(part)
    return "; ".join(parts)


def _clash_message(path: Path, clashes: list[Clash]) -> str:
    renames = ", ".join(f"{c.source_name!r} to {(c.previous or c.suggestion)!r}" for c in clashes)
    return (describe_clashes(path, clashes) + ". Coders are never merged by name alone: rename the source's "
            f"coder as it comes in (for example {renames}) and merge again")


# -- writing into the target ------------------------------------------------------
def _merge_coders(db: Database, source: _Source, plans: list[_CoderPlan], report: MergeReport) -> dict[int, int]:
    coder_ids = {}
    for plan in plans:
        if plan.name != plan.source.name:
            report.coders_renamed += 1
            report.renamed_coders[plan.source.name] = plan.name
        if plan.target_id is not None:
            coder_ids[plan.source.id] = plan.target_id
            report.coders_matched += 1
            continue
        coder = add_coder(db, plan.name, plan.source.color)
        # The same created_at marks the row as the same coder in later merges of this source.
        db.execute("UPDATE coders SET created_at = ? WHERE id = ?", [plan.source.created_at, coder.id])
        coder_ids[plan.source.id] = coder.id
        report.coders_added += 1
        report.added_coders.append(plan.name)
    return coder_ids


def _merge_codes(db: Database, source: _Source, code_ids: dict[int, int], report: MergeReport) -> None:
    for code in source.codes:  # parents come first
        if code.id in code_ids:
            report.codes_matched += 1
            continue
        parent = code_ids[code.parent_id] if code.parent_id is not None else None
        color = code.color if _COLOUR.fullmatch(code.color or "") else None
        created = create_code(db, code.path[-1], parent=parent, color=color, **code.texts)
        db.execute("UPDATE codes SET created_at = ? WHERE id = ?", [code.created_at, created.id])
        code_ids[code.id] = created.id
        report.codes_added += 1
        report.added_codes.append(PATH_SEPARATOR.join(code.path))


def _merge_documents(db: Database, source: _Source, matches: dict[int, _DocumentMatch],
                     report: MergeReport) -> dict[int, int]:
    """Add the unmatched documents and the attributes the target lacks; source id -> target id."""
    skipped = _count_by_document(source)
    document_ids = {}
    for document in source.documents:
        match = matches[document.id]
        if match.how == "add":
            name = free_document_name(db, document.name)
            try:
                notes = json.loads(document.import_notes or "{}")
            except ValueError:
                notes = {}
            added = add_document(db, name, source.texts[document.id], source_name=document.source_name,
                                 source_format=document.source_format, notes=notes if isinstance(notes, dict) else {},
                                 turns=source.turns.get(document.id, []))
            db.execute("UPDATE documents SET imported_at = ? WHERE id = ?", [document.imported_at, added.id])
            document_ids[document.id] = added.id
            report.documents_added += 1
            report.added_documents.append(name)
            if name != document.name:
                report.warnings.append(
                    f"document {document.name!r} was added as {name!r}: the target's {document.name!r} "
                    "has the text of another document")
        else:
            document_ids[document.id] = match.target_id
            if match.how == "hash":
                report.documents_matched_by_hash += 1
            else:
                report.documents_matched_by_name += 1
                count = skipped.get(document.id, 0)
                report.warnings.append(
                    f"document {document.name!r} matched by name but its text differs — its codings were not "
                    f"merged ({count} skipped)")
        _merge_attributes(db, document, document_ids[document.id], source.attributes.get(document.id, {}), report)
    return document_ids


def _count_by_document(source: _Source) -> dict[int, int]:
    counts: dict[int, int] = {}
    for coding in source.codings:
        counts[coding.document_id] = counts.get(coding.document_id, 0) + 1
    return counts


def _merge_attributes(db: Database, document: _Document, target_id: int, attributes: dict[str, str],
                      report: MergeReport) -> None:
    present = dict(db.execute("SELECT key, value FROM attributes WHERE document_id = ?", [target_id]).fetchall())
    for key, value in attributes.items():
        if key not in present:
            db.execute("INSERT INTO attributes(document_id, key, value) VALUES (?, ?, ?)", [target_id, key, value])
            report.attributes_added += 1
        elif present[key] != value:
            report.warnings.append(
                f"document {document.name!r}: attribute {key!r} is {present[key]!r} in the target and {value!r} "
                "in the source; kept the target's")


def _merge_codings(db: Database, source: _Source, matches: dict[int, _DocumentMatch], document_ids: dict[int, int],
                   code_ids: dict[int, int], coder_ids: dict[int, int], report: MergeReport) -> None:
    for coding in source.codings:
        if matches[coding.document_id].how == "name":
            report.codings_skipped += 1
            continue
        document_id = document_ids[coding.document_id]
        code_id, coder_id = code_ids[coding.code_id], coder_ids[coding.coder_id]
        around = [
            tuple(row) for row in db.execute(
                'SELECT start, "end", memo FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? '
                'AND start <= ? AND "end" >= ?',
                [document_id, code_id, coder_id, coding.end, coding.start],
            )
        ]
        if _covered(around, coding.start, coding.end, coding.memo):
            report.codings_already_present += 1
            continue
        report.codings_added += 1
        if coding.start < coding.end and any(s < coding.end and e > coding.start for s, e, _ in around):
            # Overlaps a coding of the same coder and code: joined with it, as when coding by hand.
            apply_code(db, document_id, code_id, coder_id, coding.start, coding.end, coding.memo)
        else:  # a coding of its own, with the date it was first made
            check_span(coding.start, coding.end, document_length(db, document_id), allow_empty=True)
            db.execute(
                'INSERT INTO codings(document_id, code_id, coder_id, start, "end", memo, created_at) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [document_id, code_id, coder_id, coding.start, coding.end, coding.memo, coding.created_at or now()],
            )


def _merge_memos(db: Database, source: _Source, document_ids: dict[int, int], code_ids: dict[int, int],
                 coder_ids: dict[int, int], report: MergeReport) -> None:
    for memo in source.memos:
        document_id = document_ids[memo.document_id] if memo.document_id is not None else None
        code_id = code_ids[memo.code_id] if memo.code_id is not None else None
        if db.execute(
            "SELECT 1 FROM memos WHERE document_id IS ? AND code_id IS ? AND title = ? AND text = ?",
            [document_id, code_id, memo.title, memo.text],
        ).fetchone():
            report.memos_already_present += 1
            continue
        coder_id = coder_ids.get(memo.coder_id) if memo.coder_id is not None else None
        db.execute(
            "INSERT INTO memos(document_id, code_id, coder_id, title, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [document_id, code_id, coder_id, memo.title, memo.text, memo.created_at, memo.updated_at],
        )
        report.memos_added += 1


def _record_provenance(db: Database, source: _Source, plans: list[_CoderPlan], report: MergeReport) -> None:
    records = merge_history(db)
    records.append({
        "source": {"file": source.path.name, "title": source.title, "created_at": source.created_at},
        "merged_at": now(),
        "coders": {plan.source.name: plan.name for plan in plans},
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

