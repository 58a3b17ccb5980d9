"""The one cache of compiled data (knowledge base, reference index), outside the
repository, in the user cache.

``$LICENSELENS_CACHE`` wins; else ``$XDG_CACHE_HOME/licenselens``; else
``~/.cache/licenselens``.  Every entry is built by :func:`load_or_build`:

* the file name carries a fingerprint of what it was built from, so a change of
  data or of format is a different file;
* an entry is made of named parts, each JSON, bytes or a numpy array's raw bytes, behind
  a small JSON table of contents (format below): loading it cannot run code,
  whoever wrote the folder;
* parts are read when first used (:class:`Parts`), so a run that needs only the
  exact-match table does not decode the vocabulary, nor import numpy for the
  similarity arrays;
* every part carries a CRC-32, checked when it is read; a corrupt or truncated
  entry is rebuilt, with a :class:`RuntimeWarning`, even when the damage is found
  after the entry was opened; an unwritable cache means building in memory on
  every run;
* it is written atomically (a temporary file renamed into place);
* writing an entry removes the same entry's files of other fingerprints (and of
  earlier formats) untouched for :data:`STALE_DAYS` days: another installed version
  still using one loses it at most once a month, and the folder does not grow with
  every upgrade.

File format (``<name>-<fingerprint>.llc``): the line ``licenselens-cache 2``, a line
with the byte length of the table, the table (JSON: part name -> ``[offset, length,
crc32, kind, dtype, shape]``, kind ``json``, ``bytes`` or ``array``), then the parts.
"""

from __future__ import annotations

import json
import mmap
import os
import time
import warnings
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from ..lazymod import LazyModule
from ..userdirs import cache_dir

__all__ = ["Parts", "Plain", "cache_dir", "load_or_build"]

T = TypeVar("T")
#: what an entry is made of: parts by name, each JSON-ready data or a numpy array
Plain = Mapping[str, Any]
#: imported when an entry is first written
tempfile = LazyModule("tempfile")
_MAGIC = b"licenselens-cache 2\n"
_SUFFIX = ".llc"
#: an entry's file of another fingerprint untouched this long is removed when one is written
STALE_DAYS = 30
#: suffixes of this and earlier cache formats
_OLD_SUFFIXES = (_SUFFIX, ".pickle", ".npz", ".pkl")


class CorruptEntry(ValueError):
    """A cache entry whose bytes are not what was written."""


def load_or_build(name: str, fingerprint: str, build: Callable[[], T],
                  encode: Callable[[T], Plain], decode: Callable[[Plain], T]) -> T:
    """The cached entry ``name`` for ``fingerprint``, else ``build()`` (and cache it).

    ``decode`` gets the entry's :class:`Parts` (a mapping decoding each part on
    first use) and may keep it; ``encode`` gives the parts to write.

    >>> import os, tempfile
    >>> os.environ["LICENSELENS_CACHE"] = tempfile.mkdtemp()
    >>> codec = (lambda d: {"n": d["n"]}, lambda parts: {"n": parts["n"]})
    >>> load_or_build("demo", "v1", lambda: {"n": 1}, *codec)
    {'n': 1}
    >>> load_or_build("demo", "v1", lambda: {"n": 2}, *codec)  # cached: not rebuilt
    {'n': 1}
    """
    path = cache_dir() / f"{name}-{fingerprint}{_SUFFIX}"

    def rebuild() -> Plain:
        plain = encode(build())
        if _write(path, plain):
            _prune(path, name)
        return plain

    parts = Parts.open(path, rebuild)
    if parts is not None:
        try:
            return decode(parts)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            _warn_corrupt(path, exc)
    obj = build()
    if _write(path, encode(obj)):
        _prune(path, name)
    return obj


def _prune(keep: Path, name: str) -> None:
    """Remove entry ``name``'s files of other fingerprints untouched for STALE_DAYS."""
    horizon = time.time() - STALE_DAYS * 86400
    try:
        candidates = list(keep.parent.glob(f"{name}-*"))
    except OSError:
        return
    for path in candidates:
        stem, suffix = path.stem, path.suffix
        fingerprint = stem[len(name) + 1:]
        if path == keep or suffix not in _OLD_SUFFIXES or not fingerprint.isalnum():
            continue  # another entry ("kb-extra-..."), a temporary file, or the new one
        try:
            if path.stat().st_mtime < horizon:
                path.unlink()
        except OSError:
            continue  # in use elsewhere, or already gone


