"""accord import (through accord.core.importing), accord sample."""

import importlib.util

import pytest

from cli_helpers import needs_importers, run_subprocess, snapshot

pytestmark = needs_importers

ASTRAL = "Ana: I feel 😀 about 医生 and 𝄞 music.\nBo: 👍🏽 sure, 医生 again.\n"


@pytest.fixture
def empty(accord, tmp_path):
    path = tmp_path / "p.accord"
    accord("new", path, "--coder", "ann")
    return path


def test_import_txt(accord, empty, tmp_path):
    source = tmp_path / "first interview.txt"
    source.write_text("Hello there.\nI trust my doctor.\n", encoding="utf-8")
    output = accord("import", empty, source, "--json").json
    assert output["skipped_duplicates"] == []
    results = output["files"]
    assert len(results) == 1
    result = results[0]
    assert set(result) == {"file", "ok", "document", "message"}
    assert result["file"] == str(source) and result["ok"] is True and result["message"]
    document = result["document"]
    assert document["name"] == "first interview"
    assert {"id", "name", "length", "sha256"} <= set(document)
    assert accord("docs", empty, "--json").json[0]["sha256"] == document["sha256"]
    again = accord("import", empty, source, "--allow-duplicates")  # same name again: a free name is chosen
    assert again.status == 0 and "imported" in again.out
    assert [d["name"] for d in accord("docs", empty, "--json").json] == ["first interview", "first interview (2)"]


def test_import_goes_on_after_a_failure(accord, empty, tmp_path):
    good_a, good_b = tmp_path / "a.txt", tmp_path / "b.txt"
    good_a.write_text("Alpha text.\n", encoding="utf-8")
    good_b.write_text("Beta text.\n", encoding="utf-8")
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n", encoding="utf-8")
    result = accord("import", empty, good_a, blank, good_b, "--json")
    assert result.status == 1
    assert [(r["file"], r["ok"]) for r in __import__("json").loads(result.out)["files"]] == [
        (str(good_a), True), (str(blank), False), (str(good_b), True)]
    failed = __import__("json").loads(result.out)["files"][1]
    assert failed["document"] is None and "blank.txt" in failed["message"]
    assert result.err.startswith("accord: error: ") and "blank.txt" in result.err
    assert len(result.err.splitlines()) == 1
    assert [d["name"] for d in accord("docs", empty, "--json").json] == ["a", "b"]
    good_c = tmp_path / "c.txt"
    good_c.write_text("Gamma text.\n", encoding="utf-8")
    text = accord("import", empty, blank, good_c)
    assert text.status == 1 and "FAILED" in text.out and "imported" in text.out


