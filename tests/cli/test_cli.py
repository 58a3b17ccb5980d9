"""The command line, as the contract defines it (through main(), in-process)."""

from __future__ import annotations

import json

import pytest

from licenselens import __version__
from licenselens.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_identify_json_is_one_array_in_input_order(capsys):
    code, out, _ = run(capsys, "identify", "--json", "MIT", "GPL-3.0-or-later", "nonsense-xyz")
    assert code == 0
    data = json.loads(out)
    assert [d["input"] for d in data] == ["MIT", "GPL-3.0-or-later", "nonsense-xyz"]
    assert data[0]["tier"] == "open" and data[0]["license"]["id"] == "MIT"
    assert data[2]["tier"] == "unknown" and data[2]["warnings"]


def test_identify_text_output_names_tier_and_verdicts(capsys):
    code, out, _ = run(capsys, "identify", "GPL-3.0-only")
    assert code == 0
    assert "tier: open" in out and "modify" in out and "conditional" in out


def test_usage_error_exit_2(capsys):
    code, _, err = run(capsys, "classify")
    assert code == 2
    code, _, err = run(capsys, "no-such-command")
    assert code == 2


def test_no_command_prints_help_and_exits_2(capsys):
    code, _, err = run(capsys)
    assert code == 2 and "classify" in err


def test_bad_policy_is_a_usage_error(capsys, tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("max_restricted: {open: seven}\n", encoding="utf-8")
    code, out, err = run(capsys, "identify", "--policy", str(p), "MIT")
    assert code == 2
    assert "max_restricted" in err and err.count("\n") == 1


@pytest.mark.parametrize("flag", ["--help"])
def test_help_mentions_examples(capsys, flag):
    code, out, _ = run(capsys, flag)
    assert code == 0 and "licenselens identify" in out
