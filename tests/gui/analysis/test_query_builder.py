"""Analyse ▸ Coding query on the sample: building, running, saving and loading queries, the dock's
re-run on project changes, and the dock's speaker filter."""

import os
from pathlib import Path

from PySide6.QtCore import Qt

from accord.core.analysis.query import Query, Step, run_query, speaker_turns
from accord.core.analysis.saved_queries import saved_queries
from accord.core.codings import segments
from accord.gui.analysis.query_builder import QueryBuilder

FOLDER = Path(os.environ.get("ACCORD_SCREENSHOTS") or "/tmp")


def _open(window, qtbot) -> QueryBuilder:
    window.actions_by_id["coding_query"].trigger()
    builder = window.findChild(QueryBuilder)
    qtbot.waitExposed(builder)
    return builder


def _listed(window):
    model = window.segments.model
    return [(model.rows[i][0], model.targets[i][1], model.targets[i][2]) for i in range(model.rowCount())]


def test_a_built_query_lists_its_passages_in_the_dock(window, qtbot):
    builder = _open(window, qtbot)
    builder.code.set_path("Language and belonging/Feeling at home")
    qtbot.mouseClick(builder.add_step, Qt.LeftButton)
    row = builder.rows[0]
    row.op.setCurrentIndex(row.op.findData("not"))
    row.code.set_path("Language and belonging/Othering")
    assert row.distance.isHidden()
    qtbot.mouseClick(builder.add_step, Qt.LeftButton)
    near = builder.rows[1]
    near.op.setCurrentIndex(near.op.findData("near"))
    near.code.set_path("Settling in/Loneliness")
    near.distance.setValue(400)
    assert not near.distance.isHidden()
    builder.coder.setCurrentIndex(builder.coder.findData("Ana"))
    builder.attribute.setCurrentIndex(builder.attribute.findData("site"))
    builder.operator.setCurrentIndex(builder.operator.findData("!="))
    builder.value.setText("East")
    qtbot.waitUntil(lambda: builder.rows[1].isVisible())
    builder.grab().save(str(FOLDER / "query_builder.png"))
    qtbot.mouseClick(builder.run_button, Qt.LeftButton)
    expected = run_query(window.session.db, Query(
        "Language and belonging/Feeling at home",
        [Step("not", "Language and belonging/Othering"), Step("near", "Settling in/Loneliness", 400)],
        coders=["Ana"], where=["attr:site != East"]))
    assert expected, "the query should find something on the sample"
    assert _listed(window) == [(s.document, s.start, s.end) for s in expected]
    assert "03-leila" not in {s.document for s in expected}  # site East
    assert window.segments.model.rows[0][1] == ", ".join(expected[0].codes)
    assert window.segments.model.rows[0][2] == "Ana" and window.segments.subcodes.isHidden()
    assert str(len(expected)) in builder.message.text()
    window.segments.grab().save(str(FOLDER / "query_results_dock.png"))
    # A removed row drops its step.
    qtbot.mouseClick(builder.rows[0].remove, Qt.LeftButton)
    assert [s.op for s in builder.query().steps] == ["near"]


def test_shown_query_results_follow_project_changes(window, qtbot):
    builder = _open(window, qtbot)
    builder.code.set_path("Language and belonging/Othering")
    qtbot.mouseClick(builder.run_button, Qt.LeftButton)
    before = _listed(window)
    assert before
    first = segments(window.session.db, code="Language and belonging/Othering")[0]
    from accord.core.codings import remove_coding

    window.session.run("Remove coding", remove_coding, first.id)
    after = _listed(window)
    assert after == [(s.document, s.start, s.end) for s in run_query(window.session.db, Query(
        "Language and belonging/Othering"))]
    assert after != before and "Othering" in window.segments.title.text()


