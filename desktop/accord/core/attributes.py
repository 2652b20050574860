"""Document attributes (cases): key–value facts such as a participant's age or site."""

from sqlite_utils import Database

from .command_guard import changes_project
from .documents import resolve_document
from .errors import InvalidValue


@changes_project
def set_attribute(db: Database, document: str | int, key: str, value: str) -> None:
    key = key.strip()
    if not key:
        raise InvalidValue("an attribute needs a name")
    db.execute(
        "INSERT INTO attributes(document_id, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT(document_id, key) DO UPDATE SET value = excluded.value",
        [resolve_document(db, document), key, str(value)],
    )


@changes_project
def remove_attribute(db: Database, document: str | int, key: str) -> None:
    db.execute("DELETE FROM attributes WHERE document_id = ? AND key = ?", [resolve_document(db, document), key])


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
    return [row[0] for row in db.execute("SELECT DISTINCT key FROM attributes ORDER BY key")]
