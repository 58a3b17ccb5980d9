"""Model repositories laid out as the Hugging Face cache, and ``hf:org/name``.

The hub cache keeps each repository as ``models--org--name/`` holding
``blobs/<hash>`` (the contents), ``snapshots/<revision>/...`` (the file tree,
each file a symlink to ``../../blobs/<hash>``) and ``refs/main`` (the
revision of the branch).  Such links are followed read-only, and only into
the ``blobs/`` folder of the same repository.  One :class:`ModelEntry` is
given per repository, named ``org/name``, from one snapshot: the revision
``refs/main`` names, else the most recently written one.

A license file that cannot be read (a link to a blob that was never
downloaded, a link out of the repository) is listed in ``skipped`` with a
warning: nothing may be concluded from its absence.

>>> repo_name("models--meta-llama--Llama-3.1-8B")
'meta-llama/Llama-3.1-8B'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .kinds import FoundFile, SkippedFile, name_role

#: a repository folder of the hub cache
REPO_DIR = re.compile(r"^(?P<type>models|datasets|spaces)--(?P<name>.+)$")
#: entries looked at inside one snapshot (a model repo has a few dozen files)
MAX_SNAPSHOT_ENTRIES = 10_000
#: the files ``hf:`` asks the hub for
HUB_PATTERNS = ("README.md", "LICENSE*", "LICENCE*", "license*", "licence*", "USE_POLICY*",
                "NOTICE*", "COPYING*", "*.spdx.json")


@dataclass
class ModelEntry:
    """One repository of the hub cache: its name, snapshot and license-bearing files.

    ``files`` are :class:`FoundFile` (role ``model-card``, ``license`` or
    ``notice``; ``component`` is the ``org/name``); their ``path`` is the
    snapshot's link, safe to open.
    """

    name: str
    repo_type: str
    folder: Path
    revision: str | None = None
    snapshot: Path | None = None
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def card(self) -> Path | None:
        """The model card (README.md at the top of the snapshot), if any."""
        return next((f.path for f in self.files if f.role == "model-card"), None)

    @property
    def license_files(self) -> list[Path]:
        """LICENSE-like and NOTICE-like files, use policies excluded."""
        return [f.path for f in self.files
                if f.role in ("license", "notice") and not is_use_policy(f.path.name)]

    @property
    def use_policies(self) -> list[Path]:
        """USE_POLICY / acceptable-use files."""
        return [f.path for f in self.files if is_use_policy(f.path.name)]


def is_use_policy(name: str) -> bool:
    """True for a use policy's file name (``USE_POLICY.md``, ``acceptable-use-policy.txt``)."""
    return re.match(r"(acceptable[_-]?)?use[_-]?policy", name, re.IGNORECASE) is not None


def repo_name(folder_name: str) -> str:
    """``org/name`` of a cache folder name (``models--org--name``)."""
    m = REPO_DIR.match(folder_name)
    return m.group("name").replace("--", "/") if m else folder_name


def is_repo_folder(path: Path) -> bool:
    """True for a hub-cache repository folder (``models--*`` with ``snapshots/``)."""
    try:
        return REPO_DIR.match(path.name) is not None and (path / "snapshots").is_dir()
    except OSError:
        return False


def snapshot_of(path: Path) -> tuple[Path, Path] | None:
    """(repository folder, snapshot folder) when ``path`` is in a snapshot, else None."""
    parts = path.parts
    for i in range(len(parts) - 3, -1, -1):
        if REPO_DIR.match(parts[i]) and parts[i + 1] == "snapshots":
            repo = Path(*parts[: i + 1])
            return repo, repo / "snapshots" / parts[i + 2]
    return None


def link_allowed(link: Path, target: Path) -> bool:
    """True when ``link`` lies in a snapshot and ``target`` (resolved) in the same repo's blobs."""
    where = snapshot_of(Path(os.path.abspath(link)))
    if where is None:
        return False
    try:
        blobs = (where[0] / "blobs").resolve()
    except (OSError, RuntimeError):
        return False
    return blobs in target.parents


