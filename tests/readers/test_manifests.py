"""A project's own manifest: pyproject.toml, package.json and Cargo.toml in all their forms."""

from __future__ import annotations

import json

import pytest
from tests.readers.builders import write

from licenselens.errors import InputError
from licenselens.readers.manifests import read_manifest


def pyproject(tmp_path, body):
    return read_manifest(write(tmp_path / "pyproject.toml", body))


def test_trial_8_pyproject_expression_string(tmp_path):
    write(tmp_path / "LICENSE")
    write(tmp_path / "LICENSES" / "MIT.txt")
    pkg = pyproject(tmp_path, '[project]\nname = "pp"\nversion = "1.2"\n'
                              'license = "MIT AND (Apache-2.0 OR BSD-2-Clause)"\n'
                              'license-files = ["LICEN[CS]E*", "LICENSES/*.txt"]\n')
    assert (pkg.name, pkg.version, pkg.kind) == ("pp", "1.2", "pyproject")
    assert pkg.declared == ("MIT AND (Apache-2.0 OR BSD-2-Clause)",)
    assert pkg.declared_from == "project.license"
    assert [p.relative_to(tmp_path).as_posix() for p in pkg.license_files] == [
        "LICENSE", "LICENSES/MIT.txt"]
    assert pkg.warnings == []


def test_pyproject_license_table_text_and_file(tmp_path):
    pkg = pyproject(tmp_path, '[project]\nname = "t"\nlicense = {text = "BSD-3-Clause"}\n')
    assert (pkg.declared, pkg.declared_from) == (("BSD-3-Clause",), "project.license.text")
    write(tmp_path / "COPYING")
    pkg = pyproject(tmp_path, '[project]\nname = "f"\nlicense = {file = "COPYING"}\n')
    assert pkg.declared == () and [p.name for p in pkg.license_files] == ["COPYING"]
    pkg = pyproject(tmp_path, '[project]\nname = "m"\nlicense = {file = "NOPE.txt"}\n')
    assert pkg.missing_license_files == ["NOPE.txt"] and pkg.warnings


def test_pyproject_long_text_table_is_text_not_a_declaration(tmp_path):
    body = '[project]\nname = "x"\nlicense = {text = """Our own words.\nUse it as you like."""}\n'
    pkg = pyproject(tmp_path, body)
    assert pkg.declared == () and pkg.license_text.startswith("Our own words.")


def test_pyproject_classifiers_and_poetry_fallbacks(tmp_path):
    pkg = pyproject(tmp_path, '[project]\nname = "c"\nclassifiers = '
                              '["License :: OSI Approved :: MIT License", "Typing :: Typed"]\n')
    assert (pkg.declared, pkg.declared_from) == (("License :: OSI Approved :: MIT License",),
                                                 "project.classifiers")
    pkg = pyproject(tmp_path, '[tool.poetry]\nname = "po"\nversion = "0.1"\nlicense = "MPL-2.0"\n')
    assert (pkg.name, pkg.declared, pkg.declared_from) == ("po", ("MPL-2.0",),
                                                           "tool.poetry.license")


def test_pyproject_license_files_cannot_leave_the_project(tmp_path):
    pkg = pyproject(tmp_path, '[project]\nname = "e"\nlicense-files = ["../*", "/etc/*"]\n'
                              'license = {file = "../x"}\n')
    assert pkg.license_files == [] and len(pkg.warnings) == 3


def test_pyproject_draft_license_files_table(tmp_path):
    write(tmp_path / "LICENSE.txt")
    pkg = pyproject(tmp_path, '[project]\nname = "d"\nlicense-files = {paths = ["LICENSE.txt"]}\n')
    assert [p.name for p in pkg.license_files] == ["LICENSE.txt"]


@pytest.mark.parametrize("body", ["[project\nname=", "project = 3\n", "[project]\nlicense = 5\n"])
def test_broken_pyproject_gives_a_warning(tmp_path, body):
    pkg = pyproject(tmp_path, body)
    assert pkg.declared == () and pkg.warnings


@pytest.mark.parametrize("value, declared, source", [
    ("MIT OR Apache-2.0", ("MIT OR Apache-2.0",), "license"),
    ("UNLICENSED", ("UNLICENSED",), "license"),
    ({"type": "ISC", "url": "https://example.invalid"}, ("ISC",), "license.type"),
])
def test_package_json_license_forms(tmp_path, value, declared, source):
    write(tmp_path / "package.json", json.dumps({"name": "n", "version": "1.0.0",
                                                 "license": value}))
    pkg = read_manifest(tmp_path / "package.json")
    assert (pkg.name, pkg.version, pkg.kind) == ("n", "1.0.0", "npm")
    assert (pkg.declared, pkg.declared_from) == (declared, source)


def test_package_json_legacy_list_and_see_license_in(tmp_path):
    write(tmp_path / "package.json", json.dumps({"licenses": [{"type": "MIT"}, {"type": "GPL-2.0"}]}))
    pkg = read_manifest(tmp_path / "package.json")
    assert (pkg.declared, pkg.declared_from) == (("MIT", "GPL-2.0"), "licenses")
    assert any("not stated" in w for w in pkg.warnings)
    write(tmp_path / "EULA.txt")
    write(tmp_path / "package.json", json.dumps({"license": "SEE LICENSE IN EULA.txt"}))
    pkg = read_manifest(tmp_path / "package.json")
    assert pkg.declared == () and [p.name for p in pkg.license_files] == ["EULA.txt"]


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"license": 7}'])
def test_broken_package_json_gives_a_warning(tmp_path, text):
    pkg = read_manifest(write(tmp_path / "package.json", text))
    assert pkg.declared == () and pkg.warnings


def test_cargo_license_legacy_slash_and_license_file(tmp_path):
    write(tmp_path / "LICENSE-MIT")
    pkg = read_manifest(write(tmp_path / "Cargo.toml", '[package]\nname = "cr"\nversion = "0.1.0"\n'
                                                       'license = "MIT/Apache-2.0"\n'
                                                       'license-file = "LICENSE-MIT"\n'))
    assert (pkg.name, pkg.kind, pkg.declared) == ("cr", "cargo", ("MIT OR Apache-2.0",))
    assert [p.name for p in pkg.license_files] == ["LICENSE-MIT"]
    assert any("read as OR" in w for w in pkg.warnings)


def test_cargo_license_inherited_from_the_workspace(tmp_path):
    write(tmp_path / "Cargo.toml", '[workspace]\nmembers = ["crates/a"]\n'
                                   '[workspace.package]\nlicense = "Apache-2.0 OR MIT"\n')
    member = write(tmp_path / "crates" / "a" / "Cargo.toml",
                   '[package]\nname = "a"\nlicense.workspace = true\n')
    pkg = read_manifest(member)
    assert (pkg.declared, pkg.declared_from) == (("Apache-2.0 OR MIT",), "package.license")
    orphan = write(tmp_path / "x" / "y" / "z" / "w" / "v" / "u" / "t" / "s" / "r" / "q" /
                   "Cargo.toml", '[package]\nname = "o"\nlicense = { workspace = true }\n')
    assert any("not found" in w for w in read_manifest(orphan).warnings)


def test_read_manifest_rejects_other_names_and_empty_paths(tmp_path):
    with pytest.raises(InputError):
        read_manifest(write(tmp_path / "setup.cfg", "[metadata]\n"))
    with pytest.raises(InputError, match="empty path"):
        read_manifest("")
