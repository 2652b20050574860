"""The README's first command: `accord gui --sample` opens the workbench on the sample project."""

import os
import subprocess
import sys

from accord.core.documents import list_documents
from accord.core.project import Project


def test_accord_gui_sample_opens_the_workbench_and_exits_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               ACCORD_DATA_DIR=str(tmp_path / "data"), ACCORD_CONFIG_DIR=str(tmp_path / "config"))
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "accord.cli", "gui", "--sample", "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 50_000  # a real picture of a full window, not a blank one
    sample = tmp_path / "data" / "sample.accord"
    with Project.open(sample) as project:
        assert len(list_documents(project.db)) == 4
    assert str(sample) in (tmp_path / "config" / "recent.json").read_text()
