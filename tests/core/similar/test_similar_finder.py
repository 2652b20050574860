"""Issue #19: ranking passages like a code's segments or like one passage."""

from itertools import pairwise

import pytest
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.errors import InvalidValue
from accord.core.similar.finder import similar_to_code, similar_to_passage
from accord.core.spans import intersection, merge_overlapping
from hypothesis import given, settings
from hypothesis import strategies as st

ONE = ("I feel lonely in the evenings. The garden is lovely in spring. "
       "My rent is far too high now.")
TWO = ("Nobody calls, I am lonely most evenings. The rent is far too high for us. "
       "We planted tomatoes in the garden. The bus is late in the morning. It is in the box, in the hall. "
       "The shop is in the square.")  # common words ("the", "in", "is") weigh little, as in real text


@pytest.fixture
def study(project):
    db = project.db
    with project.command("set up"):
        add_coder(db, "ben")
        add_document(db, "one", ONE)
        add_document(db, "two", TWO)
        create_code(db, "Loneliness")
        create_code(db, "Money")
    return project


def _code(project, code, document, phrase, coder="ann"):
    text = ONE if document == "one" else TWO
    start = text.index(phrase)
    with project.command("code"):
        apply_code(project.db, document, code, coder, start, start + len(phrase))


def _texts(found):
    return [s.unit.text for s in found]


def test_each_facet_of_a_code_finds_passages_like_it_and_says_which(study):
    _code(study, "Loneliness", "one", "I feel lonely in the evenings.")
    _code(study, "Loneliness", "one", "My rent is far too high now.")  # a second, unrelated facet
    found = similar_to_code(study.db, "Loneliness", top=2)
    matched = {s.unit.text: s.because.text for s in found}
    assert matched == {"Nobody calls, I am lonely most evenings.": "I feel lonely in the evenings.",
                       "The rent is far too high for us.": "My rent is far too high now."}
    assert found[0].score >= found[1].score > 0


def test_a_sentence_around_a_short_coded_phrase_is_not_suggested_back(study):
    _code(study, "Loneliness", "two", "I am lonely")  # a short phrase inside a longer sentence
    found = similar_to_code(study.db, "Loneliness", top=10)
    assert found and "Nobody calls, I am lonely most evenings." not in _texts(found)


def test_passages_already_coded_by_that_coder_are_left_out_but_other_coders_passages_are_not(study):
    _code(study, "Loneliness", "one", "I feel lonely in the evenings.")
    _code(study, "Loneliness", "two", "Nobody calls, I am lonely most evenings.", coder="ben")
    assert "Nobody calls, I am lonely most evenings." in _texts(similar_to_code(study.db, "Loneliness", coder="ann"))
    assert "Nobody calls, I am lonely most evenings." not in _texts(similar_to_code(study.db, "Loneliness"))


def test_a_passage_finds_others_like_it_but_not_itself(study):
    start = ONE.index("The garden")
    found = similar_to_passage(study.db, "one", start, start + len("The garden is lovely in spring."), top=1)
    assert _texts(found) == ["We planted tomatoes in the garden."]
    assert (found[0].because.document_id, found[0].because.start) == (1, start)


def test_a_code_without_segments_says_what_to_do(study):
    with pytest.raises(InvalidValue, match="has no segments.*code a few passages"):
        similar_to_code(study.db, "Money")


def test_the_definition_can_be_asked_about_too(study):
    _code(study, "Money", "one", "My rent is far too high now.")
    with study.command("define"):
        study.db.execute("UPDATE codes SET example = 'tomatoes and vegetables' WHERE name = 'Money'")
    assert "We planted tomatoes in the garden." not in _texts(similar_to_code(study.db, "Money"))
    with_definition = similar_to_code(study.db, "Money", with_definition=True)
    assert "We planted tomatoes in the garden." in _texts(with_definition)


def test_the_index_is_kept_for_a_project_file_until_its_documents_change(tmp_path):
    from accord.core.project import Project
    from accord.core.similar import finder

    path = tmp_path / "p.accord"
    with Project.create(path, coder="ann") as project:
        with project.command("set up"):
            add_document(project.db, "one", ONE)
        first = finder._index(project.db, "sentence", finder.LexicalBackend)
        assert finder._index(project.db, "sentence", finder.LexicalBackend) is first
        with project.command("more"):
            add_document(project.db, "two", TWO)
        again = finder._index(project.db, "sentence", finder.LexicalBackend)
        assert again is not first and len(again[0]) > len(first[0])


def test_a_code_with_many_segments_is_asked_about_with_every_nth(study, monkeypatch):
    from accord.core.similar import finder

    for phrase in ("I feel lonely in the evenings.", "The garden is lovely in spring.",
                   "My rent is far too high now."):
        _code(study, "Loneliness", "one", phrase)
    monkeypatch.setattr(finder, "MAX_QUERIES", 2)
    found = similar_to_code(study.db, "Loneliness", top=10)
    assert {s.because.text for s in found} <= {"I feel lonely in the evenings.", "The garden is lovely in spring."}


@settings(max_examples=200, deadline=None)
@given(cuts=st.lists(st.integers(0, 60), min_size=2, max_size=12, unique=True),
       spans=st.lists(st.tuples(st.integers(0, 80), st.integers(1, 30)), max_size=5),
       other=st.sampled_from([[(0, 10)], [(0, 3), (4, 12)], []]))
def test_a_unit_is_left_out_when_half_of_it_is_excluded_or_it_holds_half_a_span(cuts, spans, other):
    from accord.core.similar import finder
    from accord.core.similar.units import Unit

    cuts = sorted(cuts)
    units = [Unit(1, a, b, "x") for a, b in pairwise(cuts)] + [Unit(2, a, b, "y") for a, b in other]
    excluded = {1: [(start, start + length) for start, length in spans], 3: [(0, 5)]}  # 1 runs past its last unit
    index = finder._indexed(units, None)
    merged = merge_overlapping(excluded[1])
    expected = [u.document_id == 1 and (2 * sum(intersection((u.start, u.end), s) for s in merged) >= u.end - u.start
                                        or any(2 * intersection((u.start, u.end), s) >= s[1] - s[0] for s in merged))
                for u in units]
    assert index.left_out(excluded).tolist() == expected
