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


HUB_IDS = (
    "apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0 "
    "bigcode-openrail-m afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause "
    "bsd-3-clause-clear c-uda cc0-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0 "
    "cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0 cc-by-nc-nd-3.0 "
    "cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0 "
    "cdla-permissive-1.0 cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1 "
    "eupl-1.2 agpl-3.0 gfdl gpl gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 isc intel-research "
    "lppl-1.3c ms-pl apple-ascl apple-amlr mpl-2.0 odc-by odbl openmdw-1.0 openrail++ osl-3.0 "
    "postgresql ofl-1.1 ncsa unlicense zlib pddl lgpl-lr deepfloyd-if-license "
    "fair-noncommercial-research-license llama2 llama3 llama3.1 llama3.2 llama3.3 llama4 gemma"
).split()


@pytest.mark.parametrize("hub_id", HUB_IDS)
def test_model_hub_license_ids(hub_id):
    r = licenselens.identify(hub_id)
    assert r.license is not None, hub_id
    assert r.tier in ("open", "semi-open", "closed")


@pytest.mark.parametrize(
    "query, tier",
    [("llama2", "semi-open"), ("llama3.3", "semi-open"), ("LLaMA research license", "closed"),
     ("Mistral AI Non-Production License", "closed"), ("openmdw-1.0", "open"),
     ("gpt-4", "closed"), ("Commercial", "closed"), ("proprietary", "closed")],
)
def test_model_and_proprietary_tiers(query, tier):
    assert licenselens.identify(query).tier == tier


def test_llama_versions_are_distinct():
    ids = {licenselens.identify(q).license.id for q in ("llama3.1", "llama3.2", "llama3.3")}
    assert len(ids) == 3
