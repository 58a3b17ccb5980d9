"""Builders for reader tests: trees, environments and Hugging Face caches made on disk.

Every text here is a short sentence of our own; nothing is copied from a
real license or package.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: a stand-in for a license text: the readers only look at names and fields
PERMISSIVE = "Our own words: anyone may use, copy and change this, for any purpose.\n"
RESEARCH_ONLY = "Our own words: for non-commercial research only; do not redistribute.\n"


def write(path: Path, text: str = PERMISSIVE) -> Path:
    """Write ``text`` at ``path``, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def dist_info(site: Path, name: str, version: str, headers: dict[str, str | list[str]],
              files: dict[str, str] | None = None) -> Path:
    """A ``name-version.dist-info`` folder with METADATA built from ``headers``."""
    info = site / f"{name}-{version}.dist-info"
    lines = ["Metadata-Version: 2.4", f"Name: {name}", f"Version: {version}"]
    for key, value in headers.items():
        for v in value if isinstance(value, list) else [value]:
            lines.append(f"{key}: {v}")
    write(info / "METADATA", "\n".join(lines) + "\n\nA description of our own.\n")
    for rel, text in (files or {}).items():
        write(info / rel, text)
    return info


def hf_repo(cache: Path, repo_id: str, files: dict[str, str], *, revision: str = "a" * 40,
            refs_main: bool = True, repo_type: str = "models") -> Path:
    """A repository in the Hugging Face cache layout: blobs, snapshot symlinks, refs/main."""
    repo = cache / f"{repo_type}--{repo_id.replace('/', '--')}"
    snap = repo / "snapshots" / revision
    (repo / "blobs").mkdir(parents=True, exist_ok=True)
    snap.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        sha = hashlib.sha256(text.encode()).hexdigest()
        (repo / "blobs" / sha).write_text(text, encoding="utf-8")
        link = snap / rel
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(os.path.relpath(repo / "blobs" / sha, link.parent), link)
    if refs_main:
        write(repo / "refs" / "main", revision)
    return repo
