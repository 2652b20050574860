"""Fixtures for the command-line tests: run `accord` in-process, check that failures change nothing."""

from pathlib import Path

import pytest

from accord.cli.main import main
from cli_helpers import INTERVIEW_1, INTERVIEW_2, Run, add_documents, snapshot


@pytest.fixture
def accord(capsys):
    """accord(*args) -> Run, calling `accord.cli.main` in this process."""

    def run(*args) -> Run:
        capsys.readouterr()
        status = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return run


@pytest.fixture
def fails(accord, tmp_path):
    """fails(*args, status=1, match=...) -> the error line: the command fails cleanly and changes nothing."""

    def check(*args, status: int = 1, match: str = "", sidecars: bool = True) -> str:
        """`sidecars=False`: ignore -wal/-shm files (see test_rejected_files_get_no_sidecar_files)."""
        before = snapshot(tmp_path, sidecars=sidecars)
        result = accord(*args)
        assert result.status == status, (result.status, result.out, result.err)
        assert result.out == ""
        lines = result.err.splitlines()
        assert len(lines) == 1, result.err
        assert lines[0].startswith("accord: error: "), result.err
        assert "Traceback" not in result.err
        assert match.lower() in lines[0].lower(), lines[0]
        assert snapshot(tmp_path, sidecars=sidecars) == before, "the failing command changed files"
        return lines[0]

    return check


@pytest.fixture(scope="session")
def _project_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("template") / "study.accord"
    assert main(["new", str(path), "--coder", "alice", "--title", "Study"]) == 0
    add_documents(path, **{"interview-1": INTERVIEW_1, "interview-2": INTERVIEW_2})
    assert main(["code", "add", str(path), "Trust"]) == 0
    assert main(["code", "add", str(path), "Doctors", "--parent", "Trust"]) == 0
    assert main(["code", "add", str(path), "Care"]) == 0
    return path.read_bytes()


@pytest.fixture(scope="session")
def _sample_bytes(tmp_path_factory) -> bytes:
    """The bundled sample project (two coders, Ana and Ben), built once."""
    from accord.core.sample import build_sample

    return build_sample(tmp_path_factory.mktemp("sample") / "s.accord").read_bytes()


@pytest.fixture
def sample(_sample_bytes, tmp_path) -> Path:
    """A copy of the sample project (coders Ana and Ben, four interviews), made for each test."""
    path = tmp_path / "study.accord"
    path.write_bytes(_sample_bytes)
    return path


@pytest.fixture
def project(_project_bytes, tmp_path) -> Path:
    """A project file with coder alice, two interviews, and codes Trust > Doctors, Care (made once, copied)."""
    path = tmp_path / "study.accord"
    path.write_bytes(_project_bytes)
    return path
