"""Issue #19: Settings ▸ Similar passages — choose a model (folder or download), index, search by meaning."""

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

pytest.importorskip("model2vec")
sys.path.insert(0, str(Path(__file__).parents[2] / "core" / "similar"))

from accord.core.similar import models  # noqa: E402
from accord.gui.similar.settings import SimilarSettingsDialog  # noqa: E402
from accord.gui.widgets import dialogs  # noqa: E402
from tiny_model import make_tiny_model  # noqa: E402


@pytest.fixture
def model(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    return make_tiny_model(tmp_path / "tiny", more_words="support help family friends neighbours")


def _vectors(window):
    return window.session.db.execute("SELECT count(*) FROM similar_vectors").fetchone()[0]


def test_a_model_folder_is_chosen_indexed_and_then_offers_search_by_meaning(window, model, qtbot, monkeypatch):
    assert not window.similar.backend_box.model().item(1).isEnabled()
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title: str(model))
    dialog = SimilarSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.index_button.isEnabled()
    qtbot.mouseClick(dialog.folder_button, __import__("PySide6.QtCore").QtCore.Qt.LeftButton)
    assert models.chosen_model() == model.resolve() and dialog.index_button.isEnabled()
    assert str(model.resolve()) in dialog.current.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    added = dialog.index_project()
    assert added == _vectors(window) > 100
    qtbot.wait(50)  # the layout settles
    dialog.grab().save("/tmp/similar_settings.png")
    for label in dialog.findChildren(QLabel):  # the line "N passages indexed." pushed nothing out of sight
        assert label.height() >= label.heightForWidth(label.width()) if label.wordWrap() else \
            label.height() >= label.sizeHint().height(), label.text()
    assert dialog.index_project() == 0  # already indexed
    assert window.session.project.history.undo_label != "Cache passage vectors"
    dialog.empty_cache()
    assert _vectors(window) == 0
    window.similar.update_backends()
    window.similar.backend_box.setCurrentIndex(1)
    window.codebook.select_code(window.codebook.current_code_id())
    window.find_similar_to_code(window.codebook.current_code_id())
    qtbot.waitUntil(lambda: "finding" not in window.similar.title.text(), timeout=10_000)
    assert window.similar.model.rows


def test_a_download_says_its_size_and_source_first_and_a_no_downloads_nothing(window, model, monkeypatch, qtbot):
    asked, fetched = [], []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, label="OK": asked.append(text) or False)
    monkeypatch.setattr(models, "download", lambda known: fetched.append(known.name) or models.choose_model(model))
    dialog = SimilarSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    first = models.KNOWN_MODELS[0]
    assert not dialog.download(first) and fetched == []
    assert first.size in asked[0] and first.repository in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, label="OK": True)
    assert dialog.download(first) and fetched == [first.name]
    assert models.chosen_model() == model.resolve()


def test_a_folder_without_a_model_is_refused_with_a_reason(window, model, tmp_path, monkeypatch, qtbot):
    warned = []
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title: str(tmp_path))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    dialog = SimilarSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.use_folder()
    assert "not a model2vec model folder" in warned[0] and models.chosen_model() is None


def test_choosing_another_backend_asks_the_last_question_again_with_it(window, model, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from accord.gui.similar import panel

    models.choose_model(model)
    window.similar.update_backends()
    used = []
    real = panel.backend_for
    monkeypatch.setattr(panel, "backend_for", lambda db, name: used.append(name) or real(db, name))
    code = window.codebook.current_code_id()
    window.find_similar_to_code(code)
    qtbot.waitUntil(lambda: "finding" not in window.similar.title.text(), timeout=10_000)
    by_words = [(s.unit.start, s.score) for s, _ in window.similar.model.rows]
    window.similar.backend_box.setFocus()
    qtbot.keyClick(window.similar.backend_box, Qt.Key_Down)  # "By meaning", from the keyboard
    qtbot.waitUntil(lambda: used == ["lexical", "semantic"] and "finding" not in window.similar.title.text(),
                    timeout=10_000)
    assert window.similar.model.rows and [(s.unit.start, s.score) for s, _ in window.similar.model.rows] != by_words
