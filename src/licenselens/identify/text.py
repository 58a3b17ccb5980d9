"""Identification of a license text, cheapest matcher first.

1. ``SPDX-License-Identifier:`` tags (identifier);
2. exact: the normalised text, copyright lines removed, hashed and looked up
   among the reference texts (exact);
3. phrases: record titles and identifying phrases (fingerprint);
4. similarity: word-bigram Dice against the reference texts, region by
   region, so that several licenses in one file are all found (similarity);
   a record title found in a matched region overrides a near neighbour
   (Llama 3.2 text resembles Llama 2's, but says "Llama 3.2").

The result is an expression tree (several licenses are ANDed, an exception
following its license becomes ``WITH``) or None when nothing reaches the
confidence threshold; the caller then reads the clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..knowledge.records import KnowledgeBase, knowledge_base
from ..knowledge.refindex import reference_index, text_hash
from ..normalise import TokenizedText
from ..normalise import normalise_phrase as normalise_phrase_
from ..normalise import tokens as normalise_tokens
from .expression import Expr, Leaf, conjunction
from .phrases import PhraseHit, find_phrases
from .similarity import FAST_MAX_UNMATCHED, dice_with, find_licenses, ref_number
from .strings import lookup

#: a similarity match below this region Dice is not reported (nothing rather than a guess)
ACCEPT_DICE = 0.78
#: above this, a region is taken as is even if another record's title appears in it
NEAR_EXACT = 0.995
#: a title found and the whole text this close to that license's reference: done
TITLE_CONFIRMED_DICE = 0.97
#: a title within this many tokens of the start heads the text
TITLE_AT_TOP = 40
#: below this, a similarity match is reported with a warning that it may be a variant
VARIANT_DICE = 0.93
#: texts longer than this many tokens are full license texts: one title names them
FULL_TEXT_TOKENS = 400
_TITLE_LOOKBACK = 60  # tokens before a region where its title may stand
_SPDX_TAG = re.compile(r"SPDX-License-Identifier:\s*([^\n\r*#]{1,300})")


@dataclass
class TextMatch:
    expr: Expr | None
    matched_by: str = "none"
    confidence: float = 0.0
    warnings: list[str] = field(default_factory=list)
    hits: list[PhraseHit] = field(default_factory=list)


def _priority(kb: KnowledgeBase) -> dict[str, float]:
    cached = getattr(kb, "_priority_cache", None)
    if cached is not None:
        return cached
    prio: dict[str, float] = {}
    for key, lid in kb.by_scancode.items():
        rec = kb.records.get(lid)
        if rec is None:
            continue
        prio[key] = 0.06 if rec.curated else (0.015 if rec.spdx_id else 0.0)
    kb._priority_cache = prio  # type: ignore[attr-defined]
    return prio


def identify_text(text: str, doc: TokenizedText | None = None) -> TextMatch:
    """Identify the license(s) in a text."""
    kb = knowledge_base()
    tags = _SPDX_TAG.findall(text[:200_000])
    if tags:
        leaves_: list[Leaf] = []
        warnings: list[str] = []
        for tag in tags:
            m = lookup(tag.strip().rstrip("*/ -").strip())
            warnings.extend(m.warnings)
            if m.expr is not None:
                leaves_.append(m.expr)  # type: ignore[arg-type]
        if leaves_:
            expr = leaves_[0] if len(leaves_) == 1 else conjunction(leaves_)  # type: ignore[arg-type]
            return TextMatch(expr, "identifier", 0.99, warnings)

    doc = doc or TokenizedText.of(text)
    sim_tokens, kept = doc.similarity_view()
    if not sim_tokens:
        return TextMatch(None)
    idx = reference_index()
    if idx is not None:
        ref = idx.exact.get(text_hash(sim_tokens))
        if ref is not None:
            lid = kb.by_scancode.get(idx.keys[ref], f"LicenseRef-scancode-{idx.keys[ref]}")
            hits = find_phrases(kb, doc)
            titles = {h.license_id for h in hits if h.strong}
            if not titles or lid in titles or not _is_curated(kb, titles):
                return TextMatch(Leaf(lid), "exact", 1.0, hits=hits)

    hits = find_phrases(kb, doc)
    strong = [h for h in hits if h.strong]
    leaves: list[Leaf] = []
    warnings = []
    own_license = False  # a look-alike of a known license under a name of its own
    best_conf = 0.0
    matched_by = "similarity"
    if idx is not None and strong:
        # cheapest first: a title names the license; check the text against that one reference
        for lid in dict.fromkeys(h.license_id for h in strong[:3]):
            rec = kb.records.get(lid)
            ref = ref_number(idx, rec.scancode_key) if rec and rec.scancode_key else None
            if ref is not None:
                dice, unmatched = dice_with(idx, sim_tokens, ref)
                if dice >= TITLE_CONFIRMED_DICE and unmatched <= FAST_MAX_UNMATCHED:
                    return TextMatch(Leaf(lid), "similarity", round(dice, 4), hits=hits)
            elif rec is not None and rec.curated and strong[0].license_id == lid and (
                strong[0].token < TITLE_AT_TOP and len(doc.tokens) > FULL_TEXT_TOKENS
            ):
                # a license newer than the reference data, named in its own heading
                return TextMatch(Leaf(lid), "fingerprint", 0.9, hits=hits)
    if idx is not None:
        matches, _whole = find_licenses(idx, sim_tokens, _priority(kb))
        for m in matches:
            lid = kb.by_scancode.get(m.key, f"LicenseRef-scancode-{m.key}")
            start = kept[m.start_token] if m.start_token < len(kept) else len(doc.tokens)
            end = kept[m.end_token - 1] + 1 if 0 < m.end_token <= len(kept) else len(doc.tokens)
            near = [h for h in strong if start - _TITLE_LOOKBACK <= h.token < end]
            own = any(h.license_id == lid for h in near)
            others = [h for h in near if h.license_id != lid and kb.records[h.license_id].curated]
            chosen, conf, how = lid, m.dice, "similarity"
            if others and not own and m.dice < NEAR_EXACT:
                chosen, conf, how = others[0].license_id, max(0.9, m.dice), "fingerprint"
            elif m.dice < ACCEPT_DICE and not own:
                continue
            elif not own and m.dice < NEAR_EXACT:
                title = _title_line(doc, start)
                if title and _names_another_license(kb.records.get(lid), title):
                    warnings.append(
                        f"the text resembles {lid} (similarity {m.dice:.2f}) but is titled "
                        f"{title!r}: read as a license of its own"
                    )
                    own_license = True
                    continue
            if how == "similarity" and conf < VARIANT_DICE:
                warnings.append(
                    f"the text differs from the reference text of {chosen} "
                    f"(similarity {conf:.2f}): a variant or another version of it?"
                )
            if m.is_exception and leaves and leaves[-1].exception is None:
                leaves[-1] = Leaf(leaves[-1].license_id, chosen, leaves[-1].found_at)
            else:
                leaves.append(Leaf(chosen, None, start))
            best_conf = max(best_conf, conf)
            if how == "fingerprint":
                matched_by = "fingerprint"
    if not leaves and strong:
        primary = strong[0]
        if len(doc.tokens) > FULL_TEXT_TOKENS:
            chosen_hits = [primary]
        else:
            chosen_hits = list({h.license_id: h for h in reversed(strong)}.values())
            chosen_hits.sort(key=lambda h: h.token)
        leaves = [Leaf(h.license_id, None, h.token) for h in chosen_hits]
        matched_by, best_conf = "fingerprint", 0.9
    if not leaves and not own_license:
        counts: dict[str, set[str]] = {}
        for h in hits:
            if not h.strong:
                counts.setdefault(h.license_id, set()).add(h.phrase)
        weak = sorted(((len(v), k) for k, v in counts.items() if len(v) >= 2), reverse=True)
        if weak:
            leaves = [Leaf(weak[0][1])]
            matched_by, best_conf = "fingerprint", 0.7
    if not leaves and not own_license:
        notice = _notice(text)
        if notice is not None:
            return TextMatch(notice, "fingerprint", 0.8, hits=hits)
    if not leaves:
        return TextMatch(None, warnings=warnings, hits=hits)
    return TextMatch(conjunction(leaves), matched_by, round(min(1.0, best_conf), 4), warnings,
                     hits=hits)


_NOTICE = re.compile(
    r"\b(?:licen[cs]ed|released|distributed|available|provided|published|made available)"
    r"\s+under\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    r"([A-Za-z0-9][\w .+/-]{1,80}?)(?=\s*(?:\.(?:\s|$)|[,;:()\[\]\n]|\s+(?:and|or|with|as|for|which|that|see|by|unless)\b|$))",
    re.IGNORECASE,
)


def _notice(text: str) -> Expr | None:
    """A short notice naming a license ("released under the MIT License")."""
    kb = knowledge_base()
    found: list[Leaf] = []
    for m in _NOTICE.finditer(text[:100_000]):
        name = m.group(1).strip()
        for cand in (name, re.sub(r"(?i)\s+licen[cs]e$", "", name), name + " License"):
            lid = resolve_notice_name(kb, cand)
            if lid:
                found.append(Leaf(lid))
                break
        if len(found) >= 5:
            break
    return conjunction(found) if found else None


def resolve_notice_name(kb: KnowledgeBase, name: str) -> str | None:
    from .strings import resolve_name

    if len(name) < 2 or name.lower() in ("the", "a", "this", "these", "license", "licence"):
        return None
    return resolve_name(kb, name)


_TITLE_WORDS = re.compile(r"(?i)\b(licen[cs]e|agreement|terms)\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def _title_line(doc: TokenizedText, start_token: int) -> str | None:
    """The heading of the text or of the region that starts at ``start_token``, if any."""
    text = doc.text
    lo = doc.starts[max(0, start_token - _TITLE_LOOKBACK)] if doc.tokens else 0
    if start_token < _TITLE_LOOKBACK:
        lo = 0
    for line in text[lo : lo + 2000].splitlines()[:6]:
        line = line.strip().strip("#*=_- \t")
        if not line:
            continue
        if len(line.split()) <= 15 and _TITLE_WORDS.search(line):
            return line
        return None
    return None


def _names_another_license(rec: object, title: str) -> bool:
    """True when a heading clearly names a license other than the record."""
    from ..knowledge.records import Record

    if not isinstance(rec, Record) or not rec.curated:
        return False
    norm = " ".join(normalise_tokens(title))
    if any(p in norm for p in rec.title_phrases) or normalise_phrase_(rec.name) in norm:
        return False
    numbers = set(_NUMBER.findall(title))
    if rec.version and numbers and rec.version not in numbers:
        return True
    if rec.kind == "model":
        first = normalise_phrase_(rec.name).split()[0] if rec.name else ""
        return bool(first) and first not in norm.split()
    return False


def _is_curated(kb: KnowledgeBase, ids: set[str]) -> bool:
    return any(kb.records[i].curated for i in ids if i in kb.records)
