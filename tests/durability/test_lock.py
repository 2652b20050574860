"""Two Accord windows on one project: the second is told who has it and opens it read-only.

A window opens with `take_lock=True`; `<name>.accord.lock` beside the project
says who (user, host, pid, since, app). A second window gets ProjectLocked
with that information and may open read-only or force its way in; neither
way loses an update. A lock whose process is gone is cleared.
"""

import json
import os
import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from accord.cli.main import main as cli_main
from accord.core import schema
from accord.core.codebook import create_code, list_codes
from accord.core.errors import InvalidValue, ProjectFileError
from accord.core.lock import LockInfo, ProjectLock, holder, lock_path, read_lock
from accord.core.project import Project, ProjectLocked

from durability_helpers import Holder, digest, integrity, listing, make_project, posix_only


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "study.accord")


def _write_lock(path: Path, **fields) -> None:
    info = {"user": "bob", "host": socket.gethostname(), "pid": 0, "app": "Accord 0.1.0",
            "since": datetime.now(timezone.utc).isoformat(timespec="seconds"), "token": "theirs"}
    info.update(fields)
    lock_path(path).write_text(json.dumps(info), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# -- one window ----------------------------------------------------------------------
def test_window_lock_records_who_and_goes_on_close(project):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    with Project.open(project, undo=True, take_lock=True) as p:
        assert p.read_only is False
        assert p.locked_by is None
        assert p.lock is not None and p.lock.path == project.with_name("study.accord.lock")
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        assert {"user", "host", "pid", "since", "app"} <= set(data)
        assert data["pid"] == os.getpid()
        assert data["host"] == socket.gethostname()
        assert data["user"]
        assert data["app"].startswith("Accord ")
        assert before <= datetime.fromisoformat(data["since"]) <= datetime.now(timezone.utc)
    assert not lock_path(project).exists()
    assert listing(project.parent) == ["study.accord"]


def test_new_project_can_be_locked_too(tmp_path):
    path = tmp_path / "new.accord"
    with Project.create(path, coder="ann", undo=True, take_lock=True):
        assert read_lock(path).pid == os.getpid()
        with pytest.raises(ProjectLocked):
            Project.open(path, take_lock=True)
    assert not lock_path(path).exists()


def test_command_line_takes_no_lock(project):
    with Project.open(project) as p:
        assert p.lock is None
        assert not lock_path(project).exists()


def test_second_window_in_same_program_is_told_too(project):
    with Project.open(project, undo=True, take_lock=True):
        with pytest.raises(ProjectLocked) as info:
            Project.open(project, undo=True, take_lock=True)
        assert info.value.info.pid == os.getpid()
        assert "in this program" in str(info.value)
        assert isinstance(info.value, ProjectFileError)  # callers catching ProjectFileError still do


# -- two processes -------------------------------------------------------------------
def test_second_window_is_told_who_and_opens_read_only(project):
    with Holder(project) as first:
        assert first.status["locked"] is False and first.status["read_only"] is False
        with pytest.raises(ProjectLocked) as locked:
            Project.open(project, undo=True, take_lock=True)
        error = locked.value
        assert error.info.pid == first.pid
        assert error.info.host == socket.gethostname()
        assert error.info.user == LockInfo.mine().user
        assert error.info.since and error.info.app.startswith("Accord")
        assert error.lock_file == lock_path(project)
        message = str(error)
        assert str(project) in message
        for part in (f"process {first.pid}", socket.gethostname(), error.info.user, "read-only"):
            assert part in message

        lock_text = lock_path(project).read_text(encoding="utf-8")
        with Project.open(project, undo=True, take_lock=True, read_only=True) as viewer:
            assert viewer.read_only is True and viewer.history is None and viewer.lock is None
            assert viewer.locked_by.pid == first.pid
            with pytest.raises(ProjectFileError, match="read-only"):
                with viewer.command("Add a code"):
                    create_code(viewer.db, "Mine")
            count = viewer.db.execute("SELECT count(*) FROM codings").fetchone()[0]
            made = first.ask("code")["id"]  # the first window keeps working...
            rows = viewer.db.execute("SELECT id FROM codings").fetchall()  # ...and the viewer sees it
            assert (made,) in rows and len(rows) == count + 1
        assert lock_path(project).read_text(encoding="utf-8") == lock_text  # the viewer left the lock alone
        first.quit()
    assert not lock_path(project).exists()
    with Project.open(project, take_lock=True) as p:
        assert p.lock is not None and p.read_only is False
        assert p.db.execute("SELECT count(*) FROM codings").fetchone()[0] == count + 1


def test_child_is_told_about_this_window(project):
    with Project.open(project, undo=True, take_lock=True):
        with Holder(project) as second:
            assert second.status["locked"] is True
            assert second.status["pid"] == os.getpid()
            assert str(project) in second.status["message"]
        with Holder(project, "--read-only") as viewer:
            assert viewer.status == {"locked": False, "read_only": True, "locked_by": os.getpid(), "backup": None}
            error = viewer.ask("code")["error"]
            assert f"{project}: the project is open read-only (it is open in another window: " in error
            assert f"(process {os.getpid()}," in error
            viewer.quit()
        assert read_lock(project).pid == os.getpid()


def test_forced_second_window_loses_no_update(project):
    with Holder(project) as first:
        with Project.open(project, undo=True, take_lock=True, force=True) as second:
            assert second.read_only is False
            assert second.locked_by.pid == first.pid
            assert read_lock(project).pid == os.getpid()  # the lock is now ours
            made = []
            for _ in range(5):
                made.append(first.ask("code")["id"])
                with second.command("Add a code"):
                    create_code(second.db, f"code{len(made)}")
            assert first.ask("count")["count"] == len(made)
            first.quit()  # the first window closing does not remove our lock
            assert read_lock(project).pid == os.getpid()
            ids = {r[0] for r in second.db.execute("SELECT id FROM codings")}
            assert set(made) <= ids
            assert len([c for c in list_codes(second.db) if c.name.startswith("code")]) == 5
    assert not lock_path(project).exists()
    assert integrity(project) == ["ok"]


def test_two_windows_starting_together_get_one_lock(project):
    windows = [Holder(project, wait=False) for _ in range(3)]
    try:
        statuses = [w.status for w in windows]
        assert sorted(s["locked"] for s in statuses) == [False, True, True]
        owner = windows[[s["locked"] for s in statuses].index(False)]
        assert read_lock(project).pid == owner.pid
        for w in windows:
            if w.status["locked"]:
                assert w.status["pid"] == owner.pid
                w.process.wait(30)
        owner.quit()
    finally:
        for w in windows:
            w.__exit__()
    assert not lock_path(project).exists()


# -- stale locks -------------------------------------------------------------------
@posix_only
def test_lock_of_a_killed_window_is_cleared(project):
    with Holder(project) as crashed:
        made = crashed.ask("code")["id"]
        crashed.kill()
    assert read_lock(project).pid == crashed.pid  # left behind
    assert holder(project) is None  # ...and known to be stale
    with Project.open(project, undo=True, take_lock=True) as p:
        assert p.locked_by is None
        assert read_lock(project).pid == os.getpid()
        assert p.db.execute("SELECT 1 FROM codings WHERE id = ?", [made]).fetchone()
    assert not lock_path(project).exists()
    assert integrity(project) == ["ok"]


def test_lock_with_a_dead_pid_is_cleared(project):
    _write_lock(project, pid=_dead_pid())
    with Project.open(project, take_lock=True) as p:
        assert p.lock.info.pid == os.getpid()
    assert not lock_path(project).exists()
    assert not [name for name in listing(project.parent) if "stale" in name]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times come from /proc")
def test_lock_whose_pid_was_reused_is_cleared(project):
    newcomer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        an_hour_ago = (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat(timespec="seconds")
        _write_lock(project, pid=newcomer.pid, since=an_hour_ago)
        assert read_lock(project).is_stale()
        with Project.open(project, take_lock=True) as p:
            assert p.lock is not None
        # the same live process, locking after it started, is respected
        _write_lock(project, pid=newcomer.pid)
        with pytest.raises(ProjectLocked):
            Project.open(project, take_lock=True)
    finally:
        newcomer.kill()
        newcomer.wait()


def test_lock_from_another_computer_is_respected(project):
    _write_lock(project, host="bobs-laptop", pid=4242, user="bob")
    digest_before = digest(project)
    with pytest.raises(ProjectLocked) as info:
        Project.open(project, take_lock=True)
    assert "bob on bobs-laptop (process 4242" in str(info.value)
    assert digest(project) == digest_before
    with Project.open(project, take_lock=True, force=True) as p:
        assert p.locked_by.host == "bobs-laptop"
        assert read_lock(project).pid == os.getpid()
    assert not lock_path(project).exists()  # ours was released; bob's was replaced by it


def test_unreadable_lock_file(project):
    lock_path(project).write_bytes(b"")  # being written right now, or half-written long ago
    with pytest.raises(ProjectLocked):
        Project.open(project, take_lock=True)
    an_hour_ago = (datetime.now() - timedelta(hours=1)).timestamp()
    os.utime(lock_path(project), (an_hour_ago, an_hour_ago))
    with Project.open(project, take_lock=True) as p:
        assert p.lock is not None
    assert not lock_path(project).exists()


def test_a_program_killed_while_locking_leaves_no_unreadable_lock(project, monkeypatch):
    from accord.core import lock as lock_module

    def killed(_source, _target):  # the draft is on disk; the program dies before linking it into place
        raise SystemExit("killed")

    monkeypatch.setattr(lock_module.os, "link", killed)
    with pytest.raises(SystemExit):
        ProjectLock.acquire(project)
    monkeypatch.undo()
    assert not lock_path(project).exists()  # no lock, let alone an empty one that others must respect
    left = [name for name in listing(project.parent) if ".lock." in name]
    assert left == []  # the draft of this (living) program was removed on the way out
    # A killed program cannot remove its draft: the next one to lock on this computer does.
    draft = lock_path(project).with_name(f"{lock_path(project).name}.new-{lock_module._THIS_COMPUTER}-"
                                         f"{_dead_pid()}-0a1b2c3d")
    draft.write_text("{}")
    other_computer = lock_path(project).with_name(f"{lock_path(project).name}.new-0badf00d-{_dead_pid()}-0a1b2c3d")
    other_computer.write_text("{}")
    with Project.open(project, take_lock=True) as opened:
        assert read_lock(project).pid == os.getpid() and opened.lock is not None
    assert not draft.exists() and other_computer.exists()  # another computer's pids mean nothing here


def test_without_hard_links_the_lock_is_created_and_filled_in(project, monkeypatch):
    from accord.core import lock as lock_module

    def no_links(_source, _target):
        raise PermissionError(1, "Operation not permitted")  # FAT drives and some network shares

    monkeypatch.setattr(lock_module.os, "link", no_links)
    with Project.open(project, take_lock=True):
        assert read_lock(project).pid == os.getpid()
        with pytest.raises(ProjectLocked):
            ProjectLock.acquire(project)
    assert not lock_path(project).exists()
    assert [name for name in listing(project.parent) if ".lock." in name] == []


def test_release_leaves_a_lock_that_is_no_longer_ours(project):
    lock = ProjectLock.acquire(project)
    _write_lock(project, host="elsewhere", pid=7)  # taken over meanwhile
    lock.release()
    assert read_lock(project).host == "elsewhere"


# -- the lock never outlives a failed open -------------------------------------------
def test_failed_upgrade_releases_the_lock(project, monkeypatch):
    """As if this Accord had a next file format whose migration fails."""
    migrations = Migrations("accord")
    for migration in schema.migrations._migrations:
        migrations(name=migration.name)(migration.fn)
    migrations(name="9999_broken")(lambda db: db.execute("INSERT INTO no_such_table VALUES (1)"))
    monkeypatch.setattr(schema, "migrations", migrations)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(ProjectFileError):
        Project.open(project, take_lock=True)
    assert not lock_path(project).exists()


def test_bad_file_takes_no_lock(tmp_path):
    path = tmp_path / "notes.accord"
    path.write_text("not a project", encoding="utf-8")
    with pytest.raises(ProjectFileError):
        Project.open(path, take_lock=True)
    assert listing(tmp_path) == ["notes.accord"]


def test_failed_create_releases_the_lock(tmp_path):
    with pytest.raises(InvalidValue):
        Project.create(tmp_path / "x.accord", coder="  ", take_lock=True)
    assert listing(tmp_path) == []


def test_unwritable_folder_opens_read_only_without_lock(project, unwritable):
    unwritable(project.parent)
    with Project.open(project, undo=True, take_lock=True) as p:
        assert p.read_only and p.lock is None
    assert listing(project.parent) == ["study.accord"]


# -- the command line --------------------------------------------------------------
def test_command_line_refuses_to_write_while_a_window_has_the_project(project, capsys):
    """Issue #15: one writer at a time. The CLI may read a project a window (another process) has
    open, but a change is refused, naming who has it, and nothing is written; the window goes on."""
    with Holder(project) as window:
        before = window.ask("count")["count"]
        assert cli_main(["code", "apply", str(project), "--doc", "d", "--code", "C",
                         "--start", "10000", "--end", "10004", "--json"]) == 1
        error = capsys.readouterr().err
        assert error.startswith("accord: error: ") and error.count("\n") == 1
        assert f"process {window.pid}" in error and "close it in Accord" in error
        assert cli_main(["codings", str(project), "--json"]) == 0  # reading is fine
        assert len(json.loads(capsys.readouterr().out)) == before
        assert window.ask("count")["count"] == before
        window.ask("code")  # the window still writes
        assert read_lock(project).pid == window.pid
        window.quit()
    with Project.open(project) as p:
        assert p.db.execute("SELECT count(*) FROM codings").fetchone()[0] == before + 1
    assert cli_main(["code", "apply", str(project), "--doc", "d", "--code", "C",
                     "--start", "10000", "--end", "10004"]) == 0  # the window is gone: the CLI writes
    assert not lock_path(project).exists()  # and leaves no lock behind


def test_lock_of_a_program_that_exits_without_closing_is_released(project):
    import subprocess
    import sys

    script = ("import sys; from accord.core.project import Project; "
              "p = Project.open(sys.argv[1], take_lock=True); print(p.lock.path.exists())")
    done = subprocess.run([sys.executable, "-c", script, str(project)], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "True", done.stderr
    assert not lock_path(project).exists()
