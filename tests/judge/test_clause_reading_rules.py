"""Reading rules added after studying the development split: permissive
notices worded informally, public-domain forms, European-language grants,
end-user agreements with narrow grants, and prohibitions that restrict
nothing.

Every text below was written for these tests; the licensors do not exist.
"""

from __future__ import annotations

import pytest
from tests.judge.clause_helpers import tier, verdicts

from licenselens.results import DIMENSIONS

# ------------------------------------------------------------------ informal grants

@pytest.mark.parametrize("text", [
    "Everyone is welcome to use this macro file for any purpose, to change it and to pass it "
    "on, as long as this notice stays with it. No warranty of any kind.",
    "Anyone holding a copy is licensed under our copyrights to use it in any way they see fit, "
    "including copying, changing and redistributing it. It comes as is, without warranty.",
    "This little parser is 100% free. Use it anywhere you like and change it however you want. "
    "Do not blame us if it breaks; there is no warranty.",
])
def test_informal_permissive_notices_are_grants(text):
    assert tier(verdicts(text)) == "open"


@pytest.mark.parametrize("text", [
    "Quillon Utilities\nWritten by R. Amsel, 2001.\nPublic domain.",
    "I give up every property right I hold in the Quillon utilities, and release all of their "
    "source files, version 2.1 binaries and manuals into the Public Domain.",
    "The author disclaims copyright to this source code; in its place, a wish that you use it well.",
    "Diese Bibliothek ist gemeinfrei.",
    "Cette bibliothèque est dans le domaine public.",
])
def test_public_domain_forms_grant_everything(text):
    assert verdicts(text) == {d: "free" for d in DIMENSIONS}


def test_a_french_grant_and_its_same_licence_duty_are_read():
    text = (
        "Licence de la bibliothèque Quillon\n\n"
        "Le concédant accorde à toute personne le droit d'utiliser, de copier, de modifier et de "
        "distribuer la bibliothèque. Les versions modifiées doivent être distribuées sous la même "
        "licence. La bibliothèque est fournie sans garantie."
    )
    v = verdicts(text)
    assert v["use"] == "free" and v["commercial"] == "free"
    assert v["modify"] == "conditional" and v["redistribute"] == "conditional"


def test_commercial_and_non_commercial_in_dutch_is_no_limit():
    text = (
        "De licentiegever geeft u het recht om het werk te gebruiken, te verveelvoudigen en te "
        "verspreiden, zowel voor commercieel als niet-commercieel gebruik van het werk. "
        "Het werk wordt geleverd zonder garantie."
    )
    assert verdicts(text)["commercial"] == "free"


# ------------------------------------------------------------------ end-user agreements

EULA = (
    "Pellucid Desk End User License Agreement\n\n"
    "1. In return for the license fee you have paid, Pellucid grants you a non-exclusive, "
    "non-transferable license to install and use the Software on up to three computers at a "
    "single location.\n"
    "2. You may not reverse engineer, decompile or disassemble the Software.\n"
    "3. All rights not expressly granted are reserved by Pellucid.\n"
)


def test_a_personal_paid_grant_leaves_the_rest_ungranted():
    v = verdicts(EULA)
    assert v["use"] == "restricted"
    assert v["modify"] == "prohibited" and v["redistribute"] == "prohibited"
    assert tier(v) == "closed"


def test_non_transferable_is_not_a_distribution_verb():
    text = (
        "Brisket Tools License\n\n"
        "Brisket grants you a non-exclusive, non-transferable license to use the Software "
        "solely for your internal business purposes.\n"
        "All other rights are reserved."
    )
    v = verdicts(text)
    assert v["redistribute"] != "free" and v["use"] == "restricted"


