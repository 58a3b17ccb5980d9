"""Identification of license texts with real-file noise (reference texts come
from the LicenseDB snapshot shipped with the package)."""

from __future__ import annotations

from tests.conftest import rewrap

import licenselens


def test_exact_text_is_exact(ref):
    r = licenselens.classify_text(ref("apache-2.0"))
    assert r.license.id == "Apache-2.0"
    assert r.matched_by == "exact" and r.confidence == 1.0
    assert r.tier == "open" and r.osi_approved is True


def test_noise_copyright_markdown_crlf_rewrap(ref):
    body = rewrap(ref("mit"), 50)
    text = "# The MIT License\r\n\r\nCopyright (c) 2031 Somebody Invented <x@y.z>\r\n\r\n" + body.replace(
        "\n", "\r\n")
    r = licenselens.classify_text(text)
    assert r.license is not None and r.license.id == "MIT"
    assert r.tier == "open"
    assert r.matched_by in ("exact", "similarity", "fingerprint")


def test_two_licenses_in_one_file_give_an_expression(ref):
    text = (
        "This project is made of two parts.\n\nPart one:\n\n" + ref("bsd-new")
        + "\n\n----\n\nPart two, vendored:\n\n" + ref("mit")
    )
    r = licenselens.classify_text(text)
    assert r.expression in ("BSD-3-Clause AND MIT", "MIT AND BSD-3-Clause")


def test_exception_appended_becomes_with(ref):
    r = licenselens.classify_text(ref("apache-2.0") + "\n\n" + ref("llvm-exception"))
    assert r.expression == "Apache-2.0 WITH LLVM-exception"


def test_version_matters_gpl2_vs_gpl3(ref):
    assert licenselens.classify_text(ref("gpl-2.0")).license.id.startswith("GPL-2.0")
    assert licenselens.classify_text(ref("gpl-3.0")).license.id.startswith("GPL-3.0")


def test_gpl_verdicts_carry_evidence_spans_into_the_text(ref):
    text = ref("gpl-3.0")
    r = licenselens.classify_text(text)
    mod = r.restrictions["modify"]
    assert mod.verdict == "conditional"
    ev = mod.evidence[0]
    assert ev.source == "record"
    if ev.end:  # located in the text: the span is the evidence text
        assert text[ev.start:ev.end] == ev.text


def test_spdx_license_identifier_tag():
    r = licenselens.classify_text("# SPDX-License-Identifier: MIT OR Apache-2.0\nprint('hi')\n")
    assert r.expression == "MIT OR Apache-2.0"
    assert r.matched_by == "identifier"


def test_empty_and_whitespace_text_is_unknown():
    for text in ("", "   \n\t  "):
        r = licenselens.classify_text(text)
        assert r.tier == "unknown" and r.warnings


def test_deterministic(ref):
    text = ref("bsd-simplified")
    a = licenselens.classify_text(text).to_dict()
    b = licenselens.classify_text(text).to_dict()
    assert a == b


FRESH_MODEL_LICENSE = """QUILLFEATHER OPEN WEIGHTS LICENSE, VERSION 1.0
Published by Quillfeather Labs GmbH, 3 March 2027

1. Definitions. "Weights" means the trained parameters released by Quillfeather Labs under
this license. "You" means the person or company exercising rights under this license.

2. Grant. Subject to the conditions below, Quillfeather Labs grants you a worldwide,
non-exclusive, royalty-free license to run, copy, fine-tune, adapt and share the Weights and
any model you derive from them.

3. Conditions on sharing. If you share the Weights or a derived model, you must hand every
recipient a copy of this license, and you must bind them to the Permitted Use Rules in
Schedule 1 by including those rules in your own terms.

4. Scale limit. If the products or services in which you deploy the Weights were used by more
than 25 million monthly active users in the previous calendar month, you must obtain a
separate commercial license from Quillfeather Labs before continuing.

5. No warranty. The Weights are provided as is, without warranty of any kind.

Schedule 1 - Permitted Use Rules
You will not use the Weights or any derived model: to generate disinformation intended to
influence elections; to track individuals without their consent; or to build weapons.
"""


def test_a_model_license_in_no_record_is_read_from_its_clauses():
    r = licenselens.classify_text(FRESH_MODEL_LICENSE, source="LICENSE-MODEL")
    assert r.license is None and r.expression is None
    assert r.matched_by == "clauses"
    assert r.tier == "semi-open"
    assert r.restrictions["use"].verdict == "restricted"
    assert r.restrictions["redistribute"].verdict == "conditional"
    assert r.restrictions["commercial"].verdict == "restricted"
    com = r.restrictions["commercial"].evidence[0]
    assert com.source == "text"
    assert "25 million monthly active users" in " ".join(
        FRESH_MODEL_LICENSE[com.start:com.end].split())
    use = r.restrictions["use"].evidence[0]
    assert "will not use" in FRESH_MODEL_LICENSE[use.start:use.end]
    assert any("clauses" in w for w in r.warnings)


def test_wrong_argument_types_raise_the_package_error():
    import pytest

    from licenselens.errors import LicenselensError

    with pytest.raises(LicenselensError):
        licenselens.classify_text(b"bytes are not text")  # type: ignore[arg-type]
    with pytest.raises(LicenselensError):
        licenselens.identify(None)  # type: ignore[arg-type]


def test_a_look_alike_under_a_new_name_is_not_called_the_known_license(ref):
    # a newer version, or another publisher's copy of a template, is its own license
    text = ref("llama-2-license-2023").replace("Llama 2", "Llama 5").replace("LLAMA 2", "LLAMA 5")
    r = licenselens.classify_text(text)
    assert r.license is None and r.matched_by == "clauses"
    assert r.tier == "semi-open"
    assert any("resembles" in w and "Llama-2" in w.replace("llama-2", "Llama-2") for w in r.warnings)
