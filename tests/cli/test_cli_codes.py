"""codes, code add / rename / move / merge / delete, coders, coder add."""

CODE_FIELDS = {"id", "name", "parent", "color", "description"}


def names(accord, project):
    return [(c["path"], c["parent"]) for c in accord("codes", project, "--json").json]


def test_codes_json(accord, project):
    codes = accord("codes", project, "--json").json
    assert all(CODE_FIELDS <= set(c) for c in codes)
    assert [(c["name"], c["parent"]) for c in codes] == [("Trust", None), ("Doctors", "Trust"), ("Care", None)]
    assert codes[1]["path"] == "Trust/Doctors"
    assert all(c["color"].startswith("#") and len(c["color"]) == 7 for c in codes)
    assert len({c["guid"] for c in codes}) == 3 and all(len(c["guid"]) == 36 for c in codes)


def test_codes_text_is_an_indented_tree(accord, project):
    lines = accord("codes", project).out.splitlines()
    assert lines[0].split() == ["ID", "CODE", "COLOUR", "CODINGS", "DESCRIPTION"]
    column = lines[0].index("CODE")
    assert lines[1][column:].startswith("Trust")
    assert lines[2][column:].startswith("  Doctors")
    assert lines[3][column:].startswith("Care")


def test_code_add_with_every_field(accord, project):
    code = accord("code", "add", project, "Nurses", "--parent", "Care", "--color", "#A1B2C3",
                  "--description", "About nurses", "--definition", "Mentions of nurses",
                  "--inclusion", "any nurse", "--exclusion", "doctors", "--example", "The nurse is kind",
                  "--json").json
    assert code["name"] == "Nurses" and code["parent"] == "Care" and code["color"] == "#a1b2c3"
    assert (code["description"], code["definition"], code["inclusion"], code["exclusion"], code["example"]) == (
        "About nurses", "Mentions of nurses", "any nurse", "doctors", "The nurse is kind")
    listed = {c["name"]: c for c in accord("codes", project, "--json").json}
    assert listed["Nurses"]["definition"] == "Mentions of nurses" and listed["Nurses"]["path"] == "Care/Nurses"
    assert "Added code 'Kindness' under 'Nurses'" in accord("code", "add", project, "Kindness", "--parent",
                                                        "Care/Nurses").out


def test_code_add_errors(fails, project):
    fails("code", "add", project, "Trust", match="'Trust' already exists at the top level")
    fails("code", "add", project, "Doctors", "--parent", "Trust", match="already exists under 'Trust'")
    fails("code", "add", project, "X", "--parent", "Nope", match="no code named 'Nope'")
    fails("code", "add", project, "X", "--color", "red", match="'red'")
    fails("code", "add", project, "   ", match="needs a name")


def test_same_name_under_two_parents_is_named_by_path(accord, fails, project):
    accord("code", "add", project, "Doctors", "--parent", "Care")
    fails("code", "rename", project, "Doctors", "X", match="Parent/Doctors")
    accord("code", "rename", project, "Care/Doctors", "Physicians")
    assert ("Care/Physicians", "Care") in names(accord, project)


def test_code_rename(accord, fails, project):
    assert accord("code", "rename", project, "Trust", "Confidence", "--json").json["name"] == "Confidence"
    assert accord("codes", project, "--json").json[1]["parent"] == "Confidence"
    assert "Renamed code 'Care' to 'Caring'" in accord("code", "rename", project, "3", "Caring").out
    fails("code", "rename", project, "Caring", "Confidence", match="already exists")
    fails("code", "rename", project, "Nope", "X", match="no code named 'Nope'")


def test_code_move(accord, fails, project):
    moved = accord("code", "move", project, "Doctors", "--parent", "Care", "--json").json
    assert moved["parent"] == "Care" and moved["path"] == "Care/Doctors"
    assert accord("code", "move", project, "Doctors", "--top").status == 0
    assert names(accord, project) == [("Trust", None), ("Care", None), ("Doctors", None)]
    result = accord("code", "move", project, "Doctors", "--position", "0")
    assert result.status == 0 and "position 0" in result.out
    assert names(accord, project) == [("Doctors", None), ("Trust", None), ("Care", None)]
    accord("code", "move", project, "Care", "--parent", "Doctors")
    fails("code", "move", project, "Doctors", "--parent", "Care", match="under itself")
    fails("code", "move", project, "Nope", "--top", match="no code named 'Nope'")
    fails("code", "move", project, "Care", "--parent", "Trust", "--top", status=2, match="not allowed with")
    fails("code", "move", project, "Care", status=2, match="--parent")
    fails("code", "move", project, "Care", "--position", "-1", status=2, match="negative")


def test_code_merge(accord, fails, project):
    accord("code", "apply", project, "--doc", "interview-1", "--code", "Doctors", "--quote", "my doctor")
    accord("code", "apply", project, "--doc", "interview-1", "--code", "Care", "--quote", "doctor listens")
    accord("code", "add", project, "Warmth", "--parent", "Care")
    merged = accord("code", "merge", project, "Care", "Doctors", "--json").json
    assert merged["codings_moved"] == 1 and merged["source"] == "Care"
    assert merged["target"]["name"] == "Doctors"
    assert names(accord, project) == [("Trust", None), ("Trust/Doctors", "Trust"),
                                      ("Trust/Doctors/Warmth", "Doctors")]
    codings = accord("codings", project, "--json").json
    # "my doctor" [8, 17) and "doctor listens" [22, 36) do not overlap, so both stay
    assert [(c["code"], c["start"], c["end"]) for c in codings] == [("Doctors", 8, 17), ("Doctors", 22, 36)]
    fails("code", "merge", project, "Trust", "Doctors", match="own sub-codes")
    fails("code", "merge", project, "Trust", "Trust", match="into itself")
    fails("code", "merge", project, "Nope", "Trust", match="no code named 'Nope'")


def test_code_delete_needs_yes(accord, fails, project):
    accord("code", "apply", project, "--doc", "interview-1", "--code", "Trust", "--quote", "trust")
    accord("code", "apply", project, "--doc", "interview-1", "--code", "Doctors", "--quote", "my doctor")
    accord("code", "apply", project, "--doc", "interview-2", "--code", "Doctors", "--quote", "医生")
    message = fails("code", "delete", project, "Trust", match="3 codings")
    assert "1 sub-code" in message and "--yes" in message
    deleted = accord("code", "delete", project, "Trust", "--yes", "--json").json
    assert deleted == {"deleted": deleted["deleted"], "codings_removed": 3}
    assert deleted["deleted"]["name"] == "Trust"
    assert names(accord, project) == [("Care", None)]
    assert accord("codings", project, "--json").json == []
    assert "Deleted code 'Care' and 0 codings" in accord("code", "delete", project, "Care", "--yes").out
    fails("code", "delete", project, "Care", "--yes", match="no code named 'Care'")


def test_coders(accord, fails, project):
    assert accord("coders", project, "--json").json == [{"id": 1, "name": "alice", "color": "", "role": "coder"}]
    assert accord("coder", "add", project, "bob", "--json").json["name"] == "bob"
    assert "Added coder 'carol'" in accord("coder", "add", project, "carol").out
    assert [c["name"] for c in accord("coders", project, "--json").json] == ["alice", "bob", "carol"]
    assert accord("coders", project).out.splitlines()[0].split() == ["ID", "NAME", "ROLE"]
    fails("coder", "add", project, "bob", match="'bob' already exists")
    fails("coder", "add", project, " ", match="needs a name")
