"""Every license id of the Hugging Face Hub's list resolves.

The list is the "License identifier" column of the Hub documentation page
``docs/hub/repositories-licenses.md`` (huggingface/hub-docs), as of the
commit of 2026-08-22 (the table last changed on 2026-06-06, "Add OpenMDW 1.1
license").  When the Hub adds ids, paste the new column here and update the
date: the ids that fail are what is new.
"""

from __future__ import annotations

import pytest

import licenselens

HUB_LIST_DATE = "2026-08-22"
HUB_LICENSE_IDS = """
apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0
bigcode-openrail-m afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause
bsd-3-clause-clear c-uda cc cc0-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0
cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0 cc-by-nc-nd-3.0
cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0
cdla-permissive-1.0 cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1
eupl-1.2 agpl-3.0 gfdl gpl gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 isc h-research
intel-research lppl-1.3c ms-pl apple-ascl apple-amlr mpl-2.0 odc-by odbl openmdw-1.0
openmdw-1.1 openrail++ osl-3.0 postgresql ofl-1.1 ncsa unlicense zlib pddl lgpl-lr
deepfloyd-if-license fair-noncommercial-research-license llama2 llama3 llama3.1 llama3.2
llama3.3 llama4 grok2-community gemma unknown other
""".split()

#: ids of the list that name no single license, and what licenselens says instead
NOT_ONE_LICENSE = {"cc": "family of licenses", "unknown": "does not name a license",
                   "other": "does not name a license"}


def test_the_list_is_whole():
    assert len(HUB_LICENSE_IDS) == 83 and len(set(HUB_LICENSE_IDS)) == 83


@pytest.mark.parametrize("hub_id", [i for i in HUB_LICENSE_IDS if i not in NOT_ONE_LICENSE])
def test_hub_id_resolves_to_a_license_with_a_tier(hub_id):
    r = licenselens.identify(hub_id)
    assert r.expression, (hub_id, r.warnings)
    assert r.tier in ("open", "semi-open", "closed"), (hub_id, r.tier)
    assert not any("unrecognised" in w for w in r.warnings), (hub_id, r.warnings)


@pytest.mark.parametrize("hub_id", sorted(NOT_ONE_LICENSE))
def test_hub_ids_that_name_no_license_say_so(hub_id):
    r = licenselens.identify(hub_id)
    assert r.expression is None and r.tier == "unknown"
    assert any(NOT_ONE_LICENSE[hub_id] in w for w in r.warnings)


@pytest.mark.parametrize("hub_id, expected", [
    ("h-research", "LicenseRef-licenselens-h-research"),
    ("openmdw-1.1", "LicenseRef-licenselens-openmdw-1.1"),
    ("grok2-community", "LicenseRef-licenselens-grok-2-community"),
    ("gemma", "LicenseRef-scancode-gemma-tou-2024-04-01"),
    ("llama4", "LicenseRef-scancode-llama-4-cla-2025"),
    ("openmdw-1.0", "OpenMDW-1.0"),
])
def test_hub_ids_of_model_licenses(hub_id, expected):
    assert licenselens.identify(hub_id).expression == expected
