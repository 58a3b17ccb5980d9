"""Where licenselens keeps what it computes: the user cache.

``$LICENSELENS_CACHE`` wins; else ``$XDG_CACHE_HOME/licenselens``; else
``~/.cache/licenselens``.  The compiled knowledge (:mod:`licenselens.knowledge.cache`)
and the compiled patterns (:mod:`licenselens.lazyre`) both live there.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """The cache directory (not created)."""
    env = os.environ.get("LICENSELENS_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "licenselens"
