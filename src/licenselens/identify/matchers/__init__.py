"""The matchers of :func:`licenselens.identify.text.identify_text`, cheapest first.

Each matcher is a function ``(ctx: MatchContext) -> TextMatch | None``; the
first that returns a match decides.  :data:`MATCHERS` is the order:

1. :func:`.tags.spdx_tags` -- ``SPDX-License-Identifier:`` tags (identifier);
2. :func:`.exact.exact_text` -- the normalised text's hash among the references (exact);
3. :func:`.titles.confirmed_title` -- a record title, confirmed against that one
   reference, or heading a text newer than the reference data;
4. :func:`.similarity.regions` -- word-bigram Dice region by region, so several
   licenses in one file are all found (similarity);
5. :func:`.notice.notice_in_short_text` -- in a short text, "released under the X License",
   "dual-licensed under X or Y", a license's address;
6. :func:`.titles.phrases_only` -- record titles or identifying phrases alone (fingerprint);
7. :func:`.notice.notice_in_long_text` -- notices in a long text no title named.

A new way to recognise text is a module here plus one entry in :data:`MATCHERS`.
"""

from __future__ import annotations

from collections.abc import Callable

from .context import MatchContext, TextMatch
from .exact import exact_text
from .notice import notice_in_long_text, notice_in_short_text
from .similarity import regions
from .tags import spdx_tags
from .titles import confirmed_title, phrases_only

Matcher = Callable[[MatchContext], "TextMatch | None"]

#: the matchers in the order they are tried (cheapest and most certain first)
MATCHERS: tuple[Matcher, ...] = (
    spdx_tags, exact_text, confirmed_title, regions, notice_in_short_text, phrases_only,
    notice_in_long_text,
)

__all__ = ["MATCHERS", "MatchContext", "Matcher", "TextMatch"]
