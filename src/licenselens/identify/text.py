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
from .expression import render
from .matchers import MATCHERS, MatchContext, TextMatch
from .matchers.qualifiers import qualify
from .matchers.tags import TAG_ONLY_TOKENS, spdx_tags, text_beside_tags

__all__ = ["TextMatch", "identify_text"]


def identify_text(text: str, doc: TokenizedText | None = None) -> TextMatch:
    """Identify the license(s) in a text: the first matcher that finds any decides.

    An ``SPDX-License-Identifier`` tag decides alone only when the text beside it
    is short; otherwise the text is read too, and where it reads as another
    license, the text wins, with a warning.
    """
    ctx = MatchContext(text, doc or TokenizedText.of(text), knowledge_base(), reference_index())
    tagged = spdx_tags(ctx)
    if tagged is not None and text_beside_tags(ctx) <= TAG_ONLY_TOKENS:
        return tagged
    if tagged is not None and tagged.expr is None:  # unrecognised tags: read the text
        ctx.warnings.extend(tagged.warnings)
        tagged = None
    for matcher in MATCHERS:
        if matcher is spdx_tags:
            continue
        match = matcher(ctx)
        if match is not None:
            match = qualify(ctx, match)
            return _against_tag(match, tagged) if tagged is not None else match
    if tagged is not None:
        tagged.unconfirmed_tag = True
        return tagged
    if not ctx.has_text:
        return TextMatch(None)
    return TextMatch(None, warnings=list(ctx.warnings), hits=ctx.hits)


def _against_tag(found: TextMatch, tagged: TextMatch) -> TextMatch:
    """The tag when the text agrees with it; else the text's reading, with a warning."""
    assert tagged.expr is not None and found.expr is not None
    said, read = render(tagged.expr), render(found.expr)
    if said == read:
        return tagged
    found.warnings.append(f"the SPDX-License-Identifier tag says {said}, but the text reads "
                          f"as {read}: the text is judged")
    return found
