import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QTextCursor, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

from accord.core.codebook import create_code, recolour_code  # noqa: E402
from accord.core.coders import add_coder  # noqa: E402
from accord.core.codings import apply_code, get_coding, remove_coding  # noqa: E402
from accord.core.documents import TurnRecord, add_document, delete_document  # noqa: E402
from accord.core.project import Project  # noqa: E402
from accord.core.turns import detect_turns  # noqa: E402
from accord.gui.text import view as text_view  # noqa: E402
from accord.gui.session import Session  # noqa: E402
from accord.gui.text.pane import SPAN_MIME, DocumentView  # noqa: E402

ASTRAL = (
    "Intro 😀 line with 漢字 and 👩‍👩‍👧 family.\n"
    "مرحبا بالعالم 😀 سلام عليكم\n"
    "More 😀😀 text 𝒳𝒴 here 漢字漢字 end of the 👩‍👩‍👧 story."
)

INTERVIEW = """Interviewer: How did the first winter in the new town go for you?

Maya: Honestly, it was harder than I expected. The flat was cold, and I didn't know anyone on the street. I'd ring my sister on a Sunday and pretend it was all great 😀, because I'd made such a big deal about leaving.

Interviewer: Did the community centre help at all?

Maya: Eventually, yes. A neighbour dragged me to the Thursday café and I met people who had moved here the same year. Money was tight the whole time — the heating bills were a shock, I won't lie.

Interviewer: Would you do it again?

Maya: I think so. It felt like starting over, but in a good way, mostly. 漢字 and مرحبا were on the welcome sign."""


