"""Awkward Unicode from real files: imported, shown, coded with the mouse and read back through the CLI.

Every source is written to disk as bytes, so that its CRLF or lone CR line endings, NUL
bytes and decomposed combining marks really are in the file. The files go through
`accord import` in a child process; the main window shows them offscreen; passages are
selected with the mouse where the glyphs are drawn; `accord codings --json` (another child
process) reads back what was stored. Offsets are code points; the font here has no emoji
or CJK glyphs (they are drawn as boxes), but they are laid out all the same.
"""

import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QTextCursor, QTextLine
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from accord.core.codings import trim_span
from accord.core.documents import document_text, list_documents
from accord.gui.text.offsets import OffsetMap

sys.path.insert(0, str(Path(__file__).parents[2] / "cli"))
from cli_helpers import run_subprocess  # noqa: E402

CODE = "Theme"


@dataclass(frozen=True)
class Source:
    raw: bytes  # what is in the file
    shown: str  # what Accord stores and shows: one "\n" per line break, no NULs, NFC
    lines: int  # blocks in the text view


INTERVIEW = [
    "Interviewer: How was the first week?",
    "Maya: Strange. Quiet. I didn't know anyone.",
    "",
    "Interviewer: And the café?",
    "Maya: Better — people said hello.",
]

SOURCES = {
    "crlf": Source("\r\n".join(INTERVIEW).encode() + b"\r\n", "\n".join(INTERVIEW) + "\n", 6),
    "lone_cr": Source("\r".join(INTERVIEW).encode() + b"\r", "\n".join(INTERVIEW) + "\n", 6),
    "nul": Source(
        b"Ma\x00ya: I went to the caf\xc3\xa9 every\x00 day.\n"
        b"Ben: \x00Me too, with \xf0\x9f\x98\x80 and \xe6\xbc\xa2\xe5\xad\x97.\x00\n",
        "Maya: I went to the café every day.\nBen: Me too, with 😀 and 漢字.\n",
        3,
    ),
    # Written decomposed. NFC composes what Unicode can (é, ệ, ế) and puts stacked marks in
    # canonical order (dot below before dot above; Hebrew qamats before the shin dot);
    # x́, q̣̇, Yoruba ọ̀ and pointed Hebrew and Arabic have no precomposed form and stay clusters.
    "combining": Source(
        ("Jose\u0301 wrote x\u0301 and q\u0307\u0323 on the board.\n"
         "Vie\u0323\u0302t Nam: Tie\u0302\u0301ng Vie\u0323\u0302t is spoken.\n"
         "Yoruba: o\u0323\u0300ro\u0323\u0300 means word.\n"
         "Hebrew: \u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd means peace.\n"
         "Arabic: \u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627 means welcome.\n").encode(),
        "Jos\u00e9 wrote x\u0301 and q\u0323\u0307 on the board.\n"
        "Vi\u1ec7t Nam: Ti\u1ebfng Vi\u1ec7t is spoken.\n"
        "Yoruba: \u1ecd\u0300r\u1ecd\u0300 means word.\n"
        "Hebrew: \u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd means peace.\n"
        "Arabic: \u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627 means welcome.\n",
        6,
    ),
    # Arabic with Western digits inside it, Hebrew between English words, an RTL paragraph,
    # a ZWJ family, a flag (two regional indicators) and a thumb with a skin tone.
    "rtl_emoji": Source(
        ("Leila: \u0642\u0627\u0644\u062a \u0644\u064a 123 \u0645\u0631\u0629 at 10:30 \u2014 "
         "\u05e9\u05dc\u05d5\u05dd 2024 world.\n"
         "Family \U0001F469\u200d\U0001F469\u200d\U0001F467 and flag \U0001F1EF\U0001F1F5 and "
         "\U0001F44D\U0001F3FD ok.\n"
         "\u0633\u0644\u0627\u0645 first, then English.\n").encode(),
        "Leila: \u0642\u0627\u0644\u062a \u0644\u064a 123 \u0645\u0631\u0629 at 10:30 \u2014 "
        "\u05e9\u05dc\u05d5\u05dd 2024 world.\n"
        "Family \U0001F469\u200d\U0001F469\u200d\U0001F467 and flag \U0001F1EF\U0001F1F5 and "
        "\U0001F44D\U0001F3FD ok.\n"
        "\u0633\u0644\u0627\u0645 first, then English.\n",
        4,
    ),
}

