"""The code matrix against a brute-force recomputation (sets of characters) of every measure."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.core.analysis.matrix import MEASURES, cell_segments, code_matrix
from accord.core.analysis.matrix_columns import bin_labels
from accord.core.analysis.speakers import speaker_pieces
from accord.core.attributes import set_attribute
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.errors import InvalidValue, NotFound
from accord.core.project import Project
from matrix_oracle import chars, document_domains, oracle, same, speaker_domains

COLUMNS = ("documents", "speakers", "coders")


def _facts(db):
    """Texts, turns, codings (with code paths) and coders as plain data, read straight from the tables."""
    texts = dict(db.execute("SELECT name, text FROM documents ORDER BY position, id").fetchall())
    paths = {}
    for code_id, parent, name in db.execute("SELECT id, parent_id, name FROM codes ORDER BY id").fetchall():
        paths[code_id] = (parent, name)

    def path(code_id):
        parent, name = paths[code_id]
        return name if parent is None else path(parent) + "/" + name

    codings = [dict(doc=d, code=path(k), coder=p, start=s, end=e) for d, k, p, s, e in db.execute(
        'SELECT d.name, c.code_id, r.name, c.start, c."end" FROM codings c JOIN documents d ON d.id = c.document_id '
        "JOIN coders r ON r.id = c.coder_id")]
    turns = db.execute('SELECT d.name, t.start, t."end", t.speaker FROM turns t JOIN documents d '
                       "ON d.id = t.document_id ORDER BY d.position, d.id, t.start").fetchall()
    coders = [r[0] for r in db.execute("SELECT name FROM coders WHERE role = 'coder' ORDER BY id")]
    return texts, turns, codings, coders


def _expected(db, cols, measure, subcodes, rows):
    texts, turns, codings, coders = _facts(db)
    codings = [c for c in codings if c["coder"] in coders]
    if cols == "documents":
        return oracle(measure, rows, document_domains(texts), codings, texts, subcodes)
    if cols == "speakers":
        return oracle(measure, rows, speaker_domains(turns), codings, texts, subcodes)
    every = set().union(*document_domains(texts).values())
    return oracle(measure, rows, {c: every for c in coders}, codings, texts, subcodes, {c: c for c in coders})


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from accord.core.sample import build_sample

    path = build_sample(tmp_path_factory.mktemp("sample") / "s.accord")
    with Project.open(path) as project:
        yield project.db


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("cols", COLUMNS)
@pytest.mark.parametrize("subcodes", [False, True])
def test_sample_matrix_matches_brute_force(sample, cols, measure, subcodes):
    found = code_matrix(sample, cols=cols, measure=measure, subcodes=subcodes)
    assert same(found.cells, _expected(sample, cols, measure, subcodes, found.rows))
    assert any(any(line) for line in found.cells)


def test_sample_rows_columns_and_json(sample):
    found = code_matrix(sample, cols="documents", measure="presence")
    assert found.rows[:2] == ["Settling in", "Settling in/Loneliness"]
    assert found.columns == ["01-maya", "02-tomasz", "03-leila", "04-focus-group"]
    assert set(found.to_json()) == {"rows", "columns", "measure", "cells"}
    assert {v for line in found.cells for v in line} == {0, 1}
    speakers = code_matrix(sample, cols="speakers").columns
    assert speakers[:3] == ["Interviewer", "Maya", "Tomasz"] and "Priya" in speakers


def test_attribute_columns_with_and_without_bins(sample):
    plain = code_matrix(sample, cols="attr:age", measure="count")
    assert plain.columns == ["27", "34", "41", "(none)"]  # numeric order; the focus group has no age
    by_document = code_matrix(sample, cols="documents", measure="count")
    # 27 is 03-leila, 34 01-maya, 41 02-tomasz, (none) the focus group.
    assert [[line[2], line[0], line[1], line[3]] for line in by_document.cells] == plain.cells
    binned = code_matrix(sample, cols="attr:age", measure="coverage", bins=[30, 45, 60])
    assert binned.columns == ["<30", "30–45", "45–60", "≥60", "(none)"]
    texts, _, codings, _ = _facts(sample)
    ages = {"03-leila": "<30", "01-maya": "30–45", "02-tomasz": "30–45", "04-focus-group": "(none)"}
    domains = {label: set().union(set(), *(chars(d, 0, len(texts[d])) for d in texts if ages[d] == label))
               for label in binned.columns}
    assert same(binned.cells, oracle("coverage", binned.rows, domains, codings, texts, False))
    assert bin_labels([0.5, 2]) == ["<0.5", "0.5–2", "≥2"]


def test_named_coders_documents_and_bad_input(sample):
    one = code_matrix(sample, cols="documents", coders=["Ben"], documents=["03-leila", "01-maya"])
    assert one.columns == ["01-maya", "03-leila"]  # the documents' own order
    texts, _, codings, _ = _facts(sample)
    ben = [c for c in codings if c["coder"] == "Ben"]
    chosen = {d: texts[d] for d in ("01-maya", "03-leila")}
    assert one.cells == oracle("count", one.rows, document_domains(chosen), ben, chosen, False)
    with pytest.raises(InvalidValue):
        code_matrix(sample, cols="documents", measure="median")
    with pytest.raises(InvalidValue):
        code_matrix(sample, cols="paragraphs")
    with pytest.raises(NotFound):
        code_matrix(sample, cols="attr:height")
    with pytest.raises(InvalidValue, match="not a number"):
        code_matrix(sample, cols="attr:site", bins=[1, 2])
    with pytest.raises(InvalidValue):
        code_matrix(sample, cols="attr:age", bins=[45, 30])
    with pytest.raises(InvalidValue):
        code_matrix(sample, cols="documents", bins=[30])


def test_cell_segments_are_the_cell_pieces(sample):
    found = code_matrix(sample, cols="speakers", measure="count")
    row, column = found.rows.index("Settling in/Loneliness"), found.columns.index("Maya")
    pieces = cell_segments(sample, cols="speakers", code="Settling in/Loneliness", column="Maya")
    assert len({p.id for p in pieces}) == found.cells[row][column] > 0
    turns = sample.execute("SELECT start, \"end\" FROM turns WHERE speaker = 'Maya'").fetchall()
    for piece in pieces:  # each piece lies inside one of Maya's turns, and its text is that span's
        assert any(s <= piece.start < piece.end <= e for s, e in turns)
        assert piece.document == "01-maya" and piece.text
    rolled = cell_segments(sample, cols="documents", code="Settling in", column="01-maya", subcodes=True)
    assert len(rolled) == code_matrix(sample, cols="documents", subcodes=True).cells[0][0]
    assert {s.code for s in rolled} > {"Settling in"}


def test_consensus_coder_only_when_named(tmp_path):
    project = Project.in_memory(coder="Ana")
    with project.command("Set up"):
        add_coder(project.db, "Agreed", role="consensus")
        add_document(project.db, "d", "one two three")
        create_code(project.db, "A")
        apply_code(project.db, "d", "A", "Agreed", 0, 3)
        apply_code(project.db, "d", "A", "Ana", 4, 7)
    assert code_matrix(project.db, cols="coders").columns == ["Ana"]
    assert code_matrix(project.db, cols="documents", measure="words").cells == [[1]]
    named = code_matrix(project.db, cols="coders", coders=["Ana", "Agreed"], measure="words")
    assert named.columns == ["Ana", "Agreed"] and named.cells == [[1, 1]]
    assert code_matrix(project.db, cols="documents", coders=["Ana", "Agreed"], measure="words").cells == [[2]]
    project.close()


# -- generated projects ---------------------------------------------------------------------------
_TEXT = st.text(alphabet="ab c'\n", min_size=1, max_size=30)


@st.composite
def projects(draw):
    texts = draw(st.lists(_TEXT, min_size=1, max_size=3))
    parents = draw(st.lists(st.integers(-1, 3), min_size=1, max_size=4))
    codings = draw(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3), st.integers(0, 2),
                                      st.integers(0, 30), st.integers(1, 10)), max_size=12))
    turns = draw(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 30), st.integers(0, 8),
                                    st.sampled_from(["P", "Q", "R"])), max_size=6))
    ages = draw(st.lists(st.one_of(st.none(), st.integers(0, 90)), min_size=3, max_size=3))
    return texts, parents, codings, turns, ages


def _build(texts, parents, codings, turns, ages):
    project = Project.in_memory(coder="Ana")
    db = project.db
    with project.command("Build"):
        add_coder(db, "Ben")
        add_coder(db, "Cons", role="consensus")
        for i, text in enumerate(texts):
            add_document(db, f"d{i}", text)
            db.execute("DELETE FROM turns")
            if ages[i] is not None:
                set_attribute(db, f"d{i}", "age", str(ages[i]))
        codes = []
        for i, parent in enumerate(parents):
            under = codes[parent] if 0 <= parent < len(codes) else None
            codes.append(create_code(db, f"c{i}", parent=under).id)
        taken: dict[int, list] = {}
        for doc, code, coder, start, length in codings:
            if doc < len(texts) and start < len(texts[doc]):
                end = min(len(texts[doc]), start + length)
                apply_code(db, f"d{doc}", codes[code % len(codes)], ["Ana", "Ben", "Cons"][coder], start, end)
        for doc, start, length, speaker in sorted(turns):
            if doc >= len(texts):
                continue
            start = min(start, len(texts[doc]))
            end = min(len(texts[doc]), start + length)
            ends = taken.setdefault(doc, [])
            if (ends and start < ends[-1]) or start >= end:
                continue  # turns never overlap
            ends.append(end)
            db.execute('INSERT INTO turns(document_id, start, "end", label_end, speaker) '
                       "SELECT id, ?, ?, ?, ? FROM documents WHERE name = ?", [start, end, start, speaker, f"d{doc}"])
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.sampled_from(MEASURES), st.sampled_from(COLUMNS), st.booleans())
def test_generated_projects_match_brute_force(setup, measure, cols, subcodes):
    project = _build(*setup)
    try:
        found = code_matrix(project.db, cols=cols, measure=measure, subcodes=subcodes)
        assert same(found.cells, _expected(project.db, cols, measure, subcodes, found.rows))
        binned = code_matrix(project.db, cols="attr:age", measure=measure, subcodes=subcodes, bins=[30, 60]) \
            if any(a is not None for a in setup[4][:len(setup[0])]) else None
        if binned is not None:
            texts, _, codings, coders = _facts(project.db)
            ages = dict(project.db.execute("SELECT d.name, a.value FROM attributes a JOIN documents d "
                                           "ON d.id = a.document_id").fetchall())
            label = {d: "(none)" if d not in ages else "<30" if int(ages[d]) < 30 else
                     "30–60" if int(ages[d]) < 60 else "≥60" for d in texts}
            domains = {c: set().union(set(), *(chars(d, 0, len(texts[d])) for d in texts if label[d] == c))
                       for c in binned.columns}
            mine = [c for c in codings if c["coder"] in coders]
            assert same(binned.cells, oracle(measure, binned.rows, domains, mine, texts, subcodes))
        pieces = speaker_pieces(project.db)
        assert all(p.start < p.end for p in pieces)
    finally:
        project.close()
