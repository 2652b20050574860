"""Generate a large synthetic Accord project to benchmark against.

    .venv/bin/python benchmarks/make_project.py [OUT] [--docs 500] [--mb 25]
        [--codings 100000] [--coders 3] [--codes 200] [--seed 1]
        [--doc-mb 2.5 --doc-codings 10000] [--force]

The project is a benchmark fixture, not a user's work: the schema comes from
`Project.create`, then every row is bulk-inserted with executemany inside one
`db.atomic()` transaction (the documents' full-text index is kept by the
schema's triggers). Afterwards the file is checked: no two codings of one
coder with one code in one document overlap, every span lies inside its
document, foreign keys and the FTS index are consistent, and Project.open
accepts the file.

Everything is deterministic from --seed (timestamps included), except the
project's own created_at.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sqlite3
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import synth
from accord.core.codebook import PALETTE
from accord.core.normalise import normalise_text
from accord.core.project import Project, set_meta
from accord.core.schema import ALL_CHUNKS
from accord.core.turns import detect_turns

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "out" / "bench.accord"
FIXTURE_KEY = "benchmark_fixture"  # project meta key marking a file this script may overwrite
FIRST_CODE_SHARE = 0.10  # the first code gets this share of the codings (segments benchmark)
MIN_SPAN, MAX_SPAN = 20, 400
LARGE_DOCUMENT_NAME = "Large interview"

_TOP_CODES = [
    "Belonging", "Work", "Family", "Health", "Place", "Émotions", "Services", "Money",
    "Community life", "Transport", "Identity", "Time", "Change", "Leisure", "Safety", "Learning",
]
_SUB_WORDS = [
    "early days", "turning points", "support", "barriers", "isolation", "friendship", "trust",
    "conflict", "routines", "expectations", "memories", "hopes", "worries", "rules", "costs",
    "strategies", "networks", "newcomers", "old hands", "language", "food", "café culture",
    "weekends", "children", "elders", "online", "volunteering", "neighbours", "institutions",
    "déjà vu", "pride", "loss", "humour", "gossip", "distance",
]


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    out = Path(args.out)
    _make_room(out, force=args.force)
    started = time.perf_counter()
    stats = build(out, args)
    built = time.perf_counter() - started
    checks = verify(out, args, stats)
    total = time.perf_counter() - started
    size_mb = out.stat().st_size / 1e6
    print(f"{out}: {stats['documents']} documents, {stats['chars'] / 1e6:.2f} M characters "
          f"({stats['bytes'] / 1e6:.2f} MB UTF-8), {stats['turns']:,} turns, {stats['coders']} coders, "
          f"{stats['codes']} codes, {stats['codings']:,} codings "
          f"({stats['first_code_codings']:,} with code {stats['first_code']!r}); file {size_mb:.1f} MB")
    if stats.get("large_document_id"):
        print(f"  large document {LARGE_DOCUMENT_NAME!r} (id {stats['large_document_id']}): "
              f"{stats['large_chars'] / 1e6:.2f} M characters, {stats['large_codings']:,} codings")
    print("  " + "; ".join(f"{name} {seconds:.1f} s" for name, seconds in stats["phases"].items()))
    print(f"  verified in {checks:.1f} s: no overlaps, spans inside documents, foreign keys, FTS index, opens")
    print(f"built in {built:.1f} s, {total:.1f} s with verification")
    return 0


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default=str(DEFAULT_OUT), help=f"project file (default {DEFAULT_OUT})")
    parser.add_argument("--docs", type=int, default=500, help="number of documents (default 500)")
    parser.add_argument("--mb", type=float, default=25, help="total text of those documents, in millions "
                        "of characters (default 25)")
    parser.add_argument("--codings", type=int, default=100_000, help="codings on those documents (default 100000)")
    parser.add_argument("--coders", type=int, default=3, help="coders (default 3)")
    parser.add_argument("--codes", type=int, default=200, help="codes, in 2-3 levels (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--doc-mb", type=float, default=0, help="also add ONE large document of this many "
                        "million characters (e.g. 2.5; default: none)")
    parser.add_argument("--doc-codings", type=int, default=10_000, help="codings on the large document "
                        "(default 10000; only with --doc-mb)")
    parser.add_argument("--force", action="store_true", help="overwrite OUT even if it is not a benchmark fixture")
    args = parser.parse_args(argv)
    if args.docs < 1 or args.mb <= 0 or args.codings < 0 or args.coders < 1 or args.codes < 2:
        parser.error("need at least 1 document, some text, 1 coder and 2 codes")
    return args


def _make_room(out: Path, *, force: bool) -> None:
    """Remove an earlier fixture at `out`; refuse to overwrite anything else without --force."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists():
        return
    if not force:
        try:
            conn = sqlite3.connect(f"{out.resolve().as_uri()}?mode=ro", uri=True)
            try:
                ours = conn.execute("SELECT 1 FROM project WHERE key = ?", [FIXTURE_KEY]).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            ours = None
        if not ours:
            sys.exit(f"{out} exists and is not a benchmark fixture; use --force to overwrite it")
    for path in (out, Path(f"{out}-wal"), Path(f"{out}-shm")):
        path.unlink(missing_ok=True)


