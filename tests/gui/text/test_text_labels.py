"""Speaker labels of long transcripts: the first screen at once, the rest in idle moments."""

from PySide6.QtGui import QFont

from accord.core.coders import add_coder
from accord.core.documents import TurnRecord, add_document
from accord.core.project import Project
from accord.gui.text import pane as text_pane
from accord.gui.session import Session
from accord.gui.text.pane import DocumentView


def _transcript(turns: int) -> tuple[str, list[TurnRecord]]:
    lines, records, position = [], [], 0
    for i in range(turns):
        speaker = "Interviewer" if i % 2 == 0 else "Maya"
        line = f"{speaker}: line {i} of the conversation"
        records.append(TurnRecord(position, position + len(line), position + len(speaker) + 2, speaker))
        lines.append(line)
        position += len(line) + 1
    return "\n".join(lines), records


def _bold_label_blocks(view: DocumentView) -> int:
    document = view.text_view.document()
    block, count = document.begin(), 0
    while block.isValid():
        formats = block.layout().formats()
        if formats and formats[0].format.fontWeight() == QFont.Bold:
            count += 1
        block = block.next()
    return count


def test_every_label_is_set_after_the_first_screen_and_idle_time(qtbot):
    turns = text_pane.LABELS_AT_ONCE * 3 + 17
    text, records = _transcript(turns)
    project = Project.in_memory()
    with project.command("setup"):
        add_coder(project.db, "Ana")
        document = add_document(project.db, "long", text, turns=records)
    view = DocumentView(Session(project))
    qtbot.addWidget(view)
    view.show_document(document.id)
    assert _bold_label_blocks(view) == text_pane.LABELS_AT_ONCE  # before any idle time
    qtbot.waitUntil(lambda: _bold_label_blocks(view) == turns, timeout=5000)
    first = view.text_view.document().begin().layout().formats()[0]
    assert (first.start, first.length) == (0, len("Interviewer: "))


def test_a_new_document_stops_the_old_documents_label_work(qtbot):
    text, records = _transcript(text_pane.LABELS_AT_ONCE * 2)
    project = Project.in_memory()
    with project.command("setup"):
        add_coder(project.db, "Ana")
        long_one = add_document(project.db, "long", text, turns=records)
        short = add_document(project.db, "short", "Maya: hello\nInterviewer: hi", turns=[
            TurnRecord(0, 11, 6, "Maya"), TurnRecord(12, 27, 25, "Interviewer")])
    view = DocumentView(Session(project))
    qtbot.addWidget(view)
    view.show_document(long_one.id)
    view.show_document(short.id)
    qtbot.wait(50)
    assert _bold_label_blocks(view) == 2
