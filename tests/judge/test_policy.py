"""Policies: the default is the rubric; a YAML policy recomputes tiers."""

from __future__ import annotations

import pytest

import licenselens
from licenselens.errors import PolicyError
from licenselens.judge.policy import DEFAULT_POLICY, Policy, load_policy


@pytest.mark.parametrize(
    "verdicts, tier",
    [
        (("free", "free", "free", "free"), "open"),
        (("free", "conditional", "conditional", "free"), "open"),
        (("restricted", "conditional", "conditional", "free"), "semi-open"),
        (("restricted", "free", "conditional", "restricted"), "semi-open"),
        (("restricted", "restricted", "restricted", "prohibited"), "closed"),
        (("prohibited",) * 4, "closed"),
    ],
)
def test_default_policy_is_the_rubric(verdicts, tier):
    dims = ("use", "modify", "redistribute", "commercial")
    assert DEFAULT_POLICY.tier(dict(zip(dims, verdicts, strict=True))) == tier


def test_non_commercial_counts_as_closed(tmp_path):
    p = tmp_path / "strict.yaml"
    p.write_text("closed_when:\n  commercial: [prohibited]\n", encoding="utf-8")
    policy = load_policy(p)
    assert licenselens.identify("cc-by-nc-4.0").tier == "semi-open"
    assert licenselens.identify("cc-by-nc-4.0", policy=policy).tier == "closed"
    assert licenselens.identify("MIT", policy=policy).tier == "open"


def test_thresholds_and_fixed_license_tiers():
    policy = Policy.from_mapping({"max_restricted": {"open": 0, "semi-open": 0},
                                  "licenses": {"MIT": "closed"}})
    assert licenselens.identify("MIT", policy=policy).tier == "closed"
    assert licenselens.identify("cc-by-nc-4.0", policy=policy).tier == "closed"


@pytest.mark.parametrize(
    "content",
    [
        "- just\n- a list\n",
        "restrictive: [maybe]\n",
        "max_restricted: {open: 9}\n",
        "closed_when: {price: [prohibited]}\n",
        "surprise: 1\n",
        "key: [unclosed\n",
        "licenses: {MIT: purple}\n",
    ],
)
def test_malformed_policies_raise_policy_error(tmp_path, content):
    p = tmp_path / "bad.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError):
        load_policy(p)


def test_missing_policy_file(tmp_path):
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "absent.yaml")
