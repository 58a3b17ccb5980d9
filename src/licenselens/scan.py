"""What a path holds: one file (license text, model card, SPDX document) or a
folder of them.  This is the dispatcher behind ``licenselens classify`` and
:func:`licenselens.classify`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .api import classify_text, identify, unknown_result
from .errors import InputError
from .judge.policy import DEFAULT_POLICY, Policy
from .judge.tiers import combine
from .judge.verdicts import no_license_restrictions
from .model import DIMENSIONS, Result
from .readers.files import DEFAULT_MAX_BYTES, read_text
from .readers.folders import discover, role
from .readers.modelcard import has_front_matter, parse_model_card
from .readers.spdxdoc import SpdxDocumentError, looks_like_spdx, read_spdx_packages


def classify_path(
    path: str | Path, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> list[Result]:
    """Every result for one path: a file's result(s), or a folder's files plus a summary."""
    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise InputError(str(path), "no such file or folder")
    if p.is_dir():
        return _classify_folder(p, str(path), policy, max_bytes, progress)
    return classify_file(p, str(path), policy=policy, max_bytes=max_bytes)


def classify_one(
    path: str | Path, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Result:
    """One result for a path: the file's, or the folder's summary (files in ``extra``)."""
    results = classify_path(path, policy=policy, max_bytes=max_bytes)
    if len(results) == 1:
        return results[0]
    summary = results[-1]
    if summary.kind == "folder":
        summary.extra.setdefault("files", [r.to_dict() for r in results[:-1]])
        return summary
    return combine(results, source=str(path), kind=results[0].kind, policy=policy)


def classify_file(
    p: Path, source: str, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Result]:
    """The result(s) of one file: several for an SPDX document (one per package)."""
    decoded = read_text(p, max_bytes=max_bytes)
    warnings = list(decoded.warnings)
    if decoded.is_binary:
        return [unknown_result(source, "text", warnings)]
    text = decoded.text
    if looks_like_spdx(text):
        if any("larger than the limit" in w for w in warnings):
            return [unknown_result(source, "spdx-document", warnings + [
                f"{source}: SPDX document larger than the size limit: not parsed "
                "(raise --max-bytes to read it)"])]
        try:
            return _classify_spdx(p, source, policy, warnings)
        except SpdxDocumentError as exc:
            return [unknown_result(source, "spdx-document", warnings + [str(exc)])]
    if has_front_matter(text) and p.suffix.lower() in (".md", ".markdown", ""):
        return [_classify_model_card(text, source, policy, warnings, path=p,
                                     max_bytes=max_bytes)]
    if p.name.lower() == "readme.md":
        from .readers.modelcard import license_section

        section, _ = license_section(text)
        if section:
            r = classify_text(section, source=source, kind="text", policy=policy,
                              warnings=warnings + [f"{source}: read its License section"])
            return [r]
        return [unknown_result(source, "text", warnings + ["README without a License section"])]
    return [classify_text(text, source=source, kind="text", policy=policy, warnings=warnings)]


_SPDX_URL = re.compile(r"^(?:spdx\.org/licenses|opensource\.org/licenses?|"
                       r"choosealicense\.com/licenses)/([A-Za-z0-9.+-]+?)(?:\.html|\.json|\.php)?$")
_HUB_FILE = re.compile(r"/(?:blob|resolve|raw)/[^/]+/(.+)$")


def _norm_url(url: str) -> str:
    u = re.sub(r"^[a-z]+://", "", url.strip().lower())
    u = re.sub(r"^www\.", "", u)
    return re.sub(r"[?#].*$", "", u).rstrip("/")


def _license_from_url(link: str, policy: Policy | None, source: str) -> Result | None:
    """A license named by its published URL (no network: known URLs only)."""
    from .knowledge.records import knowledge_base

    norm = _norm_url(link)
    m = _SPDX_URL.match(re.sub(r"^(?:api\.)?", "", norm))
    candidates: list[str] = []
    if m:
        candidates.append(m.group(1))
    owners = {r.id for r in knowledge_base().records.values()
              if r.curated and r.url and _norm_url(r.url) == norm}
    if len(owners) == 1:
        candidates.append(owners.pop())
    for cand in candidates:
        r = identify(cand, policy=policy, source=source, kind="model-card")
        if r.tier != "unknown":
            return r
    return None


def _license_from_link(link: str, card_path: Path | None, policy: Policy | None, source: str,
                       max_bytes: int) -> Result | None:
    """``license_link``: a known URL, or a file next to the card (also as a hub URL's path)."""
    r = _license_from_url(link, policy, source)
    if r is not None or card_path is None:
        return r
    rel = link.strip()
    hub = _HUB_FILE.search(rel)
    if hub:
        rel = hub.group(1)
    elif re.match(r"^[a-z]+://", rel, re.IGNORECASE):
        return None
    base = card_path.parent.resolve()
    try:
        target = (base / rel.lstrip("./") if rel.startswith("./") else base / rel).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if base not in target.parents or target == card_path.resolve() or not target.is_file():
        return None
    try:
        decoded = read_text(target, max_bytes=max_bytes)
    except InputError:
        return None
    if decoded.is_binary or has_front_matter(decoded.text):
        return None
    r = classify_text(decoded.text, source=source, kind="model-card", policy=policy,
                      warnings=decoded.warnings + [f"{source}: license read from the linked "
                                                   f"file {rel}"])
    return r if r.tier != "unknown" else None


def _classify_model_card(text: str, source: str, policy: Policy | None,
                         warnings: list[str], *, path: Path | None = None,
                         max_bytes: int = DEFAULT_MAX_BYTES) -> Result:
    card = parse_model_card(text, source)
    warnings = warnings + card.warnings
    parts: list[Result] = []
    for lic in card.licenses:
        if lic.strip().lower() == "other":
            named = None
            if card.license_name:
                cand = identify(card.license_name, policy=policy, source=source,
                                kind="model-card")
                if cand.tier != "unknown":
                    named = cand
            if named is None and card.license_link:
                named = _license_from_link(card.license_link, path, policy, source, max_bytes)
            if named is None:
                warnings.append(f"{source}: license 'other' ({card.license_name or 'unnamed'})"
                                " could not be identified from its name or link")
            else:
                parts.append(named)
            continue
        r = identify(lic, policy=policy, source=source, kind="model-card")
        if r.tier == "unknown":
            warnings.extend(r.warnings)
        else:
            parts.append(r)
    prose = None
    if card.section:
        prose = classify_text(card.section, source=source, kind="model-card", policy=policy)
        if prose.tier == "unknown":
            prose = None
    if parts and prose is not None and prose.expression:
        front = {x.expression for x in parts}
        if prose.expression not in front:
            warnings.append(f"{source}: front matter says {', '.join(sorted(e or '?' for e in front))}"
                            f" but the License section reads as {prose.expression}")
    chosen = parts or ([prose] if prose is not None else [])
    extra = {"base_model": card.base_model, "license_name": card.license_name,
             "license_link": card.license_link}
    if not chosen:
        res = unknown_result(source, "model-card", warnings + [
            f"{source}: the model card names no license that could be identified"])
    elif len(chosen) == 1:
        res = chosen[0]
        res.input, res.kind = source, "model-card"
        res.warnings = warnings + [w for w in res.warnings if w not in warnings]
    else:
        res = combine(chosen, source=source, kind="model-card", policy=policy)
        res.warnings = warnings + [w for w in res.warnings if w not in warnings]
    res.extra.update(extra)
    return res


def _classify_spdx(p: Path, source: str, policy: Policy | None,
                   warnings: list[str]) -> list[Result]:
    out: list[Result] = []
    for pkg in read_spdx_packages(p):
        name = f"{source}#{pkg.name}"
        expr = pkg.concluded or pkg.declared
        if expr is None:
            r = unknown_result(name, "spdx-document", warnings + ["NOASSERTION: no license stated"])
        else:
            r = _spdx_expression(expr, pkg.extracted, name, policy)
            r.input, r.kind = name, "spdx-document"
            r.warnings = warnings + [w for w in r.warnings if w not in warnings]
        if pkg.concluded and pkg.declared and pkg.concluded != pkg.declared:
            r.warnings.append(f"{name}: declared license {pkg.declared} differs from the "
                              f"concluded {pkg.concluded}; the concluded one is judged")
        r.extra.update({"package": pkg.name, "declared": pkg.declared, "concluded": pkg.concluded})
        out.append(r)
    if not out:
        out.append(unknown_result(source, "spdx-document", warnings + [
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


def _classify_folder(folder: Path, source: str, policy: Policy | None, max_bytes: int,
                     progress: bool) -> list[Result]:
    warnings: list[str] = []
    files = discover(folder, warnings)
    results: list[Result] = []
    roles: list[str] = []
    bar = None
    if progress and len(files) > 1:
        try:
            from tqdm import tqdm
        except ImportError:  # a declared dependency; without it, no bar
            tqdm = None
        if tqdm is not None:
            bar = tqdm(total=len(files), desc="licenselens", unit="file", file=sys.stderr,
                       leave=False)
    for f in files:
        if bar is not None:
            bar.update(1)
        shown = str(Path(source) / f.relative_to(folder))
        try:
            found = classify_file(f, shown, policy=policy, max_bytes=max_bytes)
        except InputError as exc:
            warnings.append(str(exc))
            continue
        for r in found:
            if f.name.lower() == "readme.md" and r.tier == "unknown":
                continue  # a README without license information is not a finding
            results.append(r)
            roles.append(role(f))
    if bar is not None:
        bar.close()
    return results + [_summary(source, results, roles, policy, warnings)]


def _summary(source: str, results: list[Result], roles: list[str], policy: Policy | None,
             warnings: list[str]) -> Result:
    known = [(r, ro) for r, ro in zip(results, roles, strict=True) if r.tier != "unknown"]
    if not known:
        reason = "no license found: all rights reserved"
        pol = policy or DEFAULT_POLICY
        return Result(
            input=source, kind="folder", license=None, expression=None, osi_approved=False,
            tier=pol.tier({d: "prohibited" for d in DIMENSIONS}),
            restrictions=no_license_restrictions(reason), matched_by="none", confidence=0.9,
            warnings=warnings + [f"{source}: {reason}"],
        )
    weights = [r for r, ro in known if ro == "weights"]
    code = [r for r, ro in known if ro == "code"]
    chosen = [r for r, _ in known]
    notes = list(warnings)
    if weights and code:
        w_tier = combine(weights, source=source, kind="folder", policy=policy).tier
        c_tier = combine(code, source=source, kind="folder", policy=policy).tier
        if w_tier != c_tier:
            chosen = weights + [r for r, ro in known if ro == "any"]
            notes.append(f"{source}: code is {c_tier} but the model weights are {w_tier}: "
                         "the weights' license decides the folder's tier")
    res = combine(chosen, source=source, kind="folder", policy=policy)
    res.warnings = notes + [w for w in res.warnings if w not in notes]
    return res