# -- building ------------------------------------------------------------------------

def build(out: Path, args: argparse.Namespace) -> dict:
    rng = random.Random(args.seed)
    phases: dict[str, float] = {}
    clock = _Clock(rng)

    mark = time.perf_counter()
    documents = _documents(rng, args, clock)
    phases["text"] = time.perf_counter() - mark

    mark = time.perf_counter()
    turns = []
    for document_id, doc in enumerate(documents, start=1):
        turns += [(document_id, t.start, t.end, t.label_end, t.speaker) for t in detect_turns(doc["text"])]
    phases["turns"] = time.perf_counter() - mark

    mark = time.perf_counter()
    coders = _coders(args.coders, clock)
    codes = _codes(rng, args.codes, clock)
    first_code = codes[0]["id"]
    other_codes = [c["id"] for c in codes[1:]]
    code_weights = list(_zipf_cumulative(len(other_codes), rng))
    coder_ids = [c[0] for c in coders]
    small = [(i, doc) for i, doc in enumerate(documents, start=1) if not doc.get("large")]
    codings = _codings(rng, small, args.codings, first_code, other_codes, code_weights, coder_ids, clock)
    large_codings = []
    if args.doc_mb > 0:
        large = [(i, doc) for i, doc in enumerate(documents, start=1) if doc.get("large")]
        large_codings = _codings(rng, large, args.doc_codings, first_code, other_codes, code_weights,
                                 coder_ids, clock)
    phases["codings"] = time.perf_counter() - mark

    mark = time.perf_counter()
    project = Project.create(out, title=f"Benchmark ({args.docs} documents, seed {args.seed})")
    db = project.db
    try:
        db.execute("PRAGMA synchronous = OFF")  # this connection only; a fixture can be rebuilt
        with project.command("Build the benchmark fixture"):
            set_meta(db, FIXTURE_KEY, json.dumps(_settings(args)))
            set_meta(db, "description", "Synthetic project generated by benchmarks/make_project.py")
            db.conn.executemany("INSERT INTO coders(id, name, color, created_at) VALUES (?, ?, ?, ?)", coders)
            db.conn.executemany(
                "INSERT INTO codes(id, parent_id, name, color, description, position, created_at) "
                "VALUES (:id, :parent_id, :name, :color, :description, :position, :created_at)",
                codes,
            )
            db.conn.executemany(
                "INSERT INTO documents(id, name, source_name, source_format, imported_at, text, length, sha256,"
                " import_notes, position) VALUES (?, ?, ?, 'txt', ?, ?, ?, ?, ?, ?)",
                (
                    (i, doc["name"], doc["source_name"], doc["imported_at"], doc["text"], len(doc["text"]),
                     hashlib.sha256(doc["text"].encode("utf-8")).hexdigest(), doc["notes"], i - 1)
                    for i, doc in enumerate(documents, start=1)
                ),
            )
            db.conn.executemany(
                'INSERT INTO turns(document_id, start, "end", label_end, speaker) VALUES (?, ?, ?, ?, ?)', turns
            )
            db.conn.executemany(
                'INSERT INTO codings(document_id, code_id, coder_id, start, "end", memo, created_at) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                sorted(codings + large_codings, key=lambda c: c[6]),  # in order of creation
            )
    finally:
        project.close()
    phases["insert"] = time.perf_counter() - mark

    large_doc = next(((i, d) for i, d in enumerate(documents, start=1) if d.get("large")), None)
    return {
        "phases": phases,
        "documents": len(documents),
        "chars": sum(len(d["text"]) for d in documents),
        "bytes": sum(len(d["text"].encode("utf-8")) for d in documents),
        "turns": len(turns),
        "coders": len(coders),
        "codes": len(codes),
        "codings": len(codings) + len(large_codings),
        "first_code": codes[0]["name"],
        "first_code_id": first_code,
        "first_code_codings": sum(1 for c in codings + large_codings if c[1] == first_code),
        "large_document_id": large_doc[0] if large_doc else None,
        "large_chars": len(large_doc[1]["text"]) if large_doc else 0,
        "large_codings": len(large_codings),
    }


