"""Joining lines broken in mid-sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.core.errors import InvalidSpan
from accord.core.linejoin import LineJoin, find_broken_lines, join_lines, preview

PASTED = (
    "Maya: I went to the\n"
    "store and then, well,\n"
    "we talked about the exam-\n"
    "ple you gave. It was fine.\n"
    "Tom: really?\n"
    "\n"
    "the next paragraph\n"
)


def test_finds_mid_sentence_breaks_only():
    joins = find_broken_lines(PASTED)
    assert [(j.before, j.after) for j in joins] == [
        ("Maya: I went to the", "store and then, well,"),
        ("store and then, well,", "we talked about the exam-"),
        ("we talked about the exam-", "ple you gave. It was fine."),
    ]
    assert all(PASTED[j.offset] == "\n" for j in joins)


def test_join_all_found():
    assert join_lines(PASTED) == (
        "Maya: I went to the store and then, well, we talked about the example you gave. It was fine.\n"
        "Tom: really?\n\nthe next paragraph\n"
    )


def test_join_selected_only_and_none_given():
    joins = find_broken_lines(PASTED)
    assert join_lines(PASTED, []) == PASTED
    assert join_lines(PASTED, joins[:1]).startswith("Maya: I went to the store and then, well,\nwe")


@pytest.mark.parametrize(("text", "why"), [
    ("It ended.\nthen", "sentence-final punctuation"),
    ("She asked:\nwhy", "colon"),
    ("He said “no”\nand left", "closing quote"),
    ("(a remark)\nand more", "closing bracket"),
    ("first line\n\nsecond line", "blank line between"),
    ("first line\nSecond line", "capital letter"),
    ("first line\n  indented", "indented next line"),
    ("shopping list\n- milk", "list item"),
    ("shopping list\n1. milk", "numbered list item"),
    ("shopping list\na) milk", "lettered list item"),
    ("# Heading\nbody text", "markdown heading"),
    ("INTRODUCTION\nthe study", "heading in capitals"),
    ("and so\n00:01:23 the tape", "timestamp"),
    ("and so\n12", "page number after"),
    ("12\nand so", "page number before"),
    ("the end of\n", "nothing after"),
])
def test_conservative_cases_are_not_joined(text, why):
    assert find_broken_lines(text) == [], why


def test_digit_continuing_the_sentence_is_joined():
    assert join_lines("she was born in\n1990 in Lisbon.") == "she was born in 1990 in Lisbon."


def test_hyphen_kept_unless_both_sides_lower_case():
    assert join_lines("a COVID-\nrelated delay") == "a COVID- related delay"
    assert join_lines("a well -\nknown fact") == "a well - known fact"
    assert join_lines("an exam-\nple") == "an example"


def test_trailing_spaces_before_the_break_collapse_to_one_space():
    assert join_lines("word   \t\nnext") == "word next"


def test_join_from_another_text_is_rejected():
    with pytest.raises(InvalidSpan):
        join_lines("no breaks here", [LineJoin(3, "no", "breaks")])
    with pytest.raises(InvalidSpan):
        join_lines("short", [LineJoin(99, "x", "y")])


def test_preview():
    joins = find_broken_lines(PASTED)
    assert preview(joins) == (
        "3 line breaks in mid-sentence would be joined:\n"
        "  Maya: I went to the ⏎ store and then, well,\n"
        "  store and then, well, ⏎ we talked about the exam-\n"
        "  we talked about the exam- ⏎ ple you gave. It was fine.  (hyphen removed)"
    )
    limited = preview(joins, limit=1).splitlines()
    assert limited[-1] == "  … and 2 more" and len(limited) == 3
    assert preview([]) == "no broken lines found"


def test_preview_shortens_long_lines():
    before, after = "x" * 100 + " end of", "the sentence " + "y" * 100
    line = preview([LineJoin(len(before), before, after)]).splitlines()[1]
    assert line.startswith("  …") and line.endswith("…") and len(line) < 100


# --- properties -----------------------------------------------------------------------

LINES_TEXT = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\n"), max_size=20),
        st.sampled_from(["", "Maya: so I", "went to the", "exam-", "ple.", "- item", "1990 then", "END", "12"]),
    ),
    max_size=12,
).map("\n".join)


@settings(max_examples=300, database=None)
@given(LINES_TEXT)
def test_join_properties(text):
    joins = find_broken_lines(text)
    assert all(text[join.offset] == "\n" for join in joins)
    assert [join.offset for join in joins] == sorted({join.offset for join in joins})
    assert join_lines(text, []) == text
    joined = join_lines(text, joins)
    assert joined.count("\n") == text.count("\n") - len(joins)
    assert joined == join_lines(text)
    assert len(joined) <= len(text)
