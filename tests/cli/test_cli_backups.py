"""`accord backup`, `accord backups` and `accord restore`: from a damaged project back to a working one."""

import json
import shlex
from pathlib import Path

from cli_helpers import run_subprocess

from accord.core.backups import backup_folder, list_backups

PAGE = 4096


def damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * PAGE
    data[2 * PAGE:3 * PAGE] = b"\xff" * PAGE  # wipe a page in the middle
    path.write_bytes(bytes(data))
    return bytes(data)


def contents(accord, project) -> tuple:
    return accord("--json", "docs", project).json, accord("--json", "codings", project).json


def code_something(accord, project) -> None:
    assert accord("code", "apply", project, "--doc", "interview-1", "--code", "Trust",
                  "--start", "2", "--end", "7").status == 0


def test_backups_json_lists_time_size_counts_and_integrity(accord, project):
    assert accord("backups", "--json", project).json == []
    code_something(accord, project)
    made = accord("backup", project, "--json").json
    assert Path(made["path"]).parent == backup_folder(project)
    assert made["project"] == str(project) and made["size"] > 0
    listed = accord("backups", project, "--json").json
    assert len(listed) == 1
    record = listed[0]
    assert set(record) == {"path", "taken_at", "size", "documents", "codings", "integrity", "problem"}
    assert record["path"] == made["path"] and record["taken_at"] == made["taken_at"]
    assert (record["documents"], record["codings"], record["integrity"], record["problem"]) == (2, 1, "ok", None)
    damage(Path(record["path"]))
    record = accord("backups", project, "--json").json[0]
    assert record["integrity"] == "damaged" and "damaged" in record["problem"] and record["codings"] is None
    text = accord("backups", project).out
    assert "DAMAGED" in text and "1 backup (0 good)" in text


def test_damaged_project_error_names_the_backup_and_the_restore_command(accord, fails, project):
    code_something(accord, project)
    accord("backup", project)
    newest = list_backups(project)[0]
    damage(project)
    line = fails("codings", project, sidecars=False)
    assert line.startswith(f"accord: error: {project}: the project file is damaged")
    assert f"the newest good backup is from {newest.when} (2 documents, 1 coding)" in line
    assert line.endswith(f"restore it with: accord restore {shlex.quote(str(project))}")


def test_restore_brings_back_the_same_documents_and_codings(accord, project, tmp_path):
    code_something(accord, project)
    before = contents(accord, project)
    assert accord("backup", project).status == 0
    damaged = damage(project)
    assert accord("docs", project).status == 1

    done = accord("restore", project, "--json").json

    assert done["project"] == str(project) and done["was_damaged"] is True
    assert done["restored"]["integrity"] == "ok" and done["restored"]["codings"] == 1
    aside = Path(done["moved_aside"])
    assert aside.parent == project.parent and aside.name.startswith("study.accord.damaged-")
    assert aside.read_bytes() == damaged  # nothing is deleted
    assert contents(accord, project) == before


def test_restore_from_a_named_file_and_its_text_output(accord, project, tmp_path):
    code_something(accord, project)
    copy = tmp_path / "kept" / "copy.accord"
    copy.parent.mkdir()
    copy.write_bytes(project.read_bytes())
    damage(project)
    result = accord("restore", project, "--from", copy)
    assert result.status == 0, result.err
    assert result.out.startswith(f"Restored {project} from the backup of ") and "damaged file is now" in result.out
    assert accord("--json", "codings", project).json[0]["start"] == 2


def test_restore_without_a_good_backup_refuses_and_changes_nothing(accord, fails, project):
    damage(project)
    line = fails("restore", project, match="it has no backups", sidecars=False)
    assert f"accord restore {project} --from FILE" in line


def test_backup_refuses_a_damaged_project(accord, fails, project):
    accord("backup", project)
    damage(project)
    fails("backup", project, match="restore it with: accord restore", sidecars=False)
    assert len(list_backups(project)) == 1


def test_the_real_process_prints_one_json_document(project):
    done = run_subprocess("backup", project, "--json")
    assert done.status == 0, done.err
    listed = json.loads(run_subprocess("--json", "backups", project).out)
    assert listed[0]["path"] == json.loads(done.out)["path"]
