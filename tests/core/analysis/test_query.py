"""Coding queries (issue #16) checked against a per-character recomputation done here, in the test.

Every passage is recomputed as a set of character offsets: a code's characters are
those covered by its codings, and/or/not are set operations, near/within look at the
maximal runs of the set. The query engine must give the same runs.
"""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from accord.core.analysis.query import Query, Step, paragraphs, run_query
from accord.core.analysis.saved_queries import delete_query, save_query, saved_queries, saved_query
from accord.core.codebook import create_code
from accord.core.codings import apply_code
from accord.core.coders import add_coder
from accord.core.documents import add_document
from accord.core.attributes import set_attribute
from accord.core.errors import InvalidValue, NotFound
from accord.core.project import Project
from char_runs import runs

CODES = ("A", "B", "C")
LENGTH = 60
# Two documents of 60 characters: three turns each (Ann, Bob, Ann) and a blank line as a paragraph break.
TEXT = ("x" * 18 + "\n\n" + "y" * 19 + "\n" + "z" * 20)
TURNS = [(0, 20, 0, "Ann"), (20, 40, 20, "Bob"), (40, 60, 40, "Ann")]



def _units(kind: str) -> list[set[int]]:
    spans = [(s, e) for s, e, _l, _sp in TURNS] if kind == "turn" else paragraphs(TEXT)
    return [set(range(s, e)) for s, e in spans]


def brute(codings, query: Query, coders=("ann",)) -> list[tuple[str, int, int]]:
    """The query, recomputed one character at a time."""
    out = []
    for doc in ("d0", "d1"):
        chars = {code: set() for code in CODES}
        for d, code, coder, s, e in codings:
            if d == doc and coder in coders:
                chars[code] |= set(range(s, e))
        result = set(chars[query.code])
        for step in query.steps:
            other = chars[step.code]
            if step.op == "or":
                result |= other
            elif step.op == "near":
                keep = set()
                for s, e in runs(result):
                    if any(s - (c + 1) <= step.distance and c - e <= step.distance for c in other):
                        keep |= set(range(s, e))
                result = keep
            elif query.within:
                with_other = [u for u in _units(query.within) if u & other]
                shared = set()
                for s, e in runs(result):
                    if any(u & set(range(s, e)) for u in with_other):
                        shared |= set(range(s, e))
                result = shared if step.op == "and" else result - shared
            elif step.op == "and":
                result &= other
            else:
                result -= other
        if query.speaker:
            said = set().union(*(set(range(s, e)) for s, e, _l, sp in TURNS if sp == query.speaker))
            result &= said
        out += [(doc, s, e) for s, e in runs(result)]
    return out


def _project(codings):
    project = Project.in_memory(undo=True, coder="ann")
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
step = st.builds(Step, st.sampled_from(["and", "or", "not", "near"]), st.sampled_from(CODES), st.integers(0, 6))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(codings=st.lists(coding, max_size=12), first=st.sampled_from(CODES), steps=st.lists(step, max_size=3),
       within=st.sampled_from([None, None, "turn", "paragraph"]), speaker=st.sampled_from([None, None, "Ann"]),
       both=st.booleans())
def test_queries_match_a_per_character_recomputation(codings, first, steps, within, speaker, both):
    project = _project(codings)
    try:
        coders = ["ann", "bob"] if both else None
        query = Query(first, steps, within, coders, speaker)
        found = run_query(project.db, query)
        # Both coders have role `coder`, so the default (None) means both too.
        assert [(s.document, s.start, s.end) for s in found] == brute(codings, query, ("ann", "bob"))
        for s in found:
            assert s.text == TEXT[s.start:s.end]
            expected = sorted({code for d, code, _c, cs, ce in codings if d == s.document and cs < s.end
                               and ce > s.start})
            assert s.codes == expected
    finally:
        project.close()


