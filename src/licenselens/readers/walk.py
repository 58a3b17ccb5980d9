"""Walking a whole tree for license-bearing files, to any depth, bounded.

The walk is breadth first with each folder's entries sorted, so the order is
the same on every run and the top of the tree is always read first: a huge
``Data/`` folder can use up the file budget but never hide the top-level
LICENSE.  It skips version control, build output, caches and environments
(unless the tree *is* an environment), honours ``.gitignore`` files and the
caller's include/exclude globs, never follows a symlink out of the tree
(except a Hugging Face snapshot's links into its own blobs), never enters a
folder through a link, and notices a folder seen twice (bind-mount loops).

``max_files`` bounds the files (and, separately, the folders) met: once it is
reached no further folder is entered, and no further header is read, with a
warning and ``incomplete`` set.  The folder being listed when the limit is
reached is still looked at whole by name (up to ``LISTING_FACTOR`` times the
limit), so license files beside many others are not missed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError, OptionError
from . import hfcache
from .headers import read_header_tags
from .ignore import MAX_GITIGNORE_BYTES, Globs, IgnoreStack
from .kinds import (
    BINARY_EXT,
    LICENSES_DIR,
    PACKAGE_MARKERS,
    SKIP_DIRS,
    VENDOR_DIRS,
    FoundFile,
    SkippedFile,
    dist_info_name,
    name_role,
)

#: files met before the walk stops (the caller can raise it)
DEFAULT_MAX_FILES = 100_000
#: entries listed from one folder, as a multiple of ``max_files``
LISTING_FACTOR = 10
#: a folder (not the tree's own LICENSES/) with more license-named files than this is a
#: collection of license data (e.g. a license scanner's reference texts), not licenses
#: of the tree: its license files are passed over, with a warning
COLLECTION_MIN = 50
#: folders of installed distributions
ENV_DIRS = ("site-packages", "dist-packages")


@dataclass
class TreeWalk:
    """What a walk found: files in walk order, skipped candidates, models, warnings.

    ``incomplete`` is True when the walk stopped at ``max_files`` (or a folder
    could not be listed whole): a result built from it must not say "no
    license" for what was not seen.
    """

    root: Path
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    models: list[hfcache.ModelEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    incomplete: bool = False
    files_seen: int = 0
    dirs_skipped: list[str] = field(default_factory=list)

    def root_licenses(self) -> list[FoundFile]:
        """The tree's own top-level license and notice files."""
        return [f for f in self.files if f.is_root_license]


@dataclass(frozen=True)
class _Dir:
    """A folder to visit and what its files inherit (scope, component, kind of folder)."""

    path: str
    rel: str
    depth: int
    env: bool = False  # an environment's package folder: each child is a distribution
    licenses_dir: bool = False  # a folder of license texts: every text file is a license
    collection: bool = False  # a folder of license data: its license files are passed over
    scope: str = "root"
    component: str | None = None
    kind: str | None = None


def walk(root: str | Path, *, max_files: int = DEFAULT_MAX_FILES, headers: bool = False,
         include: Sequence[str] = (), exclude: Sequence[str] = (), gitignore: bool = True,
         skip_defaults: bool = True) -> TreeWalk:
    """Walk the folder ``root`` and return its license-bearing files (see the module doc).

    ``headers``: also read every other text file's first lines for
    ``SPDX-License-Identifier`` tags (role ``source``).  ``include`` /
    ``exclude``: Git-style globs relative to ``root`` (an excluded folder is
    not entered; with ``include``, only matching files are kept).
    ``skip_defaults=False`` walks VCS, build and cache folders too.

    Raises :class:`InputError` for an empty, missing or non-folder path and
    :class:`OptionError` for ``max_files < 1`` or a glob that cannot compile.
    """
    if str(root) == "":
        raise InputError("''", "empty path")
    if not isinstance(max_files, int) or isinstance(max_files, bool) or max_files < 1:
        raise OptionError(f"max_files must be a whole number of at least 1, not {max_files!r}")
    top = Path(root)
    if not top.is_dir():
        raise InputError(str(root), "no such folder" if not top.exists() else "not a folder")
    include = (include,) if isinstance(include, str) else tuple(include)
    exclude = (exclude,) if isinstance(exclude, str) else tuple(exclude)
    try:
        globs = Globs(include, exclude)
    except (ValueError, TypeError) as exc:
        raise OptionError(f"include/exclude glob cannot be read: {exc}") from exc
    result = TreeWalk(top)
    models = hfcache.find_models(top) if _is_model_root(top) else []
    if models:
        for entry in models:
            _add_model(result, entry, "")
        return result
    _Walker(result, max_files, headers, globs, gitignore, skip_defaults).run()
    return result


def _is_model_root(top: Path) -> bool:
    where = hfcache.snapshot_of(Path(os.path.abspath(top)))
    return hfcache.is_repo_folder(top) or (where is not None and
                                           Path(os.path.abspath(top)) == where[1])


