"""Opening files that are not current projects: not projects at all, damaged, newer, or older.

Older files are upgraded by migrations, after a backup; `inspect` reads a file's version without
changing it. Creating, opening and commands are in test_project.py.
"""

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from accord.core import project as project_module
from accord.core import project_file
from accord.core import schema
from accord.core.documents import add_document, list_documents
from accord.core.errors import ProjectFileError
from accord.core.project import Project
from accord.core.project_file import backup, inspect

from core_helpers import dump_tables
from project_helpers import _digest, _make_project, _pragma, _set_pragma


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
    real_backup = project_file.backup

    def spying_backup(source, target):
        result = real_backup(source, target)
        seen_backup_before_migrating.append(not calls)
        return result

    monkeypatch.setattr(project_file, "backup", spying_backup)
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


# -- inspect -----------------------------------------------------------------
def test_inspect_fresh_project_changes_nothing(tmp_path):
    path = _make_project(tmp_path / "p.accord")
    digest = _digest(path)
    assert inspect(path) == schema.SCHEMA_VERSION
    assert _digest(path) == digest


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
