"""accord merge TARGET SOURCE... [--rename-coder OLD=NEW] [--json]."""

import shutil

import pytest

from cli_helpers import run_subprocess, snapshot


@pytest.fixture
def copies(accord, project, tmp_path):
    """study.accord (the target, coder alice) and two coders' copies: ana.accord and ben.accord."""
    ana, ben = tmp_path / "ana.accord", tmp_path / "ben.accord"
    shutil.copy(project, ana)
    shutil.copy(project, ben)
    for path, coder, code, quote in [(ana, "Ana", "Trust", "I trust my doctor"), (ben, "Ben", "Doctors", "my doctor")]:
        assert accord("coder", "add", path, coder).status == 0
        assert accord("code", "apply", path, "--doc", "interview-1", "--code", code, "--coder", coder,
                      "--quote", quote).status == 0
    assert accord("code", "add", ben, "Nurses", "--parent", "Trust", "--color", "#123456").status == 0
    assert accord("code", "apply", ben, "--doc", "interview-2", "--code", "Trust/Nurses", "--coder", "Ben",
                  "--quote", "the nurse").status == 0
    return project, ana, ben


def codings(accord, path) -> set[tuple]:
    return {(c["doc"], c["code"], c["coder"], c["start"], c["end"]) for c in accord("codings", path, "--json").json}


def test_merge_two_copies(accord, copies):
    target, ana, ben = copies
    result = accord("merge", target, ana, ben, "--json")
    reports = result.json
    assert [r["source"] for r in reports] == [str(ana), str(ben)]
    assert [r["coders"]["added_names"] for r in reports] == [["Ana"], ["Ben"]]
    assert reports[0]["coders"]["matched"] == 1  # alice, in every copy
    assert [r["codings"]["added"] for r in reports] == [1, 2]
    assert reports[1]["codes"]["added_paths"] == ["Trust/Nurses"]
    assert all(r["changed"] and r["warnings"] == [] for r in reports)
    assert codings(accord, target) == codings(accord, ana) | codings(accord, ben)
    assert [c["name"] for c in accord("coders", target, "--json").json] == ["alice", "Ana", "Ben"]
    nurses = [c for c in accord("codes", target, "--json").json if c["name"] == "Nurses"]
    assert [(c["path"], c["color"]) for c in nurses] == [("Trust/Nurses", "#123456")]


def test_merge_prints_a_report(accord, copies):
    target, ana, _ = copies
    result = accord("merge", target, ana)
    assert result.status == 0 and result.err == ""
    assert result.out.startswith(f"Merged {ana} into {target}:")
    assert "coders     1 added, 1 already there" in result.out
    assert "codings    1 added, 0 already there, 0 skipped" in result.out
    again = accord("merge", target, ana)
    assert again.out.startswith(f"Nothing new in {ana}: all of it is already in {target}.")


def test_merging_again_changes_nothing(accord, copies, tmp_path):
    target, ana, ben = copies
    accord("merge", target, ana, ben)
    before = snapshot(tmp_path, sidecars=False)
    reports = accord("--json", "merge", target, ben, ana).json
    assert [r["changed"] for r in reports] == [False, False]
    assert [r["codings"] for r in reports] == [{"added": 0, "already_present": 2, "skipped": 0},
                                               {"added": 0, "already_present": 1, "skipped": 0}]
    assert snapshot(tmp_path, sidecars=False) == before


def test_a_coder_clash_fails_and_changes_nothing(accord, fails, copies):
    target, ana, _ = copies
    assert accord("code", "apply", target, "--doc", "interview-2", "--code", "Care", "--coder", "alice",
                  "--quote", "Waiting").status == 0
    assert accord("code", "apply", ana, "--doc", "interview-2", "--code", "Trust", "--coder", "alice",
                  "--quote", "Waiting").status == 0
    line = fails("merge", target, ana, match="coder 'alice'")
    assert "--rename-coder 'alice=alice (ana)'" in line and "nothing was merged" in line
    result = accord("merge", target, ana, "--rename-coder", "alice=alice (ana)", "--json")
    assert result.json[0]["coders"]["renames"] == {"alice": "alice (ana)"}
    assert [c["name"] for c in accord("coders", target, "--json").json] == ["alice", "alice (ana)", "Ana"]


