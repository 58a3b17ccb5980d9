"""Model licences the reader has never seen: short licences written for these tests in
the styles AI model licences take today and may take next (permissive weights with a
"built with" duty, RAIL-style use restrictions, community licences with user or revenue
thresholds and naming rules, research-only and non-production licences, usage policies by
URL, regional exclusions, Korean and Chinese licences, a dataset licence, API terms).

Every text below was written for these tests; the licensors and models do not exist.
The expected verdicts follow the rubric (section 1 and the table of section 2): a tuple
lists the verdicts the rubric allows where it leaves a choice.  Each probe also names a
phrase the evidence of one verdict must hold.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import tier, verdicts

from licenselens.judge.clauses import read_clauses
from licenselens.judge.clauses.matching import clause_effects
from licenselens.judge.clauses.segment import normalise_clause

# permissive weights licence with a 'Built with' duty
BUILT_WITH = """\
Lanternfish Weights Licence 1.0

Copperleaf Labs hereby grants you a worldwide, royalty-free, non-exclusive licence to use, copy, modify, merge, distribute and sell the Lanternfish-9B weights and any model you derive from them, for any purpose.
If you offer a product or service that runs Lanternfish or a derivative of it, you must display the words "Built with Lanternfish" in a prominent place on the related website, user interface or documentation.
Keep this licence and the copyright notice with every copy of the weights you pass on.
The weights are provided as is, without warranty of any kind, and Copperleaf Labs is not liable for any damages arising from their use.
"""

# RAIL-style use restrictions passed on to recipients
OPENRAIL = """\
Brackenfield Responsible AI Licence

Section 1. Subject to the terms of this Licence, Brackenfield Collective grants you a worldwide, royalty-free, non-exclusive, irrevocable licence to use, reproduce, modify, publicly display and distribute the Heron Model and Derivatives of it.
Section 2. You must not use the Model or its Derivatives in any of the ways listed in Attachment A (Use Restrictions).
Section 3. If you distribute the Model or a Derivative, you must include the use restrictions of Attachment A as an enforceable provision in any agreement under which you make it available, and you must give every recipient a copy of this Licence.
Section 4. You may add your own terms to your modifications, provided they do not contradict the use restrictions of this Licence.
Section 5. Outputs you generate with the Model are yours; Brackenfield claims no rights in them.

Attachment A. Use Restrictions
You agree not to use the Model or its Derivatives:
(a) to surveil or track individuals without their consent;
(b) to generate or spread disinformation intended to deceive the public;
(c) to harass, threaten or defame any person;
(d) to give medical advice without review by a qualified professional.
"""

# community licence: user threshold, naming rule, AUP by URL
COMMUNITY_MAU = """\
Tarnwick Open Model Community Licence

1. Grant. Tarnwick Systems grants you a non-exclusive, worldwide, royalty-free licence to use, reproduce, distribute, copy, create derivative works of, and make modifications to the Tarnwick Materials.
2. Redistribution. If you distribute the Tarnwick Materials or a product containing them, you must give each recipient a copy of this Agreement and state "Powered by Tarnwick" on a related website or in the product documentation.
3. Naming. If you use the Tarnwick Materials to create, train or fine-tune a model that you distribute, the name of that model must begin with "Tarnwick".
4. Acceptable use. Your use of the Tarnwick Materials must comply with the Tarnwick Acceptable Use Policy, published at https://tarnwick.example/aup, which is incorporated into this Agreement by reference.
5. Larger licensees. If, on the release date of the Materials, the products or services offered by you or your affiliates had more than 400 million monthly active users in the preceding calendar month, you must request a licence from Tarnwick Systems, which it may grant at its sole discretion; until then you are not authorised to exercise any of the rights under this Agreement.
"""

# community licence with a revenue cap
REVENUE_CAP = """\
Silverpine Community Model Licence

