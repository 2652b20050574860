"""Merging coders' copies of a project (accord.core.merge), on real project files."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from accord.core.attributes import attributes_of, set_attribute
from accord.core.codebook import code_path, create_code, get_code, resolve_code
from accord.core.coders import add_coder, list_coders
from accord.core.codings import apply_code, resize_coding, segments
from accord.core.documents import (
    TurnRecord, add_document, delete_document, document_text, get_document, list_documents, rename_document,
    turns_of,
)
from accord.core.errors import InvalidValue, ProjectFileError
from accord.core.memos import add_memo, all_memos
from accord.core.merge import CoderClash, MergeReport, merge_history, merge_projects, source_coder_names
from accord.core.merge import apply as merge_apply
from accord.core.project import Project
from core_helpers import dump_tables, fts_ok

ONE = "Interviewer: How was the clinic?\nMaya: I trust my doctor. The nurse was kind, café and 😀.\n"
TWO = "Waiting times are long. I trust the nurse more than the 医生."
TURNS = [TurnRecord(0, 32, 13, "Interviewer"), TurnRecord(33, len(ONE) - 1, 39, "Maya")]


# -- helpers -------------------------------------------------------------------------
@pytest.fixture
def base(tmp_path) -> Path:
    """The project every coder gets a copy of: two documents, a codebook, no coders."""
    path = tmp_path / "base.accord"
    with Project.create(path, title="Study") as project, project.command("setup"):
        db = project.db
        add_document(db, "one", ONE, turns=TURNS, source_name="one.txt", source_format="txt")
        add_document(db, "two", TWO)
        set_attribute(db, "one", "site", "north")
        create_code(db, "Trust", color="#112233", definition="Says they trust someone")
        create_code(db, "Doctors", parent="Trust")
        create_code(db, "Care")
    return path


def copy(path: Path, name: str) -> Path:
    target = path.with_name(name)
    shutil.copy(path, target)
    return target


def change(path: Path, action) -> None:
    """Run action(db) as one command on a project file."""
    with Project.open(path) as project, project.command("test change"):
        action(project.db)


def coder_codes(path: Path, coder: str, *codings: tuple, add: bool = True) -> None:
    """Add a coder (unless add=False) and apply codings (document, code, start, end[, memo])."""
    def act(db):
        if add:
            add_coder(db, coder)
        for document, code, start, end, *memo in codings:
            apply_code(db, document, code, coder, start, end, *memo)
    change(path, act)


def dump(path: Path) -> dict:
    with Project.open(path) as project:
        return dump_tables(project.db)


def content(path: Path) -> set[tuple]:
    """The codings of a project by names: (document, code path, coder, start, end, memo)."""
    with Project.open(path) as project:
        db = project.db
        return {(s.document, code_path(db, s.code_id), s.coder, s.start, s.end, s.memo) for s in segments(db)}


def merge(target: Path, source: Path, **options) -> MergeReport:
    with Project.open(target) as project:
        return merge_projects(project, source, **options)


@pytest.fixture
def two_copies(base):
    """Ana codes in a.accord, Ben in b.accord, t.accord is a fresh copy to merge into."""
    a, b, t = copy(base, "a.accord"), copy(base, "b.accord"), copy(base, "t.accord")
    coder_codes(a, "Ana", ("one", "Trust", 39, 57), ("one", "Care", 58, 77, "kind nurse"), ("two", "Trust", 24, 40))
    coder_codes(b, "Ben", ("one", "Trust", 39, 57), ("one", "Trust/Doctors", 49, 57), ("two", "Care", 0, 22))
    return a, b, t


# -- merging copies ------------------------------------------------------------------
def test_two_coders_copies_merge_into_a_third(two_copies):
    a, b, t = two_copies
    first = merge(t, a)
    second = merge(t, b)
    assert (first.coders_added, first.added_coders, first.codings_added) == (1, ["Ana"], 3)
    assert (second.coders_added, second.added_coders, second.codings_added) == (1, ["Ben"], 3)
    assert (first.documents_matched_by_hash, first.documents_added, first.codes_matched) == (2, 0, 3)
    assert first.warnings == [] and second.warnings == []
    assert content(t) == content(a) | content(b)
    with Project.open(t) as project:
        db = project.db
        assert [c.name for c in list_coders(db)] == ["Ana", "Ben"]
        assert [d.name for d in list_documents(db)] == ["one", "two"]
        # Agreement-ready: both coders' codings point at the same document and code rows.
        trust = [s for s in segments(db, code="Trust", document="one")]
        assert {s.coder for s in trust} == {"Ana", "Ben"}
        assert len({(s.document_id, s.code_id) for s in trust}) == 1
        fts_ok(db)


def test_report_to_json(two_copies):
    a, _, t = two_copies
    report = merge(t, a)
    data = json.loads(report.to_json())
    assert data == report.to_dict()
    assert data["source"] == str(a) and data["target"] == str(t) and data["changed"] is True
    assert data["documents"] == {"added": 0, "matched_by_hash": 2, "matched_by_name": 0, "added_names": []}
    assert data["coders"]["added"] == 1 and data["coders"]["added_names"] == ["Ana"]
    assert data["codings"] == {"added": 3, "already_present": 0, "skipped": 0}
    assert data["warnings"] == []


def test_documents_match_by_text_even_when_renamed(two_copies):
    a, _, t = two_copies
    change(a, lambda db: rename_document(db, "one", "Interview with Maya"))
    report = merge(t, a)
    assert (report.documents_matched_by_hash, report.documents_added, report.warnings) == (2, 0, [])
    with Project.open(t) as project:
        assert [d.name for d in list_documents(project.db)] == ["one", "two"]
        assert len(segments(project.db, coder="Ana", document="one")) == 2


def test_document_matched_by_name_with_other_text_skips_its_codings(base):
    a, t = copy(base, "a.accord"), copy(base, "t.accord")

    def retype(db):
        delete_document(db, "two")
        add_document(db, "two", TWO.replace("long", "very long"))
    change(a, retype)
    coder_codes(a, "Ana", ("two", "Care", 0, 10), ("two", "Trust", 30, 40), ("one", "Care", 0, 5))
    report = merge(t, a)
    assert (report.documents_matched_by_hash, report.documents_matched_by_name) == (1, 1)
    assert (report.codings_skipped, report.codings_added) == (2, 1)
    assert report.warnings == [
        "document 'two' matched by name but its text differs — its codings were not merged (2 skipped)"]
    with Project.open(t) as project:
        assert document_text(project.db, "two") == TWO
        assert [(s.document, s.start, s.end) for s in segments(project.db)] == [("one", 0, 5)]


def test_a_new_document_comes_with_text_turns_attributes_and_memos(base):
    a, t = copy(base, "a.accord"), copy(base, "t.accord")
    three = "Q: Anything else?\nA: No, thank you — 谢谢."

    def add(db):
        add_document(db, "three", three, turns=[TurnRecord(0, 17, 3, "Q"), TurnRecord(18, len(three), 21, "A")],
                     source_name="three.docx", source_format="docx", notes={"joined_lines": 2})
        set_attribute(db, "three", "age", "34")
        add_memo(db, "short interview", document="three", title="Note")
    change(a, add)
    coder_codes(a, "Ana", ("three", "Care", 21, 30))
    report = merge(t, a)
    assert (report.documents_added, report.added_documents, report.attributes_added) == (1, ["three"], 1)
    with Project.open(t) as project, Project.open(a) as original:
        db = project.db
        added, was = get_document(db, "three"), get_document(original.db, "three")
        assert document_text(db, "three") == three
        assert (added.sha256, added.source_name, added.source_format, added.import_notes, added.imported_at) == (
            was.sha256, was.source_name, was.source_format, was.import_notes, was.imported_at)
        assert turns_of(db, "three") == turns_of(original.db, "three")
        assert attributes_of(db, "three") == {"age": "34"}
        assert [(m.title, m.text, m.document_id) for m in all_memos(db)] == [("Note", "short interview", added.id)]
        assert [(s.document, s.code, s.start, s.end) for s in segments(db)] == [("three", "Care", 21, 30)]
        fts_ok(db)


def test_attributes_the_target_lacks_are_added_and_differences_reported(base):
    a, t = copy(base, "a.accord"), copy(base, "t.accord")
    change(a, lambda db: (set_attribute(db, "one", "age", "41"), set_attribute(db, "one", "site", "south")))
    report = merge(t, a)
    assert report.attributes_added == 1
    assert report.warnings == [
        "document 'one': attribute 'site' is 'north' in the target and 'south' in the source; kept the target's"]
    with Project.open(t) as project:
        assert attributes_of(project.db, "one") == {"age": "41", "site": "north"}


def test_codes_match_by_path_and_new_ones_go_under_their_parent(base):
    a, t = copy(base, "a.accord"), copy(base, "t.accord")
    change(t, lambda db: create_code(db, "Nurses"))  # same name, other path: not a match

    def codebook(db):
        create_code(db, "Nurses", parent="Trust", color="#0a0b0c", definition="Trust in nurses",
                    inclusion="names a nurse", exclusion="doctors", example="the nurse was kind")
        create_code(db, "Kindness", parent="Trust/Nurses", color="#abcdef")
        create_code(db, "Cost")
    change(a, codebook)
    coder_codes(a, "Ana", ("one", "Trust/Nurses", 58, 77), ("one", "Trust/Nurses/Kindness", 68, 77),
                ("two", "Trust/Doctors", 48, 58))
    report = merge(t, a)
    assert (report.codes_added, report.codes_matched) == (3, 3)
    assert report.added_codes == ["Trust/Nurses", "Trust/Nurses/Kindness", "Cost"]
    with Project.open(t) as project:
        db = project.db
        nurses = get_code(db, "Trust/Nurses")
        top_nurses = db.execute("SELECT id FROM codes WHERE parent_id IS NULL AND name = 'Nurses'").fetchone()[0]
        assert nurses.parent_id == resolve_code(db, "Trust") and nurses.id != top_nurses
        assert (nurses.color, nurses.definition, nurses.inclusion, nurses.exclusion, nurses.example) == (
            "#0a0b0c", "Trust in nurses", "names a nurse", "doctors", "the nurse was kind")
        kindness = get_code(db, "Trust/Nurses/Kindness")
        assert (kindness.parent_id, kindness.color) == (nurses.id, "#abcdef")
        assert get_code(db, "Cost").parent_id is None
        assert get_code(db, "Trust").definition == "Says they trust someone"
    assert content(t) == content(a)


# -- coders: clashes and renames -----------------------------------------------------
@pytest.fixture
def clash(base):
    """t.accord and a.accord each have their own coder 'Ana', who coded different things."""
    a, t = copy(base, "a.accord"), copy(base, "t.accord")
    coder_codes(t, "Ana", ("one", "Care", 0, 11))
    coder_codes(a, "Ana", ("one", "Trust", 39, 57))
    return a, t


def test_a_coder_name_clash_without_rename_fails_and_changes_nothing(clash):
    a, t = clash
    before, source_bytes = dump(t), a.read_bytes()
    with pytest.raises(InvalidValue) as raised:
        merge(t, a)
    message = str(raised.value)
    assert isinstance(raised.value, CoderClash)
    assert "coder 'Ana'" in message and str(a) in message and "rename" in message
    assert "'Ana (a)'" in message  # a free name to use
    assert [(c.source_name, c.target_name, c.suggestion) for c in raised.value.clashes] == [("Ana", "Ana", "Ana (a)")]
    assert dump(t) == before
    assert a.read_bytes() == source_bytes


def test_an_idle_coder_of_another_project_still_clashes(base, monkeypatch):
    """A target coder of the same name who has coded nothing is not the same person unless it is the same row."""
    a, t = copy(base, "a.accord"), copy(base, "t.accord")
    monkeypatch.setattr("accord.core.coders.now", lambda: "2020-01-01T00:00:00+00:00")
    coder_codes(t, "Ana")
    monkeypatch.undo()
    coder_codes(a, "Ana", ("one", "Trust", 39, 57))
    before = dump(t)
    with pytest.raises(CoderClash):
        merge(t, a)
    assert dump(t) == before


def test_rename_brings_the_coder_in_under_a_new_name(clash):
    a, t = clash
    report = merge(t, a, rename_coders={"Ana": "Ana (laptop)"})
    assert (report.coders_added, report.coders_renamed, report.renamed_coders) == (1, 1, {"Ana": "Ana (laptop)"})
    with Project.open(t) as project:
        db = project.db
        assert [c.name for c in list_coders(db)] == ["Ana", "Ana (laptop)"]
        assert [(s.code, s.start) for s in segments(db, coder="Ana")] == [("Care", 0)]
        assert [(s.code, s.start) for s in segments(db, coder="Ana (laptop)")] == [("Trust", 39)]


def test_rename_checks(clash):
    a, t = clash
    before = dump(t)
    with pytest.raises(InvalidValue, match="has no coder named 'Anna'"):
        merge(t, a, rename_coders={"Anna": "X"})
    with pytest.raises(InvalidValue, match="blank"):
        merge(t, a, rename_coders={"Ana": "  "})
    coder_codes(a, "Bo", ("two", "Care", 0, 5))
    with pytest.raises(InvalidValue, match="would both be named 'Bo'"):
        merge(t, a, rename_coders={"Ana": "Bo"})
    with pytest.raises(CoderClash, match="would be renamed 'Ana'"):  # renaming onto a taken name is a clash too
        merge(t, a, rename_coders={"Bo": "Ana", "Ana": "Ana (a)"})
    assert dump(t) == before


def test_coders_created_before_copying_are_the_same_coders(base):
    """Whoever set up the project added the coders; each coded in a copy; merging back needs no renames."""
    change(base, lambda db: (add_coder(db, "Ana"), add_coder(db, "Ben")))
    a, b, t = copy(base, "a.accord"), copy(base, "b.accord"), copy(base, "t.accord")
    coder_codes(a, "Ana", ("one", "Trust", 39, 57), add=False)
    coder_codes(b, "Ben", ("one", "Care", 58, 77), add=False)
    first, second = merge(t, a), merge(t, b)
    assert (first.coders_added, first.coders_matched, second.coders_added, second.coders_matched) == (0, 2, 0, 2)
    assert content(t) == content(a) | content(b)
    with Project.open(t) as project:
        assert [c.name for c in list_coders(project.db)] == ["Ana", "Ben"]


def test_two_people_coding_as_the_same_coder_are_not_mixed(base):
    change(base, lambda db: add_coder(db, "coder"))
    a, b, t = copy(base, "a.accord"), copy(base, "b.accord"), copy(base, "t.accord")
    coder_codes(a, "coder", ("one", "Trust", 39, 57), add=False)
    coder_codes(b, "coder", ("one", "Care", 58, 77), add=False)
    merge(t, a)
    before = dump(t)
    with pytest.raises(CoderClash, match="'coder'"):
        merge(t, b)
    assert dump(t) == before
    merge(t, b, rename_coders={"coder": "Ben"})
    assert {(s[2], s[1]) for s in content(t)} == {("coder", "Trust"), ("Ben", "Care")}


# -- merging again -------------------------------------------------------------------
def test_merging_twice_changes_nothing(two_copies):
    a, b, t = two_copies
    change(a, lambda db: (add_memo(db, "project note"), add_memo(db, "about trust", code="Trust", coder="Ana")))
    merge(t, a)
    merge(t, b)
    after_first, bytes_a = dump(t), a.read_bytes()
    again = merge(t, a)
    assert not again.changed
    assert (again.codings_added, again.codings_already_present, again.coders_added, again.coders_matched) == (
        0, 3, 0, 1)
    assert (again.codes_added, again.documents_added, again.memos_added, again.memos_already_present) == (0, 0, 0, 2)
    assert again.to_dict()["changed"] is False
    assert merge(t, b).changed is False
    assert dump(t) == after_first
    assert a.read_bytes() == bytes_a


def test_merging_twice_with_a_rename_changes_nothing(clash):
    a, t = clash
    merge(t, a, rename_coders={"Ana": "Ana (laptop)"})
    before = dump(t)
    assert not merge(t, a, rename_coders={"Ana": "Ana (laptop)"}).changed
    assert dump(t) == before
    # Without the rename the source's Ana clashes with the target's own Ana; the message recalls the name.
    with pytest.raises(CoderClash, match="an earlier merge of this project named it 'Ana \\(laptop\\)'"):
        merge(t, a)
    assert dump(t) == before


def test_a_coder_who_went_on_coding_is_merged_again(two_copies):
    a, _, t = two_copies
    merge(t, a)
    coder_codes(a, "Ana", ("two", "Care", 0, 22), add=False)
    with Project.open(a) as project:  # and widened a coding: the wider one replaces the merged one
        coding = segments(project.db, coder="Ana", code="Trust", document="one")[0]
    change(a, lambda db: resize_coding(db, coding.id, 33, 57))
    report = merge(t, a)
    assert (report.coders_matched, report.codings_added, report.codings_already_present) == (1, 2, 2)
    assert content(t) == content(a)


def test_the_merge_is_recorded_once(two_copies):
    a, b, t = two_copies
    merge(t, a)
    merge(t, a)
    merge(t, b, rename_coders={"Ben": "Benjamin"})
    with Project.open(t) as project:
        history = merge_history(project.db)
    assert [record["source"]["file"] for record in history] == ["a.accord", "b.accord"]
    assert history[0]["source"]["title"] == "Study"
    assert history[1]["coders"] == {"Ben": "Benjamin"}
    assert history[0]["added"]["codings"] == 3


def test_memos_and_coding_memos_come_along_once(two_copies):
    a, _, t = two_copies
    change(a, lambda db: (add_memo(db, "doc note", document="two", title="T", coder="Ana"),
                          add_memo(db, "project note")))
    change(t, lambda db: add_memo(db, "project note"))  # already there
    report = merge(t, a)
    assert (report.memos_added, report.memos_already_present) == (1, 1)
    with Project.open(t) as project:
        db = project.db
        memos = {(m.title, m.text, m.document_id is not None, m.coder_id is not None) for m in all_memos(db)}
        assert memos == {("T", "doc note", True, True), ("", "project note", False, False)}
        assert [s.memo for s in segments(db, code="Care")] == ["kind nurse"]


def test_a_coding_with_a_new_memo_gets_it_joined(two_copies):
    a, _, t = two_copies
    merge(t, a)
    with Project.open(a) as project:
        coding = segments(project.db, code="Trust", document="one")[0]
    change(a, lambda db: db.execute("UPDATE codings SET memo = 'strong' WHERE id = ?", [coding.id]))
    report = merge(t, a)
    assert (report.codings_added, report.codings_already_present) == (1, 2)
    with Project.open(t) as project:
        assert [s.memo for s in segments(project.db, code="Trust", document="one")] == ["strong"]
    assert not merge(t, a).changed


# -- files and failures --------------------------------------------------------------
@pytest.mark.parametrize("name, data, message", [
    ("notes.txt", b"just some text\n", "not an Accord project"),
    ("empty.accord", b"", "empty file"),
])
def test_a_source_that_is_not_a_project(two_copies, tmp_path, name, data, message):
    _, _, t = two_copies
    source = tmp_path / name
    source.write_bytes(data)
    before = dump(t)
    with pytest.raises(ProjectFileError, match=message) as raised:
        merge(t, source)
    assert str(source) in str(raised.value)
    with pytest.raises(ProjectFileError, match="no such file"):
        merge(t, tmp_path / "missing.accord")
    assert dump(t) == before
    assert source.read_bytes() == data


def test_a_sqlite_file_of_another_program(two_copies, tmp_path):
    _, _, t = two_copies
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError, match=f"{other}: not an Accord project"):
        merge(t, other)


def test_the_source_is_never_changed(two_copies):
    a, b, t = two_copies
    folder = {p.name: p.read_bytes() for p in a.parent.iterdir() if p.name in ("a.accord", "b.accord")}
    merge(t, a)
    merge(t, b)
    merge(t, a)
    assert source_coder_names(a) == ["Ana"]
    assert {p.name: p.read_bytes() for p in a.parent.iterdir() if p.name.startswith(("a.", "b."))} == folder


def test_a_source_open_elsewhere_is_read_as_it_is(two_copies):
    a, _, t = two_copies
    with Project.open(a) as busy:  # a -wal file exists while it is open
        coder_codes(a, "Ana", ("two", "Care", 0, 5), add=False)
        report = merge(t, a)
        assert report.codings_added == 4
        assert busy.db.execute("SELECT count(*) FROM codings").fetchone()[0] == 4


def test_merging_a_project_into_itself_is_refused(two_copies):
    a, _, _ = two_copies
    before = dump(a)
    with pytest.raises(InvalidValue, match="is the target project itself"):
        merge(a, a)
    assert dump(a) == before


def test_a_failure_half_way_leaves_the_target_unchanged(two_copies, monkeypatch):
    a, _, t = two_copies
    change(a, lambda db: add_memo(db, "note"))
    before = dump(t)

    def broken(*args):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(merge_apply, "_merge_memos", broken)
    with pytest.raises(RuntimeError):
        merge(t, a)
    assert dump(t) == before


def test_undo_restores_the_target(two_copies):
    a, b, t = two_copies
    with Project.open(t, undo=True) as project:
        before = dump_tables(project.db)
        merge_projects(project, a)
        merged = dump_tables(project.db)
        assert project.history.undo_label == "Merge a.accord"
        project.undo()
        assert dump_tables(project.db) == before
        project.redo()
        assert dump_tables(project.db) == merged
        merge_projects(project, b)
        project.undo()
        assert dump_tables(project.db) == merged
        fts_ok(project.db)


def test_an_in_memory_target(two_copies):
    a, _, _ = two_copies
    project = Project.in_memory()
    report = merge_projects(project, a)
    assert (report.documents_added, report.codes_added, report.coders_added, report.codings_added) == (2, 3, 1, 3)
    assert report.target == "Untitled"
    project.close()


def test_an_older_source_is_read_from_an_upgraded_copy(two_copies, monkeypatch):
    a, _, t = two_copies
    old = copy(a, "old.accord")
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA user_version = 0")  # looks like an older format; the migrations have all run
    conn.close()
    data = old.read_bytes()
    report = merge(t, old)
    assert report.codings_added == 3
    assert old.read_bytes() == data
    assert sorted(p.name for p in old.parent.iterdir() if p.name.startswith("old")) == ["old.accord"]
