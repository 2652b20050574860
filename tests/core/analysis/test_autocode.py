"""Auto-coding (issue #16) checked against recomputations done here, in the test.

Hits are recomputed by folding the text to lower-case letters without accents one
character at a time (the same length, since the test texts are in NFC with one code
point per letter) and searching it with str.find; extents and `within` by character sets.
"""

import itertools
import re
import unicodedata

import pytest
from accord.core.analysis.autocode import (
    Autocode,
    Passage,
    apply_autocode,
    plan_autocode,
)
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.command_guard import CommandRequired
from accord.core.documents import add_document
from accord.core.errors import InvalidValue, NotFound
from accord.core.turns import detect_turns as find_turns
from core_helpers import dump_tables
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

INTERVIEW = (
    "Interviewer: Do you trust the café owners? Tell me.\n"
    "Maya: I TRUST them. Trusting is hard! The CAFÉ is where I work.\n"
    "\n"
    "Interviewer: And at work?\n"
    "Maya: Work is work. I trust my distrust; trustworthy people are rare.\n"
)
NOTES = "Notes on trust.\nA cafe, a Café and a caffè.\n\nWorkers working at work."


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFD", ch)[0].lower() for ch in text)


def brute_hits(text: str, word: str, whole: bool) -> list[tuple[int, int]]:
    """Where `word` starts a word, case and accents folded; to the end of that word unless whole."""
    folded, needle, out = _fold(text), _fold(word), []
    at = folded.find(needle)
    while at >= 0:
        end = at + len(needle)
        if at == 0 or not folded[at - 1].isalnum():
            if not whole:
                while end < len(text) and (text[end].isalnum() or text[end] == "_"):
                    end += 1
                out.append((at, end))
            elif end == len(text) or not folded[end].isalnum():
                out.append((at, end))
        at = folded.find(needle, at + 1)
    return out


@pytest.fixture
def study(project):
    db = project.db
    with project.command("set up"):
        add_document(db, "interview", INTERVIEW, turns=[tuple(t)[:4] for t in _turns(INTERVIEW)])
        add_document(db, "notes", NOTES)
        for name in ("Trust", "Place", "Other"):
            create_code(db, name)
        add_coder(db, "bob")
    return project


def _turns(text):
    return [(t.start, t.end, t.label_end, t.speaker) for t in find_turns(text)]


def _spans(found: list[Passage], doc: str) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in found if p.document == doc]


@pytest.mark.parametrize("word", ["trust", "TRUST", "cafe", "CAFÉ", "work", "w"])
@pytest.mark.parametrize("whole", [False, True])
def test_hits_are_case_and_accent_blind_and_start_a_word(study, word, whole):
    found = plan_autocode(study.db, Autocode(search=word, whole_word=whole))
    for doc, text in (("interview", INTERVIEW), ("notes", NOTES)):
        assert _spans(found, doc) == brute_hits(text, word, whole), (doc, word)
    for p in found:
        assert p.text == (INTERVIEW if p.document == "interview" else NOTES)[p.start:p.end]


def test_a_phrase_matches_across_punctuation_and_spaces(study):
    found = plan_autocode(study.db, Autocode(search="cafe owners"))
    assert [p.text for p in found] == ["café owners"]


def test_regex_ignores_case_and_whole_word_needs_boundaries(study):
    found = plan_autocode(study.db, Autocode(search=r"trust\w*", regex=True))
    expected = [(m.start(), m.end()) for m in re.finditer(r"trust\w*", INTERVIEW, re.IGNORECASE)]
    assert _spans(found, "interview") == expected  # "distrust" too: a regex is not tied to word starts
    whole = plan_autocode(study.db, Autocode(search="trust", regex=True, whole_word=True))
    assert [p.text for p in whole if p.document == "interview"] == ["trust", "TRUST", "trust"]
    for bad in ("(unclosed", "a(?i)b"):
        with pytest.raises(InvalidValue, match="regular expression"):
            plan_autocode(study.db, Autocode(search=bad, regex=True, whole_word=True))


def test_sentences(study):
    found = plan_autocode(study.db, Autocode(search="trust", whole_word=True, extend="sentence"))
    assert [p.text for p in found] == [
        "Do you trust the café owners?", "I TRUST them.", "I trust my distrust; trustworthy people are rare.",
        "Notes on trust."]


def test_paragraphs_leave_the_speaker_label_out(study):
    found = plan_autocode(study.db, Autocode(search="hard", extend="paragraph"))
    # The interview's paragraphs are its blank-line blocks; the labels are cut out of them.
    assert [p.text for p in found] == [
        "Do you trust the café owners? Tell me.", "I TRUST them. Trusting is hard! The CAFÉ is where I work."]
    assert found[0].start == INTERVIEW.index("Do you")


