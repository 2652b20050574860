"""The coding-query benchmark for run.py: "A and B" in the documents meeting an attribute condition.

The bench works on its own copy of the project, given an `age` attribute (18–77) on
every document, so that `attr:age >= 48` keeps about half of them. A and B are the
two codes with most codings. The baseline is the least the query needs: the codings
of A and B by coders of role `coder` in those documents, one SELECT read into Python.
Accord also merges each code's spans, intersects them, and fetches the text and the
codes covering each passage.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from accord.core.analysis.query import Query, Step, run_query

QUERY_TARGET_MS = 200
CONDITION = "attr:age >= 48"


def _with_ages(path: Path, copy) -> Path:
    target = copy(path, path.with_name("query.accord"))
    conn = sqlite3.connect(str(target))
    try:
        with conn:
            conn.execute("INSERT OR REPLACE INTO attributes(document_id, key, value) "
                         "SELECT id, 'age', CAST(18 + (id * 37) % 60 AS TEXT) FROM documents")
            conn.execute("INSERT OR REPLACE INTO project(key, value) VALUES ('attribute-type:age', 'number')")
    finally:
        conn.close()
    return target


def query_benches(path: Path, copy, reader, bench_class, stopwatch) -> list:
    path = _with_ages(path, copy)
    conn = sqlite3.connect(str(path))
    try:
        (a, a_name), (b, b_name) = conn.execute(
            "SELECT c.code_id, k.name FROM codings c JOIN codes k ON k.id = c.code_id "
            "GROUP BY c.code_id ORDER BY count(*) DESC, c.code_id LIMIT 2").fetchall()
    finally:
        conn.close()
    query = Query(str(a), [Step("and", str(b))], where=[CONDITION])
    state, setup, teardown = reader(path)

    def run(i, profiler):
        with stopwatch(profiler) as watch:
            found = run_query(state["project"].db, query)
        return watch.elapsed, f"{len(found):,} passages of {a_name!r} and {b_name!r} where {CONDITION}"

    def baseline(i, profiler):
        with stopwatch(profiler) as watch:
            rows = state["conn"].execute(
                'SELECT c.document_id, c.code_id, c.start, c."end" FROM codings c '
                "JOIN attributes t ON t.document_id = c.document_id AND t.key = 'age' "
                "WHERE c.code_id IN (?, ?) AND CAST(t.value AS REAL) >= 48 "
                "AND c.coder_id IN (SELECT id FROM coders WHERE role = 'coder')", [a, b]).fetchall()
        return watch.elapsed, f"one SELECT of both codes' codings there: {len(rows):,} rows"

    return [bench_class(f"query A and B where {CONDITION}", run, baseline, QUERY_TARGET_MS, setup, teardown)]
