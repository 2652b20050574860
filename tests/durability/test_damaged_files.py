"""Bad files, read-only places and full disks: a clear message naming the file, nothing changed.

tests/core/test_project.py already covers empty, text, random, other
programs' databases, newer files, truncated files and read-only files when
opened plainly; here: what it does not (files of zeros, a damaged page, a
window's lock and backup around a bad file, read-only folders), above all
a disk that fills up while Accord is writing, and a sync folder that puts
another version in place of the open file.
"""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from accord.appdirs import data_dir
from accord.cli.main import main as cli_main
from accord.core.backups import backup_folder, list_backups
from accord.core.codebook import create_code, list_codes
from accord.core.documents import add_document, delete_document, list_documents
from accord.core.errors import ProjectFileError
from accord.core.importing import import_files
from accord.core.lock import lock_path
from accord.core.project import Project
from accord.core.project_file import inspect
from accord.core.schema import SCHEMA_VERSION

from durability_helpers import DRIVER, digest, driver_env, integrity, listing, make_project, posix_only


def _quick_check(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.close()


def _damaged_page(path: Path) -> Path:
    """A project with one page in the middle overwritten (a bad sector, a botched sync)."""
    good = make_project(path.with_name("good.accord"), length=200_000).read_bytes()
    page = 4096
    pages = len(good) // page
    for number in range(pages // 2, pages):
        data = bytearray(good)
        data[number * page:(number + 1) * page] = bytes((i * 131 + number) % 256 for i in range(page))
        path.write_bytes(bytes(data))
        if _quick_check(path) != ["ok"]:
            path.with_name("good.accord").unlink()
            return path
    raise AssertionError("no damaged page was noticed by quick_check")


def _newer(path: Path) -> Path:
    make_project(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return path


BAD = {
    "zeros": (lambda path: path.write_bytes(bytes(64 * 1024)), "not a SQLite database"),
    "one_zero_page": (lambda path: path.write_bytes(bytes(4096)), "not a SQLite database"),
    "damaged_page": (_damaged_page, "damaged"),
    "newer": (_newer, "newer version of Accord"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_window_opening_a_bad_file_leaves_no_lock_backup_or_sidecar(tmp_path, kind):
    make, expected = BAD[kind]
    path = tmp_path / f"{kind}.accord"
    make(path)
    before, names = digest(path), listing(tmp_path)
    with pytest.raises(ProjectFileError) as info:
        Project.open(path, undo=True, take_lock=True)
    assert str(path) in str(info.value)
    assert expected in str(info.value)
    assert digest(path) == before
    assert listing(tmp_path) == names
    assert not (data_dir() / "backups").exists()


@pytest.mark.parametrize("kind", sorted(BAD))
def test_command_line_on_a_bad_file(tmp_path, kind, capsys):
    make, expected = BAD[kind]
    path = tmp_path / f"{kind}.accord"
    make(path)
    before, names = digest(path), listing(tmp_path)
    assert cli_main(["code", "add", str(path), "New"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"accord: error: {path}: ") and expected in captured.err
    assert len(captured.err.splitlines()) == 1
    assert digest(path) == before and listing(tmp_path) == names


# -- read-only places ----------------------------------------------------------------
def test_read_only_folder_opens_read_only_and_touches_nothing(tmp_path, unwritable):
    path = make_project(tmp_path / "p.accord")
    before = digest(path)
    unwritable(tmp_path)  # the file could be written, its folder not (no room for -wal and -shm)
    with Project.open(path, undo=True, take_lock=True) as p:
        assert p.read_only and p.lock is None and p.opening_backup is None
        assert [d.name for d in list_documents(p.db)] == ["d"]
        with pytest.raises(ProjectFileError) as info:
            with p.command("Add a code"):
                create_code(p.db, "New")
        assert str(path) in str(info.value)
        assert "read-only (the file or its folder cannot be written)" in str(info.value)
        assert listing(tmp_path) == ["p.accord"]
    assert digest(path) == before
    assert listing(tmp_path) == ["p.accord"]


def test_command_line_write_to_read_only_file_says_why(tmp_path, unwritable, capsys):
    path = make_project(tmp_path / "p.accord")
    before = digest(path)
    unwritable(path)
    assert cli_main(["code", "add", str(path), "New"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"accord: error: {path}: the project is open read-only")
    assert "cannot be written" in err
    assert digest(path) == before


# -- a full disk, inside Accord (SQLite's page limit stands in for the disk) ------------
def _limit(project: Project, extra_pages: int = 0) -> None:
    pages = project.db.execute("PRAGMA page_count").fetchone()[0]
    project.db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def _unlimit(project: Project) -> None:
    project.db.execute("PRAGMA max_page_count = 1073741823")


def _dump(project: Project) -> dict:
    return {t: project.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
            for t in ("documents", "codes", "codings", "project")}


BIG = "A long interview that no longer fits on the disk. " * 20_000  # ~1 MB


def test_full_disk_during_a_command(tmp_path):
    path = make_project(tmp_path / "p.accord")
    heard = []
    with Project.open(path, undo=True, take_lock=True) as p:
        p.subscribe(lambda changes, label: heard.append(label))
        with p.command("Add a code"):
            create_code(p.db, "Before")
        before = _dump(p)
        _limit(p)
        with pytest.raises(ProjectFileError) as info:
            with p.command("Import big"):
                add_document(p.db, "big", BIG)
        message = str(info.value)
        assert message.startswith(f"{path}: 'Import big' was not saved: the disk is full")
        assert "nothing of it was kept" in message
        assert _dump(p) == before
        assert heard == ["Add a code"]
        assert p.history.undo_label == "Add a code" and p.history.redo_label is None
        # the project is still usable: a change that fits goes in...
        with p.command("Rename"):
            p.db.execute("UPDATE codes SET name = 'Renamed' WHERE name = 'Before'")
        # ...and once there is room again, so does the big one
        _unlimit(p)
        with p.command("Import big"):
            add_document(p.db, "big", BIG)
        assert "documents" in p.undo().tables
        assert [d.name for d in list_documents(p.db)] == ["d"]
        p.undo()  # the rename
        assert "Before" in [c.name for c in list_codes(p.db)]
    assert integrity(path) == ["ok"]
    assert listing(tmp_path) == ["p.accord"]
    with Project.open(path) as p:
        assert "Before" in [c.name for c in list_codes(p.db)]


def test_full_disk_error_swallowed_inside_a_command_keeps_nothing(tmp_path):
    """SQLite may roll the whole transaction back on a full disk; what runs after must not be committed alone."""
    path = make_project(tmp_path / "p.accord")
    with Project.open(path) as p:
        before = _dump(p)
        _limit(p, extra_pages=2)
        rolled_back = []
        with pytest.raises(ProjectFileError, match="could not be saved") as info:
            with p.command("Two things"):
                try:
                    p.db.execute("INSERT INTO memos(text, created_at, updated_at) VALUES (?, '', '')", [BIG])
                except sqlite3.OperationalError:
                    rolled_back.append(not p.db.conn.in_transaction)
                    # careless code carrying on, in a transaction of its own now
                create_code(p.db, "After the failure")
        assert rolled_back == [True]  # SQLite gave up the whole transaction, not just the statement
        assert str(path) in str(info.value)
        assert _dump(p) == before
        _unlimit(p)
        with p.command("Add a code"):
            create_code(p.db, "Fine")
    with Project.open(path) as p:
        names = [c.name for c in list_codes(p.db)]
        assert "Fine" in names and "After the failure" not in names


def test_full_disk_during_undo(tmp_path):
    path = make_project(tmp_path / "p.accord")
    with Project.open(path, undo=True) as p:
        with p.command("Import big"):
            add_document(p.db, "big", BIG)
        with p.command("Delete big"):
            delete_document(p.db, "big")
        p.db.execute("VACUUM")  # give the freed pages back: undoing the deletion needs new ones
        _limit(p)
        with pytest.raises(ProjectFileError) as info:
            p.undo()
        assert str(info.value).startswith(f"{path}: 'Undo Delete big' was not saved: the disk is full")
        assert p.history.undo_label == "Delete big"
        assert "big" not in [d.name for d in list_documents(p.db)]
        _unlimit(p)
        p.undo()
        assert "big" in [d.name for d in list_documents(p.db)]
        p.undo()
        assert [d.name for d in list_documents(p.db)] == ["d"]
    assert integrity(path) == ["ok"]


def test_full_disk_while_importing_keeps_the_files_before(tmp_path):
    path = make_project(tmp_path / "p.accord")
    small, big, after = tmp_path / "small.txt", tmp_path / "big.txt", tmp_path / "after.txt"
    small.write_text("A short interview.", encoding="utf-8")
    big.write_text(BIG, encoding="utf-8")
    after.write_text("Another short one.", encoding="utf-8")
    with Project.open(path, undo=True) as p:
        _limit(p, extra_pages=3)
        outcomes = import_files(p, [small, big, after])
        assert [o.ok for o in outcomes] == [True, False, True]
        assert "the disk is full" in outcomes[1].message and str(path) in outcomes[1].message
        assert [d.name for d in list_documents(p.db)] == ["d", "small", "after"]
    assert integrity(path) == ["ok"]


# -- a full disk for real: a child process whose files may not grow past a limit -------------
def _run_limited(path: Path, limit: int, *options: str) -> dict:
    """driver.py fsize: a child whose files may not grow past `limit` bytes."""
    done = subprocess.run([sys.executable, str(DRIVER), "fsize", str(path), str(limit), *options],
                          capture_output=True, text=True, encoding="utf-8", env=driver_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@posix_only
def test_disk_filling_up_under_a_running_program(tmp_path):
    path = make_project(tmp_path / "p.accord")
    limit = path.stat().st_size + 1_000_000
    report = _run_limited(path, limit)
    assert 1 <= len(report["added"]) < 20
    error = report["error"]
    assert error.startswith(f"{path}: 'Add big{len(report['added'])}' was not saved: ")
    assert "disk is full" in error or "could not be written" in error
    assert report["small_change"] == "ok" or str(path) in report["small_change"]
    # afterwards, with room again: nothing committed is lost and the project works
    assert integrity(path) == ["ok"]
    with Project.open(path, undo=True, take_lock=True) as p:
        names = [d.name for d in list_documents(p.db)]
        assert names == ["d"] + report["added"]
        with p.command("Add a code"):
            create_code(p.db, "Room again")
    assert listing(tmp_path) == ["p.accord"]
    assert inspect(path) == SCHEMA_VERSION


@posix_only
def test_disk_too_full_for_the_opening_backup(tmp_path):
    path = make_project(tmp_path / "p.accord", length=300_000)
    report = _run_limited(path, path.stat().st_size // 2, "--lock")
    assert report["backup_problem"].startswith(f"{path}: cannot write a backup to {backup_folder(path)}")
    assert list_backups(path) == []
    assert [p.name for p in backup_folder(path).iterdir()] == []  # no half-written backup
    assert not lock_path(path).exists()
    assert integrity(path) == ["ok"]
    with Project.open(path) as p:
        assert [d.name for d in list_documents(p.db)][:1] == ["d"]


# -- a sync folder -------------------------------------------------------------------
def test_window_keeps_the_project_file_itself_up_to_date(tmp_path):
    """What a sync client uploads (the .accord file alone, without its -wal) holds every committed change."""
    path = make_project(tmp_path / "p.accord")
    with Project.open(path, undo=True, take_lock=True) as p:
        for name in ("One", "Two"):
            with p.command("Add a code"):
                create_code(p.db, name)
        p.undo()
        uploaded = tmp_path / "uploaded" / "p.accord"
        uploaded.parent.mkdir()
        uploaded.write_bytes(path.read_bytes())  # the main file only
    with Project.open(uploaded) as copy:
        assert [c.name for c in list_codes(copy.db)] == ["C", "One"]


def test_project_replaced_while_open(tmp_path):
    """A sync client puts another version in place of the open project: Accord stops writing to it."""
    path = make_project(tmp_path / "p.accord")
    incoming = make_project(tmp_path / "incoming.accord")
    with Project.open(path, undo=True, take_lock=True) as p:
        with p.command("Add a code"):
            create_code(p.db, "Mine")
        incoming.replace(path)  # an atomic rename, as sync clients do
        replaced = digest(path)
        with pytest.raises(ProjectFileError) as info:
            with p.command("Add another"):
                create_code(p.db, "Lost?")
        assert str(info.value).startswith(f"{path}: the project file was moved or replaced by another program")
        assert "'Add another' was not saved" in str(info.value)
        with pytest.raises(ProjectFileError, match="moved or replaced"):
            p.undo()
        assert digest(path) == replaced
    assert integrity(path) == ["ok"]
    with Project.open(path) as p:
        assert [c.name for c in list_codes(p.db)] == ["C"]  # the incoming version, unmixed


def test_project_moved_away_while_open(tmp_path):
    path = make_project(tmp_path / "p.accord")
    with Project.open(path, undo=True) as p:
        path.rename(tmp_path / "elsewhere.accord")
        with pytest.raises(ProjectFileError, match="moved or replaced"):
            with p.command("Add a code"):
                create_code(p.db, "Mine")
