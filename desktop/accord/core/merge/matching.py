"""Matching the source's documents and codes to the target's: a document by the sha256 of its text,
then by its name, else it is to be added (`DocumentMatch`); a code by its path in the tree. Also
whether a target coding already covers a source coding (`covered`), which both the coder plan and
the writing of codings ask.
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


def match_codes(db: Database, source: Source) -> dict[int, int]:
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


def covered(spans: list[tuple[int, int, str]], start: int, end: int, memo: str) -> bool:
    """Whether one of the spans covers [start, end) and already has the memo (adding it would change nothing)."""
    return any(s <= start and end <= e and _memo_included(memo, m) for s, e, m in spans)


def _memo_included(memo: str, existing: str) -> bool:
    """Whether joining `memo` into `existing` changes nothing (memos are joined line by line)."""
    return not memo or memo == existing or f"\n{memo}\n" in f"\n{existing}\n"
