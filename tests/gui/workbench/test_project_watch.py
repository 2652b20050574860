"""Issue #15: the window shows changes another program makes to its project within about a second."""

from accord.cli.main import main as cli_main
from accord.core.attributes import set_attribute
from accord.core.codings import apply_code, remove_coding
from accord.core.documents import document_text
from accord.core.project import Project


def _free_span(window, length=12):
    """A stretch of the shown document that no coding covers."""
    text = document_text(window.session.db, window.view.document_id)
    for start in range(0, len(text) - length):
        if not any(window.view.coding_at(i) for i in range(start, start + length)):
            return start, start + length
    raise AssertionError("no uncoded text")


def _documents_row(window, name):
    return next(window.documents.list.item(i).text() for i in range(window.documents.list.count())
                if window.documents.list.item(i).text().startswith(name))


def test_a_coding_made_by_another_program_shows_up_and_goes_again(window, qtbot, sample_copy, capsys):
    document = window.view.document_id
    start, end = _free_span(window)
    row_before = _documents_row(window, "01-maya")
    # The command line is refused: the window has the project ...
    assert cli_main(["code", "apply", str(sample_copy), "--doc", str(document), "--code", "Support",
                     "--start", str(start), "--end", str(end), "--coder", "Ben"]) == 1
    assert "is open in Accord" in capsys.readouterr().err
    # ... but another connection (a second window that took it over, say) writes, and the window follows.
    with Project.open(sample_copy) as other:
        with other.command("Apply code Support"):
            coding = apply_code(other.db, document, "Support", "Ben", start, end)
    qtbot.waitUntil(lambda: coding.id in window.view.coding_at(start), timeout=3000)
    assert _documents_row(window, "01-maya") != row_before  # the count beside the document moved
    assert "another program" in window.statusBar().currentMessage()

    with Project.open(sample_copy) as other:
        with other.command("Remove coding"):
            remove_coding(other.db, coding.id)
    qtbot.waitUntil(lambda: coding.id not in window.view.coding_at(start), timeout=3000)
    assert _documents_row(window, "01-maya") == row_before


def test_nothing_is_announced_for_the_window_s_own_changes(window, qtbot):
    watch = window.project_watch
    seen = []
    window.session.changed.connect(lambda changes, label: seen.append(label))
    window.session.run("Set attribute", set_attribute, window.view.document_id, "site", "East")
    assert watch.check() is False
    assert seen == ["Set attribute"]
