"""Notices that qualify the license a matcher found: the GNU FDL's invariant sections.

A document under the GNU FDL says in its notice whether it has Invariant Sections
and Cover Texts: "... with no Invariant Sections, no Front-Cover Texts, and no
Back-Cover Texts", or "... with the Invariant Sections being <their titles> ...".
SPDX names both readings (``GFDL-1.3-invariants-only``,
``GFDL-1.3-no-invariants-or-later``).  The reference texts of these variants have
the same words as the license's (its closing section shows both notices as
examples), so only where the notice stands tells them apart: the notice read
here is the one before the license's first section ("0. Preamble"), and its
"or any later version" decides ``-only`` or ``-or-later``.
"""

from __future__ import annotations

import re

from ..expression import Expr, Leaf, Node
from .context import MatchContext, TextMatch

#: a notice heads the text within this many tokens
HEAD_TOKENS = 300
_FDL_ID = re.compile(r"^GFDL-(\d+\.\d+)(?:-(?:no-)?invariants)?(?:-only|-or-later)?$")
_FDL_NOTICE = re.compile(
    r"\bunder the terms of the gnu free documentation license version (?P<v>\d+\.\d+)"
    r"(?P<rest>(?: \S+){0,80})")
_END = re.compile(r" a copy of the license is included\b.*")


def qualify(ctx: MatchContext, match: TextMatch) -> TextMatch:
    """The match with each GNU FDL leaf read with the text's own notice, if it has one."""
    if match.expr is None or not any(
        _FDL_ID.match(leaf.license_id) for leaf in _leaves(match.expr)
    ):
        return match
    notice = fdl_notice(ctx.doc.tokens)
    if notice is None:
        return match
    version, reading = notice
    match.expr = _replace(match.expr, version, reading, ctx)
    return match


def fdl_notice(toks: list[str]) -> tuple[str, str] | None:
    """(version, SPDX suffix) a GNU FDL notice heading the text states, e.g.
    ("1.3", "no-invariants-or-later"); None without one that speaks of invariant sections."""
    end = min(toks.index("preamble") if "preamble" in toks else len(toks), HEAD_TOKENS)
    m = _FDL_NOTICE.search(" ".join(toks[:end]))
    if m is None:
        return None
    rest = _END.sub("", m.group("rest"))
    if re.search(r"\bno invariant sections\b", rest):
        qualifier = "no-invariants"
    elif re.search(r"\binvariant sections being\b", rest):
        qualifier = "invariants"
    else:
        return None
    later = re.search(r"\bor any later version\b", rest) is not None
    return m.group("v"), f"{qualifier}-{'or-later' if later else 'only'}"


def _leaves(expr: Expr) -> list[Leaf]:
    return [expr] if isinstance(expr, Leaf) else [x for a in expr.args for x in _leaves(a)]


def _replace(expr: Expr, version: str, reading: str, ctx: MatchContext) -> Expr:
    if isinstance(expr, Node):
        return Node(expr.op, [_replace(a, version, reading, ctx) for a in expr.args])
    m = _FDL_ID.match(expr.license_id)
    qualified = f"GFDL-{version}-{reading}"
    if m is None or m.group(1) != version or qualified not in ctx.kb.records:
        return expr
    return Leaf(qualified, expr.exception, expr.found_at)
