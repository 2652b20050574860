"""Matching the source's documents and codes to the target's: a document by the sha256 of its text,
then by its name, else it is to be added (`DocumentMatch`); a code by its GUID, then by its path in the
tree (`CodeMatches`). Also whether a target coding already covers a source coding (`covered`), which
both the coder plan and the writing of codings ask.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from .source import Source


@dataclass(frozen=True)
class DocumentMatch:
    target_id: int | None  # None: to be added
    how: str  # "hash", "name" or "add"


def match_documents(db: Database, source: Source) -> dict[int, DocumentMatch]:
    """Source document id -> its match: by text (sha256) first, then by name, else to add."""
    by_hash: dict[str, list[tuple[int, str]]] = {}
    by_name: dict[str, int] = {}
    for document_id, name, sha256 in db.execute("SELECT id, name, sha256 FROM documents ORDER BY position, id"):
        by_hash.setdefault(sha256, []).append((document_id, name))
        by_name[name] = document_id
    matches: dict[int, DocumentMatch] = {}
    claimed: set[int] = set()
    for document in source.documents:
        candidates = by_hash.get(document.sha256, [])
        if not candidates:
            continue
        same_name = [i for i, name in candidates if name == document.name]
        free = [i for i, _ in candidates if i not in claimed]
        chosen = (same_name or free or [candidates[0][0]])[0]
        claimed.add(chosen)
        matches[document.id] = DocumentMatch(chosen, "hash")
    for document in source.documents:
        if document.id in matches:
            continue
        named = by_name.get(document.name)
        if named is not None and named not in claimed:
            matches[document.id] = DocumentMatch(named, "name")
        else:
            matches[document.id] = DocumentMatch(None, "add")
    return matches


@dataclass(frozen=True)
class CodeMatches:
    ids: dict[int, int]  # source code id -> target id, for the codes the target has
    names: dict[int, str]  # source code id -> the name it is added under, where its own is another code's


def match_codes(db: Database, source: Source) -> CodeMatches:
    """Codes match by GUID first (renamed or moved in a copy, a code is still the same code), then
    by name under their matched parent (codes made separately in two copies, each with its own GUID)."""
    by_guid = dict(db.execute("SELECT guid, id FROM codes WHERE guid IS NOT NULL").fetchall())
    ids = {code.id: by_guid[code.guid] for code in source.codes if code.guid in by_guid}
    claimed = set(ids.values())
    names: dict[int, str] = {}
    for code in source.codes:  # parents first
        if code.id in ids or (code.parent_id is not None and code.parent_id not in ids):
            continue  # matched by GUID, or under a code still to add
        parent = ids[code.parent_id] if code.parent_id is not None else None
        row = db.execute("SELECT id FROM codes WHERE parent_id IS ? AND name = ?", [parent, code.path[-1]]).fetchone()
        if row is None:
            continue
        if row[0] not in claimed:
            ids[code.id] = row[0]
            claimed.add(row[0])
        else:  # that code is another source code's (by GUID): two codes stay two, so this one needs a free name
            names[code.id] = _free_code_name(db, source, parent, code.path[-1], set(names.values()))
    return CodeMatches(ids, names)


def _free_code_name(db: Database, source: Source, parent_id: int | None, name: str, given: set[str]) -> str:
    taken = {row[0] for row in db.execute("SELECT name FROM codes WHERE parent_id IS ?", [parent_id])}
    taken |= {code.path[-1] for code in source.codes} | given
    return free_name(name, source, taken)


def free_name(name: str, source: Source, taken: set[str]) -> str:
    """`name (SOURCE)`, or `name (SOURCE 2)`, ... : the first not taken."""
    wanted = f"{name} ({source.path.stem})"
    candidate, counter = wanted, 2
    while candidate in taken:
        candidate = f"{wanted[:-1]} {counter})"
        counter += 1
    return candidate


def covered(spans: list[tuple[int, int, str]], start: int, end: int, memo: str) -> bool:
    """Whether one of the spans covers [start, end) and already has the memo (adding it would change nothing)."""
    return any(s <= start and end <= e and _memo_included(memo, m) for s, e, m in spans)


def _memo_included(memo: str, existing: str) -> bool:
    """Whether joining `memo` into `existing` changes nothing (memos are joined line by line)."""
    return not memo or memo == existing or f"\n{memo}\n" in f"\n{existing}\n"
