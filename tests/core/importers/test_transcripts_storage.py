"""Issue #17, storage: a transcript's turns keep their speakers and times through import, undo and upgrade."""

import sqlite3

from sqlite_utils import Database

from accord.core import schema
from accord.core.documents import delete_document, speakers, timed_turns_of, turns_of
from accord.core.importing import build_document, import_files, prepare_document, store_built, store_prepared
from accord.core.project import Project

from transcript_samples import EXPECTED_TEXT, srt_text, teams_vtt, write

TEAMS_TURNS = [(0, 46, 12, "Maya Patel", 1.0, 5.0), (48, 71, 60, "Jonas Berg", 5.0, 7.25),
               (73, 90, 85, "Maya Patel", 8.0, 9.0)]


def test_import_stores_the_text_and_timed_turns(tmp_path):
    with Project.create(tmp_path / "p.accord") as project:
        [outcome] = import_files(project, [write(tmp_path / "meeting.vtt", teams_vtt())])
        document = outcome.document
        assert project.db.execute("SELECT text FROM documents").fetchone()[0] == EXPECTED_TEXT
        assert [tuple(t) for t in timed_turns_of(project.db, document.id)] == TEAMS_TURNS
        # Readers of turns without times see what they always saw.
        assert [tuple(t) for t in turns_of(project.db, document.id)] == [row[:4] for row in TEAMS_TURNS]
        assert document.source_format == "vtt"
        assert document.import_notes["transcript"] == {
            "kind": "WebVTT (Microsoft Teams)", "cues": 4, "turns": 3, "speakers": ["Maya Patel", "Jonas Berg"]}


def test_prepared_transcript_previews_its_speakers_and_joins_nothing(tmp_path):
    prepared = prepare_document(write(tmp_path / "a.srt", srt_text()))
    assert prepared.speakers == ("Maya Patel", "Jonas Berg")
    assert prepared.transcript is not None and prepared.broken_count == 0
    assert prepared.joined() is prepared
    assert prepared.read_text() == EXPECTED_TEXT


def test_a_speaker_left_out_keeps_the_text_but_not_the_turns(tmp_path):
    prepared = prepare_document(write(tmp_path / "a.vtt", teams_vtt())).without_speakers(["jonas berg"])
    with Project.create(tmp_path / "p.accord") as project:
        document = store_built(project, build_document(prepared))
        assert [t.speaker for t in timed_turns_of(project.db, document.id)] == ["Maya Patel", "Maya Patel"]
        assert project.db.execute("SELECT text FROM documents").fetchone()[0] == EXPECTED_TEXT


def test_unnamed_turns_keep_times_but_are_no_speaker(tmp_path):
    srt = "1\n00:00:01,000 --> 00:00:02,000\nThe door opens.\n\n2\n00:00:03,000 --> 00:00:04,000\nAna: Hello?\n"
    with Project.create(tmp_path / "p.accord") as project:
        document = store_prepared(project, prepare_document(write(tmp_path / "film.srt", srt)))
        assert [(t.speaker, t.time_start) for t in timed_turns_of(project.db, document.id)] == [("", 1.0), ("", 3.0)]
        assert speakers(project.db, document.id) == [] and speakers(project.db) == []


def test_undoing_a_delete_brings_the_times_back(tmp_path):
    with Project.create(tmp_path / "p.accord", undo=True) as project:
        document = store_prepared(project, prepare_document(write(tmp_path / "a.vtt", teams_vtt())))
        with project.command("Delete"):
            delete_document(project.db, document.id)
        assert project.db.execute("SELECT count(*) FROM turns").fetchone()[0] == 0
        project.undo()
        assert [tuple(t) for t in timed_turns_of(project.db, document.id)] == TEAMS_TURNS
        project.undo()  # the import itself
        assert project.db.execute("SELECT count(*) FROM turns").fetchone()[0] == 0


def test_the_same_transcript_twice_is_a_duplicate(tmp_path):
    path = write(tmp_path / "a.vtt", teams_vtt())
    with Project.create(tmp_path / "p.accord") as project:
        first, second = import_files(project, [path, path])
        assert first.ok and second.skipped


def test_an_older_project_gains_turn_times(tmp_path):
    path = tmp_path / "old.accord"
    names = schema._migration_names
    version = names.index("0007_turn_times")
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(db, stop_before="0007_turn_times")
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO documents(name, imported_at, length, sha256, text) VALUES ('d', 'now', 8, 'x', 'Ana: hi')")
    db.execute("INSERT INTO turns(document_id, start, \"end\", label_end, speaker) VALUES (1, 0, 7, 5, 'Ana')")
    db.conn.commit()
    db.close()
    with Project.open(path) as project:
        assert [tuple(t) for t in timed_turns_of(project.db, 1)] == [(0, 7, 5, "Ana", None, None)]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()
