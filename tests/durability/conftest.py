"""Fixtures for the durability tests: crashes, two windows, full disks, backups, bad files."""

import os

import pytest

from accord.core import project as project_module


@pytest.fixture
def unwritable(monkeypatch):
    """unwritable(*paths): the project code sees these (or, with none, every path) as unwritable.

    Real permissions do not stop root, and tests may run as root.
    """
    real_access = os.access

    def install(*paths):
        blocked = {os.path.abspath(p) for p in paths}

        def access(path, mode, *args, **kwargs):
            if mode & os.W_OK and (not blocked or os.path.abspath(path) in blocked):
                return False
            return real_access(path, mode, *args, **kwargs)

        monkeypatch.setattr(project_module.os, "access", access)

    return install

