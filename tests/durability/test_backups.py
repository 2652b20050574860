"""Rotating backups in the user's data folder; restoring one, all or nothing."""

import errno
import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from accord.appdirs import data_dir
from accord.core import backups as backups_module
from accord.core import project_file
from accord.core.backups import (
    DEFAULT_KEEP, Backup, BackupFailed, BackupPolicy, backup_folder, list_backups, restore_backup, take_backup,
)
from accord.core.codebook import create_code, list_codes
from accord.core.errors import ProjectFileError
from accord.core.lock import lock_path, read_lock
from accord.core.project import Project, ProjectLocked
from accord.core.project_file import inspect
from accord.core.schema import USER_TABLES

from durability_helpers import Holder, digest, integrity, listing, make_project, posix_only


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "study.accord")


def _content(path: Path) -> dict:
    """Every row of a project, read without leaving -wal/-shm files beside it."""
    query = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    try:
        return {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in USER_TABLES}
    finally:
        conn.close()


def _codes(path: Path) -> list[str]:
    return [row[3] for row in _content(path)["codes"]]  # rowid, id, parent_id, name, ...


def _add_code(path: Path, name: str) -> None:
    with Project.open(path) as p:
        with p.command("Add a code"):
            create_code(p.db, name)


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- taking backups ------------------------------------------------------------------
def test_opening_a_window_backs_up_into_the_data_folder(project):
    content = _content(project)
    with Project.open(project, undo=True, take_lock=True) as p:
        made = p.opening_backup
        assert p.backup_problem is None
        assert isinstance(made, Backup)
        assert made.path.parent == backup_folder(project)
        assert made.path.parent.parent == data_dir() / "backups"
        assert made.path.parent.name.startswith("study-")
        assert made.size == made.path.stat().st_size > 0
        assert abs(datetime.now(timezone.utc) - made.taken_at) < timedelta(minutes=1)
        assert list_backups(project) == [made]
    assert inspect(made.path) == inspect(project)
    assert _content(made.path) == content
    assert integrity(made.path) == ["ok"]
    assert listing(project.parent) == ["study.accord"]  # nothing next to the project


def test_command_line_and_read_only_opening_take_no_backup(project):
    Project.open(project).close()
    Project.open(project, take_lock=True, read_only=True).close()
    assert list_backups(project) == []
    assert not (data_dir() / "backups").exists()


def test_unchanged_project_is_kept_once(project):
    for _ in range(3):
        Project.open(project, take_lock=True).close()
    assert len(list_backups(project)) == 1
    _add_code(project, "New")
    Project.open(project, take_lock=True).close()
    kept = list_backups(project)
    assert len(kept) == 2
    assert "New" in _codes(kept[0].path)  # newest first
    assert "New" not in _codes(kept[1].path)


def test_only_the_newest_are_kept(project):
    taken = []
    for i in range(5):
        _add_code(project, f"code{i}")
        taken.append(take_backup(project, keep=3))
    kept = list_backups(project)
    assert [b.path for b in kept] == [b.path for b in reversed(taken[-3:])]
    assert sorted(p.name for p in backup_folder(project).iterdir()) == sorted(b.path.name for b in kept)
    assert DEFAULT_KEEP == 10


def test_backup_of_an_open_project_holds_what_is_still_in_the_wal(project):
    with Project.open(project, undo=True) as p:
        p.db.execute("PRAGMA wal_autocheckpoint = 0")
        with p.command("Add a code"):
            create_code(p.db, "Fresh")
        assert Path(f"{project}-wal").stat().st_size > 0
        made = take_backup(project)
        assert "Fresh" in _codes(made.path)
        assert integrity(made.path) == ["ok"]


def test_backup_of_a_closed_project_leaves_it_untouched(project):
    before = digest(project)
    take_backup(project)
    assert digest(project) == before
    assert listing(project.parent) == ["study.accord"]


