"""Short notices that name a license: "released under the MIT License"."""

from __future__ import annotations

import re

from ..expression import Leaf, conjunction
from ..strings import resolve_notice_name
from .context import MatchContext, TextMatch

_NOTICE = re.compile(
    r"\b(?:licen[cs]ed|released|distributed|available|provided|published|made available)"
    r"\s+under\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    r"([A-Za-z0-9][\w .+/-]{1,80}?)(?=\s*(?:\.(?:\s|$)|[,;:()\[\]\n]|\s+(?:and|or|with|as|for|which|that|see|by|unless)\b|$))",
    re.IGNORECASE,
)
#: only this much of a text is searched for notices
_NOTICE_WINDOW = 100_000
#: at most this many licenses are taken from notices
_MAX_NOTICES = 5


def short_notice(ctx: MatchContext) -> TextMatch | None:
    """Every license a notice sentence names, ANDed (``matched_by: fingerprint``)."""
    if ctx.own_license or not ctx.has_text:
        return None
    found: list[Leaf] = []
    for m in _NOTICE.finditer(ctx.text[:_NOTICE_WINDOW]):
        name = m.group(1).strip()
        for cand in (name, re.sub(r"(?i)\s+licen[cs]e$", "", name), name + " License"):
            lid = resolve_notice_name(ctx.kb, cand)
            if lid:
                found.append(Leaf(lid))
                break
        if len(found) >= _MAX_NOTICES:
            break
    if not found:
        return None
    return TextMatch(conjunction(found), "fingerprint", 0.8, hits=ctx.hits)
