"""The one atomic write: the target is whole or untouched, and on the disk before the call returns."""

import json
import os
import stat

import pytest

from accord.core import files
from accord.core.files import write_atomically


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_bytes_replace_the_file_and_leave_nothing_beside_it(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    assert write_atomically(target, b"new") == target
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_a_writer_function_is_given_a_temporary_path_beside_the_target(tmp_path):
    seen = []

    def write(temporary):
        seen.append(temporary)
        temporary.write_text("from a library that writes by name")

    target = tmp_path / "export.xlsx"
    write_atomically(target, write)
    assert seen[0].parent == tmp_path and seen[0] != target
    assert target.read_text() == "from a library that writes by name"
    assert not seen[0].exists()


def test_the_data_is_fsynced_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        events.append(f"fsync {kind}")
        real_fsync(fd)

    def replace(source, destination):
        events.append("rename")
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    for content in (b"bytes", lambda temporary: temporary.write_bytes(b"written by name")):
        events.clear()
        write_atomically(tmp_path / "out.txt", content)
        assert events == ["fsync file", "rename", "fsync folder"]


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_the_target_as_it_was_and_no_temporary_file(tmp_path, failure):
    target = tmp_path / "codebook.qdc"
    target.write_text("the old codebook")

    def write(temporary):
        temporary.write_text("half")
        raise failure

    with pytest.raises(type(failure)):
        write_atomically(target, write)
    assert target.read_text() == "the old codebook"
    assert _leftovers(tmp_path) == []


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_usual_ones(tmp_path):
    old = tmp_path / "shared.csv"
    old.write_text("x")
    old.chmod(0o640)
    write_atomically(old, b"y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640

    mask = os.umask(0o022)
    os.umask(mask)
    new = tmp_path / "new.csv"
    write_atomically(new, b"y")
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask  # not the 0600 of a temporary file


def test_a_missing_folder_is_an_error_naming_it(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nowhere" / "out.txt", b"x")


# -- every file Accord writes goes through it ---------------------------------------------------
@pytest.fixture
def synced_folders(monkeypatch):
    """The folders that write_atomically made a rename durable in."""
    folders = []
    real = files.fsync_folder
    monkeypatch.setattr(files, "fsync_folder", lambda folder: folders.append(folder.resolve()) or real(folder))
    return folders


def _sample_project(tmp_path):
    from accord.core.project import Project
    from accord.core.sample import build_sample

    return Project.open(build_sample(tmp_path / "study.accord"))


def test_reports_exports_and_refi_files_are_written_through_it(tmp_path, synced_folders):
    from accord.core.agreement import AgreementOptions, compute_agreement
    from accord.core.agreement.export import write_csv, write_xlsx
    from accord.core.refi import export_qdc, export_qdpx
    from accord.core.reports import ReportOptions, build_report, write_report

    out = tmp_path / "out"
    out.mkdir()
    with _sample_project(tmp_path) as project:
        write_report(build_report(project.db, ReportOptions()), "html", out / "codebook.html")
        result = compute_agreement(project.db, AgreementOptions(coders=("Ana", "Ben")))
        write_csv(result, out / "agreement.csv")
        write_xlsx(result, out / "agreement.xlsx")
        export_qdc(project.db, out / "codebook.qdc")
        export_qdpx(project, out / "study.qdpx")
    assert synced_folders == [out.resolve()] * 5
    assert sorted(p.name for p in out.iterdir()) == [
        "agreement.csv", "agreement.xlsx", "codebook.html", "codebook.qdc", "study.qdpx"]


def test_backups_copies_and_the_recent_list_are_written_through_it(tmp_path, synced_folders, monkeypatch):
    from accord import appdirs
    from accord.core.backups import backup_folder, take_backup
    from accord.core.project_file import backup

    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    from accord.core.sample import build_sample

    project_file = build_sample(tmp_path / "study.accord")
    backup(project_file, tmp_path / "copy.accord")
    assert synced_folders == [tmp_path.resolve()]

    made = take_backup(project_file)
    assert made.path.parent == backup_folder(project_file)
    assert backup_folder(project_file).resolve() in synced_folders

    appdirs.remember_project(project_file)
    assert (tmp_path / "config").resolve() in synced_folders
    assert json.loads((tmp_path / "config" / "recent.json").read_text()) == [str(project_file.resolve())]
