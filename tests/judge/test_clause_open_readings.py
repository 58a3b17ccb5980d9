"""Readings that keep open licenses open: grants worded in other ways, and
conditions that an open license sets without restricting anything.

Every text below was written for these tests; the licensors do not exist.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import tier, verdicts

from licenselens.judge.clauses import read_clauses
from licenselens.judge.clauses.segment import uncomment, undouble

# ------------------------------------------------------------------ grants in other words

@pytest.mark.parametrize("text", [
    "Every use of the Harrow data set shall be permitted, provided that its source is named.",
    "Use and copying of the Harrow tables, with or without changes, is permitted provided that "
    "this notice is kept.",
    "Permission has been granted to copy, change and pass on the Harrow tools in any context "
    "without fee, provided that this notice stays in the documentation.",
    "Licence hereby granted for anybody to use, change or pass on these Harrow scripts at their "
    "own risk.",
    "We authorise the copying and modification of every script on this page, as long as the "
    "author's credit is kept.",
    "The author consents to the use, copying, change and redistribution of the Harrow kit "
    "without payment, as long as this notice is kept in the copies.",
    "I am glad for these routines to be used and shared without payment, provided that I carry "
    "no risk for it.",
    "Free for use, copying and sharing, as long as this note stays in the file.",
    "The Harrow codec has no usage restrictions. It may be used freely, changed or shared.",
])
def test_grants_worded_in_other_ways_are_read(text):
    assert tier(verdicts(text)) == "open"


def test_do_what_you_want_is_a_grant_of_everything():
    text = ("The Harrow Anything Licence. 1. You can do what you want with it. "
            "2. Do not hold the authors liable for what happens.")
    assert set(verdicts(text).values()) == {"free"}


def test_non_commercial_as_well_as_commercial_purposes_is_no_limit():
    text = ("You may use and share the Harrow kit for any non-commercial purpose as well as the "
            "commercial purposes allowed in section 2.")
    assert verdicts(text)["commercial"] != "prohibited"


def test_a_bare_you_may_opens_a_list_of_granted_acts():
    text = ("The licensor grants you a licence to use the work.\n\nYou may:\n\n"
            "copy the work;\nmake adaptations of the work; and\n"
            "publish and share the work and adaptations of it.\n\n"
            "All rights not expressly granted here are reserved by the licensor.")
    v = verdicts(text)
    assert v["modify"] == "free" and v["redistribute"] == "free"


def test_a_list_item_of_several_sentences_keeps_its_lead_in():
    text = ("Subject to clause 2, you may, on a royalty-free basis:\n"
            "1.1 make adaptations of the program. Adaptations means any work based on it.\n"
            "1.2 use, copy and distribute the program and adaptations.\n"
            "All other rights are reserved.")
    assert verdicts(text)["redistribute"] == "free"


def test_a_blank_line_closes_a_list_of_prohibitions():
    text = ("You may use, copy, modify and share the model.\n\nYou must not use the model:\n\n"
            "    to harass people; or\n    to spread disinformation.\n\n"
            "To the extent the law allows, we may stop access that breaks these terms.\n\n"
            "4.1 Outputs\n\nWe claim no rights in the outputs you make.")
    r = read_clauses(text)
    assert r.restrictions["use"].verdict == "restricted"
    assert all("outputs" not in e.text.lower() for e in r.restrictions["use"].evidence)


# ------------------------------------------------------------------ conditions, not restrictions

BASE = ("Permission is hereby granted, free of charge, to any person to use, copy, modify and "
        "distribute this software for any purpose. ")


@pytest.mark.parametrize("sentence", [
    "The recipient may not distribute code that (a) knowingly infringes the rights of others.",
    "A distributor may not impose further conditions or restrictions on the use of any of the "
    "rights given here.",
    "Derived products may not use \"Harrow Kit\" or \"HK\" or any other Harrow Foundation "
    "trademarks or service marks in their product names without permission.",
    "You may not redistribute the code or present it as your own.",
    "It may not occur to you that a changed file may be passed on by accident.",
    "Running the program to make a report does not create a derivative work.",
    "3.2 Distribution of source with no right to further distribute source.",
    "To mark your own version, add the phrase 'Changed copies of this text may not be "
    "distributed' to the notice.",
    "Licence fees are prohibited but fees for the act of copying are allowed.",
])
def test_open_license_conditions_restrict_nothing(sentence):
    assert tier(verdicts(BASE + sentence)) == "open"


@pytest.mark.parametrize("sentence", [
    "Files with the extension .cfg: these may not be modified at all.",
    "You may not modify any file with the file name extension .cfg.",
])
def test_a_prohibition_about_some_files_is_a_condition(sentence):
    assert verdicts(BASE + sentence)["modify"] == "conditional"


def test_a_prohibition_inside_a_proviso_is_a_condition():
    text = ("You may use the standard version and make modified versions for any purpose, "
            "provided that you do not distribute the modified versions.")
    assert verdicts(text)["redistribute"] == "conditional"


def test_a_plain_prohibition_still_prohibits():
    assert verdicts(BASE + "You may not distribute modified versions.")["redistribute"] == \
        "prohibited"


# ------------------------------------------------------------------ more conditions and languages

def test_a_threshold_whose_consequence_is_a_display_duty_is_attribution():
    text = (BASE + "If the software is used in a commercial service with more than 50 million "
            "monthly active users, you must prominently display \"Harrow\" on the user interface "
            "of that service.")
    v = verdicts(text)
    assert v["commercial"] == "free" and v["redistribute"] == "conditional"


def test_a_threshold_that_needs_a_licence_still_restricts():
    text = (BASE + "If your service has more than 50 million monthly active users, you must "
            "request a separate licence from us.")
    assert verdicts(text)["commercial"] == "restricted"


def test_not_publishing_private_changes_is_part_of_the_permission():
    text = (BASE + "Each user is also permitted to keep changes private and do not publish them.")
    assert verdicts(text)["redistribute"] == "free"


def test_a_nominal_prohibition_with_to_is_read_once():
    text = (BASE + "However, changed files are not allowed to be distributed in place of the "
            "original files.")
    v = verdicts(text)
    assert v["modify"] == "free" and v["redistribute"] == "conditional"


def test_a_licence_to_use_the_licensors_marks_does_not_limit_the_work():
    text = (BASE + "The Harrow Trust grants you a licence to use the Harrow attribution "
            "statements solely for the purpose of meeting the attribution duty above.")
    assert tier(verdicts(text)) == "open"


def test_a_german_any_use_is_permitted_grants_everything():
    text = ("Datenlizenz Harrow\n\nJede Nutzung der Daten mit Quellenangabe ist zulässig.\n\n"
            "Der Bereitsteller haftet nicht für Fehler in den Daten.")
    assert set(verdicts(text).values()) == {"free"}


def test_a_japanese_grant_is_read():
    text = ("ハロー・ライセンス\n\n本ソフトウェアは自由に利用することができます。"
            "有料無料を問わず、自由に再配布できます。改変しても構いません。"
            "作者は一切の責任を負いません。")
    assert set(verdicts(text).values()) == {"free"}


def test_a_numbered_section_after_a_list_does_not_inherit_its_lead_in():
    text = ("1. Licence\n1.1 Subject to these terms, the licensor grants you a licence to:\n"
            "(a) use the software; and\n(b) modify the software for your own projects.\n"
            "2. Restrictions\n2.1 You may not distribute the software to anyone.\n"
            "2.2 You may not modify the licence key.")
    r = read_clauses(text)
    assert r.restrictions["redistribute"].verdict == "prohibited"
    assert all("2.1" not in e.text for e in r.restrictions["modify"].evidence)


def test_a_license_in_a_source_comment_is_read_as_sentences():
    text = ("/*\n * Copyright (c) 2020 Harrow Labs\n *\n"
            " * Redistribution and use in source and binary forms, with or without\n"
            " * modification, are permitted provided that the following conditions are met:\n"
            " *\n"
            " *   * Redistributions of source code must retain the above copyright notice.\n"
            " *   * The Harrow logotype must stay as it is: you can remove it, but you\n"
            " *     cannot change it in any way.\n"
            " */\n")
    assert tier(verdicts(text)) == "open"


def test_a_markdown_list_keeps_its_markers():
    text = "* use the kit\n* copy the kit\n* share the kit\n"
    assert uncomment(text) == text


def test_a_hash_comment_block_without_a_bare_leader_is_uncommented():
    # every line opens with "# " (a shell or Python comment), none is "#" alone
    text = ("# Use and copying of this script are permitted provided that this notice\n"
            "# is kept and that the name of Harrow Labs may not be used to\n"
            "# endorse products made with it without written permission.\n"
            "# The script is provided as is, without warranty.\n")
    out = uncomment(text)
    assert len(out) == len(text) and "#" not in out
    v = verdicts(text)
    assert v["use"] == "free"  # the endorsement rule read whole is not a limit on use


def test_double_spaced_text_is_read_as_wrapped_sentences():
    # a blank line after every wrapped line: "except as expressly provided" stays with
    # "you may not copy ... the program" (the exception makes it a frame, not a ban)
    text = ("Permission is granted to copy, modify and share the program.\n\n"
            "You may not copy, modify, sublicense or distribute\n\n"
            "the program except as expressly provided under\n\n"
            "this licence. Any other attempt to copy or\n\n"
            "distribute it is void and ends your rights\n\n"
            "under this licence.\n\n\n\n"
            "The program comes without warranty.\n")
    out = undouble(text)
    assert len(out) == len(text)
    assert "distribute\n\nthe" not in out and "\n\n\n" in out  # real paragraph breaks stay
    assert tier(verdicts(text)) == "open"


def test_one_paragraph_per_line_is_not_double_spaced():
    text = ("The kit can only be used with a paid subscription.\n\n"
            "You may write add-ons and share them under any licence.\n\n"
            "It is forbidden to sell or publish copies of the kit.\n\n"
            "This notice must be kept in all copies.\n\n"
            "The kit is provided as is.\n\n"
            "No warranty is given.\n")
    assert undouble(text) == text


def test_a_pronoun_for_the_work_still_prohibits():
    text = ("Subject to this licence you may use the program. You may not modify it in any way.")
    assert verdicts(text)["modify"] == "prohibited"


def test_a_grant_of_the_work_and_its_marks_is_a_grant():
    text = ("The licensor grants you the right to use the software and its logos for any purpose, "
            "and to copy, modify and distribute the software.")
    assert tier(verdicts(text)) == "open"


def test_if_not_belongs_to_the_condition_not_the_grant():
    text = ("If you are not a bank, you are permitted to copy, sell and use this work in any "
            "manner you choose. No warranty.")
    assert tier(verdicts(text)) == "open"


def test_a_sample_statement_for_others_is_not_in_force():
    text = (BASE + "\n\nAuthors who want to forbid changes should put the following statement "
            "in their document:\n\n    This document must not be distributed in modified form "
            "without the author's consent.\n\nAuthors may also require that the document may "
            "not be modified.")
    assert tier(verdicts(text)) == "open"


def test_the_terms_after_a_sample_statement_are_read_again():
    text = (BASE + "\n\nTo apply these terms, add the following notice:\n\n    Copyright the "
            "authors.\n\nYou may not distribute the software to anyone.")
    assert verdicts(text)["redistribute"] == "prohibited"


def test_one_of_several_alternatives_restricts_nothing():
    text = ("You may modify your copy of the kit in any way, provided that you mark each changed "
            "file and do at least one of the following:\n"
            "a) use the modified kit only within your organisation, or keep it solely for "
            "personal use.\n"
            "b) publish your changes freely.\n")
    assert verdicts(text)["use"] == "free"


def test_for_profit_users_excluded_is_a_commercial_limit():
    text = ("The author grants you a licence to use, copy, modify and share the atlas. "
            "For-profit companies are not permitted to use or exploit the atlas in any manner.")
    v = verdicts(text)
    assert v["commercial"] == "prohibited" and v["use"] == "free"


def test_a_grant_that_needs_a_signed_royalty_bearing_agreement_restricts():
    text = ("You may:\n1. use the kit to fix errors in your devices.\n"
            "2. distribute changed versions of the kit only provided that you have signed a "
            "royalty-bearing agreement with us.\nAll other rights are reserved.")
    v = verdicts(text)
    assert v["commercial"] == "restricted" and v["redistribute"] in ("restricted", "prohibited")


def test_items_of_a_proviso_are_conditions_not_grants():
    text = ("You may use, copy and change the kit solely for your internal research, provided "
            "that you must in each case:\n(a) keep all notices in the copies; and\n"
            "(b) include a copy of this licence with every copy.")
    r = read_clauses(text)
    assert r.restrictions["use"].verdict == "restricted"
    assert all("(a)" not in e.text for e in r.restrictions["use"].evidence)


@pytest.mark.parametrize("text", [
    "This is public-domain software. No warranty.",
    "Use it, change it, share it. Just keep this notice. There is no warranty.",
    "The author places no restrictions on the use of this program. It comes without warranty.",
])
def test_more_informal_grants(text):
    assert tier(verdicts(text)) == "open"


def test_a_licence_incompatible_with_this_one_is_the_frame():
    text = (BASE + "You may not distribute changed versions under a licence that is "
            "incompatible with this licence.")
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("text", [
    "This report is not subject to copyright protection in the United States.",
    "The author gives up all rights to this little tool. It comes as is, with no warranty.",
    "Consider this code public domain.",
    "This material is released without any copyright restrictions.",
    "The copyright in this work has expired.",
    "No rights are reserved by the author of this script.",
    "I hereby abandon all copyright in this little parser.",
    "The author renounces every copyright claim on these helper scripts.",
])
def test_more_public_domain_forms(text):
    assert set(verdicts(text).values()) == {"free"}


def test_a_negated_dedication_grants_nothing():
    r = read_clauses("You may not give up any rights under this agreement.")
    assert "free" not in {v.verdict for v in r.restrictions.values()}


@pytest.mark.parametrize("sentence", [
    "You may not sell the kit on its own, but you may sell it as part of a larger collection of "
    "programs.",
    "The kit may not be sold by itself; it may be included in a larger commercial product.",
])
def test_selling_only_within_a_larger_work_is_a_condition(sentence):
    v = verdicts(BASE + sentence)
    assert v["commercial"] == "conditional"


def test_selling_barred_outright_still_limits_commercial_use():
    assert verdicts(BASE + "You may not sell the kit.")["commercial"] in ("restricted", "prohibited")


@pytest.mark.parametrize("text", [
    "Use of this source code is unrestricted; just leave this header in place.",
    "This code may be reused in any way, provided this comment stays.",
    "Anybody may copy and change this file. Keep the author's name.",
    "There are no restrictions on using, copying or changing this code.",
    "Distribution and use of this tool, with or without change, are authorised provided this "
    "notice is kept.",
    "This tool can be used, copied, changed and distributed by anyone for any purpose.",
])
def test_further_grant_wordings(text):
    assert tier(verdicts(text)) == "open"


def test_a_description_of_what_the_software_can_do_is_no_grant():
    r = read_clauses("The tool can be used to convert images. All rights reserved.")
    assert r.restrictions["use"].verdict == "prohibited"


@pytest.mark.parametrize("text", [
    "Il est permis à toute personne d'utiliser, de copier, de modifier et de distribuer cet "
    "outil. L'outil est fourni sans garantie.",
    "É concedida permissão a qualquer pessoa para usar, copiar, modificar e distribuir esta "
    "ferramenta, sem garantia.",
    "本ツールの利用、複製、改変、再配布は自由です。作者は責任を負いません。",
])
def test_grants_in_french_portuguese_and_japanese(text):
    assert tier(verdicts(text)) == "open"


def test_a_contributor_granting_you_rights_is_a_grant_to_you():
    text = ("Subject to the terms of this licence, each contributor grants you a perpetual licence "
            "to reproduce, adapt, distribute and perform the tool.")
    assert tier(verdicts(text)) == "open"


def test_a_grant_by_you_to_the_licensor_is_still_no_grant():
    r = read_clauses("You hereby grant the licensor a licence to use your feedback.")
    assert "free" not in {v.verdict for v in r.restrictions.values()}


def test_anyone_who_receives_a_copy_may_is_a_grant():
    text = ("Anyone who receives a copy may redistribute it, changed or not, provided that they "
            "give the same freedoms to every recipient.")
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("sentence, dim", [
    ("Do not distribute changed versions under the original name.", "redistribute"),
    ("The kit may not be sold for profit on its own, but may be bundled with commercial "
     "products.", "commercial"),
])
def test_conditions_on_names_and_bundles(sentence, dim):
    assert verdicts(BASE + sentence)[dim] == "conditional"
