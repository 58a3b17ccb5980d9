"""Public-domain statements in the forms short files use, and what is no dedication.

Every sentence below was written for these tests.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import verdicts

from licenselens.judge.clauses import read_clauses
from licenselens.results import DIMENSIONS


@pytest.mark.parametrize("text", [
    "Written by Ona Field in 2003; public domain.",
    "License: public domain",
    "This parser is uncopyrighted.",
    "This table of constants is not protected by copyright.",
    "Copyright abandoned by its author.",
    "You may treat these notes as if they were in the public domain.",
])
def test_a_dedication_in_few_words_frees_every_dimension(text):
    assert set(verdicts(text).values()) == {"free"}


@pytest.mark.parametrize("text", [
    "License: none.",
    "The program is protected by copyright.",
    "This work is not in the public domain.",
    "Nothing here puts the work in the public domain; all rights are reserved.",
])
def test_no_licence_or_copyright_kept_is_no_dedication(text):
    r = read_clauses(text)
    assert all(r.restrictions[d].verdict != "free" for d in DIMENSIONS)
