"""Exact: the normalised text (copyright lines removed) is a reference text."""

from __future__ import annotations

from ...knowledge.refindex import text_hash
from ..expression import Leaf
from .context import MatchContext, TextMatch


def exact_text(ctx: MatchContext) -> TextMatch | None:
    """The reference whose normalised text hashes the same (``matched_by: exact``),
    unless a curated record's title in the text names another license."""
    if ctx.idx is None or not ctx.has_text:
        return None
    sim_tokens, _ = ctx.similarity_view
    ref = ctx.idx.exact.get(text_hash(sim_tokens))
    if ref is None:
        return None
    key = ctx.idx.keys[ref]
    lid = ctx.kb.by_scancode.get(key, f"LicenseRef-scancode-{key}")
    titles = {h.license_id for h in ctx.strong}
    curated = any(ctx.kb.records[i].curated for i in titles if i in ctx.kb.records)
    if not titles or lid in titles or not curated:
        return TextMatch(Leaf(lid), "exact", 1.0, hits=ctx.hits)
    return None
