"""The report's "codes by speaker" table, checked against the codings and turns read here."""

import csv

import docx
import openpyxl

from accord.core.codebook import create_code
from accord.core.codings import apply_code, segments
from accord.core.coders import add_coder, list_coders
from accord.core.documents import TurnRecord, add_document
from accord.core.project import Project
from accord.core.reports import ReportOptions, build_report, write_report
from accord.core.reports.html import render_html
from accord.core.reports.markdown import render_markdown


def _expected(db, coder_names):
    turns = db.execute('SELECT document_id, start, "end", speaker FROM turns').fetchall()
    counts = {}
    for s in segments(db):
        if s.coder not in coder_names:
            continue
        for speaker in {sp for d, ts, te, sp in turns if d == s.document_id and ts < s.end and s.start < te}:
            counts.setdefault(s.code_id, {}).setdefault(speaker, 0)
            counts[s.code_id][speaker] += 1
    return counts


def test_counts_match_the_codings_and_turns(sample):
    model = build_report(sample.db, ReportOptions(agreement=False))
    coders = [c.name for c in list_coders(sample.db) if c.role == "coder"]
    assert model.by_speaker is not None and len(model.by_speaker.speakers) > 2
    assert model.by_speaker.counts == _expected(sample.db, coders)
    ana = build_report(sample.db, ReportOptions(coders=("Ana",), agreement=False))
    assert ana.by_speaker.counts == _expected(sample.db, ["Ana"])


def test_a_coding_across_two_turns_counts_for_both_speakers_once():
    project = Project.in_memory(undo=False)
    with project.command("Set up"):
        db = project.db
        ann, boss = add_coder(db, "ann"), add_coder(db, "boss", role="consensus")
        a = create_code(db, "A")
        doc = add_document(db, "d", "x" * 90, turns=[TurnRecord(0, 30, 0, "P1"), TurnRecord(30, 60, 30, "P2"),
                                                     TurnRecord(60, 90, 60, "P1")])
        apply_code(db, doc.id, a.id, ann.id, 20, 70)     # P1, P2 and P1 again: P1 once, P2 once
        apply_code(db, doc.id, a.id, ann.id, 80, 85)     # P1
        apply_code(db, doc.id, a.id, boss.id, 0, 10)     # a consensus: left out by default
    try:
        model = build_report(project.db)
        assert model.by_speaker.speakers == ["P1", "P2"]
        assert model.by_speaker.counts == {a.id: {"P1": 2, "P2": 1}}
        plain = Project.in_memory(undo=False)
        with plain.command("Set up"):
            add_document(plain.db, "t", "no turns here")
        assert build_report(plain.db).by_speaker is None
        plain.close()
    finally:
        project.close()


def test_every_format_has_the_table(sample, tmp_path):
    model = build_report(sample.db, ReportOptions(agreement=False))
    speakers = model.by_speaker.speakers
    first = model.codes[0]
    html = render_html(model)
    assert '<h2 id="speakers">Codes by speaker</h2>' in html and all(f"<th class=\"num\">{s}</th>" in html
                                                                     for s in speakers)
    markdown = render_markdown(model)
    assert "## Codes by speaker" in markdown
    assert "| Code |" + "".join(f" {s} |" for s in speakers) + " Codings |" in markdown
    written = write_report(model, "csv", tmp_path / "tables")
    path = next(p for p in written if p.name == "code_speaker.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["code", "code id"] + speakers + ["codings"]
    assert rows[1] == [first.path, str(first.id)] + [str(model.by_speaker.of(first.id, s)) for s in speakers] \
        + [str(first.codings)]
    write_report(model, "xlsx", tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Codes by speaker"]
    assert [c.value for c in sheet[1]] == ["code", "code id"] + speakers + ["codings"]
    write_report(model, "docx", tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Code"
                 and t.rows[0].cells[-1].text == "Codings")
    shown = [c.text for c in table.rows[0].cells][1:-1]
    total = {s: sum(row.get(s, 0) for row in model.by_speaker.counts.values()) for s in speakers}
    if len(speakers) > 8:  # a page holds 8: those with the most codings, in their order, and a note
        assert shown == [s for s in speakers if s in sorted(speakers, key=lambda s: -total[s])[:8]]
        assert any(p.text.startswith(f"Showing the 8 speakers with the most codings of {len(speakers)}")
                   for p in document.paragraphs)
    else:
        assert shown == speakers
    assert len(table.rows) == len(model.codes) + 1
