"""A damaged project in the window: the dialog that offers its newest good backup, the backups list,
and Restore from backup… on the welcome page, all driven by clicks. One writer per project: no "Open anyway"."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from accord.core.backups import list_backups, take_backup
from accord.core.documents import add_document
from accord.core.project import Project
from accord.gui import restore as restore_module
from accord.gui.restore import BackupsDialog, DamagedDialog

PAGE = 4096


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * PAGE:3 * PAGE] = b"\xff" * PAGE
    path.write_bytes(bytes(data))


def counts(db) -> tuple[int, int]:
    return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("documents", "codings"))


def when_shown(kind, act, *, tries: int = 500) -> list:
    """Run act(dialog) on the modal dialog of type `kind` once it is up; returns a list that gets the dialog.

    If `act` fails, every modal dialog that follows is cancelled, so that a failing test fails, never hangs.
    """
    seen = []

    def poll(left=tries):
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            try:
                act(dialog)
            except BaseException as error:
                seen.append(error)
                cancel_all()
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
        elif dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, poll)
    return seen


def cancel_all(left: int = 300) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.reject()
    if left:
        QTimer.singleShot(10, lambda: cancel_all(left - 1))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, dialog: BackupsDialog, row: int) -> None:
    rect = dialog.table.visualItemRect(dialog.table.item(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def damaged_sample(window, sample_copy) -> tuple[int, int]:
    """Close the window's project (opening it took a backup), damage the file; returns its counts before."""
    before = counts(window.session.db)
    assert list_backups(sample_copy)
    window.close_project()
    damage(sample_copy)
    return before


def test_damaged_project_dialog_restores_the_newest_good_backup(window, qtbot, answers, sample_copy):
    before = damaged_sample(window, sample_copy)
    seen = when_shown(DamagedDialog, lambda dialog: click(qtbot, dialog.restore_button))
    assert window.open_project(sample_copy)
    assert seen and "The newest backup that passes the integrity check is from" in seen[0].message.text()
    assert "is damaged</b>: " in seen[0].message.text() and "damaged (" not in seen[0].message.text()  # said once
    assert window.session.project.path == sample_copy
    assert counts(window.session.db) == before
    assert any(p.name.startswith("study.accord.damaged-") for p in sample_copy.parent.iterdir())


def test_show_backups_lists_them_and_restores_the_one_picked(window, qtbot, answers, sample_copy):
    before = damaged_sample(window, sample_copy)
    sample_copy.write_bytes(list_backups(sample_copy)[0].path.read_bytes())  # whole again, for one more backup
    with Project.open(sample_copy) as project:
        with project.command("late"):
            add_document(project.db, "late", "A document added after the first backup.")
    damage(take_backup(sample_copy).path)  # the newest backup is damaged too
    damage(sample_copy)
    states = []

    def pick(dialog: BackupsDialog):
        states.append([dialog.table.item(row, 4).text() for row in range(dialog.table.rowCount())])
        click_row(qtbot, dialog, 0)
        states.append(dialog.restore_button.isEnabled())
        click_row(qtbot, dialog, 1)
        click(qtbot, dialog.restore_button)

    def show(dialog: DamagedDialog):
        when_shown(BackupsDialog, pick)
        click(qtbot, dialog.show_button)

    when_shown(DamagedDialog, show)
    assert window.open_project(sample_copy)
    assert states[0][0].startswith("damaged") and states[0][1] == "ok"
    assert states[1] is False  # a damaged backup cannot be restored
    assert counts(window.session.db) == before


def test_cancel_leaves_the_damaged_file_alone(window, qtbot, answers, sample_copy):
    damaged_sample(window, sample_copy)
    damaged = sample_copy.read_bytes()
    when_shown(DamagedDialog, lambda dialog: dialog.reject())
    assert not window.open_project(sample_copy)
    assert window.session is None and sample_copy.read_bytes() == damaged


def test_welcome_page_restores_a_project_file_with_no_project_open(window, qtbot, answers, sample_copy):
    before = damaged_sample(window, sample_copy)
    answers.choice = 0  # "Pick the project file…"
    answers.open_path = str(sample_copy)
    seen = when_shown(BackupsDialog, lambda dialog: click(qtbot, dialog.restore_button))
    click(qtbot, window.welcome.restore_button)
    assert seen and window.session is not None
    assert window.session.project.path == sample_copy
    assert counts(window.session.db) == before


def test_welcome_page_restores_from_a_backup_folder_under_a_new_name(window, qtbot, answers, sample_copy,
                                                                     monkeypatch, tmp_path):
    before = damaged_sample(window, sample_copy)
    sample_copy.unlink()  # the project file is gone: only its backups are left
    folder = list_backups(sample_copy)[0].path.parent
    monkeypatch.setattr(restore_module, "ask_backup_folder", lambda parent: str(folder))
    answers.choice = 1  # "Pick a backup folder…"
    answers.save_path = str(tmp_path / "again.accord")
    when_shown(BackupsDialog, lambda dialog: click(qtbot, dialog.restore_button))
    click(qtbot, window.welcome.restore_button)
    assert window.session.project.path == tmp_path / "again.accord"
    assert counts(window.session.db) == before


def test_a_locked_project_offers_read_only_and_never_open_anyway(window, qtbot, answers, sample_copy, monkeypatch):
    from accord.gui.widgets import dialogs
    from accord.gui.workbench.mainwindow import MainWindow

    offered = []
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, text, choices: offered.append(choices) or 0)
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_project(sample_copy)
    assert offered == [["Open read-only"]]
    assert second.session.project.read_only and second.session.project.lock is None
    assert window.session.project.lock is not None  # the first window keeps the project
    second.close()
