import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory, monkeypatch):
    """Settings, recent projects and the sample copy go to a temporary folder, never the real home."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("ACCORD_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ACCORD_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ACCORD_LOG_DIR", str(home / "log"))
    return home
