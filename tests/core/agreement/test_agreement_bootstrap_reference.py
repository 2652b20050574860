"""The engine's bootstrap equals a brute-force one: same draws, figures recomputed by hand.

Breaking the resample weighting, or taking a 90 % instead of a 95 % interval, makes
these fail (the other bootstrap tests only check shapes and ranges).
"""

import numpy as np
import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from agreement_helpers import insert, make_project
from bootstrap_reference import Document, reference_bootstrap

TOLERANCE = 1e-9


def _random_study(seed: int, documents: int, coders, codes, lengths=(12, 30)) -> list[Document]:
    """Per document, per code, one passage each coder codes with its ends shifted (or skips)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(documents):
        length = int(rng.integers(*lengths))
        spans: dict = {}
        for code in codes:
            start = int(rng.integers(0, length - 4))
            end = int(rng.integers(start + 2, length + 1))
            for coder in coders:
                if rng.random() < 0.2:
                    continue  # this coder missed the passage
                s = min(max(0, start + int(rng.integers(-2, 3))), length - 1)
                e = min(max(s + 1, end + int(rng.integers(-2, 3))), length)
                spans[(code, coder)] = [(s, e)]
        out.append(Document(length, spans))
    return out


def _project(documents: list[Document], coders, codes):
    names = [f"doc{k:02d}" for k in range(len(documents))]
    project = make_project({n: "z" * d.length for n, d in zip(names, documents)}, coders=coders, codes=codes)
    for name, doc in zip(names, documents):
        for (code, coder), spans in doc.spans.items():
            for s, e in spans:
                insert(project.db, name, code, coder, s, e)
    return project, names


def _same(engine: dict, reference: dict, where: str) -> None:
    assert engine["resamples"] == reference["resamples"], where
    assert engine["defined"] == reference["defined"], where
    if reference["ci95"] is None:
        assert engine["ci95"] is None, where
        return
    assert engine["ci95"] == pytest.approx(reference["ci95"], rel=TOLERANCE, abs=TOLERANCE), where
    for key in ("p_below_0.800", "p_below_0.667"):
        assert engine[key] == reference[key], f"{where} {key}"


STUDIES = {
    "two coders, two codes": dict(seed=11, documents=7, coders=("A", "B"), codes=("X", "Y"), resamples=150),
    "three coders": dict(seed=5, documents=6, coders=("A", "B", "C"), codes=("X",), resamples=100),
    "one-sided code": dict(seed=2, documents=5, coders=("A", "B"), codes=("X", "Y"), resamples=120),
}


@pytest.mark.parametrize("name", list(STUDIES))
def test_engine_bootstrap_equals_brute_force(name):
    study = STUDIES[name]
    coders, codes = study["coders"], study["codes"]
    documents = _random_study(study["seed"], study["documents"], coders, codes)
    if name == "one-sided code":  # only A ever uses Y: its kappa is undefined in some resamples
        for doc in documents:
            doc.spans.pop(("Y", "B"), None)
    project, names = _project(documents, coders, codes)
    try:
        result = compute_agreement(project.db, AgreementOptions(bootstrap=study["resamples"], seed=study["seed"]))
    finally:
        project.close()
    assert list(result.documents) == names  # the weights' columns are the documents in this order
    reference = reference_bootstrap(documents, codes, coders, seed=study["seed"], resamples=study["resamples"])
    checked = 0
    for key, figures in reference.items():
        if key[0] == "pair":
            _, code, i, j = key
            engine = result.pair(code, coders[i], coders[j]).get("bootstrap")
        elif key[0] == "group":
            engine = result.all_coders(key[1]).get("bootstrap")
        else:
            engine = result.overall()["pairs"][f"{coders[key[1]]}|{coders[key[2]]}"]["bootstrap"]
        if engine is None:  # the engine leaves out codes no coder used; so must the reference
            assert all(s["defined"] == 0 for s in figures.values()), key
            continue
        assert set(engine) == set(figures), key
        for figure, expected in figures.items():
            _same(engine[figure], expected, f"{key} {figure}")
            checked += 1
    assert checked >= 7
