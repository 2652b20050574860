"""Creating, opening, migrating and closing project files; commands as transactions."""

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from accord.core import project as project_module
from accord.core import schema
from accord.core.codebook import create_code, list_codes
from accord.core.coders import add_coder, list_coders
from accord.core.codings import apply_code
from accord.core.documents import add_document, list_documents
from accord.core.errors import InvalidValue, ProjectFileError
from accord.core.history import Changes
from accord.core.project import Project, backup, inspect, set_meta

from core_helpers import dump_tables


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _set_pragma(path: Path, name: str, value: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA {name} = {value}")
        conn.commit()
    finally:
        conn.close()


def _make_project(path: Path, *, documents: int = 3) -> Path:
    """A closed project file with some content."""
    with Project.create(path, coder="ann") as p:
        with p.command("fill"):
            create_code(p.db, "Theme")
            for i in range(documents):
                add_document(p.db, f"doc{i}", f"Document number {i}. " * 200)
                apply_code(p.db, f"doc{i}", "Theme", "ann", 0, 8)
    return path


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


# -- opening things that are not (usable) projects -------------------------
def _sqlite_file(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _newer(path: Path) -> Path:
    _make_project(path, documents=1)
    _set_pragma(path, "user_version", schema.SCHEMA_VERSION + 1)
    return path


def _truncated(path: Path) -> Path:
    data = _make_project(path.with_name("whole.accord")).read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])
    return path


BAD_FILES = {
    "empty": lambda path: path.write_bytes(b""),
    "text": lambda path: path.write_text("These are my interview notes.\n" * 50, encoding="utf-8"),
    "random": lambda path: path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(10_000))),
    "other_program": lambda path: _sqlite_file(
        path, "CREATE TABLE bookmarks(id INTEGER PRIMARY KEY, url TEXT)",
        "INSERT INTO bookmarks(url) VALUES ('https://example.org')"),
    "other_program_same_version": lambda path: _sqlite_file(
        path, "CREATE TABLE t(x)", f"PRAGMA user_version = {schema.SCHEMA_VERSION}", "PRAGMA application_id = 12345"),
    "newer": _newer,
    "truncated": _truncated,
    "header_only": lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20),
    "header_then_garbage": lambda path: path.write_bytes(
        b"SQLite format 3\x00" + bytes((i * 31 + 7) % 251 for i in range(8192))),
}


def _bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.accord"
    BAD_FILES[kind](path)
    assert path.is_file()
    return path


EXPECTED = {
    "empty": "empty file",
    "text": "not a SQLite database",
    "random": "not a SQLite database",
    "other_program": "another program",
    "other_program_same_version": "another program",
    "newer": "newer version of Accord",
    "truncated": "damaged",
    "header_only": "damaged",
    "header_then_garbage": "damaged",
}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_open_rejects_bad_file_and_leaves_it_alone(tmp_path, kind):
    path = _bad_file(tmp_path, kind)
    digest, size = _digest(path), path.stat().st_size
    listing = sorted(tmp_path.iterdir())
    with pytest.raises(ProjectFileError) as info:
        Project.open(path, undo=True)
    message = str(info.value)
    assert str(path) in message
    assert EXPECTED[kind] in message
    assert _digest(path) == digest
    assert path.stat().st_size == size
    # and no backup or other project was written next to it
    assert not list(tmp_path.glob("*before-upgrade*"))
    with pytest.raises(ProjectFileError):
        inspect(path)
    assert _digest(path) == digest
    assert sorted(tmp_path.iterdir()) == listing  # no -wal, -shm or backup files appeared


def test_newer_file_message_names_versions(tmp_path):
    path = _bad_file(tmp_path, "newer")
    with pytest.raises(ProjectFileError) as info:
        inspect(path)
    assert f"file format {schema.SCHEMA_VERSION + 1}" in str(info.value)
    assert f"reads up to {schema.SCHEMA_VERSION}" in str(info.value)


def test_open_missing_file(tmp_path):
    path = tmp_path / "missing.accord"
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    assert str(path) in str(info.value)
    assert "no such file" in str(info.value)
    assert not path.exists()


