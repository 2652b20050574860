"""Issue #19: the passages a suggestion can be (sentences, paragraphs, turns) have exact offsets."""

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.core.documents import TurnRecord
from accord.core.similar.units import document_units

TEXT = "Maya: I moved here in May. It rained! Did it?\n\nQ: Why here?\nJust because… I liked it."


def _texts(text, spans):
    return [text[s:e] for s, e in spans]


def test_sentences_end_at_punctuation_and_line_breaks_and_leave_labels_out():
    turns = [TurnRecord(0, 45, 6, "Maya"), TurnRecord(47, len(TEXT), 50, "Q")]
    assert _texts(TEXT, document_units(TEXT, turns, "sentence")) == [
        "I moved here in May.", "It rained!", "Did it?", "Why here?", "Just because…", "I liked it."]


def test_paragraphs_are_lines_and_turns_are_whole_turns():
    turns = [TurnRecord(0, 45, 6, "Maya"), TurnRecord(47, len(TEXT), 50, "Q")]
    assert _texts(TEXT, document_units(TEXT, turns, "paragraph")) == [
        "I moved here in May. It rained! Did it?", "Why here?", "Just because… I liked it."]
    assert _texts(TEXT, document_units(TEXT, turns, "turn")) == [
        "I moved here in May. It rained! Did it?", "Why here?\nJust because… I liked it."]


def test_without_turns_a_turn_unit_is_a_paragraph_and_emoji_keep_code_point_offsets():
    text = "🙂 First line here.\n---\nSecond 🏠 line."
    spans = document_units(text, [], "turn")
    assert _texts(text, spans) == ["🙂 First line here.", "Second 🏠 line."]  # "---" has no word
    assert spans[1] == (text.index("Second"), len(text))


_alphabet = st.sampled_from(list("ab .!?…\n:é🙂") + ["Q: "])


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_alphabet, max_size=60), cuts=st.lists(st.integers(0, 60), max_size=4),
       kind=st.sampled_from(["sentence", "paragraph", "turn"]))
def test_units_are_ordered_trimmed_inside_the_text_and_outside_labels(pieces, cuts, kind):
    text = "".join(pieces)
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]  # a turn starts a line
    bounds = sorted({line_starts[c % len(line_starts)] for c in cuts} | {len(text)})
    def label_end(start, end):  # a label is on the turn's first line
        line_end = text.find("\n", start, end)
        return min(start + 2, end if line_end < 0 else line_end)

    turns = [TurnRecord(s, e, label_end(s, e), "Q") for s, e in zip(bounds, bounds[1:]) if s < e]
    spans = document_units(text, turns, kind)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        unit = text[start:end]
        assert unit == unit.strip() and any(ch.isalnum() for ch in unit)
        assert not any(t.start <= start < t.label_end for t in turns)
        previous_end = end
