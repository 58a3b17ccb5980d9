"""MOF class progress on files written here in the Model Openness Tool's Test_Data format.

Each file's name states the expected result the way the tool's own test files do:
``{Name}_C1_{p}%-C2_{p}%-C3_{p}%_{n}C_{g}G_{l}L_{v}V_{i}I_{t}T.yml`` (progress per
class, components, global licenses, component licenses, valid and invalid
licenses, type-appropriate licenses).  The check is the tool's: a class whose
higher class is incomplete is expected at 0; ``T`` is not checked (the tool's
test skips it too).
"""

from __future__ import annotations

import json
import re

import pytest
import yaml

from licenselens.openness import ProfileError, load_profile, mof_progress, score
from licenselens.openness.mof import COMPONENTS

NAME = re.compile(r"_C1_(\d+)%-C2_(\d+)%-C3_(\d+)%_(\d+)C_(\d+)G_(\d+)L_(\d+)V_(\d+)I_(\d+)T$")

CLASS_3 = ["Model architecture", "Model parameters (Final)", "Model card", "Data card",
           "Evaluation results"]
CLASS_2 = ["Training code", "Inference code", "Evaluation code", "Evaluation data"]


def mof_file(name: str, components: list[tuple[str, str | None]],
             globals_: dict[str, str]) -> dict:
    """A MOF file in the tool's Test_Data layout (``None``: no license line)."""
    items = []
    for i, (comp, lic) in enumerate(components):
        item = {"name": comp, "description": f"the {comp.lower()}",
                "component_path": f"https://example.com/component_{i}"}
        if lic is not None:
            item.update(license=lic, license_path=f"https://example.com/license_{i}")
        items.append(item)
    release = {"name": name, "version": "1B", "date": "2025-06-17", "type": "language",
               "architecture": "transformer", "origin": "Test", "producer": "Test Lab",
               "contact": "", "repository": "https://github.com",
               "huggingface": "https://huggingface.co",
               "license": {k: {"name": v, "path": f"https://example.com/global_{k}"}
                           for k, v in globals_.items()},
               "components": items}
    return {"framework": {"name": "Model Openness Framework", "version": "1.0",
                          "date": "2024-12-15"}, "release": release}


CASES = [
    ("FullOpen_C1_100%-C2_100%-C3_100%_17C_3G_0L_17V_0I_17T",
     [(c.name, None) for c in COMPONENTS],
     {"code": "Apache-2.0", "data": "CDLA-Permissive-2.0", "document": "CC-BY-4.0"}),
    ("PaperForReport_C1_0%-C2_60%-C3_100%_6C_1G_6L_6V_0I_6T",
     [("Model architecture", "MIT"), ("Model parameters (Final)", "CDLA-Permissive-2.0"),
      ("Model card", "CC-BY-4.0"), ("Data card", "CC0-1.0"), ("Research paper", "CC-BY-4.0"),
      ("Evaluation results", "CC-BY-SA-4.0")],
     {"document": "CC-BY-4.0"}),
    ("ClassTwoDone_C1_77%-C2_100%-C3_100%_11C_1G_0L_11V_0I_11T",
     [(c, None) for c in [*CLASS_3, "Research paper", *CLASS_2,
                          "Supporting libraries and tools"]],
     {"distribution": "Apache-2.0"}),
    ("Unlicensed_C1_0%-C2_0%-C3_50%_6C_1G_0L_3V_0I_3T",
     [("Model architecture", None), ("Model parameters (Final)", "unlicensed"),
      ("Model card", None), ("Data card", "unlicensed"), ("Technical report", None),
      ("Evaluation results", "unlicensed")],
     {"distribution": "Apache-2.0"}),
    ("NotOpen_C1_0%-C2_0%-C3_67%_6C_0G_6L_4V_2I_4T",
     [("Model architecture", "Apache-2.0"), ("Model parameters (Final)", "CC-BY-NC-4.0"),
      ("Model card", "CC-BY-4.0"), ("Data card", "CC-BY-4.0"),
      ("Technical report", "llama3.3"), ("Evaluation results", "CC0-1.0")],
     {}),
    ("TypeFirst_C1_0%-C2_0%-C3_83%_6C_2G_0L_5V_1I_5T",
     [(c, None) for c in [*CLASS_3, "Technical report"]],
     {"distribution": "Apache-2.0", "data": "CC-BY-NC-4.0"}),
    ("NoLicense_C1_0%-C2_0%-C3_0%_9C_0G_0L_0V_0I_0T",
     [(c, None) for c in [*CLASS_3, *CLASS_2]], {}),
]


