"""Issue #19: asking only for the best few units (units that cannot reach them skipped by their mass)
ranks exactly as the full scan of the reference backend, score for score and query for query."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.core.similar.lexical import LexicalBackend

from reference_lexical import LexicalBackend as Reference  # the folder is on the path (rootdir conftest)

WORDS = ["alone", "lonely", "rent", "money", "garden", "the", "is", "in", "spring", "café", "bus", "late"]
texts = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)


def _ranking(best, which, floor, top):
    """The first `top` (unit, score, query) triples at or above the floor, as the finder walks them."""
    found = []
    for i in np.argsort(-best, kind="stable"):
        if best[i] <= 0 or best[i] < floor or len(found) == top:
            break
        found.append((int(i), float(best[i]), int(which[i])))
    return found


@settings(max_examples=200, deadline=None)
@given(units=st.lists(texts, min_size=1, max_size=60), queries=st.lists(texts, min_size=1, max_size=8),
       enough=st.integers(1, 30))
def test_the_fast_path_agrees_with_the_full_scan(units, queries, enough):
    full_best, full_which = Reference(units).best_matches(queries)
    best, which, floor = LexicalBackend(units).best_matches_above(queries, enough)
    reached = full_best >= floor
    # Every unit at or above the floor has its exact best score and query (the first, on a tie) ...
    assert np.array_equal(best[reached], full_best[reached])
    assert np.array_equal(which[reached & (full_best > 0)], full_which[reached & (full_best > 0)])
    # ... every other one is shown below the floor, and the floor leaves at least `enough` units.
    assert (best[~reached] < floor).all()
    assert floor == 0 or reached.sum() >= enough
    top = min(enough, len(units))
    assert _ranking(best, which, floor, top) == _ranking(full_best, full_which, 0.0, top)[:len(
        _ranking(best, which, floor, top))]
    if floor == 0:
        assert len(_ranking(best, which, floor, top)) == len(_ranking(full_best, full_which, 0.0, top))


@settings(max_examples=50, deadline=None)
@given(units=st.lists(texts, min_size=1, max_size=40), queries=st.lists(texts, min_size=1, max_size=6))
def test_without_a_wish_every_unit_is_scored_as_before(units, queries):
    backend, reference = LexicalBackend(units), Reference(units)
    best, which = backend.best_matches(queries)
    full_best, full_which = reference.best_matches(queries)
    assert np.array_equal(best, full_best) and np.array_equal(which, full_which)
    assert np.array_equal(backend.scores(queries), reference.scores(queries))


def test_a_large_project_skips_units_yet_ranks_the_same():
    rng = np.random.default_rng(7)
    units = [" ".join(rng.choice(WORDS, size=rng.integers(1, 15))) for _ in range(3000)]
    queries = [" ".join(rng.choice(WORDS, size=rng.integers(3, 10))) for _ in range(25)]
    full_best, full_which = Reference(units).best_matches(queries)
    best, which, floor = LexicalBackend(units).best_matches_above(queries, 40)
    assert floor > 0  # units were skipped ...
    assert _ranking(best, which, floor, 40) == _ranking(full_best, full_which, 0.0, 40)  # ... to the same end
