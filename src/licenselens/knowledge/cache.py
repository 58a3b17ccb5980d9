"""The one cache of compiled data (knowledge base, reference index), outside the
repository, in the user cache.

``$LICENSELENS_CACHE`` wins; else ``$XDG_CACHE_HOME/licenselens``; else
``~/.cache/licenselens``.  Every entry is built by :func:`load_or_build`:

* the file name carries a fingerprint of what it was built from, so a change of
  data or of format is a different file;
* the format is numpy's ``.npz`` loaded with ``allow_pickle=False``, plus JSON
  for the rest: loading it cannot run code, whoever wrote the folder;
* it is written atomically (a temporary file renamed into place);
* a corrupt entry is rebuilt, with a :class:`RuntimeWarning`; an unwritable
  cache means building in memory on every run.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")
#: what an entry is made of: JSON-ready metadata and named numpy arrays
Plain = tuple[dict[str, Any], dict[str, np.ndarray]]
_META = "__meta__"


def cache_dir() -> Path:
    """The cache directory (not created)."""
    env = os.environ.get("LICENSELENS_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "licenselens"


def load_or_build(name: str, fingerprint: str, build: Callable[[], T],
                  encode: Callable[[T], Plain], decode: Callable[[Plain], T]) -> T:
    """The cached entry ``name`` for ``fingerprint``, else ``build()`` (and cache it).

    >>> import os, tempfile
    >>> os.environ["LICENSELENS_CACHE"] = tempfile.mkdtemp()
    >>> codec = (lambda d: (d, {}), lambda plain: plain[0])
    >>> load_or_build("demo", "v1", lambda: {"n": 1}, *codec)
    {'n': 1}
    >>> load_or_build("demo", "v1", lambda: {"n": 2}, *codec)  # cached: not rebuilt
    {'n': 1}
    """
    path = cache_dir() / f"{name}-{fingerprint}.npz"
    plain = _read(path)
    if plain is not None:
        try:
            return decode(plain)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            _warn_corrupt(path, exc)
    obj = build()
    _write(path, encode(obj))
    return obj


def _read(path: Path) -> Plain | None:
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        _warn_corrupt(path, exc)
        return None
    raw = arrays.pop(_META, None)
    try:
        meta = json.loads(bytes(raw).decode("utf-8")) if raw is not None else None
    except (ValueError, UnicodeDecodeError) as exc:
        _warn_corrupt(path, exc)
        return None
    if not isinstance(meta, dict):
        _warn_corrupt(path, ValueError("no metadata"))
        return None
    return meta, arrays


def _write(path: Path, plain: Plain) -> bool:
    meta, arrays = plain
    blob = np.frombuffer(json.dumps(meta, separators=(",", ":")).encode("utf-8"), dtype=np.uint8)
    buf = io.BytesIO()
    np.savez(buf, **{_META: blob}, **arrays)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".npz")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(buf.getvalue())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True
    except OSError:
        return False


def _warn_corrupt(path: Path, exc: BaseException) -> None:
    warnings.warn(f"licenselens: the cache file {path} is unreadable "
                  f"({type(exc).__name__}); it is rebuilt", RuntimeWarning, stacklevel=3)
