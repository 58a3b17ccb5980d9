"""Result types: what licenselens returns for one input.

:meth:`Result.to_dict` gives exactly the JSON object of the public contract
(``shared/spec/contract.md``); fields are only ever added, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DIMENSIONS: tuple[str, ...] = ("use", "modify", "redistribute", "commercial")
VERDICTS: tuple[str, ...] = ("free", "conditional", "restricted", "prohibited", "unknown")
TIERS: tuple[str, ...] = ("open", "semi-open", "closed", "unknown")
KINDS: tuple[str, ...] = ("text", "identifier", "expression", "model-card", "spdx-document", "folder")
MATCHERS: tuple[str, ...] = ("exact", "identifier", "fingerprint", "similarity", "clauses", "none")

#: verdict severity, used to combine verdicts (AND takes the most severe).
SEVERITY: dict[str, int] = {v: i for i, v in enumerate(VERDICTS)}


@dataclass(frozen=True)
class Evidence:
    """The clause behind a verdict.

    ``start``/``end`` are character offsets into the input text when the clause
    was found there; for a verdict taken from a record on an identifier input
    there is no text, and both are 0.
    """

    text: str
    start: int = 0
    end: int = 0
    source: str = "record"  # "record" | "text"
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "source": self.source,
        }
        if self.reason:
            d["reason"] = self.reason
        return d


@dataclass
class Verdict:
    """One dimension's verdict with its evidence."""

    verdict: str
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "verdict": self.verdict,
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.reason:
            d["reason"] = self.reason
        return d


@dataclass(frozen=True)
class LicenseRef:
    """A recognised license: its id (SPDX or ``LicenseRef-``) and name."""

    id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


@dataclass
class Result:
    """The classification of one input (a file, a string, a package)."""

    input: str
    kind: str
    license: LicenseRef | None
    expression: str | None
    osi_approved: bool | None
    tier: str
    restrictions: dict[str, Verdict]
    matched_by: str
    confidence: float
    warnings: list[str] = field(default_factory=list)
    #: every license found, when more than one (a NOTICE, an expression).
    licenses: list[LicenseRef] = field(default_factory=list)
    #: extra fields (model-card data, SPDX package names...) added to the JSON.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def restricted_count(self) -> int:
        """R of the rubric: dimensions whose verdict is restricted or prohibited."""
        return sum(
            1 for v in self.restrictions.values() if v.verdict in ("restricted", "prohibited")
        )

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (``json.dumps``-ready, deterministic order)."""
        d: dict[str, Any] = {
            "input": self.input,
            "kind": self.kind,
            "license": self.license.to_dict() if self.license else None,
            "expression": self.expression,
            "osi_approved": self.osi_approved,
            "tier": self.tier,
            "restricted_count": self.restricted_count,
            "restrictions": {dim: self.restrictions[dim].to_dict() for dim in DIMENSIONS},
            "matched_by": self.matched_by,
            "confidence": round(float(self.confidence), 4),
            "warnings": list(self.warnings),
        }
        if self.licenses:
            d["licenses"] = [lic.to_dict() for lic in self.licenses]
        d.update(self.extra)
        return d
