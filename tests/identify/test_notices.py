"""Issue: "several licenses in one file, or a short notice, are missed".  Every
license a file names is found: notice sentences (with "or" as a choice and
"and" or a second statement as both), SPDX expressions in prose, and the
addresses of license texts and deeds."""

from __future__ import annotations

import pytest

import licenselens

from ..conftest import reference_text

CASES = [
    ("Dual licensed: GNU AGPL 3.0 or a commercial license.",
     "AGPL-3.0-only OR LicenseRef-scancode-proprietary-license"),
    ("Licensed under MIT AND (Apache-2.0 OR BSD-2-Clause).", "MIT AND (Apache-2.0 OR BSD-2-Clause)"),
    ("This model is released under <b>CC-BY-NC-4.0</b>.", "CC-BY-NC-4.0"),
    ("Licensed under either of Apache License, Version 2.0 or MIT license at your option.",
     "Apache-2.0 OR MIT"),
    ("The code is released under the MIT license; the model weights under CC BY-NC 4.0.",
     "MIT AND CC-BY-NC-4.0"),
    ("The authors dedicate this work to the public domain; see "
     "https://creativecommons.org/publicdomain/zero/1.0/ for the deed.", "CC0-1.0"),
    ("Terms: https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0"),
    ("This component is released to the public domain by the author.",
     "LicenseRef-scancode-public-domain"),
    # "or later" is part of the name, not a choice; a bracketed abbreviation is dropped
    ("This file is licensed under the GNU Lesser General Public License version 3 or later.",
     "LGPL-3.0-or-later"),
    ("Our tool is distributed under the GNU General Public License version 2 or (at your "
     "option) any later version.", "GPL-2.0-or-later"),
    ("The library is covered by the GNU Lesser General Public License (LGPL) version 3 or later.",
     "LGPL-3.0-or-later"),
    ("It is released under the Mozilla Public License (MPL) 2.0.", "MPL-2.0"),
    # a notice wrapped over two lines is read whole (not "GNU Lesser General Public" alone)
    ("This library is licensed under the GNU Lesser General Public\nLicense version 2.1 or "
     "later.", "LGPL-2.1-or-later"),
    ("Our code is released under the Mozilla Public License,\nversion 2.0.", "MPL-2.0"),
    ("Licensed under the MIT license\nby its two authors, with thanks", "MIT"),
    ("This software is licensed to you under the terms of the Apache License,\nVersion 2.0.",
     "Apache-2.0"),
]


@pytest.mark.parametrize(("text", "expression"), CASES, ids=[c[1] for c in CASES])
def test_short_notices_name_their_licenses(text, expression):
    r = licenselens.classify_text(text)
    assert r.expression == expression, r.warnings


def test_a_choice_is_judged_by_its_least_restrictive_alternative():
    r = licenselens.classify_text("Dual licensed: GNU AGPL 3.0 or a commercial license.")
    assert r.tier == "open"
    assert r.license is None  # several licenses: read `expression` and `licenses`


def test_both_statements_apply():
    r = licenselens.classify_text(CASES[4][0])
    assert r.tier == "semi-open"
    assert r.restrictions["commercial"].verdict == "prohibited"


def test_markdown_file_with_two_full_licenses_for_different_files():
    text = ("# Licensing\n\nThe files under `engine/` are licensed under the Mozilla Public "
            "License 2.0:\n\n" + reference_text("mpl-2.0") + "\n\n## Everything else\n\n"
            "All other files are under the MIT license:\n\n" + reference_text("mit"))
    assert licenselens.classify_text(text).expression == "MPL-2.0 AND MIT"


def test_a_sentence_that_names_no_license_names_nothing():
    for text in ("Released under the terms below.", "Made available under the following conditions:",
                 "Distributed by Example Inc."):
        assert licenselens.classify_text(text).expression is None, text


def test_an_exception_takes_the_license_its_notice_names():
    """No title names the license, a notice sentence does: the exception that follows
    is to that license."""
    exception = reference_text("classpath-exception-2.0")
    text = ("Parts of this program are covered by the GNU Lesser General Public License (LGPL) "
            "version 3 or later.\n\n" + exception)
    r = licenselens.classify_text(text)
    assert r.expression == "LGPL-3.0-or-later WITH Classpath-exception-2.0", r.warnings


def test_an_exception_is_not_attached_to_another_exception():
    text = reference_text("classpath-exception-2.0") + "\n\n" + reference_text("llvm-exception")
    r = licenselens.classify_text(text)
    assert r.expression is not None and "WITH" not in r.expression
