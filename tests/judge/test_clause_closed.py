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


# ------------------------------------------------------------------ reservations

USE_ONLY_RESERVED = (
    "Quillfeather Viewer Terms\n\n"
    "These terms give you only some rights to use the Viewer. Quillfeather reserves all "
    "other rights. You may install and use the Viewer on your own devices.\n"
)


def test_a_use_only_licence_that_reserves_the_rest_gives_no_commercial_freedom():
    v = verdicts(USE_ONLY_RESERVED)
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"
    assert v["commercial"] in ("restricted", "prohibited")
    assert tier(v) == "closed"
    assert "reserves all other rights" in evidence(USE_ONLY_RESERVED, "commercial")


def test_a_sharing_grant_that_reserves_the_rest_keeps_commercial_use():
    text = (
        "Quillfeather grants you a worldwide, royalty-free, non-exclusive licence to copy, "
        "adapt and distribute the atlas, provided this notice is kept. All rights not expressly "
        "granted here are reserved by Quillfeather."
    )
    v = verdicts(text)
    assert v["commercial"] == "free"
    assert tier(v) == "open"


@pytest.mark.parametrize("clause", [
    "All rights not specifically granted to the Licensee here are retained by Quillfeather.",
    "Quillfeather retains all rights not expressly granted to you in this agreement.",
])
def test_retained_rights_are_reserved(clause):
    text = ("Quillfeather grants the licensee a non-exclusive, non-transferable, licence to run "
            "the Viewer in its own products. " + clause)
    v = verdicts(text)
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"
    assert tier(v) == "closed"


# ------------------------------------------------------------------ paid use, proprietary notices

@pytest.mark.parametrize("clause", [
    "The Dashboard may only be used (run or changed) with a valid Quillfeather subscription "
    "covering every seat.",
    "A purchased Quillfeather licence entitles you to run the Dashboard on any number of hosts.",
])
def test_use_that_needs_a_paid_licence_or_subscription_is_restricted(clause):
    assert effects(clause)["use"] == "restricted"


def test_a_free_of_charge_licence_is_not_paid_use():
    assert "use" not in effects(
        "The Dashboard may only be used with a valid licence key, which we issue free of charge."
    )


@pytest.mark.parametrize("text", [
    "Quillfeather Studio\nQuillfeather End User License Agreement\nhttps://quillfeather.invalid/eula",
    "Holders of a Quillfeather subscription may use this file in accordance with the commercial "
    "license agreement that came with the Studio.",
])
def test_a_notice_that_points_to_proprietary_terms_is_closed(text):
    v = verdicts(text)
    assert tier(v) == "closed"


# ------------------------------------------------------------------ grants to the licensor, leave

def test_what_the_licensee_grants_the_licensor_is_not_granted_to_the_licensee():
    clause = ("The Licensee grants Quillfeather a worldwide, royalty-free licence to advertise, "
              "sell and hand out the Licensee's add-ons through the Quillfeather store.")
    assert grant(normalise_clause(clause)) is None
    assert not commercial_free(normalise_clause(clause))
    assert "commercial" not in effects(clause)


def test_contributors_granting_recipients_is_still_a_grant():
    g = grant(normalise_clause(
        "Each Contributor hereby grants to You a perpetual, worldwide, royalty-free copyright "
        "licence to reproduce, adapt and distribute its Contributions."))
    assert g is not None and "redistribute" in g[0]


def test_leave_in_writing_is_a_permission_not_the_licences_frame():
    assert effects(
        "The subscriber may not alter or adapt the add-on unless Quillfeather has expressly "
        "authorised it in writing."
    )["modify"] == "restricted"
    assert "modify" not in effects(
        "The subscriber may not alter or adapt the add-on except as expressly permitted by this "
        "licence."
    )


def test_a_ban_on_reverse_engineering_alone_restricts_modification():
    assert effects("You shall not decompile or reverse engineer the weights, except where the "
                   "law allows it.")["modify"] == "restricted"
    assert effects("You shall not decompile, adapt or translate the weights.")["modify"] == "prohibited"


# ------------------------------------------------------------------ indented lists

INDENTED_LIST = (
    "Quillfeather Service Terms\n\n"
    "Subject to these terms, you may access and use the Service.\n\n"
    "What is not allowed. For instance, you may not:\n\n"
    "    Alter, copy, rent or pass on any part of the Service.\n"
    "    Harvest the Service's answers by automated means.\n\n"
    "To the extent the law allows, we may suspend accounts that break these terms.\n\n"
    "2.1 Accounts\n\n"
    "Using the Service needs an account. The Service is provided as is, without warranty, "
    "and Quillfeather's liability is limited to the fees paid under this licence agreement.\n"
)


def test_indented_lines_under_a_lead_in_are_items_of_its_list():
    v = verdicts(INDENTED_LIST)
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"
    assert "Alter, copy" in evidence(INDENTED_LIST, "modify")


def test_an_indented_list_ends_where_the_indentation_ends():
    v = verdicts(INDENTED_LIST)
    assert "Using the Service" not in evidence(INDENTED_LIST, "use")
    assert v["use"] != "prohibited"


def test_a_research_grant_that_reserves_the_rest_keeps_its_restricted_freedoms():
    text = (
        "Quillfeather Research Licence\n\n"
        "Quillfeather grants you a limited, non-exclusive licence to copy, share and adapt the "
        "weights solely for your non-commercial research.\n"
        "You shall not decompile or reverse engineer the runtime.\n"
        "All rights not expressly granted are reserved by Quillfeather.\n"
    )
    v = verdicts(text)
    assert v["modify"] == "restricted" and v["redistribute"] == "restricted"
    assert v["commercial"] == "prohibited"


