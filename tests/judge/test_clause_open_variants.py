"""Open licenses worded in ways the clause reader once misread: duties about notices
or the license document, lists with nested items, conditions on one way of sharing,
public-domain statements in other words.

Every text below was written for these tests; the licensors do not exist.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import tier, verdicts

GRANT = ("Quill Toolkit Licence. Permission is given to whoever receives the Quill toolkit to "
         "use, copy, modify, merge, publish, share and sell it, at no cost and without "
         "restriction. ")


# ------------------------------------------------------------------ notice sections, license document

def test_keeping_the_credit_sections_unchanged_is_a_notice_duty():
    text = GRANT + ("Anyone who forks the toolkit may add a name and a link to the credits and "
                    "homepage sections, but shall not delete or modify anything else in these two "
                    "sections.")
    assert verdicts(text)["modify"] == "free"


def test_a_prohibition_on_the_work_itself_still_reads():
    text = GRANT + "However, you shall not delete or modify anything in the toolkit's source files."
    assert verdicts(text)["modify"] == "prohibited"


@pytest.mark.parametrize("doc", ["licensedocument", "license document", "licensetext"])
def test_the_license_document_may_not_be_changed_even_when_words_run_together(doc):
    text = ("Everyone may copy and pass on verbatim copies of this " + doc + ", but changing it "
            "is not allowed. You may use, modify and share the Quill toolkit under these terms.")
    assert verdicts(text)["modify"] == "free"


def test_the_program_may_not_be_changed_is_still_a_prohibition():
    text = "Everyone may copy the Quill toolkit, but changing it is not allowed."
    assert verdicts(text)["modify"] == "prohibited"


# ------------------------------------------------------------------ list structure

def test_an_indented_sub_item_does_not_end_a_flat_list_of_grants():
    text = ("All rights not expressly granted are reserved by Quill Ltd. Subject to clause 2, you may "
            "for any lawful purpose, royalty-free and for ever:\n"
            "1.1. make adaptations of the toolkit. Adaptations means any work based on it, for\n"
            "example (i) a work that contains it, or\n"
            "      (ii) a work that contains a changed form of it.\n"
            "1.2. use, copy and distribute the toolkit and adaptations, provided that each copy\n"
            "keeps this licence and its notices.\n")
    v = verdicts(text)
    assert v["redistribute"] == "free" and v["modify"] == "free"


def test_a_real_second_section_still_ends_the_list():
    text = ("You may:\n"
            "1.1. use the toolkit on one computer.\n"
            "      (i) for your own projects.\n"
            "2. Quill Ltd reserves all other rights.\n")
    assert verdicts(text)["redistribute"] == "prohibited"


# ------------------------------------------------------------------ conditions on sharing as received

def test_not_altering_the_original_when_sharing_it_as_received_is_a_condition():
    text = ("The recipient may change the Quill fonts and share changed fonts under a new name, and "
            "may copy and share the fonts as received for any purpose.\n"
            "2. If the recipient redistributes the fonts as received, the following conditions "
            "must be met:\n"
            "(1) The recipient may not alter or otherwise modify the fonts.\n"
            "(2) The recipient must include a copy of this licence.\n")
    v = verdicts(text)
    assert v["modify"] in ("free", "conditional") and tier(v) == "open"


def test_a_plain_list_of_prohibitions_still_prohibits():
    text = ("You may use the Quill fonts. You may not:\n"
            "(1) alter or otherwise modify the fonts.\n"
            "(2) share them with anyone.\n")
    v = verdicts(text)
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"


# ------------------------------------------------------------------ commercial use, registration

def test_commercial_and_non_commercial_use_permitted_with_registration_is_no_commercial_limit():
    text = ("1. Commercial and non-commercial use of the Quill toolkit is permitted provided that a "
            "current registration is on file with Quill Ltd. 2. You may copy, modify and share it.")
    assert verdicts(text)["commercial"] in ("free", "conditional")


def test_commercial_use_alone_needing_registration_is_still_a_limit():
    text = "Commercial use of the Quill toolkit requires registration. You may copy and modify it."
    assert verdicts(text)["commercial"] == "restricted"


# ------------------------------------------------------------------ grants in other words

def test_no_other_restrictions_after_a_notice_condition_is_a_grant():
    text = ("The following restriction applies to the Quill word list: if it is used in a program "
            "or passed on in any form, its copyright notice must be shown.\n"
            "There are no other restrictions: I would like the list to travel as widely as possible.")
    assert tier(verdicts(text)) == "open"


def test_no_other_restrictions_than_the_agreement_grants_nothing():
    text = ("Quill Ltd. All rights reserved. There are no other restrictions than those set out in "
            "your signed agreement with Quill Ltd.")
    assert tier(verdicts(text)) != "open"


@pytest.mark.parametrize("verbs", ["copy, change and share", "use, copy, rework and redistribute",
                                   "use, fork or improve"])
def test_change_in_a_list_of_granted_acts_is_modification(verbs):
    text = f"You may {verbs} the Quill toolkit. All other rights are reserved."
    assert verdicts(text)["modify"] == "free"


def test_a_change_as_a_noun_grants_no_modification():
    text = "You may use the Quill toolkit and ask for a change of its terms. All other rights are reserved."
    assert verdicts(text)["modify"] == "prohibited"


@pytest.mark.parametrize("text", [
    "All reports of the Quill office are available in the public domain under the law of its country.",
    "This program was written by a state employee as part of the job. It cannot be copyrighted.",
    "Under national law, the maps shown on this site are not copyright protected.",
])
def test_public_domain_statements_in_other_words(text):
    assert tier(verdicts(text)) == "open"


def test_code_not_in_the_public_domain_is_no_dedication():
    text = "The Quill toolkit is not available in the public domain. All rights reserved."
    assert tier(verdicts(text)) == "closed"


# ------------------------------------------------------------------ cited samples

def test_a_sample_notice_without_blank_lines_ends_at_the_next_numbered_section():
    text = ("Quill Public Licence\n"
            "The work is under this licence when its owner has put the following notice after its "
            "copyright line:\n"
            "Licensed under the Quill Public Licence\n"
            "1. Definitions\n"
            "The Work: the software the owner offers under this licence.\n"
            "2. Rights granted\n"
            "The owner hereby grants you a world-wide, royalty-free licence to use, copy, modify "
            "and distribute the Work for any purpose.\n")
    assert tier(verdicts(text)) == "open"


# ------------------------------------------------------------------ duties that are not prohibitions

def test_not_sharing_changed_code_so_it_could_be_confused_with_the_original_is_a_duty():
    text = ("Permission to use, copy, modify and distribute the Quill code is granted. If you modify "
            "it you must mark your version as changed and not distribute it in such a way that it "
            "might be confused with the original Quill code.")
    assert verdicts(text)["redistribute"] == "free"


def test_a_derivative_that_violates_the_licence_is_a_duty_to_stay_lawful():
    text = ("You may use, copy and adapt the Quill notes. One may not create a derivative work which, "
            "in any way, violates the Quill licence described above.")
    assert verdicts(text)["modify"] == "free"


def test_a_statement_about_patents_is_not_a_use_prohibition():
    text = ("Permission to use, copy and share Quill is granted. PATENTS: to the best of my knowledge, "
            "Quill and its library do not use any patented method.")
    assert verdicts(text)["use"] == "free"


def test_only_this_version_of_the_licence_is_a_frame():
    text = ("You may use, change and share this program. Redistribution or modification of it under "
            "the terms of any other version of this licence is not permitted.")
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("text", [
    "Unless you have purchased a commercial licence agreement from Quill Ltd, the following terms "
    "apply: you may use, copy, modify and distribute this library.",
    "This library is dual-licensed: you can redistribute it and modify it under these terms, or "
    "you can buy a commercial licence from Quill Ltd.",
])
def test_a_paid_licence_offered_beside_open_terms_is_no_limit(text):
    assert verdicts(text)["commercial"] == "free"


def test_a_paid_licence_after_a_trial_is_still_a_limit():
    text = "You may use the Quill tool for 30 days. After that you must purchase a licence from Quill Ltd."
    assert verdicts(text)["commercial"] == "restricted"


# ------------------------------------------------------------------ more grants and duties in other words

@pytest.mark.parametrize("text", [
    "The author makes the Quill code available to everyone without restriction.",
    "The Quill atlas is licensed to the public without fee to use, reproduce, adapt and share, "
    "for commercial purposes as well.",
    "The author waives all claims to this work. It belongs to everyone.",
])
def test_open_grants_in_plain_words(text):
    assert tier(verdicts(text)) == "open"


def test_waiving_claims_against_the_licensor_is_no_dedication():
    text = "You waive all claims against Quill Ltd arising from use of the software. All rights reserved."
    assert tier(verdicts(text)) == "closed"


def test_fonts_not_sold_by_themselves_is_a_duty_to_bundle():
    text = ("The Quill fonts may be used, embedded, bundled, changed and redistributed, including for "
            "commercial purposes. They may not be sold by themselves.")
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("tail", ["either by themselves or as part of your product",
                                  "by themselves or included in your product"])
def test_fonts_not_sold_in_any_form_is_still_a_limit(tail):
    text = f"You may use the Quill fonts. They may not be sold, {tail}."
    assert verdicts(text)["commercial"] == "restricted"


def test_a_name_suggesting_the_original_is_a_naming_duty():
    text = ("You may use and change the Quill program. You may not distribute the software under a "
            "name that suggests it is the original version.")
    assert verdicts(text)["redistribute"] == "free"


def test_not_distributing_under_any_name_is_still_a_prohibition():
    text = "You may use the Quill program. You may not distribute the software under any name."
    assert verdicts(text)["redistribute"] == "prohibited"


# ------------------------------------------------------------------ frames and notice duties on sharing

SHARE = "You may use, copy, modify and distribute the Quill code. "


@pytest.mark.parametrize("duty", [
    "You may not charge more than a reasonable copying fee for it.",
    "You may not distribute the code in a way that prevents recipients from exercising these rights.",
    "You are not allowed to distribute binaries without also offering the source code.",
    "You may not use the code to break the law.",
    "You may not distribute modified versions under the Quill name without our consent.",
    "It must not be redistributed without this licence file.",
])
def test_frames_and_notice_duties_keep_sharing_open(duty):
    assert tier(verdicts(SHARE + duty)) == "open"


@pytest.mark.parametrize("limit", [
    "It must not be redistributed without a licence from Quill Ltd.",
    "It must not be redistributed without the prior written consent of Quill Ltd.",
])
def test_leave_from_the_licensor_is_still_a_limit(limit):
    assert verdicts("You may use the Quill code. " + limit)["redistribute"] == "restricted"


# ------------------------------------------------------------------ dedications need the owner as subject

@pytest.mark.parametrize("text", [
    "Licensee is entitled to use, copy, modify, merge and distribute the Quill software.",
    "We give you the right to reuse, adapt and republish this Quill material at no cost.",
    "The author has given up all copyright to this program.",
    "The authors renounce all rights to this code.",
    "We hereby surrender all copyright in the Quill tables.",
    "The Quill code is yours to use, change and share.",
    "The Quill software is licensed for any use.",
])
def test_more_grants_and_dedications(text):
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("text", [
    "You must surrender all rights to the software when this agreement ends. All rights reserved.",
    "You waive all claims to the software and its updates. All rights reserved.",
    "Your rights to publish the Quill software depend on this agreement. All rights reserved.",
    "The Quill software is not licensed for any use outside the company. All rights reserved.",
])
def test_the_licensee_giving_up_rights_is_no_dedication(text):
    assert tier(verdicts(text)) == "closed"


# ------------------------------------------------------------------ selling within a larger work, verbatim copies

@pytest.mark.parametrize("limit", ["The code may not be sold, except as part of a larger work.",
                                   "You may not sell it unless it is bundled with other software."])
def test_selling_only_within_a_larger_work_is_a_duty(limit):
    assert verdicts(SHARE + limit)["commercial"] == "conditional"


def test_selling_only_within_the_licensors_product_is_a_limit():
    text = "You may use the Quill code. The code may not be sold, except as part of a product licensed from Quill Ltd."
    assert verdicts(text)["commercial"] == "restricted"


def test_making_and_giving_away_verbatim_copies_is_a_grant():
    text = ("You may make and give away verbatim copies of the Quill package without restriction, "
            "provided that you keep all of the original copyright notices.")
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("text", ["You may make copies of the software for backup purposes only. All rights reserved.",
                                  "You may make two backup copies of the software. All rights reserved."])
def test_backup_copies_grant_no_sharing(text):
    assert tier(verdicts(text)) == "closed"


def test_icons_not_sold_as_a_set_is_a_duty_to_bundle():
    text = ("The Quill icons can be used free of charge in private and commercial projects and may be "
            "modified. It is not allowed to sell the icons as an icon set.")
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("duty", [
    "Modified versions may not be distributed in binary form only.",
    "You may not distribute modified versions without sending your changes to the original author.",
])
def test_source_and_send_back_duties_are_conditions(duty):
    assert verdicts(SHARE + duty)["redistribute"] == "conditional"


def test_no_binary_distribution_at_all_is_still_a_prohibition():
    assert verdicts("You may use the Quill program. You may not distribute it in binary form.")[
        "redistribute"] == "prohibited"
