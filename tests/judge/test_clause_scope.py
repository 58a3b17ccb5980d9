"""Scope, negation, thresholds, short notices, unknown dimensions and Korean /
Chinese clauses in the clause reader (licenselens.judge.clauses).

Every text below was written for these tests; the licensors and models do
not exist.  The first three tests are the misreadings of issue 11, restated.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import tier, verdicts

from licenselens.judge.clauses import read_clauses
from licenselens.results import DIMENSIONS


def evidence(text: str, dim: str) -> str:
    r = read_clauses(text)
    return " ".join(text[e.start : e.end] for e in r.restrictions[dim].evidence)


# ------------------------------------------------------------------ issue 11's misreadings

BOTH_PURPOSES = (
    "Larkspur Weights Notice\n\n"
    "Permission is granted to anyone who receives these weights to deal in them without "
    "restriction, including the rights to run, copy, adapt, merge, publish and hand them on, "
    "for commercial and non-commercial purposes alike.\n\n"
    "Keep this notice in every copy. The weights come with no warranty."
)


def test_commercial_and_non_commercial_purposes_is_not_a_non_commercial_limit():
    v = verdicts(BOTH_PURPOSES)
    assert v == {"use": "free", "modify": "free", "redistribute": "free", "commercial": "free"}
    assert tier(v) == "open"


EVALUATION = (
    "Brackenfield Evaluation Agreement\n\n"
    "1. Brackenfield grants you a limited, non-exclusive licence to use the Model internally "
    "to evaluate it.\n"
    "2. During the evaluation you may not (i) resell or rent the Model, (ii) modify, fine-tune "
    "or create derivative works of the Model, or (iii) pass copies of it to anyone else.\n"
    "3. The Model is provided as is."
)


def test_a_prohibition_list_covers_every_verb_in_it():
    v = verdicts(EVALUATION)
    assert v["modify"] in ("prohibited", "restricted")
    assert v["redistribute"] in ("prohibited", "restricted")
    assert v["use"] == "restricted"
    assert tier(v) == "closed"
    assert "fine-tune" in evidence(EVALUATION, "modify")


REVENUE_TIERS = (
    "Thornbury Community Licence\n\n"
    "1. Grant. Thornbury grants each Small Organisation a worldwide, royalty-free licence to use, "
    "reproduce, modify and distribute the Software.\n"
    "2. A Small Organisation is one whose annual gross revenue is below US $1,000,000.\n"
    "3. An organisation whose annual revenue is US $1,000,000 or more must buy an Enterprise "
    "Licence from Thornbury before using the Software.\n"
)


def test_a_revenue_threshold_restricts_commercial_use_and_keeps_the_grant():
    r = read_clauses(REVENUE_TIERS)
    v = {d: r.restrictions[d].verdict for d in DIMENSIONS}
    assert v["commercial"] == "restricted"
    assert v["use"] == "free" and v["modify"] == "free"
    assert v["redistribute"] in ("free", "conditional")
    assert tier(v) == "semi-open"
    assert not any("no grant" in w for w in r.warnings)
    assert "Enterprise" in evidence(REVENUE_TIERS, "commercial")


# ------------------------------------------------------------------ short notices


def test_short_restrictive_notice_is_read_and_leaves_the_rest_unknown():
    text = ("The model weights are provided solely for non-commercial research. "
            "Redistribution of the weights is prohibited.")
    v = verdicts(text)
    assert v == {"use": "restricted", "modify": "unknown", "redistribute": "prohibited",
                 "commercial": "prohibited"}
    assert "Redistribution" in evidence(text, "redistribute")


@pytest.mark.parametrize("text", [
    "This dataset is released to the public domain.",
    "The author places this file in the public domain.",
])
def test_public_domain_notice_is_open(text):
    v = verdicts(text)
    assert set(v.values()) == {"free"}


def test_a_restriction_alone_settles_only_its_dimension():
    v = verdicts("You may not modify these files. Licensed by Quarrytown Ltd.")
    assert v["modify"] == "prohibited"
    assert v["use"] == "unknown" and v["commercial"] == "unknown"


def test_not_license_text_is_unknown_everywhere():
    r = read_clauses("Shopping list: apples, flour, two lemons and a bag of coffee beans.")
    assert not r.license_like
    assert {r.restrictions[d].verdict for d in DIMENSIONS} == {"unknown"}


# ------------------------------------------------------------------ scope and negation

def test_grant_followed_by_exception():
    text = ("Ashgrove grants you a licence to use, copy, modify and distribute the Model for any "
            "purpose, except that you may not use the Model or its outputs to train other "
            "language models.")
    v = verdicts(text)
    assert v["use"] == "restricted"
    assert v["modify"] == "free" and v["commercial"] == "free"


def test_prohibition_with_an_exception_pointing_at_the_licence_restricts_nothing():
    text = ("You may use, copy and distribute the Program for any purpose. You may not copy, "
            "modify or distribute the Program except as expressly provided under this Licence.")
    assert tier(verdicts(text)) == "open"


def test_prohibition_without_consent_is_restricted():
    text = ("Permission is granted to use the Library for any purpose. You may not distribute "
            "modified copies without the prior written consent of Fernhill Ltd.")
    v = verdicts(text)
    assert v["redistribute"] == "restricted"


def test_refusal_clause_is_not_a_prohibition():
    text = ("Permission to use, copy, modify and distribute this software for any purpose is "
            "hereby granted. If you do not agree to these terms, do not use or copy the software.")
    assert tier(verdicts(text)) == "open"


def test_names_and_notices_are_not_the_work():
    text = ("Redistribution and use in source and binary forms, with or without modification, are "
            "permitted. The name of the author may not be used to endorse derived products. You "
            "may not remove or alter the copyright notice.")
    assert tier(verdicts(text)) == "open"


def test_prohibited_uses_list_after_a_colon():
    text = ("Millbrook grants you a licence to use, modify and share the Model.\n"
            "You agree not to use the Model:\n"
            "(a) to generate or disseminate disinformation;\n"
            "(b) for military purposes;\n"
            "(c) to harass any person.\n")
    v = verdicts(text)
    assert v["use"] == "restricted"
    assert v["redistribute"] in ("free", "conditional")
    assert v["modify"] == "free"


@pytest.mark.parametrize("text", [
    "Silverdale grants you a licence to use the Software for thirty (30) days from installation.",
    "The Software is provided under a trial licence valid for 14 days.",
])
def test_time_limits_restrict_use(text):
    assert verdicts(text)["use"] == "restricted"


def test_acceptable_use_policy_by_reference():
    text = ("Westerly grants you a licence to use, copy, modify and distribute the Model. Your use "
            "must comply with the Westerly Acceptable Use Policy published on our website.")
    v = verdicts(text)
    assert v["use"] == "restricted"
    assert "Acceptable Use Policy" in evidence(text, "use")


def test_pass_on_clause_makes_sharing_conditional():
    text = ("Hollin grants you a licence to use, modify and distribute the Model. If you share the "
            "Model or a derivative, you must include the use restrictions of this licence in your "
            "agreement with every recipient.")
    v = verdicts(text)
    assert v["redistribute"] == "conditional" and v["modify"] == "conditional"


def test_user_threshold_restricts_commercial_only():
    text = ("Gorse grants you a licence to use, reproduce, modify and distribute the Model. If your "
            "services have more than 50 million monthly active users, you must request a licence "
            "from Gorse.")
    v = verdicts(text)
    assert v["commercial"] == "restricted"
    assert v["use"] == "free" and v["modify"] == "free"


def test_every_verdict_keeps_its_evidence_span():
    r = read_clauses(EVALUATION)
    for d in DIMENSIONS:
        v = r.restrictions[d]
        if v.verdict in ("conditional", "restricted", "prohibited"):
            assert v.evidence
            for e in v.evidence:
                assert 0 <= e.start < e.end <= len(EVALUATION)
                assert e.source == "text" and e.reason


# ------------------------------------------------------------------ Korean and Chinese

@pytest.mark.parametrize("text,expected", [
    ("본 라이선스에 따라 귀하는 모델을 사용, 복제, 수정 및 배포할 수 있습니다. "
     "귀하는 모델을 상업적 목적으로 사용할 수 없습니다.",
     {"use": "free", "modify": "free", "commercial": "prohibited"}),
    ("귀하는 본 모델을 연구 목적으로만 사용할 수 있습니다. 모델의 재배포는 금지됩니다.",
     {"use": "restricted", "redistribute": "prohibited", "commercial": "prohibited"}),
    ("귀하는 본 소프트웨어를 상업적 목적을 포함한 모든 목적으로 사용, 수정 및 재배포할 수 있습니다.",
     {"use": "free", "modify": "free", "redistribute": "free"}),
    ("许可方授予您使用、复制、修改和分发本模型的权利。您不得将本模型用于商业用途。",
     {"use": "free", "modify": "free", "commercial": "prohibited"}),
    # "without permission" names a way to be allowed, as "without our written consent" does
    ("本模型仅限用于学术研究。未经许可，不得再分发本模型的权重。",
     {"use": "restricted", "redistribute": "restricted", "commercial": "prohibited"}),
    ("您可以免费使用、修改和分发本模型，并可用于商业目的。",
     {"use": "free", "modify": "free", "redistribute": "free", "commercial": "free"}),
    ("本軟體僅供非商業用途使用。嚴禁轉讓或出售本軟體。",
     {"redistribute": "prohibited", "commercial": "prohibited"}),
])
def test_korean_and_chinese_clauses(text, expected):
    v = verdicts(text)
    for dim, want in expected.items():
        assert v[dim] == want, (dim, v)


def test_cjk_sentences_are_segmented_with_spans():
    from licenselens.judge.clauses import segment

    text = "许可方授予您使用本模型的权利。您不得将本模型用于商业用途。"
    pieces = [text[c.start : c.end] for c in segment(text)]
    assert pieces == ["许可方授予您使用本模型的权利。", "您不得将本模型用于商业用途。"]


@pytest.mark.parametrize("text, dim", [
    ("라이선스 보유자의 사전 서면 동의 없이 모델을 재배포할 수 없습니다.", "redistribute"),
    ("未经许可，不得将本模型用于商业用途。", "commercial"),
])
def test_a_cjk_prohibition_that_names_permission_is_a_restriction(text, dim):
    r = read_clauses(text)
    assert r.restrictions[dim].verdict == "restricted"