def test_turns_are_coded_without_their_label_and_hits_outside_turns_are_left_out(study):
    found = plan_autocode(study.db, Autocode(search="work", extend="turn"))
    turns = _turns(INTERVIEW)
    bodies = [INTERVIEW[label_end:end] for _s, end, label_end, _sp in turns]
    assert [p.text for p in found] == bodies[1:]  # the first turn has no "work"; the notes have no turns
    assert all(p.document == "interview" for p in found)


def test_speaker_codes_every_turn_of_theirs_without_the_label(study):
    found = plan_autocode(study.db, Autocode(speaker="Maya"))
    expected = [INTERVIEW[le:e] for _s, e, le, sp in _turns(INTERVIEW) if sp == "Maya"]
    assert [p.text for p in found] == expected and len(expected) == 2
    with pytest.raises(NotFound, match="no speaker named 'Nobody'"):
        plan_autocode(study.db, Autocode(speaker="Nobody"))
    with pytest.raises(InvalidValue):
        plan_autocode(study.db, Autocode(speaker="Maya", extend="sentence"))


def test_documents_limit_the_search(study):
    found = plan_autocode(study.db, Autocode(search="work", documents=("notes",)))
    assert {p.document for p in found} == {"notes"} and len(found) == 3


def test_within_clips_to_the_code_of_role_coders_or_the_given_coders(study):
    db = study.db
    turn2 = INTERVIEW.index("Maya: I TRUST")
    inside = (turn2, turn2 + len("Maya: I TRUST them. Trusting is"))
    with study.command("code"):
        apply_code(db, "interview", "Place", "ann", *inside)
        apply_code(db, "interview", "Place", "bob", 0, 10)  # "Interviewe": no hit in it
    found = plan_autocode(db, Autocode(search="trust", within="Place"))
    hits = brute_hits(INTERVIEW, "trust", False)
    chars = set(range(*inside)) | set(range(10))
    assert [(p.start, p.end) for p in found] == [h for h in hits if set(range(*h)) <= chars]
    sentences = plan_autocode(db, Autocode(search="trust", within="Place", extend="sentence"))
    # "Trusting is hard!" is clipped to the coded part; the sentence outside the code is not taken
    assert [p.text for p in sentences] == ["I TRUST them.", "Trusting is"]
    only_bob = plan_autocode(db, Autocode(search="trust", within="Place", within_coders=("bob",)))
    assert only_bob == []


def test_apply_merges_like_a_manual_coding_and_undo_restores_exactly(study):
    db = study.db
    found = plan_autocode(db, Autocode(search="trust", whole_word=True, extend="sentence"))
    first = found[0]
    with study.command("manual"):
        apply_code(db, "interview", "Trust", "ann", first.start + 3, first.end + 5)  # overlaps the first
    before = dump_tables(db)
    with study.command("Auto-code Trust"):
        result = apply_autocode(db, "Trust", "ann", found)
    assert (result.added, result.merged) == (len(found) - 1, 1)
    rows = db.execute('SELECT start, "end" FROM codings WHERE code_id = (SELECT id FROM codes WHERE name = ?) '
                      "ORDER BY document_id, start", ["Trust"]).fetchall()
    assert rows[0] == (first.start, first.end + 5) and len(rows) == len(found)
    study.undo()
    assert dump_tables(db) == before
    with pytest.raises(CommandRequired):
        apply_autocode(db, "Trust", "ann", found)


def test_a_plan_writes_nothing_and_bad_specs_say_what_to_do(study):
    before = dump_tables(study.db)
    plan_autocode(study.db, Autocode(search="trust", extend="paragraph"))
    assert dump_tables(study.db) == before
    for spec in (Autocode(), Autocode(search="x", speaker="Maya"), Autocode(search="  "),
                 Autocode(search="x", extend="chapter")):
        with pytest.raises(InvalidValue):
            plan_autocode(study.db, spec)


_NAMES = itertools.count()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet="abcAÁé .\n", max_size=80), word=st.text(alphabet="abAé", min_size=1, max_size=3),
       whole=st.booleans())
def test_hits_match_the_recomputation_on_any_text(project, text, word, whole):
    db = project.db
    name = f"d{next(_NAMES)}"
    text = unicodedata.normalize("NFC", text)
    with project.command("add"):
        add_document(db, name, text)
    found = plan_autocode(db, Autocode(search=word, whole_word=whole, documents=(name,)))
    expected = [s for s in brute_hits(text, word, whole) if text[s[0]:s[1]].strip()]
    assert [(p.start, p.end) for p in found] == expected


def test_a_phrase_is_found_after_a_false_start_inside_a_word(project):
    with project.command("add"):
        add_document(project.db, "d", "ba a a. Xa a")
    found = plan_autocode(project.db, Autocode(search="a a"))
    assert [(p.start, p.end) for p in found] == [(3, 6)]
