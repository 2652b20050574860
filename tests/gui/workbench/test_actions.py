"""Every action in the registry, triggered on the sample project, does what it says.

Each action id needs an entry here: a new menu item without a check fails
`test_every_action_has_a_check`.
"""

import zipfile
from pathlib import Path

import pytest

from accord.appdirs import data_dir
from accord.core import codebook, codings, documents
from accord.core.coders import list_coders
from accord.core.project import Project
from accord.gui.workbench.actions import ACTIONS


@pytest.fixture
def dialogs_shown(monkeypatch):
    """Modal dialogs opened by actions, recorded instead of shown."""
    from accord.gui.importing import dialog as import_dialog
    from accord.gui.memos import coding_memo
    from accord.gui.memos import editor as memo_editor
    from accord.gui.reports import dialog as report_dialog
    from accord.gui.reports import retrieve
    from accord.gui.workbench import coders_dialog

    shown = []
    monkeypatch.setattr(coders_dialog.CodersDialog, "exec", lambda self: shown.append("coders") or 0)
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda self: shown.append("import") or 0)
    monkeypatch.setattr(memo_editor.MemoEditor, "exec", lambda self: shown.append(("memos", self.windowTitle())) or 0)
    monkeypatch.setattr(coding_memo, "edit_coding_memo", lambda *a, **k: shown.append("coding memo") or True)
    monkeypatch.setattr(report_dialog.ReportDialog, "exec", lambda self: shown.append("report") or 0)
    monkeypatch.setattr(retrieve.RetrieveDialog, "exec",
                        lambda self: shown.append(("retrieve", self.windowTitle())) or 0)
    return shown


def first_coding(window):
    return codings.codings_of_document(window.session.db, window.view.document_id)[0]


def select_text(window, start=0, end=11):
    window.view.select_span(start, end)


def check_new(window, answers, tmp_path, **_):
    answers.save_path = str(tmp_path / "fresh.accord")
    answers.text = ["Zoe"]
    yield
    assert window.session.project.path == tmp_path / "fresh.accord"
    assert [c.name for c in list_coders(window.session.db)] == ["Zoe"]


def check_open(window, answers, sample_copy, tmp_path, **_):
    other = tmp_path / "other.accord"
    other.write_bytes(sample_copy.read_bytes())
    answers.open_path = str(other)
    yield
    assert window.session.project.path == other


def check_open_sample(window, **_):
    yield
    assert window.session.project.path == data_dir() / "sample.accord"
    assert window.documents.list.count() == 4


def check_import(dialogs_shown, **_):
    yield
    assert dialogs_shown == ["import"]


def _coded_copy(sample_copy, tmp_path, coder):
    """Another coder's copy of the project, with one coding the original lacks."""
    other = tmp_path / f"{coder}.accord"
    other.write_bytes(sample_copy.read_bytes())
    with Project.open(other) as project, project.command("code"):
        codings.apply_code(project.db, "02-tomasz", "Deskilling", coder, 0, 9)
    return other


def check_merge(window, answers, sample_copy, tmp_path, **_):
    answers.open_paths = [str(_coded_copy(sample_copy, tmp_path, "Ben"))]
    before = len(codings.segments(window.session.db))
    yield
    assert len(codings.segments(window.session.db)) == before + 1
    assert answers.asked == ["Merge"]


def check_export_qdpx(answers, tmp_path, **_):
    answers.save_path = str(tmp_path / "study.qdpx")
    yield
    with zipfile.ZipFile(answers.save_path) as archive:
        assert "project.qde" in archive.namelist()


def check_export_qdc(answers, tmp_path, **_):
    answers.save_path = str(tmp_path / "codes.qdc")
    yield
    assert "<CodeBook" in Path(answers.save_path).read_text(encoding="utf-8")


def check_import_refi(window, answers, tmp_path, **_):
    from accord.core.refi import export_qdc

    answers.open_path = str(tmp_path / "other.qdc")
    with Project.in_memory() as other:
        with other.command("codes"):
            codebook.create_code(other.db, "Imported from elsewhere")
        export_qdc(other.db, answers.open_path)
    yield
    assert codebook.resolve_code(window.session.db, "Imported from elsewhere")
    assert answers.asked == ["Import REFI-QDA"]