def test_open_folder(tmp_path):
    folder = tmp_path / "folder.accord"
    folder.mkdir()
    with pytest.raises(ProjectFileError) as info:
        Project.open(folder)
    assert str(folder) in str(info.value)
    assert "folder" in str(info.value)
    assert list(folder.iterdir()) == []


# -- migration and backup ----------------------------------------------------
def test_open_older_version_backs_up_then_upgrades(tmp_path):
    path = _make_project(tmp_path / "old.accord")
    with Project.open(path) as p:
        content = dump_tables(p.db)
    _set_pragma(path, "user_version", 0)
    old_bytes = _digest(path)
    assert inspect(path) == 0

    with Project.open(path) as p:
        assert p.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert dump_tables(p.db) == content
    backups = list(tmp_path.glob("old.before-upgrade-from-v0.*.accord"))
    assert len(backups) == 1
    assert _pragma(backups[0], "user_version") == 0
    assert _pragma(backups[0], "application_id") == schema.APPLICATION_ID
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    conn.close()
    assert _digest(path) != old_bytes
    assert inspect(path) == schema.SCHEMA_VERSION


def test_open_older_version_backup_dir(tmp_path):
    path = _make_project(tmp_path / "old.accord")
    _set_pragma(path, "user_version", 0)
    backups = tmp_path / "backups" / "deep"
    Project.open(path, backup_dir=backups).close()
    assert len(list(backups.glob("old.before-upgrade-from-v0.*.accord"))) == 1
    assert not list(tmp_path.glob("*before-upgrade*"))


CURRENT = schema.SCHEMA_VERSION


def _current_migrations() -> Migrations:
    """A fresh migration set with this version's migrations, ready for a test to add one more."""
    migrations = Migrations("accord")
    for migration in schema.migrations._migrations:
        migrations(name=migration.name)(migration.fn)
    return migrations


@pytest.fixture
def second_migration(monkeypatch):
    """Pretend this version of Accord has one more migration (adds codes.shortcut)."""
    migrations = _current_migrations()
    calls = []

    def add_shortcut(db):
        calls.append(db)
        db.execute("ALTER TABLE codes ADD COLUMN shortcut TEXT NOT NULL DEFAULT ''")

    migrations(name="9999_shortcut")(add_shortcut)

    def install():
        monkeypatch.setattr(schema, "migrations", migrations)
        monkeypatch.setattr(schema, "SCHEMA_VERSION", CURRENT + 1)
        return calls

    return install


def test_migration_to_new_version_writes_backup_first(tmp_path, second_migration, monkeypatch):
    path = _make_project(tmp_path / "v1.accord")
    with Project.open(path) as p:
        content = dump_tables(p.db)
    v1_digest = _digest(path)
    calls = second_migration()

    seen_backup_before_migrating = []
    real_backup = project_module.backup

    def spying_backup(source, target):
        result = real_backup(source, target)
        seen_backup_before_migrating.append(not calls)
        return result

    monkeypatch.setattr(project_module, "backup", spying_backup)
    assert inspect(path) == CURRENT
    with Project.open(path, undo=True) as p:
        assert p.db.execute("PRAGMA user_version").fetchone()[0] == CURRENT + 1
        columns = [r[1] for r in p.db.execute("PRAGMA table_info(codes)")]
        assert "shortcut" in columns
        # the undo log copes with the new column
        with p.command("rename"):
            p.db.execute("UPDATE codes SET shortcut = 'T'")
        p.undo()
        assert p.db.execute("SELECT shortcut FROM codes").fetchall() == [("",)]
    assert seen_backup_before_migrating == [True]
    assert len(calls) == 1
    backups = list(tmp_path.glob(f"v1.before-upgrade-from-v{CURRENT}.*.accord"))
    assert len(backups) == 1
    assert _pragma(backups[0], "user_version") == CURRENT
    conn = sqlite3.connect(backups[0])
    assert "shortcut" not in [r[1] for r in conn.execute("PRAGMA table_info(codes)")]
    assert conn.execute("SELECT rowid, * FROM documents ORDER BY rowid").fetchall() == content["documents"]
    conn.close()
    assert _digest(path) != v1_digest
    # a second open does not migrate or back up again
    Project.open(path).close()
    assert len(calls) == 1
    assert len(list(tmp_path.glob("*before-upgrade*"))) == 1