X_ACUTE, Q_DOTS, YORUBA_O = "x\u0301", "q\u0323\u0307", "\u1ecd\u0300"
SHIN, VAV_HOLAM = "\u05e9\u05b8\u05c1", "\u05d5\u05b9"
SHALOM = SHIN + "\u05dc" + VAV_HOLAM + "\u05dd"
MARHABA = "\u0645\u064e\u0631\u0652\u062d\u064e\u0628\u064b\u0627"
RA_SUKUN, HA_FATHA = "\u0631\u0652", "\u062d\u064e"
QALAT = "\u0642\u0627\u0644\u062a \u0644\u064a 123 \u0645\u0631\u0629"
FAMILY, FLAG, THUMB = "\U0001F469\u200d\U0001F469\u200d\U0001F467", "\U0001F1EF\U0001F1F5", "\U0001F44D\U0001F3FD"


# -- a project made through the CLI, a window on it ----------------------------------------
def accord(*args) -> dict | list:
    """`python -m accord.cli ... --json` in a child process; its parsed output."""
    return run_subprocess(*args, "--json").json


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """One project with every source imported by `accord import` from files written as bytes."""
    folder = tmp_path_factory.mktemp("unicode")
    for name, source in SOURCES.items():
        (folder / f"{name}.txt").write_bytes(source.raw)
    project = folder / "unicode.accord"
    assert run_subprocess("new", project, "--coder", "Ana").status == 0
    # "crlf" and "lone_cr" read as the same text: both are wanted here
    outcomes = accord("import", project, *(folder / f"{name}.txt" for name in SOURCES), "--allow-duplicates")["files"]
    assert [o["ok"] for o in outcomes] == [True] * len(SOURCES), outcomes
    accord("code", "add", project, CODE)
    return project


@pytest.fixture
def project(imported, tmp_path):
    copy = tmp_path / "unicode.accord"
    copy.write_bytes(imported.read_bytes())
    return copy


@pytest.fixture
def open_window(qtbot, answers):
    """open_window(project, document) -> the main window, showing that document."""
    from accord.gui.workbench.mainwindow import MainWindow

    windows = []

    def open_(path: Path, document: str):
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        assert window.open_project(path)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        items = window.documents.list
        item = next(items.item(r) for r in range(items.count()) if items.item(r).text().startswith(document + " "))
        qtbot.mouseClick(items.viewport(), Qt.LeftButton, pos=items.visualItemRect(item).center())
        assert window.view.document_id == _document_id(window, document)
        return window

    yield open_
    for window in windows:
        window.close()


def _document_id(window, name: str) -> int:
    return next(d.id for d in list_documents(window.session.db) if d.name == name)


def codings(project: Path) -> list[dict]:
    return accord("codings", project)


# -- where things are on screen --------------------------------------------------------
def _qt(window, offset: int) -> int:
    return window.view._state.offsets.to_qt(offset)


def glyph_box(window, start: int, end: int) -> QRectF:
    """Viewport rectangle of the glyphs of code points [start, end), which lie on one line."""
    view = window.view.text_view
    qstart, qend = _qt(window, start), _qt(window, end)
    block = view.document().findBlock(qstart)
    layout = block.layout()
    line = layout.lineForTextPosition(qstart - block.position())
    origin = view.blockBoundingGeometry(block).translated(view.contentOffset()).topLeft() + layout.position()
    box = QRectF()
    for run in line.glyphRuns(qstart - block.position(), qend - qstart):
        box = box.united(run.boundingRect())
    return QRectF(origin.x() + box.left(), origin.y() + line.y(), box.width(), line.height())


def cluster_around(window, offset: int, *, before: bool = False) -> tuple[int, int]:
    """The grapheme cluster (code points, as Qt lays it out) that starts at `offset`, or ends there."""
    view, offsets = window.view.text_view, window.view._state.offsets
    block = view.document().findBlock(_qt(window, offset - 1 if before else offset))
    layout, at = block.layout(), _qt(window, offset) - block.position()
    other = layout.previousCursorPosition(at) if before else layout.nextCursorPosition(at)
    a, b = sorted((at, other))
    return offsets.from_qt(block.position() + a), offsets.from_qt(block.position() + b)


