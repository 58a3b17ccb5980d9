"""Reference license texts for training and measuring the clause reader.

Not used when classifying.  The texts come from the packaged LicenseDB
snapshot (:mod:`licenselens.knowledge.snapshot`); nothing of them is stored in
this repository.  Everything else goes through :func:`reference_entries` and
:func:`reference_text`, so :func:`_source_entries` is the one place that knows
the source.

The development / held-out split is frozen here: a key is *held out* when
``sha256("licenselens-clauses-split-v1:" + key)`` read as a number is ``>= 70``
modulo 100 (about 30% of keys).  Labelled clauses are taken only from
development keys, and the benchmark reports figures on held-out keys only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...knowledge import snapshot

SPLIT_SALT = "licenselens-clauses-split-v1:"
#: percentage of keys in the development part (the rest is held out)
DEV_PERCENT = 70



@dataclass(frozen=True)
class ReferenceEntry:
    """One reference license: its ScanCode key, category and flags."""

    key: str
    category: str
    flags: frozenset[str]  # is_exception, is_deprecated, is_generic, is_unknown
    spdx: str = ""  # the SPDX id ScanCode gives (a LicenseRef- id when SPDX does not list it)


def split_of(key: str) -> str:
    """``"dev"`` or ``"held-out"``: the frozen split of reference keys."""
    n = int(hashlib.sha256((SPLIT_SALT + key).encode("utf-8")).hexdigest()[:8], 16)
    return "dev" if n % 100 < DEV_PERCENT else "held-out"


@lru_cache(maxsize=1)
def _source_entries() -> dict[str, tuple[ReferenceEntry, str]]:
    """key -> (entry, text); the one place that knows the source."""
    out: dict[str, tuple[ReferenceEntry, str]] = {}
    for key, entry in sorted(snapshot.licenses().items()):
        flags = frozenset(f for f in ("is_exception", "is_deprecated", "is_generic", "is_unknown")
                          if entry.get(f))
        out[key] = (ReferenceEntry(key, str(entry.get("category") or ""), flags,
                                   str(entry.get("spdx_license_key") or "")),
                    str(entry.get("text") or ""))
    return out


def reference_entries() -> Iterator[ReferenceEntry]:
    """Every reference license, sorted by key."""
    for key in sorted(_source_entries()):
        yield _source_entries()[key][0]


def reference_text(key: str) -> str | None:
    """The text of reference license ``key``, or None."""
    item = _source_entries().get(key)
    return item[1] if item is not None else None
