"""Killing Accord (SIGKILL) in the middle of a burst of codings loses no committed coding.

Child processes apply codings one command each and write every coding's id
out as soon as its command has returned. They are killed at random moments,
over and over, on the same files: while opening (inspecting, locking, taking
the opening backup), writing, checkpointing or closing. After every kill,
every coding written out is in the file, the file passes
`PRAGMA integrity_check`, and it opens again (a window clears the lock the
killed window left behind).

Half the children run `accord code apply` (accord.cli.main) once per coding,
so each opens, writes and closes the project; the others keep it open as a
window does (undo, lock, backup) and run one command per coding. To keep
this fast, the children are forked from a process that has imported Accord
once (driver.py zygote); each is still a process of its own, killed for real.

The seed is printed; set ACCORD_CRASH_SEED to replay a schedule (timing
still varies from run to run).
"""

import os
import random
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from accord.core.backups import list_backups
from accord.core.lock import lock_path, read_lock
from accord.core.project import Project

from durability_helpers import Lines, coding_ids, integrity, make_project, posix_only, start_driver

KILLS = 40
CHAINS = 2  # files killed over in parallel, KILLS // CHAINS times each


class Zygote:
    """driver.py zygote: forks burst children on request."""

    def __init__(self):
        self.process: subprocess.Popen = start_driver("zygote", stdin=True)
        self.lines = Lines(self.process)

    def _ask(self, *words) -> str:
        self.process.stdin.write("\t".join(map(str, words)) + "\n")
        self.process.stdin.flush()
        return self.lines.next(timeout=60)

    def run(self, mode: str, path: Path, out: Path) -> int:
        return int(self._ask("run", mode, path, out))

    def wait(self, pid: int) -> str:
        return self._ask("wait", pid)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(30)
        self.lines.finish()
        self.process.stdout.close()
        self.process.stderr.close()


def _lines(out: Path) -> list[str]:
    """The lines written out completely so far."""
    try:
        text = out.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return text.split("\n")[:-1]


def _wait_for(out: Path, test, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not any(test(line) for line in _lines(out)):
        assert time.monotonic() < deadline, f"{out}: {_lines(out)}"
        time.sleep(0.002)


def _one_run(zygote: Zygote, path: Path, out: Path, mode: str, when: str, delay: float) -> tuple[list[int], str]:
    """Start a burst and kill it `delay` seconds after it is ready (`when` = "opening") or
    after its first coding (`when` = "burst"). The ids it wrote out, and how it ended."""
    pid = zygote.run(mode, path, out)
    try:
        _wait_for(out, lambda line: line == "ready")
        if when == "burst":
            _wait_for(out, str.isdigit)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    finally:
        ended = zygote.wait(pid)
    assert ended in (f"signal {signal.SIGKILL}", "exit 0"), (ended, _lines(out))
    return [int(line) for line in _lines(out) if line.isdigit()], ended


def _chain(path: Path, rng: random.Random, runs: int) -> dict:
    committed: set[int] = set()
    killed_busy = 0
    zygote = Zygote()
    try:
        for run in range(runs):
            mode = rng.choice(["cli", "window"])
            # While opening (inspecting, locking, the opening backup) or in the middle of a burst.
            when = rng.choice(["opening", "burst", "burst"])
            delay = rng.uniform(0.0, 0.1 if when == "opening" else 0.3)
            out = path.with_name(f"{path.stem}.run{run}.out")
            printed, ended = _one_run(zygote, path, out, mode, when, delay)
            killed_busy += ended.startswith("signal") and bool(printed)
            assert len(set(printed)) == len(printed)
            committed |= set(printed)
            where = f"run {run} ({mode}, killed {delay:.3f}s into {when})"
            problems = integrity(path)
            assert problems == ["ok"], f"{where}: {problems}"
            lost = committed - coding_ids(path)
            assert not lost, f"{where}: committed codings lost: {sorted(lost)}"
    finally:
        zygote.close()
    return {"committed": len(committed), "killed_busy": killed_busy}


@posix_only
def test_sigkill_during_coding_bursts_loses_nothing_committed(tmp_path):
    seed = int(os.environ.get("ACCORD_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"ACCORD_CRASH_SEED={seed}")
    master = random.Random(seed)
    paths = []
    for i in range(CHAINS):
        (tmp_path / f"chain{i}").mkdir()
        paths.append(make_project(tmp_path / f"chain{i}" / "burst.accord", length=100_000))
    seeds = [master.randrange(2**32) for _ in paths]
    started = time.monotonic()
    with ThreadPoolExecutor(CHAINS) as pool:
        results = list(pool.map(lambda args: _chain(args[0], random.Random(args[1]), KILLS // CHAINS),
                                zip(paths, seeds)))
    print(f"{results}, {time.monotonic() - started:.1f}s")

    committed = sum(r["committed"] for r in results)
    killed_busy = sum(r["killed_busy"] for r in results)
    assert committed >= 50, f"seed {seed}: too few codings were committed ({committed}) to mean anything"
    assert killed_busy >= KILLS // 3, f"seed {seed}: only {killed_busy} kills hit a running burst"

    for path in paths:
        # A window opens the file after the crashes: any lock left by a killed window is stale.
        with Project.open(path, undo=True, take_lock=True) as project:
            assert project.lock is not None
            assert project.db.execute("SELECT count(*) FROM codings").fetchone()[0] >= 1
        assert read_lock(path) is None and not lock_path(path).exists()
        assert integrity(path) == ["ok"]
        backups = list_backups(path)
        assert 1 <= len(backups) <= 10
        for kept in backups:
            assert integrity(kept.path) == ["ok"]
        left = sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".out"))
        assert left == ["burst.accord"], left  # no -wal, -shm or lock files after a clean close
