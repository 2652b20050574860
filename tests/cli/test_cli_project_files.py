"""accord new, opening projects, and every way a project file can be wrong."""

import os
import sqlite3

import pytest

from cli_helpers import snapshot


def test_new_creates_a_project_with_a_coder(accord, tmp_path):
    path = tmp_path / "p.accord"
    result = accord("new", path, "--coder", "alice", "--title", "My study", "--json")
    assert result.json == {"path": str(path), "title": "My study", "coders": ["alice"]}
    assert path.is_file()
    assert [c["name"] for c in accord("coders", path, "--json").json] == ["alice"]
    assert accord("docs", path, "--json").json == []
    assert accord("codes", path, "--json").json == []


def test_new_without_coder_or_title(accord, tmp_path):
    path = tmp_path / "plain.accord"
    result = accord("new", path)
    assert result.status == 0
    assert "Created project" in result.out and "accord coder add" in result.out
    assert accord("--json", "new", tmp_path / "other.accord").json["title"] == "other"
    assert accord("coders", path, "--json").json == []
    assert "No coders" in accord("coders", path).out


def test_new_refuses_an_existing_file(accord, fails, project):
    fails("new", project, "--coder", "bob", match=f"{project}: already exists")


def test_new_refuses_a_missing_folder(fails, tmp_path):
    fails("new", tmp_path / "nowhere" / "p.accord", match="does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_new_with_a_blank_coder_writes_nothing(fails, tmp_path):
    fails("new", tmp_path / "p.accord", "--coder", "  ", match="coder needs a name")


@pytest.mark.parametrize("command", [
    ["docs"], ["codes"], ["codings"], ["code", "add", "{p}", "X"], ["coder", "add", "{p}", "bob"],
    ["code", "apply", "{p}", "--doc", "a", "--code", "b", "--start", "0", "--end", "1"],
])
def test_missing_project_file(fails, tmp_path, command):
    path = tmp_path / "missing.accord"
    args = [a.replace("{p}", str(path)) for a in command] + ([] if "{p}" in command else [path])
    fails(*args, match=f"{path}: no such file")
    assert not path.exists()


@pytest.mark.parametrize("name, content, message", [
    ("notes.txt", b"just some text\n", "not an Accord project"),
    ("noise.accord", bytes(range(256)) * 40, "not an Accord project"),
    ("empty.accord", b"", "empty file"),
])
def test_not_a_project(fails, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    fails("docs", path, match=message)
    fails("code", "add", path, "Trust", match=f"{path}: {message}")
    assert path.read_bytes() == content


def test_a_folder_is_not_a_project(fails, tmp_path):
    fails("codes", tmp_path, match="is a folder")


def test_another_programs_sqlite_database(fails, tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    fails("docs", path, match="another program")


def make_newer(project, tmp_path):
    newer = tmp_path / "newer.accord"
    newer.write_bytes(project.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm"):
        assert not os.path.exists(f"{newer}{suffix}")
    return newer


def make_damaged(project, tmp_path):
    damaged = tmp_path / "damaged.accord"
    data = bytearray(project.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page:3 * page] = b"\xff" * page  # wipe a page in the middle
    damaged.write_bytes(bytes(data))
    return damaged


def test_a_project_from_a_newer_version(accord, fails, project, tmp_path):
    newer = make_newer(project, tmp_path)
    fails("docs", newer, match="newer version of Accord", sidecars=False)
    fails("code", "add", newer, "New code", match="newer version", sidecars=False)
    fails("code", "apply", newer, "--doc", "interview-1", "--code", "Trust", "--start", "0", "--end", "3",
          match="newer version", sidecars=False)


def test_a_damaged_project(fails, project, tmp_path):
    damaged = make_damaged(project, tmp_path)
    fails("codings", damaged, match=f"{damaged}: the project file is damaged", sidecars=False)
    fails("code", "add", damaged, "X", match=f"{damaged}: the project file is damaged", sidecars=False)


@pytest.mark.parametrize("make", [make_newer, make_damaged])
def test_rejected_files_get_no_sidecar_files(fails, project, tmp_path, make):
    fails("docs", make(project, tmp_path), match="accord")


def test_reading_does_not_change_the_file(accord, project, tmp_path):
    before = snapshot(tmp_path)
    for command in (["docs"], ["codes"], ["coders"], ["codings"], ["cooccurrence"], ["memos"], ["attrs"],
                    ["search", "{p}", "trust"]):
        args = [project if a == "{p}" else a for a in command] + ([] if "{p}" in command else [project])
        assert accord(*args).status == 0
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", [
    ["doc", "rename", "{p}", "99999999999999999999", "X"],
    ["code", "rename", "{p}", "99999999999999999999", "X"],
    ["codings", "{p}", "--coder", "99999999999999999999"],
])
def test_huge_numeric_names_are_not_found(fails, project, command):
    fails(*[str(project) if a == "{p}" else a for a in command], match="no ")


def test_undecodable_arguments(fails, project):
    fails("code", "add", project, "bad\udcffname", status=2, match="not valid text")