class Fixture:
    def __init__(self, qtbot, text: str, *, turns: bool = False, size=(900, 600)):
        self.project = Project.in_memory()
        db = self.project.db
        with self.project.command("setup"):
            self.ana = add_coder(db, "Ana").id
            self.ben = add_coder(db, "Ben").id
            records = [TurnRecord(t.start, t.end, t.label_end, t.speaker) for t in detect_turns(text)] if turns else []
            self.doc = add_document(db, "Interview", text, turns=records).id
        self.text = text
        self.coding_ids: list[int] = []
        self.session = Session(self.project)
        self.pane = DocumentView(self.session)
        self.pane.resize(*size)
        qtbot.addWidget(self.pane)
        self.pane.show()
        qtbot.waitExposed(self.pane)
        self.view = self.pane.text_view

    def code(self, name: str, color: str | None = None) -> int:
        with self.project.command("code"):
            return create_code(self.project.db, name, color=color).id

    def coding(self, code: int, quote: str, coder: int | None = None, occurrence: int = 1, memo: str = "") -> int:
        start = -1
        for _ in range(occurrence):
            start = self.text.index(quote, start + 1)
        with self.project.command("coding"):
            coding = apply_code(self.project.db, self.doc, code, coder or self.ana, start, start + len(quote), memo)
        self.coding_ids.append(coding.id)
        return coding.id

    def qt(self, offset: int) -> int:
        return self.pane._state.offsets.to_qt(offset)

    def point(self, offset: int) -> QPoint:
        """A viewport point just right of the caret before `offset` (code points)."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.qt(offset))
        rect = self.view.cursorRect(cursor)
        return QPoint(rect.left() + 1, rect.center().y())


def _selected_text(view) -> str:
    return view.textCursor().selectedText().replace("\u2029", "\n")


def test_mouse_selection_reports_code_points_in_astral_text(qtbot):
    f = Fixture(qtbot, ASTRAL)
    f.pane.show_document(f.doc)
    spans = []
    f.pane.selectionChanged.connect(lambda s, e: spans.append((s, e)))
    cases = [
        (ASTRAL.index("line"), ASTRAL.index("family")),  # across 😀 漢字 and a ZWJ family
        (ASTRAL.index("More"), ASTRAL.index("here")),  # across 😀😀 and mathematical letters
        (ASTRAL.index("漢字 and"), ASTRAL.index("story")),  # across three lines and Arabic
    ]
    viewport = f.view.viewport()
    for start, end in cases:
        qtbot.mousePress(viewport, Qt.LeftButton, pos=f.point(start))
        qtbot.mouseMove(viewport, f.point((start + end) // 2))
        qtbot.mouseMove(viewport, f.point(end))
        qtbot.mouseRelease(viewport, Qt.LeftButton, pos=f.point(end))
        assert f.pane.selection_span() == (start, end)
        assert spans[-1] == (start, end)
        assert ASTRAL[start:end] == _selected_text(f.view)
    # Nothing selected: start == end, at the cursor.
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=f.point(ASTRAL.index("text")))
    assert f.pane.selection_span() is None
    assert spans[-1] == (ASTRAL.index("text"), ASTRAL.index("text"))


def test_select_span_within_right_to_left_text(qtbot):
    f = Fixture(qtbot, ASTRAL)
    f.pane.show_document(f.doc)
    start = ASTRAL.index("بالعالم")
    f.pane.select_span(start, start + 7)
    assert _selected_text(f.view) == "بالعالم"
    assert f.pane.selection_span() == (start, start + 7)


def test_highlights_and_stripes_are_painted_where_the_codings_are(qtbot, tmp_path):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    housing = f.code("Housing", "#9c755f")
    loneliness = f.code("Loneliness", "#76b7b2")
    family = f.code("Family", "#edc948")
    support = f.code("Support", "#f28e2b")
    money = f.code("Money", "#ff9da7")
    f.coding(housing, "The flat was cold")
    f.coding(loneliness, "I didn't know anyone on the street.", memo="Isolation in the first weeks")
    f.coding(loneliness, "and I didn't know anyone on the street. I'd ring", coder=f.ben)
    f.coding(family, "my sister on a Sunday")
    f.coding(support, "pretend it was all great 😀, because I'd made such a big deal")
    f.coding(support, "A neighbour dragged me to the Thursday café and I met people who had moved here")
    community = f.code("Community", "#59a14f")
    f.coding(community, "I met people who had moved here the same year.")
    f.coding(money, "Money was tight the whole time — the heating bills were a shock")
    f.coding(support, "漢字 and مرحبا were on the welcome sign")
    f.pane.show_document(f.doc)
    f.view.set_margin_width(230)
    f.pane.select_coding(f.coding_ids[-1])
    QApplication.processEvents()
    grab = f.pane.grab()
    grab.save(str(tmp_path / "text_pane.png"))
    if os.environ.get("ACCORD_SCREENSHOTS"):
        grab.save(os.path.join(os.environ["ACCORD_SCREENSHOTS"], "text_pane.png"))

    image = f.view.viewport().grab().toImage()
    base = f.view.viewport().palette().color(f.view.viewport().backgroundRole())
    shown = f.view.shown_blocks()
    start = INTERVIEW.index("The flat was cold")
    rects = f.view.span_rects(shown, f.qt(start), f.qt(start + len("The flat was cold")))
    assert len(rects) == 1
    # Sample background pixels between the letters of the coded passage: tinted, not the base.
    tinted = [image.pixelColor(int(x), int(rects[0].top()) + 1) for x in range(int(rects[0].left()) + 1, int(rects[0].right()))]
    assert all(c != base for c in tinted)
    plain = f.view.span_rects(shown, f.qt(INTERVIEW.index("Honestly")), f.qt(INTERVIEW.index(", it was")))[0]
    untinted = [image.pixelColor(int(x), int(plain.top()) + 1) for x in range(int(plain.left()) + 1, int(plain.right()))]
    assert untinted.count(base) > len(untinted) * 0.8  # uncoded text: the plain background

    stripes = {s.mark.id: s for s in f.pane.stripe_margin.stripes()}
    assert len(stripes) == len(f.pane.index) == 9
    for stripe in stripes.values():
        qstart, qend = stripe.mark.qstart, stripe.mark.qend
        top = f.view.span_rects(shown, qstart, qend)[0].top()
        bottom = f.view.span_rects(shown, qstart, qend)[-1].bottom()
        assert abs(stripe.bar.top() - top) <= 2 and abs(stripe.bar.bottom() - bottom) <= 2
    # Codings that overlap on screen never share a column.
    bars = list(stripes.values())
    for a in bars:
        for b in bars:
            if a is not b and a.bar.top() < b.bar.bottom() and b.bar.top() < a.bar.bottom():
                assert a.bar.left() != b.bar.left()
    margin = f.pane.stripe_margin.grab().toImage()
    housing_stripe = next(s for s in bars if s.mark.code_id == housing)
    assert margin.pixelColor(housing_stripe.bar.center().toPoint()) == QColor("#9c755f")
    assert housing_stripe.label is not None and housing_stripe.text == "Housing"


def test_clicking_a_stripe_selects_its_coding(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    code = f.code("Loneliness")
    coding = f.coding(code, "I didn't know anyone on the street.")
    f.pane.show_document(f.doc)
    stripe = next(s for s in f.pane.stripe_margin.stripes() if s.mark.id == coding)
    with qtbot.waitSignal(f.pane.codingClicked) as clicked:
        qtbot.mouseClick(f.pane.stripe_margin, Qt.LeftButton, pos=stripe.bar.center().toPoint())
    assert clicked.args == [coding]
    start = INTERVIEW.index("I didn't know")
    assert f.pane.selection_span() == (start, start + len("I didn't know anyone on the street."))
    assert f.pane.selected_coding_id == coding
    assert set(f.view.handle_rects()) == {"start", "end"}
    # A plain click in the text lets go of the coding.
    qtbot.mouseClick(f.view.viewport(), Qt.LeftButton, pos=f.point(5))
    assert f.pane.selected_coding_id is None


def test_dragging_the_end_handle_resizes_the_coding(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    code = f.code("Housing")
    coding = f.coding(code, "The flat was cold")
    f.pane.show_document(f.doc)
    f.pane.select_coding(coding)
    handle = f.view.handle_rects()["end"].center().toPoint()
    target = INTERVIEW.index("and I didn't know") + len("and I")
    viewport = f.view.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=handle)
    qtbot.mouseMove(viewport, f.point(target - 3))
    assert f.pane._state.preview[2] == target - 3  # previewed, not yet written
    qtbot.mouseMove(viewport, f.point(target))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=f.point(target))
    resized = get_coding(f.project.db, coding)
    assert (resized.start, resized.end) == (INTERVIEW.index("The flat"), target)
    assert f.session.undo_label == "Resize coding"
    assert f.pane.selection_span() == (resized.start, resized.end)
    assert f.pane.selected_coding_id == coding


def test_keyboard_moves_the_ends_of_the_selected_coding(qtbot):
    f = Fixture(qtbot, ASTRAL)
    code = f.code("Emoji")
    quote = "😀😀 text 𝒳𝒴"
    coding = f.coding(code, quote)
    f.pane.show_document(f.doc)
    start = ASTRAL.index(quote)
    f.pane.select_coding(coding)
    qtbot.keyClick(f.view, Qt.Key_Right, Qt.AltModifier | Qt.ShiftModifier)
    qtbot.keyClick(f.view, Qt.Key_Right, Qt.AltModifier | Qt.ShiftModifier)
    qtbot.keyClick(f.view, Qt.Key_Left, Qt.AltModifier | Qt.ControlModifier)
    c = get_coding(f.project.db, coding)
    assert (c.start, c.end) == (start - 1, start + len(quote) + 2)
    assert _selected_text(f.view) == ASTRAL[c.start:c.end] == " 😀😀 text 𝒳𝒴 h"
    qtbot.keyClick(f.view, Qt.Key_Right, Qt.AltModifier | Qt.ControlModifier)
    qtbot.keyClick(f.view, Qt.Key_Left, Qt.AltModifier | Qt.ShiftModifier)
    c = get_coding(f.project.db, coding)
    assert ASTRAL[c.start:c.end] == "😀😀 text 𝒳𝒴 "


def test_codings_update_without_rebuilding_the_text(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    code = f.code("Money")
    f.pane.show_document(f.doc)
    document = f.view.document()
    revision, index = document.revision(), f.pane.index
    start = INTERVIEW.index("Money was tight")
    coding = f.session.run("Apply code", apply_code, f.doc, code, f.ana, start, start + 15)
    assert f.pane.coding_at(start) == [coding.id]
    assert f.pane.coding_at(start + 15) == []
    f.session.run("Resize coding", lambda db: apply_code(db, f.doc, code, f.ana, start + 10, start + 30))
    assert f.pane.coding_at(start + 29) == [coding.id]  # merged into the same coding
    f.session.run("Remove coding", remove_coding, coding.id)
    assert f.pane.coding_at(start) == []
    f.session.undo()
    assert f.pane.coding_at(start + 29) == [coding.id]
    with f.project.command("Recolour"):
        recolour_code(f.project.db, code, "#123456")
    assert f.pane._state.codes[code].color == "#123456"
    assert f.view.document() is document and document.revision() == revision
    assert f.pane.index is index


def test_speaker_filter_hides_the_other_turns(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    f.pane.show_document(f.doc)
    f.pane.set_speaker_filter("Maya")
    document = f.view.document()
    shown = [b.block.text() for b in f.view.shown_blocks() if b.block.text()]
    assert shown and all(text.startswith("Maya:") for text in shown)
    block = document.begin()
    while block.isValid():
        if block.text().startswith("Interviewer:"):
            assert not block.isVisible()
        block = block.next()
    # Offsets still address the whole text.
    start = INTERVIEW.index("Eventually")
    f.pane.select_span(start, start + 10)
    assert _selected_text(f.view) == "Eventually"
    assert not f.pane.find_text("community centre")  # only in a hidden turn
    assert f.pane.find_text("thursday café")
    f.pane.set_speaker_filter(None)
    block = document.begin()
    while block.isValid():
        assert block.isVisible()
        block = block.next()
    assert f.view.shown_blocks()[0].block.text().startswith("Interviewer:")


def test_turn_labels_are_set_off(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    f.pane.show_document(f.doc)
    block = f.view.document().begin()
    formats = block.layout().formats()
    assert len(formats) == 1 and formats[0].start == 0 and formats[0].length == len("Interviewer: ")
    assert formats[0].format.fontWeight() > 500
    # Layout formats survive hiding blocks and zooming (they are not part of the text).
    f.pane.set_speaker_filter("Maya")
    f.pane.zoom_in()
    f.pane.set_speaker_filter(None)
    QApplication.processEvents()
    formats = f.view.document().begin().layout().formats()
    assert len(formats) == 1 and formats[0].length == len("Interviewer: ")
    maya = f.view.document().findBlock(INTERVIEW.index("Maya:"))
    assert maya.layout().formats()[0].length == len("Maya: ")


def test_visible_coders_filter(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    code = f.code("Support")
    a = f.coding(code, "A neighbour dragged me")
    b = f.coding(code, "A neighbour dragged me to the Thursday café", coder=f.ben)
    f.pane.show_document(f.doc)
    offset = INTERVIEW.index("neighbour")
    assert sorted(f.pane.coding_at(offset)) == sorted([a, b])
    f.session.set_visible_coders(frozenset({f.ben}))
    assert f.pane.coding_at(offset) == [b]
    # A new coding of a hidden coder stays hidden.
    f.session.run("Apply", apply_code, f.doc, code, f.ana, 0, 5)
    assert f.pane.coding_at(1) == []
    f.session.set_visible_coders(None)
    assert len(f.pane.coding_at(1)) == 1 and len(f.pane.coding_at(offset)) == 2


def test_dragging_the_selection_out_carries_the_span(qtbot, monkeypatch):
    started = []

    class FakeDrag:
        def __init__(self, source):
            self.source = source

        def setMimeData(self, mime):
            self.mime = mime

        def setPixmap(self, pixmap):
            self.pixmap = pixmap

        def exec(self, actions):
            started.append((bytes(self.mime.data(SPAN_MIME)).decode(), self.mime.text()))
            return Qt.CopyAction

    monkeypatch.setattr(text_view, "QDrag", FakeDrag)
    f = Fixture(qtbot, ASTRAL)
    f.pane.show_document(f.doc)
    start, end = ASTRAL.index("漢字 and"), ASTRAL.index(" family")
    f.pane.select_span(start, end)
    viewport = f.view.viewport()
    inside = f.point(start + 2)
    qtbot.mousePress(viewport, Qt.LeftButton, pos=inside)
    qtbot.mouseMove(viewport, inside + QPoint(QApplication.startDragDistance() + 5, 8))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=inside + QPoint(QApplication.startDragDistance() + 5, 8))
    assert len(started) == 1
    payload, text = started[0]
    assert json.loads(payload) == {"document_id": f.doc, "start": start, "end": end}
    assert text == ASTRAL[start:end]
    assert f.pane.selection_span() == (start, end)  # dragging leaves the selection alone
    # A click inside the selection (no drag) just places the cursor, as in any editor.
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=inside)
    assert f.pane.selection_span() is None and len(started) == 1


def test_snap_to_words(qtbot):
    f = Fixture(qtbot, INTERVIEW)
    f.pane.show_document(f.doc)
    start = INTERVIEW.index("harder than")
    f.pane.select_span(start + 2, start + 9)  # "rder th"
    assert f.pane.selection_span() == (start + 2, start + 9)
    f.pane.snap_to_words = True
    assert f.pane.selection_span() == (start, start + len("harder than"))
    quote = INTERVIEW.index("didn't know")
    f.pane.select_span(quote + 1, quote + 4)
    assert INTERVIEW.__getitem__(slice(*f.pane.selection_span())) == "didn't"


def test_context_menu_and_tooltip_name_the_coding(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    code = f.code("Housing")
    coding = f.coding(code, "The flat was cold", memo="cold flat")
    f.pane.show_document(f.doc)
    viewport = f.view.viewport()
    pos = f.point(INTERVIEW.index("flat was") + 1)
    with qtbot.waitSignal(f.pane.codingContextRequested) as requested:
        QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, pos, viewport.mapToGlobal(pos)))
    assert requested.args[0] == coding
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert "Housing" in QToolTip.text() and "cold flat" in QToolTip.text() and "Ana" in QToolTip.text()
    QToolTip.hideText()


def test_stripe_margin_hover_tooltip_menu_and_width(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    code = f.code("Money", "#e15759")
    coding = f.coding(code, "Money was tight the whole time", coder=f.ben, memo="bills")
    f.pane.show_document(f.doc)
    margin = f.pane.stripe_margin
    stripe = margin.stripes()[0]
    point = stripe.bar.center().toPoint()
    qtbot.mouseMove(margin, point)
    assert f.pane._state.hover_id == coding  # the passage is emphasised in the text as well
    QApplication.sendEvent(margin, QHelpEvent(QEvent.ToolTip, point, margin.mapToGlobal(point)))
    assert "Money" in QToolTip.text() and "Ben" in QToolTip.text() and "bills" in QToolTip.text()
    QToolTip.hideText()
    with qtbot.waitSignal(f.pane.codingContextRequested) as requested:
        qtbot.mouseClick(margin, Qt.RightButton, pos=point)
    assert requested.args[0] == coding
    assert f.pane.selected_coding_id is None  # a right-click does not select
    width = margin.width()
    qtbot.mousePress(margin, Qt.LeftButton, pos=QPoint(1, 100))
    qtbot.mouseMove(margin, QPoint(-39, 100))
    qtbot.mouseRelease(margin, Qt.LeftButton, pos=QPoint(-39, 100))
    assert margin.width() == width + 40
    assert margin.geometry().left() == f.view.viewport().geometry().right() + 1


def test_deleting_the_shown_document_clears_the_pane(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    f.pane.show_document(f.doc)
    f.session.run("Delete document", delete_document, f.doc)
    assert f.pane.document_id is None and f.view.document().isEmpty()


def test_find_zoom_and_coding_at(qtbot):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    f.pane.show_document(f.doc)
    assert f.pane.find_text("MAYA")
    first = f.pane.selection_span()
    assert INTERVIEW[first[0]:first[1]] == "Maya"
    assert f.pane.find_text("maya")
    assert f.pane.selection_span()[0] > first[0]
    for _ in range(INTERVIEW.count("Maya") - 1):
        f.pane.find_text("maya")
    assert f.pane.selection_span() == first  # wrapped around
    assert f.pane.find_text("maya", forward=False)
    assert f.pane.selection_span()[0] > first[0]
    assert not f.pane.find_text("no such words")
    size = f.view.font().pointSizeF()
    line_height = f.view.cursorRect().height()
    f.pane.zoom_in()
    assert f.view.font().pointSizeF() > size
    assert f.view.cursorRect().height() > line_height  # the text itself grew
    f.pane.zoom_out()
    f.pane.zoom_out()
    assert f.view.font().pointSizeF() < size
    f.pane.reset_zoom()
    assert f.view.font().pointSizeF() == size
    assert f.pane.coding_at(0) == [] and f.pane.coding_at(10**6) == []
    f.pane.show_document(None)
    assert f.pane.document_id is None and f.view.document().isEmpty()


def test_void_method_loop_survives():
    # PySide6 6.12.0 on CPython 3.11 aborted ("none_dealloc") after a few thousand
    # calls of a void method; pyproject pins PySide6 < 6.12 there.
    document = QTextDocument("x" * 100)
    cursor = QTextCursor(document)
    for i in range(20_000):
        cursor.setPosition(i % 100)
    assert cursor.position() == 19_999 % 100


@pytest.mark.parametrize("dark", [False, True])
def test_colours_follow_the_palette(qtbot, dark):
    f = Fixture(qtbot, INTERVIEW, turns=True)
    if dark:
        palette = f.pane.palette()
        palette.setColor(palette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(palette.ColorRole.Text, QColor("#e0e0e0"))
        f.pane.setPalette(palette)
    f.coding(f.code("Housing", "#9c755f"), "The flat was cold")
    f.pane.show_document(f.doc)
    formats = f.view.document().begin().layout().formats()
    label = formats[0].format.foreground().color()
    base = f.view.palette().color(f.view.palette().ColorRole.Base)
    assert abs(label.lightness() - base.lightness()) > 60  # readable on the background


def test_a_very_long_document_opens_under_a_busy_cursor(qtbot, monkeypatch):
    from accord.gui.text import pane as text_pane

    f = Fixture(qtbot, ASTRAL)
    cursors = []
    real = QApplication.setOverrideCursor
    monkeypatch.setattr(QApplication, "setOverrideCursor",
                        staticmethod(lambda cursor: (cursors.append(cursor), real(cursor))))
    f.pane.show_document(f.doc)
    assert cursors == []  # a short document opens at once
    monkeypatch.setattr(text_pane, "LARGE_DOCUMENT", len(ASTRAL) - 1)
    f.pane.show_document(f.doc)
    assert cursors == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None  # and it is gone once the text shows
    assert f.view.toPlainText().startswith(ASTRAL[:20])
