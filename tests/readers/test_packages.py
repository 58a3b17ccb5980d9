"""Installed distributions: declared licenses (METADATA forms) and shipped license files."""

from __future__ import annotations

import os
import sys

import pytest
from tests.readers.builders import PERMISSIVE, dist_info, write

from licenselens.errors import InputError
from licenselens.readers.packages import find_site_packages, read_distribution, read_environment
from licenselens.readers.walk import walk


def names(paths, base):
    return [p.relative_to(base).as_posix() for p in paths]


def test_license_expression_wins_and_pep639_files_are_found(tmp_path):
    info = dist_info(tmp_path, "alpha", "1.0", {
        "License-Expression": "MIT AND (Apache-2.0 OR BSD-2-Clause)",
        "License": "MIT License",
        "Classifier": ["License :: OSI Approved :: MIT License", "License :: OSI Approved"],
        "License-File": ["LICENSE", "vendored/LICENSES/Apache-2.0.txt"],
    }, {"licenses/LICENSE": PERMISSIVE, "licenses/vendored/LICENSES/Apache-2.0.txt": PERMISSIVE})
    pkg = read_distribution(info)
    assert (pkg.name, pkg.version, pkg.kind) == ("alpha", "1.0", "distribution")
    assert pkg.declared == ("MIT AND (Apache-2.0 OR BSD-2-Clause)",)
    assert pkg.declared_from == "License-Expression"
    assert pkg.classifiers == ("License :: OSI Approved :: MIT License",)
    assert names(pkg.license_files, info) == ["licenses/LICENSE",
                                              "licenses/vendored/LICENSES/Apache-2.0.txt"]
    assert pkg.warnings == [] and pkg.missing_license_files == []


def test_short_license_field_is_a_declaration(tmp_path):
    pkg = read_distribution(dist_info(tmp_path, "beta", "2", {"License": "BSD"}))
    assert (pkg.declared, pkg.declared_from, pkg.license_text) == (("BSD",), "License", None)


def test_long_license_text_in_the_license_field_is_kept_as_text(tmp_path):
    text = "Our own license words.\n        |\n        |Anyone may use this for any purpose."
    info = dist_info(tmp_path, "gamma", "3", {
        "License": text, "Classifier": "License :: OSI Approved :: BSD License"})
    pkg = read_distribution(info)
    assert pkg.declared == ("License :: OSI Approved :: BSD License",)
    assert pkg.declared_from == "Classifier"
    assert pkg.license_text.splitlines() == ["Our own license words.", "",
                                             "Anyone may use this for any purpose."]


def test_unknown_declares_nothing(tmp_path):
    pkg = read_distribution(dist_info(tmp_path, "delta", "4", {"License": "UNKNOWN"}))
    assert pkg.declared == () and pkg.declared_from is None and pkg.license_text is None


def test_several_classifiers_are_all_kept(tmp_path):
    pkg = read_distribution(dist_info(tmp_path, "eps", "5", {"Classifier": [
        "License :: OSI Approved :: MIT License",
        "License :: OSI Approved :: Apache Software License", "Programming Language :: C"]}))
    assert pkg.declared == ("License :: OSI Approved :: MIT License",
                            "License :: OSI Approved :: Apache Software License")


def test_classic_license_files_in_dist_info_and_a_missing_license_file(tmp_path):
    info = dist_info(tmp_path, "zeta", "6", {"License-File": ["COPYING", "AUTHORS-LICENSE.md"]},
                     {"COPYING": PERMISSIVE, "NOTICE": "Our notice.\n", "RECORD": ""})
    pkg = read_distribution(info)
    assert names(pkg.license_files, info) == ["COPYING", "NOTICE"]
    assert pkg.missing_license_files == ["AUTHORS-LICENSE.md"]
    assert any("listed but not shipped" in w for w in pkg.warnings)


def test_license_file_entries_cannot_leave_the_distribution(tmp_path):
    write(tmp_path / "secret")
    pkg = read_distribution(dist_info(tmp_path, "eta", "7", {"License-File": "../secret"}))
    assert pkg.license_files == [] and any("outside" in w for w in pkg.warnings)


def test_broken_metadata_gives_warnings_not_exceptions(tmp_path):
    info = tmp_path / "broken-0.1.dist-info"
    write(info / "METADATA", "this is not: a header block\n\x00\x01 : :\nLicense")
    pkg = read_distribution(info)
    assert (pkg.name, pkg.version) == ("broken", "0.1")
    assert any("no Name" in w for w in pkg.warnings)
    bad_bytes = tmp_path / "bytes-1.0.dist-info"
    bad_bytes.mkdir()
    (bad_bytes / "METADATA").write_bytes(b"Name: bytes\nLicense: MIT \xff\xfe\n")
    assert any("not valid UTF-8" in w for w in read_distribution(bad_bytes).warnings)
    empty = tmp_path / "empty-2.dist-info"
    empty.mkdir()
    pkg = read_distribution(empty)
    assert pkg.name == "empty" and any("metadata not readable" in w for w in pkg.warnings)


