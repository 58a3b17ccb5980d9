"""The public Python API: classify a path, a text or an identifier.

>>> r = identify("Apache 2")
>>> r.license.id, r.tier, r.osi_approved
('Apache-2.0', 'open', True)
>>> identify("cc-by-nc-4.0").restrictions["commercial"].verdict
'prohibited'
>>> identify("MIT OR Apache-2.0").expression
'MIT OR Apache-2.0'
"""

from __future__ import annotations

from pathlib import Path

from .errors import ArgumentError
from .identify.expression import Expr, Leaf, Node, leaves, render
from .identify.identifiers import lookup
from .identify.text import identify_text
from .judge.policy import DEFAULT_POLICY, Policy
from .judge.tiers import combine_and, combine_or
from .judge.verdicts import no_license_restrictions, record_restrictions
from .knowledge.records import knowledge_base
from .model import DIMENSIONS, LicenseRef, Result, Verdict
from .normalise import TokenizedText

#: ScanCode categories whose default verdicts hold for every member (others are read
#: from the text's clauses when there is a text)
_RELIABLE_CATEGORIES = {"Permissive", "Public Domain", "Copyleft", "Copyleft Limited"}

#: texts longer than this are read only up to it (characters)
MAX_TEXT_CHARS = 5_000_000


def unknown_result(source: str, kind: str, warnings: list[str]) -> Result:
    """A result for input where nothing license-like could be read."""
    return Result(
        input=source, kind=kind, license=None, expression=None, osi_approved=None,
        tier="unknown", restrictions={d: Verdict("free") for d in DIMENSIONS},
        matched_by="none", confidence=0.0, warnings=list(warnings),
    )


def _unknown_verdicts() -> dict[str, Verdict]:
    return {d: Verdict("free") for d in DIMENSIONS}


def _evaluate(
    expr: Expr, doc: TokenizedText | None, policy: Policy, warnings: list[str]
) -> dict[str, Verdict] | None:
    kb = knowledge_base()
    if isinstance(expr, Leaf):
        rec = kb.get(expr.license_id)
        if rec is None:
            warnings.append(f"{expr.license_id}: not in the knowledge base")
            return None
        if doc is not None and not rec.curated and rec.category not in _RELIABLE_CATEGORIES:
            from .judge.clauses import read_clauses

            reading = read_clauses(doc.text)
            if reading.license_like:
                warnings.append(f"{rec.id}: no curated record; verdicts were read from the "
                                "text's clauses")
                return reading.restrictions
        restr, w = record_restrictions(rec, doc)
        warnings.extend(x for x in w if x not in warnings)
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


def _osi(expr: Expr) -> bool | None:
    kb = knowledge_base()
    if isinstance(expr, Leaf):
        rec = kb.get(expr.license_id)
        return rec.osi_approved if rec else None
    values = [_osi(a) for a in expr.args]
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
    tier = "unknown"
    if restr is None:
        restr = _unknown_verdicts()
    else:
        tier = policy.tier({d: restr[d].verdict for d in DIMENSIONS}, [r.id for r in refs])
    return Result(
        input=source, kind=kind, license=refs[0] if refs else None, expression=render(expr),
        osi_approved=_osi(expr), tier=tier, restrictions=restr, matched_by=matched_by,
        confidence=confidence, warnings=warnings, licenses=refs if len(refs) > 1 else [],
    )


def classify_text(
    text: str, *, source: str = "<text>", kind: str = "text", policy: Policy | None = None,
    warnings: list[str] | None = None,
) -> Result:
    """Identify and judge a license text.

    A text that matches no known license is read clause by clause
    (``matched_by: clauses``); one that reads as no license at all is ``unknown``.
    """
    warnings = list(warnings or [])
    if not isinstance(text, str):
        raise ArgumentError(f"classify_text() takes a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        warnings.append(f"text longer than {MAX_TEXT_CHARS} characters: read up to that limit")
    if not text.strip():
        return unknown_result(source, kind, warnings + ["empty text: no license found"])
    doc = TokenizedText.of(text)
    match = identify_text(text, doc)
    warnings.extend(match.warnings)
    if match.expr is not None:
        return result_from_expression(
            match.expr, source=source, kind=kind, matched_by=match.matched_by,
            confidence=match.confidence, doc=doc, policy=policy, warnings=warnings,
        )
    return _read_unknown_text(text, source=source, kind=kind, policy=policy, warnings=warnings)


def _read_unknown_text(
    text: str, *, source: str, kind: str, policy: Policy | None, warnings: list[str]
) -> Result:
    from .judge.clauses import read_clauses

    policy = policy or DEFAULT_POLICY
    reading = read_clauses(text)
    warnings = warnings + list(reading.warnings)
    if not reading.license_like:
        return unknown_result(source, kind, warnings + ["no license terms could be read"])
    warnings.append("the text matches no known license: verdicts were read from its clauses")
    verdicts = {d: reading.restrictions[d].verdict for d in DIMENSIONS}
    return Result(
        input=source, kind=kind, license=None, expression=None, osi_approved=False,
        tier=policy.tier(verdicts), restrictions=reading.restrictions, matched_by="clauses",
        confidence=reading.confidence, warnings=warnings,
    )


def identify(
    query: str, *, policy: Policy | None = None, source: str | None = None,
    kind: str | None = None,
) -> Result:
    """Identify a license id, name, hub id, trove classifier or SPDX expression."""
    if not isinstance(query, str):
        raise ArgumentError(f"identify() takes a str, not {type(query).__name__}")
    m = lookup(query)
    src = query if source is None else source
    if m.no_license:
        restr = no_license_restrictions("no license: all rights reserved")
        return Result(
            input=src, kind=kind or "identifier", license=None, expression=None,
            osi_approved=False, tier=(policy or DEFAULT_POLICY).tier(
                {d: "prohibited" for d in DIMENSIONS}),
            restrictions=restr, matched_by="identifier", confidence=0.9, warnings=m.warnings,
        )
    if m.expr is None:
        return unknown_result(src, kind or "identifier", m.warnings)
    k = kind or ("expression" if isinstance(m.expr, Node) or (
        isinstance(m.expr, Leaf) and m.expr.exception) else "identifier")
    return result_from_expression(
        m.expr, source=src, kind=k, matched_by="identifier", confidence=1.0, policy=policy,
        warnings=m.warnings,
    )


def classify(path: str | Path, *, policy: Policy | None = None, max_bytes: int = 5_000_000) -> Result:
    """Classify a file (license text, model card, SPDX document) or a folder.

    For a folder, the result is the folder's summary; the per-file results are
    in ``result.extra["files"]``.
    """
    from .scan import classify_one

    return classify_one(path, policy=policy, max_bytes=max_bytes)


def classify_paths(
    paths: list[str], *, policy: Policy | None = None, max_bytes: int = 5_000_000,
    progress: bool = False,
) -> list[Result]:
    """Every result the CLI prints for these paths (per file found, plus folder summaries).

    Raises :class:`licenselens.errors.InputError` for the first unreadable path;
    use :func:`licenselens.scan.classify_path` per path to keep going.
    """
    from .scan import classify_path

    out: list[Result] = []
    for p in paths:
        out.extend(classify_path(p, policy=policy, max_bytes=max_bytes, progress=progress))
    return out
