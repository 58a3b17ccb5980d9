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


def top_level_parts(expression: str, operator: str) -> list[str]:
    """The parts of ``expression`` joined by ``operator`` (``AND`` or ``OR``) outside
    parentheses, nested groups of the same operator flattened.

    >>> top_level_parts("MIT AND (Apache-2.0 OR BSD-2-Clause)", "AND")
    ['MIT', 'Apache-2.0 OR BSD-2-Clause']
    >>> top_level_parts("(MIT AND (Apache-2.0 AND X)) AND MIT", "AND")
    ['MIT', 'Apache-2.0', 'X', 'MIT']
    >>> top_level_parts("MIT OR Apache-2.0", "AND")
    ['MIT OR Apache-2.0']
    """
    e = _unwrap(expression)
    parts = _split(e, f" {operator} ")
    if len(parts) == 1:
        return [e]
    out: list[str] = []
    for part in parts:
        out.extend(top_level_parts(part, operator))
    return out


def _unwrap(e: str) -> str:
    """``e`` without parentheses that enclose all of it."""
    e = e.strip()
    while e.startswith("(") and e.endswith(")") and _closes_at_end(e):
        e = e[1:-1].strip()
    return e


def _split(e: str, op: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(e):
        depth += (e[i] == "(") - (e[i] == ")")
        if depth == 0 and e.startswith(op, i):
            parts.append(e[start:i].strip())
            i += len(op)
            start = i
        else:
            i += 1
    parts.append(e[start:].strip())
    return [p for p in parts if p]


def _compound(e: str) -> bool:
    """True when ``e`` has AND or OR outside parentheses (it needs them when joined)."""
    return len(_split(e, " AND ")) > 1 or len(_split(e, " OR ")) > 1


def _closes_at_end(e: str) -> bool:
    """True when the parenthesis opening ``e`` closes at its last character."""
    depth = 0
    for i, ch in enumerate(e):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i == len(e) - 1
    return False


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
    exprs: list[str] = []
    for r in known:
        e = r.expression
        if not e:
            continue
        exprs.extend(top_level_parts(e, operator))  # joined flat, each part once
    uniq: list[str] = list(dict.fromkeys(exprs))
    expression = None
    if uniq:
        joiner = f" {operator} "
        expression = joiner.join(f"({e})" if len(uniq) > 1 and _compound(e) else e
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
        input=source, kind=kind, license=licenses[0] if len(licenses) == 1 else None,
        expression=expression, osi_approved=osi, tier=tier, restrictions=restr,
        matched_by=max((r.matched_by for r in known), key=MATCHERS.index),
        confidence=min(r.confidence for r in known), warnings=warnings,
        licenses=licenses if len(licenses) > 1 else [],
    )


def per_file_results(results: Sequence[Result]) -> list[Result]:
    """The results a gate or a report judges: per-file results; a folder summary
    only when no file results are present (an empty folder, for instance).  A file
    attached to a license (a use policy: ``extra["attached_to"]``) is part of that
    license, not judged on its own."""
    files = [r for r in results if r.kind != "folder" and not r.extra.get("attached_to")]
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


def prefer_read_texts(items: list[tuple[Result, bool]], source: str,
                      ) -> tuple[list[Result], list[str]]:
    """The results that decide, when some are declarations (``True``: a model card's or
    a manifest's license field) and the others were read from license texts covering
    the same thing: a declaration that names none of the licenses the texts hold is
    contradicted by them and left out, with a warning; the texts decide."""
    claims = [r for r, claim in items if claim]
    texts = [r for r, claim in items if not claim]
    if not claims or not texts:
        return [r for r, _ in items], []
    said, read = _ids(claims), _ids(texts)
    if said & read:
        return [r for r, _ in items], []
    shown = sorted({r.expression or "terms of its own" for r in texts})
    return texts, [f"{source}: the declared license ({', '.join(sorted(said) or ['?'])}) is "
                   f"contradicted by the license file(s), which read as {', '.join(shown)}: "
                   "the files decide"]


def _ids(results: list[Result]) -> set[str]:
    return {lic.id for r in results for lic in (r.licenses or ([r.license] if r.license else []))}
