"""Record titles and identifying phrases (``licenses/*.yaml``): fingerprints."""

from __future__ import annotations

from ...knowledge.refindex import ref_number
from ..expression import Leaf, conjunction
from ..similarity import FAST_MAX_UNMATCHED, dice_with
from .context import MatchContext, TextMatch

#: a title found and the whole text this close to that license's reference: done
TITLE_CONFIRMED_DICE = 0.97
#: a title within this many tokens of the start heads the text
TITLE_AT_TOP = 40
#: texts longer than this many tokens are full license texts: one title names them
FULL_TEXT_TOKENS = 400


def confirmed_title(ctx: MatchContext) -> TextMatch | None:
    """Cheapest first: a title names the license; check the text against that one
    reference.  A curated license newer than the reference data, named in the
    heading of a full text, is taken by its title (fingerprint)."""
    strong = ctx.strong
    if ctx.idx is None or not strong or not ctx.has_text:
        return None
    sim_tokens, _ = ctx.similarity_view
    for lid in dict.fromkeys(h.license_id for h in strong[:3]):
        rec = ctx.kb.records.get(lid)
        ref = ref_number(ctx.idx, rec.scancode_key) if rec and rec.scancode_key else None
        if ref is not None:
            dice, unmatched = dice_with(ctx.idx, sim_tokens, ref)
            if dice >= TITLE_CONFIRMED_DICE and unmatched <= FAST_MAX_UNMATCHED:
                return TextMatch(Leaf(lid), "similarity", round(dice, 4), hits=ctx.hits)
        elif rec is not None and rec.curated and strong[0].license_id == lid and (
            strong[0].token < TITLE_AT_TOP and len(ctx.doc.tokens) > FULL_TEXT_TOKENS
        ):
            return TextMatch(Leaf(lid), "fingerprint", 0.9, hits=ctx.hits)
    return None


def phrases_only(ctx: MatchContext) -> TextMatch | None:
    """No reference matched: titles found in the text name its license(s); failing
    that, two or more identifying phrases of one license do."""
    if not ctx.has_text:
        return None
    strong = ctx.strong
    if strong:
        if len(ctx.doc.tokens) > FULL_TEXT_TOKENS:
            chosen = [strong[0]]
        else:
            chosen = list({h.license_id: h for h in reversed(strong)}.values())
            chosen.sort(key=lambda h: h.token)
        found = [Leaf(h.license_id, None, h.token) for h in chosen]
        return TextMatch(conjunction(found), "fingerprint", 0.9, list(ctx.warnings),
                         hits=ctx.hits)
    if ctx.own_license:
        return None
    counts: dict[str, set[str]] = {}
    for h in ctx.hits:
        if not h.strong:
            counts.setdefault(h.license_id, set()).add(h.phrase)
    weak = sorted(((len(v), k) for k, v in counts.items() if len(v) >= 2), reverse=True)
    if weak:
        return TextMatch(Leaf(weak[0][1]), "fingerprint", 0.7, list(ctx.warnings),
                         hits=ctx.hits)
    return None
