"""A moral or field-of-use condition is a use limit, and a known license without a
curated record has its category's verdicts tightened by the sure limits of its own
reference text (issue 8, trial item on the JSON License).

Sentences written for these tests; reference texts come from the packaged snapshot.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import verdicts

import licenselens
from licenselens.judge.refine import refine_by_reference, sure_limits
from licenselens.judge.verdicts import record_restrictions
from licenselens.knowledge import snapshot
from licenselens.knowledge.records import Record, knowledge_base

GRANT = ("Permission is hereby granted, free of charge, to any person to use, copy, modify and "
         "distribute this library. ")


@pytest.mark.parametrize("sentence", [
    "This library must be used for good and never for evil.",
    "You may use this library only for peaceful purposes.",
    "The library is to be used for the benefit of humanity.",
])
def test_a_moral_purpose_is_a_field_of_use_limit(sentence):
    text = GRANT + sentence
    r = licenselens.classify_text(text)
    use = r.restrictions["use"]
    assert use.verdict == "restricted"
    ev = use.evidence[0]
    assert ev.source == "text" and text[ev.start:ev.end] == sentence


@pytest.mark.parametrize("sentence", [
    "You may use this library only for lawful purposes.",
    "Our name shall be used for good causes only with our consent.",
])
def test_lawfulness_and_names_are_no_field_of_use_limit(sentence):
    assert verdicts(GRANT + sentence)["use"] == "free"


def test_a_moral_sentence_added_to_a_known_license_makes_a_variant():
    mit = snapshot.licenses()["mit"]["text"]
    added = "This library must be used for good and never for evil."
    cut = mit.index("The above copyright notice")
    text = mit[:cut] + added + "\n\n" + mit[cut:]
    r = licenselens.classify_text(text)
    assert r.restrictions["use"].verdict == "restricted"
    assert r.tier == "semi-open" and "variant-of-MIT" in r.license.id


def _json_record() -> Record:
    rec = knowledge_base().get("JSON")
    assert rec is not None and not rec.curated and rec.category == "Permissive"
    return rec


def test_a_known_license_without_record_is_tightened_by_its_own_text():
    r = licenselens.identify("JSON")
    use = r.restrictions["use"]
    assert use.verdict == "restricted" and r.tier == "semi-open"
    assert use.evidence and use.evidence[0].source == "record"
    assert "moral purpose" in use.evidence[0].reason
    assert any("does not show" in w for w in r.warnings)


def test_the_reference_text_itself_gets_the_limit_with_its_span():
    text = snapshot.licenses()[_json_record().scancode_key]["text"]
    r = licenselens.classify_text(text)
    ev = r.restrictions["use"].evidence[0]
    assert r.restrictions["use"].verdict == "restricted"
    assert ev.source == "text" and ev.end > ev.start and text[ev.start:ev.end].strip() == ev.text


def test_osi_approved_and_curated_records_are_never_tightened():
    rec = _json_record()
    assert sure_limits(rec.scancode_key)
    for changed in ({"osi_approved": True}, {"curated": True}, {"category": "Commercial"}):
        fields = {**rec.__dict__, **changed}
        other = Record(**fields)
        restr, _ = record_restrictions(other)
        before = {d: v.verdict for d, v in restr.items()}
        assert not refine_by_reference(other, restr, None, [])
        assert {d: v.verdict for d, v in restr.items()} == before


def test_open_licenses_keep_their_category_verdicts():
    for license_id in ("MIT", "Apache-2.0", "GPL-3.0-only", "BSD-3-Clause"):
        assert licenselens.identify(license_id).tier == "open"
