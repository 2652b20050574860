"""Real files from other tools (shared/refi-qda/samples), and validating what Accord writes."""

import zipfile

import pytest

from accord.core.codebook import code_path, code_tree
from accord.core.project import Project
from accord.core.refi import RefiError, export_qdc, export_qdpx, import_refi
from accord.core.sample import build_sample
from refi_helpers import SAMPLES, SCHEMAS, SHARED, needs_samples, needs_schemas, tricky_project, validation_errors


def codes(db) -> dict[str, tuple[str, str]]:
    return {code_path(db, c.id): (c.color, c.description) for c, _ in code_tree(db)}


@needs_samples
def test_atlas_ti_standard_project():
    project = Project.in_memory()
    report = import_refi(project, SAMPLES / "atlasti-refi-standard-project.qdpx")
    db = project.db
    found = codes(db)
    assert len(found) == 14 and all("/" not in path for path in found)  # flat
    assert found["happiness"][0] == "#f00082"
    assert found["cornflakes"] == ("#dc0000", "breakfast cereal made by Kellogg’s")
    assert found['"rushed"'][0] == "#f00082"
    assert sum(1 for colour, description in found.values() if description) == 7
    assert "Coke::diet Coke" in found
    assert sorted(r[0] for r in db.execute("SELECT name FROM coders")) == [
        "ATLAS.ti", "Friedrich Markgraf", "Sebastian Petrausch"]
    memos = db.execute("SELECT title, text, document_id, code_id, created_at FROM memos ORDER BY id").fetchall()
    assert [m[0] for m in memos] == ["Research Plan", "My favorite Coke ad"]
    assert memos[0][1].endswith("This is a great project by a dynamic team of researcher-developers. ")
    assert memos[0][2] is None and memos[0][3] is None and memos[0][4] == "2018-03-27T19:38:46+00:00"
    # The sample's Sources/ folder is empty: every text source is skipped, with a warning each.
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert report.documents_created == 0 and report.codings_added == 0
    missing = [w for w in report.warnings if "missing from the archive" in w]
    assert len(missing) == 6
    assert any("'Mabel.txt'" in w and "3 codings cannot be imported" in w for w in missing)
    text = "\n".join(report.warnings)
    for expected in ("2 PDF sources skipped with 6 codings", "1 picture source skipped with 2 codings",
                     "1 audio source skipped", "2 video sources skipped with 1 coding", "16 sets skipped",
                     "1 graph skipped", "1 link skipped"):
        assert expected in text


@needs_samples
def test_atlas_ti_9_codebook_with_the_old_namespace():
    project = Project.in_memory()
    report = import_refi(project, SAMPLES / "atlasti-win9-portableqda.qdc")
    assert list(codes(project.db)) == ["code2", "code1", "code1/code1.1", "code3", "code3/code:3.1"]
    assert any("urn:QDA-XML:codebook:0:4" in r for r in report.remarks)
    assert report.warnings == ["2 sets skipped (Accord has no sets)"]


@needs_samples
def test_atlas_ti_23_codebook():
    project = Project.in_memory()
    report = import_refi(project, SAMPLES / "atlasti-win23-requal-test.qdc")
    assert codes(project.db) == {"code1": ("#46aa00", "description")}
    assert report.warnings == ["1 set skipped (Accord has no sets)"]


@needs_samples
def test_refi_specification_example_with_an_empty_sets_element():
    project = Project.in_memory()
    report = import_refi(project, SAMPLES / "refi-spec-example1-codebook.qdc")
    found = codes(project.db)
    assert list(found) == ["Topics", "Economy", "Health care", "Values", "Conservatives", "Liberals"]
    assert found["Economy"] == ("#ffff00", "Anything about jobs or taxes or business")
    assert found["Liberals"][0] == "#0000ff"
    assert report.warnings == []


@needs_samples
def test_taguette_codebook():
    project = Project.in_memory()
    report = import_refi(project, SAMPLES / "taguette-tests-codebook.qdc")
    assert list(codes(project.db)) == ["interesting", "people", "interesting\\places"]
    assert report.warnings == []


