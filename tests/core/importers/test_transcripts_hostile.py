"""Issue #17's hostile transcripts: one clear line naming the file and the line, and nothing written."""

import time

import pytest

from accord.core.documents import list_documents
from accord.core.errors import ImportFailed
from accord.core.importers import read_source
from accord.core.importing import import_files
from accord.core.project import Project

from transcript_samples import CUES, EXPECTED_TEXT, srt_text, stamp, teams_vtt, write, zoom_vtt


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.accord") as project:
        yield project


def _fails(project, path, message):
    """Importing `path` fails with `message` (a regex) on one line, and the project gets nothing."""
    [outcome] = import_files(project, [path])
    assert not outcome.ok
    assert "\n" not in outcome.message
    assert outcome.message.startswith(f"{path.name}: "), outcome.message
    assert __import__("re").search(message, outcome.message), outcome.message
    assert list_documents(project.db) == []
    assert project.db.execute("SELECT count(*) FROM turns").fetchone()[0] == 0


def test_truncated_in_a_timing_line(tmp_path, project):
    text = teams_vtt()
    cut = text.rindex("-->") + 6  # "00:0": the last cue's end time is cut short
    _fails(project, write(tmp_path / "cut.vtt", text[:cut]), r"line 16: the cue's end time is not valid")


def test_truncated_after_a_cue_id(tmp_path, project):
    text = zoom_vtt()
    cut = text.rindex("\n4\n") + 3
    _fails(project, write(tmp_path / "cut.vtt", text[:cut] + "00:00:0"), r"line 15: expected a cue timing line")


def test_truncated_srt(tmp_path, project):
    text = srt_text()
    _fails(project, write(tmp_path / "cut.srt", text[: text.rindex("-->") - 3]), r"line 13: not a valid subtitle")


@pytest.mark.parametrize(("name", "text", "line"), [
    ("noend.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hi.</v>\n\n00:00:03.000 -->\n<v Ben>Ends?</v>\n", 6),
    ("noend.srt", srt_text(CUES[:2]) + "\n3\n00:00:06,000 -->\nJonas Berg: no end\n", 9),
])
def test_a_cue_without_an_end_time(tmp_path, project, name, text, line):
    _fails(project, write(tmp_path / name, text), rf"line {line}: ")  # the cue's first line


@pytest.mark.parametrize(("text", "problem"), [
    ("Hello there\n00:00:01.000 --> 00:00:02.000\nHi\n", r"line 1: not a WebVTT file"),
    ("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n", r"line 3: the cue ends before it starts"),
    ("WEBVTT\n\n00:00:61.000 --> 00:01:02.000\nHi\n", r"line 3: the cue has no valid start time"),
])
def test_other_malformed_webvtt(tmp_path, project, text, problem):
    _fails(project, write(tmp_path / "bad.vtt", text), problem)


def test_only_empty_cues_is_a_file_without_text(tmp_path, project):
    text = "WEBVTT\n\n" + "".join(f"{stamp(i)} --> {stamp(i + 1)}\n\n" for i in range(50))
    _fails(project, write(tmp_path / "empty.vtt", text), "no text found")


@pytest.mark.parametrize("suffix", [".vtt", ".srt"])
def test_100000_empty_cues_among_real_ones(tmp_path, suffix):
    cues = [(CUES[0][0], 0.0, 0.5, CUES[0][3])] + [("Maya Patel", i, i + 0.5, "") for i in range(1, 100_001)]
    cues.append(("Jonas Berg", 100_002.0, 100_003.0, "Done."))
    maker = teams_vtt if suffix == ".vtt" else srt_text
    path = write(tmp_path / f"many{suffix}", maker(cues))
    started = time.perf_counter()
    raw, transcript = read_source(path)
    assert time.perf_counter() - started < 30  # linear, not quadratic (a generous bound for shared machines)
    assert raw.text == "Maya Patel: Hello and welcome.\n\nJonas Berg: Done."
    assert transcript.cues == 100_002
    assert [(t.speaker, t.time_start, t.time_end) for t in transcript.turns] == [
        ("Maya Patel", 0.0, 0.5), ("Jonas Berg", 100_002.0, 100_003.0)]


@pytest.mark.parametrize(("encoding", "expected"), [
    ("cp1252", "cp1252"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig"),
])
def test_files_not_in_utf8_are_decoded_as_other_text_is(tmp_path, project, encoding, expected):
    cues = [("José Müller", 1.0, 2.0, "Ça va — très bien, naïve café."), ("Zoë", 2.0, 3.0, "Oui.")]
    path = write(tmp_path / "accents.vtt", teams_vtt(cues), encoding)
    [outcome] = import_files(project, [path])
    assert outcome.ok, outcome.message
    assert outcome.document.import_notes["encoding"].startswith(expected)
    text = project.db.execute("SELECT text FROM documents").fetchone()[0]
    assert text == "José Müller: Ça va — très bien, naïve café.\n\nZoë: Oui."


def test_binary_data_named_vtt(tmp_path, project):
    _fails(project, write(tmp_path / "x.vtt", "WEBVTT\n\n" + "\x00\x01\x02\x03" * 500, "latin-1"), "binary")


def test_a_bad_file_in_a_batch_leaves_the_good_ones(tmp_path, project):
    good = write(tmp_path / "good.vtt", teams_vtt())
    bad = write(tmp_path / "bad.srt", "1\n00:00:01,000 -->\nno end\n")
    outcomes = import_files(project, [bad, good])
    assert [o.ok for o in outcomes] == [False, True]
    assert "bad.srt: line 1: " in outcomes[0].message
    assert project.db.execute("SELECT text FROM documents").fetchone()[0] == EXPECTED_TEXT