def _add_model(result: TreeWalk, entry: hfcache.ModelEntry, rel: str) -> None:
    """Add a cache repository's files, their paths made relative to the walk's root."""
    prefix = f"{rel}/" if rel else ""
    if entry.snapshot is not None and entry.snapshot != entry.folder and rel:
        prefix += f"snapshots/{entry.snapshot.name}/"
    result.models.append(entry)
    result.files.extend(replace(f, relpath=prefix + f.relpath) for f in entry.files)
    result.skipped.extend(replace(s, relpath=prefix + s.relpath) for s in entry.skipped)
    result.warnings.extend(entry.warnings)


class _Walker:
    """One walk's state: the queue of folders, the budget and the ignore files."""

    def __init__(self, result: TreeWalk, max_files: int, headers: bool, globs: Globs,
                 gitignore: bool, skip_defaults: bool) -> None:
        self.result, self.max_files, self.headers = result, max_files, headers
        self.globs, self.gitignore, self.skip_defaults = globs, gitignore, skip_defaults
        self.ignores = IgnoreStack()
        self.root_real = result.root.resolve()
        self.seen_dirs: set[tuple[int, int]] = set()
        self.dirs_seen = 0
        self.quiet = {"links out of the tree": 0, "broken or looping links": 0}
        self.in_env = _is_environment(result.root)

    def run(self) -> None:
        result = self.result
        queue = [_Dir(str(result.root), "", 0)]
        while queue:
            if result.files_seen >= self.max_files or self.dirs_seen >= self.max_files:
                what = "files" if result.files_seen >= self.max_files else "folders"
                result.incomplete = True
                result.warnings.append(
                    f"{result.root}: the limit of {self.max_files} {what} was reached: the walk "
                    f"stopped there ({len(queue)} folder(s) not entered); raise max_files "
                    "(--max-files) to read the rest")
                break
            self.dirs_seen += 1
            queue.extend(self._visit(queue.pop(0)))
        if not result.incomplete and self.headers and result.files_seen > self.max_files:
            result.incomplete = True
            result.warnings.append(
                f"{result.root}: the limit of {self.max_files} files was reached: the headers of "
                f"{result.files_seen - self.max_files} file(s) were not read; raise max_files "
                "(--max-files) to read them")
        for what, n in self.quiet.items():
            if n:
                result.warnings.append(f"{result.root}: {n} {what} skipped (not license files)")

    def _visit(self, d: _Dir) -> list[_Dir]:
        """Record the files of one folder; return its subfolders to visit."""
        result = self.result
        entries = self._list(d)
        if entries is None:
            return []
        names = {e.name for e in entries}
        if d.depth == 0 and (os.path.basename(os.path.abspath(d.path)) in ENV_DIRS
                             or any(n.endswith(".dist-info") for n in names)):
            d = replace(d, env=True)
        if self.gitignore and ".gitignore" in names:
            self._read_gitignore(d)
        if d.depth > 0 and not d.env and names & PACKAGE_MARKERS and d.kind != "distribution":
            d = replace(d, scope="third-party", component=d.rel, kind="package")
        vendor = d.depth > 0 and os.path.basename(d.path) in VENDOR_DIRS
        if vendor and not d.env:
            d = replace(d, scope="third-party", component=d.rel, kind="vendored")
        if d.scope != "root":
            n = sum(1 for e in entries
                    if name_role(e.name, in_licenses_dir=d.licenses_dir) in ("license", "notice"))
            if n > COLLECTION_MIN:
                d = replace(d, collection=True)
                result.warnings.append(f"{d.path}: {n} license texts in one folder, a collection "
                                       "of license data rather than licenses of this tree: "
                                       "passed over")
        subdirs: list[_Dir] = []
        for entry in entries:
            rel = f"{d.rel}/{entry.name}" if d.rel else entry.name
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                child = self._child_dir(d, entry, rel, vendor)
                if child is not None:
                    subdirs.append(child)
                continue
            result.files_seen += 1
            if self.gitignore and self.ignores.ignored(rel, False):
                continue
            if self.globs.wanted_file(rel):
                self._file(d, entry, rel, over=result.files_seen > self.max_files)
        return subdirs

    def _list(self, d: _Dir) -> list[os.DirEntry] | None:
        limit = self.max_files * LISTING_FACTOR
        out: list[os.DirEntry] = []
        try:
            st = os.stat(d.path)
            key = (st.st_dev, st.st_ino)
            if key in self.seen_dirs:
                self.result.warnings.append(f"{d.path}: folder already walked (a loop): skipped")
                return None
            self.seen_dirs.add(key)
            with os.scandir(d.path) as it:
                for entry in it:
                    if len(out) >= limit:
                        self.result.incomplete = True
                        self.result.warnings.append(f"{d.path}: more than {limit} entries: "
                                                    "the rest of this folder was not listed")
                        break
                    out.append(entry)
        except OSError as exc:
            self.result.warnings.append(f"{d.path}: cannot list: {exc.strerror or exc}")
            if d.depth == 0 or LICENSES_DIR.match(os.path.basename(d.path)):
                self.result.incomplete = True
            return None
        return sorted(out, key=lambda e: e.name)

    def _read_gitignore(self, d: _Dir) -> None:
        path = os.path.join(d.path, ".gitignore")
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return
            with open(path, "rb") as fh:
                data = fh.read(MAX_GITIGNORE_BYTES)
        except OSError as exc:
            self.result.warnings.append(f"{path}: not read: {exc.strerror or exc}")
            return
        self.ignores.add(d.rel, data.decode("utf-8", errors="replace"), path,
                         self.result.warnings)

    def _child_dir(self, d: _Dir, entry: os.DirEntry, rel: str, vendor: bool) -> _Dir | None:
        name, result = entry.name, self.result
        path = Path(entry.path)
        if hfcache.is_repo_folder(path):
            _add_model(result, hfcache.read_model(path), rel)
            return None
        skip_default = self.skip_defaults and self._skip_default(d, name, path)
        if skip_default or (self.gitignore and self.ignores.ignored(rel, True)) \
                or self.globs.excluded_dir(rel):
            result.dirs_skipped.append(rel)
            return None
        child = _Dir(entry.path, rel, d.depth + 1,
                     licenses_dir=d.licenses_dir or LICENSES_DIR.match(name) is not None,
                     scope="project" if d.scope == "root" else d.scope, component=d.component,
                     kind=d.kind)
        if d.depth == 0 and child.licenses_dir:
            child = replace(child, scope="root")  # the REUSE LICENSES/ folder
        if d.env:
            info = dist_info_name(name)
            if info is not None:
                child = replace(child, scope="third-party", component=info[0],
                                kind="distribution", licenses_dir=False)
            else:
                child = replace(child, scope="third-party", component=name, kind="package")
        elif vendor:
            child = replace(child, scope="third-party", component=rel, kind="vendored")
        if self.in_env and name in ENV_DIRS:
            child = replace(child, env=True)
        return child

    def _skip_default(self, d: _Dir, name: str, path: Path) -> bool:
        if self.in_env and name in ENV_DIRS:
            return False
        if d.env:
            return name == "__pycache__"
        if name in SKIP_DIRS or name.endswith(".egg-info"):
            return True
        return _is_environment(path)

    def _file(self, d: _Dir, entry: os.DirEntry, rel: str, *, over: bool) -> None:
        name = entry.name
        role = name_role(name, in_licenses_dir=d.licenses_dir)
        parent = os.path.basename(d.path)
        if role is None and ((name == "METADATA" and parent.endswith(".dist-info"))
                             or (name == "PKG-INFO" and (parent.endswith(".egg-info")
                                                         or d.depth == 0))):
            role = "package-metadata"
        if role is None and name.lower() == "readme.md" and (
                d.depth == 0 or (entry.is_file(follow_symlinks=False)
                                 and _opens_front_matter(entry.path))):
            role = "model-card"
        if d.collection and role in ("license", "notice"):
            role = None
        wanted = role is not None or (self.headers and not over and not BINARY_EXT.search(name))
        problem = self._unreadable(entry, role is not None)
        if not wanted:
            return
        scope, component, kind = d.scope, d.component, d.kind
        if d.env:
            scope, component, kind = "third-party", name.split(".", 1)[0], "package"
        if problem:
            if role is not None:
                self.result.skipped.append(SkippedFile(rel, role, problem, component))
                self.result.warnings.append(f"{entry.path}: {problem}: not read, so the license "
                                            "may be incomplete")
            return
        tags: tuple = ()
        if role is None:
            found, warnings = read_header_tags(entry.path)
            self.result.warnings.extend(warnings)
            if not found:
                return
            role, tags = "source", tuple(found)
        self.result.files.append(FoundFile(Path(entry.path), rel, role, scope, component, kind,
                                           tags))

    def _unreadable(self, entry: os.DirEntry, candidate: bool) -> str | None:
        """Why a file cannot be read safely (None when it can); warns about loops."""
        try:
            if not entry.is_symlink():
                return None if entry.is_file(follow_symlinks=False) else \
                    "not a regular file (pipe, socket or device)"
            link = Path(entry.path)
            try:
                target = link.resolve(strict=True)
            except FileNotFoundError:
                self.quiet["broken or looping links"] += not candidate
                return "broken symlink"
            except (OSError, RuntimeError):
                self.result.warnings.append(f"{link}: symlink loop: not followed")
                return "looping symlink"
            if target.is_dir():
                if target == self.root_real or target in link.parent.resolve().parents \
                        or target == link.parent.resolve():
                    self.result.warnings.append(f"{link}: symlink loop to a folder above it: "
                                                "not followed")
                return "link to a folder (links are never entered)"
            inside = self.root_real in target.parents
            if not inside and not hfcache.link_allowed(link, target):
                self.quiet["links out of the tree"] += not candidate
                return "symlink out of the tree not followed"
            return None if target.is_file() else "not a regular file (pipe, socket or device)"
        except OSError as exc:
            return exc.strerror or str(exc)


def _is_environment(path: Path) -> bool:
    """True for a virtual environment or a conda environment, whatever its name."""
    try:
        return (path / "pyvenv.cfg").is_file() or (path / "conda-meta").is_dir()
    except OSError:
        return True


def _opens_front_matter(path: str) -> bool:
    """True when the file starts with a YAML front-matter line (a model card)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf").startswith(b"---")
