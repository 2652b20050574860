"""Issue #17: WebVTT from Zoom and Teams, SRT and timestamped text become "Name: text" turns with times."""

import pytest

from accord.core.importers import read_source
from accord.core.importers.transcripts import parse_transcript

from transcript_samples import (CUES, EXPECTED_TEXT, EXPECTED_TURNS, bracketed_txt, headed_txt, srt_text,
                                teams_vtt, write, zoom_vtt)


def _turns(transcript):
    return [(t.speaker, t.time_start, t.time_end) for t in transcript.turns]


def _check_offsets(transcript):
    for turn in transcript.turns:
        assert transcript.text[turn.start:turn.label_end] == f"{turn.speaker}: "
        assert not transcript.text[turn.start:turn.end].endswith((" ", "\n"))
    starts = [t.start for t in transcript.turns]
    assert starts == sorted(starts)


@pytest.mark.parametrize(("name", "make", "kind"), [
    ("teams.vtt", teams_vtt, "WebVTT (Microsoft Teams)"),
    ("zoom.vtt", zoom_vtt, "WebVTT (Zoom)"),
    ("subtitles.srt", srt_text, "SRT"),
])
def test_each_subtitle_format_keeps_only_what_was_said(tmp_path, name, make, kind):
    raw, transcript = read_source(write(tmp_path / name, make()))
    assert transcript.kind == kind
    assert raw.text == transcript.text == EXPECTED_TEXT
    assert _turns(transcript) == EXPECTED_TURNS
    assert transcript.speakers == ["Maya Patel", "Jonas Berg"]
    assert transcript.cues == len(CUES)
    _check_offsets(transcript)
    for leftover in ("WEBVTT", "-->", "<v", "</v>", "3f2a9c1e", "&amp;"):
        assert leftover not in raw.text


def test_timestamped_text_on_each_line(tmp_path):
    raw, transcript = read_source(write(tmp_path / "notes.txt", bracketed_txt()))
    assert raw.text == EXPECTED_TEXT
    # A plain transcript has start times only: a turn ends when the next one starts.
    assert _turns(transcript) == [("Maya Patel", 1.0, 5.0), ("Jonas Berg", 5.0, 8.0), ("Maya Patel", 8.0, None)]
    _check_offsets(transcript)


def test_name_and_time_above_the_text(tmp_path):
    raw, transcript = read_source(write(tmp_path / "otter.txt", headed_txt()))
    assert raw.text == EXPECTED_TEXT
    assert [(t.speaker, t.time_start) for t in transcript.turns] == [
        ("Maya Patel", 1.0), ("Jonas Berg", 5.0), ("Maya Patel", 8.0)]
    assert "name and time above" in transcript.kind


def test_name_then_stamp_then_colon(tmp_path):
    text = "Maya (00:01:02): First.\nmore of it\nTom [1:02:03.5]: Second.\n"
    transcript = parse_transcript(text, "a.txt")
    assert transcript.text == "Maya: First. more of it\n\nTom: Second."
    assert [(t.speaker, t.time_start, t.time_end) for t in transcript.turns] == [
        ("Maya", 62.0, 3723.5), ("Tom", 3723.5, None)]


@pytest.mark.parametrize("text", [
    "Just prose.\nWe met at 10:30 and talked.\n",
    "Maya: hello\nTom: hi\nMaya: bye\n",  # labels without times: the heuristic turn finder's job
    "Agenda  10:00\nCoffee\n",
])
def test_ordinary_text_is_not_a_transcript(tmp_path, text):
    raw, transcript = read_source(write(tmp_path / "plain.txt", text))
    assert transcript is None
    assert raw.text == text


def test_markup_and_wrapped_lines_go(tmp_path):
    vtt = ("WEBVTT - made by Teams\nKind: captions\n\nNOTE\nthis is a comment\n\nSTYLE\n::cue { color: red }\n\n"
           "00:01.000 --> 00:02.000 align:start position:10%\n<v.loud Ana Lima><c.yellow>Wrapped</c>\n"
           "<i>over</i> &lt;two&gt; lines</v>\n")
    transcript = parse_transcript(vtt, "x.vtt")
    assert transcript.text == "Ana Lima: Wrapped over <two> lines"
    assert _turns(transcript) == [("Ana Lima", 1.0, 2.0)]


def test_srt_markup_and_crlf(tmp_path):
    srt = srt_text([("Ana", 0.5, 1.0, "<i>Hi</i> {\\an8}there"), ("Ana", 1.0, 2.0, "<font color=\"red\">again</font>")],
                   crlf=True)
    raw, transcript = read_source(write(tmp_path / "a.srt", srt))
    assert raw.text == "Ana: Hi there again"


def test_cues_without_speakers_stay_apart_unnamed():
    srt = "1\n00:00:01,000 --> 00:00:02,000\nThe door opens.\n\n2\n00:00:02,000 --> 00:00:03,000\nNote: rain.\n"
    transcript = parse_transcript(srt, "film.srt")
    assert transcript.text == "The door opens.\n\nNote: rain."
    assert [(t.speaker, t.label_end == t.start, t.time_start) for t in transcript.turns] == [
        ("", True, 1.0), ("", True, 2.0)]
    assert transcript.speakers == []


def test_a_speaker_who_returns_after_empty_cues_continues_the_turn():
    vtt = teams_vtt([("Ana", 1, 2, "One."), ("Ana", 2, 3, ""), ("Ana", 3, 4, "Two.")])
    transcript = parse_transcript(vtt, "a.vtt")
    assert transcript.text == "Ana: One. Two."
    assert _turns(transcript) == [("Ana", 1.0, 4.0)]


def test_timing_line_without_blank_line_before_it_starts_a_new_cue():
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>One.\n00:02.000 --> 00:03.000\n<v Ben>Two.\n"
    transcript = parse_transcript(vtt, "a.vtt")
    assert transcript.text == "Ana: One.\n\nBen: Two."
