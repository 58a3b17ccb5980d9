"""Model cards: the license fields of the YAML front matter (``license``,
``license_name``, ``license_link``) and the card's License section."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..identify.urls import license_from_url
from ..judge.combine import combine
from ..judge.policy import Policy
from ..knowledge.records import knowledge_base
from ..readers.files import DEFAULT_MAX_BYTES, read_text
from ..readers.modelcard import has_front_matter, parse_model_card
from ..results import Result
from .texts import classify_text, identify

_HUB_FILE = re.compile(r"/(?:blob|resolve|raw)/[^/]+/(.+)$")


def _license_from_url(link: str, policy: Policy | None, source: str) -> Result | None:
    """A license named by its published URL (no network: known URLs only)."""
    lid = license_from_url(knowledge_base(), link)
    if lid is None:
        return None
    r = identify(lid, policy=policy, source=source, kind="model-card")
    return r if r.tier != "unknown" else None


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


def classify_model_card(text: str, source: str, policy: Policy | None,
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
        res = Result.unknown(source, "model-card", warnings + [
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