def test_an_error_is_shown_in_the_builder_not_raised(window, qtbot):
    builder = _open(window, qtbot)
    builder.attribute.setCurrentIndex(builder.attribute.findData("age"))
    builder.operator.setCurrentIndex(builder.operator.findData(">"))
    builder.value.setText("")
    builder.code.set_path("Support")
    assert builder.run() is not None  # an empty value compares as text: a valid query
    builder.speaker.addItem("Nobody", "Nobody")
    builder.speaker.setCurrentIndex(builder.speaker.findData("Nobody"))
    assert builder.run() is None and "Nobody" in builder.message.text()


def test_save_load_and_delete_by_name(window, qtbot, answers):
    builder = _open(window, qtbot)
    builder.code.set_path("Support/Family support")
    row = builder.add_row(Step("and", "Settling in/Loneliness"))
    builder.within.setCurrentIndex(builder.within.findData("turn"))
    builder.speaker.setCurrentIndex(builder.speaker.findData("Maya"))
    query = builder.query()
    answers.text = ["family and lonely"]
    qtbot.mouseClick(builder.save_button, Qt.LeftButton)
    assert saved_queries(window.session.db) == {"family and lonely": query}
    assert builder.saved.currentData() == "family and lonely"
    builder._remove_row(row)
    builder.code.set_path("Support")
    builder.within.setCurrentIndex(0)
    qtbot.mouseClick(builder.load_button, Qt.LeftButton)
    assert builder.query() == query
    window.session.undo()  # the save undone: the list follows
    assert builder.saved.currentData() is None and not builder.load_button.isEnabled()
    window.session.redo()
    answers.confirm = True
    builder.saved.setCurrentIndex(builder.saved.findData("family and lonely"))
    qtbot.mouseClick(builder.delete_button, Qt.LeftButton)
    assert saved_queries(window.session.db) == {}


def test_the_dock_lists_only_what_the_chosen_speaker_said(window, qtbot):
    panel = window.segments
    db = window.session.db
    code = segments(db, code="Language and belonging/Feeling at home")[0].code_id
    panel.show_code(code)
    everything = _listed(window)
    assert panel.speaker.isVisible() and panel.speaker.itemText(0) == "All speakers"
    speaker = "Maya"
    panel.speaker.setCurrentIndex(panel.speaker.findData(speaker))
    turns = speaker_turns(db, speaker)
    doc_ids = {d: i for i, d in db.execute("SELECT id, name FROM documents")}
    expected = []
    for doc, start, end in everything:
        for s, e in turns.get(doc_ids[doc], []):
            if max(s, start) < min(e, end):
                expected.append((doc, max(s, start), min(e, end)))
    assert _listed(window) == expected and expected and len(expected) < len(everything)
    assert "said by Maya" in panel.title.text()
    panel.grab().save(str(FOLDER / "segments_speaker_filter.png"))
    panel.speaker.setCurrentIndex(0)
    assert _listed(window) == everything


def test_a_plain_list_stays_through_changes_less_deleted_documents(window, qtbot):
    from accord.core.codebook import create_code
    from accord.core.documents import delete_document

    panel = window.segments
    found = segments(window.session.db, code="Language and belonging/Othering")
    panel.show_segments("A matrix cell", found)
    window.session.run("Add code", create_code, "Brand new")
    assert len(_listed(window)) == len(found) and "A matrix cell" in panel.title.text()
    window.session.run("Delete document", delete_document, "01-maya")
    assert _listed(window) == [(s.document, s.start, s.end) for s in found if s.document != "01-maya"]
    assert any(s.document == "01-maya" for s in found)


def test_the_builder_follows_codebook_and_coder_changes(window, qtbot):
    from accord.core.codebook import create_code
    from accord.core.coders import add_coder

    builder = _open(window, qtbot)
    builder.code.set_path("Support")
    row = builder.add_row(Step("or", "Settling in"))
    window.session.run("Add code", create_code, "Brand new")
    assert builder.code.findData("Brand new") >= 0 and row.code.findData("Brand new") >= 0
    assert builder.code.path() == "Support" and row.code.path() == "Settling in"
    window.session.run("Add coder", add_coder, "Cleo")
    assert builder.coder.findData("Cleo") >= 0
    window.session.undo()
    assert builder.coder.findData("Cleo") < 0