def check_restore_backup(window, answers, sample_copy, monkeypatch, **_):
    from accord.gui import restore

    before = len(codings.segments(window.session.db))
    select_text(window)
    window.coding.apply(codebook.list_codes(window.session.db)[0].id)  # after the opening backup
    assert len(codings.segments(window.session.db)) == before + 1
    offered = []

    def choose(parent, checked, intro):  # the backups dialog: take the newest, the one taken on opening
        offered.append(checked)
        return checked[0]

    monkeypatch.setattr(restore, "choose_backup", choose)
    yield
    assert offered and all(c.ok and c.documents == 4 for c in offered[0])  # checked, with their counts
    assert window.session.project.path == sample_copy
    assert len(codings.segments(window.session.db)) == before
    assert list(sample_copy.parent.glob("study.before-restore-*.accord"))


def check_save_copy(answers, tmp_path, window, **_):
    answers.save_path = str(tmp_path / "copy.accord")
    yield
    assert Path(answers.save_path).stat().st_size > 10_000


def check_close(window, **_):
    yield
    assert window.session is None and window.stack.currentWidget() is window.welcome


def check_quit(window, **_):
    yield
    assert not window.isVisible()


def check_undo(window, **_):
    before = len(codings.segments(window.session.db))
    select_text(window)
    window.coding.apply(codebook.list_codes(window.session.db)[0].id)
    yield
    assert len(codings.segments(window.session.db)) == before


def check_redo(window, **_):
    select_text(window)
    window.coding.apply(codebook.list_codes(window.session.db)[0].id)
    after = len(codings.segments(window.session.db))
    window.session.undo()
    yield
    assert len(codings.segments(window.session.db)) == after


def check_find(window, **_):
    yield
    assert window.find_bar.isVisible()


def check_find_all(window, **_):
    window.search_dock.hide()
    yield
    assert window.search_dock.isVisible()


def check_quick_code(window, monkeypatch, **_):
    from accord.gui.workbench import quick_code

    target = codebook.resolve_code(window.session.db, "Deskilling")
    monkeypatch.setattr(quick_code.QuickCodePalette, "choose", lambda self: target)
    select_text(window, 0, 12)
    yield
    assert any(c.code_id == target and (c.start, c.end) == (0, 12)
               for c in codings.codings_of_document(window.session.db, window.view.document_id))


def check_in_vivo(window, **_):
    select_text(window, 0, 11)
    yield
    assert codebook.resolve_code(window.session.db, "Interviewer")


def check_remove_coding(window, **_):
    coding = first_coding(window)
    window.view.select_coding(coding.id)
    yield
    assert coding.id not in {c.id for c in codings.codings_of_document(window.session.db, coding.document_id)}


def check_recode(window, monkeypatch, **_):
    from accord.gui.workbench import quick_code

    coding = first_coding(window)
    target = codebook.resolve_code(window.session.db, "Cost of living")
    monkeypatch.setattr(quick_code.QuickCodePalette, "choose", lambda self: target)
    window.view.select_coding(coding.id)
    yield
    assert codings.get_coding(window.session.db, coding.id).code_id == target


def check_coding_memo(window, dialogs_shown, **_):
    window.view.select_coding(first_coding(window).id)
    yield
    assert dialogs_shown == ["coding memo"]


def _answer_new_code(monkeypatch, name):
    from accord.gui.codebook import new_code

    monkeypatch.setattr(new_code.NewCodeDialog, "exec",
                        lambda dialog: dialog.name.setText(name) or dialog.accept() or dialog.result())


def check_new_code(window, monkeypatch, **_):
    _answer_new_code(monkeypatch, "Brand new code")
    yield
    assert codebook.resolve_code(window.session.db, "Brand new code")


def check_code_with_new_code(window, monkeypatch, **_):
    _answer_new_code(monkeypatch, "Brand new code")
    select_text(window, 0, 11)
    yield
    code_id = codebook.resolve_code(window.session.db, "Brand new code")
    assert [(c.start, c.end) for c in codings.codings_of_document(window.session.db, window.view.document_id)
            if c.code_id == code_id] == [(0, 11)]


