"""Issue #17: the retrieved-segments dock shows the time of a passage in a timed transcript turn."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from accord.core.codebook import create_code, resolve_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.importing import import_files
from accord.core.project import Project
from accord.gui.session import Session
from accord.gui.workbench.segments_dock import SegmentsPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core" / "importers"))
from transcript_samples import teams_vtt, write  # noqa: E402

CUES = [("Maya Patel", 62.4, 65.5, "Hello and welcome."), ("Jonas Berg", 3725.0, 3730.0, "Yes, let's.")]
TEXT = "Maya Patel: Hello and welcome.\n\nJonas Berg: Yes, let's."


def test_position_column_shows_the_turn_time(qtbot, tmp_path):
    project = Project.create(tmp_path / "p.accord")
    import_files(project, [write(tmp_path / "meeting.vtt", teams_vtt(CUES))])
    with project.command("setup"):
        add_document(project.db, "notes", "Plain notes, no turns.")
        add_coder(project.db, "Ann")
        create_code(project.db, "Greeting")
        apply_code(project.db, "meeting", "Greeting", "Ann", 22, 29)
        apply_code(project.db, "meeting", "Greeting", "Ann", 44, 47)
        apply_code(project.db, "notes", "Greeting", "Ann", 0, 5)
    session = Session(project)
    panel = SegmentsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(720, 200)
    panel.show()
    panel.show_code(resolve_code(project.db, "Greeting"))
    model = panel.model
    positions = {model.index(r, 4).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert positions == {"welcome": "22–29 · 0:01:02", "Yes": "44–47 · 1:02:05", "Plain": "0–5"}
    assert model.headerData(3, Qt.Horizontal) == "Position"
    # Double-clicking a timed row still jumps to its span.
    jumps = []
    panel.jumpRequested.connect(lambda *target: jumps.append(target))
    row = next(r for r in range(model.rowCount()) if model.index(r, 4).data() == "Yes")
    panel._jump(model.index(row, 3))
    assert jumps and jumps[0][1:] == (44, 47)
    panel.grab().save(str(tmp_path / "segments_times.png"))
    panel.grab().save("/tmp/segments_turn_times.png")
    project.close()


def test_report_preview_quotes_show_the_turn_time(qtbot, tmp_path):
    from accord.core.reports.build import build_report
    from accord.core.reports.model import ReportOptions
    from accord.gui.reports.preview import preview_html

    with Project.create(tmp_path / "p.accord") as project:
        import_files(project, [write(tmp_path / "meeting.vtt", teams_vtt(CUES))])
        with project.command("setup"):
            add_coder(project.db, "Ann")
            create_code(project.db, "Greeting")
            apply_code(project.db, "meeting", "Greeting", "Ann", 22, 29)
        html = preview_html(build_report(project.db, ReportOptions(quotes=3)))
    assert "meeting, Maya Patel · 0:01:02 · characters" in html