def is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def inside(box: QRectF, fraction: float) -> QPoint:
    """A point `fraction` of the way across a glyph box, from its left, at mid-line."""
    return QPoint(round(box.left() + box.width() * fraction), round(box.center().y()))


def edge_points(window, text: str, start: int, end: int) -> tuple[QPoint, QPoint]:
    """Where a user presses and lets go to select [start, end): over the leading quarter of the
    first character's glyph and the trailing quarter of the last one's (leading is the left side
    in left-to-right text, the right side in right-to-left text)."""
    first = cluster_around(window, start)
    last = cluster_around(window, end, before=True)
    press = inside(glyph_box(window, *first), 0.75 if is_rtl(text[first[0]]) else 0.25)
    release = inside(glyph_box(window, *last), 0.25 if is_rtl(text[last[0]]) else 0.75)
    return press, release


def drag(qtbot, window, press: QPoint, release: QPoint) -> None:
    viewport = window.view.text_view.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=press)
    qtbot.mouseMove(viewport, (press + release) / 2)
    qtbot.mouseMove(viewport, release)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=release)


def click_code(qtbot, window) -> None:
    """Double-click the code in the codebook pane, as a user does after selecting a passage."""
    from accord.core.codebook import resolve_code

    tree = window.codebook.view
    index = window.codebook.model.index_of(resolve_code(window.session.db, CODE), 0)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(index).center())
    qtbot.mouseDClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(index).center())


def selected_text(window) -> str:
    return window.view.text_view.textCursor().selectedText().replace("\u2029", "\n")


def grapheme_edges(window) -> set[int]:
    """Code-point offsets at which Qt lets a cursor stand: the grapheme cluster boundaries."""
    view, offsets = window.view.text_view, window.view._state.offsets
    edges, block = set(), view.document().begin()
    while block.isValid():
        layout = block.layout()
        edges |= {offsets.from_qt(block.position() + i) for i in range(block.length())
                  if layout.isValidCursorPosition(i)}
        block = block.next()
    return edges


# -- what is shown ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", SOURCES)
def test_the_file_shows_as_its_normalised_text(project, open_window, name):
    """CRLF and lone CR each become one line break, NULs vanish, marks are composed where Unicode
    can, ZWJ sequences and flags survive; the view shows exactly the stored text, line for line."""
    source = SOURCES[name]
    assert source.shown == unicodedata.normalize("NFC", source.shown)
    window = open_window(project, name)
    stored = document_text(window.session.db, window.view.document_id)
    assert stored == source.shown
    document = window.view.text_view.document()
    assert document.toPlainText() == stored
    assert document.blockCount() == source.lines == stored.count("\n") + 1
    # Qt counts UTF-16 units: astral characters take two, and that is all that differs.
    assert document.characterCount() - 1 == OffsetMap(stored).to_qt(len(stored)) == len(stored.encode("utf-16-le")) // 2
    assert not {"\r", "\x00", "\u2028", "\u2029"} & set(stored)
    if name == "rtl_emoji":
        assert stored.count("\u200d") == 2 and FLAG in stored and THUMB in stored


# -- coding with the mouse -------------------------------------------------------------------
MOUSE_PASSAGES = [
    ("crlf", "anyone.\n\nInterviewer: And the café"),  # over a CRLF-ended line and a blank one
    ("lone_cr", "anyone.\n\nInterviewer: And the café"),
    ("nul", "ya: I went to the café every"),  # both edges where a NUL was
    ("nul", "Me too, with 😀"),
    ("combining", f"{X_ACUTE} and {Q_DOTS}"),  # starts and ends on a letter with marks
    ("combining", f"{Q_DOTS} on"),
    ("combining", "Ti\u1ebfng Vi\u1ec7t"),
    ("combining", f"{YORUBA_O}r{YORUBA_O}"),
    ("combining", SHALOM),  # a pointed Hebrew word: its edges are where the RTL run meets the LTR text
    ("combining", f"{MARHABA} means"),
    ("rtl_emoji", QALAT),  # an Arabic run with digits inside
    ("rtl_emoji", "123 \u0645\u0631\u0629 at 10:30"),
    ("rtl_emoji", "at 10:30 \u2014 \u05e9\u05dc\u05d5\u05dd 2024 world"),
    ("rtl_emoji", f"{FAMILY} and flag {FLAG}"),
    ("rtl_emoji", f"{FLAG} and {THUMB}"),
    ("rtl_emoji", "\u0633\u0644\u0627\u0645 first"),  # in a right-to-left paragraph
]


