"""The CI gate: is every license found within the allowed tiers?

``licenselens check PATH... --allow open,semi-open`` (or ``--deny closed``, or
a policy file with ``allow:`` / ``deny:`` lists) fails, naming the file, its
tier and the clause, when a license falls outside what is allowed.

>>> gate = Gate.from_options(allow="open,semi-open")
>>> gate.allows("semi-open"), gate.allows("closed"), gate.allows("unknown")
(True, False, False)
>>> Gate.from_options(deny="closed").allows("unknown")
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import PolicyError
from ..results import TIERS, Evidence, Result, clip
from .combine import per_file_results
from .policy import Policy, read_policy_yaml

__all__ = ["DEFAULT_DENY", "Gate", "Violation", "check_results", "load_gate_policy",
           "parse_tiers"]

#: what ``check`` denies when neither allow nor deny is given
DEFAULT_DENY: frozenset[str] = frozenset({"closed"})


def parse_tiers(value: str | Iterable[str], what: str = "tiers") -> frozenset[str]:
    """``"open,semi-open"`` (or a list) -> a set of tiers; PolicyError on an unknown tier."""
    items = value.split(",") if isinstance(value, str) else list(value)
    tiers = frozenset(str(t).strip().lower() for t in items if str(t).strip())
    bad = sorted(tiers - set(TIERS))
    if bad:
        raise PolicyError(f"{what}: unknown tier(s) {', '.join(bad)}; tiers are {', '.join(TIERS)}")
    if not tiers:
        raise PolicyError(f"{what}: no tier given; tiers are {', '.join(TIERS)}")
    return tiers


@dataclass(frozen=True)
class Gate:
    """Allowed tiers: either an allow list (all else denied) or a deny list."""

    allow: frozenset[str] | None = None
    deny: frozenset[str] = DEFAULT_DENY

    @classmethod
    def from_options(cls, allow: str | Iterable[str] | None = None,
                     deny: str | Iterable[str] | None = None) -> Gate:
        """Build a gate from ``--allow`` / ``--deny`` values (at most one of them)."""
        if allow is not None and deny is not None:
            raise PolicyError("give either allow or deny, not both")
        if allow is not None:
            return cls(allow=parse_tiers(allow, "allow"), deny=frozenset())
        if deny is not None:
            return cls(allow=None, deny=parse_tiers(deny, "deny"))
        return cls()

    def allows(self, tier: str) -> bool:
        """Whether a result of this tier passes."""
        if self.allow is not None:
            return tier in self.allow
        return tier not in self.deny

    def describe(self) -> str:
        """``"allowed: open, semi-open"`` or ``"denied: closed"``."""
        if self.allow is not None:
            return "allowed: " + ", ".join(t for t in TIERS if t in self.allow)
        return "denied: " + ", ".join(t for t in TIERS if t in self.deny)


@dataclass(frozen=True)
class Violation:
    """A result outside the allowed tiers, with the clause that put it there."""

    result: Result
    dimension: str | None
    clause: Evidence | None

    def message(self) -> str:
        """One line: file, license, tier, and the clause (or why there is none)."""
        r = self.result
        lic = r.expression or (r.license.id if r.license else None)
        head = f"{r.input}: tier {r.tier}" + (f" ({lic})" if lic else "")
        if r.tier == "unknown":
            return head + " - no license could be identified or read"
        if self.dimension is None:
            return head
        v = r.restrictions[self.dimension]
        text = f"{head} - {self.dimension} {v.verdict}"
        if v.reason:
            text += f": {v.reason}"
        if self.clause is not None:
            clause = clip(self.clause.text, 200)
            where = (f" [chars {self.clause.start}-{self.clause.end}]"
                     if self.clause.source == "text" and self.clause.end else "")
            text += f' - clause: "{clause}"{where}'
        return text


def check_results(results: Sequence[Result], gate: Gate) -> list[Violation]:
    """Every result whose tier the gate does not allow, with its culprit clause."""
    out = []
    for r in per_file_results(results):
        if not gate.allows(r.tier):
            dim, clause = r.culprit()
            out.append(Violation(r, dim, clause))
    return out


def load_gate_policy(path: str | Path) -> tuple[Policy, Gate | None]:
    """Read a policy YAML that may also say which tiers pass the gate.

    The file is a :mod:`licenselens.judge.policy` file plus optional
    ``allow: [open, semi-open]`` or ``deny: [closed]``; returns the policy and
    the gate (None when the file names neither).
    """
    p = Path(path)
    data: Any = read_policy_yaml(p)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(f"{p}: a policy must be a mapping")
    data = dict(data)
    allow, deny = data.pop("allow", None), data.pop("deny", None)
    for key, val in (("allow", allow), ("deny", deny)):
        if val is not None and not isinstance(val, (list, str)):
            raise PolicyError(f"{p}: '{key}' must be a list of tiers")
    gate = None
    if allow is not None or deny is not None:
        try:
            gate = Gate.from_options(allow=allow, deny=deny)
        except PolicyError as exc:
            raise PolicyError(f"{p}: {exc}") from exc
    return Policy.from_mapping(data, str(p)), gate