def choose_snapshot(repo: Path, warnings: list[str]) -> Path | None:
    """The snapshot ``refs/main`` names, else the most recently written one (None if none)."""
    snapshots = repo / "snapshots"
    try:
        revs = sorted(p for p in snapshots.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError as exc:
        warnings.append(f"{snapshots}: cannot list: {exc.strerror or exc}")
        return None
    try:
        main = (repo / "refs" / "main").read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        main = ""
    if main:
        chosen = snapshots / main
        if chosen.is_dir():
            return chosen
        warnings.append(f"{repo.name}: refs/main names {main[:40]}, which is not in snapshots/")
    if not revs:
        return None
    newest = max(revs, key=lambda p: (p.lstat().st_mtime_ns, p.name))
    if len(revs) > 1:
        warnings.append(f"{repo.name}: {len(revs)} snapshots and no usable refs/main: "
                        f"the newest ({newest.name}) is read")
    return newest


def read_model(repo: Path, *, snapshot: Path | None = None) -> ModelEntry:
    """The license-bearing files of one cache repository (of ``snapshot``, or the chosen one)."""
    m = REPO_DIR.match(repo.name)
    entry = ModelEntry(name=repo_name(repo.name), repo_type=m.group("type") if m else "models",
                       folder=repo)
    snap = snapshot if snapshot is not None else choose_snapshot(repo, entry.warnings)
    if snap is None:
        entry.warnings.append(f"{entry.name}: no snapshot in the cache: nothing read")
        return entry
    entry.snapshot, entry.revision = snap, snap.name
    _collect(entry, snap)
    return entry


def _collect(entry: ModelEntry, snap: Path) -> None:
    """Fill ``entry.files``/``skipped`` from the snapshot tree (breadth first, sorted)."""
    pending, seen = [snap], 0
    while pending:
        folder = pending.pop(0)
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            entry.warnings.append(f"{folder}: cannot list: {exc.strerror or exc}")
            continue
        for item in items:
            seen += 1
            if seen > MAX_SNAPSHOT_ENTRIES:
                entry.warnings.append(f"{entry.name}: more than {MAX_SNAPSHOT_ENTRIES} files in "
                                      "the snapshot: the rest was not looked at")
                return
            path = Path(item.path)
            rel = path.relative_to(snap).as_posix()
            if item.is_dir(follow_symlinks=False):
                pending.append(path)
                continue
            role = "model-card" if rel.lower() == "readme.md" else name_role(item.name)
            if role not in ("model-card", "license", "notice"):
                continue
            reason = _unreadable(path)
            if reason:
                entry.skipped.append(SkippedFile(rel, role, reason, entry.name))
                entry.warnings.append(f"{entry.name}/{rel}: {reason}: not read, so the "
                                      "license may be incomplete")
                continue
            entry.files.append(FoundFile(path, rel, role, "third-party", entry.name, "model"))


def _unreadable(path: Path) -> str | None:
    """Why a snapshot file cannot be read safely, or None when it can."""
    if not path.is_symlink():
        return None if path.is_file() else "not a regular file"
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "link to a blob that is not in the cache (incomplete download)"
    except (OSError, RuntimeError):
        return "looping symlink"
    if not link_allowed(path, target):
        return "symlink out of the repository's blobs not followed"
    return None if target.is_file() else "not a regular file"


def find_models(path: str | Path) -> list[ModelEntry]:
    """Every cache repository at ``path``: the repository itself, one of its snapshots,
    or a cache folder holding ``models--*`` folders (sorted by name).  [] if none."""
    p = Path(path)
    where = snapshot_of(Path(os.path.abspath(p)))
    if where is not None and Path(os.path.abspath(p)) == where[1]:
        return [read_model(where[0], snapshot=where[1])]
    if is_repo_folder(p):
        return [read_model(p)]
    try:
        children = sorted(c for c in p.iterdir() if is_repo_folder(c) and not c.is_symlink())
    except OSError:
        return []
    return [read_model(c) for c in children]


def hub_model(spec: str, *, revision: str | None = None, cache_dir: str | Path | None = None,
              offline: bool | None = None) -> ModelEntry:
    """The card and license files of ``hf:org/name`` through ``huggingface_hub``.

    Only the files named in :data:`HUB_PATTERNS` are asked for.  With
    ``offline`` (default: the ``HF_HUB_OFFLINE`` setting) only the local cache
    is read.  Raises :class:`InputError` when the extra is missing, the id is
    malformed, or the model is neither cached nor downloadable.
    """
    repo_id = spec[3:] if spec.startswith("hf:") else spec
    source = f"hf:{repo_id}"
    if not re.fullmatch(r"[\w.-]+(/[\w.-]+)?", repo_id) or "--" in repo_id or ".." in repo_id:
        raise InputError(source, "not a Hugging Face model id (expected hf:org/name)")
    try:
        import huggingface_hub
        from huggingface_hub import snapshot_download
    except ImportError as exc:
        raise InputError(source, "reading hf: models needs the optional extra: "
                                 "pip install 'licenselens[hub]'") from exc
    if offline is None:
        offline = bool(getattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)) or \
            os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")
    try:
        folder = snapshot_download(repo_id, revision=revision, cache_dir=cache_dir,
                                   allow_patterns=list(HUB_PATTERNS), local_files_only=offline)
    except Exception as exc:  # noqa: BLE001 - the hub raises many kinds; all mean "not read"
        where = "in the local cache (offline)" if offline else "on the hub or in the cache"
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise InputError(source, f"not found {where}: {type(exc).__name__}: {first}") from exc
    snap = Path(folder)
    where = snapshot_of(Path(os.path.abspath(snap)))
    if where is None:  # a local_dir download: plain files
        entry = ModelEntry(name=repo_id, repo_type="models", folder=snap, snapshot=snap)
        _collect(entry, snap)
        return entry
    entry = read_model(where[0], snapshot=where[1])
    entry.name = repo_id
    return entry
