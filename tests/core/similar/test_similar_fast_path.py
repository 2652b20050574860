"""Issue #19: asking only for the best few units (units too light for them skipped, the commonest words
of a query read only for the units the others bring near them) ranks exactly as the full scan, score for
score and query for query; and the full scan scores as the old backend did, to float rounding."""

import numpy as np
from accord.core.similar.lexical import LexicalBackend
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_lexical import (
    LexicalBackend as Reference,  # the folder is on the path (rootdir conftest)
)

WORDS = ["alone", "lonely", "rent", "money", "garden", "the", "is", "in", "spring", "café", "bus", "late"]
texts = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)


def _ranking(best, which, floor, top, skip=None):
    """The first `top` (unit, score, query) triples at or above the floor, as the finder walks them."""
    found = []
    for i in np.argsort(-best, kind="stable"):
        if skip is not None and skip[i]:
            continue
        if best[i] <= 0 or best[i] < floor or len(found) == top:
            break
        found.append((int(i), float(best[i]), int(which[i])))
    return found


def _full_scan(units, queries):
    """Each unit's best score and query, from the (queries × units) scores of a full scan."""
    scores = LexicalBackend(units).scores(queries)
    return scores.max(axis=0), scores.argmax(axis=0)  # argmax: the first query on a tie


@settings(max_examples=200, deadline=None)
@given(units=st.lists(texts, min_size=1, max_size=60), queries=st.lists(texts, min_size=1, max_size=8),
       enough=st.integers(1, 30), skip_every=st.integers(0, 4))
def test_the_fast_path_agrees_with_the_full_scan(units, queries, enough, skip_every):
    full_best, full_which = _full_scan(units, queries)
    skip = np.array([skip_every > 0 and i % skip_every == 0 for i in range(len(units))])
    best, which, floor = LexicalBackend(units).best_matches_above(queries, enough, skip)
    assert (best[skip] == 0).all()
    full_best[skip] = 0
    reached = full_best >= floor
    # Every unit at or above the floor has its exact best score and query (the first, on a tie) ...
    assert np.array_equal(best[reached], full_best[reached])
    assert np.array_equal(which[reached & (full_best > 0)], full_which[reached & (full_best > 0)])
    # ... every other one is shown below the floor, and the floor leaves at least `enough` units.
    assert (best[~reached] < floor).all()
    assert floor == 0 or (reached & ~skip).sum() >= enough
    top = min(enough, len(units))
    fast = _ranking(best, which, floor, top, skip)
    assert fast == _ranking(full_best, full_which, 0.0, top, skip)[:len(fast)]
    if floor == 0:
        assert len(fast) == len(_ranking(full_best, full_which, 0.0, top, skip))


@settings(max_examples=100, deadline=None)
@given(units=st.lists(texts, min_size=1, max_size=40), queries=st.lists(texts, min_size=1, max_size=6))
def test_the_full_scan_scores_as_the_old_backend_did(units, queries):
    backend, reference = LexicalBackend(units), Reference(units)
    assert np.allclose(backend.scores(queries), reference.scores(queries), rtol=1e-12, atol=0)
    best, which = backend.best_matches(queries)
    assert np.array_equal(best, _full_scan(units, queries)[0])
    full_best, full_which = reference.best_matches(queries)
    assert np.allclose(best, full_best, rtol=1e-12, atol=0)
    ordered = np.sort(reference.scores(queries), axis=0)
    apart = ordered[-1] - ordered[-2] > 1e-9 if len(queries) > 1 else np.ones(len(units), dtype=bool)
    assert np.array_equal(which[apart & (best > 0)], full_which[apart & (best > 0)])  # the best query, unless tied


def test_a_large_project_skips_units_and_words_yet_ranks_the_same(monkeypatch):
    rng = np.random.default_rng(7)
    units = [" ".join(rng.choice(WORDS, size=rng.integers(1, 15))) for _ in range(3000)]
    queries = [" ".join(rng.choice(WORDS, size=rng.integers(3, 10))) for _ in range(25)]
    full_best, full_which = _full_scan(units, queries)
    backend = LexicalBackend(units)
    rescored = []
    original = backend._rescored
    monkeypatch.setattr(backend, "_rescored", lambda c, k: rescored.append(len(c)) or original(c, k))
    best, which, floor = backend.best_matches_above(queries, 40)
    assert floor > 0  # units were skipped ...
    assert rescored and sum(rescored) < 25 * 3000  # ... common words were read for a few units only ...
    assert _ranking(best, which, floor, 40) == _ranking(full_best, full_which, 0.0, 40)  # ... to the same end
