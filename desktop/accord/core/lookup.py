"""Finding a row by the name or id a user typed."""

from sqlite_utils import Database

from .errors import NotFound


def resolve_id(db: Database, table: str, ref: str | int, what: str, column: str = "name") -> int:
    """The id of the row whose `column` equals ref, or whose id is ref.

    A name wins over an id, so a code literally named "3" is still found by name.
    """
    if isinstance(ref, int):
        if is_row_id(ref) and db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [ref]).fetchone():
            return ref
        raise NotFound(f"no {what} with id {ref}")
    rows = db.execute(f"SELECT id FROM {table} WHERE {column} = ?", [ref]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        raise NotFound(f"{what} name {ref!r} is ambiguous ({len(rows)} match); use its id")
    number = digits_as_row_id(ref)
    if number is not None and db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [number]).fetchone():
        return number
    raise NotFound(f"no {what} named {ref!r}")


def is_row_id(number: int) -> bool:
    """Whether SQLite can hold the number as a rowid (larger ones overflow the driver)."""
    return -(2**63) <= number < 2**63


def digits_as_row_id(text: str) -> int | None:
    """The number a string of ASCII digits stands for, if it can be a rowid; else None."""
    if text.isascii() and text.isdigit() and len(text) <= 19 and is_row_id(int(text)):
        return int(text)
    return None
