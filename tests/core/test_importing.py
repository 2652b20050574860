"""From files to documents: a batch reports per file, a failing file leaves nothing behind."""

import json

import pytest

from accord.core.documents import document_text, list_documents, turns_of
from accord.core.errors import ImportFailed
from accord.core.importing import import_files, prepare_document, store_prepared
from accord.core.project import Project

TRANSCRIPT = (
    "Interviewer: How was the first winter?\r\n"
    "Maya: Honestly it was harder than I expected and the\r\n"
    "flat was cold most of the time.\r\n"
    "Interviewer: Did anyone help?\r\n"
    "Maya: My sister called every evening.\r\n"
)


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "maya.txt"
    good.write_bytes(TRANSCRIPT.encode("cp1252"))
    utf16 = tmp_path / "café.txt"
    utf16.write_text("Tomasz: Dzień dobry — 😀 naïve\n", encoding="utf-16")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    return good, utf16, bad


def test_batch_import_reports_every_file_and_keeps_going(project, files, dump):
    good, utf16, bad = files
    outcomes = import_files(project, [good, bad, utf16])
    assert [o.ok for o in outcomes] == [True, False, True]
    assert "broken.docx" in outcomes[1].message
    names = [d.name for d in list_documents(project.db)]
    assert names == ["maya", "café"]
    assert document_text(project.db, "café") == "Tomasz: Dzień dobry — 😀 naïve\n"


def test_failing_file_writes_nothing(project, files, dump):
    before = dump(project.db)
    outcomes = import_files(project, [files[2], files[2].with_name("missing.txt")])
    assert not any(o.ok for o in outcomes)
    assert dump(project.db) == before
    assert project.history.undo_label is None


def test_normalisation_is_recorded_and_turns_found(project, files):
    document = import_files(project, [files[0]])[0].document
    text = document_text(project.db, document.id)
    assert "\r" not in text
    assert document.import_notes["normalisation"]["newlines_converted"] == 5
    assert document.import_notes["encoding"]
    speakers = [t.speaker for t in turns_of(project.db, document.id)]
    assert speakers == ["Interviewer", "Maya", "Interviewer", "Maya"]
    turn = turns_of(project.db, document.id)[1]
    assert text[turn.start:turn.label_end] == "Maya: "


def test_broken_lines_are_found_and_joined_only_on_request(project, files):
    prepared = prepare_document(files[0])
    assert [j.before for j in prepared.broken_lines] == ["Maya: Honestly it was harder than I expected and the"]
    kept = store_prepared(project, prepared)
    joined = store_prepared(project, prepared.joined())
    assert "the\nflat" in document_text(project.db, kept.id)
    assert "the flat" in document_text(project.db, joined.id)
    assert joined.import_notes["lines_joined"] == 1
    assert joined.name == "maya (2)"


def test_each_import_is_one_undoable_command(project, files):
    import_files(project, [files[0]])
    assert project.history.undo_label == "Import maya.txt"
    project.undo()
    assert list_documents(project.db) == []


def test_markdown_lists_are_not_dialogue(project, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Field notes\n\n- first visit\n- second visit\n- third visit\n", encoding="utf-8")
    document = import_files(project, [notes])[0].document
    assert turns_of(project.db, document.id) == []


def test_text_without_content_is_refused(tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="blank.txt"):
        prepare_document(blank)


def test_import_notes_are_json_in_the_file(tmp_path, files):
    with Project.create(tmp_path / "p.accord") as project:
        import_files(project, [files[1]])
        raw = project.db.execute("SELECT import_notes FROM documents").fetchone()[0]
    assert json.loads(raw)["encoding"].lower().startswith("utf")
