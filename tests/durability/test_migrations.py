"""Every earlier file format opens, and is upgraded only after a backup of it was written.

Older files are built with the real migrations (`schema.migrations`, stopping
before the first one the old version did not have), so this starts to check
each new version the day its migration is added. While Accord has a single
file format there is no older version and the parametrised test reports
"got empty parameter set"; the other tests check the builder itself.
"""

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from accord.core import project_file
from accord.core import schema
from accord.core.errors import ProjectFileError
from accord.core.lock import lock_path
from accord.core.project import Project, ProjectLocked
from accord.core.project_file import inspect

from durability_helpers import digest, integrity, listing


def build_at(path: Path, version: int) -> Path:
    """A project file as the Accord of file format `version` made it (plus a title)."""
    names = schema._migration_names
    assert 1 <= version <= len(names)
    db = Database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(db, stop_before=names[version] if version < len(names) else None)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO project(key, value) VALUES ('title', 'From long ago')")
    db.close()
    return path


def _schema_of(path: Path) -> set[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        # (sqlite_stat1 is written by PRAGMA optimize on closing, not by a migration)
        return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                "WHERE name NOT LIKE 'sqlite_stat%'"))
    finally:
        conn.close()


def _current_schema(tmp_path: Path) -> set[tuple]:
    fresh = tmp_path / "fresh" / "fresh.accord"
    fresh.parent.mkdir()
    Project.create(fresh).close()
    return _schema_of(fresh)


def check_upgrade(tmp_path: Path, version: int, monkeypatch) -> None:
    """Open a file of format `version`: backed up first (untouched), then upgraded, content kept."""
    path = build_at(tmp_path / f"v{version}.accord", version)
    original, original_schema = digest(path), _schema_of(path)
    assert inspect(path) == version
    seen = []
    real_backup = project_file.backup

    def watching_backup(source, target):
        seen.append(digest(Path(source)))  # the file as it was when it was backed up
        return real_backup(source, target)

    monkeypatch.setattr(project_file, "backup", watching_backup)
    with Project.open(path, undo=True, take_lock=True) as p:
        assert p.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert p.title == "From long ago"
    assert seen[:1] == [original]
    backups = list(tmp_path.glob(f"v{version}.before-upgrade-from-v{version}.*.accord"))
    assert len(backups) == 1
    assert inspect(backups[0]) == version
    assert _schema_of(backups[0]) == original_schema
    assert _schema_of(path) == _current_schema(tmp_path)
    assert integrity(path) == ["ok"] and integrity(backups[0]) == ["ok"]
    assert not lock_path(path).exists()


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_every_older_version_is_backed_up_then_upgraded(tmp_path, version, monkeypatch):
    check_upgrade(tmp_path, version, monkeypatch)


def test_versions_are_the_migrations():
    assert schema.SCHEMA_VERSION == len(schema._migration_names) >= 1
    assert [m.name for m in schema.migrations._migrations] == schema._migration_names


def test_builder_makes_the_current_format_exactly(tmp_path, monkeypatch):
    """build_at(SCHEMA_VERSION) is what Project.create makes: it opens as it is, with no backup."""
    path = build_at(tmp_path / "now.accord", schema.SCHEMA_VERSION)
    assert _schema_of(path) == _current_schema(tmp_path)
    monkeypatch.setattr(project_file, "backup", lambda *a: pytest.fail("no backup for a current file"))
    with Project.open(path, undo=True) as p:
        assert p.title == "From long ago"
    assert not list(tmp_path.glob("*before-upgrade*"))


@pytest.fixture
def next_version(monkeypatch):
    """As if this Accord had one more file format than it has (a column added to codes)."""
    migrations = Migrations("accord")
    for name in schema._migration_names:
        migrations(name=name)(next(m.fn for m in schema.migrations._migrations if m.name == name))
    migrations(name="9999_simulated")(lambda db: db.execute("ALTER TABLE codes ADD COLUMN shortcut TEXT"))
    monkeypatch.setattr(schema, "migrations", migrations)
    monkeypatch.setattr(schema, "_migration_names", [*schema._migration_names, "9999_simulated"])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)


def test_the_check_bites_on_a_simulated_next_version(tmp_path, monkeypatch, next_version):
    """The machinery above, run against a simulated next format (not a real one)."""
    check_upgrade(tmp_path, schema.SCHEMA_VERSION - 1, monkeypatch)


def test_an_old_file_open_in_another_window_is_not_upgraded(tmp_path, next_version):
    path = build_at(tmp_path / "old.accord", schema.SCHEMA_VERSION - 1)
    lock_path(path).write_text('{"user": "bob", "host": "bobs-laptop", "pid": 7, "since": "2024-01-01T00:00:00"}')
    before = digest(path)
    with pytest.raises(ProjectLocked):
        Project.open(path, take_lock=True)
    with pytest.raises(ProjectFileError, match="needs upgrading.*opened read-only"):
        Project.open(path, take_lock=True, read_only=True)
    assert digest(path) == before
    assert sorted(listing(tmp_path)) == ["old.accord", "old.accord.lock"]


def test_version_4_makes_the_target_of_any_adjudication_a_consensus(tmp_path):
    """Files from before coder roles: whoever received decisions is a consensus, everyone else a coder."""
    path = build_at(tmp_path / "v3.accord", 3)
    db = Database(path)
    db.execute("INSERT INTO documents(name, imported_at, length, sha256, text) VALUES ('d', 'now', 3, 'x', 'abc')")
    for name in ("Ana", "Ben", "Agreed", "Carol"):
        db.execute("INSERT INTO coders(name, created_at) VALUES (?, 'now')", [name])
    db.execute("INSERT INTO adjudications(document_id, consensus_coder_id, first_coder_id, second_coder_id, kind, "
               "decision, decided_at) VALUES (1, 3, 1, 2, 'boundary', 'union', 'now')")
    db.close()
    with Project.open(path, undo=True) as p:
        assert p.db.execute("SELECT name, role FROM coders ORDER BY id").fetchall() == [
            ("Ana", "coder"), ("Ben", "coder"), ("Agreed", "consensus"), ("Carol", "coder")]


def test_version_5_gives_every_existing_code_its_own_guid(tmp_path):
    """Files from before code GUIDs: each code gets a fresh uuid4, and GUIDs stay unique from then on."""
    path = build_at(tmp_path / "v4.accord", 4)
    db = Database(path)
    db.execute("INSERT INTO codes(id, name, created_at) VALUES (1, 'Trust', 'now')")
    db.execute("INSERT INTO codes(id, parent_id, name, created_at) VALUES (2, 1, 'Doctors', 'now')")
    db.execute("INSERT INTO codes(id, name, created_at) VALUES (3, 'Care', 'now')")
    db.close()
    with Project.open(path, undo=True) as p:
        guids = [row[0] for row in p.db.execute("SELECT guid FROM codes ORDER BY id")]
        assert len(set(guids)) == 3
        assert all(uuid.UUID(guid).version == 4 and str(uuid.UUID(guid)) == guid for guid in guids)
        with pytest.raises(sqlite3.IntegrityError):
            p.db.execute("UPDATE codes SET guid = ? WHERE id = 3", [guids[0]])
