"""Whole trees through the pipeline: an installed environment, a project, a model cache.

Texts are our own short sentences or reference texts from the installed data
package (tests/conftest.py); nothing is copied from elsewhere.
"""

from __future__ import annotations

import os

import pytest
from tests.conftest import reference_text
from tests.readers.builders import dist_info, hf_repo, write

import licenselens
from licenselens.pipeline import ScanOptions, classify_packages, classify_path

PROPRIETARY = ("Copyright 2030 Example Labs. All rights reserved. You may not copy, modify or "
               "distribute this software without our written permission.\n")


@pytest.fixture
def site(tmp_path, needs_symlinks):
    """site-packages with several dist-infos, a compound SPDX notice, an unreadable license
    file and a symlink loop."""
    sp = tmp_path / "venv" / "lib" / "python3.11" / "site-packages"
    dist_info(sp, "alpha", "1.0", {"License-Expression": "MIT", "License-File": "LICENSE"},
              {"licenses/LICENSE": reference_text("mit")})
    dist_info(sp, "beta", "2.0", {"License-Expression": "Apache-2.0 AND CC-BY-4.0"},
              {"licenses/NOTICE": "// SPDX-License-Identifier: MIT\n"
                                  "// SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n",
               "licenses/sub/LICENSE.txt": reference_text("apache-2.0")})
    dist_info(sp, "gamma", "3.0", {"Classifier": "License :: OSI Approved :: MIT License"})
    dist_info(sp, "delta", "4.0", {"License": "BSD-3-Clause"},
              {"LICENSE": reference_text("gpl-3.0")})
    info = dist_info(sp, "eps", "5.0", {"License-Expression": "MIT"})
    (info / "licenses").mkdir()
    os.mkfifo(info / "licenses" / "LICENSE")  # a license file that cannot be read
    os.symlink(sp, sp / "loop")  # a symlink loop
    write(sp / "alpha" / "__init__.py", "x = 1\n")
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    return sp


def test_done_when_site_packages_every_distribution_and_license_file(site):
    results = classify_path(site)
    by_input = {r.input: r for r in results}
    packages = {r.extra["package"]: r for r in results if r.kind == "package"}
    assert set(packages) == {"alpha", "beta", "gamma", "delta", "eps"}
    files = [i for i, r in by_input.items() if r.kind in ("text", "error")]
    for rel in ("alpha-1.0.dist-info/licenses/LICENSE", "beta-2.0.dist-info/licenses/NOTICE",
                "beta-2.0.dist-info/licenses/sub/LICENSE.txt", "delta-4.0.dist-info/LICENSE",
                "eps-5.0.dist-info/licenses/LICENSE"):
        assert any(i.endswith(rel) for i in files), rel
    notice = next(r for i, r in by_input.items() if i.endswith("beta-2.0.dist-info/licenses/NOTICE"))
    assert notice.expression == "MIT AND Apache-2.0 AND CC-BY-4.0"
    assert notice.extra["source"] == "notice-file" and notice.extra["scope"] == "third-party"
    fifo = next(r for i, r in by_input.items() if i.endswith("eps-5.0.dist-info/licenses/LICENSE"))
    assert fifo.kind == "error" and fifo.extra["error"]
    assert packages["alpha"].extra["agreement"] == "agree"
    assert packages["delta"].extra["agreement"] == "disagree"
    assert any("BSD-3-Clause" in w and "GPL-3.0" in w for w in packages["delta"].warnings)
    assert packages["gamma"].extra["agreement"] == "declared"
    summary = results[-1]
    assert summary.kind == "folder" and summary.tier == "unknown"
    assert "alpha" in summary.extra["third_party"]


def test_done_when_cli_reports_everything_and_exit_status_3(site, capsys):
    from licenselens.cli import main

    code = main(["classify", "--json", str(site)])
    out, err = capsys.readouterr()
    assert code == 3 and "Traceback" not in err
    import json

    data = json.loads(out)
    assert sum(1 for d in data if d["kind"] == "package") == 5
    assert any(d["kind"] == "error" for d in data)


def test_packages_declared_versus_found(site):
    results, _ = classify_packages(site)
    assert [r.extra["package"] for r in results] == ["alpha", "beta", "delta", "eps", "gamma"]
    beta = results[1]
    assert beta.extra["declared"] == "Apache-2.0 AND CC-BY-4.0"
    assert set(beta.extra["found"].split(" AND ")) >= {"Apache-2.0", "CC-BY-4.0"}
    assert beta.extra["license_files"] == ["licenses/NOTICE", "licenses/sub/LICENSE.txt"]


