"""Settings ▸ Similar passages: which model finds passages by meaning, and its cache in the project.

Nothing is downloaded until the user has read the model's size and source and said
yes. A folder the user already has (an offline machine, an institution's copy) can
be used instead. Indexing fills the project's cache of passage vectors batch by
batch behind a progress window with Cancel; what was indexed before a Cancel stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...core.errors import AccordError, Cancelled
from ...core.similar import models
from ...core.similar.semantic import CacheBuild, drop_cache, model2vec_installed
from ...core.similar.units import project_units
from ..i18n import fill, integer
from ..widgets import dialogs
from ..widgets.progress_window import ProgressWindow


class SimilarSettingsDialog(QDialog):
    def __init__(self, session=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Similar passages"))
        intro = QLabel(self.tr(
            "Accord finds passages like the ones you point at on this computer; nothing is sent anywhere. "
            "By shared words it always works. By meaning it needs a model2vec model: download one once, "
            "or use the folder of one you already have."))
        intro.setWordWrap(True)
        self.current = QLabel()
        self.current.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.current.setWordWrap(True)
        self.install_hint = QLabel(self.tr(
            "Finding passages by meaning needs the optional model2vec package. Install it with: "
            "pip install \"accord[similar]\" — then restart Accord."))
        self.install_hint.setWordWrap(True)
        self.install_hint.setVisible(not model2vec_installed())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.install_hint)
        layout.addWidget(self.current)
        layout.addWidget(self._downloads())
        self.folder_button = QPushButton(self.tr("Use a model folder…"))
        self.index_button = QPushButton(self.tr("Index this project's passages now"))
        self.index_button.setToolTip(self.tr("Compute every passage's vector once, so searches by meaning are quick"))
        self.drop_button = QPushButton(self.tr("Empty the cache"))
        self.drop_button.setToolTip(self.tr("Remove the cached vectors from the project; they can be rebuilt"))
        row = QHBoxLayout()
        for button in (self.folder_button, self.index_button, self.drop_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.folder_button.clicked.connect(self.use_folder)
        self.index_button.clicked.connect(self.index_project)
        self.drop_button.clicked.connect(self.empty_cache)
        self.setMinimumWidth(680)
        self._refresh()

    def _downloads(self) -> QGroupBox:
        box = QGroupBox(self.tr("Download a model (once)"))
        grid = QGridLayout(box)
        self.download_buttons: dict[str, QPushButton] = {}
        for row, model in enumerate(models.KNOWN_MODELS):
            grid.addWidget(QLabel(f"<b>{model.name}</b>"), row, 0)
            about = QLabel(fill(self.tr("%1, %2<br>from huggingface.co/%3"), model.languages, model.size,
                                model.repository))
            about.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(about, row, 1)
            button = QPushButton(self.tr("Download…"))
            button.clicked.connect(lambda _checked=False, m=model: self.download(m))
            grid.addWidget(button, row, 2)
            self.download_buttons[model.name] = button
        grid.setColumnStretch(1, 1)
        return box

    def _refresh(self) -> None:
        chosen = models.chosen_model()
        self._say(fill(self.tr("Model in use: %1"), chosen) if chosen else
                  self.tr("No model yet: passages are found by shared words."))
        installed = model2vec_installed()
        for button in (*self.download_buttons.values(), self.folder_button):
            button.setEnabled(installed)
        has_project = self.session is not None and not self.session.project.read_only
        self.index_button.setEnabled(installed and chosen is not None and has_project)
        self.drop_button.setEnabled(has_project)

    def _say(self, status: str) -> None:
        """Show the status; a longer one makes the dialog taller rather than squeezing what is below it."""
        self.current.setText(status)
        wanted = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() else \
            self.layout().totalSizeHint().height()
        if self.isVisible() and self.height() < wanted:
            self.resize(self.width(), wanted)

    # -- actions ----------------------------------------------------------------------------------
    def download(self, model: models.KnownModel) -> bool:
        target = models.model_folder_for(model)
        question = fill(self.tr("Download %1 (%2) from huggingface.co/%3 into %4?"), model.name, model.size,
                        model.repository, target)
        if not dialogs.confirm(self, self.tr("Download a model"), question, self.tr("Download")):
            return False
        try:
            with ProgressWindow(self, self.tr("Download a model")) as window:
                window.run(lambda progress: progress.start(model.name) or models.download(model))
        except Cancelled:
            return False
        except AccordError as problem:
            dialogs.warn(self, self.tr("Download a model"), str(problem))
            return False
        self._refresh()
        return True

    def use_folder(self) -> bool:
        folder = dialogs.ask_folder(self, self.tr("A model2vec model folder"))
        if not folder:
            return False
        try:
            models.choose_model(folder)
        except AccordError as problem:
            dialogs.warn(self, self.tr("Use a model folder"), str(problem))
            return False
        self._refresh()
        return True

    def index_project(self) -> int:
        """Fill the cache for the chosen model; returns how many passages were added (kept on Cancel)."""
        title = self.tr("Index passages")
        try:
            build = CacheBuild(self.session.project, models.chosen_model(),
                               [unit.text for unit in project_units(self.session.db)])
        except AccordError as problem:
            dialogs.warn(self, title, str(problem))
            return 0
        done, total = 0, len(build.missing)
        try:
            with ProgressWindow(self, title) as window:
                for batch in build.batches():
                    step = fill(self.tr("Indexing passages (%1 of %2)"), integer(done), integer(total))
                    vectors = window.run(lambda progress, b=batch, s=step: progress.start(s) or build.embed(b))
                    build.store(batch, vectors)
                    done += len(batch)
        except Cancelled:
            pass
        except AccordError as problem:
            dialogs.warn(self, title, str(problem))
        indexed = SimilarSettingsDialog.tr("%Ln passage(s) indexed.", "", done)
        self._say(self.current.text() + "\n" + indexed)
        return done

    def empty_cache(self) -> int:
        dropped = drop_cache(self.session.project)
        self._refresh()
        self._say(self.current.text() + "\n" + self.tr("The cache is empty."))
        return dropped
