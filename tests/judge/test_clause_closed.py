"""Readings of proprietary terms (end-user agreements, developer licences, terms of
service): narrow grants, prohibition lists and reservations that make a text closed.

Every text below was written for these tests; the licensors and products do not exist.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import tier, verdicts

from licenselens.judge.clauses import read_clauses
from licenselens.judge.clauses.grants import commercial_free, grant
from licenselens.judge.clauses.matching import clause_effects
from licenselens.judge.clauses.segment import normalise_clause


def effects(clause: str) -> dict[str, str]:
    """What the rules read in one clause, written as it would stand in a text."""
    return clause_effects(normalise_clause(clause))


def evidence(text: str, dim: str) -> str:
    r = read_clauses(text)
    return " ".join(text[e.start : e.end] for e in r.restrictions[dim].evidence)


# ------------------------------------------------------------------ grants

def test_a_grant_with_hyphenated_attributes_is_a_grant():
    g = grant("marrowby ltd grants the customer a non-exclusive, non-transferable, worldwide, "
              "fee-bearing licence to use and adapt the toolkit.")
    assert g is not None
    assert g[0] >= {"use", "modify"}


def test_a_limited_licence_with_stripped_attributes_is_scoped():
    g = grant("the vendor grants the licensee a limited, non-transferable, non-sublicensable "
              "licence to run the console.")
    assert g is not None and g[2] == "scope"


def test_internal_business_purposes_of_the_licensee_limit_use():
    assert effects(
        "The vendor grants the Licensee a licence to run the console for the Licensee's "
        "internal business purposes only."
    )["use"] == "restricted"


# ------------------------------------------------------------------ selling inside a prohibition

@pytest.mark.parametrize("clause", [
    "It is forbidden to hand out, publish, sublicense or sell copies of the toolkit.",
    "The customer may not sell, pledge, lend or hand over the toolkit to anyone.",
])
def test_selling_inside_a_prohibition_does_not_allow_commercial_use(clause):
    assert not commercial_free(normalise_clause(clause))
    assert effects(clause).get("commercial") in ("restricted", "prohibited")


def test_selling_copies_in_a_grant_still_allows_commercial_use():
    assert commercial_free("you may copy, share and sell copies of the atlas.")


def test_commercialise_in_a_prohibition_list_leaves_the_other_verbs_prohibited():
    e = effects("the licensee may not reveal, alter, commercialise, hand out or "
                       "distribute the preview build.")
    assert e["modify"] == "prohibited"
    assert e["redistribute"] == "prohibited"
    assert e["commercial"] in ("restricted", "prohibited")


# ------------------------------------------------------------------ enumerated prohibitions

LIST_IN_ONE_CLAUSE = (
    "Fenwick Tools Licence\n\n"
    "Fenwick grants you a nonexclusive licence to use the Tools once you have paid for them.\n\n"
    "You may not (a) copy or pass on the Tools except as this licence provides; (b) translate "
    "or decompile the Tools except where the law allows it; or (c) rent or lease the Tools.\n"
)


def test_a_prohibition_reaches_every_item_of_its_list():
    v = verdicts(LIST_IN_ONE_CLAUSE)
    assert v["modify"] == "prohibited"
    assert v["commercial"] in ("restricted", "prohibited")
    assert "decompile" in evidence(LIST_IN_ONE_CLAUSE, "modify")


LIST_OVER_CLAUSES = (
    "Fenwick Tools Licence\n\n"
    "Fenwick grants you a nonexclusive licence to use the Tools once you have paid for them.\n\n"
    "You may not 1) copy or pass on the Tools except as this licence provides; 2) Translate "
    "or decompile the Tools except where the law allows it; or 3) rent or lease the Tools.\n"
)


def test_a_numbered_list_cut_into_clauses_keeps_its_prohibition():
    v = verdicts(LIST_OVER_CLAUSES)
    assert v["modify"] == "prohibited"
    assert v["commercial"] in ("restricted", "prohibited")
    assert tier(v) == "closed"


def test_an_item_with_its_own_subject_is_not_part_of_the_list():
    e = effects("you may not (a) rent the tools; (b) you must distribute the source "
                       "code with every copy.")
    assert "redistribute" not in e
