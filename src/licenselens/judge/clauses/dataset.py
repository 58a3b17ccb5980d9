"""The labelled clause set: what the learned clause model is trained and
measured on (``tools/train_clauses.py``); not used when classifying.

Two files under ``licenselens/data`` (the labelling guide is ``docs/clauses.md``):

* ``clauses.yaml``: sentences written for licenselens, each with a verdict
  per dimension it speaks about (a dimension left out means "this clause
  says nothing about it", class ``none``);
* ``clause_refs.yaml``: clauses of reference license texts, stored as
  references only (ScanCode key, character start/end, a short hash of the
  clause, labels) and resolved here against the installed reference texts
  (:mod:`.corpus`), so no license text is kept in the repository.  Only
  development-split keys are referenced.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ...knowledge.paths import data_path
from ...results import DIMENSIONS, VERDICTS
from .corpus import reference_text, split_of
from .segment import normalise_clause, segment

OWN_FILE = data_path("clauses.yaml")
REFS_FILE = data_path("clause_refs.yaml")
#: the classes of one dimension: "none" (not addressed) or a verdict
CLASSES: tuple[str, ...] = ("none",) + tuple(v for v in VERDICTS if v != "unknown")


@dataclass
class LabelledClause:
    text: str  # normalised (see segment.normalise_clause)
    labels: dict[str, str] = field(default_factory=dict)  # dimension -> verdict
    source: str = "own"  # "own" or the ScanCode key

    def label(self, dim: str) -> str:
        return self.labels.get(dim, "none")


def clause_hash(text: str) -> str:
    """Short hash of a clause's normalised text: anchors a reference."""
    return hashlib.sha1(normalise_clause(text).encode("utf-8")).hexdigest()[:10]


def data_hash() -> str:
    """sha256 of the two data files: the exported model records it."""
    h = hashlib.sha256()
    for p in (OWN_FILE, REFS_FILE):
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.is_file() else b"")
    return h.hexdigest()


def _labels(item: dict, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for dim in DIMENSIONS:
        v = item.get(dim)
        if v is None:
            continue
        if v not in CLASSES or v == "none":
            raise ValueError(f"{where}: bad verdict {v!r} for {dim}")
        out[dim] = v
    return out


def load_own(path: Path = OWN_FILE) -> list[LabelledClause]:
    """The sentences written for licenselens."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for i, item in enumerate(data.get("clauses") or []):
        where = f"{path.name}: clause {i + 1}"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError(f"{where}: needs a text")
        out.append(LabelledClause(normalise_clause(item["text"]), _labels(item, where)))
    return out


def load_references(path: Path = REFS_FILE) -> tuple[list[LabelledClause], int]:
    """Reference clauses resolved against the installed texts, and how many could not be."""
    import yaml

    if not path.is_file():
        return [], 0
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: list[LabelledClause] = []
    missing = 0
    texts: dict[str, str | None] = {}
    for i, item in enumerate(data.get("references") or []):
        where = f"{path.name}: reference {i + 1}"
        key = str(item["key"])
        if split_of(key) != "dev":
            raise ValueError(f"{where}: {key} is a held-out key")
        if key not in texts:
            texts[key] = reference_text(key)
        text = texts[key]
        clause = _resolve(text, int(item["start"]), int(item["end"]), str(item["hash"]))
        if clause is None:
            missing += 1
            continue
        out.append(LabelledClause(clause, _labels(item, where), key))
    return out, missing


def _resolve(text: str | None, start: int, end: int, want: str) -> str | None:
    """The clause at ``start:end``, or the clause with the same hash (if the text moved)."""
    if text is None:
        return None
    if 0 <= start < end <= len(text) and clause_hash(text[start:end]) == want:
        return normalise_clause(text[start:end])
    for layout in (True, False):
        for c in segment(text, layout=layout):
            if clause_hash(c.text) == want:
                return c.text
    return None


def load_all() -> list[LabelledClause]:
    """Every labelled clause (own sentences first), duplicates of a text dropped."""
    seen: set[str] = set()
    out = []
    refs, _ = load_references()
    for c in load_own() + refs:
        if c.text not in seen:
            seen.add(c.text)
            out.append(c)
    return out


def held_out(c: LabelledClause) -> bool:
    """The clause-level test split: one in five, by a hash of the reference key (every
    clause of a reference text on the same side) or of the sentence."""
    anchor = c.source if c.source != "own" else c.text
    return int(hashlib.sha256(("clause-split-v1:" + anchor).encode()).hexdigest()[:8], 16) % 5 == 0
