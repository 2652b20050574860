"""Document attributes (cases): key–value facts such as a participant's age or site.

Each attribute (key) has a type: text (the default), number or date. Values
are stored as text in `attributes`, normalised for their type (a number as
`42` or `3.5`, a date as `YYYY-MM-DD`), so sorting, exporting and reading them
back needs no guessing. A key's type is a row `attribute-type:<key>` in the
`project` table (no schema change; undone with everything else), so a key may
also exist with no values yet: an empty column in the attributes table.
"""

import math
from datetime import date

from sqlite_utils import Database

from .command_guard import changes_project
from .documents import get_document, resolve_document
from .errors import InvalidValue, NotFound

TYPES = ("text", "number", "date")
_TYPE_PREFIX = "attribute-type:"


def parse_value(kind: str, value: str, key: str = "the attribute") -> str:
    """`value` normalised for an attribute of type `kind`; InvalidValue if it is not one."""
    text = str(value).strip()
    if kind == "number":
        try:
            number = float(text.replace(",", "")) if text else math.nan
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise InvalidValue(f"{key} is a number: {text!r} is not a number")
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    if kind == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise InvalidValue(f"{key} is a date: {text!r} is not a date written as YYYY-MM-DD") from None
    _check_type(kind)
    return str(value)


def _check_type(kind: str) -> None:
    if kind not in TYPES:
        raise InvalidValue(f"unknown attribute type {kind!r}: use one of {', '.join(TYPES)}")


def _clean_key(key: str) -> str:
    key = str(key).strip()
    if not key:
        raise InvalidValue("an attribute needs a name")
    return key


@changes_project
def set_attribute(db: Database, document: str | int, key: str, value: str) -> str:
    """Set (add or change) an attribute of a document; returns the value as stored."""
    key = _clean_key(key)
    stored = parse_value(attribute_type(db, key), value, key)
    db.execute(
        "INSERT INTO attributes(document_id, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT(document_id, key) DO UPDATE SET value = excluded.value",
        [resolve_document(db, document), key, stored],
    )
    return stored


@changes_project
def remove_attribute(db: Database, document: str | int, key: str) -> None:
    """Remove one attribute of one document; NotFound if the document does not have it."""
    document_id = resolve_document(db, document)
    removed = db.execute("DELETE FROM attributes WHERE document_id = ? AND key = ?", [document_id, key]).rowcount
    if not removed:
        name = get_document(db, document_id).name
        raise NotFound(f"document {name!r} has no attribute {key!r}")


@changes_project
def add_attribute_key(db: Database, key: str, kind: str = "text") -> str:
    """A new attribute (a column) of type `kind`, with no values yet; returns its name."""
    key = _clean_key(key)
    if key in attribute_keys(db):
        raise InvalidValue(f"there is already an attribute {key!r}")
    _check_type(kind)
    db.execute("INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)", [_TYPE_PREFIX + key, kind])
    return key


@changes_project
def set_attribute_type(db: Database, key: str, kind: str) -> None:
    """Change an attribute's type, converting every value; InvalidValue (naming one) if one does not fit."""
    key = _clean_key(key)
    _check_type(kind)
    if key not in attribute_keys(db):
        raise NotFound(f"there is no attribute {key!r}")
    rows = db.execute("SELECT a.document_id, d.name, a.value FROM attributes a JOIN documents d "
                      "ON d.id = a.document_id WHERE a.key = ? ORDER BY d.name", [key]).fetchall()
    for document_id, name, value in rows:
        try:
            stored = parse_value(kind, value, key)
        except InvalidValue as problem:
            raise InvalidValue(f"cannot make {key!r} a {kind}: document {name!r} has {value!r}") from problem
        db.execute("UPDATE attributes SET value = ? WHERE document_id = ? AND key = ?", [stored, document_id, key])
    db.execute("INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)", [_TYPE_PREFIX + key, kind])


@changes_project
def remove_attribute_key(db: Database, key: str) -> int:
    """Remove an attribute from every document (the whole column); returns how many values went."""
    if key not in attribute_keys(db):
        raise NotFound(f"there is no attribute {key!r}")
    removed = db.execute("DELETE FROM attributes WHERE key = ?", [key]).rowcount
    db.execute("DELETE FROM project WHERE key = ?", [_TYPE_PREFIX + key])
    return removed


def attribute_type(db: Database, key: str) -> str:
    row = db.execute("SELECT value FROM project WHERE key = ?", [_TYPE_PREFIX + key]).fetchone()
    return row[0] if row and row[0] in TYPES else "text"


def attribute_types(db: Database) -> dict[str, str]:
    """{key: type} for every attribute, in key order."""
    declared = {key[len(_TYPE_PREFIX):]: kind for key, kind in db.execute(
        "SELECT key, value FROM project WHERE key LIKE ? ESCAPE '\\'", [_TYPE_PREFIX.replace("_", "\\_") + "%"])}
    keys = {row[0] for row in db.execute("SELECT DISTINCT key FROM attributes")} | set(declared)
    return {key: declared.get(key) if declared.get(key) in TYPES else "text" for key in sorted(keys)}


def attributes_of(db: Database, document: str | int) -> dict[str, str]:
    return dict(
        db.execute(
            "SELECT key, value FROM attributes WHERE document_id = ? ORDER BY key", [resolve_document(db, document)]
        ).fetchall()
    )


def all_attributes(db: Database) -> dict[int, dict[str, str]]:
    """{document id: {key: value}} for every document that has attributes."""
    result: dict[int, dict[str, str]] = {}
    for document_id, key, value in db.execute("SELECT document_id, key, value FROM attributes ORDER BY key"):
        result.setdefault(document_id, {})[key] = value
    return result


def attribute_keys(db: Database) -> list[str]:
    """Every attribute's name, those without values yet included."""
    return list(attribute_types(db))
