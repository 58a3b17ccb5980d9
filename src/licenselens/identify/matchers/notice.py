"""Short notices that name licenses, and license addresses.

* "released under the MIT License", "Licensed under MIT AND (Apache-2.0 OR
  BSD-2-Clause)" (an SPDX expression in prose), "dual-licensed under the GNU
  AGPL 3.0 or a commercial license" (``OR``), "the code is under MIT; the
  weights under CC BY-NC 4.0" (two statements: ``AND``);
* an address of a license's text or deed (``creativecommons.org/publicdomain/zero/1.0``);
* "released to the public domain".

HTML and Markdown emphasis around the names are ignored.  The same reading
runs on the part of a file that no reference text covered (a README that holds
one license's text and names another for some files).
"""

from __future__ import annotations

import re

from ... import lazyre
from ...knowledge.records import KnowledgeBase
from ..expression import Expr, Leaf, Node, conjunction
from ..strings import lookup, resolve_notice_name
from ..urls import URL_RE, license_from_url
from .context import MatchContext, TextMatch
from .titles import FULL_TEXT_TOKENS

#: the rest of a sentence: no line break, and a full stop only inside a version number
_TAIL = r"(?P<tail>(?:[^\n.;:!?]|(?<=\d)\.(?=\d)){2,200}?)(?=\s*(?:[.;:!?](?:\s|$)|\n|$))"
_STATEMENT = lazyre.compile(
    r"\b(?:dual[- ]licen[cs]ed|(?:re-?)?licen[cs]ed|released|distributed|available|provided"
    r"|published|made available|covered|governed)"
    r"(?:\s+to\s+you)?(?:\s+(?:under|by|with))?\s*(?::\s*|\s+)(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    + _TAIL,
    re.IGNORECASE,
)
#: a second statement in the same sentence: "...; the model weights under CC BY-NC 4.0"
_UNDER = lazyre.compile(r"(?:;|\b(?:while|whereas))\s*(?:the\s+)?(?:[\w-]+\s+){0,4}?under\s+"
                    r"(?:the\s+)?" + _TAIL, re.IGNORECASE)
#: a tail that goes on past a line break inside its sentence (a wrapped notice)
_WRAPPED_TAIL = lazyre.compile(
    r"(?:[^\n.;:!?]|\n(?![ \t]*\n)|(?<=\d)\.(?=\d)){2,200}?"
    r"(?=\s*(?:[.;:!?](?:\s|$)|\n[ \t]*\n|$))")
#: the GNU licenses' own notice: "... modify it under the terms of the GNU General Public
#: License as published by the Free Software Foundation; either version 2 of the License,
#: or (at your option) any later version" (the version may be left out: any version)
_GNU_GRANT = lazyre.compile(
    r"\bmodify\s+it\s+under\s+the\s+terms\s+of\s+the\s+(?P<name>[^.;:!?<>]{3,80}?)\s+as\s+"
    r"published\s+by\s+the\s+free\s+software\s+foundation(?:\s*[,;]?\s*(?:either\s+)?"
    r"(?P<version>version\s+\d+(?:\.\d+)?)(?:\s+of\s+the\s+licen[cs]e)?(?P<later>\s*,?\s*or\s+"
    r"(?:\(at\s+your\s+option\)\s+)?any\s+later\s+version)?)?", re.IGNORECASE)
_PUBLIC_DOMAIN = lazyre.compile(
    r"\b(?:released|dedicated|placed|put|is)\s+(?:in|into|to)\s+the\s+public\s+domain\b",
    re.IGNORECASE)
_MARKUP = lazyre.compile(r"<[^<>\n]{1,60}>|[*_`]+")
#: the words of a statement's tail that are not part of a license name
_TRAILER = lazyre.compile(
    r"(?i)\s*(?:,?\s*at your (?:option|choice)|,?\s*(?:see|as|for|which|that|by|unless|except|from)\b.*"
    r"|\s*\((?:the|hereinafter)\b.*|\s+licen[cs]es?$|\s+terms$)$")
#: "or" between names is a choice, but not in "version 3 or (at your option) any later version"
_SPLIT_OR = lazyre.compile(
    r"(?i)\s*,?\s+\bor\b(?!\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later\b)\s+|\s*/\s*")
#: "or (at your option) any later version" at the end of a name: "or later"
_ANY_LATER = lazyre.compile(r"(?i),?\s+or\s+(?:\(at\s+your\s+option\)\s+)?any\s+later(?:\s+version)?$")
#: an abbreviation in brackets inside a name: "GNU General Public License (GPL) version 2"
_ABBREVIATION = lazyre.compile(r"\s*\([A-Za-z][A-Za-z0-9.+-]{1,11}\)(?=\s*,?\s*\S)")
_SPLIT_AND = lazyre.compile(r"(?i)\s*,?\s+\band\b\s+|\s*,(?!\s*(?:version\b|v\d))\s*")
#: only this much of a text is searched
NOTICE_WINDOW = 100_000
#: at most this many licenses are taken from notices
MAX_NOTICES = 6


