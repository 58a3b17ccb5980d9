"""Hugging Face cache layout (blobs + snapshot links + refs/main) and ``hf:org/name``.

Every cache here is built by the test; nothing touches the network.
"""

from __future__ import annotations

import os
import sys

import pytest
from tests.readers.builders import PERMISSIVE, RESEARCH_ONLY, hf_repo, write

import licenselens
from licenselens.errors import InputError
from licenselens.readers.hfcache import find_models, hub_model, read_model
from licenselens.readers.walk import walk

CARD_MIT = "---\nlicense: mit\n---\n# A model\n"
CARD_NC = "---\nlicense: cc-by-nc-4.0\n---\n# Another model\n"


@pytest.fixture
def cache(tmp_path, needs_symlinks):
    root = tmp_path / "hub"
    hf_repo(root, "meta-llama/Llama-3.1-8B", {
        "README.md": CARD_MIT, "LICENSE": PERMISSIVE, "USE_POLICY.md": "Our own policy words.\n",
        "config.json": "{}", "original/params.json": "{}"})
    hf_repo(root, "acme/research", {"README.md": CARD_NC, "LICENSE-MODEL": RESEARCH_ONLY})
    hf_repo(root, "acme/data", {"README.md": CARD_MIT}, repo_type="datasets")
    (root / ".locks").mkdir()
    return root


def test_trial_4_snapshot_links_into_blobs_are_followed(cache):
    snap = next((cache / "models--meta-llama--Llama-3.1-8B" / "snapshots").iterdir())
    result = walk(snap)
    assert [(f.relpath, f.role) for f in result.files] == [
        ("LICENSE", "license"), ("README.md", "model-card"), ("USE_POLICY.md", "license")]
    assert result.skipped == [] and result.warnings == []
    assert {f.component for f in result.files} == {"meta-llama/Llama-3.1-8B"}
    assert (snap / "LICENSE").read_text() == PERMISSIVE


def test_cache_folder_gives_one_model_per_repository_named_org_name(cache):
    models = find_models(cache)
    assert [(m.name, m.repo_type) for m in models] == [
        ("acme/data", "datasets"), ("acme/research", "models"),
        ("meta-llama/Llama-3.1-8B", "models")]
    llama = models[2]
    assert llama.card.name == "README.md"
    assert [p.name for p in llama.license_files] == ["LICENSE"]
    assert [p.name for p in llama.use_policies] == ["USE_POLICY.md"]
    result = walk(cache)
    assert [m.name for m in result.models] == [m.name for m in models]
    assert all(f.component_kind == "model" and f.scope == "third-party" for f in result.files)
    assert "models--acme--research/snapshots/" + "a" * 40 + "/LICENSE-MODEL" in \
        [f.relpath for f in result.files]


def test_each_model_of_a_cache_gets_its_own_tier(cache):
    tiers = {}
    for model in find_models(cache):
        if model.repo_type == "models":
            tiers[model.name] = licenselens.classify(model.card).tier
    assert tiers == {"meta-llama/Llama-3.1-8B": "open", "acme/research": "semi-open"}


def test_refs_main_picks_the_snapshot_else_the_newest(tmp_path, needs_symlinks):
    repo = hf_repo(tmp_path, "o/m", {"LICENSE": "old words\n"}, revision="1" * 40)
    hf_repo(tmp_path, "o/m", {"LICENSE": "new words\n"}, revision="2" * 40, refs_main=False)
    write(repo / "refs" / "main", "1" * 40)
    assert read_model(repo).revision == "1" * 40
    (repo / "refs" / "main").unlink()
    os.utime(repo / "snapshots" / ("1" * 40), (2_000_000_000, 2_000_000_000))
    os.utime(repo / "snapshots" / ("2" * 40), (1_000_000_000, 1_000_000_000))
    model = read_model(repo)
    assert model.revision == "1" * 40
    assert any("2 snapshots" in w for w in model.warnings)


def test_a_license_whose_blob_is_missing_is_skipped_and_said(tmp_path, needs_symlinks):
    repo = hf_repo(tmp_path, "o/partial", {"README.md": CARD_MIT, "LICENSE": PERMISSIVE})
    for blob in (repo / "blobs").iterdir():
        if blob.read_text() == PERMISSIVE:
            blob.unlink()
    model = read_model(repo)
    assert [f.relpath for f in model.files] == ["README.md"]
    assert [(s.relpath, s.role) for s in model.skipped] == [("LICENSE", "license")]
    assert "incomplete download" in model.skipped[0].reason
    assert any("may be incomplete" in w for w in model.warnings)


def test_links_into_another_repository_are_not_followed(tmp_path, needs_symlinks):
    other = hf_repo(tmp_path, "o/other", {"LICENSE": PERMISSIVE})
    repo = hf_repo(tmp_path, "o/thief", {"README.md": CARD_MIT})
    blob = next((other / "blobs").iterdir())
    os.symlink(blob, repo / "snapshots" / ("a" * 40) / "LICENSE")
    model = read_model(repo)
    assert [s.relpath for s in model.skipped] == ["LICENSE"]
    assert "not followed" in model.skipped[0].reason


def test_a_cache_inside_a_project_is_read_as_models(tmp_path, needs_symlinks):
    write(tmp_path / "LICENSE")
    hf_repo(tmp_path / "weights", "o/m", {"README.md": CARD_MIT, "LICENSE": PERMISSIVE})
    result = walk(tmp_path, headers=True)
    assert [m.name for m in result.models] == ["o/m"]
    assert not any("blobs" in f.relpath for f in result.files)
    assert [f.relpath for f in result.files if f.component is None] == ["LICENSE"]


def test_hub_model_reads_the_local_cache_offline(cache, monkeypatch):
    pytest.importorskip("huggingface_hub")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model = hub_model("hf:meta-llama/Llama-3.1-8B", cache_dir=cache)
    assert model.name == "meta-llama/Llama-3.1-8B" and model.revision == "a" * 40
    assert [f.relpath for f in model.files] == ["LICENSE", "README.md", "USE_POLICY.md"]
    with pytest.raises(InputError, match="local cache"):
        hub_model("hf:nobody/nothing", cache_dir=cache, offline=True)


@pytest.mark.parametrize("spec", ["hf:", "hf:a/b/c", "hf:../x", "hf:a--b/c", "hf:a b/c"])
def test_hub_model_rejects_malformed_ids(spec):
    with pytest.raises(InputError, match="not a Hugging Face model id"):
        hub_model(spec, offline=True)


def test_hub_model_without_the_extra_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "huggingface_hub", None)
    with pytest.raises(InputError, match=r"licenselens\[hub\]"):
        hub_model("hf:o/m", offline=True)
