"""A main window on a fresh copy of the sample project, with every question to the user scripted."""

import pytest

from accord.core.sample import build_sample


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.accord")


@pytest.fixture
def sample_copy(sample_file, tmp_path):
    target = tmp_path / "study.accord"
    target.write_bytes(sample_file.read_bytes())
    return target


class Answers:
    """Scripted replies for gui.dialogs; records every question asked."""

    def __init__(self):
        self.text: list[str | None] = []
        self.confirm = True
        self.save_path: str | None = None
        self.open_path: str | None = None
        self.open_paths: list[str] = []
        self.item: int | None = 0
        self.choice: int | None = None
        self.asked: list[str] = []
        self.suggested: list[str] = []  # the file name each save question offered

    def ask_save(self, parent, title, suggested=""):
        self.suggested.append(suggested)
        return self.save_path

    def ask_text(self, parent, title, label, default=""):
        self.asked.append(title)
        return self.text.pop(0) if self.text else None

    def yes(self, parent, title, text, **kwargs):
        self.asked.append(title)
        return self.confirm

    def note(self, parent, title, text):
        self.asked.append(title)


@pytest.fixture
def answers(monkeypatch):
    from accord.gui.widgets import dialogs

    replies = Answers()
    monkeypatch.setattr(dialogs, "ask_text", replies.ask_text)
    monkeypatch.setattr(dialogs, "confirm", replies.yes)
    monkeypatch.setattr(dialogs, "inform", replies.note)
    monkeypatch.setattr(dialogs, "warn", replies.note)
    monkeypatch.setattr(dialogs, "ask_save_project", replies.ask_save)
    monkeypatch.setattr(dialogs, "ask_open_project", lambda parent: replies.open_path)
    monkeypatch.setattr(dialogs, "ask_open_projects", lambda parent, title: replies.open_paths)
    monkeypatch.setattr(dialogs, "ask_item", lambda parent, title, label, items: replies.asked.append(title)
                        or replies.item)
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, text, choices: replies.asked.append(title)
                        or replies.choice)
    monkeypatch.setattr(dialogs, "ask_open_file", lambda parent, title, file_filter: replies.open_path)
    monkeypatch.setattr(dialogs, "ask_save_file",
                        lambda parent, title, file_filter, suffix, suggested="": replies.ask_save(parent, title,
                                                                                                  suggested))
    return replies


@pytest.fixture
def window(qtbot, sample_copy, answers):
    from accord.gui.workbench.mainwindow import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_project(sample_copy)
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """The interface in English, as at start-up on an English system: with its plural forms ("2 codings")."""
    from accord.gui import i18n

    translators = i18n.install(qapp, "en")
    assert translators, "resources/i18n/accord_en.qm did not load"
    yield
    i18n.uninstall(qapp, translators)
