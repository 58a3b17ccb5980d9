"""Profile validation: anything unknown or missing fails with a message naming file and field."""

from __future__ import annotations

import copy

import pytest
from openness_helpers import COMPONENTS, profile_data

from licenselens import InputError, LicenselensError
from licenselens.openness import (
    AREAS,
    ProfileError,
    load_packaged,
    load_profile,
    packaged_names,
    packaged_profiles,
    score,
)


def _broken(edit):
    data = copy.deepcopy(profile_data())
    edit(data)
    return data


CASES = [
    ("organization", lambda d: d.update(organization="x"), "did you mean 'organisation'"),
    ("components.model", lambda d: d["components"].update(model={}), "unknown field"),
    ("components.basics.weight",
     lambda d: d["components"]["basics"].update(weight={"rating": "open", "note": "n"}),
     "did you mean 'weights'"),
    ("components.data.rl.rating",
     lambda d: d["components"]["data"]["rl"].update(rating="mostly"), "unknown rating"),
    ("components.data.rl.rating",
     lambda d: d["components"]["data"]["rl"].update(rating=0.7), "unknown rating"),
    ("components.access", lambda d: d["components"]["access"].pop("api"), "missing component"),
    ("components.training", lambda d: d["components"].pop("training"), "missing"),
    ("components.basics.license",
     lambda d: d["components"]["basics"].update(license={"rating": "open", "note": "n"}),
     "rated by licenselens"),
    ("components.basics.code.source",
     lambda d: d["components"]["basics"]["code"].update(source="the paper"), "not an http"),
    ("components.basics.code",
     lambda d: d["components"]["basics"].update(code={"rating": "open"}), "source"),
    ("components.basics.code.sauce",
     lambda d: d["components"]["basics"]["code"].update(sauce="x"), "unknown field"),
    ("license", lambda d: d.update(license={"id": "MIT", "file": "LICENSE"}), "exactly one"),
    ("license", lambda d: d.pop("license"), "missing"),
    ("model", lambda d: d.pop("model"), "missing"),
    ("license.none", lambda d: d.update(license={"none": "yes"}), "must be true"),
]


@pytest.mark.parametrize("field,edit,message", CASES, ids=[c[0] for c in CASES])
def test_bad_profiles_name_file_and_field(write_profile, field, edit, message):
    path = write_profile(_broken(edit))
    with pytest.raises(ProfileError) as exc:
        load_profile(path)
    err = exc.value
    assert isinstance(err, LicenselensError) and isinstance(err, ValueError)
    assert err.field == field and err.source == str(path)
    assert str(err).startswith(f"{path}: {field}: ") and message in str(err)


def test_not_yaml_and_not_a_mapping(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: [unclosed\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid YAML"):
        load_profile(bad)
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="must be a mapping"):
        load_profile(bad)
    bad.write_text("model: " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(bad)
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ProfileError, match="UTF-8"):
        load_profile(bad)
    with pytest.raises(InputError):
        load_profile(tmp_path / "missing.yaml")


def test_helper_profile_is_complete():
    assert {a.key: [c for c in a.components if c != "license"] for a in AREAS} == COMPONENTS


REQUIRED = {"olmo", "pythia", "bloomz", "gpt-2", "llama-3-3", "gemma-3", "mistral-7b",
            "falcon-3", "deepseek-v3", "qwen2-5", "phi-4", "starcoder", "gpt-4", "exaone",
            "kanana", "hyperclova-x-seed"}


def test_packaged_profiles_load_with_sources():
    assert REQUIRED <= set(packaged_names())
    for p in packaged_profiles():
        assert p.source.startswith("packaged:") and p.organisation and p.country
        for (area, comp), r in p.ratings.items():
            assert r.source or r.note, (p.model, area, comp)
        assert p.license.kind in ("id", "none") and (p.license.source or p.license.note)
        card = score(p)
        assert card.license.tier != "unknown", (p.model, card.warnings)
    gpt4 = score(load_packaged("gpt-4"))
    assert gpt4.ratings[("basics", "weights")].value == 0.0
    assert gpt4.ratings[("basics", "license")].value == 0.0
    with pytest.raises(ProfileError, match="no packaged profile"):
        load_packaged("nonexistent")
