"""The code-matrix benchmark for run.py: codes × documents over the whole project, against plain sqlite3.

The baseline is the least a matrix of counts needs: one GROUP BY of the codings by code
and document, read into Python. Accord's matrix also resolves the coders (role `coder`),
orders rows by the codebook and columns by the documents, and builds the full grid.
"""

from __future__ import annotations

from pathlib import Path

from accord.core.analysis.matrix import code_matrix

MATRIX_TARGET_MS = 300


def matrix_benches(path: Path, reader, bench_class, stopwatch) -> list:
    """One bench per measure that has a target (count) and one for coverage, for the record."""
    benches = []
    for measure, target in (("count", MATRIX_TARGET_MS), ("coverage", None)):
        state, setup, teardown = reader(path)

        def run(i, profiler, state=state, measure=measure):
            with stopwatch(profiler) as watch:
                found = code_matrix(state["project"].db, cols="documents", measure=measure)
            return watch.elapsed, f"{len(found.rows)} codes × {len(found.columns)} documents, {measure}"

        def baseline(i, profiler, state=state):
            with stopwatch(profiler) as watch:
                rows = state["conn"].execute(
                    "SELECT code_id, document_id, count(*) FROM codings "
                    "WHERE coder_id IN (SELECT id FROM coders WHERE role = 'coder') "
                    "GROUP BY code_id, document_id").fetchall()
                grid: dict = {}
                for code_id, document_id, n in rows:
                    grid.setdefault(code_id, {})[document_id] = n
            return watch.elapsed, f"GROUP BY code, document: {len(rows):,} cells"

        benches.append(bench_class(f"matrix codes × documents ({measure})", run, baseline, target, setup, teardown))
    return benches