def notice_in_short_text(ctx: MatchContext) -> TextMatch | None:
    """In a short text, what its notices say comes before titles it mentions."""
    return short_notice(ctx) if len(ctx.doc.tokens) <= FULL_TEXT_TOKENS else None


def notice_in_long_text(ctx: MatchContext) -> TextMatch | None:
    """In a long text, notices are read only when no title named its license."""
    return short_notice(ctx) if len(ctx.doc.tokens) > FULL_TEXT_TOKENS else None


def short_notice(ctx: MatchContext) -> TextMatch | None:
    """Every license a notice, an address or a public-domain statement names
    (``matched_by: fingerprint``)."""
    if ctx.own_license or not ctx.has_text:
        return None
    expr = mentioned(ctx.kb, ctx.text)
    return TextMatch(expr, "fingerprint", 0.8, hits=ctx.hits) if expr is not None else None


def mentioned(kb: KnowledgeBase, text: str) -> Expr | None:
    """The licenses that notices and addresses in ``text`` name, ANDed; None if none."""
    plain = _MARKUP.sub(" ", text[:NOTICE_WINDOW])
    found: list[Expr] = []
    grants = list(_GNU_GRANT.finditer(plain))
    statements = sorted([*grants, *_STATEMENT.finditer(plain), *_UNDER.finditer(plain)],
                        key=lambda m: m.start())
    for m in statements:
        if "name" in m.re.groupindex:
            expr = _read_grant(kb, m)
            if expr is not None and expr not in found:
                found.append(expr)
            continue
        if any(g.start() <= m.start("tail") < g.end() for g in grants):
            continue  # part of a GNU notice, read whole above
        expr = _read_tail(kb, m.group("tail"))
        wrapped = _WRAPPED_TAIL.match(plain, m.start("tail"))
        if wrapped is not None and wrapped.end() > m.end("tail"):
            # the sentence goes on on the next line: read whole, if it names licenses
            expr = _read_tail(kb, wrapped.group(0)) or expr
        if expr is not None and expr not in found:
            found.append(expr)
        if len(found) >= MAX_NOTICES:
            break
    for m in URL_RE.finditer(plain):
        lid = license_from_url(kb, m.group(0))
        if lid and not any(lid in _ids(e) for e in found):
            found.append(Leaf(lid))
    if not found and _PUBLIC_DOMAIN.search(plain):
        pd = kb.by_scancode.get("public-domain")
        if pd:
            found.append(Leaf(pd))
    if not found:
        return None
    return found[0] if len(found) == 1 else Node("AND", found)


def _read_grant(kb: KnowledgeBase, m: re.Match[str]) -> Expr | None:
    """The license a GNU notice names, with its version and "or any later version"."""
    name = " ".join(m.group("name").split())
    if not m.group("version"):
        return _name(kb, name)
    number = m.group("version").split()[-1]
    later = " or later" if m.group("later") else ""
    for form in (f" version {number}", f" v{number}", f" {number}"):
        leaf = _name(kb, name + form + later)
        if leaf is not None:
            return leaf
    return None


def _ids(expr: Expr) -> set[str]:
    if isinstance(expr, Leaf):
        return {expr.license_id}
    return {i for a in expr.args for i in _ids(a)}


def _read_tail(kb: KnowledgeBase, tail: str) -> Expr | None:
    """The license(s) a statement's tail names: an SPDX expression, or names
    joined by "or" (a choice) and "and" (both)."""
    tail = " ".join(tail.split())
    m = lookup(tail, kb)
    if m.expr is not None and not m.warnings and re.search(r"[A-Z0-9]-|\(", tail):
        return m.expr
    tail = _TRAILER.sub("", tail)
    choices: list[Expr] = []
    for alt in _SPLIT_OR.split(tail):
        parts = [_name(kb, p) for p in _SPLIT_AND.split(alt) if p.strip()]
        named = [p for p in parts if p is not None]
        if named and len(named) == len(parts):
            choices.append(named[0] if len(named) == 1 else conjunction(named))
    if not choices:
        return None
    return choices[0] if len(choices) == 1 else Node("OR", choices)


def _name(kb: KnowledgeBase, name: str) -> Leaf | None:
    name = re.sub(r"(?i)^(?:either\s+(?:of\s+)?)?(?:(?:an?|the|its|this|our)\s+)?", "",
                  name.strip(" ,"))
    plain = _ABBREVIATION.sub("", _ANY_LATER.sub(" or later", name)).replace(" ,", ",")
    for cand in dict.fromkeys((name, re.sub(r"(?i)\s+licen[cs]e$", "", name), name + " License",
                               re.sub(r"(?i)^gnu\s+", "", name), plain)):
        lid = resolve_notice_name(kb, cand)
        if lid:
            return Leaf(lid)
    return None
