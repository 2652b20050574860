"""Backups checked with PRAGMA integrity_check, and restoring over a truly damaged project file.

The user's data folder (where backups go) is a temporary folder (the root conftest's ACCORD_DATA_DIR).
"""

import sqlite3
from pathlib import Path

import pytest

from accord.core.backups import (
    backup_folder, check_backup, check_backups, list_backups, newest_good_backup, restore_project, take_backup,
)
from accord.core.codebook import create_code
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.errors import ProjectFileError
from accord.core.project import Project
from accord.core.project_file import ProjectDamaged
from accord.core.recovery import inspect_project as inspect

PAGE = 4096


def make_project(path: Path, documents: int = 2) -> Path:
    with Project.create(path, coder="ann") as project:
        with project.command("setup"):
            create_code(project.db, "C")
            for n in range(documents):
                add_document(project.db, f"d{n}", "All work and no play. " * 900)
                apply_code(project.db, f"d{n}", "C", "ann", 0, 8)
                apply_code(project.db, f"d{n}", "C", "ann", 100, 120)
    return path


def add_one(path: Path) -> None:
    with Project.open(path) as project:
        with project.command("more"):
            add_document(project.db, "late", "One more document.")


def damage(path: Path) -> bytes:
    """Garbage over the third page (a b-tree page), as a bad sector would leave; returns the damaged bytes."""
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * PAGE
    data[2 * PAGE:3 * PAGE] = bytes((i * 131 + 7) % 256 for i in range(PAGE))
    path.write_bytes(bytes(data))
    return bytes(data)


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.close()


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "study.accord")


def test_a_sound_backup_passes_with_its_counts(project):
    checked = check_backup(take_backup(project))
    assert checked.ok and checked.problem is None
    assert (checked.documents, checked.codings) == (2, 4)
    assert "(2 documents, 4 codings)" in checked.summary()


def test_a_damaged_backup_fails_the_integrity_check(project):
    made = take_backup(project)
    damage(made.path)
    assert integrity(made.path) != ["ok"]
    checked = check_backup(made)
    assert not checked.ok and "damaged" in checked.problem
    assert checked.documents is None


def test_newest_good_backup_skips_a_damaged_newer_one(project):
    older = take_backup(project)
    add_one(project)
    newer = take_backup(project)
    assert [b.path for b in list_backups(project)] == [newer.path, older.path]
    damage(newer.path)
    assert [c.ok for c in check_backups(project)] == [False, True]
    good = newest_good_backup(project)
    assert good.path == older.path and good.documents == 2


def test_opening_a_damaged_project_names_the_newest_good_backup(project):
    made = take_backup(project)
    damage(project)
    with pytest.raises(ProjectDamaged) as info:
        Project.open(project)
    message = str(info.value)
    assert message.startswith(f"{project}: the project file is damaged")
    assert f"newest good backup is from {made.when} (2 documents, 4 codings)" in message
    assert message.endswith(f"restore it with: accord restore {project}")
    assert info.value.good.path == made.path


def test_damaged_project_without_a_good_backup_says_so(project):
    take_backup(project)
    damage(list_backups(project)[0].path)
    damage(project)
    with pytest.raises(ProjectDamaged, match="none of its 1 backups passes the integrity check.*--from FILE"):
        inspect(project)


def test_a_project_overwritten_with_zeros_is_damaged_once_it_has_backups(project, tmp_path):
    take_backup(project)
    project.write_bytes(bytes(8 * PAGE))
    with pytest.raises(ProjectDamaged, match="damaged .*not a SQLite database.*accord restore"):
        inspect(project)
    stranger = tmp_path / "stranger.accord"
    stranger.write_bytes(bytes(8 * PAGE))  # never a project we knew: no talk of restoring
    with pytest.raises(ProjectFileError) as info:
        inspect(stranger)
    assert "restore" not in str(info.value)


def test_restore_moves_the_damaged_file_and_its_sidecars_aside_and_deletes_nothing(project, tmp_path):
    made = take_backup(project)
    add_one(project)
    damaged = damage(project)
    Path(f"{project}-wal").write_bytes(b"wal of the damaged file")
    Path(f"{project}-shm").write_bytes(b"shm of the damaged file")
    backups_before = sorted(p.name for p in backup_folder(project).iterdir())

    done = restore_project(project)

    assert done.damaged and done.source.path == made.path
    assert done.aside.name.startswith("study.accord.damaged-")
    assert done.aside.read_bytes() == damaged
    assert Path(f"{done.aside}-wal").read_bytes() == b"wal of the damaged file"
    assert Path(f"{done.aside}-shm").exists()  # only an index of the -wal, which SQLite may rebuild on reading
    assert not Path(f"{project}-wal").exists() and not Path(f"{project}-shm").exists()
    assert sorted(p.name for p in backup_folder(project).iterdir()) == backups_before
    assert integrity(project) == ["ok"]
    with Project.open(project) as reopened:
        names = [row[0] for row in reopened.db.execute("SELECT name FROM documents ORDER BY name")]
        assert names == ["d0", "d1"]
        assert reopened.db.execute("SELECT count(*) FROM codings").fetchone()[0] == 4


def test_restore_refuses_without_a_good_backup_and_changes_nothing(project):
    take_backup(project)
    damage(list_backups(project)[0].path)
    damaged = damage(project)
    with pytest.raises(ProjectFileError, match="passes the integrity check; nothing was changed.*--from FILE"):
        restore_project(project)
    assert project.read_bytes() == damaged
    assert sorted(p.name for p in project.parent.iterdir()) == ["study.accord"]


def test_restore_from_a_named_damaged_backup_is_refused(project, tmp_path):
    take_backup(project)
    copy = tmp_path / "copy.accord"
    copy.write_bytes(project.read_bytes())
    damage(copy)
    before = project.read_bytes()
    with pytest.raises(ProjectFileError, match="cannot be restored.*accord backups"):
        restore_project(project, copy)
    assert project.read_bytes() == before


def test_restore_over_a_sound_project_keeps_it_as_before_restore(project):
    made = take_backup(project)
    add_one(project)
    done = restore_project(project, made.path)
    assert not done.damaged and done.aside.name.startswith("study.before-restore-")
    with Project.open(done.aside) as kept:
        assert kept.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
