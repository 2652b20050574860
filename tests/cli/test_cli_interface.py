"""The command line as a whole: --json everywhere, usage errors, help, and real subprocesses."""

import json
import sqlite3

import pytest

from cli_helpers import INTERVIEW_2, add_documents, run_subprocess, snapshot

# Every command that works on a project, with arguments that succeed on the `project` fixture.
EVERY_COMMAND = [
    ["docs", "{p}"],
    ["codes", "{p}"],
    ["coders", "{p}"],
    ["coder", "add", "{p}", "bob"],
    ["code", "add", "{p}", "New"],
    ["code", "rename", "{p}", "Care", "Caring"],
    ["code", "move", "{p}", "Care", "--top", "--position", "0"],
    ["code", "merge", "{p}", "Care", "Trust"],
    ["code", "delete", "{p}", "Care", "--yes"],
    ["code", "apply", "{p}", "--doc", "interview-1", "--code", "Care", "--start", "0", "--end", "1"],
    ["coding", "remove", "{p}", "1"],
    ["coding", "recode", "{p}", "1", "--code", "Care"],
    ["coding", "resize", "{p}", "1", "--start", "0", "--end", "9"],
    ["codings", "{p}", "--code", "Trust", "--subcodes"],
    ["cooccurrence", "{p}"],
    ["search", "{p}", "nurse"],
    ["memo", "add", "{p}", "a memo"],
    ["memos", "{p}"],
    ["attr", "set", "{p}", "interview-1", "age", "30"],
    ["attrs", "{p}"],
    ["doc", "rename", "{p}", "interview-1", "Anna"],
    ["doc", "delete", "{p}", "interview-2", "--yes"],
]


@pytest.fixture
def coded(accord, project):
    accord("code", "apply", project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust")
    return project


def _args(command, project):
    return [str(project) if a == "{p}" else a for a in command]


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=lambda c: " ".join(c[:2]))
def test_every_command_prints_one_json_document(accord, coded, command):
    args = _args(command, coded)
    after = accord(*args, "--json")
    assert after.status == 0, after.err
    json.loads(after.out)  # exactly one document: json.loads rejects trailing data
    assert after.err == ""


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=lambda c: " ".join(c[:2]))
def test_every_command_prints_text(accord, coded, command):
    result = accord(*_args(command, coded))
    assert result.status == 0, result.err
    assert result.out.strip() and not result.out.lstrip().startswith(("{", "["))


def test_json_before_or_after_the_command(accord, coded):
    after = accord("codings", coded, "--json").out
    assert accord("--json", "codings", coded).out == after
    assert accord("--json", "codings", coded, "--json").out == after
    assert accord("code", "--json", "add", coded, "Later").json["name"] == "Later"


def test_help_lists_every_command(accord):
    result = accord("--help")
    assert result.status == 0
    for name in ("new", "import", "docs", "doc", "codes", "coders", "coder", "code", "coding", "codings",
                 "cooccurrence", "search", "memo", "memos", "attr", "attrs", "sample", "gui"):
        assert f"    {name}" in result.out
    assert accord("code", "apply", "--help").status == 0
    assert accord("--version").status == 0


@pytest.mark.parametrize("args, message", [
    ([], "required"),
    (["frobnicate"], "invalid choice"),
    (["code"], "required"),
    (["code", "paint", "p.accord"], "invalid choice"),
    (["docs"], "PROJECT"),
    (["docs", "p.accord", "--colour"], "unrecognized"),
])
def test_usage_errors_are_one_line(accord, tmp_path, args, message):
    before = snapshot(tmp_path)
    result = accord(*args)
    assert result.status == 2 and result.out == ""
    assert len(result.err.splitlines()) == 1 and result.err.startswith("accord: error: ")
    assert message in result.err
    assert snapshot(tmp_path) == before


# -- real subprocesses ---------------------------------------------------------
def test_subprocess_session(tmp_path):
    path = tmp_path / "s.accord"
    assert run_subprocess("new", path, "--coder", "ann").status == 0
    assert run_subprocess("code", "add", path, "Joy", "--color", "#00ff00").status == 0
    add_documents(path, talk=INTERVIEW_2)
    done = run_subprocess("code", "apply", path, "--doc", "talk", "--code", "Joy", "--quote", "😀 more than the 医生",
                          "--json")
    assert done.status == 0, done.err
    coding = json.loads(done.out)
    assert coding["text"] == "😀 more than the 医生"
    assert coding["start"] == INTERVIEW_2.index("😀") and coding["end"] - coding["start"] == 18
    listed = run_subprocess("--json", "codings", path)
    assert json.loads(listed.out) == [coding]
    text = run_subprocess("codings", path)
    assert "“😀 more than the 医生”" in text.out


def test_subprocess_errors_have_no_traceback(tmp_path, project):
    junk = tmp_path / "junk.accord"
    junk.write_bytes(b"\x00\x01garbage" * 100)
    newer = tmp_path / "newer.accord"
    newer.write_bytes(project.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    cases = [
        (["docs", tmp_path / "missing.accord"], 1, "no such file"),
        (["docs", junk], 1, "not an Accord project"),
        (["docs", newer], 1, "newer version"),
        (["code", "apply", project, "--doc", "interview-1", "--code", "Trust", "--start", "5", "--end", "2"], 1,
         "start 5 is after end 2"),
        (["code", "apply", project, "--doc", "ghost", "--code", "Trust", "--quote", "x"], 1, "'ghost'"),
        (["code", "delete", project, "Trust"], 1, "--yes"),
        (["code", "apply", project], 2, "--doc"),
    ]
    before = snapshot(tmp_path, sidecars=False)  # see test_rejected_files_get_no_sidecar_files
    for args, status, message in cases:
        result = run_subprocess(*args)
        assert result.status == status, (args, result)
        assert result.out == ""
        assert result.err.count("\n") == 1 and result.err.startswith("accord: error: ")
        assert message in result.err and "Traceback" not in result.err
    assert snapshot(tmp_path, sidecars=False) == before


def test_output_on_an_ascii_terminal(project):
    """Where stdout cannot encode emoji, JSON is ASCII-escaped and text escapes what it cannot show."""
    coded = run_subprocess("code", "apply", project, "--doc", "interview-2", "--code", "Care", "--quote", "😀",
                           "--json", PYTHONIOENCODING="ascii")
    assert coded.status == 0, coded.err
    assert coded.out.isascii() and json.loads(coded.out)["text"] == "😀"
    listed = run_subprocess("codings", project, PYTHONIOENCODING="ascii")
    assert listed.status == 0 and "\\U0001f600" in listed.out
    failed = run_subprocess("code", "rename", project, "医生", "X", PYTHONIOENCODING="ascii")
    assert failed.status == 1 and failed.err == "accord: error: no code named '\\u533b\\u751f'\n"


def test_console_script_exists():
    import shutil
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "accord"
    assert script.exists() or shutil.which("accord")
