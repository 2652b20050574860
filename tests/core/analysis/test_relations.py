"""Code relations (issue #16) checked against a per-character recomputation done here, in the test.

A code's text is the set of character offsets its codings cover (the chosen coders together).
overlap: the maximal runs of A ∩ B; within: the turns/paragraphs meeting both sets; near N:
the runs of A (of B) with a character of B (of A) at most N characters away, grouped while the
gap between neighbours is at most N. The relations engine must give the same places.
"""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from accord.core.analysis.query import paragraphs
from accord.core.analysis.relations import default_coders, places, relations
from accord.core.codebook import code_tree, create_code
from accord.core.codings import apply_code, segments
from accord.core.coders import add_coder, list_coders, set_coder_role
from accord.core.documents import add_document, document_text, list_documents
from accord.core.errors import InvalidValue
from accord.core.project import Project
from accord.core.sample import build_sample
from char_runs import runs

CODES = ("A", "B", "C")
LENGTH = 60
TEXT = ("x" * 18 + "\n\n" + "y" * 19 + "\n" + "z" * 20)
TURNS = [(0, 20, 0, "Ann"), (20, 40, 20, "Bob"), (40, 60, 40, "Ann")]



def _nearruns(mine, other, n):
    return [(s, e) for s, e in runs(mine) if any(s - (c + 1) <= n and c - e <= n for c in other)]


def brute_places(chars_by_doc, units_by_doc, a, b, *, within=None, near=None):
    """[(doc, start, end)] of A and B, one character at a time."""
    out = []
    for doc, chars in chars_by_doc.items():
        ca, cb = chars.get(a, set()), chars.get(b, set())
        if within:
            out += [(doc, s, e) for s, e in units_by_doc[doc][within]
                    if ca & set(range(s, e)) and cb & set(range(s, e))]
        elif near is not None:
            kept = set()
            for s, e in _nearruns(ca, cb, near) + _nearruns(cb, ca, near):
                kept |= set(range(s, e))
            groups = []
            for c in sorted(kept):
                if groups and c - groups[-1][1] <= near:
                    groups[-1][1] = c + 1
                else:
                    groups.append([c, c + 1])
            out += [(doc, s, e) for s, e in groups]
        else:
            out += [(doc, s, e) for s, e in runs(ca & cb)]
    return out


def _chars(db, coder_names):
    chars = {}
    for s in segments(db):
        if s.coder in coder_names:
            chars.setdefault(s.document_id, {}).setdefault(s.code_id, set()).update(range(s.start, s.end))
    return chars


def _units(db):
    units = {}
    for d in list_documents(db):
        turns = db.execute('SELECT start, "end" FROM turns WHERE document_id = ? ORDER BY start', [d.id]).fetchall()
        units[d.id] = {"turn": [tuple(t) for t in turns if t[0] < t[1]],
                       "paragraph": paragraphs(document_text(db, d.id))}
    return units


def _check_everything(db, coder_names, options):
    chars, units = _chars(db, coder_names), _units(db)
    code_ids = [c.id for c, _ in code_tree(db)]
    found = relations(db, coders=list(coder_names), **options)
    assert found.code_ids == code_ids
    checked = 0
    for i, a in enumerate(code_ids):
        assert found.matrix[i][i] == 0
        for j, b in enumerate(code_ids[i + 1:], i + 1):
            expected = brute_places(chars, units, a, b, **options)
            assert found.matrix[i][j] == found.matrix[j][i] == len(expected), (a, b, options)
            if expected:
                got = places(db, a, b, coders=list(coder_names), **options)
                assert sorted(got) == sorted(expected)
                checked += 1
    return checked


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = build_sample(tmp_path_factory.mktemp("sample") / "s.accord")
    with Project.open(path) as project:
        yield project


@pytest.mark.parametrize("options", [{}, {"within": "turn"}, {"within": "paragraph"}, {"near": 0}, {"near": 40}])
def test_the_sample_project_matches_a_per_character_recomputation(sample, options):
    names = [c.name for c in list_coders(sample.db) if c.id in default_coders(sample.db)]
    assert _check_everything(sample.db, names, options) > 0  # the sample has co-occurring codes


def _project(codings):
    project = Project.in_memory(undo=False, coder="ann")
    with project.command("fill"):
        add_coder(project.db, "bob")
        for code in CODES:
            create_code(project.db, code)
        for doc in ("d0", "d1"):
            add_document(project.db, doc, TEXT, turns=TURNS)
        for doc, code, coder, s, e in codings:
            apply_code(project.db, doc, code, coder, s, e)
    return project


coding = st.tuples(st.sampled_from(["d0", "d1"]), st.sampled_from(CODES), st.sampled_from(["ann", "bob"]),
                   st.integers(0, LENGTH - 1), st.integers(1, 12)).map(
    lambda t: (t[0], t[1], t[2], t[3], min(LENGTH, t[3] + t[4])))
option = st.one_of(st.just({}), st.sampled_from([{"within": "turn"}, {"within": "paragraph"}]),
                   st.integers(0, 8).map(lambda n: {"near": n}))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(codings=st.lists(coding, max_size=14), options=option,
       coders=st.sampled_from([("ann",), ("bob",), ("ann", "bob")]))
def test_small_cases_match_a_per_character_recomputation(codings, options, coders):
    project = _project(codings)
    try:
        _check_everything(project.db, coders, options)
    finally:
        project.close()


def test_places_are_counted_once():
    # A over B twice by two coders, touching codings, and a B that overlaps two A stretches.
    p = _project([("d0", "A", "ann", 0, 10), ("d0", "A", "bob", 2, 8), ("d0", "B", "ann", 5, 15),
                  ("d0", "B", "bob", 15, 18), ("d0", "A", "ann", 16, 30), ("d0", "C", "ann", 40, 42)])
    try:
        a, b, c = (r.id for r, _ in code_tree(p.db))
        assert relations(p.db).count(a, b) == 2                      # [5,10) and [16,18)
        assert [tuple(x) for x in places(p.db, "A", "B")] == [(1, 5, 10), (1, 16, 18)]
        assert relations(p.db, within="turn").count(a, b) == 1        # turn [0,20) only: B ends at 18
        assert relations(p.db, within="turn").count(a, c) == 0
        assert relations(p.db, within="paragraph").count(a, c) == 1   # [20,60): one line break is no paragraph break
        assert relations(p.db, near=10).count(a, c) == 1              # A ends at 30, C starts at 40
        assert relations(p.db, near=9).count(a, c) == 0
        assert places(p.db, "A", "C", near=10) == [(1, 16, 42)]
        assert relations(p.db, coders=["bob"]).count(a, b) == 0
        assert relations(p.db).pairs == [(a, b, 2)]
    finally:
        p.close()


def test_default_coders_leave_out_a_consensus():
    p = _project([("d0", "A", "ann", 0, 10), ("d0", "B", "bob", 5, 15)])
    try:
        a, b, _ = (r.id for r, _ in code_tree(p.db))
        assert relations(p.db).count(a, b) == 1
        with p.command("role"):
            set_coder_role(p.db, "bob", "consensus")
        assert relations(p.db).count(a, b) == 0
        assert relations(p.db, coders=["ann", "bob"]).count(a, b) == 1
    finally:
        p.close()


def test_bad_options_are_refused():
    p = _project([])
    try:
        for options in ({"within": "sentence"}, {"near": -1}, {"within": "turn", "near": 3}):
            with pytest.raises(InvalidValue):
                relations(p.db, **options)
    finally:
        p.close()
