"""Fixtures of the report tests: the sample project (built once) and a hostile little project."""

import shutil

import pytest

from accord.core.project import Project
from accord.core.sample import build_sample
from report_helpers import build_hostile


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "s.accord")


@pytest.fixture
def sample_path(_sample_file, tmp_path):
    """A fresh copy of the sample project (two coders, four interviews, 18 codes)."""
    path = tmp_path / "s.accord"
    shutil.copyfile(_sample_file, path)
    return path


@pytest.fixture
def sample(sample_path):
    with Project.open(sample_path) as project:
        yield project


@pytest.fixture
def hostile():
    """An in-memory project whose names and texts try to break out of every format."""
    project = Project.in_memory(undo=False)
    with project.command("Build a hostile project"):
        build_hostile(project.db)
    yield project
    project.close()
