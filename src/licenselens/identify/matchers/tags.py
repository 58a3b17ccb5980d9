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
_TAG_LINE = re.compile(r"^.*SPDX-License-Identifier:.*$", re.IGNORECASE | re.MULTILINE)
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
        return TextMatch(None, "none", 0.0, warnings) if warnings else None
    expr = found[0] if len(found) == 1 else conjunction(found)
    return TextMatch(expr, "identifier", 0.99, warnings)


#: a text with more than this many tokens besides its tag lines is read, not only tagged
TAG_ONLY_TOKENS = 40


def without_tag_lines(text: str) -> str:
    """The text with its ``SPDX-License-Identifier`` lines blanked (they name a
    license; they are not its terms).  Offsets into the text are kept."""
    return _TAG_LINE.sub(lambda m: " " * len(m.group(0)), text)


def text_beside_tags(ctx: MatchContext) -> int:
    """How many tokens the text holds outside its ``SPDX-License-Identifier`` lines."""
    return len(without_tag_lines(ctx.text[:_TAG_WINDOW]).split())
