"""Finding license-bearing files in a folder, the way people name them."""

from __future__ import annotations

import os
import re
from pathlib import Path

_LICENSE_NAME = re.compile(
    r"^(licen[cs]e|copying|notice|model[_-]?licen[cs]e|use[_-]?policy|legal|eula|terms)"
    r"([._-].*)?$|.*\.licen[cs]e$",
    re.IGNORECASE,
)
_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox",
              ".mypy_cache", ".pytest_cache", "site-packages", ".cache"}
MAX_ENTRIES = 20_000


def _is_candidate(entry: os.DirEntry) -> bool:
    name = entry.name
    if _LICENSE_NAME.match(name):
        return True
    return name.lower() == "readme.md" or name.lower().endswith(".spdx.json")


def discover(folder: Path, warnings: list[str]) -> list[Path]:
    """License-bearing files at the top of ``folder`` and one level down (sorted).

    Symlinks are never followed out of the folder; virtual environments,
    VCS and dependency folders are skipped.
    """
    root = folder.resolve()
    found: list[Path] = []
    seen = 0

    def scan(directory: Path, depth: int) -> None:
        nonlocal seen
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            warnings.append(f"{directory}: cannot list: {exc.strerror or exc}")
            return
        for entry in entries:
            seen += 1
            if seen > MAX_ENTRIES:
                warnings.append(f"{folder}: more than {MAX_ENTRIES} entries: scan stopped")
                return
            path = Path(entry.path)
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
                if depth == 0 and entry.name not in _SKIP_DIRS and not (
                    path / "pyvenv.cfg").exists():
                    scan(path, depth + 1)
                continue
            if entry.is_file() and _is_candidate(entry):
                found.append(path)

    scan(folder, 0)
    return found


def role(path: Path) -> str:
    """``weights``, ``code`` or ``any``: what a license file covers, by its name."""
    n = path.name.lower()
    if re.search(r"model|weight|use[_-]?policy", n) or n == "readme.md":
        return "weights"
    if "code" in n or "software" in n:
        return "code"
    return "any"