@needs_samples
def test_codebooks_merge_by_path():
    project = Project.in_memory()
    import_refi(project, SAMPLES / "atlasti-win9-portableqda.qdc")
    report = import_refi(project, SAMPLES / "atlasti-win23-requal-test.qdc")
    assert report.codes_created == 0 and report.codes_matched == 1
    # code1 existed without a description: it gets the one the second codebook has, not its colour.
    assert codes(project.db)["code1"][1] == "description"


# -- what Accord writes validates --------------------------------------------------------
@pytest.fixture(scope="module")
def sample_project(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "s.accord"
    build_sample(path)
    return path


@needs_schemas
def test_exported_project_validates_against_project_xsd(sample_project, tmp_path):
    pytest.importorskip("lxml")
    with Project.open(sample_project) as project:
        export_qdpx(project, tmp_path / "s.qdpx")
    qde = zipfile.ZipFile(tmp_path / "s.qdpx").read("project.qde")
    assert validation_errors(qde, "Project.xsd") == []


@needs_schemas
def test_exported_codebook_validates_against_codebook_xsd(sample_project, tmp_path):
    pytest.importorskip("lxml")
    with Project.open(sample_project) as project:
        export_qdc(project.db, tmp_path / "s.qdc")
    assert validation_errors((tmp_path / "s.qdc").read_bytes(), "Codebook.xsd") == []


@needs_schemas
def test_tricky_and_empty_projects_validate(tmp_path):
    pytest.importorskip("lxml")
    export_qdpx(tricky_project(), tmp_path / "t.qdpx")
    export_qdc(tricky_project().db, tmp_path / "t.qdc")
    export_qdpx(Project.in_memory(), tmp_path / "empty.qdpx")
    assert validation_errors(zipfile.ZipFile(tmp_path / "t.qdpx").read("project.qde"), "Project.xsd") == []
    assert validation_errors((tmp_path / "t.qdc").read_bytes(), "Codebook.xsd") == []
    assert validation_errors(zipfile.ZipFile(tmp_path / "empty.qdpx").read("project.qde"), "Project.xsd") == []


@needs_samples
@needs_schemas
def test_the_validation_helper_catches_invalid_files():
    pytest.importorskip("lxml")
    # portableQDA's copy of the spec example has an empty <Sets/>, which the schema forbids.
    assert validation_errors((SAMPLES / "refi-spec-example1-codebook.qdc").read_bytes(), "Codebook.xsd")


def test_an_empty_codebook_is_not_exported(tmp_path):
    with pytest.raises(RefiError, match="codebook is empty"):
        export_qdc(Project.in_memory().db, tmp_path / "x.qdc")
    assert not (tmp_path / "x.qdc").exists()


def test_export_refuses_bad_targets(tmp_path):
    project = Project.create(tmp_path / "p.accord")
    (tmp_path / "taken.qdpx").write_bytes(b"keep me")
    with pytest.raises(RefiError, match="already exists"):
        export_qdpx(project, tmp_path / "taken.qdpx")
    assert (tmp_path / "taken.qdpx").read_bytes() == b"keep me"
    with pytest.raises(RefiError, match="does not exist"):
        export_qdpx(project, tmp_path / "nowhere" / "x.qdpx")
    with pytest.raises(RefiError, match="the project itself"):
        export_qdpx(project, tmp_path / "p.accord", overwrite=True)
    with pytest.raises(RefiError, match="folder"):
        export_qdpx(project, tmp_path, overwrite=True)
    export_qdpx(project, tmp_path / "taken.qdpx", overwrite=True)
    assert zipfile.is_zipfile(tmp_path / "taken.qdpx")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    project.close()


@pytest.mark.skipif(not (SHARED / "schemas").is_dir(), reason="no shared REFI-QDA folder to compare with")
def test_the_schema_copies_are_the_shared_ones():
    for name in ("Project.xsd", "Codebook.xsd"):
        assert (SCHEMAS / name).read_bytes() == (SHARED / "schemas" / name).read_bytes()
