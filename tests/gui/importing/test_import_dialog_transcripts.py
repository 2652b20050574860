"""The import dialog recognises transcripts (issue #17): kind, speakers, turns and times in the preview."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402

from accord.core.documents import timed_turns_of  # noqa: E402
from accord.gui.importing.dialog import ImportDialog  # noqa: E402
from small_session import small_session  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core" / "importers"))
from transcript_samples import EXPECTED_TEXT, teams_vtt, write  # noqa: E402


def test_a_teams_file_is_previewed_as_a_transcript_and_imported_with_times(qtbot, tmp_path):
    session = small_session()
    meeting = write(tmp_path / "meeting.vtt", teams_vtt())
    plain = tmp_path / "notes.txt"
    plain.write_text("Some notes.\n", encoding="utf-8")
    dialog = ImportDialog(session, [str(meeting), str(plain)])
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    dialog.table.selectRow(0)
    label = dialog.preview.transcript_label
    assert label.isVisible()
    assert label.text() == "Transcript recognised: WebVTT (Microsoft Teams) · 2 speakers · 3 turns · 0:01–0:09"
    assert dialog.preview.text_preview.toPlainText() == EXPECTED_TEXT
    listed = dialog.preview.speaker_list
    assert [listed.item(i).text() for i in range(listed.count())] == ["Maya Patel", "Jonas Berg"]
    dialog.grab().save("/tmp/import_transcript.png")
    dialog.table.selectRow(1)
    assert not label.isVisible()  # an ordinary text file is not a transcript

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    document = dialog.outcomes[0].document
    assert [(t.speaker, t.time_start, t.time_end) for t in timed_turns_of(session.db, document.id)] == [
        ("Maya Patel", 1.0, 5.0), ("Jonas Berg", 5.0, 7.25), ("Maya Patel", 8.0, 9.0)]