def expected_from_name(stem: str, actual: dict[str, float]) -> dict[str, int]:
    """What the name states, adjusted as the tool's own test adjusts it."""
    m = NAME.search(stem)
    assert m, stem
    c1, c2, c3, n, g, lic, v, i, _t = (int(x) for x in m.groups())
    if round(actual["III"]) < 100:
        c1 = c2 = 0
    elif round(actual["II"]) < 100:
        c1 = 0
    return {"I": c1, "II": c2, "III": c3, "C": n, "G": g, "L": lic, "V": v, "I_": i}


@pytest.mark.parametrize("stem,components,globals_", CASES, ids=[c[0].split("_")[0]
                                                                  for c in CASES])
def test_progress_matches_the_file_name(tmp_path, stem, components, globals_):
    path = tmp_path / f"{stem}.yml"
    path.write_text(yaml.safe_dump(mof_file(stem, components, globals_), sort_keys=False),
                    encoding="utf-8")
    pct = mof_progress(path)
    mof = load_profile(path).mof
    entries = mof.entries
    actual = {k: round(v) for k, v in pct.items()}
    actual.update(C=len(entries), G=len(globals_),
                  L=sum(1 for e in entries if e.license_from == "component"),
                  V=sum(1 for e in entries if e.status == "open"),
                  I_=sum(1 for e in entries if e.status == "invalid"))
    assert actual == expected_from_name(stem, pct)


def test_license_resolution_order(tmp_path):
    data = mof_file("order", [("Model architecture", "MIT"), ("Datasets", None),
                              ("Model card", None), ("Model parameters (Final)", "unlicensed")],
                    {"distribution": "Apache-2.0", "data": "CC-BY-4.0"})
    path = tmp_path / "order.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    got = {e.name: (e.license, e.license_from, e.status) for e in load_profile(path).mof.entries}
    assert got == {"Model architecture": ("MIT", "component", "open"),
                   "Datasets": ("CC-BY-4.0", "global:data", "open"),
                   "Model card": ("Apache-2.0", "global:distribution", "open"),
                   "Model parameters (Final)": (None, None, "unlicensed")}


def test_warnings_where_readings_differ(tmp_path):
    data = mof_file("warn", [("Model architecture", "Beerware"),
                             ("Model parameters (Final)", "MIT"),
                             ("Model card", "not-a-license-at-all")], {})
    data["classification"] = {"class": 0, "progress": {"1": 0, "2": 0, "3": 90}}
    path = tmp_path / "warn.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    p = load_profile(path)
    text = "\n".join(p.mof.warnings)
    assert "'Beerware': licenselens reads it as open, but it is neither" in text
    assert "'MIT': open, but not a license made for data" in text
    assert "'not-a-license-at-all': licenselens could not read it" in text
    assert "Class III: the file claims 90% progress, licenselens reads 33%" in text
    assert p.mof.progress[3] == pytest.approx(100 * 2 / 6)


def test_mof_file_as_paper_profile(tmp_path):
    data = mof_file("paper", [("Model parameters (Final)", "llama3.3"),
                              ("Inference code", "Apache-2.0"), ("Research paper", None),
                              ("Datasets", "CC-BY-4.0")], {"document": "CC-BY-4.0"})
    path = tmp_path / "paper.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    card = score(path)
    r = {k: v.rating for k, v in card.ratings.items()}
    assert r[("basics", "weights")] == "semi-open" and r[("basics", "license")] == "semi-open"
    assert r[("basics", "code")] == "open" and r[("basics", "paper")] == "open"
    assert r[("basics", "architecture")] == "closed"  # not listed: not released
    assert r[("data", "pretraining")] == "open" and r[("basics", "tokenizer")] == "n/a"
    assert card.to_dict()["mof_progress"] == mof_progress(path)


def test_bad_mof_files(tmp_path):
    path = tmp_path / "bad.yml"
    data = mof_file("bad", [("Model weights", "MIT")], {})
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        load_profile(path)
    assert exc.value.field == "release.components[0].name" and "Model weights" in str(exc.value)
    data = mof_file("twice", [("Model card", "MIT"), ("Model card", "MIT")], {})
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ProfileError, match="listed twice"):
        load_profile(path)
    path.write_text(json.dumps({"framework": {}, "release": {"components": []}}), encoding="utf-8")
    with pytest.raises(ProfileError, match="release.name"):
        load_profile(path)
    ours = tmp_path / "ours.yaml"
    ours.write_text("model: x\n", encoding="utf-8")
    with pytest.raises(ProfileError):
        mof_progress(ours)
