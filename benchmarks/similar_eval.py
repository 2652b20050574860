"""Evaluate similar-passage suggestions: recall of held-out codings, and speed (issue #19).

    .venv/bin/python benchmarks/similar_eval.py [PROJECT] [--model FOLDER] [--max-codes N]
        [--no-sample] [--no-speed] [--seed 1]

PROJECT is a synthetic project from make_project.py (default benchmarks/out/bench.accord);
the sample project is built in a temporary folder and evaluated first.

Quality. A code's segments (of all its coders) are merged per document, so a passage two
coders coded counts once. Codes with at least MIN_SEGMENTS merged segments are evaluated:
every other segment in document order is a seed (0, 2, 4, ...), the rest are held out.
`rank_units` is asked for the top 20 sentence units like the seeds, the seeds' own spans
left out. A held-out segment is found at k when one of the first k suggestions overlaps it
by at least half of the unit or at least half of the segment. Recall@k is found / held out,
averaged over the codes (so it cannot pass k / held-out for a big code); precision@k, the share
of the first k suggestions that hit a held-out segment, is printed too. Backends: lexical
(BM25), a seeded random baseline (averaged over --random-runs passes), and semantic with --model.

Speed (synthetic project only): units, lexical index build, the index's memory (RSS growth
and peak, from /proc/self/status), and one query once indexed: a single passage, a code asked
about with 20 seed segments, and the busiest code (the finder asks with at most MAX_QUERIES of
its segments). Targets: indexing < 30 s, a query < 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from accord.core.codebook import list_codes
from accord.core.codings import segments
from accord.core.documents import document_text
from accord.core.project import Project
from accord.core.sample import build_sample
from accord.core.similar.finder import MAX_QUERIES, Passage, backend_for, rank_units
from accord.core.similar.lexical import LexicalBackend
from accord.core.similar.units import project_units
from accord.core.spans import intersection, merge_overlapping

HERE = Path(__file__).resolve().parent
DEFAULT_PROJECT = HERE / "out" / "bench.accord"
MIN_SEGMENTS = 6
KS = (10, 20)
INDEX_TARGET_S, QUERY_TARGET_MS = 30.0, 200.0


class RandomBackend:
    """The baseline: every unit gets a seeded random score in (0, 1] for every query."""

    name = "random"
    seed = 1

    def __init__(self, texts):
        self._size = len(texts)
        self._rng = np.random.default_rng(self.seed)

    def scores(self, queries) -> np.ndarray:
        return 1.0 - self._rng.random((len(queries), self._size))

    def best_matches(self, queries):
        # Row by row: (queries x units) at once would not fit for a large project.
        best = np.zeros(self._size)
        which = np.zeros(self._size, dtype=np.int64)
        for row in range(len(queries)):
            score = self.scores([queries[row]])[0]
            better = score > best
            best[better], which[better] = score[better], row
        return best, which


def merged_segments(db, code_id: int) -> list[tuple[int, int, int]]:
    """The code's segments of all coders, merged per document, in document order."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)  # insertion order = document order
    for s in segments(db, code=code_id):
        spans[s.document_id].append((s.start, s.end))
    return [(doc, start, end) for doc, found in spans.items() for start, end in merge_overlapping(found)]


def _hit(unit, doc: int, start: int, end: int) -> bool:
    """The rule: the unit overlaps the segment by at least half of the unit or half of the segment."""
    if unit.document_id != doc:
        return False
    shared = intersection((unit.start, unit.end), (start, end))
    return bool(shared) and (shared * 2 >= unit.end - unit.start or shared * 2 >= end - start)


def found_at(suggestions, held: list[tuple[int, int, int]], k: int) -> int:
    """How many held-out segments one of the first k suggested units hits."""
    units = [s.unit for s in suggestions[:k]]
    return sum(any(_hit(u, *segment) for u in units) for segment in held)