def test_a_grant_by_the_user_to_the_licensor_is_not_a_grant_to_the_user():
    text = (
        "Fenwick Preview Agreement\n\n"
        "This preview is proprietary and confidential to Fenwick. All rights reserved.\n"
        "If you send us feedback, you hereby grant Fenwick a perpetual, royalty-free license to "
        "use, copy, modify and distribute that feedback for any purpose."
    )
    v = verdicts(text)
    assert all(v[d] == "prohibited" for d in DIMENSIONS)


def test_copies_made_to_install_are_not_distribution():
    text = (
        "Oriel Debug Helpers\n\n"
        "You may copy and install these helpers onto your devices to debug the applications you "
        "build. You may not distribute the helpers. All rights not expressly granted are reserved."
    )
    v = verdicts(text)
    assert v["redistribute"] == "prohibited"


def test_a_paid_license_for_all_use_restricts_use():
    text = (
        "Tessel Server License\n\n"
        "Tessel grants you a license to use the Software. You must pay Tessel the applicable "
        "license fee for each server on which the Software runs."
    )
    v = verdicts(text)
    assert v["use"] == "restricted" and v["commercial"] == "restricted"


def test_a_limited_purpose_grant_limits_what_it_names():
    text = (
        "Harrow Data Tools\n\n"
        "You may use, copy, modify and distribute the tools solely for your internal business "
        "purposes. No warranty is given."
    )
    v = verdicts(text)
    assert v["use"] == "restricted"
    assert v["modify"] == "restricted" and v["redistribute"] == "restricted"


def test_a_purpose_in_the_grants_proviso_does_not_limit_it():
    text = (
        "Permission to use, copy, modify and distribute this library for any purpose and without "
        "fee is hereby granted, provided that this notice appears on all copies, including copies "
        "you make for internal use or for distribution."
    )
    assert tier(verdicts(text)) == "open"


# ------------------------------------------------------------------ prohibitions that restrict nothing

@pytest.mark.parametrize("sentence", [
    "You may not distribute any code that infringes the rights of another person.",
    "You may not charge a fee for copies of the source in excess of your actual cost of copying.",
    "You may not use the software in violation of applicable laws, including export laws.",
    "Products derived from this library may not use the \"quill.io\" name without our permission.",
    "This License does not transfer, assign, or convey any intellectual property rights.",
    "Although the license above allows it, please do not publish modified versions under the "
    "original name.",
])
def test_prohibitions_that_restrict_nothing(sentence):
    text = (
        "Permission is hereby granted, free of charge, to any person to use, copy, modify and "
        "distribute this software for any purpose. " + sentence
    )
    assert tier(verdicts(text)) == "open"


def test_selling_copies_limits_commercial_use_not_redistribution():
    text = (
        "You may use, copy, modify and distribute this software. "
        "Selling copies of the software is prohibited."
    )
    v = verdicts(text)
    assert v["redistribute"] in ("free", "conditional") and v["commercial"] == "restricted"


@pytest.mark.parametrize("sentence", [
    "Modified files may not be distributed in place of the original files.",
    "You must not distribute a modified file with the file name of the original file.",
    "Distribution of only part of the package is not allowed.",
])
def test_a_prohibition_about_some_copies_is_a_condition(sentence):
    text = "You may use, copy, modify and distribute this package. " + sentence
    assert verdicts(text)["redistribute"] == "conditional"


def test_installation_files_are_not_a_use_limit():
    text = ("You may use, copy, modify and distribute this package. "
            "You may not change the installation files in any way.")
    assert verdicts(text)["use"] == "free"


def test_a_quoted_prohibition_is_cited_not_in_force():
    text = ("You may use, copy, modify and distribute this manual. Notices such as "
            "\"this manual may not be reproduced\" do not apply to it.")
    assert verdicts(text)["redistribute"] == "free"


def test_an_apostrophe_does_not_hide_a_prohibition():
    text = ("The licensor's manual may be used freely. The licensee's staff may not distribute "
            "the licensor's manual to anyone.")
    assert verdicts(text)["redistribute"] == "prohibited"
