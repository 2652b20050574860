"""Times the workbench's text pane on a 2.5 MB document with 10,000 codings (offscreen).

    .venv/bin/python benchmarks/make_project.py benchmarks/out/bench-large.accord --doc-mb 2.5
    .venv/bin/python benchmarks/gui_bench.py [benchmarks/out/bench-large.accord] [--repeat 5]

Prints each step's median against its target (from the workbench issue):
open and fully highlight < 300 ms, apply a code and repaint < 50 ms, one scroll step smooth (< 16 ms).
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from accord.core.codebook import list_codes  # noqa: E402
from accord.core.codings import apply_code  # noqa: E402
from accord.core.documents import list_documents  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.gui.session import Session  # noqa: E402
from accord.gui.text.pane import DocumentView  # noqa: E402

HERE = Path(__file__).resolve().parent


def paint(app: QApplication, view: DocumentView) -> None:
    view.text_view.viewport().repaint()
    view.stripe_margin.repaint()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", nargs="?", default=HERE / "out" / "bench-large.accord", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.project.exists():
        print(f"{args.project}: missing; build it with make_project.py --doc-mb 2.5", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp()) / "gui-bench.accord"
    shutil.copy(args.project, work)
    app = QApplication.instance() or QApplication([])
    project = Project.open(work, undo=True)
    session = Session(project)
    largest = max(list_documents(project.db), key=lambda d: d.length)
    other = next(d for d in list_documents(project.db) if d.id != largest.id)
    code = list_codes(project.db)[0]
    view = DocumentView(session)
    view.resize(900, 800)
    view.show()

    timings: dict[str, list[float]] = {"open and highlight": [], "apply a code and repaint": [], "scroll one page": []}
    for i in range(args.repeat):
        view.show_document(other.id)
        paint(app, view)
        started = time.perf_counter()
        view.show_document(largest.id)
        paint(app, view)
        timings["open and highlight"].append(time.perf_counter() - started)
        for _ in range(20):  # let the speaker labels past the first screen finish in idle time (not timed)
            app.processEvents()

        start = 1000 + 5000 * i
        started = time.perf_counter()
        session.run("Apply code", apply_code, largest.id, code.id, session.coder_id, start, start + 80)
        paint(app, view)
        timings["apply a code and repaint"].append(time.perf_counter() - started)

        bar = view.text_view.verticalScrollBar()
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        paint(app, view)
        timings["scroll one page"].append(time.perf_counter() - started)

    targets = {"open and highlight": 300, "apply a code and repaint": 50, "scroll one page": 16}
    print(f"{largest.name}: {largest.length / 1e6:.2f} M characters, "
          f"{len(view.index) if hasattr(view.index, '__len__') else '?'} codings indexed; median of {args.repeat}")
    met = 0
    for name, values in timings.items():
        ms = statistics.median(values) * 1000
        ok = ms < targets[name]
        met += ok
        print(f"  {name:<28} {ms:8.1f} ms   target < {targets[name]} ms   ratio {ms / targets[name]:.2f}   "
              f"{'PASS' if ok else 'FAIL'}")
    print(f"{met}/{len(targets)} targets met")
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