def check_trim(window, **_):
    assert window.coding.trim_whitespace  # on by default
    yield
    assert not window.coding.trim_whitespace
    assert window.settings.value("coding/trim_whitespace", type=bool) is False


def check_click_to_apply(window, **_):
    assert not window.actions_by_id["click_to_apply"].isChecked()  # off by default
    yield
    assert window.actions_by_id["click_to_apply"].isChecked()
    assert window.settings.value("coding/click_to_apply", type=bool) is True


def check_snap(window, **_):
    was = window.view.snap_to_words
    yield
    assert window.view.snap_to_words is not was


def check_compare(window, **_):
    from accord.gui.comparison.window import ComparisonWindow

    yield
    shown = window.findChildren(ComparisonWindow)
    assert len(shown) == 1 and shown[0].isVisible()
    window.actions_by_id["compare"].trigger()
    assert len(window.findChildren(ComparisonWindow)) == 1  # one window per project, raised again


def check_report(dialogs_shown, **_):
    yield
    assert dialogs_shown == ["report"]


def check_retrieve(window, dialogs_shown, **_):
    window.codebook.select_code(codebook.resolve_code(window.session.db, "Support"))
    yield
    assert len(dialogs_shown) == 1 and dialogs_shown[0][0] == "retrieve"


def check_project_memos(dialogs_shown, **_):
    yield
    assert len(dialogs_shown) == 1 and "project" in dialogs_shown[0][1].lower()


def check_document_memos(dialogs_shown, **_):
    yield
    assert len(dialogs_shown) == 1 and "01-maya" in dialogs_shown[0][1]


def check_code_memos(window, dialogs_shown, **_):
    window.codebook.select_code(codebook.resolve_code(window.session.db, "Loneliness"))
    yield
    assert len(dialogs_shown) == 1 and "Loneliness" in dialogs_shown[0][1]


def check_rename_document(window, answers, **_):
    answers.text = ["Maya, first interview"]
    yield
    assert documents.get_document(window.session.db, window.view.document_id).name == "Maya, first interview"


def check_delete_document(window, answers, **_):
    answers.confirm = True
    yield
    assert len(documents.list_documents(window.session.db)) == 3


def check_add_coder(window, answers, **_):
    answers.text = ["Chloé"]
    yield
    assert "Chloé" in [c.name for c in list_coders(window.session.db)]
    assert window.coder_box.currentText() == "Chloé"


def check_coders(dialogs_shown, **_):
    yield
    assert dialogs_shown == ["coders"]


def _point_size(window):
    return window.view.text_view.font().pointSizeF()


def check_zoom_in(window, **_):
    size = _point_size(window)
    yield
    assert _point_size(window) > size


def check_zoom_out(window, **_):
    size = _point_size(window)
    yield
    assert _point_size(window) < size


def check_zoom_reset(window, **_):
    size = _point_size(window)
    window.view.zoom_in()
    yield
    assert _point_size(window) == size


def check_shortcuts(answers, **_):
    yield
    assert answers.asked == ["Keyboard shortcuts"]


def check_getting_started(window, **_):
    from accord.gui.workbench.guide import GuideDialog

    yield
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    assert "Compare coders" in guide.browser.toPlainText()
    guide.close()


def check_about(answers, **_):
    yield
    assert answers.asked == ["About Accord"]


def check_attributes(window, **_):
    from accord.gui.attributes.dialog import AttributesDialog

    yield
    dialog = window.findChild(AttributesDialog)
    assert dialog is not None and dialog.isVisible() and dialog.model.rowCount() == 4
    assert "age" in dialog.model.keys