def test_failed_migration_leaves_file_at_old_version(tmp_path, monkeypatch):
    path = _make_project(tmp_path / "v1.accord")
    migrations = _current_migrations()

    def broken(db):
        db.execute("CREATE TABLE half_done(x)")
        db.execute("INSERT INTO no_such_table VALUES (1)")

    migrations(name="9999_broken")(broken)
    monkeypatch.setattr(schema, "migrations", migrations)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", CURRENT + 1)
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    assert str(path) in str(info.value)
    assert _pragma(path, "user_version") == CURRENT
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "half_done" not in names
    assert len(list(tmp_path.glob(f"v1.before-upgrade-from-v{CURRENT}.*.accord"))) == 1


def test_backup_of_open_project_is_consistent(tmp_path):
    path = tmp_path / "live.accord"
    with Project.create(path, coder="ann") as p:
        with p.command("add"):
            add_document(p.db, "d", "still in the WAL")
        # the document is committed but lives only in the -wal file so far
        target = backup(path, tmp_path / "copies" / "copy.accord")
        assert target == tmp_path / "copies" / "copy.accord"
        assert inspect(target) == schema.SCHEMA_VERSION
        with Project.open(target) as copy:
            assert dump_tables(copy.db) == dump_tables(p.db)


def test_inspect_fresh_project_changes_nothing(tmp_path):
    path = _make_project(tmp_path / "p.accord")
    digest = _digest(path)
    assert inspect(path) == schema.SCHEMA_VERSION
    assert _digest(path) == digest


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


def test_create_with_blank_coder_leaves_nothing(tmp_path):
    path = tmp_path / "x.accord"
    with pytest.raises(InvalidValue):
        Project.create(path, coder="   ")
    assert list(tmp_path.iterdir()) == []
    Project.create(path, coder="ann").close()  # the name is free again
    assert inspect(path) == schema.SCHEMA_VERSION


def test_backup_failure_before_upgrade_is_a_project_error(tmp_path):
    path = _make_project(tmp_path / "old.accord")
    _set_pragma(path, "user_version", 0)
    digest = _digest(path)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(ProjectFileError) as info:
        Project.open(path, backup_dir=not_a_folder)
    assert str(path) in str(info.value)
    assert "back up" in str(info.value)
    assert _digest(path) == digest
    assert _pragma(path, "user_version") == 0


def test_failed_migration_closes_its_connection(tmp_path, monkeypatch):
    path = _make_project(tmp_path / "v1.accord")
    opened = []
    real_connect = project_module._connect

    def spy(*args, **kwargs):
        db = real_connect(*args, **kwargs)
        opened.append(db)
        return db

    monkeypatch.setattr(project_module, "_connect", spy)
    migrations = _current_migrations()
    migrations(name="9999_broken")(lambda db: db.execute("SELECT * FROM no_such_table"))
    monkeypatch.setattr(schema, "migrations", migrations)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", CURRENT + 1)
    with pytest.raises(ProjectFileError):
        Project.open(path)
    assert len(opened) == 1
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")


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


def test_inspect_leaves_no_sidecar_files(tmp_path):
    path = _make_project(tmp_path / "p.accord")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.accord"]
    assert inspect(path) == schema.SCHEMA_VERSION
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.accord"]


def test_inspect_sees_changes_still_in_the_wal(tmp_path):
    path = tmp_path / "p.accord"
    with Project.create(path) as p:
        p.db.execute("PRAGMA wal_autocheckpoint = 0")
        with p.command("add"):
            add_document(p.db, "d", "text")
        assert Path(f"{path}-wal").stat().st_size > 0
        assert inspect(path) == schema.SCHEMA_VERSION
        p.db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        with pytest.raises(ProjectFileError, match="newer version"):
            inspect(path)
        p.db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        # another reader opening meanwhile sees the committed document
        with Project.open(path) as other:
            assert [d.name for d in list_documents(other.db)] == ["d"]