@pytest.mark.parametrize("name,passage", MOUSE_PASSAGES)
def test_a_passage_dragged_over_and_coded_reads_back_exactly(qtbot, project, open_window, name, passage):
    """A user drags from the first character of a passage to its last and clicks the code:
    `accord codings --json` gives the passage's code-point offsets and exactly its text."""
    window = open_window(project, name)
    text = SOURCES[name].shown
    start = text.index(passage)
    end = start + len(passage)
    drag(qtbot, window, *edge_points(window, text, start, end))
    assert window.view.selection_span() == (start, end)
    assert selected_text(window) == passage
    click_code(qtbot, window)
    [row] = codings(project)
    assert (row["doc"], row["start"], row["end"], row["text"]) == (name, start, end, passage)


CLUSTERS = [
    ("combining", X_ACUTE),
    ("combining", Q_DOTS),
    ("combining", YORUBA_O),
    ("combining", SHIN),  # right to left: its left side is its logical end
    ("combining", VAV_HOLAM),
    ("combining", RA_SUKUN),
    ("combining", HA_FATHA),
    ("rtl_emoji", FAMILY),
    ("rtl_emoji", FLAG),
    ("rtl_emoji", THUMB),
]


@pytest.mark.parametrize("fraction", [0.25, 0.75])
@pytest.mark.parametrize("name,cluster", CLUSTERS)
def test_dragging_into_a_cluster_stops_at_its_nearer_edge(qtbot, project, open_window, name, cluster, fraction):
    """Letting go over a letter with combining marks (or an emoji sequence) ends the selection
    at the edge of the whole cluster nearer the pointer; the coding never splits it."""
    window = open_window(project, name)
    text = SOURCES[name].shown
    first = text.index(cluster)
    last = first + len(cluster)
    line_start = text.rfind("\n", 0, first) + 1
    press = inside(glyph_box(window, *cluster_around(window, line_start)), 0.25)
    drag(qtbot, window, press, inside(glyph_box(window, first, last), fraction))
    # The visual right of a right-to-left cluster is its logical start.
    expected = last if (fraction > 0.5) != is_rtl(cluster[0]) else first
    assert window.view.selection_span() == (line_start, expected)
    window.view.text_view.setFocus()
    QTest.keyClick(window.view.text_view, Qt.Key_1)  # the code's quick key
    [row] = codings(project)
    start, end = trim_span(text, line_start, expected)  # the space before the cluster is not coded
    assert (row["start"], row["end"], row["text"]) == (start, end, text[start:end])
    assert {row["start"], row["end"]} <= grapheme_edges(window)


# -- codings made elsewhere ------------------------------------------------------------------
CLI_PASSAGES = [
    ("crlf", "anyone.\n\nInterviewer"),
    ("nul", "Me too, with 😀 and 漢字"),
    ("combining", f"{X_ACUTE} and {Q_DOTS}"),
    ("combining", f"{YORUBA_O}r{YORUBA_O}"),
    ("combining", SHALOM),
    ("combining", f"{MARHABA} means"),
    ("rtl_emoji", QALAT),
    ("rtl_emoji", f"{FAMILY} and flag {FLAG}"),
]


