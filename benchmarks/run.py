"""Time Accord's main core operations on a (large) project, each against plain sqlite3.

    .venv/bin/python benchmarks/run.py [PROJECT] [--repeat 5] [--json OUT] [--profile]

PROJECT defaults to benchmarks/out/bench.accord (make it with make_project.py).
Every operation runs --repeat times through Accord's core and --repeat times as a
plain-sqlite3 baseline doing the same work directly; the table shows the medians,
their ratio and, where there is one, the target. Nothing touches PROJECT itself:
all work happens on copies in a temporary folder next to it (same disk, so commits
cost what they cost for the user). The exit status is always 0: this is a report.
With --profile, each operation that misses its target is run once more under
cProfile and the functions where the time goes are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import platform
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import synth
from matrix_bench import matrix_benches
from query_bench import query_benches
from autocode_bench import AUTOCODE_WORD, autocode_benches
from accord.core.codebook import code_tree
from accord.core.codings import apply_code, segments
from accord.core.documents import list_documents
from accord.core.importing import prepare_document, store_prepared
from accord.core.project import Project
from accord.core.search import search

HERE = Path(__file__).resolve().parent
DEFAULT_PROJECT = HERE / "out" / "bench.accord"
IMPORT_CHARS = 200_000


# -- measuring -------------------------------------------------------------------------

class Stopwatch:
    """Times the body of a `with`; optionally profiles it too."""

    def __init__(self, profiler: cProfile.Profile | None = None):
        self.profiler = profiler
        self.elapsed = 0.0

    def __enter__(self) -> "Stopwatch":
        if self.profiler:
            self.profiler.enable()
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.elapsed = time.perf_counter() - self._start
        if self.profiler:
            self.profiler.disable()


# A runner does run number i (setup and clean-up outside its stopwatch) and returns the
# seconds its stopwatch measured and a short description of what it produced.
Runner = Callable[[int, cProfile.Profile | None], tuple[float, str]]


@dataclass
class Bench:
    name: str
    accord: Runner
    baseline: Runner
    target_ms: float | None = None
    setup: Callable[[], None] | None = None
    teardown: Callable[[], None] | None = None


@dataclass
class Result:
    name: str
    accord_s: list[float]
    baseline_s: list[float]
    target_ms: float | None
    detail: str
    baseline_detail: str
    profile: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def accord_ms(self) -> float:
        return statistics.median(self.accord_s) * 1000

    @property
    def baseline_ms(self) -> float:
        return statistics.median(self.baseline_s) * 1000

    @property
    def ratio(self) -> float:
        return self.accord_ms / self.baseline_ms if self.baseline_ms else float("inf")

    @property
    def passed(self) -> bool | None:
        return None if self.target_ms is None else self.accord_ms < self.target_ms

    def as_dict(self) -> dict:
        return {
            "operation": self.name,
            "accord_median_ms": round(self.accord_ms, 3),
            "baseline_median_ms": round(self.baseline_ms, 3),
            "ratio": round(self.ratio, 2),
            "target_ms": self.target_ms,
            "passed": self.passed,
            "accord_runs_ms": [round(s * 1000, 3) for s in self.accord_s],
            "baseline_runs_ms": [round(s * 1000, 3) for s in self.baseline_s],
            "detail": self.detail,
            "baseline_detail": self.baseline_detail,
            **({"profile": self.profile} if self.profile else {}),
        }


def run_bench(bench: Bench, repeat: int, profile_misses: bool) -> Result:
    if bench.setup:
        bench.setup()
    try:
        accord, baseline = [], []
        detail = baseline_detail = ""
        for i in range(repeat):
            seconds, detail = bench.accord(i, None)
            accord.append(seconds)
        for i in range(repeat):
            seconds, baseline_detail = bench.baseline(i, None)
            baseline.append(seconds)
        result = Result(bench.name, accord, baseline, bench.target_ms, detail, baseline_detail)
        if profile_misses and result.passed is False:
            profiler = cProfile.Profile()
            bench.accord(repeat, profiler)
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
            result.profile = out.getvalue()
        return result
    finally:
        if bench.teardown:
            bench.teardown()


# -- connections and copies --------------------------------------------------------------

def plain_connect(path: Path) -> sqlite3.Connection:
    """sqlite3 as an application without Accord would open the file: same durability settings."""
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def copy_project(source: Path, target: Path) -> Path:
    """A consistent copy (SQLite online backup, so a -wal file next to the source is included).

    The source is only read; it is opened read-write all the same because a read-only
    connection to a WAL file leaves empty -wal and -shm files behind when it closes.
    """
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()
    return target


# -- the operations ----------------------------------------------------------------------

def benchmarks(project: Path, work: Path, seed: int) -> tuple[list[Bench], dict]:
    """The benchmarks, and facts about the project they run on."""
    read_copy = copy_project(project, work / "read.accord")
    facts = _facts(read_copy)
    benches = [
        *_open_benches(project, work),
        *_import_benches(project, work, seed),
        *_apply_benches(project, work, facts),
        _segments_bench(read_copy, facts),
        _search_bench(read_copy, "word", synth.SEARCH_WORD),
        _search_bench(read_copy, "two-word phrase", synth.SEARCH_PHRASE),
        _search_bench(read_copy, "rare word", synth.SEARCH_RARE_WORD),
        _list_documents_bench(read_copy),
        _code_tree_bench(read_copy),
        _agreement_bench(read_copy),
        _report_bench(read_copy, work),
        *matrix_benches(read_copy, _reader, Bench, Stopwatch),
        *query_benches(read_copy, copy_project, _reader, Bench, Stopwatch),
        *autocode_benches(read_copy, AUTOCODE_WORD, _reader, Bench, Stopwatch),
    ]
    return benches, facts


def _facts(path: Path) -> dict:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        def one(sql: str, *params):
            return conn.execute(sql, params).fetchone()

        doc_id, doc_codings = one("SELECT document_id, count(*) FROM codings GROUP BY document_id "
                                  "ORDER BY 2 DESC, 1 LIMIT 1") or (None, 0)
        code_id, code_codings = one("SELECT code_id, count(*) FROM codings GROUP BY code_id "
                                    "ORDER BY 2 DESC, 1 LIMIT 1") or (None, 0)
        return {
            "documents": one("SELECT count(*) FROM documents")[0],
            "characters": one("SELECT total(length) FROM documents")[0],
            "codings": one("SELECT count(*) FROM codings")[0],
            "codes": one("SELECT count(*) FROM codes")[0],
            "coders": one("SELECT count(*) FROM coders")[0],
            "file_mb": path.stat().st_size / 1e6,
            "busiest_document": {"id": doc_id, "name": one("SELECT name FROM documents WHERE id = ?", doc_id)[0]
                                 if doc_id else None, "codings": doc_codings,
                                 "length": one("SELECT length FROM documents WHERE id = ?", doc_id)[0]
                                 if doc_id else 0},
            "busiest_code": {"id": code_id, "name": one("SELECT name FROM codes WHERE id = ?", code_id)[0]
                             if code_id else None, "codings": code_codings},
            "first_coder": one("SELECT min(id) FROM coders")[0],
        }
    finally:
        conn.close()


def _open_benches(project: Path, work: Path) -> list[Bench]:
    path = copy_project(project, work / "open.accord")

    def accord(undo: bool) -> Runner:
        def run(i, profiler):
            with Stopwatch(profiler) as watch:
                opened = Project.open(path, undo=undo)
            opened.close()
            return watch.elapsed, f"Project.open(undo={undo}): checks header, application id, quick_check"
        return run

    def baseline(i, profiler):
        with Stopwatch(profiler) as watch:
            conn = plain_connect(path)
            conn.execute("SELECT value FROM project WHERE key = 'title'").fetchone()
        conn.close()
        return watch.elapsed, "sqlite3.connect + pragmas + one SELECT"

    return [
        Bench("open project (undo off)", accord(False), baseline, 1000),
        Bench("open project (undo on)", accord(True), baseline, 1000),
    ]


def _import_benches(project: Path, work: Path, seed: int) -> list[Bench]:
    text = synth.interview(random.Random(seed + 1000), IMPORT_CHARS, "Maya")
    source = work / "interview-200kb.txt"
    source.write_text(text, encoding="utf-8")
    size_kb = source.stat().st_size / 1000

    def make(undo: bool) -> Bench:
        state: dict = {}

        def setup():
            state["project"] = Project.open(copy_project(project, work / f"import-{undo}.accord"), undo=undo)

        def teardown():
            state["project"].close()

        def run(i, profiler):
            with Stopwatch(profiler) as watch:
                document = store_prepared(state["project"], prepare_document(source))
            return watch.elapsed, f"{size_kb:.0f} KB .txt, {document.length:,} characters"

        return Bench(f"import {size_kb:.0f} KB .txt (undo {'on' if undo else 'off'})", run,
                     _import_baseline(project, work, source, undo), None, setup, teardown)

    return [make(False), make(True)]


def _import_baseline(project: Path, work: Path, source: Path, undo: bool) -> Runner:
    state: dict = {}

    def run(i, profiler):
        if "conn" not in state:
            state["conn"] = plain_connect(copy_project(project, work / f"import-base-{undo}.accord"))
        conn = state["conn"]
        with Stopwatch(profiler) as watch:
            text = source.read_bytes().decode("utf-8")
            conn.execute(
                "INSERT INTO documents(name, source_name, source_format, imported_at, text, length, sha256)"
                " VALUES (?, ?, 'txt', '2024-01-01T00:00:00+00:00', ?, ?, ?)",
                [f"import {i}", source.name, text, len(text), hashlib.sha256(text.encode()).hexdigest()],
            )
            conn.commit()
        return watch.elapsed, "read + decode + INSERT INTO documents (FTS trigger) + commit"

    return run


def _gaps(path: Path, document_id: int, code_id: int, coder_id: int, length: int, count: int) -> list[tuple]:
    """`count` spans of 100 characters where this coder has not applied this code yet."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        taken = conn.execute('SELECT start, "end" FROM codings WHERE document_id = ? AND code_id = ? '
                             'AND coder_id = ? ORDER BY start', [document_id, code_id, coder_id]).fetchall()
    finally:
        conn.close()
    gaps, previous = [], 0
    for start, end in taken + [(length, length)]:
        if start - previous >= 140:
            gaps.append((previous + 20, previous + 120))
        previous = max(previous, end)
    rng = random.Random(7)
    return rng.sample(gaps, min(count, len(gaps)))


