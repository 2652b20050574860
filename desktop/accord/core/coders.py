"""Coders: the people (or passes) whose codings are kept apart and compared."""

from dataclasses import dataclass

from sqlite_utils import Database

from .command_guard import changes_project
from .clock import now
from .errors import InvalidValue
from .lookup import resolve_id


@dataclass(frozen=True)
class Coder:
    id: int
    name: str
    color: str


@changes_project
def add_coder(db: Database, name: str, color: str = "") -> Coder:
    name = name.strip()
    if not name:
        raise InvalidValue("a coder needs a name")
    if db.execute("SELECT 1 FROM coders WHERE name = ?", [name]).fetchone():
        raise InvalidValue(f"a coder named {name!r} already exists")
    cursor = db.execute(
        "INSERT INTO coders(name, color, created_at) VALUES (?, ?, ?)", [name, color, now()]
    )
    return Coder(cursor.lastrowid, name, color)


@changes_project
def ensure_coder(db: Database, name: str) -> Coder:
    """The coder with this name, added if there is none yet."""
    row = db.execute("SELECT id, name, color FROM coders WHERE name = ?", [name.strip()]).fetchone()
    return Coder(*row) if row else add_coder(db, name)


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


def list_coders(db: Database) -> list[Coder]:
    return [Coder(*row) for row in db.execute("SELECT id, name, color FROM coders ORDER BY id")]


def get_coder(db: Database, coder: str | int) -> Coder:
    coder_id = resolve_coder(db, coder)
    return Coder(*db.execute("SELECT id, name, color FROM coders WHERE id = ?", [coder_id]).fetchone())


def resolve_coder(db: Database, coder: str | int) -> int:
    return resolve_id(db, "coders", coder, "coder")