@pytest.mark.parametrize("name,passage", CLI_PASSAGES)
def test_a_cli_coding_is_highlighted_over_exactly_its_characters(qtbot, project, open_window, name, passage):
    """A coding made with `accord code apply --start --end` is painted behind exactly its
    characters: no more, no less, in right-to-left runs and around marks and emoji too."""
    text = SOURCES[name].shown
    start = text.index(passage)
    end = start + len(passage)
    made = accord("code", "apply", project, "--doc", name, "--code", CODE, "--start", start, "--end", end)
    assert made["text"] == passage
    window = open_window(project, name)
    view = window.view.text_view
    [mark] = list(window.view.index)
    assert window.view._state.offsets.span_from_qt(mark.qstart, mark.qend) == (start, end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(mark.qstart)
    cursor.setPosition(mark.qend, QTextCursor.KeepAnchor)
    assert cursor.selectedText().replace("\u2029", "\n") == passage

    # Sweep every line: a point is painted exactly when the character under it is coded.
    shown = view.shown_blocks()
    rects = view.span_rects(shown, mark.qstart, mark.qend)
    assert rects
    checked = 0
    for sb in shown:
        for i in range(sb.layout.lineCount()):
            line = sb.layout.lineAt(i)
            if not line.textLength():
                continue
            y = sb.y + line.y() + line.height() / 2
            right = int(line.naturalTextRect().right())
            for x in range(int(line.naturalTextRect().left()) + 2, right - 2):
                under = {sb.position + line.xToCursor(x + d, QTextLine.CursorOnCharacter) for d in (-2, 0, 2)}
                near_rect_edge = any(abs(sb.x + x - r.left()) <= 2 or abs(sb.x + x - r.right()) <= 2 for r in rects)
                if len(under) > 1 or near_rect_edge:
                    continue  # too close to a glyph's or a highlight's edge to say
                painted = any(r.contains(sb.x + x, y) for r in rects)
                assert painted == (mark.qstart <= under.pop() < mark.qend), (x, y)
                checked += 1
    assert checked > 50

    # And the paint is really there, behind the text.
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    base = view.viewport().palette().color(view.viewport().backgroundRole())
    for rect in rects:
        assert image.pixelColor(int(rect.center().x()), int(rect.top()) + 1) != base


# -- keyboard ----------------------------------------------------------------------------
@pytest.mark.parametrize("name,coded,wider", [
    ("combining", " and ", f"{X_ACUTE} and {Q_DOTS}"),
    ("rtl_emoji", " and flag ", f"{FAMILY} and flag {FLAG}"),
])
def test_keyboard_resizing_steps_over_whole_clusters(qtbot, project, open_window, name, coded, wider):
    """Alt+Ctrl+Left and Alt+Shift+Right move a coding's ends by whole letters-with-marks or emoji,
    never leaving a mark or half an emoji sequence outside the coding."""
    text = SOURCES[name].shown
    start = text.index(wider) + wider.index(coded)
    made = accord("code", "apply", project, "--doc", name, "--code", CODE,
                  "--start", start, "--end", start + len(coded))
    assert made["text"] == coded
    window = open_window(project, name)
    [mark] = list(window.view.index)
    window.view.select_coding(mark.id)
    view = window.view.text_view
    QTest.keyClick(view, Qt.Key_Left, Qt.AltModifier | Qt.ControlModifier)
    QTest.keyClick(view, Qt.Key_Right, Qt.AltModifier | Qt.ShiftModifier)
    [row] = codings(project)
    assert (row["start"], row["end"], row["text"]) == (text.index(wider), text.index(wider) + len(wider), wider)
    QTest.keyClick(view, Qt.Key_Left, Qt.AltModifier | Qt.ShiftModifier)
    QTest.keyClick(view, Qt.Key_Right, Qt.AltModifier | Qt.ControlModifier)
    [row] = codings(project)
    assert row["text"] == coded


# -- a look at it ----------------------------------------------------------------------------
def test_screenshot_of_marks_and_right_to_left_text(qtbot, project, open_window):
    """A picture of the combining-marks document with a few codings, for a person to look at."""
    text = SOURCES["combining"].shown
    for passage in (Q_DOTS, f"{YORUBA_O}r{YORUBA_O}", SHALOM, MARHABA):
        start = text.index(passage)
        accord("code", "apply", project, "--doc", "combining", "--code", CODE,
               "--start", start, "--end", start + len(passage))
    window = open_window(project, "combining")
    qtbot.wait(50)
    assert window.grab().save("/tmp/unicode_shot.png")


@pytest.mark.parametrize("word", [f"{YORUBA_O}r{YORUBA_O}", MARHABA])
def test_snap_to_words_takes_the_whole_word_with_its_marks(qtbot, project, open_window, word):
    """With "Snap selections to whole words" on, a drag inside a word with combining marks codes
    the whole word, marks included, and never a letter without its marks."""
    window = open_window(project, "combining")
    window.actions_by_id["snap"].trigger()
    text = SOURCES["combining"].shown
    start = text.index(word)
    middle = cluster_around(window, start + len(word) // 2)
    drag(qtbot, window, *edge_points(window, text, *middle))
    click_code(qtbot, window)
    [row] = codings(project)
    assert (row["start"], row["end"], row["text"]) == (start, start + len(word), word)