def test_trial_01_two_tags_one_compound_read_as_one_expression(tmp_path):
    p = write(tmp_path / "two.c", "// SPDX-License-Identifier: MIT\n"
                                  "// SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n")
    r = licenselens.classify(p)
    assert r.expression == "MIT AND Apache-2.0 AND CC-BY-4.0"


@pytest.mark.parametrize("tags, expected", [
    (["(MIT OR GPL-2.0-only) AND BSD-3-Clause"], "(MIT OR GPL-2.0-only) AND BSD-3-Clause"),
    (["GPL-2.0-or-later WITH Classpath-exception-2.0"],
     "GPL-2.0-or-later WITH Classpath-exception-2.0"),
    (["mit", "apache-2.0 or mit"], "MIT AND (Apache-2.0 OR MIT)"),
    (["GPL-2.0+"], "GPL-2.0-or-later"),
    (["MIT */"], "MIT"),
])
def test_trial_01_every_form_of_tag(tmp_path, tags, expected):
    body = "".join(f"/* spdx-license-identifier: {t} */\n" if i % 2 else
                   f"# SPDX-License-Identifier: {t}\n" for i, t in enumerate(tags))
    r = licenselens.classify(write(tmp_path / "f.c", body + "int x;\n"))
    assert r.expression == expected


def test_trial_06_declared_sources_and_depth(tmp_path):
    write(tmp_path / "pp" / "pyproject.toml", '[project]\nname = "pp"\nlicense = "Apache-2.0"\n')
    write(tmp_path / "pp" / "LICENSES" / "MIT.txt", reference_text("mit"))
    write(tmp_path / "pp" / "src" / "a.py", "# SPDX-License-Identifier: MIT\nx = 1\n")
    deep = tmp_path.joinpath("pp", "data", *["d"] * 40)
    write(deep / "LICENSE", reference_text("mit"))
    meta = tmp_path / "metaonly"
    dist_info(meta, "m", "1.0", {"License-Expression": "GPL-3.0-or-later"})
    plain = classify_path(tmp_path / "pp")
    with_headers = classify_path(tmp_path / "pp", scan=ScanOptions(headers=True))
    sources = {r.extra.get("source") for r in with_headers}
    assert {"package-metadata", "license-file", "spdx-header"} <= sources
    assert "spdx-header" not in {r.extra.get("source") for r in plain}
    assert any(r.input.endswith("d/LICENSE") for r in plain)
    assert plain[-1].tier == "open"
    assert set(plain[-1].expression.split(" AND ")) == {"Apache-2.0", "MIT"}
    metaonly = classify_path(meta)
    pkg = next(r for r in metaonly if r.kind == "package")
    assert pkg.expression == "GPL-3.0-or-later" and pkg.tier == "open"


def test_trial_07_vendored_file_does_not_decide_the_summary(tmp_path):
    root = tmp_path / "pyproj"
    write(root / "pyproject.toml", '[project]\nname = "p"\n'
                                   'license = "MIT AND (Apache-2.0 OR BSD-2-Clause)"\n')
    write(root / "LICENSES" / "MIT.txt", reference_text("mit"))
    write(root / "third_party" / "COPYING.GPL", reference_text("gpl-3.0"))
    results = classify_path(root)
    summary = results[-1]
    assert "GPL" not in (summary.expression or "")
    assert summary.expression.startswith("MIT")
    assert summary.extra["third_party"] == ["third_party"]
    gpl = next(r for r in results if r.input.endswith("COPYING.GPL"))
    assert gpl.extra["scope"] == "third-party"


def test_trial_08_pyproject_is_read_as_a_manifest(tmp_path):
    p = write(tmp_path / "pyproject.toml", '[project]\nname = "p"\n'
                                           'license = "MIT AND (Apache-2.0 OR BSD-2-Clause)"\n')
    r = licenselens.classify(p)
    assert r.kind == "package" and r.expression == "MIT AND (Apache-2.0 OR BSD-2-Clause)"
    assert r.matched_by == "identifier"


