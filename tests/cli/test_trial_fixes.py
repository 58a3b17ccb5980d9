"""The first-use trial's defects that belong to issue 9, each as the user met it, through
main() in-process (../shared/trials/first-use-2026-11-28.md; the tests need no copy of it)."""

from __future__ import annotations

import json
import os

import pytest
from tests.conftest import reference_text
from tests.readers.builders import write

from licenselens.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_trial_01_two_tags_do_not_kill_the_run(capsys, tmp_path):
    two = write(tmp_path / "two.c", "// SPDX-License-Identifier: MIT\n"
                                    "// SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n")
    other = write(tmp_path / "LICENSE", reference_text("mit"))
    for command in (["classify", "--json"], ["report", "--format", "json"]):
        code, out, _ = run(capsys, *command, two, other)
        data = json.loads(out)
        assert code == 0
        assert data[0]["expression"] == "MIT AND Apache-2.0 AND CC-BY-4.0"
        assert data[1]["expression"] == "MIT"
    code, out, _ = run(capsys, "badge", two, "--format", "endpoint")
    assert code == 0 and "MIT AND Apache-2.0 AND CC-BY-4.0" in json.loads(out)["message"]
    code, _, _ = run(capsys, "check", two)
    assert code == 0


def test_trial_02_deep_yaml_front_matter_end_to_end(capsys, tmp_path):
    card = write(tmp_path / "card-deep" / "README.md",
                 "---\nlicense: " + "[" * 3000 + "]" * 3000 + "\n---\n")
    code, out, _ = run(capsys, "classify", "--json", card.parent)
    assert code == 0
    data = json.loads(out)
    assert any("YAML" in w or "front matter" in w for d in data for w in d["warnings"])


def test_trial_03_options_are_usage_errors(capsys, tmp_path):
    lic = write(tmp_path / "LICENSE", reference_text("mit"))
    code, _, err = run(capsys, "classify", "--max-bytes", "-5", lic)
    assert code == 2 and "max-bytes" in err
    code, _, err = run(capsys, "classify", "--max-bytes", "0", lic)
    assert code == 2
    code, _, err = run(capsys, "classify", "--spdx-out", tmp_path, lic)
    assert code == 2 and "folder" in err
    code, _, err = run(capsys, "classify", "--spdx-out", tmp_path / "out.txt", lic)
    assert code == 2 and ".json" in err
    out = tmp_path / "out.spdx.json"
    code, _, _ = run(capsys, "classify", "--spdx-out", out, lic)
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["spdxVersion"] == "SPDX-2.3"


def test_trial_13_emphasis_in_a_card_is_read_end_to_end(capsys, tmp_path):
    widgets = "".join(f'  - text: "The *quick* brown fox {i}"\n' for i in range(25))
    card = write(tmp_path / "card-stars" / "README.md",
                 f"---\nlicense: mit\nwidget:\n{widgets}---\n# Model\n")
    code, out, _ = run(capsys, "classify", "--json", card)
    assert code == 0 and json.loads(out)[0]["expression"] == "MIT"


def test_trial_14_malformed_spdx_documents(capsys, tmp_path):
    pkg = {"SPDXID": "SPDXRef-a", "name": "alpha", "downloadLocation": "NOASSERTION",
           "licenseConcluded": "MIT", "filesAnalyzed": False}
    bad = dict(pkg, SPDXID="SPDXRef-b", name="beta", licenseConcluded="MIT AND (((")
    doc = {"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
           "name": "t", "documentNamespace": "https://example.invalid/t",
           "creationInfo": {"created": "2030-01-01T00:00:00Z", "creators": ["Tool: t"]},
           "packages": [pkg, bad]}
    goodbad = write(tmp_path / "goodbadexpr.spdx.json", json.dumps(doc))
    nocreation = write(tmp_path / "nocreation.spdx.json", json.dumps(
        {k: v for k, v in doc.items() if k != "creationInfo"} | {"packages": [pkg]}))
    code, out, _ = run(capsys, "classify", "--json", goodbad, nocreation)
    data = {d["input"].rsplit("/", 1)[-1]: d for d in json.loads(out)}
    assert data["goodbadexpr.spdx.json#alpha"]["tier"] == "open"
    assert data["goodbadexpr.spdx.json#beta"]["kind"] == "error"
    assert data["nocreation.spdx.json#alpha"]["expression"] == "MIT"
    assert code == 3  # one package could not be read
    trunc = write(tmp_path / "trunc.spdx.json", json.dumps(doc)[:150])
    weird = write(tmp_path / "weird.spdx.json", json.dumps([1, {"spdxVersion": None}]))
    code, out, err = run(capsys, "classify", "--json", trunc, weird)
    data = json.loads(out)
    assert code == 1 and len(err.strip().splitlines()) == 2
    assert all(d["kind"] == "error" for d in data)  # never re-read as prose
    assert not any("NoneType" in w or "attribute" in w for d in data for w in d["warnings"])


