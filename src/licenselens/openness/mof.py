"""The Model Openness Framework (MOF 1.0): components, classes and class progress.

MOF rates a release by which of its seventeen components are published under
an open license.  Class III (open model), Class II (open tooling) and Class I
(open science) each require their own components plus those of the classes
above them.  A class's progress is the share of its required components that
are included with an open license, and is 0 while a higher class is not
complete, as the Model Openness Tool computes it; the technical report may be
replaced by the research paper.

>>> pct = progress({"Model architecture": "open", "Model parameters (Final)": "open"})
>>> {k: round(v, 1) for k, v in pct.items()}
{3: 33.3, 2: 0.0, 1: 0.0}
>>> every = {c.name: "open" for c in COMPONENTS}
>>> progress(every)
{3: 100.0, 2: 100.0, 1: 100.0}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .licensing import LicenseReading


@dataclass(frozen=True)
class Component:
    """A MOF component: its content type, the class that requires it, and whether it must be."""

    name: str
    content_type: str  # "code", "data" or "document"
    mof_class: int
    required: bool = True


#: the components of MOF 1.0, by class (III first)
COMPONENTS: tuple[Component, ...] = (
    Component("Model architecture", "code", 3),
    Component("Model parameters (Final)", "data", 3),
    Component("Model card", "document", 3),
    Component("Data card", "document", 3),
    Component("Technical report", "document", 3),
    Component("Evaluation results", "document", 3),
    Component("Sample model outputs", "document", 3, required=False),
    Component("Training code", "code", 2),
    Component("Inference code", "code", 2),
    Component("Evaluation code", "code", 2),
    Component("Evaluation data", "data", 2),
    Component("Supporting libraries and tools", "code", 2, required=False),
    Component("Datasets", "data", 1),
    Component("Data preprocessing code", "code", 1),
    Component("Model parameters (Intermediate)", "data", 1),
    Component("Research paper", "document", 1),
    Component("Model metadata", "data", 1, required=False),
)

BY_NAME: dict[str, Component] = {c.name: c for c in COMPONENTS}
TECHNICAL_REPORT = "Technical report"
RESEARCH_PAPER = "Research paper"
#: class number -> the roman numeral used in JSON (``mof_progress``)
ROMAN = {1: "I", 2: "II", 3: "III"}
CLASS_LABELS = {1: "Class I (open science)", 2: "Class II (open tooling)",
                3: "Class III (open model)"}


def required_names(mof_class: int) -> set[str]:
    """Components a class requires, its own and those of every class above it."""
    return {c.name for c in COMPONENTS if c.required and c.mof_class >= mof_class}


def progress(status: dict[str, str]) -> dict[int, float]:
    """Progress per class (0 to 100) from each listed component's status.

    ``status`` maps a listed component's name to ``open`` (included with an open
    license), ``invalid`` (a license that is not open) or ``unlicensed``.
    """
    included = {name for name, s in status.items() if s == "open"}
    # The technical report may be replaced by the research paper: in Classes III
    # and II the paper counts in its place when the report is not included.
    stands_in = TECHNICAL_REPORT not in included and RESEARCH_PAPER in included

    def count(k: int) -> int:
        n = len(required_names(k) & included)
        return n + 1 if k >= 2 and stands_in else n

    out: dict[int, float] = {}
    for k in (3, 2, 1):
        if any(count(higher) < len(required_names(higher)) for higher in range(k + 1, 4)):
            out[k] = 0.0
            continue
        total = len(required_names(k))
        if k == 1 and stands_in:
            total -= 1
        out[k] = min(100.0, 100.0 * count(k) / total)
    return out


@dataclass
class MofEntry:
    """One component as listed in a MOF file, with the license that applies to it."""

    name: str
    content_type: str
    license: str | None
    license_from: str | None  # "component", "global:<type>", or None (unlicensed)
    status: str  # "open", "invalid" or "unlicensed"
    tier: str | None = None
    appropriate: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of one component."""
        return {"name": self.name, "type": self.content_type, "license": self.license,
                "license_from": self.license_from, "status": self.status, "tier": self.tier,
                "type_appropriate": self.appropriate}


@dataclass
class MofReading:
    """A MOF file as read by licenselens: components, class progress, the license reading."""

    name: str
    producer: str
    framework: str
    version: str
    entries: list[MofEntry]
    progress: dict[int, float]
    license: LicenseReading
    claimed: dict[int, float] | None = None
    warnings: list[str] = field(default_factory=list)

    def progress_dict(self) -> dict[str, float]:
        """``{"I": pct, "II": pct, "III": pct}``, rounded to 0.1."""
        return {ROMAN[k]: round(self.progress[k], 1) for k in (1, 2, 3)}

    @property
    def mof_class(self) -> int:
        """The highest class with 100 % progress (0: none)."""
        done = [k for k in (1, 2, 3) if self.progress[k] >= 100.0]
        return min(done) if done else 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``mof`` beside ``mof_progress``)."""
        return {"framework": self.framework, "version": self.version, "release": self.name,
                "producer": self.producer, "class": self.mof_class,
                "components": [e.to_dict() for e in self.entries],
                "claimed_progress": None if self.claimed is None else
                {ROMAN[k]: v for k, v in sorted(self.claimed.items())}}
