"""The Report dialog (preview, charts, every save format, open in browser) and the Retrieve segments dialog."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtSvgWidgets import QSvgWidget  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from accord.core.agreement import find_disagreements  # noqa: E402
from accord.core.agreement.adjudication import adjudicate  # noqa: E402
from accord.core.codebook import code_tree, resolve_code  # noqa: E402
from accord.core.coders import add_coder, list_coders  # noqa: E402
from accord.core.codings import apply_code, segments  # noqa: E402
from accord.core.documents import add_document  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.core.reports.retrieval import retrieve  # noqa: E402
from accord.core.sample import build_sample  # noqa: E402
from accord.gui.reports import runner as report_runner  # noqa: E402
from accord.gui.reports.dialog import ReportDialog  # noqa: E402
from accord.gui.reports.retrieve import RetrieveDialog  # noqa: E402
from accord.gui.widgets import dialogs, links  # noqa: E402
from accord.gui.widgets.background import wait_for_jobs  # noqa: E402
from accord.gui.session import Session  # noqa: E402

WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def quick_rebuilds(monkeypatch):
    """Rebuild 40 ms after a change instead of 250 (the pause that gathers quick clicks into one rebuild)."""
    monkeypatch.setattr(report_runner, "DEBOUNCE_MS", 40)


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("report") / "s.accord")


@pytest.fixture
def session(qtbot, sample_path, tmp_path):
    copy = tmp_path / "s.accord"
    copy.write_bytes(sample_path.read_bytes())
    session = Session(Project.open(copy, undo=True))
    yield session
    wait_for_jobs()
    session.close()


@pytest.fixture
def questions(monkeypatch):
    """Scripted answers to the save questions; every title asked is recorded."""

    class Questions:
        save_path: str | None = None
        asked: list[tuple[str, str, str]] = []
        warnings: list[str] = []

    replies = Questions()
    replies.asked, replies.warnings = [], []

    def ask_save_file(parent, title, file_filter, suffix, suggested=""):
        replies.asked.append((title, file_filter, suffix))
        return replies.save_path

    monkeypatch.setattr(dialogs, "ask_save_file", ask_save_file)
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: replies.warnings.append(text))
    return replies


def ready(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    return dialog


def open_dialog(qtbot, session, **kwargs) -> ReportDialog:
    dialog = ReportDialog(session, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return ready(qtbot, dialog)


def code_id(session, name: str) -> int:
    return resolve_code(session.db, name)


def coder_id(session, name: str) -> int:
    return next(c.id for c in list_coders(session.db) if c.name == name)


# -- preview -------------------------------------------------------------------------
def test_preview_shows_every_code_and_the_report_sections(qtbot, session):
    dialog = open_dialog(qtbot, session)
    text = dialog.preview_text()
    for code, _ in code_tree(session.db):
        assert code.name in text
    for heading in ("Coders", "Documents", "Codebook overview", "Code frequencies", "Code co-occurrence",
                    "Inter-coder agreement", "Codes in detail"):
        assert heading in text
    assert "Starting over — sample study" in text
    assert dialog.model.agreement is not None and dialog.model.options.resamples is None
    assert dialog.save_button.isEnabled() and dialog.open_button.isEnabled()
    assert "18 codes · 161 codings · 4 documents · 2 coders" in dialog.status.text()
    # The preview's own images (charts and swatches) are drawn, not left as broken links.
    html = dialog.preview.source_html
    assert 'src="chart:frequency"' in html and 'src="chart:documents"' in html
    # Ana's and Ben's codings together overlap in several places (one pair under the old per-coder count):
    assert 'src="chart:cooccurrence"' in html
    image = dialog.preview.loadResource(2, QUrl("chart:frequency"))
    assert not image.isNull() and image.width() > 500


def test_unticking_a_coder_changes_the_preview(qtbot, session):
    dialog = open_dialog(qtbot, session)
    before = dialog.preview_text()
    dialog.coder_list.set_checked(coder_id(session, "Ben"), False)
    assert not dialog.ready  # the change is seen at once, the rebuild follows
    ready(qtbot, dialog)
    after = dialog.preview_text()
    assert after != before
    assert dialog.model.coder_names == ["Ana"]
    assert "Coders: Ana (of 2)" in after
    assert dialog.model.agreement is None  # one coder: nothing to compare
    assert "Inter-coder agreement" not in after
    assert "coded by Ben" in before and "coded by Ben" not in after


def test_a_consensus_starts_unticked_and_is_compared_only_when_ticked(qtbot, session):
    with session.project.command("Adjudicate"):
        disagreement = find_disagreements(session.db, "Ana", "Ben")[0]
        adjudicate(session.db, disagreement, "union", first="Ana", second="Ben")
    dialog = open_dialog(qtbot, session)
    consensus = coder_id(session, "Consensus")
    rows = [dialog.coder_list.list.item(i).text() for i in range(dialog.coder_list.list.count())]
    assert rows == ["Ana", "Ben", "Consensus (consensus)"]
    assert not dialog.coder_list.is_checked(consensus)
    assert dialog.model.coder_names == ["Ana", "Ben"]
    assert "between the coders Ana and Ben" in dialog.preview_text()
    code = resolve_code(session.db, disagreement.first_code or disagreement.second_code)  # not the consensus yet
    item = dialog.code_tree._items_by_id[code]
    coders_only = sum(len(segments(session.db, code=code, include_subcodes=True, coder=c)) for c in ("Ana", "Ben"))
    assert item.text(1) == f"{coders_only:,}"

    qtbot.mouseClick(dialog.coder_list.header.all_button, Qt.MouseButton.LeftButton)  # named by the user
    ready(qtbot, dialog)
    assert dialog.model.coder_names == ["Ana", "Ben", "Consensus"]
    assert "Ana, Ben and Consensus" in dialog.preview_text()
    everyone = len(segments(session.db, code=code, include_subcodes=True))
    assert everyone > coders_only and item.text(1) == f"{everyone:,}"


def test_unticking_a_code_subtree_leaves_it_out(qtbot, session):
    dialog = open_dialog(qtbot, session)
    before = dialog.preview_text()
    support = code_id(session, "Support")
    dialog.code_tree.set_checked(support, False)
    ready(qtbot, dialog)
    text = dialog.preview_text()
    for name in ("Family support", "Community and volunteers", "Institutional support"):
        assert f"Support/{name}" in before and f"Support/{name}" not in text
        assert name not in [c.name for c in dialog.model.codes]
    assert "Loneliness" in text and "Othering" in text
    assert dialog.model.options.codes  # only the remaining sub-trees, named readably
    assert all(isinstance(ref, str) for ref in dialog.model.options.codes)
    assert len(dialog.model.codes) == 14
    assert dialog.code_tree.header.count.text() == "14 of 18"


def test_unticking_one_sub_code_leaves_its_parent_out_but_keeps_its_siblings(qtbot, session):
    dialog = open_dialog(qtbot, session)
    dialog.code_tree.set_checked(code_id(session, "Loneliness"), False)
    ready(qtbot, dialog)
    settling = dialog.code_tree._items_by_id[code_id(session, "Settling in")]
    assert settling.checkState(0) == Qt.CheckState.PartiallyChecked
    assert "not in the report" in settling.toolTip(0)
    names = [c.name for c in dialog.model.codes]
    assert "Loneliness" not in names and "Settling in" not in names
    assert "First impressions" in names and "Routines and places" in names
    dialog.code_tree.set_checked(code_id(session, "Settling in"), True)  # ticks the whole sub-tree again
    ready(qtbot, dialog)
    assert dialog.model.options.codes == () and len(dialog.model.codes) == 18


def test_quotes_memos_and_agreement_options(qtbot, session):
    dialog = open_dialog(qtbot, session)
    quote = dialog.model.codes[0].quotes[0].text
    assert quote.split("\n")[0] in dialog.preview_text() and "EXAMPLES" in dialog.preview_text()

    dialog.quotes_spin.setValue(0)
    ready(qtbot, dialog)
    assert all(not c.quotes for c in dialog.model.codes)
    assert "EXAMPLES" not in dialog.preview_text() and quote.split("\n")[0] not in dialog.preview_text()

    dialog.memos_check.setChecked(True)
    ready(qtbot, dialog)
    assert "Memo: About this sample" in dialog.preview_text()

    dialog.intervals_check.setChecked(False)
    ready(qtbot, dialog)
    assert dialog.model.options.resamples == 0 and dialog.model.agreement is not None
    dialog.agreement_check.setChecked(False)
    assert not dialog.intervals_check.isEnabled()
    ready(qtbot, dialog)
    assert dialog.model.agreement is None and "Inter-coder agreement" not in dialog.preview_text()


def test_unticking_every_document_explains_instead_of_building(qtbot, session):
    dialog = open_dialog(qtbot, session)
    dialog.document_list.set_all(False)
    assert dialog.preview_stack.currentWidget() is dialog.message_page
    assert "Tick at least one document" in dialog.message_page.text()
    assert not dialog.save_button.isEnabled() and not dialog.ready
    assert dialog.options() is None
    dialog.document_list.set_checked(dialog.document_list.ids()[0], True)
    ready(qtbot, dialog)
    assert dialog.preview_stack.currentWidget() is dialog.preview
    assert len(dialog.model.documents) == 1
    assert dialog.document_list.header.count.text() == "1 of 4"


def test_quick_changes_give_one_preview_of_the_last_choice(qtbot, session):
    dialog = open_dialog(qtbot, session)
    assert not dialog.memos_check.isChecked()
    for _ in range(5):
        dialog.memos_check.toggle()
    ready(qtbot, dialog)
    assert dialog.model.options.memos and "Memo: About this sample" in dialog.preview_text()


def test_a_failed_build_is_reported(qtbot, session, monkeypatch):
    dialog = open_dialog(qtbot, session)

    def broken(db, options):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(report_runner, "_build", broken)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as blocker:
        dialog.refresh()
    assert "disk on fire" in blocker.args[0]
    assert "could not be built" in dialog.status.text() and "disk on fire" in dialog.status.text()
    assert not dialog.ready and not dialog.save_button.isEnabled()


def test_overview_links_jump_to_the_code(qtbot, session):
    dialog = open_dialog(qtbot, session)
    dialog.resize(1000, 700)
    text = dialog.preview_text()
    bar = dialog.preview.verticalScrollBar()
    bar.setValue(0)
    dialog.preview.setSource(QUrl(f"#code-{code_id(session, 'Othering')}"))
    assert bar.value() > 0 and dialog.preview_text() == text


def test_code_filter_hides_other_codes_but_keeps_ticks(qtbot, session):
    dialog = open_dialog(qtbot, session)
    dialog.code_tree.filter.setText("support")
    items = dialog.code_tree._items_by_id
    visible = {dialog.code_tree.name_of(cid) for cid, item in items.items() if not item.isHidden()}
    assert visible == {"Support", "Family support", "Institutional support"}
    assert dialog.code_tree.all_checked()


# -- charts ---------------------------------------------------------------------------------
def test_charts_tab_shows_the_report_charts(qtbot, session, questions, tmp_path):
    dialog = open_dialog(qtbot, session)
    dialog.tabs.setCurrentWidget(dialog.charts_panel)
    views = dialog.charts_panel.views
    assert set(views) == {"frequency", "documents", "cooccurrence"}
    for view in views.values():
        assert isinstance(view, QSvgWidget)
        assert view.renderer().isValid()
        assert not view.renderer().defaultSize().isEmpty()
        assert view.height() > 50
    assert dialog.charts_panel.findChildren(QSvgWidget) == list(views.values())

    questions.save_path = str(tmp_path / "frequency.svg")
    assert dialog.save_chart("frequency", "svg") == tmp_path / "frequency.svg"
    assert (tmp_path / "frequency.svg").read_text(encoding="utf-8").startswith("<svg")
    questions.save_path = str(tmp_path / "heat.png")
    dialog.save_chart("cooccurrence", "png")
    assert (tmp_path / "heat.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # One coder, one code: the co-occurrence chart says why it is missing.
    dialog.code_tree.set_all(False)
    dialog.code_tree.set_checked(code_id(session, "Othering"), True)
    ready(qtbot, dialog)
    assert set(dialog.charts_panel.views) == {"frequency", "documents"}
    labels = [label.text() for label in dialog.charts_panel.widget().findChildren(QLabel)]
    assert "Co-occurrence needs at least two codes." in labels


# -- saving ---------------------------------------------------------------------------------
def save(qtbot, dialog, fmt):
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as blocker:
        assert dialog.save(fmt)
    return blocker.args[0]


def test_saving_every_format_writes_files_that_read_back(qtbot, session, questions, tmp_path):
    from bs4 import BeautifulSoup
    from docx import Document
    from openpyxl import load_workbook

    dialog = open_dialog(qtbot, session)
    names = [code.name for code, _ in code_tree(session.db)]

    questions.save_path = str(tmp_path / "report.html")
    assert save(qtbot, dialog, "html") == [tmp_path / "report.html"]
    soup = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    page = soup.get_text(" ")
    assert all(name in page for name in names)
    assert len(soup.find_all("svg")) == 3  # frequencies, documents and co-occurrence (3 or more pairs)
    assert "report.html" in dialog.status.text()

    questions.save_path = str(tmp_path / "report.md")
    save(qtbot, dialog, "md")
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert all(name in markdown for name in names)

    questions.save_path = str(tmp_path / "report.docx")
    save(qtbot, dialog, "docx")
    text = "\n".join(p.text for p in Document(str(tmp_path / "report.docx")).paragraphs)
    assert "Loneliness" in text and "Codes in detail" in text

    questions.save_path = str(tmp_path / "report.xlsx")
    save(qtbot, dialog, "xlsx")
    book = load_workbook(tmp_path / "report.xlsx", read_only=True)
    assert {"Codebook", "Coded segments", "Agreement"} <= set(book.sheetnames)
    codebook = [row[1] for row in book["Codebook"].iter_rows(min_row=2, values_only=True)]
    assert "Settling in/Loneliness" in codebook
    assert len(list(book["Coded segments"].iter_rows(min_row=2, values_only=True))) == 161  # every segment
    book.close()

    questions.save_path = str(tmp_path / "tables")
    written = save(qtbot, dialog, "csv")
    assert (tmp_path / "tables" / "codebook.csv") in written
    with open(tmp_path / "tables" / "codebook.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["name"] for row in rows] == names
    assert (tmp_path / "tables" / "segments.csv").exists()

    titles = [title for title, _, _ in questions.asked]
    assert titles[-1].startswith("Save the report's tables") and questions.asked[-1][2] == ""
    assert questions.asked[0][2] == ".html" and not questions.warnings


def test_saving_respects_the_options_and_refuses_the_project_file(qtbot, session, questions, tmp_path):
    dialog = open_dialog(qtbot, session)
    dialog.coder_list.set_checked(coder_id(session, "Ana"), False)
    dialog.code_tree.set_all(False)
    dialog.code_tree.set_checked(code_id(session, "Work and study"), True)
    ready(qtbot, dialog)
    questions.save_path = str(tmp_path / "work.md")
    save(qtbot, dialog, "md")
    text = (tmp_path / "work.md").read_text(encoding="utf-8")
    assert "Deskilling" in text and "Loneliness" not in text
    assert "Coders: Ben (of 2)" in text

    questions.save_path = None  # cancelled
    assert not dialog.save("html")
    questions.save_path = str(session.project.path)
    assert not dialog.save("html")
    assert questions.warnings and "project file" in questions.warnings[-1]


def test_a_failed_save_is_reported(qtbot, session, questions, tmp_path):
    dialog = open_dialog(qtbot, session)
    questions.save_path = str(tmp_path / "missing-folder" / "report.docx")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS):
        assert dialog.save("docx")
    assert questions.warnings and "no such folder" in questions.warnings[-1]
    assert "Not saved" in dialog.status.text()
    assert dialog.ready and dialog.save_button.isEnabled()


def test_open_in_browser_writes_the_html_report_to_a_temporary_file(qtbot, session, monkeypatch):
    opened = []
    monkeypatch.setattr(links, "open_url", lambda url: opened.append(url) or True)
    dialog = open_dialog(qtbot, session)
    assert dialog.open_in_browser()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    path = Path(opened[0].toLocalFile())
    try:
        assert path == dialog.last_opened and path.suffix == ".html"
        html = path.read_text(encoding="utf-8")
        assert "<svg" in html and "Codebook report" in html
        assert "browser" in dialog.status.text()
    finally:
        path.unlink()


def test_starting_with_one_code_and_a_project_without_a_file(qtbot):
    project = Project.in_memory(title="Small")
    with project.command("set up"):
        add_coder(project.db, "Ana")
        add_coder(project.db, "Ben")
        add_document(project.db, "one", "Some text about fear and hope, and more.")
        from accord.core.codebook import create_code

        fear = create_code(project.db, "Fear").id
        create_code(project.db, "Hope")
        apply_code(project.db, "one", "Fear", "Ana", 16, 20)
        apply_code(project.db, "one", "Hope", "Ben", 25, 29)
    session = Session(project)
    try:
        dialog = ReportDialog(session, codes=[fear])
        qtbot.addWidget(dialog)
        assert dialog.ready  # no file to read on a thread: built at once
        assert [c.name for c in dialog.model.codes] == ["Fear"]
        assert "Hope" not in dialog.preview_text()
        dialog.code_tree.set_all(True)
        ready(qtbot, dialog)
        assert "Hope" in dialog.preview_text()
    finally:
        session.close()


def test_project_changes_while_open_are_picked_up(qtbot, session):
    dialog = open_dialog(qtbot, session)
    session.run("New code", lambda db: __import__("accord.core.codebook", fromlist=["x"]).create_code(db, "Brand new"))
    ready(qtbot, dialog)
    assert "Brand new" in dialog.preview_text()
    assert dialog.code_tree.is_checked(code_id(session, "Brand new"))


# -- retrieval ------------------------------------------------------------------------------
def test_retrieve_segments_of_a_code_as_text_and_word(qtbot, session, questions, tmp_path):
    from docx import Document

    support = code_id(session, "Support")
    dialog = RetrieveDialog(session, code_id=support)
    qtbot.addWidget(dialog)
    dialog.show()
    ready(qtbot, dialog)
    assert dialog.subcodes_check.isEnabled() and dialog.subcodes_check.isChecked()
    expected = retrieve(session.db, support, subcodes=True)
    assert dialog.retrieval.total == expected.total > 1
    assert dialog.summary.text().startswith(f"Support: {expected.total} segments in")

    questions.save_path = str(tmp_path / "support.txt")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        assert dialog.save("txt")
    text = (tmp_path / "support.txt").read_text(encoding="utf-8")
    assert text.startswith("Retrieved segments: Support")
    for document in expected.documents:
        assert document.name in text
        for segment in document.segments:
            assert " ".join(segment.text.split()[:6]) in " ".join(text.split())
    assert questions.asked[-1][2] == ".txt"

    # Only Ben, without sub-codes, as Word.
    dialog.subcodes_check.setChecked(False)
    dialog.coder_list.set_checked(coder_id(session, "Ana"), False)
    ready(qtbot, dialog)
    only = retrieve(session.db, support, coders=("Ben",))
    assert dialog.retrieval.total == only.total
    assert dialog.retrieval.coders == ["Ben"]
    questions.save_path = str(tmp_path / "support.docx")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save("docx")
    paragraphs = [p.text for p in Document(str(tmp_path / "support.docx")).paragraphs]
    assert "■ Support" in paragraphs and any("coded by Ben" in p for p in paragraphs)

    # A leaf code has no sub-codes to include.
    dialog.set_code(code_id(session, "Othering"))
    assert not dialog.subcodes_check.isEnabled()
    dialog.coder_list.set_all(False)
    assert not dialog.save_button.isEnabled() and "Tick at least one coder" in dialog.summary.text()


def test_report_language_is_chosen_apart_from_the_window(qtbot, session, questions, tmp_path):
    dialog = open_dialog(qtbot, session)
    combo = dialog.form.language_combo
    assert combo.currentData() == "en"  # the window is English here, so the report starts so too
    combo.setFocus()
    qtbot.keyClicks(combo, "Deutsch")
    assert combo.currentData() == "de"
    ready(qtbot, dialog)
    assert dialog.model.options.language == "de"
    assert "Die Übereinstimmung zwischen den Kodierenden" in dialog.model.agreement.methods
    assert dialog.tr("Inter-coder &agreement") == "Inter-coder &agreement"  # the window itself stays English

    questions.save_path = str(tmp_path / "bericht.md")
    save(qtbot, dialog, "md")
    assert "Die Übereinstimmung zwischen den Kodierenden" in (tmp_path / "bericht.md").read_text(encoding="utf-8")

    again = open_dialog(qtbot, session)  # the choice is remembered
    assert again.form.language_combo.currentData() == "de"
