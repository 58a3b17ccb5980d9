"""``licenselens data info`` and ``data update --from``, on a small LicenseDB-shaped
folder made here; results of a scan then carry the new data version and know its
licenses by their text."""

from __future__ import annotations

import argparse
import io
import json

import pytest
from tests.knowledge.licensedb_samples import INVENTED, licensedb_folder, licensedb_wheel

import licenselens
from licenselens.cli import data as datacmd
from licenselens.knowledge import snapshot
from licenselens.knowledge.records import knowledge_base
from licenselens.knowledge.refindex import reference_index


def _reset() -> None:
    snapshot.reset()
    knowledge_base.cache_clear()
    reference_index.cache_clear()


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LICENSELENS_CACHE", str(tmp_path / "cache"))
    _reset()
    yield tmp_path / "cache"
    monkeypatch.undo()
    _reset()


def _run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="licenselens")
    datacmd.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    out, err = io.StringIO(), io.StringIO()
    code = args.func(args, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_info_names_the_packaged_snapshot(user_cache):
    code, out, _ = _run("data", "info", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["origin"] == "package"
    assert info["cache_dir"] == str(user_cache)
    assert info["counts"]["licenses"] > 2000
    assert info["data_version"] == snapshot.data_version()
    code, text, _ = _run("data", "info")
    assert code == 0 and info["data_version"] in text and "CC-BY-4.0" in text


def test_update_from_a_folder_then_results_use_it(user_cache, tmp_path):
    code, out, err = _run("data", "update", "--from", str(licensedb_folder(tmp_path / "db")))
    assert code == 0, err
    assert "3 licenses" in out
    code, out, _ = _run("data", "info", "--json")
    info = json.loads(out)
    assert info["origin"] == "user cache" and info["counts"]["licenses"] == 3
    _reset()
    text = INVENTED["wombat-research-2.0"][2]
    r = licenselens.classify_text("Copyright 2031 Example Owner\n\n" + text)
    assert r.expression == "LicenseRef-scancode-wombat-research-2.0"
    assert r.matched_by in ("exact", "similarity")
    assert r.to_dict()["data_version"] == info["data_version"]
    assert licenselens.identify("quokka-permissive-1.0").license.name == (
        "Quokka Permissive License 1.0")


def test_update_from_a_wheel_records_its_version(user_cache, tmp_path):
    wheel = licensedb_wheel(tmp_path / "scancode_toolkit-99.1.0-py3-none-any.whl")
    code, out, _ = _run("data", "update", "--from", str(wheel), "--json")
    assert code == 0
    assert json.loads(out)["data_version"].startswith("scancode-licensedb 99.1.0 (")


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_update_from_an_unreadable_source_fails_cleanly(user_cache, tmp_path, make):
    src = tmp_path / "nothing"
    if make == "empty":
        src.mkdir()
    code, out, err = _run("data", "update", "--from", str(src))
    assert code == 1 and out == ""
    assert err.startswith("licenselens data: ") and str(src) in err
    assert not snapshot.cached_path().exists()


def test_update_into_an_unwritable_cache_fails_cleanly(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("LICENSELENS_CACHE", str(blocker / "cache"))
    _reset()
    try:
        code, _out, err = _run("data", "update", "--from", str(licensedb_folder(tmp_path / "db")))
        assert code == 1 and "cannot write the snapshot" in err
    finally:
        monkeypatch.undo()
        _reset()