def _apply_benches(project: Path, work: Path, facts: dict) -> list[Bench]:
    doc = facts["busiest_document"]
    code = facts["busiest_code"]
    coder = facts["first_coder"]
    benches = []
    for undo in (False, True):
        state: dict = {}

        def setup(state=state, undo=undo):
            path = copy_project(project, work / f"apply-{undo}.accord")
            state["spans"] = _gaps(path, doc["id"], code["id"], coder, doc["length"], 100)
            state["project"] = Project.open(path, undo=undo)

        def teardown(state=state):
            state["project"].close()

        def run(i, profiler, state=state):
            start, end = state["spans"][i % len(state["spans"])]
            p = state["project"]
            with Stopwatch(profiler) as watch:
                with p.command("Apply code"):
                    apply_code(p.db, doc["id"], code["id"], coder, start, end)
            return watch.elapsed, (f"document {doc['name']!r} ({doc['codings']:,} codings), "
                                   f"code {code['name']!r}, new 100-character coding, one command")

        benches.append(Bench(f"apply a coding (undo {'on' if undo else 'off'})", run,
                             _apply_baseline(project, work, doc, code, coder, undo), 20, setup, teardown))
    return benches


def _apply_baseline(project: Path, work: Path, doc: dict, code: dict, coder: int, undo: bool) -> Runner:
    state: dict = {}

    def run(i, profiler):
        if "conn" not in state:
            state["conn"] = plain_connect(copy_project(project, work / f"apply-base-{undo}.accord"))
        conn = state["conn"]
        start = 20 + 150 * i
        with Stopwatch(profiler) as watch:
            conn.execute('INSERT INTO codings(document_id, code_id, coder_id, start, "end", created_at) '
                         "VALUES (?, ?, ?, ?, ?, '2024-01-01T00:00:00+00:00')",
                         [doc["id"], code["id"], coder, start, start + 100])
            conn.commit()
        return watch.elapsed, "one INSERT INTO codings + commit"

    return run


