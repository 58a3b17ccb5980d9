"""The license component follows licenselens's classifier: change the license, the score changes."""

from __future__ import annotations

import pytest
from tests.openness.openness_helpers import profile_data

import licenselens
from licenselens.openness import ProfileError, load_profile, profile_from_dict, score

VALUE = {"open": 1.0, "semi-open": 0.5, "closed": 0.0}


@pytest.mark.parametrize("license_id", ["MIT", "cc-by-nc-4.0", "llama3.3", "exaone",
                                        "MIT OR Apache-2.0"])
def test_license_rating_is_the_identified_tier(license_id):
    card = score(profile_from_dict(profile_data(license_id=license_id, default="closed")))
    tier = licenselens.identify(license_id).tier
    assert card.license.tier == tier
    assert card.ratings[("basics", "license")].value == VALUE[tier]
    # basics: five closed components and the license
    assert card.areas["basics"] == pytest.approx(VALUE[tier] / 6)
    assert card.license.origin == "identifier"


def test_changing_the_license_changes_the_score():
    totals = {}
    for lic in ("Apache-2.0", "cc-by-nc-4.0", "exaone"):
        totals[lic] = score(profile_from_dict(profile_data(license_id=lic))).totals["ours"]
    assert totals["Apache-2.0"] > totals["cc-by-nc-4.0"] > totals["exaone"]
    assert totals["Apache-2.0"] - totals["cc-by-nc-4.0"] == pytest.approx(0.5 / 6)


def test_unknown_license_is_left_unrated_with_a_warning():
    card = score(profile_from_dict(profile_data(license_id="no-such-license-qq",
                                                default="semi-open")))
    assert card.license.tier == "unknown"
    assert card.ratings[("basics", "license")].rating == "n/a"
    assert card.areas["basics"] == pytest.approx(0.5)  # the five others only: never guessed
    assert any("could not read" in w and "no-such-license-qq" in w for w in card.warnings)


def test_no_license_is_closed():
    card = score(profile_from_dict(profile_data(license_id=None)))
    assert card.license.origin == "none" and card.ratings[("basics", "license")].value == 0.0


def test_license_file_is_classified_relative_to_the_profile(tmp_path, write_profile, ref):
    (tmp_path / "model").mkdir()
    lic = tmp_path / "model" / "LICENSE"
    data = profile_data()
    data["license"] = {"file": "LICENSE", "source": "https://example.org/LICENSE"}
    path = write_profile(data, "model/profile.yaml")
    seen = {}
    for key in ("apache-2.0", "cc-by-nc-4.0"):
        lic.write_text(ref(key), encoding="utf-8")
        card = score(load_profile(path))
        tier = licenselens.classify(lic).tier
        assert card.license.origin == "file" and card.license.tier == tier
        assert card.ratings[("basics", "license")].value == VALUE[tier]
        seen[key] = card.totals["ours"]
    assert seen["apache-2.0"] > seen["cc-by-nc-4.0"]


def test_missing_license_file_names_the_field(write_profile):
    data = profile_data()
    data["license"] = {"file": "NOT-THERE"}
    with pytest.raises(ProfileError) as exc:
        score(load_profile(write_profile(data)))
    assert exc.value.field == "license.file" and "NOT-THERE" in str(exc.value)
