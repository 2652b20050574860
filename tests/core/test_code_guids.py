"""Codes keep their identity across copies: a GUID made once, kept by undo, REFI and merges."""

import shutil
import uuid
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from accord.core.codebook import (
    code_path, create_code, free_code_guid, get_code, list_codes, move_code, rename_code,
)
from accord.core.coders import add_coder
from accord.core.codings import apply_code, segments
from accord.core.documents import add_document
from accord.core.merge import merge_projects
from accord.core.project import Project
from accord.core.refi import export_qdc, export_qdpx, import_refi

TEXT = "I trust my doctor. The nurse was kind, and the waiting was long."


def guids(db) -> dict[str, str]:
    return {code_path(db, code.id): code.guid for code in list_codes(db)}


# -- creating --------------------------------------------------------------------------
def test_a_new_code_gets_a_uuid4_that_undo_and_redo_keep(project):
    with project.command("Add code"):
        code = create_code(project.db, "Trust")
    assert uuid.UUID(code.guid).version == 4 and str(uuid.UUID(code.guid)) == code.guid
    assert get_code(project.db, code.id).guid == code.guid
    project.undo()
    assert list_codes(project.db) == []
    project.redo()
    assert get_code(project.db, code.id).guid == code.guid
    with project.command("Add code"):
        other = create_code(project.db, "Care")
    assert other.guid != code.guid


def test_free_code_guid(project):
    given = "9F3A2C1E-0B4D-4E6F-8A7B-1C2D3E4F5A6B"
    assert free_code_guid(project.db, "{" + given + "}") == given.lower()
    for bad in (None, "", "not a guid"):
        assert uuid.UUID(free_code_guid(project.db, bad)).version == 4
    with project.command("Add code"):
        create_code(project.db, "Trust", guid=given.lower())
    assert free_code_guid(project.db, given) != given.lower()


# -- REFI --------------------------------------------------------------------------------
@pytest.fixture
def coded(tmp_path) -> Path:
    path = tmp_path / "coded.accord"
    with Project.create(path, title="Study") as p, p.command("setup"):
        add_document(p.db, "one", TEXT)
        add_coder(p.db, "Ana")
        create_code(p.db, "Trust")
        create_code(p.db, "Doctors", parent="Trust")
        apply_code(p.db, "one", "Trust/Doctors", "Ana", 2, 7)
    return path


def code_guids_in(xml: bytes) -> set[str]:
    return {element.get("guid") for element in ET.fromstring(xml).iter() if element.tag.endswith("}Code")}


def test_export_import_export_keeps_code_guids(coded, tmp_path):
    with Project.open(coded) as original:
        expected = guids(original.db)
        export_qdpx(original, tmp_path / "out.qdpx")
        export_qdc(original.db, tmp_path / "out.qdc")
    qde = zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde")
    assert code_guids_in(qde) == {guid.upper() for guid in expected.values()}
    assert f'targetGUID="{expected["Trust/Doctors"].upper()}"' in qde.decode()
    for name in ("out.qdpx", "out.qdc"):
        with Project.create(tmp_path / f"{name}.accord") as again:
            import_refi(again, tmp_path / name)
            assert guids(again.db) == expected
            export_qdc(again.db, tmp_path / f"again-{name}.qdc")
        assert (tmp_path / f"again-{name}.qdc").read_bytes() == (tmp_path / "out.qdc").read_bytes()


def test_an_imported_code_matches_the_code_with_its_guid_even_renamed(coded, tmp_path):
    with Project.open(coded) as original:
        taken = guids(original.db)["Trust"]
        export_qdpx(original, tmp_path / "out.qdpx")
    with Project.create(tmp_path / "other.accord") as other:
        with other.command("setup"):
            create_code(other.db, "Elsewhere", guid=taken)  # "Trust", renamed here since the export
        report = import_refi(other, tmp_path / "out.qdpx")
        now = guids(other.db)
        assert set(now) == {"Elsewhere", "Elsewhere/Doctors"} and now["Elsewhere"] == taken
        assert any("'Trust' is 'Elsewhere' here (same GUID)" in remark for remark in report.remarks)
        assert segments(other.db, code="Elsewhere/Doctors")  # the coding went to the renamed code's child


# -- merging -----------------------------------------------------------------------------
@pytest.fixture
def base(coded, tmp_path) -> Path:
    """The target; ana.accord is a copy of it in which the test lets Ana change things."""
    shutil.copy(coded, tmp_path / "ana.accord")
    return coded


def change(path: Path, action) -> None:
    with Project.open(path) as p, p.command("change"):
        action(p.db)