def test_trial_11_max_files_keeps_top_license_and_says_incomplete(tmp_path, capsys):
    from licenselens.cli import main

    write(tmp_path / "LICENSE", reference_text("mit"))
    data = tmp_path / "Data"
    for i in range(30):
        write(data / f"sub{i}" / "x.txt", "x\n")
    results = classify_path(tmp_path, scan=ScanOptions(max_files=5))
    summary = results[-1]
    assert summary.extra.get("incomplete") is True
    assert summary.expression == "MIT" and summary.tier == "open"
    assert sum("limit of 5" in w for w in summary.warnings) == 1
    code = main(["classify", "--max-files", "5", str(tmp_path)])
    capsys.readouterr()
    assert code == 3


def test_trial_11_incomplete_without_a_license_is_unknown_never_closed(tmp_path):
    for i in range(30):
        write(tmp_path / f"d{i}" / "x.txt", "x\n")
    write(tmp_path / "d29" / "zz" / "LICENSE", PROPRIETARY)
    summary = classify_path(tmp_path, scan=ScanOptions(max_files=3))[-1]
    assert summary.tier == "unknown"
    assert any("incomplete" in w for w in summary.warnings)


def test_no_license_file_found_is_unknown(tmp_path):
    write(tmp_path / "main.py", "print(1)\n")
    summary = classify_path(tmp_path)[-1]
    assert summary.tier == "unknown"
    assert any("no license file found" in w for w in summary.warnings)


def test_manifest_saying_unlicensed_is_closed(tmp_path):
    write(tmp_path / "package.json", '{"name": "x", "license": "UNLICENSED"}')
    summary = classify_path(tmp_path)[-1]
    assert summary.tier == "closed"


def test_include_exclude_globs(tmp_path):
    write(tmp_path / "LICENSE", reference_text("mit"))
    write(tmp_path / "docs" / "LICENSE", reference_text("apache-2.0"))
    got = classify_path(tmp_path, scan=ScanOptions(exclude=("docs/",)))
    assert not any("docs" in r.input for r in got)
    got = classify_path(tmp_path, scan=ScanOptions(include=("docs/**",)))
    assert [r.input for r in got if r.kind != "folder"] == [str(tmp_path / "docs" / "LICENSE")]


# --- model repositories -----------------------------------------------------------------

@pytest.fixture
def hfcache(tmp_path, needs_symlinks):
    cache = tmp_path / "hub"
    hf_repo(cache, "meta-llama/Llama-2-7b", {
        "README.md": "---\nlicense: llama2\n---\n# A model\n",
        "LICENSE.txt": reference_text("llama-2-license-2023"),
        "USE_POLICY.md": "# Acceptable use\nOur own words: do not use the model to harm "
                         "anyone or to break the law.\n",
        "config.json": "{}"})
    hf_repo(cache, "org/apache-model", {"README.md": "---\nlicense: apache-2.0\n---\n# M\n"})
    hf_repo(cache, "org/nc-model", {"README.md": "---\nlicense: cc-by-nc-4.0\n---\n# M\n"})
    repo = hf_repo(cache, "org/partial", {"README.md": "---\nlicense: other\n---\n# M\n"})
    os.symlink("../../blobs/0123", repo / "snapshots" / ("a" * 40) / "LICENSE")
    return cache


def test_done_when_hf_cache_one_result_per_model_with_its_tier(hfcache):
    results = classify_path(hfcache)
    models = {r.input: r for r in results if r.kind == "model"}
    assert set(models) == {"meta-llama/Llama-2-7b", "org/apache-model", "org/nc-model",
                           "org/partial"}
    assert models["meta-llama/Llama-2-7b"].tier == "semi-open"
    assert models["org/apache-model"].tier == "open"
    assert models["org/nc-model"].tier == "semi-open"
    assert models["org/partial"].tier == "unknown"  # its LICENSE was never downloaded
    assert models["org/partial"].extra["skipped"]
    llama = models["meta-llama/Llama-2-7b"]
    assert [p["file"] for p in llama.extra["use_policy"]] == ["USE_POLICY.md"]
    assert not any(r.input.endswith("USE_POLICY.md") for r in results)


def test_trial_04_snapshot_links_are_followed(hfcache):
    snap = next((hfcache / "models--org--apache-model" / "snapshots").iterdir())
    results = classify_path(snap)
    assert [r.tier for r in results if r.kind == "model"] == ["open"]
    assert results[-1].tier == "open"


