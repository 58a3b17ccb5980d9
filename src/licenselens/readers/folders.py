"""Finding license-bearing files in a folder, the way people name them (two levels).

The whole-tree walk is :mod:`licenselens.readers.walk`; this shallow
discovery is kept for the current folder dispatch until it moves to the walk.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .kinds import LICENSE_NAME, LICENSES_DIR, NOT_TEXT, NOTICE_NAME, SKIP_DIRS, SPDX_NAME

_SKIP_DIRS = SKIP_DIRS | {"venv"}
#: directory entries looked at, in all, before the scan stops (a huge folder stays bounded)
MAX_ENTRIES = 20_000


def is_candidate(name: str) -> bool:
    """True when a file name says the file may hold license information."""
    if NOT_TEXT.search(name) and not SPDX_NAME.match(name):
        return False
    low = name.lower()
    return bool(LICENSE_NAME.match(name) or NOTICE_NAME.match(name) or SPDX_NAME.match(name)) \
        or low == "readme.md"


def _skip_dir(path: Path, name: str) -> bool:
    if name in _SKIP_DIRS or name.endswith(".egg-info"):
        return True
    try:  # a virtual environment or a conda environment, whatever its name
        return (path / "pyvenv.cfg").exists() or (path / "conda-meta").is_dir()
    except OSError:
        return True


def discover(folder: Path, warnings: list[str]) -> list[Path]:
    """License-bearing files at the top of ``folder``, then one level down (sorted).

    Symlinks are never followed out of the folder, nor into folders (so a
    loop cannot trap the scan); virtual environments, VCS and dependency
    folders are skipped; at most :data:`MAX_ENTRIES` entries are looked at.
    """
    root = folder.resolve()
    seen = 0
    stopped = False

    def entries(directory: Path) -> list[os.DirEntry]:
        nonlocal seen, stopped
        out: list[os.DirEntry] = []
        try:
            with os.scandir(directory) as it:
                for entry in it:
                    seen += 1
                    if seen > MAX_ENTRIES:
                        if not stopped:
                            warnings.append(f"{folder}: more than {MAX_ENTRIES} entries: "
                                            "the scan stopped there")
                        stopped = True
                        break
                    out.append(entry)
        except OSError as exc:
            warnings.append(f"{directory}: cannot list: {exc.strerror or exc}")
        return sorted(out, key=lambda e: e.name)

    def files_of(directory: Path, found: list[Path], subdirs: list[Path] | None) -> None:
        every_file = subdirs is None and LICENSES_DIR.match(directory.name) is not None
        for entry in entries(directory):
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    try:
                        target = path.resolve(strict=True)
                    except (OSError, RuntimeError):
                        warnings.append(f"{path}: broken or looping symlink skipped")
                        continue
                    if root != target and root not in target.parents:
                        warnings.append(f"{path}: symlink out of the folder not followed")
                        continue
                    if target.is_dir():
                        continue  # never descend through links
                if entry.is_dir(follow_symlinks=False):
                    if subdirs is not None and not _skip_dir(path, entry.name):
                        subdirs.append(path)
                    continue
                if entry.is_file() and (is_candidate(entry.name) or (
                        every_file and not NOT_TEXT.search(entry.name))):
                    found.append(path)
            except OSError as exc:
                warnings.append(f"{path}: skipped: {exc.strerror or exc}")

    found: list[Path] = []
    subdirs: list[Path] = []
    files_of(folder, found, subdirs)
    for sub in subdirs:
        if stopped:
            break
        files_of(sub, found, None)
    return found


def role(path: Path) -> str:
    """``weights``, ``code`` or ``any``: what a license file covers, by its name."""
    n = path.name.lower()
    if re.search(r"model|weight|use[_-]?policy|acceptable", n) or n == "readme.md":
        return "weights"
    if "code" in n or "software" in n or "source" in n:
        return "code"
    return "any"