Silverpine AI grants you a non-exclusive, worldwide, royalty-free licence to use, copy, modify and distribute the Silverpine Diffusion weights and their derivatives.
This licence covers research, personal and commercial use by individuals and by organisations whose total annual revenue is below USD 1,000,000.
If your organisation's annual revenue exceeds USD 1,000,000, you must obtain an enterprise licence from Silverpine AI before using the weights in a commercial product or service.
When you share the weights or a derivative, include a copy of this licence and the notice "Silverpine Diffusion is licensed under the Silverpine Community Model Licence".
The weights are provided as is.
"""

# outputs may not train other models
NO_TRAINING_OTHERS = """\
Ospreyline Model Licence

Ospreyline Inc. grants you a perpetual, worldwide, non-exclusive, royalty-free licence to use, copy, modify, distribute and sublicense the Ospreyline-Chat model, including for commercial purposes.
You may not use the model, or any text, code or other output it generates, to train, distil or improve another large language model, other than Ospreyline-Chat itself or a derivative of it.
Copies you distribute must carry this licence.
Ospreyline provides the model as is and disclaims all warranties.
"""

# research-only licence
RESEARCH_ONLY = """\
Marlowe Foundation Model Research Licence

Marlowe Institute grants you a non-exclusive, non-transferable, non-sublicensable, revocable licence to use, reproduce and modify the Marlowe-30B model solely for non-commercial research purposes.
You may share the model, or models you derive from it, only with other researchers for non-commercial research, and only under this same licence.
You may not use the model, or any derivative of it, in production, in any commercial product or service, or for any revenue-generating activity.
Any publication that reports results obtained with the model must cite Marlowe Institute.
Marlowe Institute may end this licence at any time by notice to you.
"""

# evaluation / non-production licence
NON_PRODUCTION = """\
Kestrelmoor Non-Production Licence

Kestrelmoor SAS grants you a limited, non-exclusive, non-transferable licence to use the Kestrelmoor Large model solely for testing, evaluation and research in a non-production environment.
You may not deploy the model, or any derivative of it, in production or make it available to third parties as part of a product or service.
You may not distribute the model or its derivatives to anyone.
Any use for commercial purposes requires a separate commercial licence from Kestrelmoor SAS.
All rights not expressly granted are reserved.
"""

# non-commercial licence with a paid commercial tier
NC_PAID_TIER = """\
Glimmerfen Creative Model Licence

Glimmerfen Studio permits you to use, copy, modify and share the Glimmerfen Voice model for non-commercial purposes only.
Credit Glimmerfen Studio when you share the model or work made with it.
To use the model commercially, you must subscribe to a Glimmerfen Professional plan, which comes with its own commercial licence.
Glimmerfen Studio may publish new versions of this licence.
"""

# usage policy incorporated by a URL
AUP_URL = """\
Wrenhaven Model Licence 2.0

Wrenhaven Ltd grants you a worldwide, non-exclusive, royalty-free licence to use, reproduce, modify and distribute the Wrenhaven-Coder model and its derivatives.
You agree that your use of the model and of anything built on it will comply with the Wrenhaven Usage Policy at https://wrenhaven.example/usage-policy, as that policy is updated from time to time.
If you distribute the model or a derivative, you must require your recipients to follow the same Usage Policy.
Nothing in this licence limits commercial use of the model.
"""

# regional exclusion ('does not extend to')
REGIONAL = """\
Moorhen Multimodal Licence

Moorhen AI grants you a worldwide, royalty-free licence to use, modify and distribute the Moorhen-Omni model for any purpose.
This licence does not extend to individuals or entities located in the United Kingdom or the European Economic Area, who may not download, install or use the model.
Copies you pass on must include this licence.
"""

# licence that ends if you sue (a patent defence, no limit)
ENDS_IF_YOU_SUE = """\
Alderwisp Open Weights Licence

Alderwisp Research grants you a worldwide, royalty-free, non-exclusive licence to use, copy, modify, distribute and sell the Alderwisp-3B weights for any purpose.
If you bring a lawsuit or other claim against Alderwisp Research alleging that the weights infringe your patents or other intellectual property, every licence granted to you under this document ends automatically on the date the claim is filed.
You must keep this licence text with any copy of the weights.
"""

# Korean: user threshold, outputs may not train other models
KOREAN = """\
한빛 모델 커뮤니티 라이선스

