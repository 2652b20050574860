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
    from accord.core.coders import add_coder

    p = Project.in_memory(undo=True)
    add_coder(p.db, "ann")
    yield p
    p.close()
