"""Profile validation: anything unknown or missing fails with a message naming file and field."""

from __future__ import annotations

import copy

import pytest
from tests.openness.openness_helpers import COMPONENTS, profile_data

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

DROP = object()  # a CASES value: remove the field


def _broken(path: str, value: object) -> dict:
    """A valid profile with the field at the dotted ``path`` set to ``value`` (or dropped)."""
    data = copy.deepcopy(profile_data())
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[key]
    if value is DROP:
        del node[last]
    else:
        node[last] = value
    return data


RATED = {"rating": "open", "note": "n"}
#: (field reported, field edited, new value, message)
CASES = [
    ("organization", "organization", "x", "did you mean 'organisation'"),
    ("components.model", "components.model", {}, "unknown field"),
    ("components.basics.weight", "components.basics.weight", RATED, "did you mean 'weights'"),
    ("components.data.rl.rating", "components.data.rl.rating", "mostly", "unknown rating"),
    ("components.data.rl.rating", "components.data.rl.rating", 0.7, "unknown rating"),
    ("components.access", "components.access.api", DROP, "missing component"),
    ("components.training", "components.training", DROP, "missing"),
    ("components.basics.license", "components.basics.license", RATED, "rated by licenselens"),
    ("components.basics.code.source", "components.basics.code.source", "the paper",
     "not an http"),
    ("components.basics.code", "components.basics.code", {"rating": "open"}, "source"),
    ("components.basics.code.sauce", "components.basics.code.sauce", "x", "unknown field"),
    ("license", "license", {"id": "MIT", "file": "LICENSE"}, "exactly one"),
    ("license", "license", DROP, "missing"),
    ("model", "model", DROP, "missing"),
    ("license.none", "license", {"none": "yes"}, "must be true"),
]


@pytest.mark.parametrize("field,edited,value,message", CASES, ids=[c[1] for c in CASES])
def test_bad_profiles_name_file_and_field(write_profile, field, edited, value, message):
    path = write_profile(_broken(edited, value))
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
