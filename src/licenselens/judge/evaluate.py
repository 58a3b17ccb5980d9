"""From an identified expression (or an unrecognised text) to a judged Result.

:func:`result_from_expression` looks each license up in the knowledge base,
takes its curated verdicts (or reads the text's clauses where no record
fixes them), combines the parts of an expression (AND / OR / WITH), and
applies the policy's tier rule.  :func:`result_from_clauses` judges a text
that matches no known license; :func:`no_license_result` is the rubric's
"no license: all rights reserved".
"""

from __future__ import annotations

from ..identify.expression import Expr, Leaf, leaves, render
from ..knowledge.records import Record, knowledge_base
from ..knowledge.refindex import reference_index
from ..normalise import TokenizedText
from ..results import DIMENSIONS, LicenseRef, Result, Verdict
from .clauses import read_clauses
from .combine import combine_and, combine_or
from .policy import DEFAULT_POLICY, Policy
from .refine import refine_by_reference
from .variants import VARIANT_PENALTY, read_additions, variant_ref
from .verdicts import no_license_restrictions, record_restrictions

#: ScanCode categories whose default verdicts hold for every member (others are read
#: from the text's clauses when there is a text)
RELIABLE_CATEGORIES = frozenset({"Permissive", "Public Domain", "Copyleft", "Copyleft Limited"})


def _evaluate(
    expr: Expr, doc: TokenizedText | None, policy: Policy, warnings: list[str]
) -> dict[str, Verdict] | None:
    kb = knowledge_base()
    if isinstance(expr, Leaf):
        rec = kb.get(expr.license_id)
        if rec is None:
            warnings.append(f"{expr.license_id}: not in the knowledge base")
            return None
        if doc is not None and not rec.curated and rec.category not in RELIABLE_CATEGORIES:
            reading = read_clauses(doc.text)
            if reading.license_like:
                return _read_with_category(rec, reading.restrictions, doc, warnings)
        restr, w = record_restrictions(rec, doc)
        warnings.extend(x for x in w if x not in warnings)
        if restr:
            refine_by_reference(rec, restr, doc, warnings)
        return restr or None
    parts = [_evaluate(a, doc, policy, warnings) for a in expr.args]
    known = [p for p in parts if p is not None]
    if not known:
        return None
    if expr.op == "AND":
        if len(known) < len(parts):
            return None  # an unknown part of a conjunction leaves the whole unknown
        return combine_and(known)
    return combine_or(known, policy)


def _read_with_category(rec: Record, read: dict[str, Verdict], doc: TokenizedText,
                        warnings: list[str]) -> dict[str, Verdict]:
    """The verdicts read from a known license's text; a freedom the reading left
    ``unknown`` takes what ScanCode's category says of that license, if it says anything."""
    out = dict(read)
    defaults, _ = record_restrictions(rec, doc)
    filled = [d for d in DIMENSIONS if out[d].verdict == "unknown" and d in defaults]
    for d in filled:
        out[d] = defaults[d]
    note = f"{rec.id}: no curated record; verdicts were read from the text's clauses"
    if filled:
        note += f" ({', '.join(filled)} by ScanCode category '{rec.category}')"
    warnings.append(note)
    return out


def osi_approved(expr: Expr) -> bool | None:
    """OSI approval of an expression: AND needs every part, OR any part; None if unknown."""
    kb = knowledge_base()
    if isinstance(expr, Leaf):
        rec = kb.get(expr.license_id)
        return rec.osi_approved if rec else None
    values = [osi_approved(a) for a in expr.args]
    if expr.op == "AND":
        if any(v is False for v in values):
            return False
        return None if any(v is None for v in values) else True
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False


def result_from_expression(
    expr: Expr, *, source: str, kind: str, matched_by: str, confidence: float,
    doc: TokenizedText | None = None, policy: Policy | None = None,
    warnings: list[str] | None = None,
) -> Result:
    """Judge an identified expression: verdicts, tier, OSI status."""
    policy = policy or DEFAULT_POLICY
    kb = knowledge_base()
    warnings = list(warnings or [])
    restr = _evaluate(expr, doc, policy, warnings)
    refs = []
    for leaf in leaves(expr):
        rec = kb.get(leaf.license_id)
        refs.append(LicenseRef(leaf.license_id, rec.name if rec else leaf.license_id))
    if restr is None:
        result = Result.unknown(source, kind, warnings)
        result.expression, result.osi_approved = render(expr), osi_approved(expr)
        result.matched_by, result.confidence = matched_by, confidence
    else:
        expression, osi = render(expr), osi_approved(expr)
        if doc is not None and matched_by in _READ_FOR_ADDITIONS and _is_variant(
                expr, doc, restr := dict(restr), warnings):
            refs = [variant_ref(refs[0])]
            expression, osi = refs[0].id, False
            confidence = round(max(0.3, confidence - VARIANT_PENALTY), 4)
        tier = policy.tier({d: restr[d].verdict for d in DIMENSIONS}, [r.id for r in refs])
        result = Result(
            input=source, kind=kind, license=None, expression=expression,
            osi_approved=osi, tier=tier, restrictions=restr,
            matched_by=matched_by, confidence=confidence, warnings=warnings,
        )
    result.license = refs[0] if len(refs) == 1 else None  # several: see expression, licenses
    result.licenses = refs if len(refs) > 1 else []
    return result


#: matchers whose matches may be a modified text (exact and tag matches are not read again)
_READ_FOR_ADDITIONS = frozenset({"similarity", "fingerprint"})


def _is_variant(expr: Expr, doc: TokenizedText, restr: dict[str, Verdict],
                warnings: list[str]) -> bool:
    """True when the text adds clauses to a single license that restrict more."""
    idx = reference_index()
    if not isinstance(expr, Leaf) or expr.exception is not None or idx is None:
        return False
    rec = knowledge_base().get(expr.license_id)
    if rec is None or not rec.scancode_key:
        return False
    return read_additions(expr, rec.scancode_key, doc, idx, restr, warnings)


def result_from_clauses(
    text: str, *, source: str, kind: str, policy: Policy | None, warnings: list[str]
) -> Result:
    """Judge a text that matches no known license by reading its clauses."""
    policy = policy or DEFAULT_POLICY
    reading = read_clauses(text)
    warnings = warnings + list(reading.warnings)
    if not reading.license_like:
        return Result.unknown(source, kind, warnings + ["no license terms could be read"])
    warnings.append("the text matches no known license: verdicts were read from its clauses")
    verdicts = {d: reading.restrictions[d].verdict for d in DIMENSIONS}
    return Result(
        input=source, kind=kind, license=None, expression=None, osi_approved=False,
        tier=policy.tier(verdicts), restrictions=reading.restrictions, matched_by="clauses",
        confidence=reading.confidence, warnings=warnings,
    )


def no_license_result(
    source: str, kind: str, reason: str, *, policy: Policy | None = None,
    warnings: list[str] | None = None, matched_by: str = "none", confidence: float = 0.9,
) -> Result:
    """No license at all: every freedom withheld (rubric §1, "all rights reserved")."""
    policy = policy or DEFAULT_POLICY
    return Result(
        input=source, kind=kind, license=None, expression=None, osi_approved=False,
        tier=policy.tier({d: "prohibited" for d in DIMENSIONS}),
        restrictions=no_license_restrictions(reason), matched_by=matched_by,
        confidence=confidence, warnings=list(warnings or []),
    )
