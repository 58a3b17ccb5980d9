"""Result types: what licenselens returns for one input.

:meth:`Result.to_dict` gives exactly the JSON object of the public contract
(``docs/contract.md``); fields are only ever added, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DIMENSIONS: tuple[str, ...] = ("use", "modify", "redistribute", "commercial")
#: the verdicts, least severe first; ``unknown`` says nothing could be read for a dimension
#: (it ranks above conditional: combined with a known limit, the limit is what is certain)
VERDICTS: tuple[str, ...] = ("free", "conditional", "unknown", "restricted", "prohibited")
TIERS: tuple[str, ...] = ("open", "semi-open", "closed", "unknown")
#: what an input was read as; ``package`` is an installed distribution or a project's manifest,
#: ``model`` a model repository (card, license files, use policy), ``error`` a file that could
#: not be read or understood (its one-line reason is in ``warnings`` and ``error``)
KINDS: tuple[str, ...] = ("text", "identifier", "expression", "model-card", "spdx-document",
                          "folder", "package", "model", "error")
#: how a result was found, from the most to the least certain (a combination is as
#: certain as its weakest part)
MATCHERS: tuple[str, ...] = ("exact", "identifier", "fingerprint", "similarity", "clauses", "none")

def clip(text: str, limit: int, ellipsis: str = "...") -> str:
    """``text`` with white space folded, cut to at most ``limit`` characters.

    >>> clip("a  long\\nclause", 9)
    'a long...'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - len(ellipsis)].rstrip() + ellipsis


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
    #: the reference data version (``scancode-licensedb 32.5.0 (2026-01-15)``)
    #: the reference data the result was computed from (set by the pipeline)
    data_version: str = ""

    @property
    def restricted_count(self) -> int:
        """R of the rubric: dimensions whose verdict is restricted or prohibited."""
        return sum(
            1 for v in self.restrictions.values() if v.verdict in ("restricted", "prohibited")
        )

    @classmethod
    def unknown(cls, source: str, kind: str, warnings: list[str]) -> Result:
        """A result for input where nothing license-like could be read."""
        return cls(
            input=source, kind=kind, license=None, expression=None, osi_approved=None,
            tier="unknown",
            restrictions={d: Verdict("unknown", [], "nothing could be read") for d in DIMENSIONS},
            matched_by="none", confidence=0.0, warnings=list(warnings),
        )

    @classmethod
    def error(cls, source: str, reason: str, warnings: list[str] | None = None) -> Result:
        """A result for a file that could not be read or understood: ``kind: error``,
        tier ``unknown``, and the one-line ``reason`` (also in ``extra["error"]``)."""
        res = cls.unknown(source, "error", [*(warnings or []), f"{source}: {reason}"])
        res.extra["error"] = reason
        return res

    def culprit(self) -> tuple[str | None, Evidence | None]:
        """The dimension that limits most (prohibited before restricted, one with a
        clause first) and its first clause; ``(None, None)`` when nothing is limited."""
        limited = [(d, self.restrictions[d]) for wanted in ("prohibited", "restricted")
                   for d in DIMENSIONS if self.restrictions[d].verdict == wanted]
        for d, v in limited:
            if v.evidence:
                return d, v.evidence[0]
        return (limited[0][0], None) if limited else (None, None)

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
            "data_version": self.data_version or None,
        }
        if self.licenses:
            d["licenses"] = [lic.to_dict() for lic in self.licenses]
        d.update(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Result:
        """The inverse of :meth:`to_dict` (confidence as rounded there).

        >>> r = Result.unknown("a", "text", ["w"])
        >>> Result.from_dict(r.to_dict()).to_dict() == r.to_dict()
        True
        """
        lic = d.get("license")
        return cls(
            input=d["input"], kind=d["kind"],
            license=LicenseRef(lic["id"], lic["name"]) if lic else None,
            expression=d.get("expression"), osi_approved=d.get("osi_approved"),
            tier=d["tier"],
            restrictions={dim: Verdict(v["verdict"], [Evidence(**e) for e in v["evidence"]],
                                       v.get("reason", ""))
                          for dim, v in d["restrictions"].items()},
            matched_by=d["matched_by"], confidence=float(d["confidence"]),
            warnings=list(d.get("warnings") or []),
            licenses=[LicenseRef(x["id"], x["name"]) for x in d.get("licenses") or []],
            extra={k: v for k, v in d.items() if k not in _FIELDS},
            data_version=d.get("data_version") or "",
        )


#: the keys of :meth:`Result.to_dict` that are fields (the rest is ``extra``)
_FIELDS = frozenset({"input", "kind", "license", "expression", "osi_approved", "tier",
                     "restricted_count", "restrictions", "matched_by", "confidence", "warnings",
                     "data_version", "licenses"})