def test_egg_info_file_and_folder(tmp_path):
    write(tmp_path / "old-1.0-py3.11.egg-info", "Metadata-Version: 1.0\nName: old\n"
          "Version: 1.0\nLicense: GPL\n")
    write(tmp_path / "older.egg-info" / "PKG-INFO", "Name: older\nVersion: 0.9\nLicense: MIT\n")
    env = read_environment(tmp_path)
    assert [(p.name, p.version, p.declared) for p in env.packages] == [
        ("old", "1.0", ("GPL",)), ("older", "0.9", ("MIT",))]


def test_environment_from_a_venv_root_and_shadowed_duplicates(tmp_path):
    venv = tmp_path / "venv"
    write(venv / "pyvenv.cfg", "home = /usr/bin\n")
    site = venv / "lib" / "python3.11" / "site-packages"
    dist_info(site, "Foo_Bar", "1.0", {"License-Expression": "MIT"})
    dist_info(site, "foo-bar", "0.9", {"License-Expression": "GPL-3.0-only"})
    dist_info(site, "baz", "2.0", {})
    assert find_site_packages(venv) == [site]
    env = read_environment(venv)
    assert [(p.key, p.version) for p in env.packages] == [("baz", "2.0"), ("foo-bar", "1.0")]
    assert any("shadowed" in w for w in env.warnings)


def test_environment_errors_are_typed(tmp_path):
    with pytest.raises(InputError, match="empty path"):
        read_environment("")
    with pytest.raises(InputError, match="no such"):
        read_environment(tmp_path / "missing")
    with pytest.raises(InputError, match="not a Python environment"):
        read_environment(tmp_path)


def test_running_interpreter_environment_is_read(monkeypatch, tmp_path):
    site = tmp_path / "site"
    dist_info(site, "only-here", "1.0", {"License-Expression": "0BSD"})
    monkeypatch.setattr(sys, "path", [str(site), str(tmp_path / "nosuch"), str(site)])
    env = read_environment()
    assert env.folders == [site] and [p.name for p in env.packages] == ["only-here"]


def test_site_packages_tree_gives_every_distribution_and_license_file(tmp_path, needs_symlinks):
    """The issue's done-when tree: several dist-infos (one with licenses/), a compound SPDX
    tag in a NOTICE, an unreadable license file, a symlink loop."""
    site = tmp_path / "lib" / "python3.11" / "site-packages"
    dist_info(site, "alpha", "1.0", {"License-Expression": "MIT", "License-File": "LICENSE"},
              {"licenses/LICENSE": PERMISSIVE})
    dist_info(site, "beta", "2.0", {"License": "Apache 2.0"},
              {"NOTICE": "SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n"})
    dist_info(site, "gamma", "3.0", {"Classifier": "License :: OSI Approved :: ISC License"})
    write(site / "beta" / "NOTICE", "// SPDX-License-Identifier: MIT\n"
          "// SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n")
    write(site / "beta" / "__init__.py", "# SPDX-License-Identifier: Apache-2.0\n")
    os.symlink("missing-blob", site / "gamma-3.0.dist-info" / "LICENSE")
    (site / "alpha").mkdir()
    os.symlink("..", site / "alpha" / "loop")
    env = read_environment(site)
    assert [(p.name, p.declared) for p in env.packages] == [
        ("alpha", ("MIT",)), ("beta", ("Apache 2.0",)),
        ("gamma", ("License :: OSI Approved :: ISC License",))]
    assert [f.name for f in env.packages[0].license_files] == ["LICENSE"]
    result = walk(site, headers=True)
    files = {f.relpath: (f.role, f.component, f.component_kind) for f in result.files}
    assert files["alpha-1.0.dist-info/licenses/LICENSE"] == ("license", "alpha", "distribution")
    assert files["beta-2.0.dist-info/NOTICE"] == ("notice", "beta", "distribution")
    assert files["beta/NOTICE"] == ("notice", "beta", "package")
    assert files["beta/__init__.py"][0] == "source"
    assert sum(1 for r in files.values() if r[0] == "package-metadata") == 3
    assert [(s.relpath, s.reason) for s in result.skipped] == [
        ("gamma-3.0.dist-info/LICENSE", "broken symlink")]
    assert any("loop" in w for w in result.warnings)
    assert not result.incomplete


def test_license_file_entry_linking_out_of_the_distribution_is_not_read(tmp_path, needs_symlinks):
    secret = write(tmp_path / "secret.txt", "not a license")
    info = dist_info(tmp_path / "site", "theta", "8", {"License-File": "LICENSE"})
    os.symlink(secret, info / "LICENSE")
    pkg = read_distribution(info)
    assert pkg.license_files == [] and pkg.missing_license_files == ["LICENSE"]
