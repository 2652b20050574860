"""The codebook: a tree of codes with colours and definitions."""

import re
import uuid
from dataclasses import dataclass

from sqlite_utils import Database

from .command_guard import changes_project
from .clock import now
from .errors import InvalidValue, NotFound
from .lookup import digits_as_row_id, is_row_id
from .palette import PALETTE, next_colour  # noqa: F401 - PALETTE re-exported for older callers

TEXT_FIELDS = ("description", "definition", "inclusion", "exclusion", "example")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_COLUMNS = "id, parent_id, name, color, description, definition, inclusion, exclusion, example, position, guid"
PATH_SEPARATOR = "/"


@dataclass(frozen=True)
class Code:
    id: int
    parent_id: int | None
    name: str
    color: str
    description: str = ""
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""
    position: int = 0
    guid: str = ""  # its identity across copies of the project: merge and REFI match on it


def new_code_guid() -> str:
    return str(uuid.uuid4())


def code_with_guid(db: Database, guid: str | None) -> Code | None:
    """The code with this GUID (braces and case do not matter), or None."""
    try:
        wanted = str(uuid.UUID((guid or "").strip()))
    except ValueError:
        return None
    row = db.execute(f"SELECT {_COLUMNS} FROM codes WHERE guid = ?", [wanted]).fetchone()
    return Code(*row) if row else None


def free_code_guid(db: Database, wanted: str | None) -> str:
    """`wanted` in canonical form if it is a UUID no code here has yet; else a new GUID."""
    try:
        guid = str(uuid.UUID((wanted or "").strip()))
    except ValueError:
        return new_code_guid()
    taken = db.execute("SELECT 1 FROM codes WHERE guid = ?", [guid]).fetchone()
    return new_code_guid() if taken else guid


@changes_project
def create_code(db: Database, name: str, *, parent: str | int | None = None, color: str | None = None,
                position: int | None = None, guid: str | None = None, **texts: str) -> Code:
    """Add a code under `parent` (or at the top), last among its siblings unless `position` is given.

    `guid` keeps a code's identity when it comes from elsewhere (a merge, a REFI file); it must be free.
    """
    name = _valid_name(name)
    parent_id = resolve_code(db, parent) if parent is not None else None
    _check_free_name(db, parent_id, name)
    color = _valid_colour(color) if color else _next_colour(db)
    unknown = set(texts) - set(TEXT_FIELDS)
    if unknown:
        raise InvalidValue(f"unknown code field(s): {', '.join(sorted(unknown))}")
    last = db.execute(
        "SELECT ifnull(max(position) + 1, 0) FROM codes WHERE parent_id IS ?", [parent_id]
    ).fetchone()[0]
    cursor = db.execute(
        f"INSERT INTO codes(parent_id, name, color, position, created_at, guid, {', '.join(TEXT_FIELDS)}) "
        f"VALUES (?, ?, ?, ?, ?, ?, {', '.join('?' for _ in TEXT_FIELDS)})",
        [parent_id, name, color, last, now(), guid or new_code_guid(), *(texts.get(f, "") for f in TEXT_FIELDS)],
    )
    code_id = cursor.lastrowid
    if position is not None:
        _place_among_siblings(db, code_id, parent_id, position)
    return get_code(db, code_id)


@changes_project
def rename_code(db: Database, code: str | int, new_name: str) -> None:
    code_id = resolve_code(db, code)
    new_name = _valid_name(new_name)
    _check_free_name(db, get_code(db, code_id).parent_id, new_name, except_id=code_id)
    db.execute("UPDATE codes SET name = ? WHERE id = ?", [new_name, code_id])


@changes_project
def recolour_code(db: Database, code: str | int, color: str) -> None:
    db.execute("UPDATE codes SET color = ? WHERE id = ?", [_valid_colour(color), resolve_code(db, code)])


@changes_project
def update_code_texts(db: Database, code: str | int, **texts: str) -> None:
    """Set any of description, definition, inclusion, exclusion, example."""
    unknown = set(texts) - set(TEXT_FIELDS)
    if unknown:
        raise InvalidValue(f"unknown code field(s): {', '.join(sorted(unknown))}")
    code_id = resolve_code(db, code)
    for field_name, value in texts.items():
        db.execute(f"UPDATE codes SET {field_name} = ? WHERE id = ?", [value, code_id])


@changes_project
def move_code(db: Database, code: str | int, parent: str | int | None, position: int | None = None) -> None:
    """Put a code under another parent (None: top level) at `position` among its new siblings."""
    code_id = resolve_code(db, code)
    parent_id = resolve_code(db, parent) if parent is not None else None
    if parent_id is not None and parent_id in descendant_ids(db, code_id):
        raise InvalidValue("a code cannot be moved under itself or one of its sub-codes")
    current = get_code(db, code_id)
    if parent_id != current.parent_id:
        _check_free_name(db, parent_id, current.name, except_id=code_id)
        db.execute("UPDATE codes SET parent_id = ? WHERE id = ?", [parent_id, code_id])
        _renumber(db, current.parent_id)
    _place_among_siblings(db, code_id, parent_id, position)


@changes_project
def delete_code(db: Database, code: str | int) -> int:
    """Delete a code, its sub-codes and all their codings; returns how many codings went."""
    code_id = resolve_code(db, code)
    removed = count_codings(db, code_id, include_subcodes=True)
    parent_id = get_code(db, code_id).parent_id
    db.execute("DELETE FROM codes WHERE id = ?", [code_id])
    _renumber(db, parent_id)
    return removed


