"""SPDX documents: one result per package or file they describe, judged from
its concluded (else declared) license; a ``LicenseRef-`` with extracted text
is judged by that text."""

from __future__ import annotations

from pathlib import Path

from ..judge.combine import combine
from ..judge.policy import Policy
from ..readers.spdxdoc import read_spdx_packages
from ..results import Result
from .texts import classify_text, identify


def classify_spdx(p: Path, source: str, policy: Policy | None,
                   warnings: list[str]) -> list[Result]:
    out: list[Result] = []
    for pkg in read_spdx_packages(p):
        name = f"{source}#{pkg.name}"
        expr = pkg.concluded or pkg.declared
        notes = warnings + ([pkg.warning] if pkg.warning else [])
        if expr is None:
            r = Result.unknown(name, "spdx-document", notes + ["NOASSERTION: no license stated"])
        else:
            r = _spdx_expression(expr, pkg.extracted, name, policy)
            bad = [w for w in r.warnings if "malformed license expression" in w]
            if r.tier == "unknown" and bad:
                r = Result.error(name, f"{bad[0]}: {expr[:200]!r}", notes)
            else:
                r.input, r.kind = name, "spdx-document"
                r.warnings = notes + [w for w in r.warnings if w not in notes]
        if pkg.concluded and pkg.declared and pkg.concluded != pkg.declared:
            r.warnings.append(f"{name}: declared license {pkg.declared} differs from the "
                              f"concluded {pkg.concluded}; the concluded one is judged")
        r.extra.update({"package": pkg.name, "declared": pkg.declared, "concluded": pkg.concluded})
        out.append(r)
    if not out:
        out.append(Result.unknown(source, "spdx-document", warnings + [
            f"{source}: the SPDX document describes no package or file with a license"]))
    return out


def _spdx_expression(expr: str, extracted: dict[str, str], name: str,
                     policy: Policy | None) -> Result:
    """Judge an SPDX expression; a ``LicenseRef-`` with extracted text is judged by that text."""
    refs = [k for k, v in extracted.items() if v.strip() and k in expr]
    if not refs:
        return identify(expr, policy=policy, source=name, kind="spdx-document")
    from license_expression import AND, OR, ExpressionError, LicenseSymbol, get_spdx_licensing

    try:
        tree = get_spdx_licensing().parse(expr)
    except ExpressionError as exc:
        r = identify(expr, policy=policy, source=name, kind="spdx-document")
        r.warnings.append(f"{name}: {exc}")
        return r

    def judge(node: object) -> Result:
        if isinstance(node, (AND, OR)):
            parts = [judge(a) for a in node.args]
            return combine(parts, source=name, kind="spdx-document",
                           operator="AND" if isinstance(node, AND) else "OR", policy=policy)
        key = node.key if isinstance(node, LicenseSymbol) else str(node)
        text = extracted.get(key, "")
        if text.strip():
            r = classify_text(text, source=name, kind="spdx-document", policy=policy,
                              warnings=[f"{name}: {key} judged by its extracted text"])
            if r.expression is None and r.tier != "unknown":
                r.expression = key  # read from its clauses: keep the document's id
            return r
        return identify(str(node), policy=policy, source=name, kind="spdx-document")

    return judge(tree)