def test_default_coders_are_those_of_role_coder_and_coder_narrows():
    codings = [("d0", "A", "ann", 0, 10), ("d0", "A", "bob", 30, 40)]
    p = _project(codings)
    try:
        from accord.core.coders import set_coder_role
        with p.command("role"):
            set_coder_role(p.db, "bob", "consensus")
        assert [(s.start, s.end) for s in run_query(p.db, Query("A"))] == [(0, 10)]
        assert [(s.start, s.end) for s in run_query(p.db, Query("A", coders=["bob"]))] == [(30, 40)]
    finally:
        p.close()


def test_steps_apply_left_to_right():
    codings = [("d0", "A", "ann", 0, 10), ("d0", "B", "ann", 20, 30), ("d0", "C", "ann", 5, 25)]
    p = _project(codings)
    try:
        spans = lambda q: [(s.start, s.end) for s in run_query(p.db, q)]
        assert spans(Query("A", [Step("or", "B"), Step("and", "C")])) == [(5, 10), (20, 25)]
        assert spans(Query("A", [Step("and", "C"), Step("or", "B")])) == [(5, 10), (20, 30)]
        assert spans(Query("A", [Step("near", "B", 10)])) == [(0, 10)]
        assert spans(Query("A", [Step("near", "B", 9)])) == []
    finally:
        p.close()


def test_where_filters_documents_numerically_as_text_and_by_contains():
    p = _project([("d0", "A", "ann", 0, 5), ("d1", "A", "ann", 0, 5)])
    try:
        with p.command("attrs"):
            for doc, age, site, when in (("d0", "9", "North Hill", "2024-01-05"), ("d1", "10", "south", "2023-12-31")):
                set_attribute(p.db, doc, "age", age)
                set_attribute(p.db, doc, "site", site)
                set_attribute(p.db, doc, "when", when)
        docs = lambda *where: [s.document for s in run_query(p.db, Query("A", where=list(where)))]
        assert docs("attr:age < 10") == ["d0"]  # numeric: as text, "10" < "9"
        assert docs("attr:age >= 10") == ["d1"]
        assert docs("attr:site contains NORTH") == ["d0"]
        assert docs("attr:site != south") == ["d0"]
        assert docs("attr:when > 2024-01-01") == ["d0"]
        assert docs("attr:age > 5", "attr:site = south") == ["d1"]
        assert docs("attr:missing = 1") == []
        with pytest.raises(InvalidValue, match="attr:KEY OP VALUE"):
            docs("age = 3")
    finally:
        p.close()


def test_bad_queries_name_what_is_wrong():
    p = _project([])
    try:
        with pytest.raises(NotFound, match="Nope"):
            run_query(p.db, Query("A", [Step("and", "Nope")]))
        with pytest.raises(NotFound, match="Zed"):
            run_query(p.db, Query("A", speaker="Zed"))
        with pytest.raises(InvalidValue, match="within"):
            run_query(p.db, Query("A", within="sentence"))
        with pytest.raises(InvalidValue, match="xor"):
            run_query(p.db, Query("A", [Step("xor", "B")]))
    finally:
        p.close()


def test_saved_queries_are_stored_by_name_and_undone():
    p = _project([("d0", "A", "ann", 0, 5)])
    try:
        query = Query("A", [Step("near", "B", 4)], "turn", ["ann"], "Ann", ["attr:age > 3"])
        with p.command("Save query"):
            save_query(p.db, "mine", query)
        assert saved_query(p.db, "mine") == query
        assert list(saved_queries(p.db)) == ["mine"]
        with p.command("Delete query"):
            delete_query(p.db, "mine")
        assert saved_queries(p.db) == {}
        p.undo()
        assert saved_query(p.db, "mine") == query
        with pytest.raises(NotFound, match="other"):
            saved_query(p.db, "other")
        with pytest.raises(NotFound):
            with p.command("Save bad"):
                save_query(p.db, "bad", Query("Nope"))
        assert list(saved_queries(p.db)) == ["mine"]
    finally:
        p.close()


def test_paragraphs_are_blank_line_runs_or_lines():
    assert paragraphs("ab\n\ncd\n \nef") == [(0, 2), (4, 6), (9, 11)]
    assert paragraphs("ab\ncd") == [(0, 2), (3, 5)]
