"""Coding queries saved in the project by name, to run again.

Each is a row `query:<name>` of the `project` key/value table holding the query as
JSON (no schema change; saving and deleting are undone with everything else).
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from ..command_guard import changes_project
from ..errors import InvalidValue, NotFound
from .query import Query, check_query

_PREFIX = "query:"


def _clean_name(name: str) -> str:
    name = str(name).strip()
    if not name:
        raise InvalidValue("a saved query needs a name")
    return name


@changes_project
def save_query(db: Database, name: str, query: Query) -> str:
    """Save (or replace) the query under `name`, after checking it against the project; returns the name."""
    name = _clean_name(name)
    check_query(db, query)
    db.execute("INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)",
               [_PREFIX + name, json.dumps(query.to_json(), ensure_ascii=False)])
    return name


@changes_project
def delete_query(db: Database, name: str) -> None:
    if not db.execute("DELETE FROM project WHERE key = ?", [_PREFIX + str(name).strip()]).rowcount:
        raise NotFound(f"there is no saved query {name!r} (see: accord queries)")


def saved_queries(db: Database) -> dict[str, Query]:
    """{name: query} of every saved query, by name."""
    rows = db.execute("SELECT key, value FROM project WHERE key LIKE 'query:%' ORDER BY key").fetchall()
    return {key[len(_PREFIX):]: _load(key, value) for key, value in rows if key.startswith(_PREFIX)}


def saved_query(db: Database, name: str) -> Query:
    row = db.execute("SELECT key, value FROM project WHERE key = ?", [_PREFIX + str(name).strip()]).fetchone()
    if row is None:
        raise NotFound(f"there is no saved query {name!r} (see: accord queries)")
    return _load(*row)


def _load(key: str, value: str) -> Query:
    try:
        data = json.loads(value)
    except ValueError:
        raise InvalidValue(f"saved query {key[len(_PREFIX):]!r} is damaged; save it again") from None
    if not isinstance(data, dict):
        raise InvalidValue(f"saved query {key[len(_PREFIX):]!r} is damaged; save it again")
    return Query.from_json(data)
