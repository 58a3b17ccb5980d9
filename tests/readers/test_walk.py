"""The whole-tree walk: depth, skipped folders, .gitignore, globs, budget, links, scopes."""

from __future__ import annotations

import os

import pytest
from tests.readers.builders import write

from licenselens.errors import InputError, LicenselensError, OptionError
from licenselens.readers.walk import walk


def rels(result, role=None):
    return [f.relpath for f in result.files if role is None or f.role == role]


def test_walk_finds_a_license_300_levels_down(tmp_path):
    deep = tmp_path.joinpath(*["d"] * 300)
    try:
        write(deep / "LICENSE")
    except OSError:  # pragma: no cover - a file system with a short path limit
        pytest.skip("path too long for this file system")
    result = walk(tmp_path)
    assert rels(result) == ["/".join(["d"] * 300) + "/LICENSE"]
    assert result.files[0].scope == "project" and not result.incomplete


def test_walk_skips_vcs_build_and_cache_folders_by_default(tmp_path):
    write(tmp_path / "LICENSE")
    for folder in (".git", "node_modules/pkg", "build", "dist", "target", "__pycache__", ".tox"):
        write(tmp_path / folder / "LICENSE")
    write(tmp_path / "env" / "pyvenv.cfg", "home = /usr\n")
    write(tmp_path / "env" / "COPYING")
    result = walk(tmp_path)
    assert rels(result) == ["LICENSE"]
    assert {"build", "dist", "env", "node_modules", ".git"} <= set(result.dirs_skipped)
    everything = walk(tmp_path, skip_defaults=False)
    assert "node_modules/pkg/LICENSE" in rels(everything) and "build/LICENSE" in rels(everything)


def test_walk_respects_gitignore_files_with_negation_and_nesting(tmp_path):
    write(tmp_path / ".gitignore", "generated/\n*.tmp\n")
    write(tmp_path / "LICENSE")
    write(tmp_path / "generated" / "LICENSE")
    write(tmp_path / "NOTICE.tmp")
    write(tmp_path / "sub" / ".gitignore", "COPYING*\n!COPYING.keep\n")
    write(tmp_path / "sub" / "COPYING")
    write(tmp_path / "sub" / "COPYING.keep")
    result = walk(tmp_path)
    assert rels(result) == ["LICENSE", "sub/COPYING.keep"]
    assert "generated" in result.dirs_skipped
    assert len(rels(walk(tmp_path, gitignore=False))) == 5


def test_walk_include_and_exclude_globs(tmp_path):
    write(tmp_path / "LICENSE")
    write(tmp_path / "docs" / "LICENSE.txt")
    write(tmp_path / "Data" / "big" / "LICENSE")
    assert rels(walk(tmp_path, exclude=["Data/"])) == ["LICENSE", "docs/LICENSE.txt"]
    assert rels(walk(tmp_path, include=["*.txt"])) == ["docs/LICENSE.txt"]
    with pytest.raises(OptionError):
        walk(tmp_path, include=["!"])


def test_trial_11_top_level_license_found_before_cap(tmp_path):
    data = tmp_path / "Data"
    data.mkdir()
    for i in range(300):
        (data / f"img{i:04}.png").write_bytes(b"\x89PNG")
    write(tmp_path / "Data" / "deeper" / "LICENSE")
    write(tmp_path / "LICENSE")
    write(tmp_path / "notice")
    result = walk(tmp_path, max_files=100)
    assert rels(result) == ["LICENSE", "notice"]
    assert result.incomplete
    assert any("limit of 100 files" in w and "max_files" in w for w in result.warnings)
    raised = walk(tmp_path, max_files=1000)
    assert "Data/deeper/LICENSE" in rels(raised) and not raised.incomplete


def test_trial_11_a_huge_top_folder_still_yields_its_license(tmp_path):
    for i in range(250):
        write(tmp_path / f"file{i:04}.dat", "x")
    write(tmp_path / "zz-LICENSE.txt")  # sorted last, after the budget ran out
    result = walk(tmp_path, max_files=50)
    assert rels(result) == ["zz-LICENSE.txt"]
    assert not result.incomplete  # every name was looked at; nothing else was to be read
    with_headers = walk(tmp_path, max_files=50, headers=True)
    assert rels(with_headers) == ["zz-LICENSE.txt"]
    assert with_headers.incomplete
    assert any("headers of 201 file(s) were not read" in w for w in with_headers.warnings)


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_max_files_below_one_is_a_typed_error(tmp_path, bad):
    with pytest.raises(OptionError):
        walk(tmp_path, max_files=bad)


def test_trial_18_empty_path_is_rejected(tmp_path):
    with pytest.raises(InputError, match="empty path"):
        walk("")
    with pytest.raises(InputError, match="no such folder"):
        walk(tmp_path / "nosuch")
    write(tmp_path / "LICENSE")
    with pytest.raises(InputError, match="not a folder"):
        walk(tmp_path / "LICENSE")


def test_symlink_loop_is_warned_and_never_followed(tmp_path, needs_symlinks):
    write(tmp_path / "LICENSE")
    os.symlink(".", tmp_path / "again")
    os.symlink(tmp_path / "sub", tmp_path / "sub2")
    write(tmp_path / "sub" / "COPYING")
    os.symlink("loop-b", tmp_path / "LICENSE-loop-a")
    os.symlink("LICENSE-loop-a", tmp_path / "loop-b")
    result = walk(tmp_path)
    assert rels(result) == ["LICENSE", "sub/COPYING"]
    assert any("again" in w and "loop" in w for w in result.warnings)
    assert [s.relpath for s in result.skipped] == ["LICENSE-loop-a"]
    assert "loop" in result.skipped[0].reason