def _reader(path: Path):
    """Shared state with the project (Accord) and a plain sqlite3 connection, opened and closed around a bench."""
    state: dict = {}

    def setup():
        state["project"] = Project.open(path)
        state["conn"] = plain_connect(path)

    def teardown():
        state["project"].close()
        state["conn"].close()

    return state, setup, teardown


def _segments_bench(path: Path, facts: dict) -> Bench:
    code = facts["busiest_code"]
    state, setup, teardown = _reader(path)

    def run(i, profiler):
        with Stopwatch(profiler) as watch:
            found = segments(state["project"].db, code=code["id"])
        return watch.elapsed, f"{len(found):,} segments with text of code {code['name']!r}"

    def baseline(i, profiler):
        conn = state["conn"]
        with Stopwatch(profiler) as watch:
            rows = conn.execute(
                """SELECT c.id, c.document_id, d.name, c.code_id, k.name, c.coder_id, p.name, c.start, c."end",
                          c.memo
                   FROM codings c JOIN documents d ON d.id = c.document_id
                        JOIN codes k ON k.id = c.code_id JOIN coders p ON p.id = c.coder_id
                   WHERE c.code_id = ?
                   ORDER BY d.position, d.id, c.start, c."end", c.id""",
                [code["id"]],
            ).fetchall()
            texts: dict[int, str] = {}
            found = []
            for row in rows:
                text = texts.get(row[1])
                if text is None:
                    text = texts[row[1]] = conn.execute("SELECT text FROM documents WHERE id = ?",
                                                        [row[1]]).fetchone()[0]
                found.append((*row, text[row[7]:row[8]]))
        return watch.elapsed, f"{len(found):,} rows: same JOIN, texts sliced in Python"

    return Bench(f"segments of one code ({code['codings']:,} codings)", run, baseline, 500, setup, teardown)