def test_projects_with_the_same_name_keep_their_own_backups(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = make_project(tmp_path / "a" / "study.accord")
    two = make_project(tmp_path / "b" / "study.accord")
    assert backup_folder(one) != backup_folder(two)
    take_backup(one)
    assert len(list_backups(one)) == 1 and list_backups(two) == []


def test_unwritable_backup_folder_does_not_stop_opening(project, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("ACCORD_DATA_DIR", str(blocker))
    with Project.open(project, undo=True, take_lock=True) as p:
        assert p.opening_backup is None
        assert str(project) in p.backup_problem and "backup" in p.backup_problem
        with p.command("Add a code"):  # the project works as usual
            create_code(p.db, "Still fine")
        policy = BackupPolicy(p)
        assert policy.problem == p.backup_problem
        with pytest.raises(BackupFailed, match="cannot write a backup"):
            policy.backup_now()
    assert blocker.read_text() == "x"


def test_failed_backup_leaves_no_partial_file(project, monkeypatch):
    original = project_file.backup

    def half_then_fail(source, target):
        original(source, target)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(project_file, "backup", half_then_fail)
    with pytest.raises(BackupFailed, match="disk is full"):
        take_backup(project)
    assert list(backup_folder(project).iterdir()) == []


# -- the backup policy ---------------------------------------------------------------
def test_policy_backs_up_every_interval_while_changes_are_made(project):
    clock = FakeClock()
    with Project.open(project, undo=True, take_lock=True) as p:
        policy = BackupPolicy(p, every=timedelta(minutes=10), clock=clock)
        assert policy.last == p.opening_backup
        assert not policy.due() and policy.maybe_backup() is None  # nothing changed yet
        clock.now += 3600
        assert not policy.due()  # still nothing changed
        with p.command("Add a code"):
            create_code(p.db, "A")
        assert policy.dirty and policy.due()
        made = policy.maybe_backup()
        assert made is not None and policy.last == made and not policy.dirty
        assert "A" in _codes(made.path)
        with p.command("Add a code"):
            create_code(p.db, "B")
        clock.now += 599
        assert not policy.due()  # changes, but too soon
        clock.now += 1
        assert policy.due()
        policy.maybe_backup()
        p.undo()  # an undo is a change too
        clock.now += 600
        assert policy.due()
        with p.command("Nothing"):
            pass
        policy.maybe_backup()
        with p.command("Nothing"):  # a command that changed nothing
            pass
        clock.now += 600
        assert not policy.due()
        policy.close()
        with p.command("Add a code"):
            create_code(p.db, "Unheard")
        assert not policy.dirty  # no longer listening
    assert len(list_backups(project)) == 4


def test_policy_without_undo_history_counts_every_command(project):
    clock = FakeClock()
    with Project.open(project, take_lock=True) as p:
        policy = BackupPolicy(p, every=60, clock=clock)
        with p.command("Add a code"):
            create_code(p.db, "A")
        clock.now += 60
        assert policy.due()


def test_policy_is_off_for_read_only_and_unsaved_projects(project):
    with Project.open(project, read_only=True) as p:
        policy = BackupPolicy(p, every=0)
        assert not policy.enabled and not policy.due()
        with pytest.raises(BackupFailed):
            policy.backup_now()
    memory = Project.in_memory()
    assert not BackupPolicy(memory).enabled
    memory.close()


def test_policy_retries_an_interval_after_a_failure(project, monkeypatch, tmp_path):
    clock = FakeClock()
    with Project.open(project, undo=True) as p:
        policy = BackupPolicy(p, every=60, clock=clock)
        with p.command("Add a code"):
            create_code(p.db, "A")
        clock.now += 60
        blocker = tmp_path / "blocker"
        blocker.write_text("")
        monkeypatch.setenv("ACCORD_DATA_DIR", str(blocker))
        with pytest.raises(BackupFailed):
            policy.maybe_backup()
        assert policy.problem and policy.dirty
        assert not policy.due()  # not again at once
        monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
        clock.now += 60
        assert policy.maybe_backup() is not None
        assert policy.problem is None


# -- restoring -----------------------------------------------------------------------
def test_restore_puts_the_backup_back_and_keeps_the_current_file(project):
    made = take_backup(project)
    _add_code(project, "Later")
    current = _content(project)
    current_digest = digest(project)
    aside = restore_backup(made, project)
    assert aside.parent == project.parent
    assert aside.name.startswith("study.before-restore-") and aside.suffix == ".accord"
    assert digest(aside) == current_digest  # the current file, moved aside untouched
    assert _content(project) == _content(made.path)
    assert "Later" not in _codes(project)
    assert _content(aside) == current
    assert sorted(listing(project.parent)) == sorted(["study.accord", aside.name])
    with Project.open(project, undo=True, take_lock=True) as p:
        assert "Later" not in [c.name for c in list_codes(p.db)]


@posix_only
def test_restore_over_a_crashed_window_keeps_what_was_in_its_wal(project):
    made = take_backup(project)
    with Holder(project) as crashed:
        coding = crashed.ask("code")["id"]
        crashed.kill()
    assert Path(f"{project}-wal").exists() and lock_path(project).exists()
    aside = restore_backup(made, project)
    assert not lock_path(project).exists()  # the stale lock was cleared
    assert listing(project.parent) == sorted(["study.accord", aside.name])  # no -wal to mix in
    assert integrity(aside) == ["ok"]
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT 1 FROM codings WHERE id = ?", [coding]).fetchone()
    conn.close()
    assert _content(project) == _content(made.path)


def test_restore_refuses_while_a_window_has_the_project(project):
    made = take_backup(project)
    with Holder(project) as window:
        before = listing(project.parent)
        with pytest.raises(ProjectLocked) as info:
            restore_backup(made, project)
        assert info.value.info.pid == window.pid
        assert str(info.value).startswith(f"{project}: is open in an Accord window: ")
        assert "close it there, then restore" in str(info.value)
        assert listing(project.parent) == before
        assert read_lock(project).pid == window.pid
        window.quit()


def test_restore_refuses_while_another_program_has_it_open(project):
    made = take_backup(project)
    _add_code(project, "Later")
    with Project.open(project) as other:  # e.g. a command-line program: no lock file
        with other.command("x"):
            create_code(other.db, "Open")
        before = _content(project)
        names = listing(project.parent)
        with pytest.raises(ProjectFileError, match="open in another program"):
            restore_backup(made, project)
        assert listing(project.parent) == names
        assert _content(project) == before
        assert not lock_path(project).exists()


def test_restore_refuses_a_damaged_backup(project, tmp_path):
    made = take_backup(project)
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2:] = bytes(len(data) - len(data) // 2)
    made.path.write_bytes(bytes(data))
    before = digest(project)
    with pytest.raises(ProjectFileError, match="damaged"):
        restore_backup(made, project)
    assert digest(project) == before
    assert listing(project.parent) == ["study.accord"]


def test_restore_that_cannot_copy_changes_nothing(project, monkeypatch):
    made = take_backup(project)
    _add_code(project, "Later")
    before = digest(project)

    def full(src, dst, **kwargs):
        Path(dst).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(shutil, "copyfile", full)
    with pytest.raises(ProjectFileError, match="No space left"):
        restore_backup(made, project)
    assert digest(project) == before
    assert listing(project.parent) == ["study.accord"]


def test_restore_that_fails_half_way_puts_the_file_back(project, monkeypatch):
    made = take_backup(project)
    _add_code(project, "Later")
    before = digest(project)
    real_replace = os.replace
    calls = []

    def flaky(src, dst):
        calls.append((Path(src).name, Path(dst).name))
        if Path(src).name.startswith(".study.accord.restoring-"):
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(backups_module.os, "replace", flaky)
    with pytest.raises(ProjectFileError, match="nothing was changed"):
        restore_backup(made, project)
    monkeypatch.setattr(backups_module.os, "replace", real_replace)
    assert digest(project) == before
    assert listing(project.parent) == ["study.accord"]
    # the copy of the backup written beside it (write_atomically), then: aside, (fails) backup in, back
    assert len(calls) == 4 and calls[0][1] == calls[2][0] and calls[0][1].startswith(".study.accord.restoring-")
    assert calls[1] == ("study.accord", calls[3][0]) and calls[3][1] == "study.accord"


def test_restore_into_a_missing_file(project):
    made = take_backup(project)
    project.unlink()
    assert restore_backup(made, project) is None
    assert _content(project) == _content(made.path)


def test_list_backups_of_a_project_never_backed_up(project):
    assert list_backups(project) == []