def check_import_attributes(window, answers, tmp_path, monkeypatch, **_):
    from PySide6.QtWidgets import QDialog

    from accord.core.attributes import attributes_of
    from accord.gui.attributes.import_preview import ImportPreview

    monkeypatch.setattr(ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    answers.open_path = str(tmp_path / "people.csv")
    Path(answers.open_path).write_text("document,wave\n01-maya,2\n", encoding="utf-8")
    yield
    assert attributes_of(window.session.db, "01-maya")["wave"] == "2"


def check_export_attributes(answers, tmp_path, **_):
    answers.save_path = str(tmp_path / "people.csv")
    yield
    assert Path(answers.save_path).read_text(encoding="utf-8-sig").startswith("document,")


def check_find_similar(window, **_):
    from accord.gui.widgets.background import wait_for_jobs

    select_text(window, 0, 80)
    yield
    wait_for_jobs()
    assert window.similar_dock.isVisible()
    assert window.similar.title.text().startswith("Passages like “Interviewer:")


def check_matrix(window, **_):
    from accord.gui.analysis.matrix_view import MatrixWindow

    yield
    matrix = window.findChild(MatrixWindow)
    assert matrix is not None and matrix.isVisible() and matrix.model.rowCount() == 18
    matrix.close()


def check_code_relations(window, **_):
    from accord.gui.analysis.relations_view import RelationsWindow

    yield
    relations = window.findChild(RelationsWindow)
    assert relations is not None and relations.isVisible()
    relations.close()


def check_autocode(window, **_):
    from accord.gui.analysis.autocode_dialog import AutocodeDialog

    yield
    dialog = window.findChild(AutocodeDialog)
    assert dialog is not None and dialog.isVisible() and dialog.by_text.isChecked()
    dialog.close()


def check_coding_query(window, **_):
    from accord.gui.analysis.query_builder import QueryBuilder

    yield
    builder = window.findChild(QueryBuilder)
    assert builder is not None and builder.isVisible() and builder.code.path() == "Settling in"
    builder.close()


def check_similar_settings(window, monkeypatch, **_):
    from accord.gui.similar.settings import SimilarSettingsDialog

    shown = []
    monkeypatch.setattr(SimilarSettingsDialog, "exec", lambda dialog: shown.append(dialog.windowTitle()) or 0)
    yield
    assert shown == ["Similar passages"]


def check_import_codebook(window, answers, tmp_path, monkeypatch, **_):
    from accord.gui.codebook.import_dialog import ImportCodebookDialog

    answers.open_path = str(tmp_path / "book.csv")
    Path(answers.open_path).write_text("Name,Parent,Definition\nNewcomer,Support,new\n", encoding="utf-8")
    monkeypatch.setattr(ImportCodebookDialog, "exec", lambda self: self.import_button.click() or self.result())
    yield
    assert codebook.get_code(window.session.db, "Support/Newcomer").definition == "new"


def check_export_codebook(window, answers, tmp_path, **_):
    answers.save_path = str(tmp_path / "codebook")
    yield
    assert Path(answers.save_path + ".xlsx").stat().st_size > 1000


def check_language(window, monkeypatch, **_):
    from accord.gui import i18n
    from accord.gui.workbench.language_dialog import LanguageDialog

    def pick_german(dialog):
        dialog.combo.setCurrentIndex(dialog.combo.findData("de"))
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(LanguageDialog, "exec", pick_german)
    assert i18n.chosen_language() == ""  # the settings are the test's own: nothing chosen yet
    yield
    assert i18n.chosen_language() == "de"


CHECKS = {name[len("check_"):]: check for name, check in globals().items() if name.startswith("check_")}


def test_every_action_has_a_check():
    assert sorted(CHECKS) == sorted(spec.id for spec in ACTIONS)


@pytest.mark.parametrize("action_id", [spec.id for spec in ACTIONS])
def test_action_does_what_it_says(action_id, window, answers, dialogs_shown, sample_copy, tmp_path, monkeypatch):
    check = CHECKS[action_id](window=window, answers=answers, dialogs_shown=dialogs_shown,
                              sample_copy=sample_copy, tmp_path=tmp_path, monkeypatch=monkeypatch)
    next(check)
    action = window.actions_by_id[action_id]
    assert action.isEnabled(), f"{action_id} is disabled on an open project"
    action.trigger()
    with pytest.raises(StopIteration):
        next(check)


def test_project_actions_are_disabled_without_a_project(window):
    window.close_project()
    for spec in ACTIONS:
        assert window.actions_by_id[spec.id].isEnabled() == (spec.needs == "always"), spec.id