def _search_bench(path: Path, what: str, query: str) -> Bench:
    import re

    state, setup, teardown = _reader(path)
    words = query.split()

    def run(i, profiler):
        with Stopwatch(profiler) as watch:
            hits = search(state["project"].db, query)
        documents = len({h.document_id for h in hits})
        return watch.elapsed, f"{query!r}: {len(hits):,} hits (limit 1000) in {documents} documents"

    def baseline(i, profiler):
        conn = state["conn"]
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
        with Stopwatch(profiler) as watch:
            hits = 0
            for _id, _name, text in conn.execute(
                "SELECT id, name, text FROM documents WHERE id IN "
                "(SELECT rowid >> 24 FROM text_fts WHERE text_fts MATCH ?) ORDER BY position, id",
                ['"' + query.replace('"', '""') + '"'],
            ):
                for _match in pattern.finditer(text):
                    hits += 1
                    if hits >= 1000:
                        break
                if hits >= 1000:
                    break
        return watch.elapsed, f"FTS5 phrase MATCH, same candidates and ORDER BY, plain regex: {hits:,} hits"

    return Bench(f"search a {what} ({query!r})", run, baseline, 100, setup, teardown)


def _agreement_bench(path: Path) -> Bench:
    """The whole agreement tree for every coder pair, against reading the codings it is computed from."""
    from accord.core.agreement import compute_agreement

    return _read_bench(
        path, "agreement, all coders and codes", compute_agreement,
        'SELECT document_id, code_id, coder_id, start, "end" FROM codings',
        lambda result: f"{len(result.pair_keys)} coder pairs × {len(result.codes)} codes × "
                       f"{len(result.documents)} documents",
        target=1000)


def _report_bench(path: Path, work: Path) -> Bench:
    """`accord report --format html`: model, agreement section (with its bootstrap) and rendering."""
    from accord.core.reports import build_report, write_report

    out = work / "report.html"

    def write(db):
        write_report(build_report(db), "html", out)
        return out.stat().st_size

    return _read_bench(path, "HTML codebook report", write, "SELECT * FROM codings",
                       lambda size: f"{size / 1e6:.1f} MB of HTML", target=3000)


