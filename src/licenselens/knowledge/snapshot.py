"""The LicenseDB snapshot: the reference data licenselens reads at run time.

A snapshot is one xz-compressed JSON Lines file: the first line is a header
(source package and version, LicenseDB date, generation date, counts, a
digest of the rest, the CC-BY-4.0 credit), every other line one license
(``key``, ScanCode's data fields, ``text``; see
:mod:`licenselens.knowledge.licensedb`).  Loading it parses JSON only:
nothing in it can run code.

Two places hold one: the package (``licenselens/data/licensedb-snapshot.jsonl.xz``,
written by ``tools/refresh_data.py``) and the user cache (written by
``licenselens data update --from PATH``).  The one in the user cache is
*active* when its LicenseDB is not older than the packaged one (or when it
was written with ``force``); otherwise the packaged one is.

>>> data_version().startswith("scancode-licensedb ")
True
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DataError, SnapshotError
from ..lazymod import LazyModule
from . import cache
from .licensedb import Source, read_source

#: imported when a snapshot is first written
tempfile = LazyModule("tempfile")

SNAPSHOT_NAME = "licensedb-snapshot.jsonl.xz"
FORMAT = "licenselens-licensedb-snapshot"
FORMAT_VERSION = 1
CREDIT = ("ScanCode LicenseDB by nexB Inc. and the ScanCode contributors (AboutCode), "
          "licensed under CC-BY-4.0: https://scancode-licensedb.aboutcode.org/")
_MAX_HEADER = 1 << 16


@dataclass(frozen=True)
class Snapshot:
    """A snapshot file and its header."""

    path: Path
    header: dict[str, Any]

    @property
    def data_version(self) -> str:
        """e.g. ``scancode-licensedb 32.5.0 (2026-01-15)``."""
        return str(self.header.get("data_version") or "")

    @property
    def digest(self) -> str:
        """sha256 of the licenses in the snapshot (identifies its content)."""
        return str(self.header.get("digest") or "")


def packaged_path() -> Path:
    """The snapshot shipped with the package."""
    return Path(__file__).resolve().parent.parent / "data" / SNAPSHOT_NAME


def cached_path() -> Path:
    """Where ``data update`` writes a snapshot (the user cache)."""
    return cache.cache_dir() / SNAPSHOT_NAME


def _data_version(source: dict[str, Any], date: str, digest: str) -> str:
    version = source.get("version") or "unknown"
    if version == "unknown":
        version = f"{source.get('kind', 'folder')} #{digest[:8]}"
    return f"scancode-licensedb {version} ({date or 'undated'})"


def _counts(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "licenses": len(entries),
        "with_text": sum(1 for e in entries if e.get("text")),
        "spdx_ids": sum(1 for e in entries
                        if e.get("spdx_license_key", "").split("-")[0] != "LicenseRef"
                        and e.get("spdx_license_key")),
        "exceptions": sum(1 for e in entries if e.get("is_exception")),
        "deprecated": sum(1 for e in entries if e.get("is_deprecated")),
        "by_category": dict(sorted(Counter(e.get("category") or "" for e in entries).items())),
    }


def encode(entries: list[dict[str, Any]], source: Source, force: bool = False,
           preset: int = 6) -> tuple[bytes, dict[str, Any]]:
    """The compressed snapshot of these entries, and its header (``preset``: xz level)."""
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
             for e in sorted(entries, key=lambda e: e["key"])]
    body = "\n".join(lines)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    src = source.to_dict()
    header: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "data_version": _data_version(src, source.date, digest),
        "source": src,
        "licensedb_date": source.date,
        "date_source": source.date_source,
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "counts": _counts(entries),
        "digest": digest,
        "license": "CC-BY-4.0",
        "credit": CREDIT,
    }
    if force:
        header["pinned"] = True
    text = json.dumps(header, ensure_ascii=False, sort_keys=True) + "\n" + body + "\n"
    data = lzma.compress(text.encode("utf-8"), preset=preset)
    return data, header


def write(path: Path, data: bytes) -> None:
    """Write a snapshot atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-snapshot-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_header(path: Path) -> dict[str, Any]:
    """The header of a snapshot (decompresses only its first line)."""
    try:
        with lzma.open(path, "rb") as fh:
            line = fh.readline(_MAX_HEADER)
    except (OSError, lzma.LZMAError, EOFError) as exc:
        raise SnapshotError(f"{path}: not a readable snapshot: {exc}") from exc
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise SnapshotError(f"{path}: the snapshot header is not JSON") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise SnapshotError(f"{path}: not a licenselens LicenseDB snapshot")
    if header.get("format_version") != FORMAT_VERSION:
        raise SnapshotError(f"{path}: snapshot format {header.get('format_version')!r}, "
                            f"this licenselens reads {FORMAT_VERSION}")
    return header


