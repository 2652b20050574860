"""Creating, opening and closing project files; read-only files; commands as transactions.

Files that are not current projects (damaged, newer, older) are in test_project_versions.py.
"""

import os
import sqlite3
from pathlib import Path

import pytest

from accord.core import project as project_module
from accord.core import schema
from accord.core.codebook import create_code, list_codes
from accord.core.coders import add_coder, list_coders
from accord.core.codings import apply_code
from accord.core.documents import add_document, list_documents
from accord.core.errors import InvalidValue, ProjectFileError
from accord.core.history import Changes
from accord.core.project import Project, set_meta
from accord.core.project_file import inspect

from core_helpers import dump_tables
from project_helpers import _digest, _make_project, _pragma, _set_pragma


# -- create ----------------------------------------------------------------
def test_create_sets_pragmas_and_metadata(tmp_path):
    path = tmp_path / "study.accord"
    with Project.create(path) as p:
        assert p.path == path
        assert p.read_only is False
        assert p.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert p.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert p.db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert p.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert p.title == "study"
        assert p.meta("created_at")[:2] == "20"
        assert p.meta("missing", "fallback") == "fallback"
        tables = {r[0] for r in p.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(schema.USER_TABLES) <= tables
    assert path.exists()
    assert schema.APPLICATION_ID == 0x41435244
    assert _pragma(path, "application_id") == 0x41435244
    assert _pragma(path, "user_version") == schema.SCHEMA_VERSION
    assert _pragma(path, "journal_mode") == "wal"  # persistent in the file


def test_create_with_title_and_coder(tmp_path):
    path = tmp_path / "x.accord"
    with Project.create(path, title="My study", coder="ann", undo=True) as p:
        assert p.title == "My study"
        assert [c.name for c in list_coders(p.db)] == ["ann"]
        # adding the first coder is not an undoable user action
        assert p.undo() == Changes()
        assert [c.name for c in list_coders(p.db)] == ["ann"]
    with Project.open(path) as p:
        assert p.title == "My study"
        assert [c.name for c in list_coders(p.db)] == ["ann"]


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "x.accord"
    path.write_bytes(b"keep me")
    with pytest.raises(ProjectFileError) as info:
        Project.create(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == b"keep me"


def test_create_refuses_missing_folder(tmp_path):
    path = tmp_path / "nope" / "x.accord"
    with pytest.raises(ProjectFileError) as info:
        Project.create(path)
    assert str(path) in str(info.value)
    assert not path.parent.exists()


def test_create_with_blank_coder_leaves_nothing(tmp_path):
    path = tmp_path / "x.accord"
    with pytest.raises(InvalidValue):
        Project.create(path, coder="   ")
    assert list(tmp_path.iterdir()) == []
    Project.create(path, coder="ann").close()  # the name is free again
    assert inspect(path) == schema.SCHEMA_VERSION


def test_foreign_keys_on_after_open(tmp_path):
    path = _make_project(tmp_path / "p.accord")
    with Project.open(path) as p:
        assert p.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert p.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with pytest.raises(sqlite3.IntegrityError):
            p.db.execute(
                "INSERT INTO codings(document_id, code_id, coder_id, start, \"end\", created_at) "
                "VALUES (999, 999, 999, 0, 1, 'x')"
            )


def test_open_reads_back_everything(tmp_path):
    path = _make_project(tmp_path / "p.accord")
    with Project.open(path) as p:
        before = dump_tables(p.db)
        assert [d.name for d in list_documents(p.db)] == ["doc0", "doc1", "doc2"]
        assert p.history is None  # undo defaults to off
    with Project.open(str(path), undo=True) as p:
        assert p.history is not None
        assert dump_tables(p.db) == before
    assert inspect(path) == schema.SCHEMA_VERSION


def test_close_closes_connection_and_sidecars(tmp_path):
    path = _make_project(tmp_path / "p.accord")
    p = Project.open(path)
    p.close()
    with pytest.raises(sqlite3.ProgrammingError):
        p.db.execute("SELECT 1")
    assert not Path(f"{path}-wal").exists()
    with Project.open(path) as q:
        pass
    with pytest.raises(sqlite3.ProgrammingError):
        q.db.execute("SELECT 1")


def test_changes_survive_close_and_reopen(tmp_path):
    path = tmp_path / "p.accord"
    with Project.create(path, undo=True) as p:
        with p.command("add"):
            add_document(p.db, "d", "text")
    with Project.open(path) as p:
        assert [d.name for d in list_documents(p.db)] == ["d"]


def test_in_memory_project():
    p = Project.in_memory(title="T")
    assert p.path is None
    assert p.title == "T"
    assert p.history is not None
    assert p.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert Project.in_memory(undo=False).history is None
    p.close()


# -- read-only ---------------------------------------------------------------
@pytest.fixture
def unwritable(monkeypatch):
    """Make the project code see files as unwritable (tests may run as root)."""
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(project_module.os, "access", access)


def test_read_only_file_opens_read_only(tmp_path, unwritable):
    path = _make_project(tmp_path / "p.accord")
    digest = _digest(path)
    with Project.open(path, undo=True) as p:
        assert p.read_only is True
        assert p.history is None
        assert [d.name for d in list_documents(p.db)] == ["doc0", "doc1", "doc2"]
        with pytest.raises(ProjectFileError) as info:
            with p.command("add"):
                add_document(p.db, "new", "text")
        assert str(path) in str(info.value)
        assert "read-only" in str(info.value)
        with pytest.raises(sqlite3.OperationalError):
            p.db.execute("DELETE FROM documents")
        assert p.undo() == Changes()
        assert len(list_documents(p.db)) == 3
    assert _digest(path) == digest


def test_read_only_file_needing_upgrade_is_refused(tmp_path, unwritable):
    path = _make_project(tmp_path / "p.accord")
    _set_pragma(path, "user_version", 0)
    digest = _digest(path)
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    assert "read-only" in str(info.value)
    assert _digest(path) == digest
    assert not list(tmp_path.glob("*before-upgrade*"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write to any file")
def test_really_read_only_file(tmp_path):
    path = _make_project(tmp_path / "p.accord")
    path.chmod(0o444)
    try:
        with Project.open(path, undo=True) as p:
            assert p.read_only
            with pytest.raises(ProjectFileError):
                with p.command("x"):
                    pass
    finally:
        path.chmod(0o644)


# -- commands ----------------------------------------------------------------
def test_command_that_raises_rolls_back_everything(tmp_path):
    path = tmp_path / "p.accord"
    with Project.create(path, coder="ann", undo=True) as p:
        with p.command("setup"):
            add_document(p.db, "keep", "kept text")
        before = dump_tables(p.db)
        heard = []
        p.subscribe(lambda changes, label: heard.append(label))

        with pytest.raises(RuntimeError, match="boom"):
            with p.command("doomed"):
                add_document(p.db, "new", "new text")
                create_code(p.db, "Code")
                apply_code(p.db, "new", "Code", "ann", 0, 3)
                set_meta(p.db, "title", "changed")
                raise RuntimeError("boom")
        assert dump_tables(p.db) == before
        assert heard == []
        assert p.history.undo_label == "setup"
        # a failing core call (duplicate name) also rolls back earlier statements
        with pytest.raises(InvalidValue):
            with p.command("doomed too"):
                create_code(p.db, "Fine")
                add_document(p.db, "keep", "duplicate name")
        assert dump_tables(p.db) == before
        assert list_codes(p.db) == []
        # the project still works and the undo stack is intact
        with p.command("after"):
            create_code(p.db, "After")
        assert p.undo().tables == {"codes"}
        assert p.undo().tables == {"documents"}
        assert list_documents(p.db) == []
    with Project.open(path) as p:
        assert list_documents(p.db) == []
        assert p.title == "p"


def test_command_announces_changes(project):
    heard = []

    def listener(changes, label):
        heard.append((label, changes.tables))

    project.subscribe(listener)
    with project.command("Add document"):
        add_document(project.db, "d", "text")
    with project.command("Nothing"):
        pass
    project.undo()
    project.redo()
    project.unsubscribe(listener)
    with project.command("Unheard"):
        create_code(project.db, "C")
    assert heard == [
        ("Add document", frozenset({"documents"})),
        ("Nothing", frozenset()),
        ("Undo Add document", frozenset({"documents"})),
        ("Redo Add document", frozenset({"documents"})),
    ]


def test_command_without_undo_still_transactional(tmp_path):
    with Project.create(tmp_path / "p.accord") as p:
        assert p.history is None
        with pytest.raises(ValueError):
            with p.command("x"):
                add_document(p.db, "d", "text")
                raise ValueError
        assert list_documents(p.db) == []
        with p.command("y"):
            add_document(p.db, "d", "text")
        assert p.undo() == Changes()
        assert len(list_documents(p.db)) == 1


def test_set_meta_is_undoable(project):
    with project.command("Retitle"):
        set_meta(project.db, "title", "New title")
    assert project.title == "New title"
    assert project.undo().tables == {"project"}
    assert project.title == "Untitled"
    project.redo()
    assert project.title == "New title"


def test_add_coder_in_command(project):
    with project.command("coder"):
        add_coder(project.db, "bob")
    project.undo()
    assert [c.name for c in list_coders(project.db)] == ["ann"]


def test_nested_command_is_part_of_the_outer_one(project):
    heard = []
    project.subscribe(lambda changes, label: heard.append(label))
    with project.command("outer"):
        create_code(project.db, "A")
        with project.command("inner"):
            create_code(project.db, "B")
        create_code(project.db, "C")
    assert heard == ["outer"]
    assert project.history.undo_label == "outer"
    assert project.undo().rows == {"codes": frozenset({1, 2, 3})}
    assert list_codes(project.db) == []
    assert project.history.undo_label is None  # no ghost "inner" step left behind
    project.redo()
    assert [c.name for c in list_codes(project.db)] == ["A", "B", "C"]


def test_failing_nested_command_rolls_back_only_itself(project):
    with project.command("outer"):
        create_code(project.db, "A")
        with pytest.raises(InvalidValue):
            with project.command("inner"):
                create_code(project.db, "B")
                create_code(project.db, "A")  # duplicate: fails
        create_code(project.db, "C")
    assert [c.name for c in list_codes(project.db)] == ["A", "C"]
    project.undo()
    assert list_codes(project.db) == []
    assert project.history.undo_label is None


def test_outer_failure_after_nested_command_leaves_no_step(project):
    with pytest.raises(RuntimeError):
        with project.command("outer"):
            with project.command("inner"):
                create_code(project.db, "B")
            raise RuntimeError
    assert list_codes(project.db) == []
    assert project.history.undo_label is None
    with project.command("real"):
        create_code(project.db, "R")
    assert project.history.undo_label == "real"
    project.undo()
    assert list_codes(project.db) == []
