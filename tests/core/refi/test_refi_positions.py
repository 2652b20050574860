"""Positions: units (code points, UTF-16, CR LF as one), normalisation offsets, and guessing the unit."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.core.normalise import normalise_text
from accord.core.refi import positions
from accord.core.refi.positions import (
    CODE_POINTS, CRLF_AS_ONE, UTF16, UTF16_CRLF_AS_ONE, Selection, SourceText, UnitMap, choose_unit, prior_unit,
)
from refi_helpers import utf16_units

RAW = "Héllo 😀 wörld\r\nSecond 🎉🎉 line\r\n𝔘𝔫𝔦 end"


def test_code_points_are_the_identity():
    mapper = UnitMap(RAW, CODE_POINTS)
    assert mapper.to_raw(0, end=False).index == 0
    assert mapper.to_raw(len(RAW), end=True).index == len(RAW)
    assert mapper.to_raw(len(RAW) + 1, end=True) is None
    assert mapper.to_raw(-1, end=False) is None


@pytest.mark.parametrize("target", ["wörld", "Second", "🎉🎉 line", "𝔘𝔫𝔦 end", "😀"])
def test_utf16_positions_land_on_the_same_characters(target):
    start = RAW.index(target)
    end = start + len(target)
    mapper = UnitMap(RAW, UTF16)
    got_start = mapper.to_raw(utf16_units(RAW[:start]), end=False)
    got_end = mapper.to_raw(utf16_units(RAW[:end]), end=True)
    assert got_start.exact and got_end.exact
    assert RAW[got_start.index:got_end.index] == target


def test_a_utf16_position_inside_a_surrogate_pair_is_rounded_outwards():
    emoji = RAW.index("😀")
    inside = utf16_units(RAW[:emoji]) + 1
    mapper = UnitMap(RAW, UTF16)
    assert mapper.to_raw(inside, end=False) == positions.RawPosition(emoji, False)
    assert mapper.to_raw(inside, end=True) == positions.RawPosition(emoji + 1, False)


@pytest.mark.parametrize("target", ["Second", "line\r\n𝔘", "end"])
def test_crlf_counted_as_one(target):
    as_atlas = RAW.replace("\r\n", "\n")  # ATLAS.ti counts as if CR LF were one character
    start = as_atlas.index(target.replace("\r\n", "\n"))
    end = start + len(target.replace("\r\n", "\n"))
    mapper = UnitMap(RAW, CRLF_AS_ONE)
    got = RAW[mapper.to_raw(start, end=False).index:mapper.to_raw(end, end=True).index]
    assert got == target


def test_utf16_with_crlf_as_one():
    as_counted = RAW.replace("\r\n", "\n")
    start = utf16_units(as_counted[:as_counted.index("𝔘")])
    end = start + utf16_units("𝔘𝔫𝔦")
    mapper = UnitMap(RAW, UTF16_CRLF_AS_ONE)
    assert RAW[mapper.to_raw(start, end=False).index:mapper.to_raw(end, end=True).index] == "𝔘𝔫𝔦"


def test_source_text_maps_raw_offsets_through_normalisation():
    raw = "\ufeffA\r\nB\x07C e\u0301t\u00e9\r\nD"
    source = SourceText(raw)
    assert source.text == normalise_text(raw)[0] == "A\nBC ét\u00e9\nD"
    # a selection of "C e\u0301t" in the raw text ends up on "C ét"
    start, end = raw.index("C"), raw.index("t") + 1
    assert source.text[source.to_text(start, end=False):source.to_text(end, end=True)] == "C ét"
    # between CR and LF: a start goes to the line break, an end after it
    middle = raw.index("\r\n") + 1
    assert source.to_text(middle, end=False) == 1 and source.to_text(middle, end=True) == 2
    # between a letter and the accent NFC composes with it: rounded outwards
    accent = raw.index("\u0301")
    composed = source.text.index("é")
    assert source.to_text(accent, end=False) == composed
    assert source.to_text(accent, end=True) == composed + 1


def test_an_already_normal_text_maps_to_itself():
    source = SourceText("plain text 😀 here\n")
    assert all(source.to_text(i, end=e) == i for i in range(len(source.raw) + 1) for e in (False, True))


_PIECES = st.sampled_from([
    "a", "b", " ", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x00", "\x85", "\u2028", "\ufeff", "e\u0301", "\u0301",
    "\u00e9", "😀", "𝔘", "\u1100\u1161", "\u1161", "\u0b47\u0b3e", "\u212b", "Å", "\u0323\u0307",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_offsets_agree_with_accord_normalisation(pieces):
    raw = "".join(pieces)
    source = SourceText(raw)
    assert source.text == normalise_text(raw)[0]
    assert source.to_text(0, end=False) == 0
    assert source.to_text(len(raw), end=True) == len(source.text)
    previous = 0
    for index in range(len(raw) + 1):
        low, high = source.to_text(index, end=False), source.to_text(index, end=True)
        assert previous <= low <= high <= len(source.text)
        previous = low


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=20), st.lists(_PIECES, max_size=20), st.lists(_PIECES, max_size=20))
def test_a_span_between_plain_letters_keeps_its_text(before, inside, after):
    # Spaces around the span: nothing before or after can compose with its first or last letter.
    raw = "".join(before) + " x" + "".join(inside) + "y " + "".join(after)
    start, end = len("".join(before)) + 1, len(raw) - len("".join(after)) - 1
    source = SourceText(raw)
    covered = source.text[source.to_text(start, end=False):source.to_text(end, end=True)]
    assert covered == normalise_text("x" + "".join(inside) + "y")[0]


def test_prior_units_by_origin():
    assert prior_unit("NVivo 12.6 (Windows)") == UTF16
    assert prior_unit("ATLAS.ti Win 9.0.19") == CRLF_AS_ONE
    assert prior_unit("MAXQDA 2022") == CRLF_AS_ONE
    assert prior_unit("QualCoder 3.5") == CODE_POINTS
    assert prior_unit("") == CODE_POINTS


def test_choose_unit_checks_boundaries_when_the_origin_says_nothing():
    raw = "Intro 😀😀😀 then the words that matter are here.\r\nMore 🎉 text follows.\r\n"
    targets = ["the words that matter", "More", "text follows"]

    def selections(count):
        found = []
        for target in targets:
            i = raw.index(target)
            found.append(Selection(count(raw[:i]), count(raw[:i + len(target)])))
        return found

    unit, scores = choose_unit("", [(raw, selections(utf16_units))])
    assert unit == UTF16, scores
    unit, _ = choose_unit("", [(raw, selections(len))])
    assert unit == CODE_POINTS
    unit, _ = choose_unit("", [(raw, selections(lambda s: len(s.replace("\r\n", "\n"))))])
    assert unit == CRLF_AS_ONE


def test_choose_unit_keeps_the_tools_habit_when_nothing_tells_them_apart():
    assert choose_unit("NVivo 12.6", [("no astral, no CR LF", [Selection(0, 2)])])[0] == UTF16
    assert choose_unit("Accord 0.1.0", [("😀 x", [Selection(1, 2)])]) == (CODE_POINTS, {})


def _dense(raw: str, unit) -> list[int]:
    """Reference: the unit position of every boundary, counted character by character."""
    offsets, position, previous = [0], 0, ""
    for ch in raw:
        if unit.crlf_as_one and ch == "\n" and previous == "\r":
            width = 0
        else:
            width = 2 if unit.utf16 and ord(ch) > 0xFFFF else 1
        position += width
        offsets.append(position)
        previous = ch
    return offsets


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "\r", "\n", "\r\n", "😀", "é", "\r\r\n"]), max_size=30),
       st.sampled_from(positions.ALL_UNITS))
def test_unit_map_agrees_with_counting_every_character(pieces, unit):
    raw = "".join(pieces)
    dense = _dense(raw, unit)
    mapper = UnitMap(raw, unit)
    for position in range(-1, dense[-1] + 2):
        start, end = mapper.to_raw(position, end=False), mapper.to_raw(position, end=True)
        if not 0 <= position <= dense[-1]:
            assert start is None and end is None
            continue
        at = [i for i, offset in enumerate(dense) if offset == position]
        if at:
            assert start == end == positions.RawPosition(max(at), True)
        else:  # inside a surrogate pair
            below = max(i for i, offset in enumerate(dense) if offset < position)
            assert start == positions.RawPosition(below, False) and end == positions.RawPosition(below + 1, False)
