"""`accord report` and `accord retrieve` from the command line."""

import csv
import json

import docx
import openpyxl
import pytest
from bs4 import BeautifulSoup

from cli_helpers import snapshot

def test_html_report(accord, sample, tmp_path):
    out = tmp_path / "report.html"
    result = accord("report", sample, "-o", out)
    assert result.status == 0, result.err
    assert result.out.startswith(f"Wrote the html report of 'Starting over — sample study' to {out}")
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert len(soup.select("table.tree tbody tr")) == 18


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "xlsx"])
def test_every_file_format_with_json(accord, sample, tmp_path, fmt):
    out = tmp_path / f"r.{fmt}"
    data = accord("--json", "report", sample, "--format", fmt, "-o", out, "--quotes", "1").json
    assert data["files"] == [str(out)] and data["format"] == fmt
    assert (data["codes"], data["documents"], data["codings"]) == (18, 4, 161)
    assert data["coders"] == ["Ana", "Ben"]
    assert out.stat().st_size > 1000
    if fmt == "docx":
        assert any(p.style.name == "Heading 1" for p in docx.Document(str(out)).paragraphs)
    if fmt == "xlsx":
        assert openpyxl.load_workbook(out)["Codebook"].max_row == 19


def test_csv_folder_and_options(accord, sample, tmp_path):
    out = tmp_path / "tables"
    result = accord("report", sample, "-f", "csv", "-o", out, "--codes", "Support,Othering",
                    "--coders", "Ana", "--documents", "01-maya, 02-tomasz", "--memos", "--no-agreement")
    assert result.status == 0, result.err
    with open(out / "segments.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["coder"] for r in rows} == {"Ana"}
    assert {r["document"] for r in rows} <= {"01-maya", "02-tomasz"}
    assert {r["code path"].split("/")[0] for r in rows} <= {"Support", "Language and belonging"}
    with open(out / "codebook.csv", newline="", encoding="utf-8") as handle:
        assert [r["name"] for r in csv.DictReader(handle)] == [
            "Support", "Family support", "Community and volunteers", "Institutional support", "Othering"]
    assert not (out / "agreement.csv").exists()


def test_csv_prefix(accord, sample, tmp_path):
    data = accord("--json", "report", sample, "-o", tmp_path / "study.csv").json
    assert data["format"] == "csv"
    assert all(f.startswith(str(tmp_path / "study-")) for f in data["files"])


def test_memos_on_request(accord, sample, tmp_path):
    accord("report", sample, "-o", tmp_path / "a.md")
    accord("report", sample, "-o", tmp_path / "b.md", "--memos")
    assert "About this sample" not in (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "About this sample" in (tmp_path / "b.md").read_text(encoding="utf-8")


def test_template(accord, sample, tmp_path):
    template = tmp_path / "t.md.j2"
    template.write_text("{{ report.title }}: {{ codes|length }} codes\n", encoding="utf-8")
    assert accord("report", sample, "-o", tmp_path / "t.md", "--template", template).status == 0
    assert (tmp_path / "t.md").read_text(encoding="utf-8") == "Starting over — sample study: 18 codes\n"


def test_failures(accord, fails, sample, tmp_path):
    fails("report", sample, "-o", tmp_path / "x.html", "--codes", "Nope", match="no code named 'Nope'")
    fails("report", sample, "-o", tmp_path / "x.html", "--coders", "Zed", match="no coder named 'Zed'")
    fails("report", sample, "-o", tmp_path / "x", status=2, match="say which format")
    fails("report", sample, "-o", tmp_path / "x.docx", "--template", tmp_path / "t.j2", status=2,
          match="--template goes with")
    fails("report", sample, "-o", tmp_path / "x.html", "--template", tmp_path / "missing.j2",
          match="no such template")
    fails("report", sample, "-o", tmp_path / "no" / "x.html", match="no such folder")
    fails("report", sample, "-f", "html", "-o", sample, match="over a project file")
    fails("report", sample, "-o", tmp_path / "x.html", "--quotes", "-2", status=2, match="quotes")
    fails("report", tmp_path / "none.accord", "-o", tmp_path / "x.html", match="no such file")
    bad = tmp_path / "bad.html.j2"
    bad.write_text("{% if %}", encoding="utf-8")
    fails("report", sample, "-o", tmp_path / "x.html", "--template", bad, match="bad.html.j2, line 1")
    assert accord("report", "--help").status == 0


def test_retrieve(accord, sample, tmp_path):
    out = tmp_path / "support.txt"
    result = accord("retrieve", sample, "--code", "Support", "--subcodes", "--coders", "Ben", "-o", out)
    assert result.status == 0, result.err
    assert result.out.startswith("Wrote ") and "'Support'" in result.out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Retrieved segments: Support\n") and "coded by Ana" not in text
    data = accord("--json", "retrieve", sample, "--code", "Loneliness", "-f", "docx", "-o", tmp_path / "l.docx").json
    assert data["codings"] == 16 and data["code"] == "Settling in/Loneliness"
    assert sum(d["segments"] for d in data["documents"]) == data["segments"]
    assert docx.Document(str(tmp_path / "l.docx")).paragraphs


def test_retrieve_failures(fails, sample, tmp_path):
    fails("retrieve", sample, "--code", "Nope", "-o", tmp_path / "x.txt", match="no code named")
    fails("retrieve", sample, "--code", "Support", "-o", tmp_path / "x.html", status=2, match="say which format")
    fails("retrieve", sample, "--code", "Support", "-o", tmp_path / "x.accord", "-f", "txt",
          match="over a project file")


def test_the_project_is_not_changed(accord, sample, tmp_path):
    before = sample.read_bytes()
    accord("report", sample, "-o", tmp_path / "r.html")
    accord("retrieve", sample, "--code", "Support", "-o", tmp_path / "r.txt")
    assert sample.read_bytes() == before
    assert json.loads(accord("--json", "codes", sample).out)[0]["name"] == "Settling in"


# -- an existing OUT is replaced only with --force -------------------------------------------------
@pytest.mark.parametrize("name", ["r.html", "r.md", "r.docx", "r.xlsx"])
def test_report_refuses_to_replace_a_file_without_force(accord, fails, sample, tmp_path, name):
    out = tmp_path / name
    out.write_bytes(b"my own notes, not a report\n")
    error = fails("report", sample, "-o", out, match=f"{out}: already exists")
    assert "add --force" in error
    assert out.read_bytes() == b"my own notes, not a report\n"
    assert accord("report", sample, "-o", out, "--force").status == 0
    assert out.stat().st_size > 1000


@pytest.mark.parametrize("out", ["tables", "study.csv"])
def test_report_csv_refuses_to_replace_its_files_without_force(accord, fails, sample, tmp_path, out):
    out = tmp_path / out
    assert accord("report", sample, "-f", "csv", "-o", out, "--no-agreement").status == 0
    files = sorted(tmp_path.rglob("*.csv"))
    before = {f: f.read_bytes() for f in files}
    error = fails("report", sample, "-f", "csv", "-o", out, "--codes", "Support", match="already exists")
    assert "add --force" in error and ".csv" in error
    assert {f: f.read_bytes() for f in sorted(tmp_path.rglob("*.csv"))} == before
    assert accord("report", sample, "-f", "csv", "-o", out, "--codes", "Support", "--force",
                  "--no-agreement").status == 0
    assert {f: f.read_bytes() for f in files} != before


def test_retrieve_refuses_to_replace_a_file_without_force(accord, fails, sample, tmp_path):
    out = tmp_path / "support.txt"
    out.write_text("keep me", encoding="utf-8")
    fails("retrieve", sample, "--code", "Support", "-o", out, match="add --force")
    assert out.read_text(encoding="utf-8") == "keep me"
    assert accord("retrieve", sample, "--code", "Support", "-o", out, "--force").status == 0
    assert out.read_text(encoding="utf-8").startswith("Retrieved segments: Support")


# -- accord retrieve without -o prints -----------------------------------------------------------------
def _without_generated(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("Generated ")]


def test_retrieve_prints_to_stdout_without_output(accord, sample, tmp_path):
    before = snapshot(tmp_path)
    printed = accord("retrieve", sample, "--code", "Loneliness", "--memos")
    assert printed.status == 0 and printed.err == ""
    assert printed.out.startswith("Retrieved segments: Settling in/Loneliness\n")
    assert "Memo: Ana: Contradicts" in printed.out
    assert snapshot(tmp_path) == before  # nothing written
    written = tmp_path / "l.txt"
    assert accord("retrieve", sample, "--code", "Loneliness", "--memos", "-o", written).status == 0
    assert _without_generated(printed.out) == _without_generated(written.read_text(encoding="utf-8"))

    data = accord("--json", "retrieve", sample, "--code", "Loneliness", "-f", "txt").json
    assert data["file"] is None and data["format"] == "txt" and data["codings"] == 16
    assert data["text"].startswith("Retrieved segments: Settling in/Loneliness\n")


def test_retrieve_docx_needs_output(fails, sample):
    error = fails("retrieve", sample, "--code", "Support", "-f", "docx", status=2, match="-o OUT is needed for docx")
    assert "accord retrieve --help" in error
    fails("retrieve", sample, "--code", "Support", "--force", status=2, match="--force goes with -o")


def test_report_in_german(accord, sample, tmp_path):
    out = tmp_path / "bericht.md"
    data = accord("--json", "report", sample, "-o", out, "--lang", "de", "--resamples", "0").json
    assert data["language"] == "de"
    text = out.read_text(encoding="utf-8")
    assert "Die Übereinstimmung zwischen den Kodierenden Ana und Ben" in text
    assert "Es wurden keine Bootstrap-Intervalle berechnet." in text


def test_report_language_must_be_one_accord_has(accord, sample, tmp_path):
    result = accord("report", sample, "-o", tmp_path / "r.md", "--lang", "xx")
    assert result.status == 2
    assert "--lang" in result.err and "pt_BR" in result.err
    assert not (tmp_path / "r.md").exists()
