"""safe_cell: text a spreadsheet would run gets an apostrophe; numbers and everything else stay as they are."""

import pytest

from accord.core.spreadsheet_cells import TRIGGERS, safe_cell, safe_row


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1",
                                  "=", "+", "-", "@", "\t", "\r"])
def test_each_trigger_gets_an_apostrophe(text):
    assert safe_cell(text) == "'" + text


def test_the_triggers_are_the_owasp_six():
    assert set(TRIGGERS) == {"=", "+", "-", "@", "\t", "\r"}


def test_text_that_looks_like_a_negative_number_is_text():
    # A str is text: "-5" is shown as the text '-5, never turned into the number -5.
    assert safe_cell("-5") == "'-5"
    assert safe_cell("- Indeed, I said so.") == "'- Indeed, I said so."


@pytest.mark.parametrize("text", [" =1+1", "   +1", "\n@SUM(A1)", " \t-2", "\u00a0=1"])
def test_leading_whitespace_is_looked_through(text):
    # Importers that trim spaces would otherwise hand the formula to the sheet.
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["", " ", "Loneliness", "a=b", "1+1", "x-y", "mail@example.org", "'=already",
                                  "5", "κ = 0.8", "Ünïcode"])
def test_harmless_text_is_unchanged(text):
    assert safe_cell(text) == text


@pytest.mark.parametrize("value", [0, 7, -3, 0.5, -0.25, float("-inf"), True, False, None])
def test_numbers_booleans_and_none_are_unchanged(value):
    assert safe_cell(value) is value


def test_it_is_idempotent():
    once = safe_cell("=1+1")
    assert safe_cell(once) == once == "'=1+1"


def test_safe_row_keeps_the_types_of_a_row():
    assert safe_row(["=x", -1, 2.5, None, "ok", "-5"]) == ["'=x", -1, 2.5, None, "ok", "'-5"]
    assert safe_row(iter(())) == []
