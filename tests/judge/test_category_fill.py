"""A known license without a curated record, in a category whose members differ
(proprietary, source-available...), is read from its text; a freedom the reading
leaves unknown takes what ScanCode's category says of that license."""

from __future__ import annotations

import pytest

import licenselens
from licenselens.knowledge.records import knowledge_base

from ..conftest import reference_text


@pytest.mark.parametrize("key", ["adobe-eula", "abrms", "yolo-1.0", "ncgl-uk-2.0"])
def test_no_freedom_is_left_unknown_when_the_category_speaks(key):
    kb = knowledge_base()
    rec = kb.get(kb.by_scancode[key])
    assert rec is not None and not rec.curated
    r = licenselens.classify_text(reference_text(key))
    assert r.tier != "unknown"
    assert all(v.verdict != "unknown" for v in r.restrictions.values())
    filled = [w for w in r.warnings if "by ScanCode category" in w]
    for dim, v in r.restrictions.items():
        if any(e.reason.startswith("verdicts by ScanCode category") for e in v.evidence):
            assert filled and dim in filled[0]


def test_a_commercial_eula_with_nothing_read_is_closed():
    r = licenselens.classify_text(reference_text("adobe-eula"))
    assert r.tier == "closed"
