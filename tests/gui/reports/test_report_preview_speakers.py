"""The report preview shows the report's "Codes by speaker" table, as the saved reports do."""

import pytest
from PySide6.QtGui import QTextCursor

from accord.core.codebook import create_code
from accord.core.coders import list_coders
from accord.core.codings import apply_code
from accord.core.documents import add_document
from accord.core.project import Project
from accord.core.reports.templating import number
from accord.core.sample import build_sample
from accord.gui.reports import runner as report_runner
from accord.gui.reports.dialog import ReportDialog
from accord.gui.session import Session
from accord.gui.widgets.background import wait_for_jobs

WAIT_MS = 15_000
HEADING = "Codes by speaker"


@pytest.fixture(autouse=True)
def quick_rebuilds(monkeypatch):
    monkeypatch.setattr(report_runner, "DEBOUNCE_MS", 40)


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("report") / "s.accord")


def _session(path):
    return Session(Project.open(path, undo=True))


@pytest.fixture
def session(sample_path, tmp_path):
    copy = tmp_path / "s.accord"
    copy.write_bytes(sample_path.read_bytes())
    session = _session(copy)
    yield session
    wait_for_jobs()
    session.close()


def open_dialog(qtbot, session) -> ReportDialog:
    dialog = ReportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    return dialog


def table_after(document, heading: str) -> list[list[str]] | None:
    """The cells' text of the first table the reader sees after `heading` in the rendered preview."""
    cursor = document.find(heading)
    if cursor.isNull():
        return None
    while cursor.currentTable() is None:
        if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock):
            return None
    table = cursor.currentTable()
    rows = []
    for r in range(table.rows()):
        row = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            text = cell.firstCursorPosition()
            text.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            row.append(text.selectedText().replace("\ufffc", "").replace("\xa0", " ").strip())  # \ufffc: a swatch
        rows.append(row)
    return rows


def expected_rows(model) -> list[list[str]]:
    speakers = model.by_speaker.speakers
    return [["Code", *speakers, "Codings"]] + [
        [code.path, *(number(model.by_speaker.of(code.id, s)) for s in speakers), number(code.codings)]
        for code in model.codes]


def test_the_preview_shows_codings_per_code_and_speaker(qtbot, session):
    dialog = open_dialog(qtbot, session)
    model = dialog.model
    assert model.by_speaker is not None and len(model.by_speaker.speakers) >= 2
    text = dialog.preview_text()
    # Between the frequencies and the co-occurrence, as in the HTML report.
    assert text.index("Code frequencies") < text.index(HEADING) < text.index("Code co-occurrence")
    assert "a coding counts once for each speaker whose turns it touches" in text
    rows = table_after(dialog.preview.document(), HEADING)
    assert rows == expected_rows(model)
    assert any(cell not in ("0", "") for row in rows[1:] for cell in row[1:-1])  # something was counted
    dialog.preview.resize(1100, 800)
    dialog.resize(1500, 900)
    dialog.preview.scrollToAnchor("speakers")
    dialog.grab().save("/tmp/report_preview_speakers.png")

    # Unticking a coder counts the other coder's codings only.
    before = rows
    ben = next(c.id for c in list_coders(session.db) if c.name == "Ben")
    dialog.coder_list.set_checked(ben, False)
    qtbot.waitUntil(lambda: dialog.ready and dialog.model.coder_names == ["Ana"], timeout=WAIT_MS)
    after = table_after(dialog.preview.document(), HEADING)
    assert after == expected_rows(dialog.model) and after != before


def test_no_table_when_no_document_has_speaker_turns(qtbot, tmp_path):
    path = tmp_path / "plain.accord"
    with Project.create(path, title="Plain", coder="ann") as project, project.command("setup"):
        add_document(project.db, "notes", "One line of field notes, with no speakers at all.")
        create_code(project.db, "Place")
        apply_code(project.db, "notes", "Place", "ann", 0, 8)
    session = _session(path)
    try:
        dialog = open_dialog(qtbot, session)
        assert dialog.model.by_speaker is None
        assert HEADING not in dialog.preview_text() and "Codes in detail" in dialog.preview_text()
    finally:
        wait_for_jobs()
        session.close()