def test_trial_12_llama_repo_passes_allow_open_semi_open(hfcache, capsys):
    from licenselens.cli import main

    code = main(["check", str(hfcache / "models--meta-llama--Llama-2-7b"),
                 "--allow", "open,semi-open"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "USE_POLICY" not in out


def test_hf_spec_reads_the_local_cache_offline(hfcache, monkeypatch):
    pytest.importorskip("huggingface_hub")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(hfcache))
    monkeypatch.setenv("HF_HOME", str(hfcache.parent / "hf-home"))
    import huggingface_hub.constants as constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(hfcache), raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True, raising=False)
    from licenselens.readers import hfcache as reader

    entry = reader.hub_model("hf:org/nc-model", cache_dir=hfcache, offline=True)
    assert entry.name == "org/nc-model"
    results = classify_path("hf:org/nc-model")
    assert results[0].kind == "model" and results[0].tier == "semi-open"


def test_one_file_that_breaks_the_engine_is_an_error_result(tmp_path, monkeypatch):
    from licenselens.pipeline import files

    write(tmp_path / "LICENSE", reference_text("mit"))
    write(tmp_path / "NOTICE", "Our own notice.\n")
    real = files.classify_file

    def flaky(p, source, **kw):
        if p.name == "NOTICE":
            raise RecursionError("deep")
        return real(p, source, **kw)

    monkeypatch.setattr(files, "classify_file", flaky)
    results = classify_path(tmp_path)
    notice = next(r for r in results if r.input.endswith("NOTICE"))
    assert notice.kind == "error" and "nested too deeply" in notice.extra["error"]
    assert results[-1].expression == "MIT"


def test_a_copyright_notice_is_no_license_and_fails_no_gate(tmp_path, capsys):
    from licenselens.cli import main

    sp = tmp_path / "site-packages"
    dist_info(sp, "aws", "1.0", {"License": "Apache-2.0"},
              {"LICENSE": reference_text("apache-2.0"),
               "NOTICE": "aws\nCopyright 2030 Example Corp. All Rights Reserved.\n"})
    results = classify_path(sp)
    notice = next(r for r in results if r.input.endswith("NOTICE"))
    assert notice.tier == "unknown" and any("copyright notice" in w for w in notice.warnings)
    pkg = next(r for r in results if r.kind == "package")
    assert pkg.tier == "open" and pkg.extra["agreement"] == "agree"
    assert main(["check", "-q", str(sp)]) == 0
    capsys.readouterr()


def test_trial_12_use_policy_in_a_plain_folder_is_attached_not_gated(tmp_path, capsys):
    from licenselens.cli import main

    write(tmp_path / "README.md", "---\nlicense: llama2\n---\n# A model\n")
    write(tmp_path / "LICENSE", reference_text("llama-2-license-2023"))
    write(tmp_path / "USE_POLICY.md", "# Acceptable use\nOur own words: do not use the model "
                                      "to harm anyone or to break the law.\n")
    results = classify_path(tmp_path)
    policy = next(r for r in results if r.input.endswith("USE_POLICY.md"))
    assert policy.extra["source"] == "use-policy" and policy.extra["attached_to"]
    assert results[-1].tier == "semi-open"
    code = main(["check", str(tmp_path), "--allow", "open,semi-open"])
    out, _ = capsys.readouterr()
    assert code == 0 and "USE_POLICY" not in out


def test_trial_09_a_card_contradicted_by_its_license_file_does_not_decide(tmp_path, capsys):
    from licenselens.cli import main

    folder = tmp_path / "apache-lie"
    write(folder / "README.md", "---\nlicense: apache-2.0\n---\n# A model\n")
    write(folder / "LICENSE", "Model License\n\nThe model weights are provided solely for "
          "non-commercial research purposes. Redistribution of the weights is prohibited.\n")
    summary = classify_path(folder)[-1]
    assert summary.kind == "folder"
    assert "Apache-2.0" not in (summary.expression or "")
    assert summary.tier == "closed"
    assert any("contradicted by the license file" in w for w in summary.warnings)
    assert main(["badge", str(folder), "--format", "endpoint"]) == 0
    assert "Apache" not in capsys.readouterr().out


def test_a_card_that_agrees_with_its_license_file_stays(tmp_path):
    folder = tmp_path / "honest"
    write(folder / "README.md", "---\nlicense: mit\n---\n# A model\n")
    write(folder / "LICENSE", reference_text("mit"))
    summary = classify_path(folder)[-1]
    assert summary.expression == "MIT" and summary.tier == "open"
    assert not any("contradicted" in w for w in summary.warnings)
