"""The Compare coders window on the sample project: agreement matrix, disagreement navigator, adjudication."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from accord.core.agreement.adjudication import adjudications, is_decided  # noqa: E402
from accord.core.agreement import AgreementOptions, compute_agreement, find_disagreements  # noqa: E402
from accord.core.agreement.methods import LABELS  # noqa: E402
from accord.core.codebook import create_code  # noqa: E402
from accord.core.coders import add_coder, resolve_coder  # noqa: E402
from accord.core.codings import apply_code, codings_of_document  # noqa: E402
from accord.core.documents import add_document  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.comparison.matrix import BandRole, band_colours  # noqa: E402
from accord.gui.comparison.model import KIND_ORDER, band, disagreement_key, format_value  # noqa: E402
from accord.gui.comparison.window import DISAGREEMENTS_TAB, ComparisonWindow  # noqa: E402
from accord.gui.widgets.background import wait_for_jobs  # noqa: E402
from accord.gui.session import Session  # noqa: E402


@pytest.fixture
def session(sample_copy):
    project = Project.open(sample_copy, undo=True)
    session = Session(project)
    yield session
    wait_for_jobs()
    session.close()


@pytest.fixture
def window(qtbot, session):
    window = ComparisonWindow(session)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def ids(session):
    return resolve_coder(session.db, "Ana"), resolve_coder(session.db, "Ben")


def figure_cell(panel, code, document):
    """The model index of a code (None: all codes) in a document (None: pooled)."""
    model = panel.model
    row = next(r for r, data in enumerate(panel.matrix.rows) if data.code == code)
    column = model.pooled_column if document is None else panel.matrix.documents.index(document) + 1
    return model.index(row, column)


# -- the agreement matrix ------------------------------------------------------------------

def test_matrix_shows_the_engines_figures_and_switches_metric(window, session):
    panel = window.agreement
    ana, ben = ids(session)
    assert panel.choice == (ana, ben)
    result = compute_agreement(session.db, AgreementOptions(coders=(ana, ben)))
    checks = [("Loneliness", "01-maya"), ("Housing conditions", "02-tomasz"), ("Othering", None)]
    for key, figure in (("alpha", "krippendorff_alpha"), ("kappa", "cohen_kappa"),
                        ("percent", "percent_agreement")):
        panel.set_metric(key)
        percent = key == "percent"
        for code, document in checks:
            expected = result.pair(code, "Ana", "Ben", document)[figure]
            index = figure_cell(panel, code, document)
            assert panel.model.cell(index).value == expected
            assert index.data() == format_value(expected, percent)
        if key == "alpha":  # no pooled α over codes exists, and a κ total does not belong under α
            assert all(row.code is not None for row in panel.matrix.rows)
            assert "overall" not in panel.summary.text()
            continue
        total = LABELS["pooled_percent_agreement" if percent else "pooled_kappa"]
        assert panel.matrix.rows[-1].label == f"All codes ({total})"
        assert f"overall {panel.metric.pooled_label}" in panel.summary.text()
        overall = result.overall()["pairs"]["Ana|Ben"]
        pooled = overall["pooled_percent_agreement" if percent else "pooled_kappa"]
        assert panel.model.cell(figure_cell(panel, None, None)).value == pooled
        maya = result.overall("01-maya")["pairs"]["Ana|Ben"]["pooled_percent_agreement" if percent else "pooled_kappa"]
        assert figure_cell(panel, None, "01-maya").data() == format_value(maya, percent)
    # A code nobody used in a document: a dash, with the reason as its tooltip.
    panel.set_metric("alpha")
    unused = figure_cell(panel, "First impressions", "02-tomasz")
    assert unused.data() == "–"
    assert "No compared coder applied" in unused.data(Qt.ItemDataRole.ToolTipRole)
    # Prevalence: the mean share of characters the two coders coded, pooled.
    counts = result.pair("Loneliness", "Ana", "Ben")["counts"]
    share = (2 * counts["both"] + counts["only_first"] + counts["only_second"]) / (2 * sum(counts.values()))
    row = next(r for r, data in enumerate(panel.matrix.rows) if data.code == "Loneliness")
    assert panel.model.index(row, panel.model.prevalence_column).data() == f"{100 * share:.1f} %"


def test_cell_colours_follow_the_thresholds(window):
    panel = window.agreement
    seen = set()
    for key in ("alpha", "kappa", "percent"):
        panel.set_metric(key)
        percent = key == "percent"
        for r in range(panel.model.rowCount()):
            for c in range(1, panel.model.pooled_column + 1):
                index = panel.model.index(r, c)
                cell = panel.model.cell(index)
                if not cell.used:
                    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
                    continue
                name = band(cell.value, percent)
                assert index.data(BandRole) == name
                assert index.data(Qt.ItemDataRole.BackgroundRole) == band_colours(name, False)[0]
                value = cell.value / 100 if percent else cell.value
                assert (name == "good") == (value >= 0.8)
                assert (name == "poor") == (value < 0.667)
                seen.add(name)
    assert {"good", "tentative", "poor"} <= seen
    assert band(0.667) == "tentative" and band(0.6669) == "poor" and band(0.8) == "good"


def test_undefined_figures_are_grey_with_their_reason(qtbot):
    project = Project.in_memory()
    db = project.db
    with project.command("setup"):
        add_coder(db, "Ana")
        add_coder(db, "Ben")
        doc = add_document(db, "Short", "All of this is coded.").id
        create_code(db, "Everything")
        apply_code(db, doc, "Everything", "Ana", 0, 21)
        apply_code(db, doc, "Everything", "Ben", 0, 21)
    session = Session(project)
    window = ComparisonWindow(session)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    panel = window.agreement
    index = figure_cell(panel, "Everything", "Short")
    assert panel.model.cell(index).value is None
    assert index.data() == "n/a"
    assert index.data(BandRole) == "undefined"
    assert index.data(Qt.ItemDataRole.BackgroundRole) == band_colours("undefined", False)[0]
    assert "no variation" in index.data(Qt.ItemDataRole.ToolTipRole)
    # Without a project file the bootstrap runs on the GUI thread, at once.
    panel.compute_intervals()
    assert not panel.intervals_running and panel.result.bootstrap is not None


def test_intervals_come_from_a_background_bootstrap(window, session, qtbot):
    panel = window.agreement
    panel.resamples.setValue(500)
    qtbot.mouseClick(panel.interval_button, Qt.MouseButton.LeftButton)
    assert not panel.interval_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.intervals_running, timeout=10_000)
    ana, ben = ids(session)
    expected = compute_agreement(session.db, AgreementOptions(coders=(ana, ben), bootstrap=500))
    interval = expected.pair("Loneliness", "Ana", "Ben")["bootstrap"]["krippendorff_alpha"]["ci95"]
    row = next(r for r, data in enumerate(panel.matrix.rows) if data.code == "Loneliness")
    text = panel.model.index(row, panel.model.interval_column).data()
    assert text == f"{format_value(interval[0])} – {format_value(interval[1])}"
    overall = expected.overall()["pairs"]["Ana|Ben"]["bootstrap"]["pooled_kappa"]["ci95"]
    panel.set_metric("kappa")  # the pooled κ total is in the κ view (the α view has none)
    assert panel.matrix.rows[-1].cells[-1].interval == overall
    assert "500 resamples" in panel.interval_status.text()
    assert panel.warning.isVisible()  # the sample's 4 documents: said where the figures are
    assert panel.warning.text().startswith("⚠ 95 % intervals from only 4 documents are unreliable")
    # Resampling speaker turns instead: the engine's turn intervals, and no small-study warning (105 turns).
    panel.intervals.unit.setCurrentIndex(panel.intervals.unit.findData("turn"))
    qtbot.mouseClick(panel.interval_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.intervals_running, timeout=10_000)
    by_turn = compute_agreement(session.db, AgreementOptions(coders=(ana, ben), bootstrap=500, bootstrap_unit="turn"))
    assert panel.matrix.rows[-1].cells[-1].interval == \
        by_turn.overall()["pairs"]["Ana|Ben"]["bootstrap"]["pooled_kappa"]["ci95"] != overall
    assert "500 resamples of speaker turns" in panel.interval_status.text()
    assert not panel.warning.isVisible()
    # A change to the codings makes the intervals go: they belonged to other figures.
    session.run("Code more", apply_code, 1, "Loneliness", "Ana", 0, 40)
    assert panel.result.bootstrap is None
    assert panel.matrix.rows[-1].cells[-1].interval is None
    assert not panel.warning.isVisible()  # nor the warning about them


def test_three_coders_give_all_coders_figures(window, session):
    with session.project.command("third coder"):
        add_coder(session.db, "Cleo")
        for document in (1, 2):
            for coding in codings_of_document(session.db, document, [resolve_coder(session.db, "Ana")]):
                apply_code(session.db, document, coding.code_id, "Cleo", coding.start, coding.end + 3)
    panel = window.agreement
    assert panel.coder_box.itemText(0) == "All 3 coders"
    assert panel.set_all_coders()
    result = compute_agreement(session.db, AgreementOptions(coders=("Ana", "Ben", "Cleo")))
    panel.set_metric("alpha")
    assert panel.model.cell(figure_cell(panel, "Loneliness", None)).value == \
        result.all_coders("Loneliness")["krippendorff_alpha"]
    panel.set_metric("kappa")
    assert panel.model.cell(figure_cell(panel, "Feeling at home", "01-maya")).value == \
        result.all_coders("Feeling at home", "01-maya")["fleiss_kappa"]
    assert panel.model.cell(figure_cell(panel, None, None)).value == \
        result.overall()["all_coders"]["mean_pairwise_pooled_kappa"]
    assert "Ana ↔ Cleo" in panel.pair_names() and "Ben ↔ Cleo" in panel.pair_names()
    # Across codes: all three coders' cuα and (c|u)α, then the pair's after picking it.
    across = result.across_codes()
    assert f"{LABELS['cu_alpha']}: <b>{format_value(across['cu_alpha'], False)}</b>" in panel.across.text()
    assert format_value(across["c_given_u_alpha"], False) in panel.across.text()
    panel.set_pair(*ids(session))
    pair = compute_agreement(session.db, AgreementOptions(coders=("Ana", "Ben"))).across_codes()
    assert f"<b>{format_value(pair['cu_alpha'], False)}</b>" in panel.across.text()
    assert "(c|u)α" in panel.across.toolTip() and "both coded" in panel.across.toolTip()


# -- the navigator ----------------------------------------------------------------------------

def test_navigator_lists_the_engines_disagreements_in_order(window, session):
    nav = window.disagreements
    ana, ben = ids(session)
    expected = find_disagreements(session.db, ana, ben)
    assert nav.group_check.isChecked()
    grouped = nav.shown()
    assert grouped == [d for kind in KIND_ORDER for d in expected if d.kind == kind]
    nav.group_check.setChecked(False)
    assert nav.shown() == expected
    assert nav.tree.topLevelItemCount() == len(expected)
    first = nav.tree.topLevelItem(0)
    assert first.text(2) == expected[0].document and first.text(5) == f"{expected[0].size:,}"
    # The confusion table sums the confusions.
    confusions = [d for d in expected if d.kind == "confusion"]
    total = sum(int(nav.confusions.item(r, c).text() or 0) for r in range(nav.confusions.rowCount())
                for c in range(nav.confusions.columnCount()))
    assert total == len(confusions)


def test_keyboard_moves_and_both_panes_select_their_spans(window, session, qtbot):
    window.tabs.setCurrentIndex(DISAGREEMENTS_TAB)
    window.activateWindow()
    nav = window.disagreements
    nav.group_check.setChecked(False)
    expected = find_disagreements(session.db, *ids(session))
    nav.go_to(0)
    nav.tree.setFocus()
    assert nav.current_disagreement == expected[0]
    check_panes(nav, expected[0])
    qtbot.keyClick(nav.tree, Qt.Key.Key_J)
    assert nav.current_disagreement == expected[1]
    check_panes(nav, expected[1])
    qtbot.keyClick(nav.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert nav.current_disagreement == expected[2]
    qtbot.keyClick(nav.tree, Qt.Key.Key_K)
    assert nav.current_disagreement == expected[1]
    qtbot.keyClick(nav.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert nav.current_disagreement == expected[0]
    qtbot.keyClick(nav.tree, Qt.Key.Key_K)  # at the first: stays
    assert nav.current_disagreement == expected[0]
    # J also works with the focus in a text pane.
    nav.pane_a.text_view.setFocus()
    qtbot.keyClick(nav.pane_a.text_view, Qt.Key.Key_J)
    assert nav.current_disagreement == expected[1]
    # An omission and a confusion: the empty side selects the other side's passage.
    for kind in ("omission", "confusion"):
        d = next(x for x in expected if x.kind == kind)
        nav.go_to(expected.index(d))
        check_panes(nav, d)
    # Letters typed into the note stay there.
    before = nav.current_disagreement
    qtbot.keyClicks(nav.note_edit, "jk")
    assert nav.note_edit.text() == "jk" and nav.current_disagreement == before
    nav.note_edit.clear()
    # Enter in the list shows the current one again after scrolling away.
    nav.pane_a.select_span(0, 5)
    nav.tree.setFocus()
    qtbot.keyClick(nav.tree, Qt.Key.Key_Return)
    check_panes(nav, d)


def check_panes(nav, d):
    for pane, coder, span in ((nav.pane_a, nav.first_id, d.first_span), (nav.pane_b, nav.second_id, d.second_span)):
        assert pane.document_id == d.document_id
        assert pane.coder_filter == frozenset({coder})
        assert pane.selection_span() == (span or (d.start, d.end))
        shown = {mark.coder_id for mark in pane.index}
        assert shown <= {coder}


def test_document_view_coder_filter_overrides_the_session(window, session):
    nav = window.disagreements
    ana, ben = ids(session)
    pane = nav.pane_a
    assert {m.coder_id for m in pane.index} == {ana}
    session.set_visible_coders(frozenset({ben}))  # the main window's "Show" choice does not reach it
    assert {m.coder_id for m in pane.index} == {ana}
    pane.set_coder_filter(None)  # following the session again
    assert {m.coder_id for m in pane.index} == {ben}
    session.set_visible_coders(None)
    assert {m.coder_id for m in pane.index} == {ana, ben}
    pane.set_coder_filter(frozenset({ben}))
    assert {m.coder_id for m in pane.index} == {ben}


# -- adjudication -------------------------------------------------------------------------------

def consensus_codings(session, document_id):
    if not _has_consensus(session):
        return []
    consensus = resolve_coder(session.db, "Consensus")
    return [(c.code_id, c.start, c.end) for c in codings_of_document(session.db, document_id, [consensus])]


def code_id(session, name):
    from accord.core.codebook import resolve_code

    return resolve_code(session.db, name)


def test_each_button_writes_its_decision(window, session, qtbot):
    window.tabs.setCurrentIndex(DISAGREEMENTS_TAB)
    nav = window.disagreements
    nav.group_check.setChecked(False)
    ana, ben = ids(session)
    found = find_disagreements(session.db, ana, ben)
    boundaries = [d for d in found if d.kind == "boundary"]
    omissions = [d for d in found if d.kind == "omission"]
    confusions = [d for d in found if d.kind == "confusion"]

    def decide(d, decision, note=""):
        nav.go_to([disagreement_key(x) for x in nav.disagreements].index(disagreement_key(d)))
        before = set(consensus_codings(session, d.document_id))
        nav.note_edit.setText(note)
        qtbot.mouseClick(nav.buttons[decision], Qt.MouseButton.LeftButton)
        assert is_decided(session.db, d, ana, ben)
        record = adjudications(session.db)[-1]
        assert (record.decision, record.kind, record.note) == (decision, d.kind, note)
        after = set(consensus_codings(session, d.document_id))
        return after - before, record

    b = boundaries[0]
    added, record = decide(b, "accept_first", "A has the whole answer")
    assert added == {(code_id(session, b.first_code), *b.first_span)}
    assert record.result == [(code_id(session, b.first_code), *b.first_span)]
    # The navigator moved on to the next undecided one.
    assert nav.current_disagreement == found[found.index(b) + 1]

    b = boundaries[1]
    added, _ = decide(b, "accept_second")
    assert added == {(code_id(session, b.second_code), *b.second_span)}

    b = boundaries[2]
    added, _ = decide(b, "union")
    low, high = min(b.first_span[0], b.second_span[0]), max(b.first_span[1], b.second_span[1])
    assert added == {(code_id(session, b.first_code), low, high)}

    b = boundaries[3]
    added, _ = decide(b, "intersection")
    low, high = max(b.first_span[0], b.second_span[0]), min(b.first_span[1], b.second_span[1])
    assert added == {(code_id(session, b.first_code), low, high)}

    c = confusions[0]
    added, _ = decide(c, "union")
    assert added == {(code_id(session, c.first_code), *c.first_span), (code_id(session, c.second_code), *c.second_span)}

    o = omissions[0]
    added, record = decide(o, "neither", "not about work")
    assert added == set() and record.result == []

    # Edit: the passage selected in a pane, with the code picked beside the button.
    o = omissions[1]
    nav.go_to([disagreement_key(x) for x in nav.disagreements].index(disagreement_key(o)))
    span = o.first_span or o.second_span
    qtbot.mouseClick(nav.buttons["edit"], Qt.MouseButton.LeftButton)  # nothing selected yet: refused
    assert not is_decided(session.db, o, ana, ben)
    assert "Select the consensus passage" in nav.status.text()
    nav.pane_b.select_span(span[0] + 2, span[1] - 2)
    nav.edit_code.setCurrentIndex(nav.edit_code.findData(code_id(session, "Feeling at home")))
    before = set(consensus_codings(session, o.document_id))
    qtbot.mouseClick(nav.buttons["edit"], Qt.MouseButton.LeftButton)
    added = set(consensus_codings(session, o.document_id)) - before
    assert added == {(code_id(session, "Feeling at home"), span[0] + 2, span[1] - 2)}
    assert adjudications(session.db)[-1].decision == "edit"

    # ✓ on the decided ones, and the progress.
    decided = [i for i, done in enumerate(nav.decided) if done]
    assert len(decided) == 7 and nav.progress.value() == 7
    for i in decided:
        assert nav._items[i].text(0) == "✓"
    undecided = next(i for i, done in enumerate(nav.decided) if not done)
    assert nav._items[undecided].text(0) == ""


def _has_consensus(session):
    from accord.core.coders import list_coders

    return any(c.name == "Consensus" for c in list_coders(session.db))


def test_hide_decided_undo_and_the_consensus_in_the_pair_picker(window, session, qtbot):
    window.tabs.setCurrentIndex(DISAGREEMENTS_TAB)
    window.activateWindow()
    nav = window.disagreements
    first = nav.current_disagreement
    qtbot.mouseClick(nav.buttons["union"], Qt.MouseButton.LeftButton)
    assert nav.decided[nav.disagreements.index(first)]
    assert nav.current_disagreement != first
    nav.hide_check.setChecked(True)
    assert first not in nav.shown()
    assert len(nav.shown()) == len(nav.disagreements) - 1
    nav.hide_check.setChecked(False)
    assert first in nav.shown()

    # The consensus coder can now be compared with anyone.
    panel = window.agreement
    assert "Ana ↔ Consensus" in panel.pair_names() and "Ben ↔ Consensus" in panel.pair_names()
    ana, consensus = resolve_coder(session.db, "Ana"), resolve_coder(session.db, "Consensus")
    window.tabs.setCurrentIndex(0)
    assert panel.set_pair(ana, consensus)
    result = compute_agreement(session.db, AgreementOptions(coders=(ana, consensus)))
    code = first.first_code
    assert panel.model.cell(figure_cell(panel, code, None)).value == \
        result.pair(code, "Ana", "Consensus")["krippendorff_alpha"]

    # Ctrl+Z takes the decision back and returns the navigator to it.
    window.tabs.setCurrentIndex(DISAGREEMENTS_TAB)
    count = len(adjudications(session.db))
    qtbot.keyClick(nav.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(adjudications(session.db)) == count - 1
    assert not nav.decided[nav.disagreements.index(first)]
    assert nav.current_disagreement == first
    assert consensus_codings(session, first.document_id) == []
    # ... and Ctrl+Shift+Z puts it back.
    qtbot.keyClick(nav.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(adjudications(session.db)) == count
    # The buttons' mnemonics decide from the keyboard: Alt+N is "neither".
    current = nav.current_disagreement
    qtbot.keyClick(nav.tree, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(adjudications(session.db)) == count + 1)  # a mnemonic "animates" its click
    assert adjudications(session.db)[-1].decision == "neither"
    assert is_decided(session.db, current, *ids(session))


def test_consensus_name_is_editable_and_cannot_be_a_compared_coder(window, session, qtbot):
    nav = window.disagreements
    nav.consensus_edit.setText("Ben")
    assert not nav.buttons["union"].isEnabled()
    assert "someone other than" in nav.status.text()
    nav.consensus_edit.setText("Panel  of   three")
    assert nav.buttons["union"].isEnabled()
    d = nav.current_disagreement
    qtbot.mouseClick(nav.buttons["accept_first"], Qt.MouseButton.LeftButton)
    record = adjudications(session.db)[-1]
    assert record.consensus_coder_id == resolve_coder(session.db, "Panel of three")
    assert is_decided(session.db, d, *ids(session))


def test_double_clicking_a_cell_opens_its_disagreements(window, session, qtbot):
    panel = window.agreement
    index = figure_cell(panel, "Deskilling", "03-leila")
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.view.currentIndex() == index
    assert "Deskilling" in panel.details.text()
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentIndex() == DISAGREEMENTS_TAB
    d = window.disagreements.current_disagreement
    assert d.document == "03-leila" and "Deskilling" in (d.first_code, d.second_code)


# -- screenshots -----------------------------------------------------------------------------------

def test_screenshots(window, qtbot):
    panel = window.agreement
    qtbot.mouseClick(panel.interval_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.intervals_running, timeout=10_000)
    panel.view.setCurrentIndex(figure_cell(panel, "Loneliness", None))
    QApplication.processEvents()
    assert window.grab().save("/tmp/comparison_agreement.png")
    window.tabs.setCurrentIndex(DISAGREEMENTS_TAB)
    nav = window.disagreements
    qtbot.mouseClick(nav.buttons["union"], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    image = window.grab()
    assert image.width() >= 1300 and image.height() >= 800
    assert image.save("/tmp/comparison_disagreements.png")
    assert QColor(image.toImage().pixel(QPoint(650, 400))).isValid()


def test_trimming_whitespace_recomputes_both_tabs(window, session):
    ana, ben = ids(session)
    window.trim_check.setChecked(True)
    assert window.agreement.result.options.trim_whitespace
    trimmed = AgreementOptions(trim_whitespace=True)
    expected = compute_agreement(session.db, AgreementOptions(coders=(ana, ben), trim_whitespace=True))
    panel = window.agreement
    assert panel.model.cell(figure_cell(panel, "Othering", None)).value == \
        expected.pair("Othering", "Ana", "Ben")["krippendorff_alpha"]
    nav = window.disagreements
    nav.group_check.setChecked(False)
    assert nav.shown() == find_disagreements(session.db, ana, ben, trimmed)


def test_confusion_table_and_button_previews(window, session, qtbot):
    nav = window.disagreements
    confusions = [d for d in nav.disagreements if d.kind == "confusion"]
    d = confusions[0]
    row = [nav.confusions.verticalHeaderItem(r).text() for r in range(nav.confusions.rowCount())].index(d.first_code)
    column = [nav.confusions.horizontalHeaderItem(c).text()
              for c in range(nav.confusions.columnCount())].index(d.second_code)
    nav.confusions.cellClicked.emit(row, column)
    assert nav.current_disagreement == d
    assert "where Ben coded" in nav.explanation.text()
    union = nav.buttons["union"].toolTip()
    assert d.first_code in union and d.second_code in union
    assert "nothing" in nav.buttons["intersection"].toolTip()
    assert nav.edit_code.currentData() == code_id(session, d.first_code)
