"""`accord matrix` against the matrix recomputed from `accord codings --json` (sets of characters)."""

import csv
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "analysis"))
from matrix_oracle import document_domains, oracle, same, speaker_domains  # noqa: E402


def _codings(accord, sample, rows):
    """`accord codings --json`, with each code name turned into its path (names are unique in the sample)."""
    path_of = {row.split("/")[-1]: row for row in rows}
    return [dict(c, code=path_of[c["code"]]) for c in accord("codings", sample, "--json").json]


def _texts_and_turns(sample):
    with sqlite3.connect(sample) as conn:
        texts = dict(conn.execute("SELECT name, text FROM documents ORDER BY position, id").fetchall())
        turns = conn.execute('SELECT d.name, t.start, t."end", t.speaker FROM turns t JOIN documents d '
                             "ON d.id = t.document_id ORDER BY d.position, d.id, t.start").fetchall()
    conn.close()
    return texts, turns


@pytest.mark.parametrize("measure", ["count", "presence", "coverage", "words"])
@pytest.mark.parametrize("cols", ["documents", "speakers", "coders"])
def test_matrix_matches_the_codings(accord, sample, cols, measure):
    subcodes = measure in ("coverage", "words")  # union across codes is where a sum would go wrong
    args = ["matrix", sample, "--cols", cols, "--measure", measure, "--json"] + (["--subcodes"] if subcodes else [])
    data = accord(*args).json
    assert set(data) == {"rows", "columns", "measure", "cells"} and data["measure"] == measure
    codings = _codings(accord, sample, data["rows"])
    texts, turns = _texts_and_turns(sample)
    if cols == "documents":
        domains, per_coder = document_domains(texts), None
    elif cols == "speakers":
        domains, per_coder = speaker_domains(turns), None
    else:
        every = set().union(*document_domains(texts).values())
        domains, per_coder = {"Ana": every, "Ben": every}, {"Ana": "Ana", "Ben": "Ben"}
    assert data["columns"] == list(domains)
    assert same(data["cells"], oracle(measure, data["rows"], domains, codings, texts, subcodes, per_coder))


def test_one_coder_some_documents_and_presence_table(accord, sample):
    data = accord("matrix", sample, "--cols", "documents", "--measure", "presence", "--coder", "Ben",
                  "--doc", "02-tomasz,01-maya", "--json").json
    assert data["columns"] == ["01-maya", "02-tomasz"]
    codings = [c for c in _codings(accord, sample, data["rows"]) if c["coder"] == "Ben"]
    texts, _ = _texts_and_turns(sample)
    chosen = {d: texts[d] for d in data["columns"]}
    assert data["cells"] == oracle("presence", data["rows"], document_domains(chosen), codings, chosen, False)


def test_binned_attribute_and_text_table(accord, sample):
    data = accord("matrix", sample, "--cols", "attr:age", "--bins", "30,45,60", "--json").json
    assert data["columns"] == ["<30", "30–45", "45–60", "≥60", "(none)"]
    by_document = accord("matrix", sample, "--cols", "documents", "--json").json["cells"]
    # 03-leila is 27, 01-maya 34 and 02-tomasz 41; the focus group has no age.
    assert data["cells"] == [[d[2], d[0] + d[1], 0, 0, d[3]] for d in by_document]
    out = accord("matrix", sample, "--cols", "speakers", "--measure", "coverage").out
    assert out.splitlines()[0].split()[:3] == ["CODE", "Interviewer", "Maya"]
    assert "Settling in/Loneliness" in out and "% of characters covered" in out


def test_exports(accord, sample, tmp_path, fails):
    out = tmp_path / "m.csv"
    result = accord("matrix", sample, "--cols", "documents", "--measure", "coverage", "--export", out)
    assert result.status == 0 and f"Wrote the matrix to {out}" in result.out
    data = accord("matrix", sample, "--cols", "documents", "--measure", "coverage", "--json").json
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["Code", *data["columns"]]
    assert [row[0] for row in table[1:]] == data["rows"]
    assert [[float(v) for v in row[1:]] for row in table[1:]] == data["cells"]
    xlsx = tmp_path / "m.xlsx"
    assert accord("matrix", sample, "--cols", "coders", "--export", xlsx).status == 0
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[1]] == ["Code", "Ana", "Ben"]
    assert sheet.cell(row=2, column=1).value == "Settling in"
    fails("matrix", sample, "--cols", "documents", "--export", out, match="already exists")
    fails("matrix", sample, "--cols", "documents", "--export", tmp_path / "m.txt", match=".csv or .xlsx")


def test_bad_arguments_fail_cleanly(sample, fails):
    fails("matrix", sample, "--cols", "paragraphs", match="unknown columns")
    fails("matrix", sample, "--cols", "attr:height", match="no document attribute")
    fails("matrix", sample, "--cols", "attr:site", "--bins", "1,2", match="not a number")
    fails("matrix", sample, "--cols", "attr:age", "--bins", "x", status=2, match="numbers")
    fails("matrix", sample, "--cols", "documents", "--coder", "Zoe", match="Zoe")
