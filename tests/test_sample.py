"""The bundled sample study: its data is consistent and builds into a project with two coders."""

import subprocess
import sys

import pytest

from accord.core import codebook, codings, documents
from accord.core.coders import list_coders
from accord.core.errors import ProjectFileError
from accord.core.project import Project
from accord.core.sample import build_sample
from accord.resources import resource


def test_sample_data_passes_its_checker():
    result = subprocess.run([sys.executable, str(resource("sample", "check_sample.py"))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sample_builds_a_project_with_documents_codebook_and_two_coders(tmp_path):
    path = build_sample(tmp_path / "sample.accord")
    with Project.open(path) as project:
        db = project.db
        docs = documents.list_documents(db)
        assert len(docs) >= 3
        assert all(documents.turns_of(db, d.id) for d in docs), "every interview has speaker turns"
        assert any(not d.name.isascii() or not documents.document_text(db, d.id).isascii() for d in docs)
        tree = codebook.code_tree(db)
        assert 10 <= len(tree) <= 20
        assert {depth for _, depth in tree} == {0, 1}
        assert all(code.definition for code, _ in tree)
        coders = [c.name for c in list_coders(db)]
        assert len(coders) == 2
        per_coder = [len(codings.segments(db, coder=name)) for name in coders]
        assert min(per_coder) >= 40
        # The coders agree in part: some spans identical, some not.
        spans = [{(s.document_id, s.code_id, s.start, s.end) for s in codings.segments(db, coder=n)} for n in coders]
        shared = spans[0] & spans[1]
        assert 0 < len(shared) < min(len(s) for s in spans)


def test_sample_cannot_overwrite_an_existing_file(tmp_path):
    target = tmp_path / "taken.accord"
    target.write_bytes(b"keep me")
    with pytest.raises(ProjectFileError, match="already exists"):
        build_sample(target)
    assert target.read_bytes() == b"keep me"
