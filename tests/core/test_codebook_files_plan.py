"""The plan of a codebook import and its one undoable command (issue #17)."""

import pytest
from accord.core import codebook
from accord.core.codebook_files import apply_import, plan_import
from accord.core.codebook_files.rows import Codebook, Entry
from accord.core.command_guard import CommandRequired


def book(*entries):
    return Codebook("book.csv", [Entry(tuple(p.split("/")), dict(f), f"row {i + 2}", loose)
                                 for i, (p, f, loose) in enumerate(e if len(e) == 3 else (*e, False)
                                                                   for e in entries)])


@pytest.fixture
def seeded(project):
    with project.command("seed"):
        trust = codebook.create_code(project.db, "Trust", definition="belief in others")
        codebook.create_code(project.db, "Doctors", parent=trust.id, color="#112233")
    return project


def paths(project):
    return [codebook.code_path(project.db, c.id) for c in codebook.list_codes(project.db)]


def test_the_plan_sorts_added_existing_and_conflicting_codes_and_writes_nothing(seeded, dump):
    before = dump(seeded.db)
    plan = plan_import(seeded.db, book(("Trust", {"definition": "belief in others"}),
                                       ("Trust/Doctors", {"colour": "112233"}),
                                       ("Trust/Nurses", {"description": "care"}),
                                       ("Care", {"definition": "other"})))
    assert plan.added == ["Trust/Nurses", "Care"]
    assert plan.existing == ["Trust", "Trust/Doctors"]
    assert plan.conflicts == []
    assert dump(seeded.db) == before


def test_conflicts_are_skipped_unless_update_and_empty_cells_never_clear(seeded):
    entries = book(("Trust", {"definition": "trust in people", "example": "I trust her"}),
                   ("Trust/Doctors", {"colour": "#ABC"}))
    with seeded.command("import"):
        plan = apply_import(seeded.db, entries)
    assert plan.conflicts == [
        {"path": "Trust", "fields": {"definition": {"project": "belief in others", "file": "trust in people"},
                                     "example": {"project": "", "file": "I trust her"}}},
        {"path": "Trust/Doctors", "fields": {"colour": {"project": "#112233", "file": "#aabbcc"}}},
    ]
    assert codebook.get_code(seeded.db, "Trust").definition == "belief in others"
    with seeded.command("import"):
        plan = apply_import(seeded.db, entries, update=True)
    assert plan.updated == ["Trust", "Trust/Doctors"]
    assert codebook.get_code(seeded.db, "Trust").example == "I trust her"
    assert codebook.get_code(seeded.db, "Trust/Doctors").color == "#aabbcc"
    assert plan_import(seeded.db, entries).existing == ["Trust", "Trust/Doctors"]


def test_missing_ancestors_are_created_once_and_a_second_import_adds_nothing(seeded):
    entries = book(("A/B/C", {"definition": "deep"}), ("A/B/D", {}), ("A", {"description": "top"}))
    with seeded.command("import"):
        plan = apply_import(seeded.db, entries)
    assert plan.added == ["A", "A/B", "A/B/C", "A/B/D"]
    assert plan.conflicts == [] and plan.warnings == []
    assert codebook.get_code(seeded.db, "A").description == "top"  # its row came after its children's
    assert paths(seeded)[-4:] == ["A", "A/B", "A/B/C", "A/B/D"]
    codes = codebook.list_codes(seeded.db)
    assert len({c.guid for c in codes}) == len(codes)
    assert len({c.color for c in codes}) == len(codes)  # automatic colours from the palette, all different
    with seeded.command("again"):
        again = apply_import(seeded.db, entries)
    assert again.added == []


def test_the_import_is_one_undo_step(seeded):
    before = paths(seeded)
    with seeded.command("Import codebook book.csv"):
        apply_import(seeded.db, book(("X/Y", {}), ("Z", {}), ("Trust", {"definition": "new"})), update=True)
    assert paths(seeded) != before
    assert seeded.history.undo_label == "Import codebook book.csv"
    seeded.undo()
    assert paths(seeded) == before
    assert codebook.get_code(seeded.db, "Trust").definition == "belief in others"


def test_applying_outside_a_command_is_refused(seeded):
    with pytest.raises(CommandRequired):
        apply_import(seeded.db, book(("New", {})))


def test_a_loose_parent_name_goes_under_the_one_project_code_of_that_name(seeded):
    plan = plan_import(seeded.db, book(("Doctors/GPs", {}, True), ("Nowhere/Thing", {}, True)))
    assert plan.added == ["Trust/Doctors/GPs", "Nowhere", "Nowhere/Thing"]


def test_repeated_rows_and_bad_colours_are_warned_about(seeded):
    plan = plan_import(seeded.db, book(("New", {"colour": "red"}), ("New", {"definition": "again"})))
    assert plan.added == ["New"]
    assert plan.warnings == ["row 2: colour 'red' is not #rrggbb; an automatic colour is used",
                             "row 3: New is listed again with other fields (first at row 2); the first is used"]
