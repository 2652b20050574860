"""`accord coders` and `accord coder add|rename|delete|role`, and what a consensus means to the defaults."""



def roles(accord, path) -> list[tuple[str, str]]:
    return [(c["name"], c["role"]) for c in accord("coders", path, "--json").json]


def test_add_rename_role_and_delete_a_coder(accord, project):
    assert accord("coder", "add", project, "Gold", "--role", "consensus", "--json").json["role"] == "consensus"
    assert "Added coder 'Judge' (id 3)." in accord("coder", "add", project, "Judge").out
    assert "Renamed coder 'Judge' to 'Referee'." in accord("coder", "rename", project, "Judge", "Referee").out
    assert accord("coder", "role", project, "Referee", "consensus", "--json").json["role"] == "consensus"
    assert roles(accord, project) == [("alice", "coder"), ("Gold", "consensus"), ("Referee", "consensus")]
    assert "ROLE" in accord("coders", project).out
    deleted = accord("coder", "delete", project, "Referee", "--json").json
    assert (deleted["name"], deleted["codings_deleted"]) == ("Referee", 0)
    assert roles(accord, project) == [("alice", "coder"), ("Gold", "consensus")]


def test_clashes_and_slips_are_one_line_and_change_nothing(accord, fails, project):
    accord("coder", "add", project, "bob")
    assert accord("code", "apply", project, "--doc", "interview-1", "--code", "Care", "--start", "0", "--end", "5",
                  "--coder", "bob").status == 0
    fails("coder", "add", project, "bob", match="a coder named 'bob' already exists")
    fails("coder", "rename", project, "bob", "alice", match="a coder named 'alice' already exists")
    fails("coder", "rename", project, "nobody", "x", match="no coder named 'nobody'")
    fails("coder", "delete", project, "bob", match="coder 'bob' has 1 coding; delete them too (--with-codings)")
    fails("coder", "role", project, "bob", "judge", status=2, match="invalid choice: 'judge'")
    fails("coder", "add", project, "x", "--role", "gold", status=2, match="invalid choice: 'gold'")
    gone = accord("coder", "delete", project, "bob", "--with-codings")
    assert "Deleted coder 'bob' and 1 coding." in gone.out
    assert [c["coder"] for c in accord("codings", project, "--json").json] == []


def test_after_adjudication_agreement_and_report_compare_only_the_coders(accord, sample, tmp_path):
    assert accord("adjudicate", sample, "--coders", "Ana,Ben", "--index", "1", "--decision", "union").status == 0
    assert roles(accord, sample) == [("Ana", "coder"), ("Ben", "coder"), ("Consensus", "consensus")]
    assert accord("agreement", sample, "--json").json["documents"]["01-maya"]["codes"]["Othering"]["pairs"].keys() \
        == {"Ana|Ben"}
    assert accord("disagreements", sample, "--coders", "Ana,Consensus", "--json").status == 0  # when named

    out = tmp_path / "report.md"
    assert accord("report", sample, "--format", "md", "-o", out).status == 0
    report = out.read_text(encoding="utf-8")
    assert "2 coders: Ana, Ben" in report and "(consensus left out: Consensus)" in report
    assert "between the coders Ana and Ben" in report and "Ana, Ben and Consensus" not in report


def test_a_coder_cannot_receive_decisions(accord, fails, sample):
    accord("coder", "add", sample, "Carol")
    fails("adjudicate", sample, "--coders", "Ana,Ben", "--index", "1", "--decision", "union", "--consensus", "Carol",
          match="'Carol' codes independently, so decisions cannot go to it")
    accord("coder", "role", sample, "Carol", "consensus")
    assert accord("adjudicate", sample, "--coders", "Ana,Ben", "--index", "1", "--decision", "union",
                  "--consensus", "Carol").status == 0


def test_coder_color_sets_a_valid_colour_and_refuses_any_other(accord, fails, project):
    done = accord("coder", "color", project, "alice", "#3B6EA5")
    assert (done.status, done.out.strip()) == (0, "'alice' is now drawn in #3b6ea5.")
    assert [c["color"] for c in accord("coders", project, "--json").json] == ["#3b6ea5"]
    fails("coder", "color", project, "alice", "blue", match="colour 'blue' is not of the form #rrggbb")
    fails("coder", "color", project, "nobody", "#000000", match="no coder named 'nobody'")
    assert accord("coder", "color", project, "alice", "#000000", "--json").json["color"] == "#000000"
