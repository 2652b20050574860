"""The bootstrap intervals of the Agreement tab: their controls and the background job that computes them.

`IntervalControls` holds the status line, the busy bar (shown only when a
bootstrap runs longer than BUSY_AFTER_MS), the number of resamples and the
"Compute intervals" button; `start` runs compute_agreement with bootstrapping
in the background. When it is done, `finished` hands over the result, or None
if it failed or the figures changed meanwhile (`figures_changed`), and the
status line says which.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox, QWidget

from ...core.agreement import AgreementOptions, compute_agreement
from ..i18n import fill
from ..widgets.background import start_job
from ..session import Session

BUSY_AFTER_MS = 300  # show the progress bar only for a bootstrap that takes longer than this


class IntervalControls(QWidget):
    """Status, busy bar, resamples and "Compute intervals"; the bootstrap job."""

    finished = Signal(object)  # the AgreementResult with intervals, or None

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._generation = 0  # bumped whenever the figures could change; stale intervals are dropped
        self._thread = None
        self._started_generation = -1
        self.resamples = QSpinBox()
        self.resamples.setRange(100, 20000)
        self.resamples.setSingleStep(500)
        self.resamples.setValue(1000)
        self.resamples.setSuffix(" " + self.tr("resamples"))
        self.resamples.setToolTip(self.tr("Bootstrap resamples of the documents (seeded, so the same every time)"))
        self.unit = QComboBox()  # what is resampled: documents, or speaker turns for a study of few transcripts
        self.unit.setObjectName("bootstrapUnit")
        self.unit.addItem(self.tr("by document"), "document")
        self.unit.addItem(self.tr("by speaker turn"), "turn")
        self.unit.setToolTip(self.tr("What the bootstrap resamples. Documents are the safe choice; with fewer than "
                                     "10, speaker turns give more resamples, but turns of one conversation are not "
                                     "independent, so their intervals come out narrower."))
        self.interval_button = QPushButton(self.tr("Compute intervals"))
        self.interval_button.setObjectName("computeIntervals")
        self.interval_button.setToolTip(self.tr("Bootstrap 95 % intervals of the pooled figures, resampling documents"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(110)
        self.busy.setFixedHeight(12)
        self.busy.hide()
        self.interval_status = QLabel()
        self.interval_status.setObjectName("intervalStatus")
        self.interval_status.setStyleSheet("color: palette(mid);")
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.interval_status)
        layout.addWidget(self.busy)
        layout.addWidget(self.resamples)
        layout.addWidget(self.unit)
        layout.addWidget(self.interval_button)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def figures_changed(self) -> None:
        """The figures may differ now: intervals still being computed will be for the old ones."""
        self._generation += 1
        if self._thread is None:
            self.interval_status.setText("")

    def start(self, options: AgreementOptions) -> None:
        """Compute the figures with `options` (bootstrap set) in the background, unless already computing."""
        if self._thread is not None:
            return
        self._started_generation = self._generation
        self.interval_button.setEnabled(False)
        self.interval_status.setText("")
        self._busy_timer.start()
        self._thread = start_job(self.session, lambda db: compute_agreement(db, options), self._arrived)

    def _show_busy(self) -> None:
        if self._thread is not None:
            self.busy.show()
            self.interval_status.setText(self.tr("Computing intervals…"))

    def _arrived(self, result, error: str) -> None:
        self._thread = None
        self._busy_timer.stop()
        self.busy.hide()
        if self._started_generation != self._generation:  # the figures changed meanwhile
            self.interval_status.setText(self.tr("Figures changed: compute the intervals again"))
            result = None
        elif result is None:
            self.interval_status.setText(fill(self.tr("No intervals: %1"), error))
        else:
            options = result.options
            text = (IntervalControls.tr("%Ln resamples of speaker turns · seed %1", "", options.bootstrap)
                    if options.bootstrap_unit == "turn" else
                    IntervalControls.tr("%Ln resamples · seed %1", "", options.bootstrap))
            self.interval_status.setText(fill(text, options.seed))
        self.finished.emit(result)
