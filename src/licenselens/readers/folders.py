"""Finding license-bearing files in a folder, the way people name them."""

from __future__ import annotations

import os
import re
from pathlib import Path

_LICENSE_NAME = re.compile(
    r"^(licen[cs]es?|copying|copyright|notice|model[_-]?licen[cs]e|use[_-]?policy|"
    r"acceptable[_-]?use[_-]?policy|legal|eula|terms([_-]of[_-]use)?)([._-].*)?$"
    r"|.*\.licen[cs]e$",
    re.IGNORECASE,
)
#: SPDX documents (SBOMs) by their conventional names
_SPDX_NAME = re.compile(r".*\.spdx(\.(json|ya?ml|rdf|xml|rdf\.xml|tv|txt))?$", re.IGNORECASE)
#: a file named like a license but holding code or data of the project
_NOT_TEXT = re.compile(
    r"\.(py|pyc|pyi|js|mjs|ts|tsx|jsx|go|rs|java|kt|c|h|cc|cpp|hpp|cs|rb|php|pl|sh|bat|ps1|"
    r"swift|scala|lua|r|jl|css|scss|svg|png|jpe?g|gif|ico|bin|safetensors|pt|pth|onnx|gguf|"
    r"zip|gz|tar|whl|so|dll|dylib|exe|o|a|class|jar|lock|toml|cfg|ini)$",
    re.IGNORECASE,
)
_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox",
              ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".cache",
              ".eggs", ".idea", ".vscode"}
#: a folder of license texts (the REUSE layout: LICENSES/MIT.txt): every file counts
_LICENSES_DIR = re.compile(r"^licen[cs]es?$", re.IGNORECASE)
#: directory entries looked at, in all, before the scan stops (a huge folder stays bounded)
MAX_ENTRIES = 20_000


def is_candidate(name: str) -> bool:
    """True when a file name says the file may hold license information."""
    if _NOT_TEXT.search(name) and not _SPDX_NAME.match(name):
        return False
    low = name.lower()
    return bool(_LICENSE_NAME.match(name) or _SPDX_NAME.match(name)) or low == "readme.md"


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
        every_file = subdirs is None and _LICENSES_DIR.match(directory.name) is not None
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
                        every_file and not _NOT_TEXT.search(entry.name))):
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