class Parts(Mapping[str, Any]):
    """An entry's parts, each decoded (and its CRC checked) when first asked for.

    Arrays are read-only numpy arrays over the file's mapped bytes; numpy is
    imported by the first array asked for.  Should a part turn out corrupt, the
    entry is rebuilt (``rebuild``) and every part is then served from the rebuilt
    data, with a :class:`RuntimeWarning`.
    """

    def __init__(self, path: Path, buf: bytes | mmap.mmap, table: dict[str, list[Any]],
                 base: int, rebuild: Callable[[], Plain]) -> None:
        self._path, self._buf, self._table, self._base = path, buf, table, base
        self._rebuild = rebuild
        self._done: dict[str, Any] = {}
        self._fresh: Plain | None = None

    @classmethod
    def open(cls, path: Path, rebuild: Callable[[], Plain]) -> Parts | None:
        """The parts of the entry at ``path``; None when there is none (or it is
        corrupt: warned)."""
        try:
            with open(path, "rb") as fh:
                try:
                    buf: bytes | mmap.mmap = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
                except (OSError, ValueError):  # an empty file, or no mmap here
                    buf = fh.read()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as exc:
            _warn_corrupt(path, exc)
            return None
        try:
            table, base = _table(buf)
        except CorruptEntry as exc:
            _warn_corrupt(path, exc)
            return None
        return cls(path, buf, table, base, rebuild)

    def __getitem__(self, name: str) -> Any:
        if name in self._done:
            return self._done[name]
        if self._fresh is not None:
            value = self._fresh[name]
        else:
            try:
                value = self._decode(name)
            except CorruptEntry as exc:
                _warn_corrupt(self._path, exc)
                self._fresh = self._rebuild()
                self._done.clear()
                value = self._fresh[name]
        self._done[name] = value
        return value

    def __contains__(self, name: object) -> bool:
        return name in (self._fresh if self._fresh is not None else self._table)

    def __iter__(self) -> Iterator[str]:
        return iter(self._fresh if self._fresh is not None else self._table)

    def __len__(self) -> int:
        return len(self._fresh if self._fresh is not None else self._table)

    def _decode(self, name: str) -> Any:
        offset, length, crc, kind, dtype, shape = self._table[name]
        start = self._base + offset
        # a view of the mapped file: an array is read in place, never copied
        raw = memoryview(self._buf)[start:start + length]
        if len(raw) != length or zlib.crc32(raw) != crc:
            raise CorruptEntry(f"part {name!r} does not match its checksum")
        if kind == "bytes":
            return bytes(raw)
        if kind == "json":
            try:
                return json.loads(bytes(raw))
            except ValueError as exc:
                raise CorruptEntry(f"part {name!r}: {exc}") from exc
        import numpy as np  # only when an array is needed: a start that matches exactly skips it

        try:
            return np.frombuffer(raw, dtype=np.dtype(dtype)).reshape(shape)
        except (TypeError, ValueError) as exc:
            raise CorruptEntry(f"part {name!r}: {exc}") from exc


def _table(buf: bytes | mmap.mmap) -> tuple[dict[str, list[Any]], int]:
    """The table of contents of an entry and where its parts start."""
    if buf[:len(_MAGIC)] != _MAGIC:
        raise CorruptEntry("not a licenselens cache file")
    eol = buf.find(b"\n", len(_MAGIC), len(_MAGIC) + 24)
    try:
        size = int(buf[len(_MAGIC):eol])
        table = json.loads(buf[eol + 1:eol + 1 + size])
    except ValueError as exc:
        raise CorruptEntry(f"unreadable table of contents: {exc}") from exc
    base = eol + 1 + size
    if not isinstance(table, dict) or not all(
            isinstance(v, list) and len(v) == 6 for v in table.values()):
        raise CorruptEntry("malformed table of contents")
    end = max((base + int(v[0]) + int(v[1]) for v in table.values()), default=base)
    if end > len(buf):
        raise CorruptEntry("truncated")
    return table, base


def _serialise(value: Any) -> tuple[bytes, str, str, list[int]]:
    """A part's bytes, kind, dtype and shape."""
    if isinstance(value, bytes):
        return value, "bytes", "", []
    if type(value).__module__ == "numpy" and hasattr(value, "dtype"):
        return value.tobytes(), "array", value.dtype.str, list(value.shape)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode(), "json", "", []


def _write(path: Path, plain: Plain) -> bool:
    table: dict[str, list[Any]] = {}
    chunks: list[bytes] = []
    offset = 0
    for name in plain:
        raw, kind, dtype, shape = _serialise(plain[name])
        table[name] = [offset, len(raw), zlib.crc32(raw), kind, dtype, shape]
        chunks.append(raw)
        offset += len(raw)
    head = json.dumps(table, separators=(",", ":")).encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + str(len(head)).encode() + b"\n" + head)
                for chunk in chunks:
                    fh.write(chunk)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True
    except OSError:
        return False


def _warn_corrupt(path: Path, exc: BaseException) -> None:
    warnings.warn(f"licenselens: the cache file {path} is unreadable "
                  f"({type(exc).__name__}: {exc}); it is rebuilt", RuntimeWarning, stacklevel=3)