def merge(target: Path, source: Path):
    with Project.open(target) as project:
        return merge_projects(project, source)


def state(path: Path) -> tuple[dict[str, str], set[tuple]]:
    with Project.open(path) as p:
        return guids(p.db), {(code_path(p.db, s.code_id), s.coder, s.start, s.end) for s in segments(p.db)}


def code_on(start: int, end: int, code: str):
    def act(db):
        add_coder(db, "Ben")
        apply_code(db, "one", code, "Ben", start, end)
    return act


def test_a_code_renamed_in_the_source_merges_into_the_same_code(base, tmp_path):
    ana = tmp_path / "ana.accord"
    before, _ = state(base)
    change(ana, lambda db: (rename_code(db, "Trust", "Confidence"), code_on(11, 17, "Confidence")(db)))
    report = merge(base, ana)
    after, codings = state(base)
    assert after == before  # the target keeps its names: no second code
    assert ("Trust", "Ben", 11, 17) in codings
    assert report.renamed_codes == {"Trust": "Confidence"}  # not its sub-code, which only moved with it
    assert (report.codes_added, report.codes_matched) == (0, 2)
    assert f"  renamed in {ana}: Trust → Confidence" in report.summary().splitlines()
    assert report.to_dict()["codes"]["renames"] == {"Trust": "Confidence"}


def test_a_code_moved_in_the_source_stays_where_the_target_has_it(base, tmp_path):
    ana = tmp_path / "ana.accord"
    before, _ = state(base)
    change(ana, lambda db: (create_code(db, "People"), move_code(db, "Trust/Doctors", "People"),
                            code_on(11, 17, "People/Doctors")(db)))
    report = merge(base, ana)
    after, codings = state(base)
    assert {path: after[path] for path in before} == before and set(after) == {"Trust", "Trust/Doctors", "People"}
    assert ("Trust/Doctors", "Ben", 11, 17) in codings
    assert report.renamed_codes == {"Trust/Doctors": "People/Doctors"}
    assert report.added_codes == ["People"]


def test_codes_made_separately_with_the_same_path_match_by_path(base, tmp_path):
    separate = tmp_path / "separate.accord"
    with Project.create(separate) as p, p.command("setup"):
        add_document(p.db, "one", TEXT)
        create_code(p.db, "Trust")
        create_code(p.db, "Nurses", parent="Trust")
        code_on(23, 28, "Trust/Nurses")(p.db)
    before, _ = state(base)
    with Project.open(separate) as p:
        nurses = guids(p.db)["Trust/Nurses"]
    report = merge(base, separate)
    after, codings = state(base)
    assert after == {**before, "Trust/Nurses": nurses}  # Trust matched by path, Nurses added with its GUID
    assert (report.codes_matched, report.codes_added, report.renamed_codes) == (1, 1, {})
    assert ("Trust/Nurses", "Ben", 23, 28) in codings


def test_a_new_code_under_a_renamed_one_lands_under_the_targets(base, tmp_path):
    ana = tmp_path / "ana.accord"
    change(ana, lambda db: (rename_code(db, "Trust", "Confidence"), create_code(db, "Nurses", parent="Confidence"),
                            code_on(23, 28, "Confidence/Nurses")(db)))
    merge(base, ana)
    with Project.open(ana) as p:
        nurses = guids(p.db)["Confidence/Nurses"]
    after, codings = state(base)
    assert after["Trust/Nurses"] == nurses and ("Trust/Nurses", "Ben", 23, 28) in codings
    assert merge(base, ana).changed is False  # merging again matches everything by GUID


def test_a_new_code_at_the_path_of_a_renamed_one_stays_a_code_of_its_own(base, tmp_path):
    """GUID first: the target's Trust is the source's Confidence; the source's new Trust is another code."""
    ana = tmp_path / "ana.accord"
    change(ana, lambda db: (rename_code(db, "Trust", "Confidence"), create_code(db, "Trust"),
                            code_on(23, 28, "Trust")(db)))
    with Project.open(ana) as p:
        new_trust = guids(p.db)["Trust"]
    before, _ = state(base)
    report = merge(base, ana)
    after, codings = state(base)
    assert after == {**before, "Trust (ana)": new_trust}
    assert ("Trust (ana)", "Ben", 23, 28) in codings
    assert report.renamed_codes == {"Trust": "Confidence"} and report.added_codes == ["Trust"]
    assert report.warnings == [
        "code 'Trust' of the source is not the target's code of that path, which the source renamed; "
        "added as 'Trust (ana)'"]
    assert merge(base, ana).changed is False  # and from then on both match by GUID
