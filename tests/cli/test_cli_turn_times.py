"""Issue #17: `accord codings --json` and `accord retrieve` give the time of a passage in a timed transcript turn."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "importers"))
from transcript_samples import teams_vtt, write  # noqa: E402

CUES = [("Maya Patel", 62.4, 65.5, "Hello and welcome."), ("Jonas Berg", 3725.0, 3730.0, "Yes, let's.")]
KEYS = ["id", "doc", "code", "coder", "start", "end", "text", "memo", "time"]


def test_codings_and_retrieve_show_turn_times(accord, tmp_path):
    path = tmp_path / "p.accord"
    assert accord("new", path, "--coder", "ann").status == 0
    assert accord("import", path, write(tmp_path / "meeting.vtt", teams_vtt(CUES))).status == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("Plain notes, no turns.", encoding="utf-8")
    assert accord("import", path, notes).status == 0
    assert accord("code", "add", path, "Greeting").status == 0
    for doc, quote in (("meeting", "welcome"), ("meeting", "Yes"), ("notes", "Plain")):
        result = accord("code", "apply", path, "--doc", doc, "--code", "Greeting", "--quote", quote)
        assert result.status == 0, result.err

    records = accord("codings", path, "--json").json
    assert all(list(r)[:len(KEYS)] == KEYS for r in records)  # the keys as before, then "time"
    assert {r["text"]: r["time"] for r in records} == {"welcome": 62.4, "Yes": 3725.0, "Plain": None}

    applied = accord("code", "apply", path, "--doc", "meeting", "--code", "Greeting", "--quote", "Hello", "--json")
    assert applied.json["time"] == 62.4  # a coding just made has the shape of a listed one

    printed = accord("retrieve", path, "--code", "Greeting")
    assert printed.status == 0, printed.err
    assert "    [0:01:02] welcome\n" in printed.out and "    [1:02:05] Yes\n" in printed.out
    assert "    Plain\n" in printed.out