한빛에이아이는 귀하에게 한빛-8B 모델을 사용, 수정 및 재배포할 수 있는 권리를 부여합니다.
귀하의 서비스의 월간 활성 사용자 수가 1억 명을 초과하는 경우 별도의 라이선스를 받아야 합니다.
귀하는 본 모델의 출력을 다른 언어 모델의 학습에 사용할 수 없습니다.
"""

# Chinese: user threshold
CHINESE = """\
青川模型许可协议

青川智能科技有限公司（"许可方"）授予您非独占的、全球范围内的、免版税的许可，您可以使用、复制、修改和分发青川-7B模型及其衍生模型。
如果您的产品或服务的月活跃用户超过一亿，您必须向许可方申请商业授权，未经许可方书面授权，您无权行使本协议下的任何权利。
您分发本模型或其衍生模型时，必须向接收方提供本协议的副本。
本模型按"原样"提供，许可方不作任何担保。
"""

# Chinese: academic research only
CHINESE_RESEARCH = """\
星河大模型研究许可

星河实验室授予您使用和修改星河-34B模型的权利，但本模型仅限学术研究使用。
禁止将本模型或其衍生模型用于任何商业用途。
未经星河实验室书面许可，不得分发本模型的权重。
"""

# dataset licence: non-commercial research, no redistribution
DATASET = """\
Driftmere Dialogue Corpus Licence

The Driftmere Dialogue Corpus is made available by the Driftmere Lab for non-commercial research purposes only.
You may use the corpus and modify or annotate it for your own research.
You may publish your annotations and statistics derived from the corpus, but you may not redistribute the corpus itself or any substantial part of it.
Commercial use of the corpus, including training models that are offered commercially, is prohibited.
"""

# terms of service of an API model, no licence
API_TERMS = """\
Corvane API Terms of Service

These Terms govern your access to and use of the Corvane API and the models offered through it. They are not a licence to any model.
Subject to these Terms, we grant you a limited, revocable, non-exclusive, non-transferable right to access the API for your own use.
You may not (a) attempt to extract, copy or reconstruct the model weights; (b) use outputs of the API to develop models that compete with Corvane; (c) resell or sublicense access to the API; or (d) reverse engineer any part of the service.
Your use must follow our Usage Policies.
Corvane retains all right, title and interest in the API and the models. All rights reserved.
"""

# agentic-use limit, watermark, derivatives under the same licence
AGENT_MODEL = """\
Thistledown Agent Model Licence

Thistledown Labs grants you a worldwide, non-exclusive, royalty-free licence to use, modify, fine-tune and redistribute the Thistledown-Agent model, commercially or otherwise.
You must not deploy the model in an autonomous system that can take actions in critical infrastructure, such as power grids or medical devices, without meaningful human oversight.
You must not remove or alter the watermark that the model embeds in generated media.
Fine-tuned versions you release must carry the restrictions of this licence and be released under this licence.
"""

# 'users per month' threshold, name must contain the model's name
USERS_PER_MONTH = """\
Quarrystone Model Licence

Quarrystone grants you a free, worldwide, non-exclusive licence to run, adapt and share the Quarrystone-Mini model and anything you build from it.
This free licence is for organisations whose services reach fewer than 50 million users per month; an organisation above that size needs a written agreement with Quarrystone before it uses the model.
Models you derive from Quarrystone-Mini must have "Quarrystone" in their name.
Anyone you give the model to gets it under these same terms.
"""

# grant to small companies, larger ones must buy a licence
EMPLOYEE_COUNT = """\
Bramblecote Small Business Model Licence

Bramblecote Ltd lets individuals, academic institutions and companies with fewer than 100 employees use, modify and redistribute the Bramblecote-Speech model at no cost, including in paid products.
Companies with 100 or more employees must buy a business licence before using the model.
Redistributed copies must include this licence.
"""

# personal/hobby/academic use, fine-tunes for the same purposes
PERSONAL_HOBBY = """\
Cinderpath Model Licence

