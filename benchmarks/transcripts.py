"""Issue #17's speed target: a three-hour Microsoft Teams WebVTT (about 10,000 cues) imports in under 1 s.

    .venv/bin/python benchmarks/transcripts.py [--cues 10000] [--repeat 5]

Writes the file (as Teams does: a cue id, a timing line, a <v Name> voice span of one or
two lines), then times the whole import (read, parse, normalise, store, one command) into
a fresh project, and prints the median, the ratio to the 1 s target, and the parse step alone.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from accord.core.importers.transcripts import parse_transcript
from accord.core.importing import prepare_document, store_prepared
from accord.core.project import Project

TARGET_S = 1.0
SPEAKERS = ["Maya Patel", "Jonas Berg", "Dr. Amara Okafor", "Interviewer"]
WORDS = ("so I think we should talk about the care home and what the nurses said when they came "
         "back from the night shift because nobody really knew who was in charge").split()


def teams_vtt(cues: int, seconds: float = 3 * 3600, seed: int = 17) -> str:
    rng = random.Random(seed)
    step = seconds / cues
    lines = ["WEBVTT", ""]
    speaker = SPEAKERS[0]
    for index in range(cues):
        if rng.random() < 0.3:
            speaker = rng.choice(SPEAKERS)
        start, end = index * step, index * step + step * 0.95
        said = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 18)))
        if len(said) > 60 and rng.random() < 0.5:  # Teams wraps long cues over two lines
            cut = said.index(" ", 40)
            said = said[:cut] + "\n" + said[cut + 1:]
        lines += [f"6f1e7c2a-{index:04x}/{index + 11}-0", f"{_stamp(start)} --> {_stamp(end)}",
                  f"<v {speaker}>{said}</v>", ""]
    return "\n".join(lines)


def _stamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    return f"{hours:02d}:{minutes:02d}:{millis // 1000:02d}.{millis % 1000:03d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    source = folder / "meeting.vtt"
    text = teams_vtt(args.cues)
    source.write_text(text, encoding="utf-8")
    parse_times, import_times = [], []
    turns = 0
    for run in range(args.repeat):
        started = time.perf_counter()
        transcript = parse_transcript(text, source.name)
        parse_times.append(time.perf_counter() - started)
        with Project.create(folder / f"p{run}.accord") as project:
            started = time.perf_counter()
            document = store_prepared(project, prepare_document(source))
            import_times.append(time.perf_counter() - started)
            turns = project.db.execute("SELECT count(*) FROM turns WHERE document_id = ?", [document.id]).fetchone()[0]
    median = statistics.median(import_times)
    print(f"Teams WebVTT: {args.cues:,} cues, {source.stat().st_size / 1e6:.1f} MB, "
          f"{len(transcript.turns):,} turns ({turns:,} stored), {len(transcript.text):,} characters")
    print(f"parse only:   median {statistics.median(parse_times):.3f} s")
    print(f"whole import: median {median:.3f} s (min {min(import_times):.3f} s) over {args.repeat} runs; "
          f"target {TARGET_S:.1f} s; ratio {median / TARGET_S:.2f} ({'PASS' if median < TARGET_S else 'MISS'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
