"""Write functions run only inside Project.command(): outside one they change nothing and say why."""

import pytest

from accord.core import attributes, codebook, coders, codings, documents, memos
from accord.core.command_guard import CommandRequired
from accord.core.project import Project, set_meta


@pytest.fixture
def project():
    p = Project.in_memory(undo=True, coder="ann")
    with p.command("Set up"):
        documents.add_document(p.db, "d", "Some text to code.")
        codebook.create_code(p.db, "A")
        codings.apply_code(p.db, "d", "A", "ann", 0, 4)
        memos.add_memo(p.db, "a memo")
    yield p
    p.close()


WRITES = {
    "add_coder": lambda db: coders.add_coder(db, "bob"),
    "rename_coder": lambda db: coders.rename_coder(db, "ann", "Ann"),
    "create_code": lambda db: codebook.create_code(db, "B"),
    "rename_code": lambda db: codebook.rename_code(db, "A", "Z"),
    "delete_code": lambda db: codebook.delete_code(db, "A"),
    "apply_code": lambda db: codings.apply_code(db, "d", "A", "ann", 5, 9),
    "remove_coding": lambda db: codings.remove_coding(db, 1),
    "add_document": lambda db: documents.add_document(db, "e", "More."),
    "delete_document": lambda db: documents.delete_document(db, "d"),
    "set_attribute": lambda db: attributes.set_attribute(db, "d", "site", "north"),
    "update_memo": lambda db: memos.update_memo(db, 1, text="changed"),
    "set_meta": lambda db: set_meta(db, "title", "changed"),
}


@pytest.mark.parametrize("name", WRITES)
def test_a_write_outside_a_command_is_refused_and_changes_nothing(project, dump, name):
    before = dump(project.db)
    with pytest.raises(CommandRequired, match=rf"{name}\(\) changes the project: call it inside"):
        WRITES[name](project.db)
    assert dump(project.db) == before
    assert project.history.undo_label == "Set up"  # no stray step, and nothing logged to undo


@pytest.mark.parametrize("name", WRITES)
def test_the_same_write_inside_a_command_is_one_undoable_step(project, dump, name):
    before = dump(project.db)
    with project.command(name):
        WRITES[name](project.db)
    assert dump(project.db) != before
    project.undo()
    assert dump(project.db) == before


def test_nested_commands_count_and_the_guard_closes_with_the_outer_one(project):
    with project.command("outer"):
        with project.command("inner"):
            codebook.create_code(project.db, "B")
        codebook.create_code(project.db, "C")  # still inside the outer command
    with pytest.raises(CommandRequired):
        codebook.create_code(project.db, "D")


def test_a_command_that_fails_leaves_the_guard_closed(project):
    with pytest.raises(RuntimeError), project.command("fails"):
        raise RuntimeError("boom")
    with pytest.raises(CommandRequired):
        codebook.create_code(project.db, "B")


def test_a_new_project_with_a_coder_has_nothing_to_undo(tmp_path):
    with Project.create(tmp_path / "new.accord", coder="Ana", undo=True) as project:
        assert [c.name for c in coders.list_coders(project.db)] == ["Ana"]
        assert project.history.undo_label is None