def test_a_code_renamed_in_a_copy_is_reported_not_duplicated(accord, copies):
    target, ana, _ = copies
    assert accord("code", "rename", ana, "Trust", "Confidence").status == 0
    result = accord("merge", target, ana)
    assert result.status == 0
    assert f"  renamed in {ana}: Trust → Confidence" in result.out.splitlines()
    assert [c["path"] for c in accord("codes", target, "--json").json] == ["Trust", "Trust/Doctors", "Care"]
    assert ("interview-1", "Trust", "Ana") in {c[:3] for c in codings(accord, target)}


def test_all_sources_or_none(accord, fails, copies):
    """A clash in the second source leaves out the first one too."""
    target, ana, ben = copies
    assert accord("coder", "add", target, "Ben").status == 0
    assert accord("code", "apply", target, "--doc", "interview-2", "--code", "Care", "--coder", "Ben",
                  "--quote", "Waiting").status == 0
    fails("merge", target, ana, ben, match="coder 'Ben'")
    assert accord("merge", target, ana, ben, "--rename-coder", "Ben=Ben (laptop)").status == 0
    assert {c[2] for c in codings(accord, target)} == {"Ana", "Ben", "Ben (laptop)"}


def test_rename_coder_arguments(fails, copies):
    target, ana, _ = copies
    fails("merge", target, ana, "--rename-coder", "Ana", status=2, match="not of the form OLD=NEW")
    fails("merge", target, ana, "--rename-coder", "Ana=", status=2, match="not of the form OLD=NEW")
    fails("merge", target, ana, "--rename-coder", "Ana=X", "--rename-coder", "Ana=Y", status=2,
          match="two new names")
    fails("merge", target, ana, "--rename-coder", "Anna=X", match="no source has a coder named 'Anna'")


@pytest.mark.parametrize("bad", ["notes.txt", "missing.accord"])
def test_a_source_that_is_not_a_project(fails, copies, tmp_path, bad):
    target, ana, _ = copies
    if bad == "notes.txt":
        (tmp_path / bad).write_text("just text\n")
    message = "not an Accord project" if bad == "notes.txt" else "no such file"
    fails("merge", target, ana, tmp_path / bad, match=f"{tmp_path / bad}: {message}")


def test_merging_a_project_into_itself(fails, copies):
    target, _, _ = copies
    fails("merge", target, target, match="is the target project itself")


def test_missing_target(fails, copies, tmp_path):
    _, ana, _ = copies
    fails("merge", tmp_path / "nowhere.accord", ana, match="no such file")


def test_merge_in_a_subprocess(accord, copies, tmp_path):
    target, ana, ben = copies
    sources = snapshot(tmp_path, sidecars=True)
    done = run_subprocess("merge", target, ana, ben, "--json")
    assert done.status == 0, done.err
    assert [r["coders"]["added_names"] for r in done.json] == [["Ana"], ["Ben"]]
    after = snapshot(tmp_path, sidecars=True)
    assert {name: after[name] for name in ("ana.accord", "ben.accord")} == {
        name: sources[name] for name in ("ana.accord", "ben.accord")}
    assert not any(name.startswith(("ana.", "ben.")) and name.endswith(("-wal", "-shm")) for name in after)
    failed = run_subprocess("merge", target, tmp_path / "missing.accord")
    assert failed.status == 1 and failed.out == ""
    assert failed.err.splitlines() == [f"accord: error: {tmp_path / 'missing.accord'}: no such file"]


def test_help(accord):
    result = accord("merge", "--help")
    assert result.status == 0
    assert "TARGET" in result.out and "SOURCE" in result.out and "--rename-coder" in result.out
