"""The compiled knowledge base: every license licenselens knows (:class:`Record`),
and the tables that find one by alias, ScanCode key or phrase.

:mod:`.records` compiles it from the curated records, the SPDX License List and
the LicenseDB snapshot; :mod:`.cache` keeps it between runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

from ..results import DIMENSIONS
from .cache import Plain

#: default verdicts for licenses with no curated record, by ScanCode category
CATEGORY_DEFAULTS: dict[str, tuple[str, str, str, str]] = {
    "Permissive": ("free", "free", "free", "free"),
    "Public Domain": ("free", "free", "free", "free"),
    "Copyleft": ("free", "conditional", "conditional", "free"),
    "Copyleft Limited": ("free", "conditional", "conditional", "free"),
    "Source-available": ("free", "conditional", "conditional", "restricted"),
    "Free Restricted": ("free", "conditional", "conditional", "restricted"),
    "Proprietary Free": ("restricted", "prohibited", "restricted", "restricted"),
    "Commercial": ("prohibited", "prohibited", "prohibited", "prohibited"),
}


@dataclass
class RecordVerdict:
    verdict: str
    reason: str = ""
    clauses: list[str] = field(default_factory=list)  # normalised phrases
    labels: list[str] = field(default_factory=list)  # the same phrases as written


@dataclass
class Record:
    """One license as licenselens knows it."""

    key: str
    id: str
    name: str
    curated: bool
    family: str = ""
    version: str = ""
    publisher: str = ""
    url: str = ""
    kind: str = ""
    osi_approved: bool | None = None
    spdx_id: str | None = None
    scancode_key: str | None = None
    category: str = ""
    is_exception: bool = False
    aliases: list[str] = field(default_factory=list)
    title_phrases: list[str] = field(default_factory=list)
    other_phrases: list[str] = field(default_factory=list)
    verdicts: dict[str, RecordVerdict] = field(default_factory=dict)

    @property
    def has_verdicts(self) -> bool:
        return len(self.verdicts) == len(DIMENSIONS)


class _Records(Mapping[str, Record]):
    """Records by reported id, each decoded from its JSON line when first asked for."""

    def __init__(self, blob: bytes, where: Mapping[str, list[int]]) -> None:
        self._blob, self._where = blob, where
        self._done: dict[str, Record] = {}

    def __getitem__(self, lid: str) -> Record:
        rec = self._done.get(lid)
        if rec is None:
            start, end = self._where[lid]
            rec = self._done[lid] = _record(json.loads(self._blob[start:end]))
        return rec

    def __contains__(self, lid: object) -> bool:
        return lid in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


def _records_blob(records: Mapping[str, Record]) -> tuple[bytes, dict[str, list[int]]]:
    """The records as JSON lines, and where each one is."""
    lines: list[bytes] = []
    where: dict[str, list[int]] = {}
    at = 0
    for lid, rec in records.items():
        line = json.dumps(asdict(rec), ensure_ascii=False, separators=(",", ":")).encode()
        where[lid] = [at, at + len(line)]
        lines.append(line)
        at += len(line) + 1
    return b"\n".join(lines), where


def _record(raw: dict[str, Any]) -> Record:
    verdicts = {d: RecordVerdict(**v) for d, v in raw.pop("verdicts").items()}
    return Record(**raw, verdicts=verdicts)


class KnowledgeBase:
    """Every license licenselens knows, by reported id, with the tables that find them.

    It reads its parts (a :class:`cache.Parts` or a dict) when first used: an
    identifier lookup never decodes the records it does not name.  Build one
    from Python objects with :meth:`of`.
    """

    def __init__(self, parts: Mapping[str, Any]) -> None:
        missing = [n for n in _PARTS if n not in parts]
        if missing:
            raise KeyError(f"knowledge base without {', '.join(missing)}")
        self.parts = parts

    @classmethod
    def of(cls, records: dict[str, Record], aliases: dict[str, str],
           by_scancode: dict[str, str], titles: list[tuple[str, str]],
           others: list[tuple[str, str]], fingerprint: str = "",
           replaced_by: dict[str, str] | None = None, data_version: str = "") -> KnowledgeBase:
        """A knowledge base of these records and tables."""
        priority = {}
        for key, lid in by_scancode.items():
            rec = records.get(lid)
            if rec is not None:
                # a prior on the similarity score: curated licenses first, then SPDX-listed
                # ones, among near-identical reference texts
                priority[key] = 0.06 if rec.curated else (0.015 if rec.spdx_id else 0.0)
        blob, where = _records_blob(records)
        return cls({
            "records": blob, "records_at": where,
            "aliases": aliases, "by_scancode": by_scancode, "titles": titles, "others": others,
            "fingerprint": fingerprint, "replaced_by": replaced_by or {},
            "data_version": data_version, "priority": priority,
            "curated_urls": {lid: r.url for lid, r in records.items() if r.curated and r.url},
        })

    @cached_property
    def records(self) -> Mapping[str, Record]:
        """Records by reported id."""
        return _Records(self.parts["records"], self.parts["records_at"])

    @property
    def aliases(self) -> dict[str, str]:
        """Normalised alias -> id."""
        return self.parts["aliases"]

    @property
    def by_scancode(self) -> dict[str, str]:
        """ScanCode key -> id."""
        return self.parts["by_scancode"]

    @cached_property
    def titles(self) -> list[tuple[str, str]]:
        """(normalised title phrase, id), longest first."""
        return [(p, lid) for p, lid in self.parts["titles"]]

    @cached_property
    def others(self) -> list[tuple[str, str]]:
        """(normalised supporting phrase, id)."""
        return [(p, lid) for p, lid in self.parts["others"]]

    @property
    def fingerprint(self) -> str:
        return str(self.parts["fingerprint"])

    @property
    def replaced_by(self) -> dict[str, str]:
        """Deprecated SPDX id -> current one."""
        return self.parts["replaced_by"]

    @property
    def data_version(self) -> str:
        """The LicenseDB snapshot this was built from."""
        return str(self.parts["data_version"])

    @property
    def priority(self) -> dict[str, float]:
        """ScanCode key -> prior added to its similarity score."""
        return self.parts["priority"]

    @property
    def curated_urls(self) -> dict[str, str]:
        """Id -> the address a curated record gives for its license."""
        return self.parts["curated_urls"]

    def get(self, license_id: str) -> Record | None:
        """The record of a reported id, or None."""
        return self.records.get(license_id)

    def encode(self) -> Plain:
        """The knowledge base as cacheable parts (see :func:`cache.load_or_build`)."""
        return {name: self.parts[name] for name in _PARTS}

    @classmethod
    def decode(cls, plain: Plain) -> KnowledgeBase:
        """The inverse of :meth:`encode` (the parts are kept, not read)."""
        return cls(plain)


#: the parts of a :class:`KnowledgeBase`
_PARTS = ("records", "records_at", "aliases", "by_scancode", "titles", "others", "fingerprint", "replaced_by",
          "data_version", "priority", "curated_urls")
