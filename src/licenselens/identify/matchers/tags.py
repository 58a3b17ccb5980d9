"""``SPDX-License-Identifier:`` tags: the file says its license."""

from __future__ import annotations

import re

from ..expression import Expr, conjunction
from ..strings import lookup
from .context import MatchContext, TextMatch

#: a tag in any case; its value is what SPDX expressions are made of (a comment closer
#: or anything else after it is not part of it)
_SPDX_TAG = re.compile(r"SPDX-License-Identifier:[ \t]*([A-Za-z0-9.+\-:() \t]{1,300})",
                       re.IGNORECASE)
#: only this much of a text is searched for tags
_TAG_WINDOW = 200_000


def spdx_tags(ctx: MatchContext) -> TextMatch | None:
    """Every tag in the text, ANDed (``matched_by: identifier``)."""
    tags = _SPDX_TAG.findall(ctx.text[:_TAG_WINDOW])
    if not tags:
        return None
    found: list[Expr] = []
    warnings: list[str] = []
    for tag in tags:
        value = tag.strip().rstrip("*/ -:").strip()
        if not value:
            continue
        m = lookup(value)
        warnings.extend(m.warnings)
        if m.expr is not None:
            found.append(m.expr)
    if not found:
        return None
    expr = found[0] if len(found) == 1 else conjunction(found)
    return TextMatch(expr, "identifier", 0.99, warnings)
