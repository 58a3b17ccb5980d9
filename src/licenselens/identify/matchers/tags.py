"""``SPDX-License-Identifier:`` tags: the file says its license."""

from __future__ import annotations

import re

from ..expression import Leaf, conjunction
from ..strings import lookup
from .context import MatchContext, TextMatch

_SPDX_TAG = re.compile(r"SPDX-License-Identifier:\s*([^\n\r*#]{1,300})")
#: only this much of a text is searched for tags
_TAG_WINDOW = 200_000


def spdx_tags(ctx: MatchContext) -> TextMatch | None:
    """Every tag in the text, ANDed (``matched_by: identifier``)."""
    tags = _SPDX_TAG.findall(ctx.text[:_TAG_WINDOW])
    if not tags:
        return None
    found: list[Leaf] = []
    warnings: list[str] = []
    for tag in tags:
        m = lookup(tag.strip().rstrip("*/ -").strip())
        warnings.extend(m.warnings)
        if m.expr is not None:
            found.append(m.expr)  # type: ignore[arg-type]
    if not found:
        return None
    expr = found[0] if len(found) == 1 else conjunction(found)
    return TextMatch(expr, "identifier", 0.99, warnings)
