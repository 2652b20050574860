"""While a document is being stored the progress window says so with a busy bar, painted, not a full one."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QProgressDialog  # noqa: E402

from accord.core.coders import add_coder  # noqa: E402
from accord.core.documents import list_documents  # noqa: E402
from accord.core.progress import Progress  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.importing import runner  # noqa: E402
from accord.gui.importing.dialog import ImportDialog  # noqa: E402
from accord.gui.session import Session  # noqa: E402
from accord.gui.widgets import progress_window  # noqa: E402


@pytest.fixture
def session(qtbot):
    project = Project.in_memory(title="Storing")
    with project.command("x"):
        add_coder(project.db, "Ana")
    yield Session(project)
    project.close()


def test_storing_shows_an_indeterminate_painted_progress_window(qtbot, session, tmp_path, monkeypatch):
    monkeypatch.setattr(progress_window, "SHOW_AFTER_MS", 0)  # show it however quick the reading was
    paths = []
    for name in ("first note", "second note"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Interviewer: Hello?\nMaya: This is the {name}.\n", encoding="utf-8")
        paths.append(path)
    seen = []
    real_store = runner.store_built

    def store_built(project, built):
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
        window = next(o for o in dialog.children() if isinstance(o, progress_window._PaintWatch)).window
        seen.append((dialog.labelText(), dialog.minimum(), dialog.maximum(), window.painted))
        return real_store(project, built)

    monkeypatch.setattr(runner, "store_built", store_built)
    dialog = ImportDialog(session, [str(p) for p in paths])
    qtbot.addWidget(dialog)
    dialog.show()

    outcomes = dialog.import_all()

    assert [o.ok for o in outcomes] == [True, True]
    assert seen == [("Storing first note.txt…", 0, 0, True), ("Storing second note.txt…", 0, 0, True)]
    assert sorted(d.name for d in list_documents(session.db)) == ["first note", "second note"]


def test_the_bar_moves_again_after_storing(qtbot):
    with progress_window.ProgressWindow(None, "Work") as window:
        window.busy("Storing…")
        assert (window.dialog.minimum(), window.dialog.maximum()) == (0, 0)
        progress = Progress()
        progress.start("Reading")
        progress.update(0.5)
        window._show(progress)
        assert (window.dialog.minimum(), window.dialog.maximum()) == (0, progress_window._STEPS)
        assert window.dialog.value() == progress_window._STEPS // 2
