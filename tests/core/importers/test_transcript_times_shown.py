"""Issue #17: a transcript's turn times travel with it — through a merge, into retrieval and reports."""

import io
import shutil

import docx

from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import add_document, timed_turns_of
from accord.core.importing import import_files
from accord.core.merge import merge_projects
from accord.core.project import Project
from accord.core.reports.build import build_report
from accord.core.reports.docx_report import docx_bytes
from accord.core.reports.html import render_html
from accord.core.reports.markdown import render_markdown
from accord.core.reports.model import ReportOptions
from accord.core.reports.retrieval import render_text, retrieval_docx, retrieve
from accord.core.turn_times import TurnTimes, clock, span_times, times_at

from transcript_samples import teams_vtt, write

# Two turns, the second more than an hour in; the text is "Maya Patel: Hello and welcome.\n\nJonas Berg: Yes, let's."
CUES = [("Maya Patel", 62.4, 65.5, "Hello and welcome."), ("Jonas Berg", 3725.0, 3730.0, "Yes, let's.")]
TEXT = "Maya Patel: Hello and welcome.\n\nJonas Berg: Yes, let's."
WELCOME = (TEXT.index("welcome"), TEXT.index("welcome") + 7)
YES = (TEXT.index("Yes"), TEXT.index("Yes") + 3)


def imported(path, tmp_path):
    """A project with the Teams transcript "meeting", a plain document "notes", and codings in both."""
    with Project.create(path) as project:
        [outcome] = import_files(project, [write(tmp_path / "meeting.vtt", teams_vtt(CUES))])
        with project.command("setup"):
            db = project.db
            add_document(db, "notes", "Plain notes, no turns.")
            add_coder(db, "Ann")
            create_code(db, "Greeting")
            apply_code(db, "meeting", "Greeting", "Ann", *WELCOME)
            apply_code(db, "meeting", "Greeting", "Ann", *YES)
            apply_code(db, "notes", "Greeting", "Ann", 0, 5)
        return outcome.document.id


def test_clock_and_the_time_at_an_offset(tmp_path):
    document_id = imported(tmp_path / "p.accord", tmp_path)
    assert [clock(s) for s in (None, 0, 62.4, 59.999, 3725.0)] == ["", "0:00:00", "0:01:02", "0:00:59", "1:02:05"]
    with Project.open(tmp_path / "p.accord") as project:
        db = project.db
        gap = TEXT.index("\n\n")
        assert times_at(db, document_id, [0, WELCOME[0], gap, YES[0], len(TEXT) - 1, len(TEXT)]) == \
            [62.4, 62.4, None, 3725.0, 3725.0, None]
        notes = db.execute("SELECT id FROM documents WHERE name = 'notes'").fetchone()[0]
        assert times_at(db, notes, [0, 3]) == [None, None]
        # A span starting between two turns takes the time of the turn it reaches, as its speaker does.
        assert span_times(db, [(document_id, gap, YES[1]), (document_id, gap, gap + 1), (notes, 0, 5)]) == \
            [3725.0, None, None]
        # One query per document, however many places are asked about.
        times = TurnTimes(db)
        queries = []
        db.conn.set_trace_callback(queries.append)
        assert [times.time(document_id, offset) for offset in range(len(TEXT))].count(3725.0) == len(TEXT) - YES[0] + 12
        db.conn.set_trace_callback(None)
        assert len([q for q in queries if "FROM turns" in q]) == 1


def test_merge_brings_a_transcript_with_its_times(tmp_path):
    source = tmp_path / "source.accord"
    imported(source, tmp_path)
    target = tmp_path / "target.accord"
    with Project.create(target) as project:
        report = merge_projects(project, source)
        assert "meeting" in report.added_documents
        turns = timed_turns_of(project.db, "meeting")
        assert [(t.speaker, t.time_start, t.time_end) for t in turns] == \
            [("Maya Patel", 62.4, 65.5), ("Jonas Berg", 3725.0, 3730.0)]
        with Project.open(source) as original:
            assert turns == timed_turns_of(original.db, "meeting")


def test_merge_from_a_copy_keeps_the_target_transcript_times(tmp_path):
    base = tmp_path / "base.accord"
    imported(base, tmp_path)
    copy = tmp_path / "copy.accord"
    shutil.copy(base, copy)
    with Project.open(base) as project:
        before = timed_turns_of(project.db, "meeting")
        merge_projects(project, copy)  # the transcript is matched, not added again
        assert timed_turns_of(project.db, "meeting") == before


def test_retrieval_prints_the_time_before_a_quote(tmp_path):
    imported(tmp_path / "p.accord", tmp_path)
    with Project.open(tmp_path / "p.accord") as project:
        found = retrieve(project.db, "Greeting")
    times = {s.text: s.time for d in found.documents for s in d.segments}
    assert times == {"welcome": 62.4, "Yes": 3725.0, "Plain": None}
    text = render_text(found)
    assert "    [0:01:02] welcome\n" in text and "    [1:02:05] Yes\n" in text
    assert "    Plain\n" in text and "] Plain" not in text
    paragraphs = [p.text for p in docx.Document(io.BytesIO(retrieval_docx(found))).paragraphs]
    assert "[0:01:02] welcome" in paragraphs and "[1:02:05] Yes" in paragraphs and "Plain" in paragraphs


def test_codebook_report_quotes_show_their_times(tmp_path):
    imported(tmp_path / "p.accord", tmp_path)
    with Project.open(tmp_path / "p.accord") as project:
        model = build_report(project.db, ReportOptions(quotes=5, segments=True))
    [code] = model.codes
    assert {q.text: (q.time, q.clock) for q in code.quotes} == \
        {"welcome": (62.4, "0:01:02"), "Yes": (3725.0, "1:02:05"), "Plain": (None, "")}
    assert {s.text: s.time for s in model.segments} == {"welcome": 62.4, "Yes": 3725.0, "Plain": None}
    html = render_html(model)
    assert "meeting, Maya Patel · 0:01:02 · characters" in html
    assert "notes · characters" in html
    markdown = render_markdown(model)
    assert "meeting, Jonas Berg · 1:02:05 · characters" in markdown
    assert "notes · characters" in markdown
    cites = [p.text for p in docx.Document(io.BytesIO(docx_bytes(model))).paragraphs if "coded by" in p.text]
    assert any(c.startswith("meeting, Maya Patel · 0:01:02 · characters") for c in cites)
    assert any(c.startswith("notes · characters") for c in cites)
