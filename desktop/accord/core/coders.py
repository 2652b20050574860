"""Coders: the people (or passes) whose codings are kept apart and compared.

A coder has a role. A `coder` codes independently; a `consensus` holds what
adjudication decided, or a reference (gold standard) brought in from elsewhere.
Wherever a default means "all coders" (agreement, disagreements, reports,
exports, the methods paragraph) it means the coders of role `coder`: a
consensus is compared only when it is named.
"""

import re
from dataclasses import dataclass

from sqlite_utils import Database

from .clock import now
from .command_guard import changes_project
from .errors import InvalidValue
from .lookup import resolve_id

CODER, CONSENSUS_ROLE = "coder", "consensus"
ROLES = (CODER, CONSENSUS_ROLE)
_COLUMNS = "id, name, color, role"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Coder:
    id: int
    name: str
    color: str
    role: str = CODER


@changes_project
def add_coder(db: Database, name: str, color: str = "", role: str = CODER) -> Coder:
    name = name.strip()
    if not name:
        raise InvalidValue("a coder needs a name")
    _check_role(role)
    if db.execute("SELECT 1 FROM coders WHERE name = ?", [name]).fetchone():
        raise InvalidValue(f"a coder named {name!r} already exists")
    cursor = db.execute(
        "INSERT INTO coders(name, color, role, created_at) VALUES (?, ?, ?, ?)", [name, color, role, now()]
    )
    return Coder(cursor.lastrowid, name, color, role)


@changes_project
def ensure_coder(db: Database, name: str, role: str = CODER) -> Coder:
    """The coder with this name, added with `role` if there is none yet."""
    row = db.execute(f"SELECT {_COLUMNS} FROM coders WHERE name = ?", [name.strip()]).fetchone()
    return Coder(*row) if row else add_coder(db, name, role=role)


@changes_project
def rename_coder(db: Database, coder: str | int, new_name: str) -> None:
    coder_id = resolve_coder(db, coder)
    new_name = new_name.strip()
    if not new_name:
        raise InvalidValue("a coder needs a name")
    clash = db.execute("SELECT id FROM coders WHERE name = ?", [new_name]).fetchone()
    if clash and clash[0] != coder_id:
        raise InvalidValue(f"a coder named {new_name!r} already exists")
    db.execute("UPDATE coders SET name = ? WHERE id = ?", [new_name, coder_id])


@changes_project
def set_coder_role(db: Database, coder: str | int, role: str) -> Coder:
    coder_id = resolve_coder(db, coder)
    _check_role(role)
    db.execute("UPDATE coders SET role = ? WHERE id = ?", [role, coder_id])
    return get_coder(db, coder_id)


@changes_project
def set_coder_color(db: Database, coder: str | int, color: str) -> Coder:
    """Give a coder the colour `color` ("#rrggbb", stored in lower case) that views and reports draw them in."""
    coder_id = resolve_coder(db, coder)
    color = color.strip()
    if not _COLOUR.fullmatch(color):
        raise InvalidValue(f"colour {color!r} is not of the form #rrggbb")
    db.execute("UPDATE coders SET color = ? WHERE id = ?", [color.lower(), coder_id])
    return get_coder(db, coder_id)


@changes_project
def delete_coder(db: Database, coder: str | int, *, with_codings: bool = False) -> int:
    """Delete a coder; returns how many of their codings went with them.

    A coder with codings is kept unless `with_codings`: their work is not lost by a slip.
    Their memos stay (without an author), and so do the adjudications of their
    disagreements; a consensus takes the decisions recorded into it along.
    """
    found = get_coder(db, coder)
    codings = db.execute("SELECT count(*) FROM codings WHERE coder_id = ?", [found.id]).fetchone()[0]
    if codings and not with_codings:
        raise InvalidValue(f"coder {found.name!r} has {codings} coding{'s' if codings != 1 else ''}; "
                           "delete them too (--with-codings), or keep the coder")
    db.execute("DELETE FROM coders WHERE id = ?", [found.id])
    return codings


def list_coders(db: Database, role: str | None = None) -> list[Coder]:
    """Every coder, or those of one role, in the order they were added."""
    if role is None:
        return [Coder(*row) for row in db.execute(f"SELECT {_COLUMNS} FROM coders ORDER BY id")]
    return [Coder(*row) for row in db.execute(f"SELECT {_COLUMNS} FROM coders WHERE role = ? ORDER BY id", [role])]


def coding_counts_by_coder(db: Database) -> dict[int, int]:
    """{coder id: number of codings}, for coders with any."""
    return dict(db.execute("SELECT coder_id, count(*) FROM codings GROUP BY coder_id").fetchall())


def coders_with_codings(db: Database) -> list[Coder]:
    """The coders (of either role) who have coded anything, in the order they were added."""
    return [Coder(*row) for row in db.execute(
        f"SELECT {_COLUMNS} FROM coders WHERE id IN (SELECT DISTINCT coder_id FROM codings) ORDER BY id")]


def get_coder(db: Database, coder: str | int) -> Coder:
    coder_id = resolve_coder(db, coder)
    return Coder(*db.execute(f"SELECT {_COLUMNS} FROM coders WHERE id = ?", [coder_id]).fetchone())


def resolve_coder(db: Database, coder: str | int) -> int:
    return resolve_id(db, "coders", coder, "coder")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidValue(f"unknown coder role {role!r} (choose {' or '.join(ROLES)})")