def test_links_out_of_the_tree_are_not_followed_and_are_reported(tmp_path, needs_symlinks):
    outside = write(tmp_path / "outside" / "secret.txt", "not part of the tree")
    tree = tmp_path / "tree"
    write(tree / "LICENSE")
    os.symlink(outside, tree / "COPYING")
    os.symlink(outside, tree / "other.c")
    os.symlink(tree / "LICENSE", tree / "LICENSE.link")  # inside: read through the link
    result = walk(tree, headers=True)
    assert rels(result) == ["LICENSE", "LICENSE.link"]
    assert [(s.relpath, s.reason) for s in result.skipped] == [
        ("COPYING", "symlink out of the tree not followed")]
    assert any("1 links out of the tree" in w for w in result.warnings)


def test_unreadable_license_files_are_skipped_with_a_reason(tmp_path, needs_symlinks):
    write(tmp_path / "LICENSE")
    os.symlink("gone", tmp_path / "COPYING")
    os.mkfifo(tmp_path / "NOTICE")
    result = walk(tmp_path)
    assert rels(result) == ["LICENSE"]
    reasons = {s.relpath: s.reason for s in result.skipped}
    assert reasons["COPYING"] == "broken symlink"
    assert reasons["NOTICE"].startswith("not a regular file")
    assert sum("may be incomplete" in w for w in result.warnings) == 2


def test_trial_7_vendored_and_nested_package_files_are_third_party(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "p"\nlicense = "MIT"\n')
    write(tmp_path / "LICENSES" / "MIT.txt")
    write(tmp_path / "third_party" / "COPYING.GPL")
    write(tmp_path / "vendor" / "thirdparty" / "libfoo" / "COPYING")
    write(tmp_path / "packages" / "inner" / "package.json", '{"license": "ISC"}')
    write(tmp_path / "packages" / "inner" / "LICENSE")
    write(tmp_path / "docs" / "LICENSE")
    result = walk(tmp_path)
    found = {f.relpath: (f.scope, f.component, f.component_kind) for f in result.files}
    assert found == {
        "pyproject.toml": ("root", None, None),
        "LICENSES/MIT.txt": ("root", None, None),
        "docs/LICENSE": ("project", None, None),
        "third_party/COPYING.GPL": ("third-party", "third_party", "vendored"),
        "packages/inner/LICENSE": ("third-party", "packages/inner", "package"),
        "packages/inner/package.json": ("third-party", "packages/inner", "package"),
        "vendor/thirdparty/libfoo/COPYING": ("third-party", "vendor/thirdparty/libfoo",
                                             "vendored"),
    }
    assert [f.relpath for f in result.root_licenses()] == ["LICENSES/MIT.txt"]


def test_roles_by_name_and_place(tmp_path):
    write(tmp_path / "README.md", "# a project\n")
    write(tmp_path / "NOTICE")
    write(tmp_path / "sbom.spdx.json", "{}")
    write(tmp_path / "models" / "m1" / "README.md", "---\nlicense: mit\n---\n")
    write(tmp_path / "docs" / "README.md", "# docs, not a card\n")
    write(tmp_path / "LICENSE.py", "x = 1\n")
    result = walk(tmp_path)
    assert {f.relpath: f.role for f in result.files} == {
        "NOTICE": "notice", "README.md": "model-card", "sbom.spdx.json": "spdx-document",
        "models/m1/README.md": "model-card"}


def test_walk_order_is_breadth_first_sorted_and_repeatable(tmp_path):
    for rel in ("b/LICENSE", "a/z/LICENSE", "a/LICENSE", "LICENSE", "COPYING"):
        write(tmp_path / rel)
    first = rels(walk(tmp_path))
    assert first == ["COPYING", "LICENSE", "a/LICENSE", "b/LICENSE", "a/z/LICENSE"]
    assert rels(walk(tmp_path)) == first


def test_headers_are_read_only_when_asked(tmp_path):
    write(tmp_path / "src" / "a.c", "// SPDX-License-Identifier: MIT\n")
    write(tmp_path / "src" / "b.c", "int main(void) { return 0; }\n")
    write(tmp_path / "img.png", "SPDX-License-Identifier: MIT")
    assert rels(walk(tmp_path)) == []
    result = walk(tmp_path, headers=True)
    assert [(f.relpath, f.role, [t.expression for t in f.tags]) for f in result.files] == [
        ("src/a.c", "source", ["MIT"])]


def test_walk_errors_are_licenselens_errors(tmp_path):
    with pytest.raises(LicenselensError):
        walk(tmp_path, max_files=0)


def test_many_empty_folders_are_bounded_too(tmp_path):
    for i in range(30):
        (tmp_path / f"d{i:02}" / "e").mkdir(parents=True)
    write(tmp_path / "LICENSE")
    result = walk(tmp_path, max_files=10)
    assert rels(result) == ["LICENSE"] and result.incomplete
    assert any("limit of 10 folders" in w for w in result.warnings)
