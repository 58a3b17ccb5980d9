"""Combining verdicts: expressions (AND / OR / WITH) and several results.

* AND: every license applies, so each dimension takes the most severe verdict;
* OR: the user may choose, so the least restrictive alternative wins (fewest
  restrictive dimensions, then least severe);
* WITH: an exception only adds permissions, so the base license's verdicts hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..results import DIMENSIONS, MATCHERS, SEVERITY, Result, Verdict
from .policy import DEFAULT_POLICY, Policy

Restrictions = dict[str, Verdict]



def combine_and(items: list[Restrictions]) -> Restrictions:
    """Per dimension, the most severe verdict (evidence of every part that has it)."""
    out: Restrictions = {}
    for dim in DIMENSIONS:
        worst = max((r[dim].verdict for r in items), key=lambda v: SEVERITY[v])
        evidence = [e for r in items if r[dim].verdict == worst for e in r[dim].evidence]
        reasons = [r[dim].reason for r in items if r[dim].verdict == worst and r[dim].reason]
        out[dim] = Verdict(worst, evidence, "; ".join(dict.fromkeys(reasons)))
    return out


def combine_or(items: list[Restrictions], policy: Policy = DEFAULT_POLICY) -> Restrictions:
    """The least restrictive alternative."""

    def cost(r: Restrictions) -> tuple[int, int]:
        verdicts = {d: r[d].verdict for d in DIMENSIONS}
        return policy.restricted_count(verdicts), sum(SEVERITY[v] for v in verdicts.values())

    return min(items, key=cost)


def combine(
    results: list[Result], *, source: str, kind: str, operator: str = "AND",
    policy: Policy | None = None,
) -> Result:
    """One result for several (a folder, a package's licenses): AND or OR."""
    policy = policy or DEFAULT_POLICY
    known = [r for r in results if r.tier != "unknown"]
    warnings: list[str] = []
    for r in results:
        warnings.extend(w for w in r.warnings if w not in warnings)
    if not known:
        base = results[0] if results else None
        res = Result.unknown(source, kind, warnings or ["nothing license-like was found"])
        if base is not None:
            res.warnings = warnings
        return res
    restr = combine_and([r.restrictions for r in known]) if operator == "AND" else combine_or(
        [r.restrictions for r in known], policy
    )
    exprs = [r.expression for r in known if r.expression]
    uniq: list[str] = list(dict.fromkeys(exprs))
    expression = None
    if uniq:
        joiner = f" {operator} "
        expression = joiner.join(f"({e})" if (" AND " in e or " OR " in e) and len(uniq) > 1 else e
                                 for e in uniq)
    licenses = []
    for r in known:
        for lic in r.licenses or ([r.license] if r.license else []):
            if lic not in licenses:
                licenses.append(lic)
    osi_values = [r.osi_approved for r in known]
    osi = None if any(v is None for v in osi_values) else (
        all(osi_values) if operator == "AND" else any(osi_values)
    )
    verdicts = {d: restr[d].verdict for d in DIMENSIONS}
    tier = policy.tier(verdicts, [lic.id for lic in licenses])
    return Result(
        input=source, kind=kind, license=licenses[0] if len(licenses) == 1 else (
            licenses[0] if licenses else None),
        expression=expression, osi_approved=osi, tier=tier, restrictions=restr,
        matched_by=max((r.matched_by for r in known), key=MATCHERS.index),
        confidence=min(r.confidence for r in known), warnings=warnings,
        licenses=licenses if len(licenses) > 1 else [],
    )


def per_file_results(results: Sequence[Result]) -> list[Result]:
    """The results a gate or a report judges: per-file results; a folder summary
    only when no file results are present (an empty folder, for instance)."""
    files = [r for r in results if r.kind != "folder"]
    return files if files else list(results)


def overall_result(results: Sequence[Result]) -> Result | None:
    """One result for many, e.g. for a report's badge, or None when there is none.

    One folder: its summary (decided by its own root license, never by the
    third-party files under it).  Several folders, or folders beside files:
    unrelated inputs, so None.  Files only: every license applies (AND).
    """
    summaries = [r for r in results if r.kind == "folder"]
    if summaries:
        if len(summaries) == 1 and all(r.input.startswith(summaries[0].input)
                                       for r in results if r.kind != "folder"):
            return summaries[0]
        return None
    files = list(results)
    if not files:
        return None
    if len(files) == 1:
        return files[0]
    return combine(files, source="report", kind="folder", operator="AND")
