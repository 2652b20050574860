"""normalise_text: line breaks, control characters, NFC, and the report of what changed."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.core.normalise import NormalisationReport, Normaliser, normalise_text


def test_clean_text_is_unchanged():
    text, report = normalise_text("Plain text\twith a tab.\nSecond line.")
    assert text == "Plain text\twith a tab.\nSecond line."
    assert report == NormalisationReport(0, 0, False)
    assert report.summary() == "no changes"


def test_crlf_counts_once_and_lone_cr_too():
    text, report = normalise_text("a\r\nb\rc\r\n\r\nd")
    assert text == "a\nb\nc\n\nd"
    assert report.newlines_converted == 4


@pytest.mark.parametrize("line_break", ["\f", "\v", "\x85", "\u2028", "\u2029"])
def test_page_and_unicode_line_breaks_become_newlines(line_break):
    text, report = normalise_text(f"page one{line_break}page two")
    assert text == "page one\npage two"
    assert report.newlines_converted == 1


def test_control_characters_are_removed_but_tabs_kept():
    text, report = normalise_text("a\x00b\x07c\x1bd\x7fe\x9ff\tg")
    assert text == "abcdef\tg"
    assert report.control_chars_removed == 5


def test_leading_bom_removed_but_inner_one_kept():
    text, report = normalise_text("\ufeff\ufeffword\ufeffword")
    assert text == "word\ufeffword"
    assert report.control_chars_removed == 2


def test_nfc():
    text, report = normalise_text("Cafe\u0301 and Ma\u0301ria")
    assert text == "Café and Mária"
    assert report.nfc_changed


def test_report_summary_and_dict():
    _, report = normalise_text("\ufeffa\r\nb\r\nc\rd\x00e\u0301")
    assert report.summary() == "3 line endings → \\n; 2 control characters removed; NFC applied"
    assert report.as_dict() == {"newlines_converted": 3, "control_chars_removed": 2, "nfc_changed": True}
    assert json.loads(json.dumps(report.as_dict())) == report.as_dict()
    assert NormalisationReport(1, 1, False).summary() == "1 line ending → \\n; 1 control character removed"


# --- properties -----------------------------------------------------------------------

MESSY_TEXT = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(["\r", "\n", "\r\n", "\t", "\x00", "\x0b", "\x0c", "\x85", "\x9c", "\ufeff",
                         "\u2028", "e\u0301", "\u0301", "\uac00\u11a8", "\u1100\u1161"]),
    ),
    max_size=60,
).map("".join)


def _is_forbidden_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\n\t"


@settings(max_examples=300, database=None)
@given(MESSY_TEXT)
def test_output_is_clean_nfc_and_idempotent(raw):
    text, report = normalise_text(raw)
    assert "\r" not in text
    assert not any(_is_forbidden_control(ch) for ch in text)
    assert not text.startswith("\ufeff")
    assert unicodedata.is_normalized("NFC", text)
    again, second_report = normalise_text(text)
    assert again == text
    assert second_report == NormalisationReport(0, 0, False)
    assert (text != raw) == (report.summary() != "no changes")


@settings(max_examples=300, database=None)
@given(MESSY_TEXT, st.lists(st.integers(min_value=0, max_value=60), max_size=8))
def test_text_fed_in_pieces_normalises_exactly_as_at_once(raw, cuts):
    """A large file is normalised chunk by chunk: wherever the chunks end, the result is the same."""
    bounds = [0, *sorted(min(cut, len(raw)) for cut in cuts), len(raw)]
    normaliser = Normaliser()
    pieces = [normaliser.feed(raw[start:end]) for start, end in zip(bounds, bounds[1:])]
    rest, report = normaliser.finish()
    assert ("".join(pieces) + rest, report) == normalise_text(raw)


def test_a_cr_at_the_end_of_a_piece_waits_for_its_lf():
    normaliser = Normaliser()
    assert normaliser.feed("one\r") == "one"
    assert normaliser.feed("\ntwo\r\nthree") == "\ntwo\n"
    assert normaliser.finish() == ("three", NormalisationReport(2, 0, False))
