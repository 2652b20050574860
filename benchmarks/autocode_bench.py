"""The auto-coding benchmark for run.py: a dry run of a common word over every document (~25 MB).

Accord narrows the documents with the full-text index, runs one compiled, case- and
accent-blind regex over each candidate's text, and builds the passages with their
text. The baseline is the least that needs: the same FTS5 candidates, each text read
and searched with a plain case-blind regex, the matches counted (no passages built).
A second bench extends each hit to its sentence, for the record.
"""

from __future__ import annotations

import re
from pathlib import Path

from accord.core.analysis.autocode import Autocode, plan_autocode

AUTOCODE_TARGET_MS = 1000
# A common word: in nearly every document, about 33,000 times over the default 25 MB project.
AUTOCODE_WORD = "people"


def autocode_benches(path: Path, word: str, reader, bench_class, stopwatch) -> list:
    benches = []
    for extend, target in (("hit", AUTOCODE_TARGET_MS), ("sentence", None)):
        state, setup, teardown = reader(path)
        spec = Autocode(search=word, extend=extend)

        def run(i, profiler, state=state, spec=spec):
            with stopwatch(profiler) as watch:
                found = plan_autocode(state["project"].db, spec)
            documents = len({p.document_id for p in found})
            return watch.elapsed, f"{word!r}: {len(found):,} passages ({spec.extend}) in {documents} documents"

        def baseline(i, profiler, state=state):
            pattern = re.compile(r"\b" + re.escape(word), re.IGNORECASE)
            with stopwatch(profiler) as watch:
                hits = 0
                for (text,) in state["conn"].execute(
                        "SELECT text FROM documents WHERE id IN "
                        "(SELECT rowid >> 24 FROM text_fts WHERE text_fts MATCH ?) ORDER BY position, id",
                        ['"' + word.replace('"', '""') + '"*']):
                    hits += sum(1 for _ in pattern.finditer(text))
            return watch.elapsed, f"FTS5 candidates, plain case-blind regex: {hits:,} hits"

        benches.append(bench_class(f"auto-code dry run of a common word ({word!r}, {extend})", run, baseline,
                                   target, setup, teardown))
    return benches
