"""The one conversion between core code points and Qt's UTF-16 positions."""

from hypothesis import given
from hypothesis import strategies as st

from accord.gui.text.offsets import OffsetMap

# Mostly BMP with a good share of astral characters (emoji, historic scripts, CJK extension B).
TEXT = st.text(
    alphabet=st.one_of(st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)),
                       st.characters(min_codepoint=0x10000, max_codepoint=0x2FFFF)),
    max_size=60,
)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(TEXT, st.data())
def test_to_qt_counts_utf16_units_before_the_offset(text, data):
    offsets = OffsetMap(text)
    offset = data.draw(st.integers(0, len(text)))
    assert offsets.to_qt(offset) == utf16_length(text[:offset])


@given(TEXT)
def test_round_trip_at_every_character_boundary(text):
    offsets = OffsetMap(text)
    for offset in range(len(text) + 1):
        assert offsets.from_qt(offsets.to_qt(offset)) == offset


@given(TEXT)
def test_position_inside_a_surrogate_pair_rounds_down_to_the_character(text):
    offsets = OffsetMap(text)
    for index, ch in enumerate(text):
        if ord(ch) > 0xFFFF:
            assert offsets.from_qt(offsets.to_qt(index) + 1) == index


def test_known_example_with_emoji_family_and_cjk():
    text = "a😀b👩‍👩‍👧c𠀋d"
    offsets = OffsetMap(text)
    start, end = text.index("👩"), text.index("c") + 1
    qt_start, qt_end = offsets.span_to_qt(start, end)
    assert text.encode("utf-16-le")[qt_start * 2:qt_end * 2].decode("utf-16-le") == text[start:end]
    assert offsets.span_from_qt(qt_start, qt_end) == (start, end)


@given(TEXT, st.data())
def test_many_to_qt_agrees_with_to_qt(text, data):
    import numpy as np

    offsets = OffsetMap(text)
    points = data.draw(st.lists(st.integers(0, len(text)), max_size=20))
    assert offsets.many_to_qt(np.asarray(points, dtype=np.int64)).tolist() == [offsets.to_qt(p) for p in points]


@given(st.text(alphabet="ab😀\n漢", min_size=1, max_size=40), st.data())
def test_index_reset_places_codings_as_one_by_one_insertion_does(text, data):
    """CodingIndex.reset converts positions as arrays; each mark must match Mark's own conversion."""
    import re

    from accord.core.codings import Coding
    from accord.gui.text.index import CodingIndex, Mark

    offsets = OffsetMap(text)
    block_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=12))
    codings = [Coding(i + 1, 1, 1, 1, min(a, b), max(a, b)) for i, (a, b) in enumerate(spans)]
    index = CodingIndex(offsets, block_starts)
    index.reset(codings)
    for coding in codings:
        mark, expected = index.get(coding.id), Mark(coding, offsets, block_starts)
        assert (mark.qstart, mark.qend, mark.first_block, mark.last_block) == (
            expected.qstart, expected.qend, expected.first_block, expected.last_block)