def test_an_exception_for_what_the_law_forbids_to_restrict_gives_no_leave():
    assert effects(
        "You may not translate or decompile the engine (except to the extent such limits are "
        "contrary to applicable law)."
    )["modify"] == "prohibited"


def test_a_protected_work_offered_for_a_purpose_only_is_proprietary():
    text = (
        "Quillfeather Preview Terms\n\n"
        "Preview builds are protected by the copyright and other intellectual property laws of "
        "several countries.\n"
        "Preview builds are provided as is for evaluation and internal use only. You may not use "
        "a preview build for commercial or production purposes. Quillfeather disclaims all "
        "warranties and liability.\n"
    )
    v = verdicts(text)
    assert v["use"] == "restricted"
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"
    assert tier(v) == "closed"


# ------------------------------------------------------------------ common end-user phrasings

@pytest.mark.parametrize("clause, dim, verdict", [
    ("You agree not to lend the Reader to anyone.", "redistribute", "prohibited"),
    ("Under no circumstances may you hand out or distribute the Reader.", "redistribute",
     "prohibited"),
    ("The Reader may not be copied, adapted, modified or passed on.", "modify", "prohibited"),
    ("The Reader is for your personal use only.", "use", "restricted"),
    ("Running the Reader requires a valid licence key purchased from Quillfeather.", "use",
     "restricted"),
])
def test_common_end_user_phrasings_are_read(clause, dim, verdict):
    assert effects(clause)[dim] == verdict


def test_using_one_copy_is_not_copying_for_others():
    e = effects("Quillfeather grants you a non-exclusive licence to use one copy of the Reader "
                "on a single computer.")
    assert e["use"] == "restricted"
    assert "redistribute" not in e


def test_what_follows_a_prohibition_in_a_grant_is_not_granted():
    g = grant(normalise_clause("The Reader may be used by the Licensee alone and may not be "
                               "copied, adapted or passed on."))
    assert g is not None
    assert "modify" not in g[0] and "redistribute" not in g[0]


@pytest.mark.parametrize("clause", [
    "The Reader is licensed, not sold.",
    "Quillfeather retains all right, title and interest in the Reader.",
])
def test_proprietary_markers_withhold_what_nothing_grants(clause):
    v = verdicts("Quillfeather Reader licence agreement. " + clause
                 + " The Reader comes without warranty and Quillfeather's liability is excluded.")
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"


def test_amending_the_agreement_is_not_a_grant_to_modify_the_work():
    assert grant(normalise_clause(
        "This licence agreement may be modified only by a writing signed by both parties.")) is None
    assert grant(normalise_clause("The Reader may be modified and shared freely.")) is not None


def test_a_grant_subject_to_payment_is_paid_use():
    e = effects("Subject to the payment of the applicable licence fees, Quillfeather grants you a "
                "non-exclusive licence to run the Reader.")
    assert e["use"] == "restricted" and e["commercial"] == "restricted"


def test_terms_of_an_agreement_between_two_parties_are_proprietary():
    text = ("These files are supplied under the terms of a licence agreement between Quillfeather "
            "Ltd and Marrowby Inc. and may be used only as that agreement allows.")
    assert tier(verdicts(text)) == "closed"


# ------------------------------------------------------------------ terms that grant nothing

SERVICE_ADDENDUM = (
    "Support Addendum for the Quillfeather Engine.\n\n"
    "1. Support is given by e-mail during office hours.\n\n"
    "2. The customer may not modify the engine in any way.\n\n"
    "3. The customer shall not distribute copies of the engine to any third party.\n\n"
    "4. Fees for support are due at the start of each year and are not refundable.\n\n"
    "5. Either party may end this addendum with thirty days' written notice.\n\n"
    "6. This addendum is governed by the laws of Ontario.\n"
)


def test_terms_that_grant_nothing_and_forbid_two_freedoms_reserve_the_rest():
    v = verdicts(SERVICE_ADDENDUM)
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"
    # silence in proprietary terms is "all rights reserved" (rubric 1)
    assert v["use"] == "prohibited" and v["commercial"] == "prohibited"
    assert tier(v) == "closed"
    r = read_clauses(SERVICE_ADDENDUM)
    assert "grant nothing" in r.restrictions["use"].reason
    assert "may not modify" in evidence(SERVICE_ADDENDUM, "use")


def test_one_prohibition_alone_does_not_reserve_the_rest():
    text = ("Notes on the Quillfeather Engine.\n\n"
            "You may not remove the author's name from the engine.\n\n"
            "The engine is given without any warranty.\n")
    v = verdicts(text)
    assert v["use"] != "prohibited" and v["commercial"] != "prohibited"


def test_terms_that_grant_something_are_not_read_as_reserving_silence():
    text = ("Permission is granted to use and study the Quillfeather Engine.\n\n"
            "You may not modify the engine.\n\n"
            "You may not distribute the engine.\n")
    v = verdicts(text)
    assert v["use"] == "free"
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"


def test_a_one_sentence_notice_forbidding_two_freedoms_leaves_the_rest_unknown():
    v = verdicts("You may not modify the weights, and you may not redistribute them.")
    assert v["redistribute"] == "prohibited" and v["modify"] == "prohibited"
    assert v["use"] == "unknown" and v["commercial"] == "unknown"
