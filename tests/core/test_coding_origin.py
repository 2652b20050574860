"""Issue #19: a coding records whether it was coded by hand, accepted from a suggestion or auto-coded,
keeps that through merges, undo, the file-format upgrade and merging copies, and the methods paragraph
says how many compared codings were not coded by hand."""

import sqlite3

import pytest
from sqlite_utils import Database

from accord.core import schema
from accord.core.agreement import AgreementOptions, compute_agreement
from accord.core.agreement.methods import methods_paragraph
from accord.core.agreement.origins import origin_counts, origins_sentence
from accord.core.analysis.autocode import Autocode, apply_autocode, plan_autocode
from accord.core.codebook import create_code
from accord.core.coders import add_coder
from accord.core.codings import apply_code, get_coding, resize_coding, segments
from accord.core.documents import add_document
from accord.core.errors import InvalidValue
from accord.core.merge import merge_projects
from accord.core.project import Project
from accord.core.reports.build import build_report
from accord.core.reports.model import ReportOptions
from accord.core.sample import build_sample
from core_helpers import dump_tables

TEXT = "I felt alone after the move. Nobody called. Later the neighbours came by and I felt less alone."


@pytest.fixture
def coded(project):
    with project.command("setup"):
        add_document(project.db, "one", TEXT)
        create_code(project.db, "Loneliness")
    return project


def apply(project, start, end, origin=None, coder="ann"):
    extra = {} if origin is None else {"origin": origin}
    with project.command("apply"):
        return apply_code(project.db, "one", "Loneliness", coder, start, end, **extra)


def test_a_new_coding_records_its_origin_and_hand_coding_is_the_default(coded):
    assert apply(coded, 0, 10).origin == ""
    suggested = apply(coded, 30, 43, "suggestion")
    automatic = apply(coded, 50, 60, "autocode")
    assert get_coding(coded.db, suggested.id).origin == "suggestion"
    assert get_coding(coded.db, automatic.id).origin == "autocode"
    assert [s.origin for s in segments(coded.db)] == ["", "suggestion", "autocode"]


def test_an_unknown_origin_is_refused_and_changes_nothing(coded):
    before = dump_tables(coded.db)
    with pytest.raises(InvalidValue, match="origin 'ai'"):
        apply(coded, 0, 10, "ai")
    assert dump_tables(coded.db) == before


@pytest.mark.parametrize("first, second, merged", [
    ("", "suggestion", ""),  # accepting a suggestion over a hand coding: still hand-made
    ("suggestion", "", ""),  # coding by hand over an accepted suggestion: hand coding wins
    ("suggestion", "suggestion", "suggestion"),
    ("autocode", "suggestion", "autocode"),  # neither by hand: the existing coding keeps its origin
    ("suggestion", "autocode", "suggestion"),
])
def test_merging_codings_keeps_hand_coding_else_the_existing_origin(coded, first, second, merged):
    apply(coded, 0, 20, first)
    coding = apply(coded, 10, 28, second)
    assert (coding.start, coding.end, coding.origin) == (0, 28, merged)
    assert len(segments(coded.db)) == 1


def test_resizing_a_suggestion_into_a_hand_coding_makes_one_hand_coding(coded):
    apply(coded, 0, 10, "")
    suggested = apply(coded, 30, 43, "suggestion")
    with coded.command("resize"):
        merged = resize_coding(coded.db, suggested.id, 5, 43)
    assert (merged.start, merged.end, merged.origin) == (0, 43, "")


def test_undo_and_redo_restore_the_origin(coded):
    apply(coded, 30, 43, "suggestion")
    before_merge = dump_tables(coded.db)
    apply(coded, 25, 35, "")  # merges: the coding becomes hand-made
    after_merge = dump_tables(coded.db)
    assert [s.origin for s in segments(coded.db)] == [""]
    coded.undo()
    assert dump_tables(coded.db) == before_merge
    assert [s.origin for s in segments(coded.db)] == ["suggestion"]
    coded.redo()
    assert dump_tables(coded.db) == after_merge
    coded.undo()
    coded.undo()
    assert segments(coded.db) == []
    coded.redo()
    assert [(s.start, s.end, s.origin) for s in segments(coded.db)] == [(30, 43, "suggestion")]


def test_auto_coding_records_autocode_but_leaves_a_hand_coding_it_joins_hand_made(coded):
    apply(coded, 0, 10, "")  # "I felt alo": the first "alone" overlaps it
    passages = plan_autocode(coded.db, Autocode(search="alone"))
    assert len(passages) == 2
    with coded.command("autocode"):
        apply_autocode(coded.db, "Loneliness", "ann", passages)
    assert [(s.text, s.origin) for s in segments(coded.db)] == [("I felt alone", ""), ("alone", "autocode")]


def test_an_older_project_is_upgraded_with_every_coding_made_by_hand(tmp_path):
    path = tmp_path / "old.accord"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(db, stop_before="0008_coding_origin")
    db.execute(f"PRAGMA user_version = {schema._migration_names.index('0008_coding_origin')}")
    db.execute("INSERT INTO project(key, value) VALUES ('title', 'Old')")
    db.execute("INSERT INTO coders(name, created_at) VALUES ('ann', '2024-01-01')")
    db.execute("INSERT INTO documents(name, imported_at, length, sha256, text) VALUES ('one', '2024', 5, 'x', 'hello')")
    db.execute("INSERT INTO codes(name, created_at, guid) VALUES ('C', '2024', 'g')")
    db.execute("INSERT INTO codings(document_id, code_id, coder_id, start, \"end\", created_at) "
               "VALUES (1, 1, 1, 0, 5, '2024')")
    db.conn.commit()
    assert "origin" not in {column.name for column in db["codings"].columns}
    db.close()
    with Project.open(path, backup_dir=tmp_path / "backups") as project:
        assert [(s.text, s.origin) for s in segments(project.db)] == [("hello", "")]
        with project.command("apply"):
            assert apply_code(project.db, "one", "C", "ann", 0, 2, origin="suggestion").origin == ""  # merged