def test_import_a_missing_file(accord, empty, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Some text.\n", encoding="utf-8")
    result = accord("import", empty, tmp_path / "missing.txt", good, "--json")
    assert result.status == 1 and "missing.txt" in result.err
    assert [d["name"] for d in accord("docs", empty, "--json").json] == ["good"]


def test_import_only_failures_changes_nothing(accord, empty, tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text("\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = accord("import", empty, blank)
    assert result.status == 1 and "FAILED" in result.out
    assert result.err.startswith("accord: error: ") and len(result.err.splitlines()) == 1
    assert "blank.txt" in result.err
    assert snapshot(tmp_path) == before


def test_import_into_a_missing_project(fails, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("text\n", encoding="utf-8")
    fails("import", tmp_path / "nope.accord", source, match="no such file")


def test_join_lines(accord, empty, tmp_path):
    source = tmp_path / "broken.txt"
    source.write_text("This sentence was broken\nin the middle by a hard wrap\nof the text.\n\nNew paragraph.\n",
                      encoding="utf-8")
    plain = accord("import", empty, source, "--json").json["files"][0]["document"]
    joined = accord("import", empty, source, "--join-lines", "--json").json["files"][0]["document"]
    assert joined["length"] <= plain["length"]
    assert joined["sha256"] != plain["sha256"]


def test_astral_text_round_trips(accord, empty, tmp_path):
    source = tmp_path / "astral.txt"
    source.write_text(ASTRAL, encoding="utf-8")
    document = accord("import", empty, source, "--json").json["files"][0]["document"]
    accord("code", "add", empty, "Feeling")
    coding = accord("code", "apply", empty, "--doc", document["name"], "--code", "Feeling",
                    "--quote", "😀 about 医生 and 𝄞", "--json").json
    assert coding["text"] == "😀 about 医生 and 𝄞"
    assert coding["end"] - coding["start"] == len("😀 about 医生 and 𝄞") == 16  # code points
    assert coding["start"] == ASTRAL.index("😀")
    second = accord("code", "apply", empty, "--doc", document["name"], "--code", "Feeling",
                    "--quote", "医生", "--occurrence", "2", "--json").json
    assert second["start"] == ASTRAL.index("医生", ASTRAL.index("医生") + 1)
    thumbs = accord("code", "apply", empty, "--doc", document["name"], "--code", "Feeling",
                    "--start", str(ASTRAL.index("👍")), "--end", str(ASTRAL.index("👍") + 2), "--json").json
    assert thumbs["text"] == "👍🏽"


@pytest.mark.skipif(importlib.util.find_spec("accord.core.sample") is None,
                    reason="accord.core.sample is not written yet")
def test_sample(accord, fails, tmp_path):
    out = tmp_path / "sample.accord"
    assert accord("sample", out, "--json").json == {"path": str(out)}
    assert accord("docs", out, "--json").json
    assert accord("codes", out, "--json").json
    fails("sample", out, match=f"{out}: already exists")
    fails("sample", tmp_path / "nowhere" / "s.accord", match="does not exist")


def test_library_warnings_stay_off_stderr(accord, empty, tmp_path):
    """pypdf logs warnings about damaged PDFs; the real process must still print one error line."""
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf at all\n" * 50)
    good = tmp_path / "good.txt"
    good.write_text("Fine text.\n", encoding="utf-8")
    result = run_subprocess("import", empty, fake, good)
    assert result.status == 1
    assert result.err.count("\n") == 1 and result.err.startswith("accord: error: fake.pdf: ")
    assert "FAILED" in result.out and "imported" in result.out


def test_preview_joins_shows_the_broken_lines_and_imports_nothing(accord, empty, tmp_path):
    source = tmp_path / "pasted.txt"
    source.write_text("Maya: I went to the\nshop and it was\nclosed.\n\nInterviewer: Oh.\n", encoding="utf-8")
    before = empty.read_bytes()
    found = accord("import", empty, source, "--preview-joins", "--json").json[0]
    assert [(j["before"], j["after"]) for j in found["joins"]] == [
        ("Maya: I went to the", "shop and it was"), ("shop and it was", "closed.")]
    assert found["count"] == 2 and found["offsets"] == [19, 35]
    assert "2 broken lines" in accord("import", empty, source, "--preview-joins").out
    assert accord("docs", empty, "--json").json == []
    assert empty.read_bytes() == before


@pytest.fixture
def large_file(tmp_path, monkeypatch):
    """A file read as large, in 1 KB chunks."""
    import accord.core.importers as importers

    monkeypatch.setattr(importers, "LARGE_TEXT_BYTES", 1024)
    monkeypatch.setattr(importers, "CHUNK_BYTES", 1024)
    path = tmp_path / "long.txt"
    path.write_text("Ana: we waited.\nBen: for weeks.\n" * 500, encoding="utf-8")
    return path


def test_a_long_import_shows_its_progress_on_a_terminal(accord, empty, large_file, monkeypatch):
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    result = accord("import", empty, large_file)
    assert result.status == 0
    steps = result.err.split("\r")
    assert steps[1:3] == ["Reading long.txt…    0%", "Reading long.txt…    6%"]
    assert "Reading long.txt…  100%" in steps and "Preparing long.txt…  100%" in steps
    last = result.err.split("\r")[-2:]
    assert last[0].strip() == "" and last[1] == ""  # the line is cleared for the result
    assert "imported" in result.out
    # Not in JSON mode, and not when stderr is not a terminal.
    assert accord("import", empty, large_file, "--json").err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    assert accord("import", empty, large_file).err == ""


def test_ctrl_c_during_an_import_keeps_the_project_as_it_was(accord, empty, tmp_path, monkeypatch):
    import accord.core.importing as importing

    first = tmp_path / "first.txt"
    first.write_text("Ana: fine.\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Ben: interrupted.\n", encoding="utf-8")
    real = importing.build_document

    def interrupted(prepared, progress=None):
        if prepared.path == second:
            raise KeyboardInterrupt
        return real(prepared, progress)

    monkeypatch.setattr(importing, "build_document", interrupted)
    result = accord("import", empty, first, second)
    assert result.status == 130
    assert result.err == "accord: error: interrupted; the change under way was not saved " \
                         "(changes finished before it were)\n"
    assert [d["name"] for d in accord("docs", empty, "--json").json] == ["first"]
