"""Document attributes with types: text, number, date; every change undoable."""

import pytest

from accord.core.attributes import (
    add_attribute_key, all_attributes, attribute_keys, attribute_types, attributes_of, remove_attribute,
    remove_attribute_key, set_attribute, set_attribute_type,
)
from accord.core.documents import add_document
from accord.core.errors import InvalidValue, NotFound
from accord.core.project import Project


@pytest.fixture
def project():
    project = Project.in_memory(undo=True)
    with project.command("setup"):
        add_document(project.db, "maya", "Text one.")
        add_document(project.db, "tomasz", "Text two.")
    return project


def test_text_attributes_are_stored_as_typed(project):
    with project.command("Set"):
        assert set_attribute(project.db, "maya", " site ", "North ") == "North "
    assert attributes_of(project.db, "maya") == {"site": "North "}
    assert attribute_types(project.db) == {"site": "text"}


def test_a_number_attribute_normalises_and_refuses_words(project):
    with project.command("Add age"):
        add_attribute_key(project.db, "age", "number")
    assert attribute_keys(project.db) == ["age"]  # a column without values yet
    with project.command("Set"):
        assert set_attribute(project.db, "maya", "age", " 34.0") == "34"
        assert set_attribute(project.db, "tomasz", "age", "2.5") == "2.5"
    with pytest.raises(InvalidValue, match="age is a number: 'thirty' is not a number"):
        with project.command("Set"):
            set_attribute(project.db, "maya", "age", "thirty")
    assert attributes_of(project.db, "maya") == {"age": "34"}


def test_a_date_attribute_takes_iso_dates(project):
    with project.command("Add"):
        add_attribute_key(project.db, "interviewed", "date")
        assert set_attribute(project.db, "maya", "interviewed", "2024-03-05") == "2024-03-05"
    with pytest.raises(InvalidValue, match="YYYY-MM-DD"):
        with project.command("Set"):
            set_attribute(project.db, "maya", "interviewed", "5 March")


def test_changing_a_type_converts_every_value_or_names_the_one_that_does_not_fit(project):
    with project.command("Set"):
        set_attribute(project.db, "maya", "age", "34")
        set_attribute(project.db, "tomasz", "age", "about 40")
    with pytest.raises(InvalidValue, match="document 'tomasz' has 'about 40'"):
        with project.command("Type"):
            set_attribute_type(project.db, "age", "number")
    assert attribute_types(project.db) == {"age": "text"}
    with project.command("Set"):
        set_attribute(project.db, "tomasz", "age", "40.0")
    with project.command("Type"):
        set_attribute_type(project.db, "age", "number")
    assert all_attributes(project.db) == {1: {"age": "34"}, 2: {"age": "40"}}
    project.undo()
    assert attribute_types(project.db) == {"age": "text"}
    assert attributes_of(project.db, "tomasz") == {"age": "40.0"}


def test_remove_one_value_or_a_whole_attribute_and_undo(project):
    with project.command("Set"):
        set_attribute(project.db, "maya", "site", "North")
        set_attribute(project.db, "tomasz", "site", "South")
    with pytest.raises(NotFound, match="document 'maya' has no attribute 'age'"):
        with project.command("Remove"):
            remove_attribute(project.db, "maya", "age")
    with project.command("Remove"):
        remove_attribute(project.db, "maya", "site")
    assert all_attributes(project.db) == {2: {"site": "South"}}
    with project.command("Remove column"):
        assert remove_attribute_key(project.db, "site") == 1
    assert attribute_keys(project.db) == []
    project.undo()
    project.undo()
    assert all_attributes(project.db) == {1: {"site": "North"}, 2: {"site": "South"}}


def test_names_and_types_are_checked(project):
    with pytest.raises(InvalidValue, match="needs a name"):
        with project.command("Add"):
            add_attribute_key(project.db, "  ")
    with pytest.raises(InvalidValue, match="unknown attribute type 'colour'"):
        with project.command("Add"):
            add_attribute_key(project.db, "eyes", "colour")
    with project.command("Add"):
        add_attribute_key(project.db, "eyes")
    with pytest.raises(InvalidValue, match="already"):
        with project.command("Add"):
            add_attribute_key(project.db, "eyes")


def test_refi_import_leaves_out_a_value_that_does_not_fit_the_type_here_and_says_so(tmp_path):
    from accord.core.attributes import add_attribute_key, attributes_of, set_attribute
    from accord.core.refi import export_qdpx, import_refi

    with Project.create(tmp_path / "from.accord") as source:
        with source.command("setup"):
            add_document(source.db, "one", "Some text to code.")
            set_attribute(source.db, "one", "age", "unknown")
            set_attribute(source.db, "one", "site", "Leeds")
        export_qdpx(source, tmp_path / "out.qdpx")
    with Project.create(tmp_path / "to.accord") as target:
        with target.command("typed"):
            add_attribute_key(target.db, "age", "number")
        report = import_refi(target, tmp_path / "out.qdpx")
        assert attributes_of(target.db, "one") == {"site": "Leeds"}  # the rest of the import is in
        assert "1 attribute value does not fit the attribute's type here; left out" in report.warnings
