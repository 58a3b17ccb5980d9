"""Issue: "a known license with a clause added passes as the original".  A text
that matches a known license but adds a restricting clause is read, and reported
as a variant with the clause as evidence."""

from __future__ import annotations

import licenselens
from licenselens.cli import main
from licenselens.judge.variants import variant_id

from ..conftest import reference_text, rewrap

ADDED_NC = "The Software may not be used for commercial purposes."


def test_mit_with_a_non_commercial_clause_is_a_variant():
    text = "Copyright (c) 2024 Example\n\n" + reference_text("mit") + "\n\n" + ADDED_NC + "\n"
    r = licenselens.classify_text(text)
    assert r.license is not None and r.license.id == variant_id("MIT")
    assert r.expression == "LicenseRef-licenselens-variant-of-MIT"
    assert r.osi_approved is False
    assert r.tier == "semi-open"
    com = r.restrictions["commercial"]
    assert com.verdict == "prohibited"
    ev = com.evidence[0]
    assert ev.source == "text" and text[ev.start:ev.end] == ADDED_NC
    assert any("adds to MIT" in w and f"[{ev.start}:{ev.end}]" in w for w in r.warnings)
    assert r.confidence < 0.9


def test_the_gate_fails_a_non_commercial_variant_when_only_open_is_allowed(tmp_path, capsys):
    lic = tmp_path / "LICENSE"
    lic.write_text(reference_text("mit") + "\n\n" + ADDED_NC + "\n", encoding="utf-8")
    assert main(["check", str(lic), "--allow", "open"]) == 1
    assert "commercial" in capsys.readouterr().err


def test_noise_alone_does_not_make_a_variant():
    for key, expected in (("gpl-3.0", "GPL-3.0-only"), ("apache-2.0", "Apache-2.0"),
                          ("bsd-new", "BSD-3-Clause")):
        text = "Copyright 2001-2024 The Authors. All rights reserved.\n\n" + rewrap(
            reference_text(key), 58)
        r = licenselens.classify_text(text.replace("\n", "\r\n"))
        assert r.expression == expected, r.warnings


def test_an_added_clause_that_restricts_nothing_keeps_the_license():
    text = reference_text("mit") + "\n\nPlease cite our paper if you use this software in research.\n"
    r = licenselens.classify_text(text)
    assert r.license is not None and r.license.id == "MIT"


def test_trial_10_mit_with_the_grant_rewritten_to_exclude_distribution():
    mit = reference_text("mit")
    # the grant's list of acts, located by its first and last words in the packaged text
    start = mit.index("to deal in")
    end = mit.index("copies of the Software", start) + len("copies of the Software")
    assert end - start < 200
    text = (mit[:start] + "to use, copy and modify the Software, but not to distribute,\n"
            "sublicense or sell copies of the Software" + mit[end:])
    r = licenselens.classify_text(text)
    assert r.restrictions["redistribute"].verdict == "prohibited"
    assert r.license is not None and r.license.id == variant_id("MIT")
    assert r.tier != "open"
