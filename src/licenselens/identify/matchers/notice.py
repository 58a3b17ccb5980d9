"""Short notices that name a license: "released under the MIT License"."""

from __future__ import annotations

import re

from ..expression import Expr, Leaf, Node, conjunction
from ..strings import lookup, resolve_notice_name
from .context import MatchContext, TextMatch

_NOTICE = re.compile(
    r"\b(?:licen[cs]ed|released|distributed|available|provided|published|made available)"
    r"\s+under\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    r"([A-Za-z0-9][\w .+/-]{1,80}?)(?=\s*(?:\.(?:\s|$)|[,;:()\[\]\n]|\s+(?:and|or|with|as|for|which|that|see|by|unless)\b|$))",
    re.IGNORECASE,
)
#: "released under MIT AND (Apache-2.0 OR BSD-2-Clause)": an SPDX expression after "under"
_EXPRESSION = re.compile(
    r"\b(?i:licen[cs]ed|released|distributed|available|provided|published)\s+under\s+"
    r"(?:the\s+)?([A-Za-z0-9][A-Za-z0-9.+\-]*(?:\s+(?:AND|OR|WITH)\s+\(*[A-Za-z0-9][\w.+\-]*\)*)+"
    r"|\(+[A-Za-z0-9][\w.+\-() ]*\))"
)
#: "released to the public domain"
_PUBLIC_DOMAIN = re.compile(r"\b(?:released|dedicated|placed|put|given)\s+(?:in|into|to)\s+"
                            r"the\s+public\s+domain\b", re.IGNORECASE)
#: markup around a license name: HTML tags, Markdown emphasis and code
_MARKUP = re.compile(r"<[^<>\n]{1,40}>|[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}")
#: only this much of a text is searched for notices
_NOTICE_WINDOW = 100_000
#: at most this many licenses are taken from notices
_MAX_NOTICES = 5


def short_notice(ctx: MatchContext) -> TextMatch | None:
    """Every license a notice sentence names, ANDed (``matched_by: fingerprint``)."""
    if ctx.own_license or not ctx.has_text:
        return None
    text = _MARKUP.sub("", ctx.text[:_NOTICE_WINDOW])
    found: list[Expr] = []
    for m in _EXPRESSION.finditer(text):
        expr = lookup(m.group(1).strip()).expr
        if isinstance(expr, Node):
            found.append(expr)
    if found:
        return TextMatch(conjunction(found), "fingerprint", 0.8, hits=ctx.hits)
    if _PUBLIC_DOMAIN.search(text):
        pd = lookup("public domain").expr
        if pd is not None:
            found.append(pd)
    for m in _NOTICE.finditer(text):
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
