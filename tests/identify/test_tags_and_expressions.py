"""SPDX tags and expressions: every form is read, nothing is dropped silently,
and a tag never hides what the text itself says (first-use trial 1, 10, 16, 20)."""

from __future__ import annotations

import pytest

import licenselens

from ..conftest import reference_text

TAGS = [
    ("// SPDX-License-Identifier: MIT\n// SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n",
     "MIT AND Apache-2.0 AND CC-BY-4.0"),
    ("/* SPDX-License-Identifier: (MIT OR GPL-2.0-only) AND BSD-3-Clause */",
     "(MIT OR GPL-2.0-only) AND BSD-3-Clause"),
    ("# spdx-license-identifier: gpl-2.0+", "GPL-2.0-or-later"),
    ("// SPDX-License-Identifier: GPL-2.0-or-later WITH Classpath-exception-2.0\n"
     "// SPDX-License-Identifier: MIT", "GPL-2.0-or-later WITH Classpath-exception-2.0 AND MIT"),
]


@pytest.mark.parametrize(("text", "expression"), TAGS, ids=[t[1] for t in TAGS])
def test_trial_01_every_tag_form_is_an_expression(text, expression):
    assert licenselens.classify_text(text).expression == expression


def test_trial_16_an_unknown_licenseref_tag_is_unknown_not_closed():
    r = licenselens.classify_text("// SPDX-License-Identifier: LicenseRef-MyCorp-Proprietary\n")
    assert r.tier == "unknown"
    assert any("LicenseRef-MyCorp-Proprietary" in w for w in r.warnings)
    assert all(v.verdict == "unknown" for v in r.restrictions.values())


def test_trial_10_a_tag_over_a_restrictive_text_does_not_decide():
    text = ("SPDX-License-Identifier: MIT\n\nExample Model License\n\n"
            "The Licensor grants you a non-exclusive, worldwide license to use, copy and modify "
            "the Model for non-commercial research purposes only. You may not use the Model or "
            "its outputs for any commercial purpose. You may not distribute the Model or any "
            "derivative of it without the Licensor's prior written permission.\n")
    r = licenselens.classify_text(text)
    assert r.expression != "MIT" and r.tier in ("semi-open", "closed")
    assert r.restrictions["commercial"].verdict == "prohibited"
    assert any("tag says MIT" in w for w in r.warnings)


def test_a_tag_that_agrees_with_the_text_is_kept():
    r = licenselens.classify_text("SPDX-License-Identifier: MIT\n\n" + reference_text("mit"))
    assert r.expression == "MIT" and not any("tag says" in w for w in r.warnings)


def test_a_tag_over_code_decides():
    code = "\n".join(f"int f{i}(int x) {{ return x * {i}; }}" for i in range(40))
    r = licenselens.classify_text("// SPDX-License-Identifier: Apache-2.0\n" + code)
    assert r.expression == "Apache-2.0" and r.tier == "open"


def test_a_tag_over_another_license_text_gives_the_text_and_a_warning():
    r = licenselens.classify_text("SPDX-License-Identifier: MIT\n\n" + reference_text("gpl-3.0"))
    assert r.expression == "GPL-3.0-only"
    assert any("tag says MIT" in w for w in r.warnings)


@pytest.mark.parametrize(("query", "expression", "tier"), [
    ("MIT WITH Apache-2.0", "MIT AND Apache-2.0", "open"),
    ("MIT OR MIT", "MIT", "open"),
    ("MIT AND MIT AND Apache-2.0", "MIT AND Apache-2.0", "open"),
    ("MIT AND LicenseRef-foo", "MIT AND LicenseRef-foo", "unknown"),
    ("MIT OR LicenseRef-foo", "MIT OR LicenseRef-foo", "open"),
])
def test_trial_20_expressions_are_checked_and_kept_whole(query, expression, tier):
    r = licenselens.identify(query)
    assert (r.expression, r.tier) == (expression, tier), r.warnings


def test_trial_20_a_license_used_as_an_exception_is_said():
    assert any("not an exception" in w for w in licenselens.identify("MIT WITH Apache-2.0").warnings)


@pytest.mark.parametrize(("query", "expected"), [
    ("bsd", "BSD-3-Clause"), ("License :: OSI Approved :: BSD License", "BSD-3-Clause"),
    ("gpl", "GPL-1.0-or-later"), ("LGPL", "LGPL-2.0-or-later"),
])
def test_trial_21_a_family_name_is_read_with_a_warning(query, expected):
    r = licenselens.identify(query)
    assert r.expression == expected
    assert any("names a family" in w for w in r.warnings)


def test_a_precise_id_has_no_family_warning():
    assert licenselens.identify("BSD-3-Clause").warnings == []
