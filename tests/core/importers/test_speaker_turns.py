"""Speaker turns: the conventions recognised, and the spans reported."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.core.turns import Turn, TurnFinder, detect_turns


def _labelled(text: str) -> list[tuple[str, str, str]]:
    """(speaker, label text, turn body) for each turn."""
    return [(t.speaker, text[t.start:t.label_end], text[t.label_end:t.end]) for t in detect_turns(text)]


def test_name_colon_turns_with_continuation_lines_and_preamble():
    text = (
        "Interview 3, Leeds, May 2021\n"
        "\n"
        "Interviewer: How did it start?\n"
        "Maya: Well, it was\n"
        "a long story.\n"
        "\n"
        "Interviewer: Go on.\n"
        "Maya: So I did.\n\n"
    )
    assert _labelled(text) == [
        ("Interviewer", "Interviewer: ", "How did it start?"),
        ("Maya", "Maya: ", "Well, it was\na long story."),
        ("Interviewer", "Interviewer: ", "Go on."),
        ("Maya", "Maya: ", "So I did."),
    ]
    first = detect_turns(text)[0]
    assert first.start == text.index("Interviewer")  # the preamble belongs to no turn


@pytest.mark.parametrize(("text", "speakers"), [
    ("Q: Why?\nA: Because.", ["Q", "A"]),
    ("I: Hello.\nR: Hi.", ["I", "R"]),
    ("P1: yes\nP2: no", ["P1", "P2"]),
    ("Speaker 1: yes\nSpeaker 2: no", ["Speaker 1", "Speaker 2"]),
    ("María José: hola\nJOSÉ LUIS: qué tal\nÉlodie: salut", ["María José", "JOSÉ LUIS", "Élodie"]),
    ("Dr. Smith: hello\nMaría de la Cruz: hi", ["Dr. Smith", "María de la Cruz"]),
    ("Jean-Luc O'Brien: hi\nAnne: hello", ["Jean-Luc O'Brien", "Anne"]),
    ("田中：こんにちは\n佐藤： はい", ["田中", "佐藤"]),
])
def test_label_conventions(text, speakers):
    twice = f"{text}\n{text}"  # a label is a speaker when it recurs
    assert [turn.speaker for turn in detect_turns(twice)] == speakers * 2


def test_timestamps_before_or_after_the_name():
    text = ("[00:01:23] Interviewer: Ready?\nMaya (00:01:30): Yes.\n00:02 Maya: Really.\nTom [1:02:03.5]: ok\n"
            "Interviewer (1:03): Tom?\n[1:04] Tom: yes")
    assert _labelled(text) == [
        ("Interviewer", "[00:01:23] Interviewer: ", "Ready?"),
        ("Maya", "Maya (00:01:30): ", "Yes."),
        ("Maya", "00:02 Maya: ", "Really."),
        ("Tom", "Tom [1:02:03.5]: ", "ok"),
        ("Interviewer", "Interviewer (1:03): ", "Tom?"),
        ("Tom", "[1:04] Tom: ", "yes"),
    ]


def test_spelling_of_a_speaker_is_unified():
    text = "MAYA: hi\nTom: hello\nMaya: again\nMaya: and again\nTOM: bye"
    assert [turn.speaker for turn in detect_turns(text)] == ["Maya", "Tom", "Maya", "Maya", "Tom"]


def test_label_with_nothing_after_it():
    text = "Interviewer:   \nMaya: yes\nInterviewer: ok\nMaya: bye"
    first = detect_turns(text)[0]
    assert (first.start, first.label_end, first.end) == (0, 12, 12)


@pytest.mark.parametrize("text", [
    "Some prose about the study.\nNote: this line is an aside.\nMore prose follows here.",
    "Date: 3 May 2021\nLocation: Leeds\nNote: recorded on a phone",
    "Chapter 1: Beginnings\nprose\nChapter 2: Endings",
    "Only one label here.\nMaya: hello",
    "the interviewer said: this is prose\nand then she said: more prose",
    "Time: 10:30\nhttp://example.org",
    "",
])
def test_no_clear_convention_gives_no_turns(text):
    assert detect_turns(text) == []


def test_dash_turns_alternate_speakers():
    text = "— ¿Vienes?\n—Sí, ahora.\ncontinuation\n– Vale.\n- Bien."
    assert _labelled(text) == [
        ("Speaker A", "", "— ¿Vienes?"),
        ("Speaker B", "", "—Sí, ahora.\ncontinuation"),
        ("Speaker A", "", "– Vale."),
        ("Speaker B", "", "- Bien."),
    ]


def test_named_dash_turns():
    text = "— Maya: hi there\n— Tom: hello\n— and you?"
    assert _labelled(text) == [
        ("Maya", "— Maya: ", "hi there"),
        ("Tom", "— Tom: ", "hello"),
        ("Speaker A", "", "— and you?"),
    ]


def test_rules_and_single_dash_lines_are_not_turns():
    assert detect_turns("intro\n———\ntext\n- - -\nmore") == []
    assert detect_turns("A list with one item:\n- only this") == []
    assert detect_turns("-5 degrees\n-10 degrees") == []


def test_labels_win_over_dashes():
    text = "Q: What did you bring?\n- bread\n- milk\nA: That is all.\nQ: Sure?\nA: Yes."
    assert [(t.speaker, text[t.start:t.end]) for t in detect_turns(text)] == [
        ("Q", "Q: What did you bring?\n- bread\n- milk"),
        ("A", "A: That is all."),
        ("Q", "Q: Sure?"),
        ("A", "A: Yes."),
    ]


def test_turn_is_frozen():
    with pytest.raises(AttributeError):
        Turn(0, 1, "Q", 0).speaker = "A"  # type: ignore[misc]


# --- properties -----------------------------------------------------------------------

TRANSCRIPT = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=15),
        st.sampled_from(["Maya: ", "Q:", "A: yes", "— ", "- no", "[00:01] Tom: hi", "Tom (1:02):   ",
                         "", "   ", "Note: x", "—Maya: y"]),
    ),
    max_size=10,
).map("\n".join)


@settings(max_examples=300, database=None)
@given(TRANSCRIPT)
def test_turn_spans_are_ordered_and_within_the_text(text):
    turns = detect_turns(text)
    previous_end = 0
    for turn in turns:
        assert 0 <= previous_end <= turn.start <= turn.label_end <= turn.end <= len(text)
        assert turn.start == 0 or text[turn.start - 1] == "\n"
        assert turn.speaker
        previous_end = turn.end


# --- a label is a speaker only when it recurs ------------------------------------------

NEWS = (
    "Edition: Europe\n"
    "By: Ana Ruiz\n"
    "\n"
    "The talks resumed on Monday.\n"
    "Ambassador: a spokesman said the ambassador would attend.\n"
    "More prose follows here.\n"
)


def test_labels_that_appear_once_each_are_not_speakers():
    assert detect_turns(NEWS) == []


def test_a_one_off_label_is_text_of_the_turn_around_it():
    text = "Maya: I went.\nTom: Why?\nNote from the team: later\nBy: nobody\nMaya: Because.\nTom: Ah."
    assert [(t.speaker, text[t.start:t.end]) for t in detect_turns(text)] == [
        ("Maya", "Maya: I went."),
        ("Tom", "Tom: Why?\nNote from the team: later\nBy: nobody"),
        ("Maya", "Maya: Because."),
        ("Tom", "Tom: Ah."),
    ]


def test_ignored_speakers_are_read_as_text():
    text = "Maya: hi\nAmbassador: x\nMaya: again\nAmbassador: y"
    assert [t.speaker for t in detect_turns(text)] == ["Maya", "Ambassador", "Maya", "Ambassador"]
    turns = detect_turns(text, ignored_speakers=["AMBASSADOR"])
    assert [(t.speaker, text[t.start:t.end]) for t in turns] == [
        ("Maya", "Maya: hi\nAmbassador: x"),
        ("Maya", "Maya: again\nAmbassador: y"),
    ]
    assert detect_turns(text, ignored_speakers=["Maya", "Ambassador"]) == []


def test_turn_finder_lists_its_speakers():
    finder = TurnFinder()
    for line in "Q: a\nBy: x\nA: b\nQ: c\nA: d".split("\n"):
        finder.feed(line)
    assert finder.speakers() == ["Q", "A"]
