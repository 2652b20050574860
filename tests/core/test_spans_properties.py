"""Property tests for span arithmetic and for the no-overlap invariant of codings."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code, codings_of_document, resize_coding
from accord.core.documents import add_document
from accord.core.errors import InvalidSpan
from accord.core.project import Project
from accord.core.spans import check_span, covered_length, intersection, merge_overlapping, overlaps

LIMIT = 60


@st.composite
def span(draw, limit=LIMIT):
    start = draw(st.integers(0, limit - 1))
    end = draw(st.integers(start + 1, limit))
    return (start, end)


spans_lists = st.lists(span(), max_size=25)


def points(spans) -> set[int]:
    """The code points covered by the spans."""
    return {i for s, e in spans for i in range(s, e)}


# -- examples ----------------------------------------------------------------------------
def test_merge_examples():
    assert merge_overlapping([]) == []
    assert merge_overlapping([(5, 8), (0, 3)]) == [(0, 3), (5, 8)]
    assert merge_overlapping([(0, 3), (3, 5)]) == [(0, 3), (3, 5)]  # touching stay apart
    assert merge_overlapping([(0, 4), (3, 5), (1, 2)]) == [(0, 5)]
    assert merge_overlapping([(0, 4), (2, 9), (9, 10), (4, 6)]) == [(0, 9), (9, 10)]
    assert merge_overlapping([(2, 3), (2, 3)]) == [(2, 3)]
    assert covered_length([(0, 4), (2, 6), (10, 11)]) == 7
    assert covered_length([]) == 0


def test_overlap_and_intersection_examples():
    assert overlaps((0, 5), (4, 6)) and intersection((0, 5), (4, 6)) == 1
    assert not overlaps((0, 5), (5, 6)) and intersection((0, 5), (5, 6)) == 0
    assert not overlaps((0, 5), (7, 9)) and intersection((0, 5), (7, 9)) == 0
    assert overlaps((0, 9), (3, 4)) and intersection((0, 9), (3, 4)) == 1


def test_check_span_examples():
    check_span(0, 1, 1)
    check_span(0, 0, 0, allow_empty=True)
    check_span(3, 3, 5, allow_empty=True)
    for start, end, length, allow_empty in [
        (0, 0, 5, False), (-1, 2, 5, False), (0, 6, 5, False), (3, 2, 5, False),
        (3, 2, 5, True), (1.0, 2, 5, False), (1, None, 5, False), (0, 1, 0, False),
    ]:
        with pytest.raises(InvalidSpan):
            check_span(start, end, length, allow_empty=allow_empty)


# -- properties of the pure functions ----------------------------------------------------------
@settings(database=None)
@given(spans_lists)
def test_merge_overlapping_properties(spans):
    merged = merge_overlapping(spans)
    assert merged == sorted(merged)
    assert all(s < e for s, e in merged)
    for (s1, e1), (s2, e2) in zip(merged, merged[1:]):
        assert e1 <= s2  # disjoint or touching
        assert not overlaps((s1, e1), (s2, e2))
    assert points(merged) == points(spans)
    # every input span lies inside exactly one merged span
    for s, e in spans:
        assert sum(1 for ms, me in merged if ms <= s and e <= me) == 1
    assert merge_overlapping(merged) == merged
    assert merge_overlapping(list(reversed(spans))) == merged


@settings(database=None)
@given(spans_lists)
def test_covered_length_is_size_of_union(spans):
    assert covered_length(spans) == len(points(spans))


@settings(database=None)
@given(span(), span())
def test_intersection_symmetric_and_exact(a, b):
    assert intersection(a, b) == intersection(b, a)
    assert intersection(a, b) == len(points([a]) & points([b]))
    assert overlaps(a, b) == overlaps(b, a) == (intersection(a, b) > 0)
    assert intersection(a, a) == a[1] - a[0]


@settings(database=None)
@given(st.integers(-5, 70), st.integers(-5, 70), st.integers(0, 60), st.booleans())
def test_check_span_accepts_exactly_valid_spans(start, end, length, allow_empty):
    valid = 0 <= start <= end <= length and (allow_empty or start < end)
    if valid:
        check_span(start, end, length, allow_empty=allow_empty)
    else:
        with pytest.raises(InvalidSpan):
            check_span(start, end, length, allow_empty=allow_empty)


# -- the codings invariant -----------------------------------------------------------------------
def _fresh_project():
    project = Project.in_memory(undo=False)
    db = project.db
    with project.command("Set up"):
        add_coder(db, "ann")
        add_coder(db, "bob")
        add_document(db, "d", "x" * LIMIT)
        create_code(db, "C")
        create_code(db, "D")
    return project


def _stored(db, code="C", coder=1):
    code_id = db.execute("SELECT id FROM codes WHERE name = ?", [code]).fetchone()[0]
    return sorted(
        (c.start, c.end) for c in codings_of_document(db, "d") if c.code_id == code_id and c.coder_id == coder
    )


def _check_invariant(stored, applied):
    for (s1, e1), (s2, e2) in zip(stored, stored[1:]):
        assert e1 <= s2, f"{(s1, e1)} overlaps {(s2, e2)}"
    assert points(stored) == points(applied)
    # applying merges exactly what overlaps: the result is the overlap-merge of the input
    assert stored == merge_overlapping(applied)


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(spans_lists)
def test_applying_spans_keeps_codings_disjoint(applied):
    project = _fresh_project()
    db = project.db
    try:
        for start, end in applied:
            with project.command("Apply"):
                coding = apply_code(db, "d", "C", "ann", start, end)
            assert coding.start <= start and end <= coding.end
        _check_invariant(_stored(db), applied)
        assert _stored(db, coder=2) == [] and _stored(db, code="D") == []
    finally:
        project.close()


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([("C", "ann"), ("C", "bob"), ("D", "ann")]), span()), max_size=25))
def test_invariant_holds_per_code_and_coder(applied):
    project = _fresh_project()
    db = project.db
    try:
        for (code, coder), (start, end) in applied:
            with project.command("Apply"):
                apply_code(db, "d", code, coder, start, end)
        for code, coder, coder_id in [("C", "ann", 1), ("C", "bob", 2), ("D", "ann", 1)]:
            mine = [s for key, s in applied if key == (code, coder)]
            _check_invariant(_stored(db, code, coder_id), mine)
    finally:
        project.close()


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(spans_lists, st.data())
def test_resizing_keeps_codings_disjoint(applied, data):
    project = _fresh_project()
    db = project.db
    try:
        for start, end in applied:
            with project.command("Apply"):
                apply_code(db, "d", "C", "ann", start, end)
        for _ in range(data.draw(st.integers(0, 4))):
            ids = [r[0] for r in db.execute("SELECT id FROM codings ORDER BY id")]
            if not ids:
                break
            coding_id = data.draw(st.sampled_from(ids))
            start, end = data.draw(span())
            before = _stored(db)
            old = db.execute('SELECT start, "end" FROM codings WHERE id = ?', [coding_id]).fetchone()
            with project.command("Resize"):
                resize_coding(db, coding_id, start, end)
            expected = merge_overlapping([s for s in before if s != tuple(old)] + [(start, end)])
            assert _stored(db) == expected
    finally:
        project.close()
