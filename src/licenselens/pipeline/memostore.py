"""Work once across runs (opt-in): the work-once memo's results kept in the user cache.

A CI job that scans the same tree on every commit judges the same license
texts each time.  With ``LICENSELENS_MEMO=1`` in the environment (the CLI's
``--memo`` sets it; worker processes inherit it), :class:`MemoStore` keeps
what :class:`~licenselens.pipeline.memo.TextMemo` remembers: a text judged
in an earlier run, with any copyright lines, is not judged again.

* Where: ``<user cache>/memo-<fingerprint>/``, one JSON-lines file per process
  (so parallel workers never write the same file).  The fingerprint covers the
  licenselens version, its code and data files (names, sizes, times), the
  reference data and the curated records: after an upgrade, a data update or
  an edit, old entries are simply not found.
* What: per line, the memo key (a SHA-1 of the copyright-free text, the kind,
  the policy and the input's warnings), the result as the contract's JSON, and
  the copyright lines' character ranges.  Nothing is pickled; a line that does
  not parse is skipped.
* Bounds: at most :data:`MAX_ENTRIES` entries are read back, and a process
  stops writing when the folder holds :data:`MAX_BYTES`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from .._version import __version__
from ..knowledge.cache import cache_dir
from ..knowledge.paths import PACKAGE_DIR, files_stamp
from ..knowledge.records import knowledge_base
from ..knowledge.snapshot import available

#: the environment variable that turns the store on ("1", "true", "yes")
ENV = "LICENSELENS_MEMO"
#: entries read back at most
MAX_ENTRIES = 200_000
#: a process stops adding entries when the folder holds this many bytes
MAX_BYTES = 256 * 1024 * 1024
#: the package's files whose change gives another store folder
_CODE_FILES = (".py", ".yaml", ".json", ".xz")

Ranges = list[tuple[int, int]]


def enabled() -> bool:
    """True when ``LICENSELENS_MEMO`` asks for the store."""
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes", "on")


def folder() -> Path:
    """The store's folder for this code and this reference data."""
    snap = available()
    # the package's files by name, size and time: any edit gives another folder
    h = hashlib.sha1(f"{__version__};{files_stamp(PACKAGE_DIR, _CODE_FILES)}".encode())
    h.update(f"{knowledge_base().fingerprint};{snap.digest if snap else 'none'}".encode())
    return cache_dir() / f"memo-{h.hexdigest()[:16]}"


class MemoStore:
    """Memo entries written by earlier runs (read on first use), and this run's own."""

    def __init__(self, where: Path | None = None, *, shared: bool = False) -> None:
        self._where = where
        self._entries: dict[str, tuple[dict[str, Any], Ranges]] | None = None
        self._out: Any = None
        self._full = False
        #: other processes write while this one runs (pool workers): look again on a miss
        self.shared = shared
        self._read_to: dict[str, int] = {}  # file name -> bytes read (whole lines)

    @property
    def where(self) -> Path:
        if self._where is None:
            self._where = folder()
        return self._where

    def get(self, key: str) -> tuple[dict[str, Any], Ranges] | None:
        """The stored result (contract JSON) and copyright ranges of a memo key (for a
        shared store, what the other processes wrote since is read first on a miss)."""
        if self._entries is None:
            self._entries = {}
            self.refresh()
        else:
            found = self._entries.get(key)
            if found is not None or not self.shared:
                return found
            self.refresh()
        return self._entries.get(key)

    def put(self, key: str, result: dict[str, Any], ranges: Ranges) -> None:
        """Keep an entry for later runs (silently skipped if the cache is unwritable)."""
        if self._full:
            return
        try:
            if self._out is None:
                self.where.mkdir(parents=True, exist_ok=True)
                used = sum(p.stat().st_size for p in self.where.glob("*.jsonl"))
                if used >= MAX_BYTES:
                    self._full = True
                    return
                name = f"{os.getpid()}-{time.time_ns()}.jsonl"
                self._out = open(self.where / name, "a", encoding="utf-8")  # noqa: SIM115
            line = json.dumps({"k": key, "r": result, "g": ranges}, ensure_ascii=False)
            self._out.write(line + "\n")
            self._out.flush()
        except OSError:
            self._full = True

    def refresh(self) -> None:
        """Read the lines written since the last look (whole lines only: a line another
        process is writing is read next time)."""
        entries = self._entries if self._entries is not None else {}
        self._entries = entries
        try:
            files = sorted(self.where.glob("*.jsonl"))
        except OSError:
            return
        for path in files:
            done = self._read_to.get(path.name, 0)
            if len(entries) >= MAX_ENTRIES:
                return
            try:
                with open(path, "rb") as fh:
                    fh.seek(done)
                    chunk = fh.read()
            except OSError:
                continue
            end = chunk.rfind(b"\n") + 1
            self._read_to[path.name] = done + end
            for line in chunk[:end].decode("utf-8", "replace").splitlines():
                entry = _entry(line)
                if entry is not None and len(entries) < MAX_ENTRIES:
                    entries[entry[0]] = entry[1]


def _entry(line: str) -> tuple[str, tuple[dict[str, Any], Ranges]] | None:
    """A parsed line, or None when it is not one (a line cut by a crash, an edit)."""
    try:
        raw = json.loads(line)
        key, result, ranges = raw["k"], raw["r"], raw["g"]
        if not (isinstance(key, str) and isinstance(result, dict) and isinstance(ranges, list)):
            return None
        return key, (result, [(int(a), int(b)) for a, b in ranges])
    except (ValueError, KeyError, TypeError):
        return None