def read_licenses(path: Path) -> dict[str, dict[str, Any]]:
    """Every license of a snapshot, by ScanCode key (the digest is checked)."""
    try:
        with lzma.open(path, "rb") as fh:
            raw = fh.read()
    except (OSError, lzma.LZMAError, EOFError) as exc:
        raise SnapshotError(f"{path}: not a readable snapshot: {exc}") from exc
    head, _, body = raw.partition(b"\n")
    header = json.loads(head)
    body = body.rstrip(b"\n")
    if hashlib.sha256(body).hexdigest() != header.get("digest"):
        raise SnapshotError(f"{path}: the snapshot is damaged (digest mismatch)")
    out: dict[str, dict[str, Any]] = {}
    for line in body.split(b"\n"):
        if line:
            e = json.loads(line)
            out[e["key"]] = e
    return out


#: snapshot files whose body turned out damaged in this process (not used again)
_DAMAGED: set[Path] = set()


def _try_header(path: Path) -> dict[str, Any] | None:
    if path in _DAMAGED:
        return None
    try:
        return read_header(path) if path.is_file() else None
    except SnapshotError:
        return None


def _rank(header: dict[str, Any]) -> tuple[str, str]:
    return (str(header.get("licensedb_date") or ""), str(header.get("generated") or ""))


@lru_cache(maxsize=1)
def active() -> Snapshot:
    """The snapshot in use: the user cache's when it is newer (or forced), else the package's."""
    packaged = _try_header(packaged_path())
    cached = _try_header(cached_path())
    snap = None
    if cached is not None and (
        packaged is None or cached.get("pinned") or _rank(cached) >= _rank(packaged)
    ):
        snap = Snapshot(cached_path(), cached)
    elif packaged is not None:
        snap = Snapshot(packaged_path(), packaged)
    if snap is not None:
        return snap
    raise SnapshotError(f"no LicenseDB snapshot: {packaged_path()} is missing or damaged "
                        "(reinstall licenselens, or run `licenselens data update --from PATH`)")


def available() -> Snapshot | None:
    """The active snapshot, or None when there is none usable."""
    try:
        return active()
    except SnapshotError:
        return None


@lru_cache(maxsize=1)
def licenses() -> dict[str, dict[str, Any]]:
    """The licenses of the active snapshot, by ScanCode key (fields + ``text``).

    A user-cache snapshot whose body is damaged is dropped for the packaged one.
    """
    snap = active()
    try:
        return read_licenses(snap.path)
    except SnapshotError:
        if snap.path == packaged_path():
            raise
        _DAMAGED.add(snap.path)
        active.cache_clear()
        return read_licenses(active().path)


def data_version() -> str:
    """The version of the reference data every result is computed from ("" if none)."""
    snap = available()
    return snap.data_version if snap else ""


def reset() -> None:
    """Forget the active snapshot (after an update, or when the cache dir changes)."""
    _DAMAGED.clear()
    active.cache_clear()
    licenses.cache_clear()


def data_info() -> dict[str, Any]:
    """What ``licenselens data info`` shows: the active snapshot and the others."""
    snap = active()
    h = snap.header
    info: dict[str, Any] = {
        "data_version": snap.data_version,
        "active": str(snap.path),
        "origin": "user cache" if snap.path == cached_path() else "package",
        "source": h.get("source", {}),
        "licensedb_date": h.get("licensedb_date", ""),
        "generated": h.get("generated", ""),
        "counts": h.get("counts", {}),
        "digest": snap.digest,
        "cache_dir": str(cache.cache_dir()),
        "packaged": str(packaged_path()),
        "license": h.get("license", ""),
        "credit": h.get("credit", ""),
    }
    other = cached_path() if info["origin"] == "package" else packaged_path()
    if other.is_file():
        oh = _try_header(other)
        info["inactive"] = {"path": str(other),
                            "data_version": oh.get("data_version") if oh else None,
                            "readable": oh is not None}
    return info


def data_update(from_path: Path | str, force: bool = False) -> dict[str, Any]:
    """Build a snapshot from a LicenseDB source into the user cache; its header.

    Raises :class:`~licenselens.errors.DataSourceError` for an unreadable
    source, and :class:`~licenselens.errors.DataError` when the source's
    LicenseDB is older than the packaged one (unless ``force``) or the user
    cache is not writable.
    """
    entries, source = read_source(from_path)
    data, header = encode(entries, source, force=force)
    packaged = _try_header(packaged_path())
    if packaged is not None and not force and _rank(header) < _rank(packaged):
        raise DataError(
            f"{from_path}: its LicenseDB ({header['data_version']}) is older than the packaged "
            f"one ({packaged.get('data_version')}); nothing written (use --force to use it anyway)")
    try:
        write(cached_path(), data)
    except OSError as exc:
        raise DataError(f"{cached_path()}: cannot write the snapshot: {exc}") from exc
    reset()
    return header