Cinderpath lets you download and run the Cinderpath-Art model for personal, hobby and academic projects.
You may fine-tune it and share your fine-tunes with others for the same purposes.
Using the model, or anything generated with it, in a business, a paid product or a production service requires a Cinderpath Pro licence.
"""


PROBES = [
    pytest.param(BUILT_WITH, {'use': 'free', 'modify': 'conditional', 'redistribute': 'conditional', 'commercial': 'free'}, 'open', ('modify', 'Built with Lanternfish'), id='built_with'),
    pytest.param(OPENRAIL, {'use': 'restricted', 'modify': 'conditional', 'redistribute': 'conditional', 'commercial': 'free'}, 'semi-open', ('redistribute', 'enforceable provision'), id='openrail'),
    pytest.param(COMMUNITY_MAU, {'use': 'restricted', 'modify': 'conditional', 'redistribute': 'conditional', 'commercial': 'restricted'}, 'semi-open', ('commercial', 'monthly active users'), id='community_mau'),
    pytest.param(REVENUE_CAP, {'use': 'free', 'modify': 'free', 'redistribute': 'conditional', 'commercial': 'restricted'}, 'semi-open', ('commercial', 'annual revenue exceeds'), id='revenue_cap'),
    pytest.param(NO_TRAINING_OTHERS, {'use': 'restricted', 'modify': 'free', 'redistribute': 'conditional', 'commercial': 'free'}, 'semi-open', ('use', 'distil or improve another'), id='no_training_others'),
    pytest.param(RESEARCH_ONLY, {'use': 'restricted', 'modify': 'restricted', 'redistribute': 'restricted', 'commercial': 'prohibited'}, 'closed', ('use', 'solely for non-commercial research'), id='research_only'),
    pytest.param(NON_PRODUCTION, {'use': 'restricted', 'modify': 'prohibited', 'redistribute': 'prohibited', 'commercial': ('restricted', 'prohibited')}, 'closed', ('redistribute', 'may not distribute the model'), id='non_production'),
    pytest.param(NC_PAID_TIER, {'use': 'free', 'modify': 'free', 'redistribute': 'conditional', 'commercial': ('restricted', 'prohibited')}, 'semi-open', ('commercial', 'non-commercial purposes only'), id='nc_paid_tier'),
    pytest.param(AUP_URL, {'use': 'restricted', 'modify': 'free', 'redistribute': 'conditional', 'commercial': 'free'}, 'semi-open', ('use', 'Usage Policy at https://'), id='aup_url'),
    pytest.param(REGIONAL, {'use': 'restricted', 'modify': 'free', 'redistribute': 'conditional', 'commercial': 'free'}, 'semi-open', ('use', 'does not extend to individuals'), id='regional'),
    pytest.param(ENDS_IF_YOU_SUE, {'use': 'free', 'modify': 'free', 'redistribute': 'free', 'commercial': 'free'}, 'open', None, id='ends_if_you_sue'),
    pytest.param(KOREAN, {'use': 'restricted', 'modify': 'free', 'redistribute': 'conditional', 'commercial': 'restricted'}, 'semi-open', ('use', '다른 언어 모델의 학습'), id='korean'),
    pytest.param(CHINESE, {'use': 'free', 'modify': 'free', 'redistribute': 'conditional', 'commercial': 'restricted'}, 'semi-open', ('commercial', '月活跃用户'), id='chinese'),
    pytest.param(CHINESE_RESEARCH, {'use': 'restricted', 'modify': 'restricted', 'redistribute': 'restricted', 'commercial': 'prohibited'}, 'closed', ('modify', '仅限学术研究'), id='chinese_research'),
    pytest.param(DATASET, {'use': 'restricted', 'modify': 'restricted', 'redistribute': 'prohibited', 'commercial': 'prohibited'}, 'closed', ('redistribute', 'may not redistribute the corpus'), id='dataset'),
    pytest.param(API_TERMS, {'use': 'restricted', 'modify': 'prohibited', 'redistribute': 'prohibited', 'commercial': ('restricted', 'prohibited')}, 'closed', ('use', 'compete with Corvane'), id='api_terms'),
    pytest.param(AGENT_MODEL, {'use': 'restricted', 'modify': 'conditional', 'redistribute': 'conditional', 'commercial': 'free'}, 'semi-open', ('modify', 'released under this licence'), id='agent_model'),
    pytest.param(USERS_PER_MONTH, {'use': 'free', 'modify': 'conditional', 'redistribute': 'conditional', 'commercial': 'restricted'}, 'semi-open', ('commercial', '50 million users per month'), id='users_per_month'),
    pytest.param(EMPLOYEE_COUNT, {'use': 'free', 'modify': 'free', 'redistribute': 'conditional', 'commercial': 'restricted'}, 'semi-open', ('commercial', '100 or more employees'), id='employee_count'),
    pytest.param(PERSONAL_HOBBY, {'use': 'restricted', 'modify': 'restricted', 'redistribute': 'restricted', 'commercial': 'restricted'}, 'closed', ('modify', 'for the same purposes'), id='personal_hobby'),
]


@pytest.mark.parametrize(("text", "expected", "expected_tier", "evidence"), PROBES)
def test_model_licence_probe(text, expected, expected_tier, evidence):
    v = verdicts(text)
    for dim, want in expected.items():
        allowed = want if isinstance(want, tuple) else (want,)
        assert v[dim] in allowed, (dim, v)
    assert tier(v) == expected_tier, v
    if evidence is not None:
        dim, phrase = evidence
        r = read_clauses(text)
        spans = [text[e.start : e.end] for e in r.restrictions[dim].evidence]
        assert any(phrase in s for s in spans), (dim, spans)
        # evidence is the clause that caused the verdict, not the whole text
        assert all(len(s) < len(text) * 0.6 for s in spans), spans


# ------------------------------------------------------------------ single readings

def effects(clause: str) -> dict[str, str]:
    """What the rules read in one clause, written as it would stand in a text."""
    return clause_effects(normalise_clause(clause))


@pytest.mark.parametrize(("clause", "dim", "want"), [
    ("Your use is subject to the Pinecroft Responsible Use Guidelines at https://pinecroft.example/g, "
     "which may be revised at any time.", "use", "restricted"),
    ("Businesses that earn more than ten million dollars a year must contact Dovecote Labs for a "
     "commercial licence.", "commercial", "restricted"),
    ("Any modified model you share must be shared subject to the same behavioural restrictions.",
     "modify", "conditional"),
    ("Products that use the model must credit Reedmarsh in their user-facing documentation.",
     "redistribute", "conditional"),
    ("If you share the model or a modified version, you must do so under this licence and without "
     "charge.", "modify", "conditional"),
    ("You may not share the weights with anyone who has not registered.", "redistribute", "conditional"),
    ("Knowledge distillation from this model into a model you do not release under this licence is "
     "not permitted.", "use", "restricted"),
    ("Companies whose products have more than 20 million daily users need a separate licence.",
     "commercial", "restricted"),
    ("The model may be used only by government agencies and public institutions.", "use", "restricted"),
    ("Fallowfield grants you access to the weights for non-commercial scientific research and "
     "evaluation.", "commercial", "prohibited"),
    ("You may publish research results, but you may not release the weights or any model fine-tuned "
     "from them.", "redistribute", "prohibited"),
    ("您不得将本模型的输出用于训练其他大语言模型。", "use", "restricted"),
    ("禁止将本模型或其衍生模型用于任何商业用途。", "commercial", "prohibited"),
    ("본 모델을 군사 목적으로 사용할 수 없습니다.", "use", "restricted"),
])
def test_a_model_licence_clause_is_read(clause, dim, want):
    assert effects(clause).get(dim) == want


@pytest.mark.parametrize("clause", [
    "You may not use the model or its fine-tunes in production.",  # fine-tunes: the object of use
    "You must not remove or alter the watermark that the model embeds in generated media.",
    "禁止将本模型或其衍生模型用于任何商业用途。",  # the derivative is what is used, not made
])
def test_naming_a_derivative_or_a_watermark_is_no_limit_on_modifying(clause):
    assert "modify" not in effects(clause)


@pytest.mark.parametrize("clause", [
    "Use in a business requires no licence.",
    "You must not use the model to break any law.",
    "您不得利用本模型从事违反法律法规的活动。",  # staying lawful is no field-of-use limit
])
def test_no_limit_is_read_where_none_is_set(clause):
    assert effects(clause).get("commercial") is None and effects(clause).get("use") is None
