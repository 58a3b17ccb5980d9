"""Helpers shared by the clause-reader tests."""

from __future__ import annotations

from licenselens.judge.clauses import read_clauses
from licenselens.results import DIMENSIONS


def verdicts(text: str, **kw) -> dict[str, str]:
    """The four verdicts the clause reader gives a text it reads as license terms."""
    r = read_clauses(text, **kw)
    assert r.license_like
    return {d: r.restrictions[d].verdict for d in DIMENSIONS}


def tier(v: dict[str, str]) -> str:
    """The rubric's tier of known verdicts (unknown when nothing is restricted and
    something is unknown)."""
    r = sum(1 for x in v.values() if x in ("restricted", "prohibited"))
    if r == 0:
        return "unknown" if "unknown" in v.values() else "open"
    return "semi-open" if r <= 2 else "closed"
