"""A transcript of 100,000 lines (4.8 M characters): import, open in the text pane, jump, filter by speaker.

    .venv/bin/python benchmarks/long_transcript.py [--lines 100000]

Prints each step's time; the document should stay usable (jumps and scrolling well under 50 ms).
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from accord.core.importing import prepare_document, store_prepared  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.session import Session  # noqa: E402
from accord.gui.text.pane import DocumentView  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    source = folder / "long.txt"
    source.write_text("\n".join(f"{'Interviewer' if i % 2 == 0 else 'Maya'}: line {i} – a few words of talk here."
                                for i in range(args.lines)), encoding="utf-8")
    app = QApplication.instance() or QApplication([])
    project = Project.create(folder / "long.accord", coder="Ana", undo=True)

    def step(name: str, work) -> None:
        started = time.perf_counter()
        work()
        app.processEvents()
        print(f"  {name:<34} {1000 * (time.perf_counter() - started):9.1f} ms")

    holder = {}
    print(f"{args.lines:,} lines")
    step("read and normalise", lambda: holder.update(prepared=prepare_document(source)))
    step("store (turns found, one command)", lambda: holder.update(doc=store_prepared(project, holder["prepared"])))
    view = DocumentView(Session(project))
    view.resize(900, 800)
    view.show()
    step("open in the text pane", lambda: (view.show_document(holder["doc"].id), view.text_view.viewport().repaint()))
    bar = view.text_view.verticalScrollBar()
    step("jump to the middle", lambda: (bar.setValue(bar.maximum() // 2), view.text_view.viewport().repaint()))
    step("scroll one page", lambda: (bar.setValue(bar.value() + bar.pageStep()), view.text_view.viewport().repaint()))
    step("show one speaker only", lambda: view.set_speaker_filter("Maya"))
    step("show every speaker", lambda: view.set_speaker_filter(None))
    project.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
