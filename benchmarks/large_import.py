"""A large plain-text transcript (50 MB by default): import it, measure time and peak memory, undo and redo it.

    .venv/bin/python benchmarks/large_import.py [--megabytes 50] [--turn-lines]

Each step runs in a process of its own; its peak memory is read from /proc (Linux)
with the high-water mark reset when the step starts (ru_maxrss would carry the
parent's peak into the child), and printed as the growth over the step's start and as
a ratio to the file's size. --turn-lines makes every line a speaker turn (the worst case for turn
detection and for undo); by default a turn is a paragraph of ~400 characters.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

STEP = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from accord.core.importing import build_document, prepare_document, store_built
    from accord.core.project import Project

    source, target, step = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    project = Project.create(target, coder="Ana", undo=True)
    def memory(key):
        return int(Path("/proc/self/status").read_text().split(key + ":")[1].split()[0]) * 1024

    Path("/proc/self/clear_refs").write_text("5")  # the peak so far := now
    start, times = memory("VmRSS"), {}

    def timed(name, work):
        began = time.perf_counter()
        result = work()
        times[name] = time.perf_counter() - began
        return result

    if step == "import":
        prepared = timed("read and normalise", lambda: prepare_document(source))
        built = timed("join, find turns, encode", lambda: build_document(prepared))
        timed("store (one command)", lambda: store_built(project, built))
    else:  # undo and redo need the import in this process's history
        prepared = prepare_document(source)
        store_built(project, build_document(prepared))
        timed("undo the import", project.undo)
        timed("redo the import", project.redo)
    print(json.dumps({"times": times, "growth": memory("VmHWM") - start}))
""")


def transcript(path: Path, megabytes: int, turn_lines: bool) -> None:
    paragraph = ("Honestly – it was hard. We waited, we called, nobody answered; my sister drove me twice "
                 "to the city, which is two hours each way, and the café by the station became our second "
                 "home. 😀 I still remember the smell of it, and the woman at the counter who knew our names "
                 "by the second week and never once asked why we were there so often.")
    if turn_lines:
        turn = "Interviewer: And then?\nMaría: We waited – for weeks, in the café by the station.\n"
    else:
        turn = f"Interviewer: And what happened after that?\nMaría: {paragraph}\n\n"
    count = megabytes * 1_000_000 // len(turn.encode("utf-8"))
    with path.open("w", encoding="utf-8") as out:
        for _ in range(count):
            out.write(turn)


def run_step(source: Path, target: Path, step: str) -> dict:
    result = subprocess.run([sys.executable, "-c", STEP, str(source), str(target), step],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--turn-lines", action="store_true", help="every line a speaker turn")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "transcript.txt"
        transcript(source, args.megabytes, args.turn_lines)
        size = source.stat().st_size
        lines = source.read_bytes().count(b"\n")
        print(f"{size / 1e6:.1f} MB, {lines:,} lines")
        for step, target in (("import", "a.accord"), ("undo", "b.accord")):
            report = run_step(source, Path(folder) / target, step)
            for name, seconds in report["times"].items():
                print(f"  {name:<28} {seconds:7.2f} s")
            growth = report["growth"]
            label = "peak memory growth" if step == "import" else "… with import, undo and redo"
            print(f"  {label:<28} {growth / 1e6:7.0f} MB  ({growth / size:.1f} × the file)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