def test_trial_18_empty_and_missing_paths(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "LICENSE", reference_text("mit"))
    code, out, err = run(capsys, "classify", "")
    assert code == 1 and "empty" in err and out == ""
    code, out, err = run(capsys, "badge", "nosuch/LICENSE")
    assert code == 1 and "no such file" in err and out == ""
    code, out, err = run(capsys, "badge", "")
    assert code == 1 and out == ""
    code, out, _ = run(capsys, "badge", "MIT", "--format", "endpoint")
    assert code == 0 and "MIT" in out


def test_trial_19_fifo_and_devices_never_hang(capsys, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "classify", fifo)
    assert code == 1 and "not a regular file" in err
    if os.path.exists("/dev/zero"):
        code, _, err = run(capsys, "classify", "/dev/zero")
        assert code == 1 and "larger than" not in err


def test_trial_22_github_annotation_property_is_escaped(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    bad = write(tmp_path / "LICENSE-a,b::x", "Copyright 2030 Example. All rights reserved. "
                "You may not copy, modify or distribute this software.\n")
    code, out, _ = run(capsys, "check", "-q", bad)
    assert code == 1
    line = next(ln for ln in out.splitlines() if ln.startswith("::error"))
    prop = line[len("::error "):line.index("::", 2)]
    assert prop.count(",") == 1 and "a%2Cb%3A%3Ax" in prop


def test_trial_22_report_overall_counts_files_not_summaries(capsys, tmp_path):
    for name in ("a", "b"):
        write(tmp_path / name / "LICENSE", reference_text("mit"))
    code, out, _ = run(capsys, "report", "--format", "md", tmp_path / "a", tmp_path / "b")
    assert code == 0
    assert "2 results" in out and "several inputs" in out
    code, out, _ = run(capsys, "report", "--format", "md", tmp_path / "a")
    assert "**Overall:** MIT" in out and "1 result" in out


def test_trial_22_backtick_in_a_file_name_keeps_the_table(capsys, tmp_path):
    odd = write(tmp_path / "LICENSE-a|b`c", reference_text("mit"))
    code, out, _ = run(capsys, "report", "--format", "md", odd)
    row = next(ln for ln in out.splitlines() if "LICENSE-a" in ln and ln.startswith("|"))
    assert "``" in row and "a\\|b`c" in row


def test_trial_22_huge_identifier_is_not_echoed(capsys):
    code, out, _ = run(capsys, "identify", "--json", "A" * 120_000)
    assert code == 0 and len(out) < 5_000
    assert "120000 characters" in json.loads(out)[0]["input"]


def test_no_traceback_for_an_unexpected_error(capsys, tmp_path, monkeypatch):
    from licenselens import batch

    def boom(*a, **k):
        raise RuntimeError("something inside broke")

    monkeypatch.setattr(batch, "classify_path", boom)
    lic = write(tmp_path / "LICENSE", reference_text("mit"))
    code, out, err = run(capsys, "classify", "--json", lic)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "RuntimeError" in err
    assert json.loads(out) == []


# --- packages ------------------------------------------------------------------------------

@pytest.fixture
def env(tmp_path):
    from tests.readers.builders import dist_info

    sp = tmp_path / "site-packages"
    dist_info(sp, "alpha", "1.0", {"License-Expression": "MIT"},
              {"licenses/LICENSE": reference_text("mit")})
    dist_info(sp, "beta", "2.0", {"License": "BSD-3-Clause"},
              {"LICENSE": reference_text("apache-2.0")})
    return sp


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "md"])
def test_packages_formats(capsys, env, fmt):
    code, out, _ = run(capsys, "packages", env, "--format", fmt)
    assert code == 0
    assert "alpha" in out and "beta" in out
    if fmt == "json":
        data = json.loads(out)
        assert [d["package"] for d in data] == ["alpha", "beta"]
        assert data[1]["agreement"] == "disagree" and data[1]["found"] == "Apache-2.0"
    if fmt == "csv":
        assert out.splitlines()[0].startswith("Name,Version,License,")


