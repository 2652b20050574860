"""A code's five texts in REFI's one Description, and back."""

from hypothesis import given
from hypothesis import strategies as st

from accord.core.refi.code_text import compose, split

_TEXTS = st.lists(st.sampled_from(["a", " ", "\n", "\n\n", "Definition: ", "Example: ", "Include: ", "é", "😀"]),
                  max_size=8).map("".join)


@given(_TEXTS, _TEXTS, _TEXTS, _TEXTS, _TEXTS)
def test_split_undoes_compose(description, definition, inclusion, exclusion, example):
    parts = dict(definition=definition, inclusion=inclusion, exclusion=exclusion, example=example)
    fields = split(compose(description, **parts))
    expected = {"description": description, **{k: v for k, v in parts.items() if v}}
    assert fields == expected


def test_the_composed_text_reads_well_in_other_tools():
    text = compose("What it is.", definition="Exactly this.", example="Like so.")
    assert text.replace("\u2060", "") == "What it is.\n\nDefinition: Exactly this.\n\nExample: Like so."


def test_other_tools_descriptions_are_not_cut_up():
    text = "Economy.\n\nDefinition: jobs and taxes.\n\nExample: a factory closing."
    assert split(text) == {"description": text}
