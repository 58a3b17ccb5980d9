"""Proprietary statements that must not be read as open: permission denied outright,
grants that depend on a separate licence or on permission, non-commercial grants in
other words, platform and field limits, commercial use that needs a licence.

Every text below was written for these tests; the licensors and products do not exist.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import tier, verdicts

from licenselens.judge.clauses.grants import commercial_free, grant
from licenselens.judge.clauses.matching import clause_effects
from licenselens.judge.clauses.segment import normalise_clause, segment


def effects(clause: str) -> dict[str, str]:
    """What the rules read in one clause, written as it would stand in a text."""
    return clause_effects(normalise_clause(clause))


# ------------------------------------------------------------------ permission denied

DENIED = [
    "Permission is hereby NOT granted, to any person obtaining a copy of the Quillon toolkit, "
    "to deal in the toolkit without restriction, including the rights to use, copy, modify, "
    "merge, publish, distribute, sublicense and/or sell copies of it.",
    "No permission is hereby granted to anyone holding a copy of the Quillon toolkit to use, "
    "copy, modify or sell it without restriction.",
    "Permission is hereby restricted, to any person obtaining a copy of the Quillon toolkit, "
    "to deal in it with restriction, including the rights to use, copy and modify it.",
    "You have no permission from the Quillon authors to use, modify or share the toolkit.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_permission_grants_nothing_in_its_sentence(text):
    assert grant(normalise_clause(text)) is None
    assert not commercial_free(normalise_clause(text))
    v = verdicts("Quillon toolkit. Copyright Quillon Labs.\n\n" + text)
    assert "free" not in v.values()
    assert tier(v) == "closed"


def test_a_sentence_whose_subject_is_a_negation_grants_nothing():
    for clause in (
        "No part of the Quillon handbook, in print or in any other form, may be copied, "
        "stored or handed on without the written consent of Quillon Labs.",
        "No licence, express or implied, to any of Quillon's rights is granted by this leaflet.",
        "Nothing in these terms limits or grants you rights that go beyond the open "
        "licences of the bundled parts.",
    ):
        assert grant(normalise_clause(clause)) is None, clause


def test_a_negated_subject_that_only_protects_a_grant_still_grants():
    g = grant(normalise_clause(
        "Nothing in this licence shall be construed to restrict your right to use the "
        "Quillon toolkit for any purpose."))
    assert g is not None and g[1]


def test_a_denial_about_the_marks_leaves_the_grant_of_the_work():
    g = grant(normalise_clause(
        "Permission to use, copy, modify and distribute the atlas is hereby granted, but "
        "rights in the Quillon trademarks are not granted."))
    assert g is not None and {"use", "modify", "redistribute"} <= g[0]


def test_a_refusal_for_profit_is_not_a_grant():
    text = ("Permission to reprint this guide, or any substantial part of it (unless you wrote "
            "that part yourself), for profit is explicitly not granted. Permission to hand out "
            "copies free of charge is granted, provided this notice stays intact.")
    assert grant(normalise_clause(text.split(". ")[0])) is None
    assert verdicts(text)["commercial"] == "prohibited"


def test_a_grant_to_a_named_party_is_no_grant_to_the_reader():
    assert grant(normalise_clause(
        "An exception is granted to Brindle Works Ltd to use, copy and modify the toolkit.")) is None


# ------------------------------------------------------------------ another licence or permission needed

@pytest.mark.parametrize("text", [
    "Possession, use or copying of the Quillon software is authorised only pursuant to a "
    "valid written licence from Quillon Labs.",
    "The essays in this folder are protected by copyright and may be used only with the "
    "explicit permission of their author.",
    "This file is licensed under the terms of your licence agreement with Quillon Labs.",
    "Distributed under the Quillon Master License Agreement.",
])
def test_terms_that_point_to_a_separate_licence_or_permission_are_not_open(text):
    v = verdicts("Copyright Quillon Labs.\n\n" + text)
    assert "free" not in v.values()
    assert tier(v) == "closed"


# ------------------------------------------------------------------ non-commercial in other words

@pytest.mark.parametrize("clause", [
    "Non-commercial usage of these sprites is allowed without any restrictions.",
    "Feel free to download this theme but non commercial use only.",
    "These maps may be used for free for non commercial usage.",
    "You can use, change and pass on this code freely as long as you don't do so commercially.",
    "General permission to copy or adapt the tables, but not for profit, is hereby granted.",
    "Copies may be made for classroom use provided that copies are not made or distributed "
    "for profit or commercial advantage.",
])
def test_non_commercial_grants_in_other_words_prohibit_commercial_use(clause):
    assert effects(clause).get("commercial") == "prohibited"


def test_a_comment_leader_of_two_marks_does_not_hide_a_non_commercial_limit():
    text = ("/ # You are free to use, change or pass on this script in any way you like for\n"
            "/ # non-commercial purposes, but please keep the author's name.\n"
            "/ # The script comes with no warranty at all.")
    assert not any(c.text.startswith("/") for c in segment(text))
    assert verdicts(text)["commercial"] == "prohibited"


# ------------------------------------------------------------------ platform and field limits

@pytest.mark.parametrize("clause", [
    "This code may be modified and used freely on Zentrix computers.",
    "Harlow grants permission to use and pass on these firmware files for use with Harlow "
    "devices, but not as part of another operating system.",
    "Permission is hereby granted for use on Harlow boards only, free of charge, to any person.",
    "The companion app can only be used with the Harlow keypad.",
    "Permission is granted to copy and modify the library, solely in fields other than "
    "online betting.",
    "You may use the plug-ins for online play only (all other use is prohibited).",
])
def test_a_platform_or_field_limit_restricts_use(clause):
    assert effects(clause).get("use") == "restricted"


def test_a_grant_for_any_device_is_no_platform_limit():
    assert effects("You may use the library with any device or computer you like.").get("use") \
        != "restricted"


# ------------------------------------------------------------------ commercial use needs a licence

@pytest.mark.parametrize("clause", [
    "Using this library in commercial applications requires the author's permission.",
    "Anyone may use and share the icons, but may need permission to use them in a "
    "commercial product.",
    "Commercial use is permitted with written permission only.",
    "For commercial use, please contact the author.",
])
def test_commercial_use_that_needs_permission_is_restricted(clause):
    assert effects(clause).get("commercial") == "restricted"


def test_commercial_use_without_asking_is_not_restricted():
    assert effects("Commercial use is allowed without asking for permission.").get("commercial") \
        != "restricted"


# ------------------------------------------------------------------ more denials and limits

def test_nobody_but_the_licensor_may_change_its_warranty():
    assert grant(normalise_clause(
        "No employee, reseller or agent of ours is authorised to modify this limited "
        "warranty.")) is None


def test_permission_not_granted_to_act_prohibits_the_acts():
    e = effects("Permission is not granted to use or change the tool for commercial use.")
    assert e.get("commercial") == "prohibited"


def test_sharing_on_a_nonprofit_basis_prohibits_commercial_use():
    assert effects("Permission is granted to copy the tool, to pass it on on a non-profit "
                   "basis, and to use it for any purpose.").get("commercial") == "prohibited"


def test_a_device_limit_without_a_maker_name_restricts_use():
    assert effects("Permission is granted to use and pass on the firmware for use with "
                   "devices, but not as part of another kernel.").get("use") == "restricted"


def test_a_star_comment_whose_lines_carry_on_a_sentence_is_uncommented():
    text = ("The tools\n"
            " * in this folder are offered free of charge to anybody who wants them, and\n"
            " * the sale or use of these tools for profit without the written consent of\n"
            " * Fernhill Labs, Department of Small Machines, Upper Fernhill Road, Fernhill,\n"
            " * is forbidden.\n")
    assert any("sale or use of these tools for profit" in c.text for c in segment(text))
    assert verdicts(text)["commercial"] in ("restricted", "prohibited")


def test_a_markdown_list_of_long_items_keeps_its_markers():
    text = ("Things you may do with the kit:\n"
            "* Use the kit in any project you like, at home or at work, for free.\n"
            "* Copy the kit for your friends and colleagues whenever you want to.\n"
            "* Share the kit on your own website with a link back to ours, please.\n")
    assert len(segment(text)) >= 4


def test_a_grant_made_with_restrictions_restricts_use():
    assert effects("Permission is granted to any person holding a copy of the kit to deal in "
                   "the kit with restriction, including with limitation the rights to use, "
                   "copy and modify it.").get("use") == "restricted"


def test_rights_excluded_at_the_start_of_a_sentence_are_not_granted():
    clause = ("Excluding without limitation the rights to copy, modify, publish or sell copies "
              "of the kit unless approved by written permission.")
    assert grant(normalise_clause(clause)) is None
    e = effects(clause)
    assert e.get("modify") == "restricted" and e.get("redistribute") == "restricted"


def test_distributing_changed_versions_only_with_the_authors_approval_is_restricted():
    assert effects("If you want to distribute changed versions of the kit, however small the "
                   "changes, you have to get my approval first.").get("redistribute") == "restricted"


def test_a_prohibition_except_as_agreed_by_the_owner_needs_permission():
    e = effects("Redistribution and use of the kit, with or without modification, are not "
                "permitted except as agreed by Fernhill Labs.")
    assert e.get("redistribute") == "restricted"


@pytest.mark.parametrize("clause, dim, verdict", [
    ("The scripts may be passed on freely provided that no fee is charged for passing them on.",
     "commercial", "restricted"),
    ("Copying is authorised only if no profit or payment of any kind is received for it.",
     "commercial", "restricted"),
    ("This collection is free and open for non-commercial redistribution under its terms.",
     "commercial", "prohibited"),
    ("Fernhill Labs authorises you to copy the manuals for non-commercial use inside your "
     "company only.", "commercial", "prohibited"),
    ("(a) You do not edit the files under any circumstances.", "modify", "prohibited"),
    ("(b) You only use the files for the Fernhill game server.", "use", "restricted"),
])
def test_free_of_charge_sharing_and_narrow_uses(clause, dim, verdict):
    assert effects(clause).get(dim) == verdict


def test_what_the_licensor_may_do_with_your_ideas_grants_you_nothing():
    assert grant(normalise_clause(
        "Fernhill shall be free to use any ideas, concepts or techniques in your comments for "
        "any purpose, including commercial ones.")) is None


@pytest.mark.parametrize("clause, dim, verdict", [
    ("You may use the widgets at no charge in any app, as long as end users are not charged a "
     "fee of any kind to use it.", "commercial", "restricted"),
    ("The licence allows use by up to the number of users per entity named above.",
     "commercial", "restricted"),
    ("Licensee may not use the Software for an Excluded Purpose.", "use", "restricted"),
    ("You may not offer the Software as part of a hosted service that competes with the "
     "licensor's products.", "use", "restricted"),
])
def test_commercial_thresholds_and_excluded_purposes(clause, dim, verdict):
    assert effects(clause).get(dim) == verdict


def test_a_reference_to_other_terms_grants_nothing_in_a_proprietary_notice():
    text = ("The Fernhill benchmark tools are provided under the terms of the Fernhill Benchmark "
            "License Agreements. The tools are proprietary intellectual property of Fernhill "
            "and are protected by copyright laws.")
    v = verdicts(text)
    assert "free" not in v.values()
    assert tier(v) == "closed"


def test_a_reference_to_other_terms_under_a_plain_copyright_notice_still_reads():
    text = ("Copyright 2020 Fernhill Labs. All rights reserved.\n\n"
            "The contents of this file are licensed under the Fernhill Public License "
            "Version 1.0.")
    r = verdicts(text)
    assert r["use"] == "free"


def test_rights_a_notice_limits_are_not_granted():
    assert grant(normalise_clause(
        "This notice limits rights to copy, modify, publish or sell copies of the kit, unless "
        "agreed otherwise.")) is None


def test_permission_not_granted_for_redistribution_prohibits_it():
    assert effects("Permission is not granted for redistribution of changed versions.").get(
        "redistribute") == "prohibited"
