"""Issue #19: a coding accepted from the Similar passages dock records that it came from a suggestion;
one coded by hand from the same window does not."""

from PySide6.QtCore import Qt

from accord.core import codebook
from accord.core.codings import segments


def _by_span(window, code):
    return {(s.document_id, s.start, s.end): s.origin
            for s in segments(window.session.db, code=code, coder=window.session.coder_id)}


def test_accepting_a_suggestion_stores_origin_suggestion_and_hand_coding_stores_none(window, qtbot):
    support = codebook.resolve_code(window.session.db, "Support")
    window.codebook.select_code(support)
    window.actions_by_id["find_similar"].trigger()
    qtbot.waitUntil(lambda: "finding" not in window.similar.title.text(), timeout=10_000)
    panel = window.similar
    assert panel.model.rows, panel.title.text()
    unit = panel.current().unit
    before = _by_span(window, "Support")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key_Return)
    after = _by_span(window, "Support")
    assert after[(unit.document_id, unit.start, unit.end)] == "suggestion"
    assert {span: origin for span, origin in after.items() if span in before} == before  # the others unchanged

    # Coding a selection by hand (elsewhere, not touching any Support coding) records no origin.
    taken = sorted(after)
    document = window.view.document_id
    spans = [(s, e) for d, s, e in taken if d == document]
    start = next(s for s in range(0, len(window.view.text) - 20, 10)
                 if all(e <= s or s + 10 <= b for b, e in spans) and window.view.text[s:s + 10].strip())
    assert window.coding.apply_span(support, document, start, start + 10)
    hand = {span: origin for span, origin in _by_span(window, "Support").items() if span not in after}
    assert list(hand.values()) == [""]
