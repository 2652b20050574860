"""Shared fixtures for the core tests (no Qt anywhere)."""

import pytest

from accord.core.project import Project
from core_helpers import dump_tables


@pytest.fixture
def dump():
    return dump_tables


@pytest.fixture
def project():
    """An in-memory project with undo and one coder, 'ann'."""
    p = Project.in_memory(undo=True, coder="ann")
    yield p
    p.close()
