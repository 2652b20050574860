"""Our own round trip: export .qdpx/.qdc, import into a new project, and nothing is lost."""

import zipfile

import pytest

from accord.core.codebook import code_path, code_tree, create_code
from accord.core.project import Project
from accord.core.refi import export_qdc, export_qdpx, import_refi
from accord.core.sample import build_sample
from refi_helpers import codings_of, tricky_project


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "s.accord"
    build_sample(path)
    return path


@pytest.fixture(scope="module")
def exported(sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "s.qdpx"
    with Project.open(sample) as project:
        export_qdpx(project, out)
    return out


def everything(db) -> dict:
    """All that a round trip must keep, by names rather than ids."""
    doc_names = dict(db.execute("SELECT id, name FROM documents").fetchall())
    coder_names = dict(db.execute("SELECT id, name FROM coders").fetchall())
    return {
        "title_description": db.execute("SELECT value FROM project WHERE key = 'description'").fetchall(),
        "documents": db.execute("SELECT name, text, sha256, length FROM documents ORDER BY position").fetchall(),
        "codes": [(code_path(db, c.id), depth, c.color, c.description, c.definition, c.inclusion, c.exclusion,
                   c.example) for c, depth in code_tree(db)],
        "coders": sorted(coder_names.values()),
        "codings": codings_of(db),
        "coding_times": sorted(db.execute('SELECT start, "end", created_at FROM codings').fetchall()),
        "memos": sorted(
            (doc_names.get(d, ""), code_path(db, c) if c else "", coder_names.get(p, ""), title, text, created,
             updated)
            for d, c, p, title, text, created, updated in db.execute(
                "SELECT document_id, code_id, coder_id, title, text, created_at, updated_at FROM memos")),
        "attributes": sorted(
            (doc_names[d], k, v) for d, k, v in db.execute("SELECT document_id, key, value FROM attributes")),
    }


def test_the_sample_project_survives_a_round_trip(sample, exported, tmp_path):
    with Project.open(sample) as original, Project.create(tmp_path / "copy.accord") as copy:
        report = import_refi(copy, exported)
        assert report.warnings == []
        before, after = everything(original.db), everything(copy.db)
    for key in before:
        assert after[key] == before[key], key
    assert report.documents_created == 4 and report.codings_added == 161 and report.codes_created == 18
    assert report.memos_added == 1 and report.coders_created == 2 and report.attributes_set == 22


def test_exported_texts_are_the_stored_texts_byte_for_byte(sample, exported):
    with Project.open(sample) as project, zipfile.ZipFile(exported) as archive:
        texts = sorted(row[0].encode("utf-8") for row in project.db.execute("SELECT text FROM documents"))
        members = sorted(archive.read(n) for n in archive.namelist() if n.startswith("Sources/"))
    assert members == texts
    assert not any(m.startswith(b"\xef\xbb\xbf") for m in members)


def test_exporting_twice_gives_the_same_bytes(sample, exported, tmp_path):
    with Project.open(sample) as project:
        export_qdpx(project, tmp_path / "again.qdpx")
        export_qdc(project.db, tmp_path / "a.qdc")
        export_qdc(project.db, tmp_path / "b.qdc")
    assert (tmp_path / "again.qdpx").read_bytes() == exported.read_bytes()
    assert (tmp_path / "a.qdc").read_bytes() == (tmp_path / "b.qdc").read_bytes()


def test_importing_the_same_file_again_adds_nothing(exported, tmp_path, dump):
    with Project.create(tmp_path / "copy.accord") as copy:
        import_refi(copy, exported)
        first = everything(copy.db)
        rows = dump(copy.db)
        report = import_refi(copy, exported)
        assert everything(copy.db) == first
        assert {t: len(r) for t, r in dump(copy.db).items()} == {t: len(r) for t, r in rows.items()}
    assert report.documents_matched == 4 and report.documents_created == 0
    assert report.codes_matched == 18 and report.codes_created == 0
    assert report.codings_added == 0 and report.codings_merged == 161
    assert report.memos_added == 0 and report.attributes_set == 0


def test_a_tricky_project_survives_a_round_trip(tmp_path):
    original = tricky_project()
    export_qdpx(original, tmp_path / "t.qdpx")
    copy = Project.in_memory()
    report = import_refi(copy, tmp_path / "t.qdpx")
    assert report.warnings == []
    before, after = everything(original.db), everything(copy.db)
    for key in before:
        assert after[key] == before[key], key


def test_positions_are_written_in_code_points(tmp_path):
    original = tricky_project()
    export_qdpx(original, tmp_path / "t.qdpx")
    qde = zipfile.ZipFile(tmp_path / "t.qdpx").read("project.qde").decode("utf-8")
    text = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 first 😀😀 then text.\nNext line 🎉 ends"
    start = text.index("😀😀")  # 14 code points in; 21 UTF-16 units
    assert f'startPosition="{start}" endPosition="{start + 2}"' in qde
    assert 'name="😀😀"' in qde


def test_a_codebook_round_trip_keeps_the_tree_and_every_text(tmp_path):
    original = tricky_project()
    export_qdc(original.db, tmp_path / "t.qdc")
    copy = Project.in_memory()
    report = import_refi(copy, tmp_path / "t.qdc")
    assert report.kind == "codebook" and report.warnings == []
    assert everything(copy.db)["codes"] == everything(original.db)["codes"]
    assert copy.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_guids_stay_when_the_project_changes(tmp_path):
    project = tricky_project()
    export_qdpx(project, tmp_path / "one.qdpx")
    with project.command("more"):
        create_code(project.db, "New code")
    export_qdpx(project, tmp_path / "two.qdpx")
    import re

    def guids(path):
        qde = zipfile.ZipFile(path).read("project.qde").decode()
        return set(re.findall(r'guid="([0-9A-F-]{36})"', qde))

    assert guids(tmp_path / "one.qdpx") < guids(tmp_path / "two.qdpx")
    assert len(guids(tmp_path / "two.qdpx") - guids(tmp_path / "one.qdpx")) == 1
