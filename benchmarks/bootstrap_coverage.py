"""How often the bootstrap's 95 % interval covers the true agreement (run on demand, not a test).

    .venv/bin/python benchmarks/bootstrap_coverage.py [--runs 1000] [--documents 30 10 6] [--resamples 1000]

Generating process, per run: N documents of BLOCKS blocks of BLOCK characters. Each document
draws its own mix p = (both, only A, only B, neither) from a Dirichlet around P_MEAN (so
documents differ, as real ones do, and resampling documents matters); each block is then
coded by both coders, by A only, by B only or by neither with those chances. Pooled over
documents the counts tend to L·E[p] = L·P_MEAN, so the true (population) Cohen's κ and
Krippendorff's α of the pair are those of P_MEAN's 2×2 table, computed exactly below. The
engine's bootstrap (documents resampled) gives the 95 % interval; the script counts how
often it holds the true value and prints the share per figure and N.
"""

from __future__ import annotations

import argparse
import time
from fractions import Fraction

import numpy as np

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.documents import add_document
from accord.core.project import Project

BLOCKS, BLOCK = 20, 10  # characters per document: 200
P_MEAN = (Fraction(3, 20), Fraction(1, 20), Fraction(1, 10), Fraction(7, 10))  # both, only A, only B, neither
CONCENTRATION = 30  # Dirichlet: larger, documents more alike


def true_values() -> dict[str, float]:
    both, only_a, only_b, neither = P_MEAN
    a_rate, b_rate = both + only_a, both + only_b
    observed = both + neither
    expected = a_rate * b_rate + (1 - a_rate) * (1 - b_rate)
    coded = (a_rate + b_rate) / 2  # share of the 2N values that are "coded"
    return {"cohen_kappa": float((observed - expected) / (1 - expected)),
            # α in the limit of many characters: 1 − D_o / D_e, D_o = P(disagree), D_e = 2 π (1 − π)
            "krippendorff_alpha": float(1 - (only_a + only_b) / (2 * coded * (1 - coded)))}


def simulated_project(rng: np.random.Generator, documents: int) -> Project:
    project = Project.in_memory(undo=False)
    length = BLOCKS * BLOCK
    with project.command("simulate"):
        for name in ("A", "B"):
            add_coder(project.db, name)
        for k in range(documents):
            add_document(project.db, f"doc{k:03d}", "z" * length)
        create_code(project.db, "X")
    ids = {name: project.db.execute(sql, [name]).fetchone()[0] for name, sql in (
        ("A", "SELECT id FROM coders WHERE name = ?"), ("B", "SELECT id FROM coders WHERE name = ?"),
        ("X", "SELECT id FROM codes WHERE name = ?"))}
    mean = np.array([float(p) for p in P_MEAN])
    rows = []
    for k in range(documents):
        document = project.db.execute("SELECT id FROM documents WHERE name = ?", [f"doc{k:03d}"]).fetchone()[0]
        kinds = rng.choice(4, size=BLOCKS, p=rng.dirichlet(mean * CONCENTRATION))
        for coder, codes_it in (("A", (0, 1)), ("B", (0, 2))):
            marked = np.isin(kinds, codes_it)
            start = None
            for b in range(BLOCKS + 1):  # runs of marked blocks become one coding each
                on = b < BLOCKS and marked[b]
                if on and start is None:
                    start = b
                elif not on and start is not None:
                    rows.append([document, ids["X"], ids[coder], start * BLOCK, b * BLOCK, "2024-01-01T00:00:00"])
                    start = None
    project.db.conn.executemany('INSERT INTO codings(document_id, code_id, coder_id, start, "end", created_at) '
                           'VALUES (?, ?, ?, ?, ?, ?)', rows)
    return project


def coverage(runs: int, documents: int, resamples: int, seed: int) -> dict:
    truth = true_values()
    rng = np.random.default_rng(seed)
    covered = {name: 0 for name in truth}
    defined = {name: 0 for name in truth}
    widths = {name: [] for name in truth}
    for run in range(runs):
        project = simulated_project(rng, documents)
        try:
            result = compute_agreement(project.db, AgreementOptions(bootstrap=resamples, seed=seed + run))
            boot = result.pair("X", "A", "B")["bootstrap"]
        finally:
            project.close()
        for name, value in truth.items():
            interval = boot[name]["ci95"]
            if interval is None:
                continue
            defined[name] += 1
            covered[name] += interval[0] <= value <= interval[1]
            widths[name].append(interval[1] - interval[0])
    return {name: (covered[name] / defined[name] if defined[name] else None, defined[name],
                   float(np.median(widths[name])) if widths[name] else None) for name in truth}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--documents", type=int, nargs="+", default=[30, 10, 6])
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    truth = true_values()
    print(f"true κ = {truth['cohen_kappa']:.4f}, true α = {truth['krippendorff_alpha']:.4f}; "
          f"{args.runs} runs, {args.resamples} resamples each, seed {args.seed}; "
          f"documents of {BLOCKS * BLOCK} characters ({BLOCKS} blocks), Dirichlet concentration {CONCENTRATION}",
          flush=True)
    for documents in args.documents:
        started = time.perf_counter()
        found = coverage(args.runs, documents, args.resamples, args.seed)
        seconds = time.perf_counter() - started
        for name, (share, defined, width) in found.items():
            print(f"N = {documents:3d} documents  {name:19s} coverage {100 * share:5.1f} % "
                  f"(of {defined} runs), median width {width:.3f}")
        print(f"N = {documents:3d} documents  {seconds:.1f} s", flush=True)


if __name__ == "__main__":
    main()
