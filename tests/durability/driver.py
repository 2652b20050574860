"""A child process for the durability tests: run with the venv's python, never collected by pytest.

    driver.py cli PROJECT      apply codings one `accord code apply` (accord.cli.main) at a time
    driver.py window PROJECT   open the project as a window does (undo, lock, backup), one command per coding
    driver.py hold PROJECT [--read-only] [--force]
                               open as a window does, then obey stdin: `code` applies one coding,
                               `quit` closes the project
    driver.py fsize PROJECT LIMIT
                               with files limited to LIMIT bytes (a full disk), add documents until
                               that fails, then try a small change; report as JSON
    driver.py zygote           (POSIX) import everything once, then for each stdin line
                               `run MODE PROJECT OUTFILE` fork a child running `cli` or `window`
                               with its output appended to OUTFILE, and print its pid;
                               for `wait PID` print how it ended (`exit N` or `signal N`)

`cli` and `window` print `ready` once imported, then the id of every coding
as soon as its command has returned (committed), flushed; they stop when the
document is used up. Codings are one character long with a gap after each,
starting after the last one in the file, so none merges with another.
"""

import contextlib
import io
import json
import sys

from accord.cli.main import main as cli_main
from accord.core.codings import apply_code
from accord.core.errors import AccordError, ProjectFileError
from accord.core.project import Project, ProjectLocked

DOC, CODE, CODER = "d", "C", "ann"


def _say(*parts) -> None:
    print(*parts, flush=True)


def _next_start(project: Project) -> int:
    return project.db.execute('SELECT ifnull(max("end"), 0) FROM codings').fetchone()[0] + 1


def _length(project: Project) -> int:
    return project.db.execute("SELECT length FROM documents WHERE name = ?", [DOC]).fetchone()[0]


def burst_cli(path: str) -> None:
    with Project.open(path) as project:
        start, length = _next_start(project), _length(project)
    while start + 1 <= length:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = cli_main(["code", "apply", path, "--doc", DOC, "--code", CODE, "--coder", CODER,
                               "--start", str(start), "--end", str(start + 1), "--json"])
        if status != 0:
            sys.exit(f"accord code apply failed with {status}")
        _say(json.loads(out.getvalue())["id"])
        start += 2
    _say("exhausted")


def burst_window(path: str) -> None:
    project = Project.open(path, undo=True, take_lock=True)
    start, length = _next_start(project), _length(project)
    while start + 1 <= length:
        with project.command("Code"):
            coding = apply_code(project.db, DOC, CODE, CODER, start, start + 1)
        _say(coding.id)
        start += 2
    project.close()
    _say("exhausted")


def hold(path: str, options: list[str]) -> None:
    try:
        project = Project.open(path, undo=True, take_lock=True, read_only="--read-only" in options,
                               force="--force" in options)
    except ProjectLocked as locked:
        _say(json.dumps({"locked": True, "message": str(locked), "pid": locked.info.pid}))
        return
    other = project.locked_by
    _say(json.dumps({"locked": False, "read_only": project.read_only,
                     "locked_by": other.pid if other else None,
                     "backup": str(project.opening_backup.path) if project.opening_backup else None}))
    for line in sys.stdin:
        word = line.strip()
        if word == "code":
            try:
                with project.command("Code"):
                    start = _next_start(project)
                    coding = apply_code(project.db, DOC, CODE, CODER, start, start + 1)
                _say(json.dumps({"id": coding.id}))
            except AccordError as error:
                _say(json.dumps({"error": str(error)}))
        elif word == "count":
            _say(json.dumps({"count": project.db.execute("SELECT count(*) FROM codings").fetchone()[0]}))
        elif word == "quit":
            break
    project.close()
    _say(json.dumps({"closed": True}))


def fsize(path: str, limit: int, options: list[str]) -> None:
    import resource
    import signal

    from accord.core.codebook import create_code
    from accord.core.documents import add_document

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    report: dict = {"added": [], "error": None, "small_change": None, "backup_problem": None}
    project = Project.open(path, undo=True, take_lock="--lock" in options)
    report["backup_problem"] = project.backup_problem
    try:
        for i in range(10_000):
            text = "".join(f"word{(i * 7919 + k) % 100_003} " for k in range(10_000))  # ~100 KB
            with project.command(f"Add big{i}"):
                add_document(project.db, f"big{i}", text)
            report["added"].append(f"big{i}")
    except ProjectFileError as error:
        report["error"] = str(error)
    try:
        with project.command("Add a code"):
            create_code(project.db, "Small")
        report["small_change"] = "ok"
    except ProjectFileError as error:
        report["small_change"] = str(error)
    project.close()
    _say(json.dumps(report))


def zygote() -> None:
    import os

    from accord.cli import main as cli

    cli._parser = cli.build_parser()  # build the argument parser once, before forking
    for line in sys.stdin:
        word, *args = line.rstrip("\n").split("\t")
        if word == "run":
            mode, path, out = args
            pid = os.fork()
            if pid == 0:  # the child: a fresh process in all but its imports
                status = 0
                try:
                    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
                    os.dup2(fd, 1)
                    os.close(fd)
                    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
                    _say("ready")
                    (burst_cli if mode == "cli" else burst_window)(path)
                except BaseException as error:  # noqa: BLE001 - report, then leave without cleanup
                    sys.stderr.write(f"{type(error).__name__}: {error}\n")
                    status = 1
                finally:
                    sys.stdout.flush()
                    os._exit(status)
            _say(pid)
        elif word == "wait":
            _, status = os.waitpid(int(args[0]), 0)
            _say(f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}")


if __name__ == "__main__":
    mode, project_path, *rest = sys.argv[1:] + [""] * (2 - len(sys.argv[1:]))
    if mode == "cli":
        _say("ready")
        burst_cli(project_path)
    elif mode == "window":
        _say("ready")
        burst_window(project_path)
    elif mode == "hold":
        hold(project_path, rest)
    elif mode == "zygote":
        zygote()
    elif mode == "fsize":
        fsize(project_path, int(rest[0]), rest[1:])
    else:
        sys.exit(f"unknown mode {mode}")
