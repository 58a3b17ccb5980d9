"""Identifiers, names, hub ids, trove classifiers and SPDX expressions."""

from __future__ import annotations

import pytest

import licenselens


@pytest.mark.parametrize(
    "query, expected",
    [
        ("MIT", "MIT"),
        ("mit", "MIT"),
        ("apache-2.0", "Apache-2.0"),
        ("Apache 2", "Apache-2.0"),
        ("The Apache Software License, Version 2.0", "Apache-2.0"),
        ("Mozilla Public License 2.0", "MPL-2.0"),
        ("cc-by-nc-4.0", "CC-BY-NC-4.0"),
        ("CC BY-NC-SA 4.0", "CC-BY-NC-SA-4.0"),
        ("LicenseRef-scancode-llama-2-license-2023", "LicenseRef-scancode-llama-2-license-2023"),
        ("llama-2-license-2023", "LicenseRef-scancode-llama-2-license-2023"),
    ],
)
def test_names_and_ids(query, expected):
    r = licenselens.identify(query)
    assert r.license is not None and r.license.id == expected
    assert r.kind == "identifier"
    assert r.matched_by == "identifier"


def test_expression_normalised_and_tiered():
    r = licenselens.identify("mit or apache-2.0")
    assert r.expression == "MIT OR Apache-2.0"
    assert r.kind == "expression"
    assert r.tier == "open" and r.osi_approved is True


def test_and_takes_the_most_restrictive_part():
    r = licenselens.identify("MIT AND CC-BY-NC-4.0")
    assert r.expression == "MIT AND CC-BY-NC-4.0"
    assert r.restrictions["commercial"].verdict == "prohibited"
    assert r.tier == "semi-open"
    assert r.osi_approved is False


def test_or_takes_the_least_restrictive_part():
    r = licenselens.identify("CC-BY-NC-4.0 OR MIT")
    assert r.tier == "open"
    assert r.restrictions["commercial"].verdict == "free"


def test_with_keeps_the_base_license():
    r = licenselens.identify("Apache-2.0 WITH LLVM-exception")
    assert r.expression == "Apache-2.0 WITH LLVM-exception"
    assert r.tier == "open" and r.osi_approved is True


def test_names_with_spaces_inside_expressions():
    r = licenselens.identify("Apache License 2.0 OR MIT License")
    assert r.expression == "Apache-2.0 OR MIT"


def test_trove_classifier():
    r = licenselens.identify("License :: OSI Approved :: MIT License")
    assert r.license is not None and r.license.id == "MIT"


@pytest.mark.parametrize("query", ["", "   ", "other", "unknown", "NOASSERTION", "no-such-license-xyz"])
def test_unknown_identifiers_warn(query):
    r = licenselens.identify(query)
    assert r.tier == "unknown"
    assert r.license is None and r.expression is None
    assert r.warnings


def test_malformed_expression_is_unknown_not_a_crash():
    r = licenselens.identify("MIT AND (OR Apache-2.0")
    assert r.tier in ("unknown", "open")
    assert r.warnings


def test_to_dict_has_every_contract_field():
    d = licenselens.identify("GPL-3.0-only").to_dict()
    for key in ("input", "kind", "license", "expression", "osi_approved", "tier",
                "restricted_count", "restrictions", "matched_by", "confidence", "warnings"):
        assert key in d
    assert set(d["restrictions"]) == {"use", "modify", "redistribute", "commercial"}
    assert d["restrictions"]["modify"]["verdict"] == "conditional"
    assert d["restrictions"]["modify"]["evidence"], "a conditional verdict carries evidence"