def count_codings(db: Database, code: str | int, *, include_subcodes: bool = False) -> int:
    ids = descendant_ids(db, resolve_code(db, code)) if include_subcodes else [resolve_code(db, code)]
    marks = ",".join("?" * len(ids))
    return db.execute(f"SELECT count(*) FROM codings WHERE code_id IN ({marks})", ids).fetchone()[0]


def get_code(db: Database, code: str | int) -> Code:
    code_id = resolve_code(db, code)
    return Code(*db.execute(f"SELECT {_COLUMNS} FROM codes WHERE id = ?", [code_id]).fetchone())


def code_tree(db: Database) -> list[tuple[Code, int]]:
    """Every code with its depth, depth-first in codebook order."""
    children: dict[int | None, list[Code]] = {}
    for row in db.execute(f"SELECT {_COLUMNS} FROM codes ORDER BY position, id"):
        code = Code(*row)
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[tuple[Code, int]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for code in children.get(parent_id, []):
            ordered.append((code, depth))
            walk(code.id, depth + 1)

    walk(None, 0)
    return ordered


def list_codes(db: Database) -> list[Code]:
    return [code for code, _ in code_tree(db)]


def code_path(db: Database, code: str | int) -> str:
    """'Parent/Child' from the top of the tree."""
    names = [
        row[0]
        for row in db.execute(
            """WITH RECURSIVE up(id, parent_id, name, depth) AS (
                   SELECT id, parent_id, name, 0 FROM codes WHERE id = ?
                   UNION ALL
                   SELECT c.id, c.parent_id, c.name, up.depth + 1 FROM codes c JOIN up ON c.id = up.parent_id)
               SELECT name FROM up ORDER BY depth DESC""",
            [resolve_code(db, code)],
        )
    ]
    return PATH_SEPARATOR.join(names)


def descendant_ids(db: Database, code_id: int) -> list[int]:
    """The code and all codes below it."""
    return [
        row[0]
        for row in db.execute(
            """WITH RECURSIVE down(id) AS (
                   SELECT ? UNION ALL SELECT c.id FROM codes c JOIN down ON c.parent_id = down.id)
               SELECT id FROM down""",
            [code_id],
        )
    ]


def resolve_code(db: Database, ref: str | int) -> int:
    """A code by id, by name (when unique in the codebook) or by path 'Parent/Child'."""
    if isinstance(ref, int):
        if is_row_id(ref) and db.execute("SELECT 1 FROM codes WHERE id = ?", [ref]).fetchone():
            return ref
        raise NotFound(f"no code with id {ref}")
    rows = db.execute("SELECT id FROM codes WHERE name = ?", [ref]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if PATH_SEPARATOR in ref or rows:
        found = _resolve_path(db, ref)
        if found is not None:
            return found
    if len(rows) > 1:
        raise NotFound(f"code name {ref!r} is used by {len(rows)} codes; give its path (Parent/{ref}) or id")
    number = digits_as_row_id(ref)
    if number is not None and db.execute("SELECT 1 FROM codes WHERE id = ?", [number]).fetchone():
        return number
    raise NotFound(f"no code named {ref!r}")


def _resolve_path(db: Database, path: str) -> int | None:
    parent_id = None
    for part in path.split(PATH_SEPARATOR):
        row = db.execute("SELECT id FROM codes WHERE parent_id IS ? AND name = ?", [parent_id, part]).fetchone()
        if row is None:
            return None
        parent_id = row[0]
    return parent_id


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidValue("a code needs a name")
    return name


def _valid_colour(color: str) -> str:
    if not _COLOUR.fullmatch(color):
        raise InvalidValue(f"colour {color!r} is not of the form #rrggbb")
    return color.lower()


def _next_colour(db: Database) -> str:
    """A colour no code has yet while the palette lasts (see palette.next_colour)."""
    return next_colour(row[0] for row in db.execute("SELECT DISTINCT lower(color) FROM codes"))


def _check_free_name(db: Database, parent_id: int | None, name: str, except_id: int | None = None) -> None:
    row = db.execute("SELECT id FROM codes WHERE parent_id IS ? AND name = ?", [parent_id, name]).fetchone()
    if row and row[0] != except_id:
        where = f"under {get_code(db, parent_id).name!r}" if parent_id else "at the top level"
        raise InvalidValue(f"a code named {name!r} already exists {where}")


def _place_among_siblings(db: Database, code_id: int, parent_id: int | None, position: int | None) -> None:
    siblings = [
        row[0]
        for row in db.execute(
            "SELECT id FROM codes WHERE parent_id IS ? AND id != ? ORDER BY position, id", [parent_id, code_id]
        )
    ]
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(index, code_id)
    _write_positions(db, siblings)


def _renumber(db: Database, parent_id: int | None) -> None:
    _write_positions(
        db, [r[0] for r in db.execute("SELECT id FROM codes WHERE parent_id IS ? ORDER BY position, id", [parent_id])]
    )


def _write_positions(db: Database, ordered_ids: list[int]) -> None:
    for index, sibling_id in enumerate(ordered_ids):
        db.execute("UPDATE codes SET position = ? WHERE id = ? AND position != ?", [index, sibling_id, index])

