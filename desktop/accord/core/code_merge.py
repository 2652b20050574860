"""Folding one code into another, where the codebook and the codings meet.

Merging codes moves a code's codings, sub-codes and memos to another code and
then deletes it; codings that now overlap (same document, coder and code)
become one, which is the codings' own rule. It needs both `codebook` and
`codings`, and `codings` needs `codebook`, so it has a module of its own above
the two rather than a lazy import inside the codebook.
"""

from sqlite_utils import Database

from .codebook import delete_code, descendant_ids, move_code, resolve_code
from .codings import merge_overlaps_of
from .command_guard import changes_project
from .errors import InvalidValue


@changes_project
def merge_codes(db: Database, source: str | int, target: str | int) -> int:
    """Fold `source` into `target`: its codings, sub-codes and memos move, then it is deleted.

    Sub-codes whose name the target already has are merged into those, in turn.
    Returns the number of codings moved.
    """
    source_id, target_id = resolve_code(db, source), resolve_code(db, target)
    if source_id == target_id:
        raise InvalidValue("a code cannot be merged into itself")
    if target_id in descendant_ids(db, source_id):
        raise InvalidValue("a code cannot be merged into one of its own sub-codes")
    for child_id, child_name in db.execute(
        "SELECT id, name FROM codes WHERE parent_id = ? ORDER BY position", [source_id]
    ).fetchall():
        clash = db.execute(
            "SELECT id FROM codes WHERE parent_id = ? AND name = ?", [target_id, child_name]
        ).fetchone()
        if clash:
            merge_codes(db, child_id, clash[0])
        else:
            move_code(db, child_id, target_id)
    moved = db.execute("UPDATE codings SET code_id = ? WHERE code_id = ?", [target_id, source_id]).rowcount
    db.execute("UPDATE memos SET code_id = ? WHERE code_id = ?", [target_id, source_id])
    delete_code(db, source_id)  # empty now: nothing of it goes but the code itself
    merge_overlaps_of(db, code_id=target_id)
    return moved