def test_packages_summary_counts_licenses_and_tiers(capsys, env):
    code, out, _ = run(capsys, "packages", env, "--summary", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["packages"] == 2 and data["tiers"]["open"] == 2
    assert {d["license"] for d in data["licenses"]} == {"MIT", "Apache-2.0"}


def test_packages_of_a_project_manifest_and_of_nothing(capsys, tmp_path):
    write(tmp_path / "Cargo.toml", '[package]\nname = "c"\nversion = "0.1.0"\n'
                                   'license = "MIT/Apache-2.0"\n')
    code, out, _ = run(capsys, "packages", tmp_path, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data[0]["declared"] == "MIT OR Apache-2.0"
    code, _, err = run(capsys, "packages", tmp_path / "empty-dir-that-is-missing")
    assert code == 1 and "no such file" in err


def test_packages_python_env_lists_the_running_environment(capsys):
    code, out, _ = run(capsys, "packages", "--python-env", "--format", "csv")
    assert code in (0, 3)
    assert any(line.lower().startswith("licenselens,") for line in out.splitlines())


def test_trial_17_nothing_is_pickled_or_cached_outside_licenselens_cache(capsys, tmp_path,
                                                                           monkeypatch):
    home, cache = tmp_path / "home", tmp_path / "cache"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("LICENSELENS_CACHE", str(cache))
    p = write(tmp_path / "LICENSE", "Example Terms\n\nThe Licensor grants you a licence to use "
              "the Model for research only. Commercial use is prohibited. You may not "
              "redistribute the Model.\n")
    code, out, _ = run(capsys, "classify", "--json", p)
    assert code == 0 and json.loads(out)[0]["matched_by"] == "clauses"
    assert not home.exists() or not any(home.rglob("*"))  # nothing outside the cache
    assert not list(tmp_path.rglob("*.pkl")) and not list(tmp_path.rglob("*.pickle"))


@pytest.mark.parametrize("text, expected", [
    ("Licensed under MIT AND (Apache-2.0 OR BSD-2-Clause).\n",
     "MIT AND (Apache-2.0 OR BSD-2-Clause)"),
    ("# Model\nThis model is released under <b>CC-BY-NC-4.0</b>.\n", "CC-BY-NC-4.0"),
    ("This model is released under **Apache-2.0**.\n", "Apache-2.0"),
])
def test_trial_08_one_line_notices(capsys, tmp_path, text, expected):
    p = write(tmp_path / "NOTICE", text)
    code, out, _ = run(capsys, "classify", "--json", p)
    assert code == 0 and json.loads(out)[0]["expression"] == expected


def test_trial_22_public_domain_sentence_and_utf16_without_bom(capsys, tmp_path):
    pd = write(tmp_path / "public-domain.LICENSE",
               "This component is released to the public domain by the author.\n")
    u16 = tmp_path / "utf16le-nobom.txt"
    u16.write_bytes(reference_text("mit").encode("utf-16-le"))
    code, out, _ = run(capsys, "classify", "--json", pd, u16)
    data = json.loads(out)
    assert code == 0
    assert "public-domain" in data[0]["expression"] and data[0]["tier"] == "open"
    assert data[1]["expression"] == "MIT"
