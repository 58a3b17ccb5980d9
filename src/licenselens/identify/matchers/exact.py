"""Exact: the normalised text (copyright lines removed) is a reference text."""

from __future__ import annotations

from ...knowledge.refindex import ref_number, reference_hash, text_hash
from ..expression import Leaf
from ..similarity import dice_with
from .context import MatchContext, TextMatch


def exact_text(ctx: MatchContext) -> TextMatch | None:
    """The reference whose normalised text hashes the same (``matched_by: exact``).

    Titles of other licenses inside the text are part of that reference's words (the
    GNU FDL's closing notice says "or any later version"), so they do not overrule it;
    only a curated license named in the text that has no reference text of its own,
    or whose reference is this very text (a duplicate: the title says which), does.
    """
    if ctx.idx is None or not ctx.has_text:
        return None
    sim_tokens, _ = ctx.similarity_view
    digest = text_hash(sim_tokens)
    ref = ctx.idx.exact.get(digest)
    if ref is None:
        return None
    key = ctx.idx.keys[ref]
    lid = ctx.kb.by_scancode.get(key, f"LicenseRef-scancode-{key}")
    titles = {h.license_id for h in ctx.strong} - {lid}
    for other in titles:
        rec = ctx.kb.records.get(other)
        if rec is None or not rec.curated:
            continue
        other_ref = ref_number(ctx.idx, rec.scancode_key) if rec.scancode_key else None
        if other_ref is None or _same_text(ctx, sim_tokens, ref, other_ref, digest):
            return None
    return TextMatch(Leaf(lid), "exact", 1.0, hits=ctx.hits)


def _same_text(ctx: MatchContext, sim_tokens: list[str], ref: int, other: int, digest: str) -> bool:
    """Reference ``other``'s normalised text is the text, which is reference ``ref``'s
    (the same bigrams, then the same words)."""
    assert ctx.idx is not None
    if ctx.idx.sizes[other] != ctx.idx.sizes[ref]:
        return False
    dice, unmatched = dice_with(ctx.idx, sim_tokens, other)
    return dice >= 1.0 and unmatched == 0 and reference_hash(ctx.idx.keys[other]) == digest