def _settings(args: argparse.Namespace) -> dict:
    return {k: getattr(args, k) for k in ("docs", "mb", "codings", "coders", "codes", "seed", "doc_mb",
                                          "doc_codings")}


class _Clock:
    """Deterministic, increasing timestamps (UTC, to the second, as Accord stores them)."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._now = datetime(2024, 3, 1, 9, 0, 0, tzinfo=timezone.utc)

    def tick(self, most_seconds: int = 30) -> str:
        self._now += timedelta(seconds=self._rng.randint(1, most_seconds))
        return self._now.isoformat(timespec="seconds")


def _documents(rng: random.Random, args: argparse.Namespace, clock: _Clock) -> list[dict]:
    total = args.mb * 1_000_000
    weights = [rng.lognormvariate(0, 0.5) for _ in range(args.docs)]
    scale = total / sum(weights)
    documents = []
    for index, weight in enumerate(weights, start=1):
        participant = synth.PARTICIPANTS[(index - 1) % len(synth.PARTICIPANTS)]
        text = synth.interview(rng, max(1000, int(weight * scale)), participant)
        documents.append(_document(f"Interview {index:03d} ({participant})", f"interview-{index:03d}.txt",
                                   text, clock))
    if args.doc_mb > 0:
        text = synth.interview(rng, int(args.doc_mb * 1_000_000), "Participant")
        large = _document(LARGE_DOCUMENT_NAME, "large-interview.txt", text, clock)
        large["large"] = True
        documents.append(large)
    return documents


def _document(name: str, source_name: str, text: str, clock: _Clock) -> dict:
    normalised, report = normalise_text(text)
    assert normalised == text, "the generator must produce normalised text"
    notes = {"source_format": "txt", "normalisation": report.as_dict(), "encoding": "utf-8"}
    return {"name": name, "source_name": source_name, "text": text, "imported_at": clock.tick(300),
            "notes": json.dumps(notes, ensure_ascii=False)}


def _coders(count: int, clock: _Clock) -> list[tuple]:
    names = ["Ana", "Ben", "Chloé", "Dawit", "Eun-ji", "Farid", "Greta", "Hugo"]
    return [
        (i, names[i - 1] if i <= len(names) else f"Coder {i}", PALETTE[(i - 1) % len(PALETTE)], clock.tick())
        for i in range(1, count + 1)
    ]


def _codes(rng: random.Random, count: int, clock: _Clock) -> list[dict]:
    """`count` codes in 2-3 levels: ~5% at the top, ~35% under them, the rest one level lower.

    Ids follow creation order, so code 1 is the first top-level code.
    """
    n_top = max(1, round(count * 0.05))
    n_mid = max(1, min(count - n_top, round(count * 0.35)))
    n_low = count - n_top - n_mid
    codes: list[dict] = []
    children: dict[int | None, list[str]] = defaultdict(list)

    def add(parent_id: int | None, name: str) -> int:
        code_id = len(codes) + 1
        siblings = children[parent_id]
        unique, n = name, 2
        while unique in siblings:
            unique, n = f"{name} {n}", n + 1
        siblings.append(unique)
        description = "" if rng.random() < 0.5 else f"Passages about {unique.lower()}."
        codes.append({"id": code_id, "parent_id": parent_id, "name": unique,
                      "color": PALETTE[(code_id - 1) % len(PALETTE)], "description": description,
                      "position": len(siblings) - 1, "created_at": clock.tick()})
        return code_id

    tops = [add(None, _TOP_CODES[i % len(_TOP_CODES)]) for i in range(n_top)]
    mids = [add(tops[i % n_top], rng.choice(_SUB_WORDS).capitalize()) for i in range(n_mid)]
    for _ in range(n_low):
        # uneven: some sub-codes get many children, some none
        add(mids[int(rng.random() ** 2 * n_mid)], rng.choice(_SUB_WORDS).capitalize())
    return codes


def _zipf_cumulative(n: int, rng: random.Random):
    weights = [1.0 / (rank + 5) for rank in range(n)]
    rng.shuffle(weights)  # popular codes anywhere in the tree
    total = 0.0
    for w in weights:
        total += w
        yield total


def _codings(rng: random.Random, documents: list[tuple[int, dict]], target: int, first_code: int,
             other_codes: list[int], code_cumulative: list[float], coder_ids: list[int],
             clock: _Clock) -> list[tuple]:
    """Exactly `target` codings on `documents`, FIRST_CODE_SHARE of them with `first_code`.

    Passages of 20-400 characters (word-aligned) in documents chosen by length; one to all
    coders code a passage, each with a small shift of its ends, and now and then with
    another code (disagreement). Overlapping codings of one coder/code/document are merged,
    as Accord's apply_code would; passages are drawn until both quotas are met after
    merging, then surplus codings are dropped at random (dropping never creates overlaps).
    """
    if target == 0:
        return []
    quota_first = round(target * FIRST_CODE_SHARE)
    quotas = {True: quota_first, False: target - quota_first}
    doc_cumulative = list(_accumulate(len(doc["text"]) for _, doc in documents))
    spans: dict[tuple[int, int, int], list[tuple[int, int, str, str]]] = defaultdict(list)
    coders_per_passage = [1, 2, 3]
    while True:
        merged = _merge(spans)
        counts = {True: 0, False: 0}
        for key, items in merged.items():
            counts[key[1] == first_code] += len(items)
        missing = {pool: quotas[pool] - counts[pool] for pool in (True, False)}
        if all(m <= 0 for m in missing.values()):
            break
        for pool, m in missing.items():
            for _ in range(int(max(m, 0) / 2.0 * 1.05) + 1):  # ~2.3 coders per passage
                _passage(rng, documents, doc_cumulative, pool, first_code, other_codes, code_cumulative,
                         coder_ids, coders_per_passage, spans, clock)
    result = []
    for pool in (True, False):
        items = [(key, item) for key, values in sorted(merged.items()) if (key[1] == first_code) == pool
                 for item in values]
        keep = rng.sample(items, quotas[pool])
        result += [(key[0], key[1], key[2], start, end, memo, created) for key, (start, end, memo, created) in keep]
    return result


def _accumulate(values):
    total = 0
    for v in values:
        total += v
        yield total


def _passage(rng, documents, doc_cumulative, first_pool, first_code, other_codes, code_cumulative, coder_ids,
             coders_per_passage, spans, clock) -> None:
    document_id, doc = rng.choices(documents, cum_weights=doc_cumulative)[0]
    text = doc["text"]
    n = len(text)
    length = int(math.exp(rng.uniform(math.log(MIN_SPAN + 10), math.log(MAX_SPAN - 30))))
    start = rng.randrange(0, max(1, n - length))
    space = text.find(" ", start, start + 15)  # start at a word
    start = space + 1 if space >= 0 else start
    space = text.find(" ", start + length, start + length + 15)  # end after a word
    end = space if space >= 0 else min(n, start + length)
    code = first_code if first_pool else rng.choices(other_codes, cum_weights=code_cumulative)[0]
    k = min(len(coder_ids), rng.choices(coders_per_passage, weights=[2, 3, 5])[0])
    when = clock.tick(120)
    for coder in rng.sample(coder_ids, k):
        s = max(0, start + (rng.randint(-12, 12) if rng.random() < 0.6 else 0))
        e = min(n, end + (rng.randint(-12, 12) if rng.random() < 0.6 else 0))
        s, e = _clamp(s, e, n)
        coder_code = code
        if not first_pool and rng.random() < 0.08:  # this coder chose another code
            coder_code = rng.choices(other_codes, cum_weights=code_cumulative)[0]
        memo = "" if rng.random() < 0.97 else f"Check with {rng.choice(['the team', 'Ana', 'the codebook'])}."
        spans[(document_id, coder_code, coder)].append((s, e, memo, when))


def _clamp(s: int, e: int, n: int) -> tuple[int, int]:
    if e - s < MIN_SPAN:
        e = min(n, s + MIN_SPAN)
        s = max(0, e - MIN_SPAN)
    if e - s > MAX_SPAN:
        e = s + MAX_SPAN
    return s, e


def _merge(spans: dict) -> dict:
    """Per (document, code, coder): overlapping spans merged into one (touching ones stay apart).

    A span whose merge would exceed MAX_SPAN characters is dropped instead. The merged coding keeps the earliest creation time and joins distinct memos.
    """
    merged = {}
    for key, items in spans.items():
        out: list[list] = []
        for s, e, memo, created in sorted(items):
            if out and s < out[-1][1]:
                last = out[-1]
                if max(last[1], e) - last[0] > MAX_SPAN:
                    continue  # merging would make an over-long coding: drop this one instead
                last[1] = max(last[1], e)
                if memo and memo not in last[2].split("\n"):
                    last[2] = f"{last[2]}\n{memo}" if last[2] else memo
                last[3] = min(last[3], created)
            else:
                out.append([s, e, memo, created])
        merged[key] = [tuple(item) for item in out]
    return merged


# -- checking ------------------------------------------------------------------------

def verify(out: Path, args: argparse.Namespace, stats: dict) -> float:
    """Check the invariants of the finished file; exits with a message if one fails."""
    started = time.perf_counter()
    conn = sqlite3.connect(f"{out.resolve().as_uri()}?mode=ro", uri=True)
    try:
        def one(sql: str, *params):
            return conn.execute(sql, params).fetchone()[0]

        problems = []
        overlaps = one(
            """SELECT count(*) FROM (
                   SELECT start, lag("end") OVER (PARTITION BY document_id, code_id, coder_id
                                                  ORDER BY start, "end") AS previous_end
                   FROM codings)
               WHERE start < previous_end"""
        )
        if overlaps:
            problems.append(f"{overlaps} codings overlap another of the same coder, code and document")
        outside = one('SELECT count(*) FROM codings c JOIN documents d ON d.id = c.document_id '
                      'WHERE c.start < 0 OR c."end" > d.length OR c."end" <= c.start')
        if outside:
            problems.append(f"{outside} codings lie outside their document or are empty")
        too_long = one('SELECT count(*) FROM codings WHERE "end" - start > ? OR "end" - start < ?',
                       MAX_SPAN, MIN_SPAN)
        if too_long:
            problems.append(f"{too_long} codings are shorter than {MIN_SPAN} or longer than {MAX_SPAN} characters")
        expected = args.codings + (args.doc_codings if args.doc_mb > 0 else 0)
        if one("SELECT count(*) FROM codings") != expected:
            problems.append(f"expected {expected} codings, found {one('SELECT count(*) FROM codings')}")
        first = one("SELECT count(*) FROM codings WHERE code_id = ?", stats["first_code_id"])
        if first < round(expected * FIRST_CODE_SHARE) - 1:
            problems.append(f"the first code has only {first} codings")
        if one("SELECT count(*) FROM codes") != args.codes or one("SELECT count(*) FROM coders") != args.coders:
            problems.append("wrong number of codes or coders")
        depth = one("""WITH RECURSIVE t(id, depth) AS (SELECT id, 1 FROM codes WHERE parent_id IS NULL
                       UNION ALL SELECT c.id, t.depth + 1 FROM codes c JOIN t ON c.parent_id = t.id)
                       SELECT max(depth) FROM t""")
        if not 2 <= depth <= 3:
            problems.append(f"the code tree is {depth} levels deep")
        if one("SELECT count(*) FROM documents WHERE length != length(text)"):
            problems.append("a document's length column is wrong")
        without_turns = one("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                      "(SELECT 1 FROM turns t WHERE t.document_id = d.id)")
        if without_turns:
            problems.append(f"{without_turns} documents have no speaker turns")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign key violations")
        matches = one("SELECT count(*) FROM text_fts WHERE text_fts MATCH ?", f'"{synth.SEARCH_WORD}"')
        if matches == 0:
            problems.append(f"full-text search finds no document with {synth.SEARCH_WORD!r}")
        # the index is contentless: check at least that it holds every chunk of every document
        if one("SELECT count(*) FROM text_fts") != one(f"SELECT count(*) FROM ({ALL_CHUNKS})"):
            problems.append("the full-text index does not hold every chunk of the documents")
    finally:
        conn.close()
    rw = sqlite3.connect(str(out))
    try:
        rw.execute("INSERT INTO text_fts(text_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        problems.append(f"the full-text index is damaged ({error})")
    finally:
        rw.close()
    try:
        Project.open(out).close()  # checks the header, the application id and runs quick_check
    except Exception as error:  # noqa: BLE001 - report whatever it is
        problems.append(f"Project.open fails: {error}")
    if problems:
        sys.exit(f"{out}: verification FAILED:\n  " + "\n  ".join(problems))
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
