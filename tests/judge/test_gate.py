"""The CI gate: ``licenselens check`` exits 0 on an allowed folder, 1 on a
denied one (naming the file, tier and clause), 2 on usage errors."""

from __future__ import annotations

import pytest

from licenselens.cli import main
from licenselens.errors import PolicyError
from licenselens.judge.gate import Gate, check_results, load_gate_policy, parse_tiers
from licenselens.results import DIMENSIONS, Evidence, LicenseRef, Result, Verdict

# -- the gate on hand-built results -------------------------------------------------------


def make(input_: str, tier: str, verdicts: dict[str, str] | None = None,
         kind: str = "text") -> Result:
    restr = {}
    for d in DIMENSIONS:
        v = (verdicts or {}).get(d, "free")
        ev = [] if v == "free" else [Evidence(f"clause about {d}", 5, 20, "text")]
        restr[d] = Verdict(v, ev)
    return Result(input=input_, kind=kind, license=LicenseRef("LicenseRef-x", "X"),
                  expression="LicenseRef-x", osi_approved=False, tier=tier,
                  restrictions=restr, matched_by="clauses", confidence=0.8)


def test_parse_tiers():
    assert parse_tiers("open, Semi-Open") == {"open", "semi-open"}
    with pytest.raises(PolicyError, match="unknown tier"):
        parse_tiers("open,libre")
    with pytest.raises(PolicyError):
        parse_tiers(" , ")


def test_allow_and_deny():
    results = [make("a/LICENSE", "open"),
               make("b/LICENSE", "semi-open", {"commercial": "prohibited"}),
               make("c/LICENSE", "closed", {"use": "restricted", "modify": "prohibited",
                                            "redistribute": "prohibited"}),
               make("c", "closed", kind="folder")]
    assert check_results(results, Gate.from_options(allow="open,semi-open,closed")) == []
    v = check_results(results, Gate.from_options(deny="closed"))
    assert [x.result.input for x in v] == ["c/LICENSE"]  # the folder summary is not doubled
    assert v[0].dimension == "modify"  # prohibited before restricted
    msg = v[0].message()
    assert msg.startswith("c/LICENSE: tier closed (LicenseRef-x)")
    assert 'modify prohibited - clause: "clause about modify" [chars 5-20]' in msg
    v = check_results(results, Gate.from_options(allow=["open"]))
    assert [x.result.input for x in v] == ["b/LICENSE", "c/LICENSE"]
    assert "commercial prohibited" in v[0].message()
    with pytest.raises(PolicyError):
        Gate.from_options(allow="open", deny="closed")


def test_unknown_tier():
    unknown = make("empty/README", "unknown")
    assert check_results([unknown], Gate()) == []  # default: deny closed only
    v = check_results([unknown], Gate.from_options(deny="closed,unknown"))
    assert "no license could be identified" in v[0].message()


def test_gate_policy_file(tmp_path):
    p = tmp_path / "gate.yaml"
    p.write_text("allow: [open]\nclosed_when:\n  commercial: [prohibited]\n", encoding="utf-8")
    policy, gate = load_gate_policy(p)
    assert gate is not None and gate.allow == {"open"}
    assert policy.tier({"use": "free", "modify": "free", "redistribute": "free",
                        "commercial": "prohibited"}) == "closed"
    bad = tmp_path / "bad.yaml"
    bad.write_text("deny: [nonsense]\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="nonsense"):
        load_gate_policy(bad)
    plain = tmp_path / "plain.yaml"
    plain.write_text("max_restricted: {open: 0, semi-open: 1}\n", encoding="utf-8")
    assert load_gate_policy(plain)[1] is None


# -- the command, end to end, on folders built from text we wrote -------------------------

PROPRIETARY = """\
Copyright (c) 2025 Imaginary Widgets Ltd. All rights reserved.

This software is confidential and proprietary. You may not copy, modify,
distribute, sublicense or sell it, in whole or in part, without our prior
written permission.
"""

NC_CARD = """\
---
license: cc-by-nc-4.0
tags: [text-generation]
---
# tiny-demo-model

A model card we wrote for a test.
"""

MIT_CARD = """\
---
license: mit
---
# another-demo-model

A model card we wrote for a test.
"""


@pytest.fixture
def folders(tmp_path):
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / "README.md").write_text(MIT_CARD, encoding="utf-8")
    semi = tmp_path / "semi"
    semi.mkdir()
    (semi / "README.md").write_text(NC_CARD, encoding="utf-8")
    denied = tmp_path / "denied"
    denied.mkdir()
    (denied / "LICENSE").write_text(PROPRIETARY, encoding="utf-8")
    return allowed, semi, denied


def test_check_allowed_folder_exits_0(folders, capsys):
    allowed, semi, _ = folders
    assert main(["check", str(allowed), "--allow", "open"]) == 0
    assert main(["check", str(allowed), str(semi), "--allow", "open,semi-open"]) == 0
    assert main(["check", str(semi)]) == 0  # default: deny closed
    out = capsys.readouterr().out
    assert "all passed" in out


def test_check_denied_folder_exits_1(folders, capsys):
    allowed, semi, denied = folders
    assert main(["check", str(allowed), str(denied), "--deny", "closed"]) == 1
    err = capsys.readouterr().err
    assert str(denied / "LICENSE") in err and "tier closed" in err
    assert main(["check", str(semi), "--allow", "open"]) == 1
    err = capsys.readouterr().err
    assert "README.md" in err and "tier semi-open" in err and "commercial" in err


def test_check_with_policy_file(folders, tmp_path, capsys):
    _, semi, _ = folders
    strict = tmp_path / "strict.yaml"
    strict.write_text("closed_when:\n  commercial: [restricted, prohibited]\ndeny: [closed]\n",
                      encoding="utf-8")
    assert main(["check", str(semi), "--policy", str(strict)]) == 1
    assert "tier closed" in capsys.readouterr().err


def test_check_usage_errors(folders, capsys):
    allowed, _, _ = folders
    assert main(["check", str(allowed), "--allow", "libre"]) == 2
    assert main(["check", str(allowed), "--allow", "open", "--deny", "closed"]) == 2
    assert main(["check"]) == 2
    capsys.readouterr()


def test_check_missing_path_fails(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope")]) == 1
    assert "nope" in capsys.readouterr().err


def test_check_github_annotation(folders, monkeypatch, capsys):
    _, _, denied = folders
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["check", str(denied), "-q"]) == 1
    assert "::error file=" in capsys.readouterr().out