def useful_at(suggestions, held: list[tuple[int, int, int]], k: int) -> float:
    """The share of the first k suggestions that hit a held-out segment (precision@k, 0 if none)."""
    units = [s.unit for s in suggestions[:k]]
    return sum(any(_hit(u, *segment) for segment in held) for u in units) / k


def split(db, merged):
    """Seeds (every other segment, from the first) as queries and excluded spans; the held-out rest."""
    texts: dict[int, str] = {}
    seeds, held = merged[0::2], merged[1::2]
    queries, excluded = [], defaultdict(list)
    for doc, start, end in seeds:
        if doc not in texts:
            texts[doc] = document_text(db, doc)
        queries.append(Passage(doc, start, end, texts[doc][start:end]))
        excluded[doc].append((start, end))
    return queries, {doc: merge_overlapping(spans) for doc, spans in excluded.items()}, held


def evaluate(db, backends: dict, max_codes: int | None, random_runs: int = 1) -> dict:
    codes = []
    for code in list_codes(db):
        merged = merged_segments(db, code.id)
        if len(merged) >= MIN_SEGMENTS:
            codes.append((code, merged))
    if max_codes and len(codes) > max_codes:  # evenly spread over the codebook
        codes = [codes[i * len(codes) // max_codes] for i in range(max_codes)]
    result = {"codes": len(codes), "segments": sum(len(m) for _, m in codes), "recall": {}, "precision": {},
              "seconds": {}}
    for name, backend in backends.items():  # backend by backend: the finder keeps two indexes only
        started = time.perf_counter()
        recalls, precisions = {k: [] for k in KS}, {k: [] for k in KS}
        # The random baseline is averaged over several passes (its generator goes on between them).
        for _ in range(random_runs if name == "random" else 1):
            for code, merged in codes:
                queries, excluded, held = split(db, merged)
                found = rank_units(db, queries, excluded, top=max(KS), unit="sentence", backend=backend)
                for k in KS:
                    recalls[k].append(found_at(found, held, k) / len(held))
                    precisions[k].append(useful_at(found, held, k))
        result["recall"][name] = {k: statistics.fmean(v) if v else float("nan") for k, v in recalls.items()}
        result["precision"][name] = {k: statistics.fmean(v) if v else float("nan") for k, v in precisions.items()}
        result["seconds"][name] = time.perf_counter() - started
    return result


def print_quality(title: str, result: dict) -> None:
    print(f"\n{title}: {result['codes']} codes with >= {MIN_SEGMENTS} merged segments "
          f"({result['segments']:,} segments)")
    print(f"  {'backend':<10} {'recall@10':>10} {'recall@20':>10} {'prec@10':>8} {'prec@20':>8} {'seconds':>8}")
    for name, recall in result["recall"].items():
        precision = result["precision"][name]
        print(f"  {name:<10} {recall[10]:>10.4f} {recall[20]:>10.4f} {precision[10]:>8.4f} {precision[20]:>8.4f} "
              f"{result['seconds'][name]:>8.1f}")
    randoms = result["recall"].get("random")
    for name, recall in result["recall"].items():
        if name != "random" and randoms:
            ratios = [f"{recall[k] / randoms[k]:.1f}x" if randoms[k] else "n/a (random 0)" for k in KS]
            print(f"  recall ratio {name}/random: @10 {ratios[0]}, @20 {ratios[1]}")


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    try:  # writing 5 resets VmHWM (peak RSS) to the current RSS
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _timed(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def speed(db, model: str | None) -> None:
    print("\nSpeed (synthetic project):")
    started = time.perf_counter()
    units = project_units(db, "sentence")
    units_s = time.perf_counter() - started
    texts = [u.text for u in units]
    chars = sum(len(t) for t in texts)
    _reset_peak()
    before = _rss_kb("VmRSS")
    started = time.perf_counter()
    index = LexicalBackend(texts)
    index_s = time.perf_counter() - started
    grown, peak = (_rss_kb("VmRSS") - before) / 1024, (_rss_kb("VmHWM") - before) / 1024
    verdict = "meets" if units_s + index_s < INDEX_TARGET_S else "MISSES"
    print(f"  {len(units):,} sentence units ({chars / 1e6:.1f} M characters): units {units_s:.1f} s, "
          f"lexical index {index_s:.1f} s, together {units_s + index_s:.1f} s "
          f"({verdict} the {INDEX_TARGET_S:.0f} s target)")
    print(f"  lexical index memory: RSS +{grown:.0f} MB after building, peak +{peak:.0f} MB while building")
    del index

    counts = {c: len(merged_segments(db, c.id)) for c in list_codes(db)}
    code = min(counts, key=lambda c: (abs(counts[c] - 40), c.id))  # ~20 seeds
    busiest = max(counts, key=lambda c: (counts[c], -c.id))
    queries, excluded, _ = split(db, merged_segments(db, code.id))
    queries, single = queries[:20], queries[:1]
    many, many_excluded, _ = split(db, merged_segments(db, busiest.id))
    factories = {"lexical": LexicalBackend}
    if model:
        started = time.perf_counter()
        factories["semantic"] = backend_for(db, "semantic", model)
        print(f"  semantic model loaded in {time.perf_counter() - started:.1f} s")
    for name, factory in factories.items():
        started = time.perf_counter()
        rank_units(db, single, excluded, top=20, backend=factory)  # builds (and keeps) the index
        first = time.perf_counter() - started
        one = _timed(lambda f=factory: rank_units(db, single, excluded, top=20, backend=f), 5)
        twenty = _timed(lambda f=factory: rank_units(db, queries, excluded, top=20, backend=f), 3)
        capped = _timed(lambda f=factory: rank_units(db, many, many_excluded, top=20, backend=f), 3)
        print(f"  {name}: first query (units + index) {first:.1f} s; once indexed, median: one passage "
              f"{one:.0f} ms, code {code.name!r} with {len(queries)} seeds {twenty:.0f} ms, "
              f"code {busiest.name!r} with {len(many):,} seeds (asked with at most {MAX_QUERIES}) {capped:.0f} ms")
        for what, ms in (("one passage", one), (f"{len(queries)} seeds", twenty), (f"{busiest.name}", capped)):
            if ms >= QUERY_TARGET_MS:
                print(f"    {name} {what}: {ms:.0f} ms MISSES the {QUERY_TARGET_MS:.0f} ms target")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", nargs="?", default=str(DEFAULT_PROJECT), help="synthetic project")
    parser.add_argument("--model", help="folder of a semantic model: also evaluate and time it")
    parser.add_argument("--max-codes", type=int, default=0, help="evaluate at most N codes of the synthetic "
                        "project, evenly spread (default: all)")
    parser.add_argument("--no-sample", action="store_true", help="skip the sample project")
    parser.add_argument("--no-speed", action="store_true", help="skip the timings")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random baseline")
    parser.add_argument("--random-runs", type=int, default=5, help="passes of the random baseline, averaged "
                        "(default 5)")
    args = parser.parse_args(argv)
    RandomBackend.seed = args.seed

    def backends(db):
        chosen = {"lexical": LexicalBackend, "random": RandomBackend}
        if args.model:
            chosen["semantic"] = backend_for(db, "semantic", args.model)
        return chosen

    if not args.no_sample:
        with tempfile.TemporaryDirectory() as folder:
            project = Project.open(build_sample(Path(folder) / "sample.accord"))
            try:
                print_quality("Sample project", evaluate(project.db, backends(project.db), None, args.random_runs))
            finally:
                project.close()
    path = Path(args.project)
    if not path.exists():
        print(f"\n{path} does not exist: make it with benchmarks/make_project.py", file=sys.stderr)
        return 1
    project = Project.open(path)
    try:
        if not args.no_speed:  # first, so that its first query builds the finder's index
            speed(project.db, args.model)
        result = evaluate(project.db, backends(project.db), args.max_codes, args.random_runs)
        print_quality(f"Synthetic project {path.name}", result)
    finally:
        project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
