"""Where compiled indexes are cached: outside the repository, in the user cache.

``$LICENSELENS_CACHE`` wins; else ``$XDG_CACHE_HOME/licenselens``; else
``~/.cache/licenselens``.  When no cache dir is writable, callers build in memory.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """The cache directory (not created)."""
    env = os.environ.get("LICENSELENS_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "licenselens"


def load_pickle(name: str) -> Any | None:
    """A cached object, or None when absent or unreadable."""
    path = cache_dir() / name
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None


def save_pickle(name: str, obj: Any) -> bool:
    """Cache an object atomically; False when the cache is not writable."""
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, directory / name)
        return True
    except OSError:
        return False
