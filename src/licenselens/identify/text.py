"""Identification of a license text: the matchers of :mod:`.matchers`, in order.

>>> from licenselens.identify.text import identify_text
>>> identify_text("SPDX-License-Identifier: MIT").matched_by
'identifier'

The result is an expression tree (several licenses are ANDed, an exception
following its license becomes ``WITH``) or None when nothing reaches the
confidence threshold; the caller then reads the clauses.
"""

from __future__ import annotations

from ..knowledge.records import knowledge_base
from ..knowledge.refindex import reference_index
from ..normalise import TokenizedText
from .matchers import MATCHERS, MatchContext, TextMatch

__all__ = ["TextMatch", "identify_text"]


def identify_text(text: str, doc: TokenizedText | None = None) -> TextMatch:
    """Identify the license(s) in a text: the first matcher that finds any decides."""
    ctx = MatchContext(text, doc or TokenizedText.of(text), knowledge_base(), reference_index())
    for matcher in MATCHERS:
        match = matcher(ctx)
        if match is not None:
            return match
    if not ctx.has_text:
        return TextMatch(None)
    return TextMatch(None, warnings=list(ctx.warnings), hits=ctx.hits)
