"""Issue #15, one writer at a time: the CLI honours the lock of a project open in the Accord window.

A command that would change a locked project is refused with one line naming
who has it (user, host, process, since) and what to do; the project is left
exactly as it was. Reading commands work. A lock whose process is gone is
taken over. Which commands write is never listed in the program (a project
takes the lock before its first change); the table below lists every command
with what it does, so that a new command, or one that starts writing, fails here.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from accord.cli.main import build_parser
from accord.core.lock import ProjectLock, lock_path, read_lock
from cli_helpers import run_subprocess


def _dump(path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def window(sample):
    """The project held as the Accord window holds it (a lock of this, live, process)."""
    with ProjectLock.acquire(sample) as lock:
        yield lock


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_writing_command_is_refused_naming_the_holder_and_changes_nothing(sample, window, fails):
    line = fails("attr", "set", sample, "01-maya", "age", "35", match="is open in Accord")
    info = window.info
    for part in (info.user, info.host, f"process {info.pid}", info.since_local, "close it in Accord",
                 "only reads"):
        assert part in line, (part, line)
    assert read_lock(sample).token == info.token  # the window's lock is untouched


def test_reading_commands_work_while_the_window_has_the_project(sample, window, accord):
    before = _dump(sample)
    docs = accord("--json", "docs", sample).json
    assert [d["name"] for d in docs][:2] == ["01-maya", "02-tomasz"]
    assert any(row["key"] == "age" for row in accord("--json", "attrs", sample).json)
    assert _dump(sample) == before


def test_the_refusal_holds_for_another_process_too(sample, window):
    """The real program in a child process: a different process from the lock's holder."""
    before = _dump(sample)
    result = run_subprocess("code", "add", sample, "Newcomer")
    assert result.status == 1 and result.out == ""
    assert result.err.startswith("accord: error: ") and len(result.err.splitlines()) == 1
    assert f"process {os.getpid()}" in result.err
    assert _dump(sample) == before
    assert run_subprocess("codes", sample).status == 0


def test_a_lock_left_by_a_dead_process_is_taken_over(sample, accord):
    stale = {"user": "bob", "host": socket.gethostname(), "pid": _dead_pid(), "app": "Accord 0.1.0",
             "since": datetime.now(timezone.utc).isoformat(timespec="seconds"), "token": "gone"}
    lock_path(sample).write_text(json.dumps(stale), encoding="utf-8")
    result = accord("attr", "set", sample, "01-maya", "age", "35")
    assert result.status == 0, result.err
    assert accord("--json", "attrs", sample, "--doc", "01-maya").json[0] == {
        "doc": "01-maya", "key": "age", "value": "35", "type": "text"}
    assert not lock_path(sample).exists()  # taken over for the change, then released


def test_a_writing_command_holds_the_lock_while_it_writes(sample, accord, monkeypatch):
    """A window opening the project meanwhile is told the command line has it."""
    from accord.core import attributes

    seen = []
    original = attributes.set_attribute

    def spy(db, *args):
        seen.append(read_lock(sample))
        return original(db, *args)

    monkeypatch.setattr(attributes, "set_attribute", spy)
    assert accord("attr", "set", sample, "01-maya", "age", "35").status == 0
    assert seen[0] is not None and seen[0].pid == os.getpid()
    assert read_lock(sample) is None