def test_merging_a_copy_keeps_the_origin_of_its_codings(tmp_path):
    base = tmp_path / "base.accord"
    with Project.create(base, title="Study") as project, project.command("setup"):
        add_document(project.db, "one", TEXT)
        create_code(project.db, "Loneliness")
        add_coder(project.db, "ben")
        apply_code(project.db, "one", "Loneliness", "ben", 5, 20, origin="suggestion")
    copy = tmp_path / "ben.accord"
    copy.write_bytes(base.read_bytes())
    with Project.open(copy) as project, project.command("code"):
        apply_code(project.db, "one", "Loneliness", "ben", 0, 12)  # by hand over the suggestion: hand-made
        apply_code(project.db, "one", "Loneliness", "ben", 30, 43, origin="autocode")
        apply_code(project.db, "one", "Loneliness", "ben", 50, 60, origin="suggestion")
    with Project.open(base) as project:
        report = merge_projects(project, copy)
        assert report.codings_added == 3
        assert [(s.start, s.end, s.origin) for s in segments(project.db)] == [
            (0, 20, ""), (30, 43, "autocode"), (50, 60, "suggestion")]


# -- the methods paragraph --------------------------------------------------------------------
def test_the_origins_sentence_counts_and_is_empty_when_everything_was_coded_by_hand():
    assert origins_sentence(None) == "" and origins_sentence({"": 12, "suggestion": 0, "autocode": 0}) == ""
    assert origins_sentence({"": 10, "suggestion": 1, "autocode": 0}) == (
        "Of the 11 codings compared, 1 was accepted one by one by a coder from similar-passage suggestions that "
        "Accord computed on the coder's own computer; the other 10 were coded by hand.")
    both = origins_sentence({"": 0, "suggestion": 2, "autocode": 1_200})
    assert both.startswith("Of the 1,202 codings compared, 2 were accepted one by one")
    assert "and 1,200 were made by auto-coding" in both and "by hand" not in both


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory) -> bytes:
    return build_sample(tmp_path_factory.mktemp("sample") / "s.accord").read_bytes()


@pytest.fixture
def sample(sample_bytes, tmp_path):
    path = tmp_path / "s.accord"
    path.write_bytes(sample_bytes)
    with Project.open(path) as project:
        yield project


def _mark(project, ids, origin):
    with project.command("mark"):
        project.db.execute(f"UPDATE codings SET origin = ? WHERE id IN ({','.join('?' * len(ids))})",
                           [origin, *ids])


def test_the_methods_paragraph_says_how_many_compared_codings_were_suggested_or_auto_coded(sample):
    options = AgreementOptions(coders=("Ana", "Ben"))
    plain = compute_agreement(sample.db, options)
    assert "codings compared" not in methods_paragraph(plain)
    ids = [row[0] for row in sample.db.execute("SELECT id FROM codings ORDER BY id")]
    ana = [row[0] for row in sample.db.execute(
        "SELECT c.id FROM codings c JOIN coders p ON p.id = c.coder_id WHERE p.name = 'Ana' ORDER BY c.id")]
    _mark(sample, ana[:3], "suggestion")
    _mark(sample, ana[3:5], "autocode")
    with sample.command("another coder's suggestion, not compared"):
        add_coder(sample.db, "Cleo")
        first = segments(sample.db)[0]
        apply_code(sample.db, first.document_id, first.code_id, "Cleo", first.start, first.end, origin="suggestion")
    result = compute_agreement(sample.db, options)
    assert sum(result.origins.values()) == len(ids)  # Ana's and Ben's: every compared coding, once
    assert result.origins == {"": len(ids) - 5, "suggestion": 3, "autocode": 2}
    paragraph = methods_paragraph(result)
    assert (f"Of the {len(ids):,} codings compared, 3 were accepted one by one by a coder from similar-passage "
            "suggestions") in paragraph
    assert "and 2 were made by auto-coding" in paragraph
    assert f"the other {len(ids) - 5:,} were coded by hand." in paragraph
    # the report's agreement section quotes the engine's paragraph; it compares every coder, Cleo too
    report = build_report(sample.db, ReportOptions(resamples=0))
    assert f"Of the {len(ids) + 1:,} codings compared, 4 were accepted" in report.agreement.methods


def test_origin_counts_look_only_at_the_given_codings(coded):
    hand, suggested = apply(coded, 0, 10), apply(coded, 30, 43, "suggestion")
    other = apply(coded, 50, 60, "autocode")
    assert origin_counts(coded.db, [hand.id, suggested.id]) == {"": 1, "suggestion": 1, "autocode": 0}
    assert origin_counts(coded.db, []) == {"": 0, "suggestion": 0, "autocode": 0}
    assert origin_counts(coded.db, [other.id]) == {"": 0, "suggestion": 0, "autocode": 1}


def test_the_column_is_in_the_file(tmp_path):
    path = tmp_path / "p.accord"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    try:
        columns = {row[1]: (row[2], row[3], row[4]) for row in conn.execute("PRAGMA table_info(codings)")}
    finally:
        conn.close()
    assert columns["origin"] == ("TEXT", 1, "''")
