"""--bootstrap-unit turn: speaker turns resampled in place of documents."""

import numpy as np
import pytest

from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.options import resolve_selection
from accord.core.agreement.turn_units import split_at_turns
from accord.core.agreement.units import load_units
from accord.core.coders import add_coder
from accord.core.codebook import create_code
from accord.core.documents import TurnRecord, add_document
from accord.core.errors import InvalidValue
from accord.core.project import Project
from agreement_helpers import insert

TURNS = 12
# Turns of different lengths (equal ones would hide offsets counted from the wrong origin).
LENGTHS = [40 + 9 * (k % 4) for k in range(TURNS)]
BOUNDS = [sum(LENGTHS[:k]) for k in range(TURNS + 1)]
TOTAL = BOUNDS[-1]


def _codings(rng):
    """Per coder, spans over the whole transcript; some run across a turn boundary."""
    out = []
    for k in range(20):
        s = int(rng.integers(0, TOTAL - 30))
        e = s + int(rng.integers(5, 30))
        for coder in ("A", "B"):  # two codes, so that groups (piece, code) interleave with positions
            start = max(0, s + int(rng.integers(-4, 5)))
            end = min(TOTAL, max(start + 1, e + int(rng.integers(-4, 5))))
            out.append((coder, "XY"[k % 2], start, end))
    return out


def _project(documents: dict[str, tuple[str, list]], codings: dict[str, list]) -> Project:
    project = Project.in_memory(undo=False)
    with project.command("setup"):
        add_coder(project.db, "A")
        add_coder(project.db, "B")
        create_code(project.db, "X")
        create_code(project.db, "Y")
        for name, (text, turns) in documents.items():
            add_document(project.db, name, text, turns=turns)
    for name, spans in codings.items():
        for coder, code, s, e in spans:
            insert(project.db, name, code, coder, s, e)
    return project


@pytest.fixture(scope="module")
def transcript_and_pieces():
    """Two transcripts of 12 turns each, and the same texts as 24 documents of one turn each.

    Two documents, turns of different lengths and two codes: offsets counted from the wrong
    origin would show in the overlaps of some piece.
    """
    rng = np.random.default_rng(5)
    text = "".join(f"S{k % 2}: " + "w" * (LENGTHS[k] - 5) + "\n" for k in range(TURNS))
    turns = [TurnRecord(BOUNDS[k], BOUNDS[k + 1] - 1, BOUNDS[k] + 3, f"S{k % 2}") for k in range(TURNS)]
    codings = {"interview1": _codings(rng), "interview2": _codings(rng)}
    whole = _project({name: (text, turns) for name in codings}, codings)
    pieces: dict[str, list] = {f"{name}-{k:02}": [] for name in codings for k in range(TURNS)}
    for name, spans in codings.items():
        for coder, code, s, e in spans:  # each coding cut at the turn boundaries it crosses
            for k in range(TURNS):
                if s < BOUNDS[k + 1] and e > BOUNDS[k]:
                    pieces[f"{name}-{k:02}"].append((coder, code, max(s, BOUNDS[k]) - BOUNDS[k],
                                                     min(e, BOUNDS[k + 1]) - BOUNDS[k]))
    split = _project({name: (text[BOUNDS[k % TURNS]:BOUNDS[k % TURNS + 1]], []) for k, name in enumerate(pieces)},
                     pieces)
    yield whole, split
    whole.close()
    split.close()


def test_a_turn_bootstrap_is_a_document_bootstrap_of_the_turns_as_documents(transcript_and_pieces):
    whole, split = transcript_and_pieces
    by_turn = compute_agreement(whole.db, AgreementOptions(bootstrap=300, seed=9, bootstrap_unit="turn"))
    by_piece = compute_agreement(split.db, AgreementOptions(bootstrap=300, seed=9))
    for code in ("X", "Y"):
        for figure in ("cohen_kappa", "krippendorff_alpha", "unitizing_alpha_binary_2019"):
            assert by_turn.pair(code, "A", "B")["bootstrap"][figure] == \
                by_piece.pair(code, "A", "B")["bootstrap"][figure]
    assert by_turn.overall()["pairs"]["A|B"]["bootstrap"] == by_piece.overall()["pairs"]["A|B"]["bootstrap"]
    assert by_turn.bootstrap.unit == "turn" and by_turn.bootstrap.resampled == 2 * TURNS
    # The point figures are the transcript's own, not the cut ones.
    assert by_turn.pair("X", "A", "B")["cohen_kappa"] == compute_agreement(whole.db).pair("X", "A", "B")["cohen_kappa"]
    # Two documents: a document bootstrap has little to resample, and says so.
    by_document = compute_agreement(whole.db, AgreementOptions(bootstrap=300, seed=9))
    assert "only 2 documents" in by_document.warnings[0] and "--bootstrap-unit turn" in by_document.warnings[0]
    assert by_turn.warnings == ()  # 24 turns: enough for the rule of thumb


def test_units_are_cut_at_turns_and_keep_their_characters(transcript_and_pieces):
    whole, _ = transcript_and_pieces
    selection = resolve_selection(whole.db, AgreementOptions())
    units = load_units(whole.db, selection)
    cut, lengths = split_at_turns(whole.db, selection, units, len(selection.code_ids))
    assert lengths.tolist() == LENGTHS * 2
    assert cut.lengths.sum() == units.lengths.sum()
    assert len(cut) > len(units)  # some unit ran across a turn
    piece = cut.group_document[cut.group]
    assert ((0 <= cut.start) & (cut.start < cut.end) & (cut.end <= lengths[piece])).all()  # offsets within the piece


def test_text_before_the_first_turn_and_documents_without_turns():
    text = "Preamble.\nA: one\nB: two\n"
    turns = [TurnRecord(10, 16, 12, "A"), TurnRecord(17, 23, 19, "B")]
    project = _project({"t": (text, turns), "plain": ("no turns here", [])},
                       {"t": [("A", "X", 0, 20), ("B", "X", 5, 22)], "plain": [("A", "X", 0, 5), ("B", "X", 0, 4)]})
    selection = resolve_selection(project.db, AgreementOptions())
    units = load_units(project.db, selection)
    cut, lengths = split_at_turns(project.db, selection, units, len(selection.code_ids))
    assert lengths.tolist() == [10, 7, len(text) - 17, len("no turns here")]
    result = compute_agreement(project.db, AgreementOptions(bootstrap=20, bootstrap_unit="turn"))
    assert result.bootstrap.resampled == 4
    assert "only 4 speaker turns are unreliable" in result.warnings[0]
    with pytest.raises(InvalidValue, match="documents or turns"):
        compute_agreement(project.db, AgreementOptions(bootstrap=20, bootstrap_unit="sentence"))
    project.close()