# -- every command, classified ------------------------------------------------------------
# What each command does to a project that the window has open: "reads" (works, changes
# nothing), "writes" (refused, changes nothing), or "other" (makes a new file, or is the window).
COMMANDS = {
    "new": ("other", ["{new}"]),
    "sample": ("other", ["{new}"]),
    "gui": ("other", None),  # the window itself: it takes the lock as a window does
    "import": ("writes", ["{P}", "{text}"]),
    "backup": ("reads", ["{P}"]),  # a copy in the user's data folder
    "backups": ("reads", ["{P}"]),
    "restore": ("writes", ["{P}", "--from", "{copy}"]),
    "docs": ("reads", ["{P}"]),
    "turns": ("reads", ["{P}", "01-maya"]),
    "doc rename": ("writes", ["{P}", "01-maya", "maya"]),
    "doc delete": ("writes", ["{P}", "01-maya", "--yes"]),
    "coders": ("reads", ["{P}"]),
    "coder add": ("writes", ["{P}", "Cleo"]),
    "coder rename": ("writes", ["{P}", "Ben", "Benedict"]),
    "coder delete": ("writes", ["{P}", "Ben", "--with-codings"]),
    "coder role": ("writes", ["{P}", "Ben", "consensus"]),
    "coder color": ("writes", ["{P}", "Ben", "#123456"]),
    "codes": ("reads", ["{P}"]),
    "codebook import": ("writes", ["{P}", "{book}"]),
    "codebook export": ("reads", ["{P}", "{out}.csv"]),
    "code add": ("writes", ["{P}", "Newcomer"]),
    "code set": ("writes", ["{P}", "Support", "--description", "new"]),
    "code rename": ("writes", ["{P}", "Support", "Help"]),
    "code move": ("writes", ["{P}", "Support", "--parent", "Settling in"]),
    "code merge": ("writes", ["{P}", "Support", "Settling in"]),
    "code delete": ("writes", ["{P}", "Support", "--yes"]),
    "code apply": ("writes", ["{P}", "--doc", "01-maya", "--code", "Support", "--start", "0", "--end", "5",
                              "--coder", "Ana"]),
    "coding remove": ("writes", ["{P}", "1"]),
    "coding recode": ("writes", ["{P}", "1", "--code", "Settling in"]),
    "coding resize": ("writes", ["{P}", "1", "--start", "0", "--end", "3"]),
    "codings": ("reads", ["{P}"]),
    "cooccurrence": ("reads", ["{P}"]),
    "search": ("reads", ["{P}", "work"]),
    "similar": ("reads", ["{P}", "--code", "Support"]),
    "similar-index": ("reads", ["{P}", "--drop"]),  # an empty cache: nothing to drop (filling it writes)
    "memo add": ("writes", ["{P}", "a thought"]),
    "memos": ("reads", ["{P}"]),
    "attr set": ("writes", ["{P}", "01-maya", "age", "35"]),
    "attr remove": ("writes", ["{P}", "01-maya", "age"]),
    "attr type": ("writes", ["{P}", "age", "number"]),
    "attr import": ("writes", ["{P}", "{sheet}"]),
    "attr export": ("reads", ["{P}", "{out}.xlsx"]),
    "attrs": ("reads", ["{P}"]),
    "merge": ("writes", ["{P}", "{copy}"]),
    "agreement": ("reads", ["{P}", "--coders", "Ana,Ben"]),
    "disagreements": ("reads", ["{P}", "--coders", "Ana,Ben"]),
    "adjudicate": ("writes", ["{P}", "--coders", "Ana,Ben", "--index", "1", "--decision", "union"]),
    "adjudications": ("reads", ["{P}"]),
    "export": ("reads", ["{P}", "--qdc", "{out}.qdc"]),
    "import-refi": ("writes", ["{P}", "{qdc}"]),
    "report": ("reads", ["{P}", "-f", "md", "-o", "{out}.md"]),
    "retrieve": ("reads", ["{P}", "--code", "Support", "-f", "txt", "-o", "{out}.txt"]),
    "matrix": ("reads", ["{P}", "--cols", "documents"]),
    "query": ("reads", ["{P}", "--code", "Support", "--or", "Settling in"]),
    "queries": ("reads", ["{P}"]),
    # a dry run (--dry-run) reads only; tests/cli/test_cli_autocode.py checks it works on a locked project
    "autocode": ("writes", ["{P}", "--code", "Support", "--coder", "Ana", "--search", "work"]),
}


def _all_commands() -> list[str]:
    found = []

    def walk(parser, prefix):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, prefix + [name])
                return
        found.append(" ".join(prefix))

    walk(build_parser(), [])
    return found


def test_every_command_is_classified():
    assert sorted(_all_commands()) == sorted(COMMANDS)


@pytest.mark.parametrize("name", [n for n, (kind, _) in COMMANDS.items() if kind != "other"])
def test_each_command_reads_or_is_refused_on_a_project_the_window_has(name, sample, tmp_path, accord,
                                                                      _sample_bytes):
    kind, arguments = COMMANDS[name]
    copy = tmp_path / "copy.accord"
    copy.write_bytes(_sample_bytes)
    assert accord("code", "add", copy, "From the copy").status == 0
    text = tmp_path / "notes.txt"
    text.write_text("A new interview.\n", encoding="utf-8")
    sheet = tmp_path / "attributes.csv"
    sheet.write_text("document,site\n01-maya,Harbour\n", encoding="utf-8")
    qdc = tmp_path / "book.qdc"
    book = tmp_path / "codebook.csv"
    book.write_text("Name,Parent,Definition\nFresh code,Support,new\n", encoding="utf-8")
    if name == "import-refi":
        assert accord("export", copy, "--qdc", qdc).status == 0
    values = {"P": sample, "copy": copy, "text": text, "sheet": sheet, "qdc": qdc, "book": book, "out": tmp_path / "out",
              "new": tmp_path / "n"}
    argv = name.split() + [a.format(**values) for a in arguments]
    # The command does work on the unlocked project (so a refusal below is the lock's doing) ...
    unlocked = tmp_path / "unlocked.accord"
    unlocked.write_bytes(_sample_bytes)
    values["P"], values["out"] = unlocked, tmp_path / "out-unlocked"
    before_unlocked = _dump(unlocked)
    done = accord(*(name.split() + [a.format(**values) for a in arguments]))
    assert done.status == 0, done.err
    assert (_dump(unlocked) != before_unlocked) == (kind == "writes"), "misclassified: " + name
    # ... and with the window holding the project, it reads or is refused, changing nothing.
    before = _dump(sample)
    with ProjectLock.acquire(sample):
        result = accord(*argv)
        if kind == "reads":
            assert result.status == 0, result.err
        else:
            assert result.status == 1 and "is open in" in result.err and "Accord" in result.err, result.err
            assert f"process {os.getpid()}" in result.err
    assert _dump(sample) == before
