"""Reference license texts for training and measuring the clause reader.

Not used when classifying.  The texts come from the installed reference
data (ScanCode LicenseDB, via :func:`licenselens.identify.refindex.licenses_dir`);
nothing of them is stored in this repository.  Everything else goes through
:func:`reference_entries` and :func:`reference_text`, so retargeting the
source (e.g. to a packaged snapshot that exposes the same texts by key) means
changing only :func:`_source_entries`.

The development / held-out split is frozen here: a key is *held out* when
``sha256("licenselens-clauses-split-v1:" + key)`` read as a number is ``>= 70``
modulo 100 (about 30% of keys).  Labelled clauses are taken only from
development keys, and the benchmark reports figures on held-out keys only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

SPLIT_SALT = "licenselens-clauses-split-v1:"
#: percentage of keys in the development part (the rest is held out)
DEV_PERCENT = 70

_HEADER_FIELD = re.compile(r"^([a-z_]+):[ \t]*(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class ReferenceEntry:
    """One reference license: its ScanCode key, category and flags."""

    key: str
    category: str
    flags: frozenset[str]  # is_exception, is_deprecated, is_generic, is_unknown


def split_of(key: str) -> str:
    """``"dev"`` or ``"held-out"``: the frozen split of reference keys."""
    n = int(hashlib.sha256((SPLIT_SALT + key).encode("utf-8")).hexdigest()[:8], 16)
    return "dev" if n % 100 < DEV_PERCENT else "held-out"


def _parse(raw: str) -> tuple[dict[str, str], str]:
    if raw.startswith("---"):
        end = raw.find("\n---", 3)
        if end > 0:
            return dict(_HEADER_FIELD.findall(raw[3:end])), raw[end + 4 :]
    return {}, raw


@lru_cache(maxsize=1)
def _source_entries() -> dict[str, tuple[ReferenceEntry, str]]:
    """key -> (entry, path of its text); the one place that knows the source."""
    from licenselens.identify.refindex import licenses_dir

    d = licenses_dir()
    out: dict[str, tuple[ReferenceEntry, str]] = {}
    if d is None:
        return out
    for path in sorted(d.glob("*.LICENSE")):
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
        header, _ = _parse(head)
        flags = frozenset(
            f
            for f in ("is_exception", "is_deprecated", "is_generic", "is_unknown")
            if header.get(f, "").strip().lower() in ("yes", "true")
        )
        out[path.stem] = (ReferenceEntry(path.stem, header.get("category", "").strip(), flags),
                          str(path))
    return out


def reference_entries() -> Iterator[ReferenceEntry]:
    """Every reference license, sorted by key."""
    for key in sorted(_source_entries()):
        yield _source_entries()[key][0]


def reference_text(key: str) -> str | None:
    """The text of reference license ``key`` (without its metadata header), or None."""
    item = _source_entries().get(key)
    if item is None:
        return None
    with open(item[1], encoding="utf-8", errors="replace") as fh:
        return _parse(fh.read())[1]