def _read_bench(path: Path, name: str, read, baseline_sql: str, describe, target: int | None = None) -> Bench:
    """A read-only operation against the same SELECT through plain sqlite3."""
    state, setup, teardown = _reader(path)

    def run(i, profiler):
        with Stopwatch(profiler) as watch:
            result = read(state["project"].db)
        return watch.elapsed, describe(result)

    def baseline(i, profiler):
        with Stopwatch(profiler) as watch:
            rows = state["conn"].execute(baseline_sql).fetchall()
        return watch.elapsed, f"same SELECT, {len(rows):,} rows"

    return Bench(name, run, baseline, target, setup, teardown)


def _list_documents_bench(path: Path) -> Bench:
    return _read_bench(
        path, "list documents", list_documents,
        "SELECT id, name, source_name, source_format, imported_at, length, sha256, import_notes, position "
        "FROM documents ORDER BY position, id",
        lambda documents: f"{len(documents)} documents")


def _code_tree_bench(path: Path) -> Bench:
    return _read_bench(
        path, "code tree", code_tree,
        "SELECT id, parent_id, name, color, description, definition, inclusion, exclusion, example, "
        "position FROM codes ORDER BY position, id",
        lambda tree: f"{len(tree)} codes, {max((d for _, d in tree), default=-1) + 1} levels")


# -- reporting -------------------------------------------------------------------------

def table(results: list[Result]) -> str:
    head = ("operation", "Accord ms", "baseline ms", "ratio", "target", "result")
    rows = [head]
    for r in results:
        rows.append((
            r.name,
            f"{r.accord_ms:,.1f}",
            f"{r.baseline_ms:,.2f}",
            f"{r.ratio:,.1f}x",
            f"< {r.target_ms:,.0f} ms" if r.target_ms is not None else "-",
            {True: "PASS", False: "FAIL", None: "-"}[r.passed],
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", nargs="?", default=str(DEFAULT_PROJECT),
                        help=f"project to measure (default {DEFAULT_PROJECT})")
    parser.add_argument("--repeat", type=int, default=5, help="runs per operation; medians are shown (default 5)")
    parser.add_argument("--json", metavar="OUT", help="also write the results (every run) to this JSON file")
    parser.add_argument("--profile", action="store_true",
                        help="profile (cProfile) and print each operation that misses its target")
    parser.add_argument("--seed", type=int, default=1, help="seed of the file to import (default 1)")
    args = parser.parse_args(argv)
    project = Path(args.project)
    if not project.is_file():
        print(f"{project}: no such project; make one with benchmarks/make_project.py", file=sys.stderr)
        return 0
    repeat = max(1, args.repeat)

    with tempfile.TemporaryDirectory(prefix="accord-bench-", dir=project.resolve().parent) as tmp:
        work = Path(tmp)
        print(f"copying {project} ...", flush=True)
        benches, facts = benchmarks(project, work, args.seed)
        print(f"{project}: {facts['documents']} documents, {facts['characters'] / 1e6:.1f} M characters, "
              f"{facts['codings']:,} codings, {facts['codes']} codes, {facts['coders']} coders, "
              f"{facts['file_mb']:.1f} MB")
        print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.machine()}, "
              f"median of {repeat} runs\n", flush=True)
        results = []
        for bench in benches:
            print(f"  {bench.name} ...", end="", flush=True)
            result = run_bench(bench, repeat, args.profile)
            print(f" {result.accord_ms:,.1f} ms", flush=True)
            results.append(result)

    print()
    print(table(results))
    print()
    for r in results:
        print(f"{r.name}: {r.detail}; baseline: {r.baseline_detail}")
    targeted = [r for r in results if r.passed is not None]
    met = sum(1 for r in targeted if r.passed)
    summary = f"{met}/{len(targeted)} targets met"
    missed = [r.name for r in targeted if not r.passed]
    print()
    for r in results:
        if r.profile:
            print(f"--- profile of {r.name} ---\n{r.profile}")
    print(summary + (f" (missed: {', '.join(missed)})" if missed else ""))
    if args.json:
        data = {
            "project": str(project),
            "facts": facts,
            "environment": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                            "machine": platform.machine(), "platform": platform.platform()},
            "repeat": repeat,
            "results": [r.as_dict() for r in results],
            "summary": summary,
        }
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
