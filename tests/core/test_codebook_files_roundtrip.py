"""A codebook exported as CSV, XLSX or DOCX and imported into an empty project comes back the same (#17)."""

import pytest
from accord.core import codebook
from accord.core.codebook_files import (
    apply_import,
    export_codebook,
    plan_import,
    read_codebook,
)
from accord.core.project import Project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FORMATS = ["csv", "xlsx", "docx"]
HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "'=quoted already", "+1", "@SUM(A1)", "-5", "Work/Life",
           "A > B", "Ça — 日本語 🙂", "007", "'"]


def shape(db) -> list[tuple]:
    """Every code as (path of names, fields, colour), in codebook order."""
    by_id = {c.id: c for c in codebook.list_codes(db)}

    def names(code):
        return (*names(by_id[code.parent_id]), code.name) if code.parent_id else (code.name,)

    return [(names(c), c.description, c.definition, c.inclusion, c.exclusion, c.example, c.color)
            for c in by_id.values()]


def round_trip(source: Project, tmp_path, suffix: str) -> Project:
    path = tmp_path / f"book.{suffix}"
    export_codebook(source.db, path)
    target = Project.in_memory()
    book = read_codebook(path)
    with target.command("Import codebook"):
        apply_import(target.db, book)
    again = plan_import(target.db, read_codebook(path))
    assert again.added == [] and again.conflicts == []  # importing the same file twice adds nothing
    return target


@pytest.mark.parametrize("suffix", FORMATS)
def test_nested_unicode_and_hostile_names_round_trip(tmp_path, suffix):
    with Project.in_memory() as source:
        with source.command("build"):
            top = codebook.create_code(source.db, "Émotions", definition="Line one\nLine two",
                                       inclusion="“feel”", exclusion="-not this", example="=1+1")
            middle = codebook.create_code(source.db, "Peur", parent=top.id, description="fear", color="#123abc")
            for name in HOSTILE:
                codebook.create_code(source.db, name, parent=middle.id, definition=name)
            codebook.create_code(source.db, "=top", parent=None)
        with round_trip(source, tmp_path, suffix) as target:
            assert shape(target.db) == shape(source.db)


names = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Zl", "Zp")), min_size=1, max_size=10) \
    .map(lambda s: " ".join(s.split())).filter(bool)
fields = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Zl", "Zp")), max_size=15) \
    .map(str.strip)
trees = st.lists(st.tuples(names, st.integers(0, 5), fields), min_size=1, max_size=8)


@pytest.mark.parametrize("suffix", FORMATS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=trees)
def test_any_codebook_round_trips(tmp_path, suffix, tree):
    with Project.in_memory() as source:
        with source.command("build"):
            made = []
            for name, parent, definition in tree:
                parent_id = made[parent].id if parent < len(made) else None
                siblings = {c.name for c in codebook.list_codes(source.db) if c.parent_id == parent_id}
                if name not in siblings:
                    made.append(codebook.create_code(source.db, name, parent=parent_id, definition=definition))
        with round_trip(source, tmp_path, suffix) as target:
            assert shape(target.db) == shape(source.db)
