"""The LicenseDB snapshot: the packaged one loads with its header, a newer one
written by ``data update`` wins, damaged or unreadable sources give typed errors."""

from __future__ import annotations

import json
import lzma

import pytest
from tests.knowledge.licensedb_samples import (
    INVENTED,
    licensedb_folder,
    licensedb_json_index,
    licensedb_wheel,
)

from licenselens.errors import DataError, DataSourceError, LicenselensError
from licenselens.knowledge import snapshot
from licenselens.knowledge.licensedb import read_source


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    """An empty user cache; the packaged snapshot is active again afterwards."""
    monkeypatch.setenv("LICENSELENS_CACHE", str(tmp_path / "cache"))
    snapshot.reset()
    yield tmp_path / "cache"
    monkeypatch.undo()
    snapshot.reset()


def test_packaged_snapshot_header_records_source_and_credit(user_cache):
    snap = snapshot.active()
    assert snap.path == snapshot.packaged_path()
    h = snap.header
    assert h["source"]["package"] == "scancode-toolkit"
    assert h["license"] == "CC-BY-4.0" and "nexB" in h["credit"]
    assert h["counts"]["licenses"] == len(snapshot.licenses())
    assert snapshot.data_version() == h["data_version"]
    assert h["data_version"].startswith(f"scancode-licensedb {h['source']['version']} (")


def test_packaged_snapshot_has_the_2025_model_licenses(user_cache):
    db = snapshot.licenses()
    for key in ("gemma-tou-2025-03-24", "llama-4-cla-2025", "flux-1-nc", "qwen-2024"):
        assert db[key]["text"] and db[key]["category"], key
    assert db["mit"]["spdx_license_key"] == "MIT"


@pytest.mark.parametrize("make", ["folder", "wheel", "json"])
def test_every_source_layout_reads_the_same_licenses(tmp_path, make):
    if make == "folder":
        src = licensedb_folder(tmp_path / "db")
    elif make == "wheel":
        src = licensedb_wheel(tmp_path / "scancode_toolkit-99.1.0-py3-none-any.whl")
    else:
        src = licensedb_json_index(tmp_path / "json")
    entries, source = read_source(src)
    by_key = {e["key"]: e for e in entries}
    for key, (cat, name, text) in INVENTED.items():
        assert by_key[key]["category"] == cat
        assert by_key[key]["name"] == name
        assert by_key[key]["text"].split() == text.split()
    if make == "wheel":
        assert (source.package, source.version, source.kind) == ("scancode-toolkit", "99.1.0",
                                                                 "wheel")
    if make == "folder":  # the older layout: data in a .yml beside a plain text
        assert by_key["numbat-1.0"]["text"].startswith("Numbat License 1.0")


def test_update_writes_a_snapshot_that_wins(user_cache, tmp_path):
    header = snapshot.data_update(licensedb_folder(tmp_path / "db"))
    assert snapshot.cached_path().is_file()
    assert snapshot.active().path == snapshot.cached_path()
    assert snapshot.data_version() == header["data_version"]
    assert set(snapshot.licenses()) == {*INVENTED, "numbat-1.0"}
    info = snapshot.data_info()
    assert info["origin"] == "user cache" and info["inactive"]["readable"]


def test_an_older_source_is_refused_unless_forced(user_cache, tmp_path):
    old = licensedb_folder(tmp_path / "db", when=946684800.0)  # files dated 2000-01-01
    with pytest.raises(DataError, match="older"):
        snapshot.data_update(old)
    assert not snapshot.cached_path().exists()
    header = snapshot.data_update(old, force=True)
    assert header["pinned"] and header["licensedb_date"] == "2000-01-01"
    assert snapshot.active().path == snapshot.cached_path()


def test_a_damaged_cached_snapshot_is_ignored(user_cache):
    user_cache.mkdir(parents=True)
    snapshot.cached_path().write_bytes(b"not xz at all")
    assert snapshot.active().path == snapshot.packaged_path()
    assert snapshot.data_info()["inactive"]["readable"] is False


def test_a_snapshot_with_a_wrong_digest_is_refused(tmp_path):
    entries, source = read_source(licensedb_folder(tmp_path / "db"))
    data, _header = snapshot.encode(entries, source)
    head, body = lzma.decompress(data).split(b"\n", 1)
    bad = tmp_path / "bad.jsonl.xz"
    bad.write_bytes(lzma.compress(head + b"\n" + body.replace(b"Quokka", b"Koala")))
    with pytest.raises(LicenselensError, match="digest"):
        snapshot.read_licenses(bad)
    other = tmp_path / "other.jsonl.xz"
    other.write_bytes(lzma.compress(json.dumps({"format": "something-else"}).encode()))
    with pytest.raises(LicenselensError, match="not a licenselens"):
        snapshot.read_header(other)


@pytest.mark.parametrize(
    "layout, message",
    [
        ("missing", "no such file"),
        ("empty", "no LicenseDB found"),
        ("text-only", "no license data"),
        ("bad-yaml", "malformed YAML"),
        ("bad-key", "malformed license key"),
        ("not-a-zip", "not a readable wheel"),
        ("zip-without-licenses", "no licensedcode"),
        ("bad-index", "unreadable JSON index"),
    ],
)
def test_unreadable_sources_raise_a_typed_error(tmp_path, layout, message):
    src = tmp_path / "src"
    if layout == "empty":
        src.mkdir()
    elif layout in ("text-only", "bad-yaml", "bad-key"):
        (src / "licenses").mkdir(parents=True)
        body = {"text-only": "Just words, no data.\n",
                "bad-yaml": "---\nkey: [unclosed\n---\ntext\n",
                "bad-key": "---\nkey: Not A Key!\ncategory: Permissive\n---\ntext\n"}[layout]
        (src / "licenses" / "x.LICENSE").write_text(body, encoding="utf-8")
    elif layout == "not-a-zip":
        src.write_text("hello", encoding="utf-8")
    elif layout == "zip-without-licenses":
        import zipfile

        with zipfile.ZipFile(src, "w") as zf:
            zf.writestr("README", "nothing here")
    elif layout == "bad-index":
        src.mkdir()
        (src / "index.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataSourceError, match=message):
        read_source(src)


def test_a_cached_snapshot_with_a_damaged_body_falls_back(user_cache, tmp_path):
    entries, source = read_source(licensedb_folder(tmp_path / "db"))
    data, _header = snapshot.encode(entries, source)
    head, body = lzma.decompress(data).split(b"\n", 1)
    user_cache.mkdir(parents=True)
    snapshot.cached_path().write_bytes(lzma.compress(head + b"\n" + body[:-40]))
    assert snapshot.active().path == snapshot.cached_path()  # its header reads
    assert "mit" in snapshot.licenses()  # the body does not: the packaged one is used
    assert snapshot.active().path == snapshot.packaged_path()


def test_without_any_snapshot_the_knowledge_base_still_loads(user_cache, monkeypatch, tmp_path):
    from licenselens.knowledge.records import knowledge_base

    monkeypatch.setattr(snapshot, "packaged_path", lambda: tmp_path / "absent.jsonl.xz")
    snapshot.reset()
    knowledge_base.cache_clear()
    try:
        assert snapshot.available() is None and snapshot.data_version() == ""
        with pytest.raises(LicenselensError, match="no LicenseDB snapshot"):
            snapshot.active()
        kb = knowledge_base()
        assert kb.get("MIT") is not None and kb.data_version == ""
    finally:
        monkeypatch.undo()
        snapshot.reset()
        knowledge_base.cache_clear()
