"""trim_span: a selection loses the white space at its ends before it is coded."""

from accord.core.codings import trim_span
from hypothesis import given
from hypothesis import strategies as st

TEXTS = st.text(alphabet=st.sampled_from(" \t\n\u00a0\u2003\u3000ab😀é\u0301"), max_size=40)


def test_examples():
    assert trim_span("  my sister came  ", 0, 18) == (2, 16)
    assert trim_span("a\n\nb", 1, 3) is None
    assert trim_span("word", 0, 4) == (0, 4)
    assert trim_span("x \u00a0y\u3000", 1, 5) == (3, 4)  # no-break and ideographic spaces too


@given(TEXTS, st.data())
def test_trimmed_span_is_inside_and_has_no_white_space_at_its_ends(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    trimmed = trim_span(text, start, end)
    if trimmed is None:
        assert text[start:end].strip() == ""  # all white space (or empty): nothing to code
        return
    s, e = trimmed
    assert start <= s < e <= end
    assert not text[s].isspace() and not text[e - 1].isspace()
    assert text[s:e] == text[start:end].strip()
