"""`accord turns P DOC` and importing transcripts (.vtt, .srt, timestamped .txt) end to end (issue #17)."""

import sys
from pathlib import Path

import pytest

from cli_helpers import snapshot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "importers"))
from transcript_samples import EXPECTED_TEXT, bracketed_txt, srt_text, teams_vtt, write, zoom_vtt  # noqa: E402


@pytest.fixture
def empty(accord, tmp_path):
    path = tmp_path / "p.accord"
    accord("new", path, "--coder", "ann")
    return path


TIMED = [
    {"speaker": "Maya Patel", "start": 0, "end": 46, "time_start": 1.0, "time_end": 5.0},
    {"speaker": "Jonas Berg", "start": 48, "end": 71, "time_start": 5.0, "time_end": 7.25},
    {"speaker": "Maya Patel", "start": 73, "end": 90, "time_start": 8.0, "time_end": 9.0},
]


@pytest.mark.parametrize(("name", "make"), [("teams.vtt", teams_vtt), ("zoom.vtt", zoom_vtt), ("subs.srt", srt_text)])
def test_import_then_list_turns_with_times(accord, empty, tmp_path, name, make):
    result = accord("import", empty, write(tmp_path / name, make()), "--json")
    assert result.status == 0, result.err
    listed = accord("turns", empty, Path(name).stem, "--json")
    assert listed.status == 0 and listed.json == TIMED
    text = accord("turns", empty, Path(name).stem).out
    assert "Jonas Berg     48   71  0:05  0:07.25" in text
    [document] = accord("docs", empty, "--json").json
    assert document["length"] == len(EXPECTED_TEXT)


def test_timestamped_text_has_start_times_and_a_last_turn_without_end(accord, empty, tmp_path):
    assert accord("import", empty, write(tmp_path / "notes.txt", bracketed_txt())).status == 0
    turns = accord("turns", empty, "notes", "--json").json
    assert [(t["speaker"], t["time_start"], t["time_end"]) for t in turns] == [
        ("Maya Patel", 1.0, 5.0), ("Jonas Berg", 5.0, 8.0), ("Maya Patel", 8.0, None)]


def test_turns_found_in_plain_text_have_null_times(accord, empty, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("Ana: Hello there.\nBo: Hi.\nAna: Bye.\nBo: Bye!\n", encoding="utf-8")
    assert accord("import", empty, path).status == 0
    turns = accord("turns", empty, "chat", "--json").json
    assert [t["speaker"] for t in turns] == ["Ana", "Bo", "Ana", "Bo"]
    assert {t["time_start"] for t in turns} == {None} and {t["time_end"] for t in turns} == {None}


def test_a_document_without_turns(accord, empty, tmp_path):
    path = tmp_path / "prose.txt"
    path.write_text("Just some prose.\n", encoding="utf-8")
    accord("import", empty, path)
    assert accord("turns", empty, "prose", "--json").json == []
    assert "no speaker turns" in accord("turns", empty, "prose").out


def test_turns_of_a_missing_document_fails_cleanly(fails, empty):
    fails("turns", empty, "nobody", match="nobody")


def test_a_malformed_transcript_names_file_and_line_and_writes_nothing(accord, empty, tmp_path):
    bad = write(tmp_path / "broken.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hi</v>\n\n00:00:03.000 -->\n")
    before = snapshot(tmp_path)
    result = accord("import", empty, bad)
    assert result.status == 1
    assert result.err.splitlines() == ["accord: error: broken.vtt: line 6: the cue has no end time ('00:00:03.000 -->')"]
    assert snapshot(tmp_path) == before
