"""Similarity: word-bigram Dice against every reference text, region by region.

Several licenses in one file are all found (ANDed); an exception that follows
its license becomes ``WITH``, and so does an exception after a notice whose title
or sentence names the license ("... the GNU GPL version 2 ... As a special
exception ...").  A short reference whose text is a passage of a bigger license
found in the file, or named just before it, is part of that license (the GPL
notice's warranty sentence is a license of its own too).  A record title found
in a matched region overrides a near neighbour (Llama 3.2 resembles Llama 2, but
says "Llama 3.2"); a look-alike headed with another license's name is left to the
clause reader, with a warning.
"""

from __future__ import annotations

import re

from ...knowledge.records import Record
from ...knowledge.refindex import ref_number
from ...normalise import TokenizedText, normalise_phrase, tokens
from ..expression import Leaf, conjunction
from ..phrases import PhraseHit
from ..similarity import find_licenses, passage_share
from .context import MatchContext, TextMatch
from .notice import mentioned

#: a similarity match below this region Dice is not reported (nothing rather than a guess)
ACCEPT_DICE = 0.78
#: above this, a region is taken as is even if another record's title appears in it
NEAR_EXACT = 0.995
#: below this, a similarity match is reported with a warning that it may be a variant
VARIANT_DICE = 0.93
#: tokens before a region where its title may stand
TITLE_LOOKBACK = 60
#: tokens before an exception's region where a notice may name its license
NOTICE_LOOKBACK = 120
#: a reference with this share of its bigrams in another's text, at most 1/PASSAGE_RATIO of
#: its size, is a passage of that other license
PASSAGE_SHARE = 0.9
PASSAGE_RATIO = 2

_TITLE_WORDS = re.compile(r"(?i)\b(licen[cs]e|agreement|terms)\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def regions(ctx: MatchContext) -> TextMatch | None:
    """Every region of the text that matches a reference (``matched_by: similarity``,
    or ``fingerprint`` where a title decided)."""
    if ctx.idx is None or not ctx.has_text:
        return None
    kb, doc = ctx.kb, ctx.doc
    sim_tokens, kept = ctx.similarity_view
    strong = ctx.strong
    found: list[Leaf] = []
    covered: list[tuple[int, int]] = []  # the token ranges of the regions taken
    best_conf = 0.0
    matched_by = "similarity"
    matches, _whole = find_licenses(ctx.idx, sim_tokens, kb.priority)
    for m in matches:
        lid = kb.by_scancode.get(m.key, f"LicenseRef-scancode-{m.key}")
        start = kept[m.start_token] if m.start_token < len(kept) else len(doc.tokens)
        end = kept[m.end_token - 1] + 1 if 0 < m.end_token <= len(kept) else len(doc.tokens)
        near = [h for h in strong if start - TITLE_LOOKBACK <= h.token < end]
        own = any(h.license_id == lid for h in near)
        # a license's title beside an exception names what the exception is to
        others = [h for h in near if h.license_id != lid and kb.records[h.license_id].curated
                  and kb.records[h.license_id].is_exception == m.is_exception]
        chosen, conf, how = lid, m.dice, "similarity"
        host = None if own else _host(ctx, m.ref, found, [h for h in near if h.token < start])
        if host is None and not own and not m.is_exception:
            said = _notice_before(ctx, start, covered)
            host = _host(ctx, m.ref, [Leaf(said[0])], []) if said is not None else None
        if host is not None and any(f.license_id == host for f in found):
            covered.append((start, end))  # a passage of a license already found
            continue
        if host is not None:
            chosen, conf, how = host, max(0.9, m.dice), "fingerprint"
        elif others and not own and m.dice < NEAR_EXACT:
            chosen, conf, how = others[0].license_id, max(0.9, m.dice), "fingerprint"
        elif m.dice < ACCEPT_DICE and not own:
            continue
        elif not own and m.dice < NEAR_EXACT:
            title = _title_line(doc, start)
            if title and _names_another_license(kb.records.get(lid), title):
                ctx.warnings.append(
                    f"the text resembles {lid} (similarity {m.dice:.2f}) but is titled "
                    f"{title!r}: read as a license of its own"
                )
                ctx.own_license = True
                continue
        if how == "similarity" and conf < VARIANT_DICE:
            ctx.warnings.append(
                f"the text differs from the reference text of {chosen} "
                f"(similarity {conf:.2f}): a variant or another version of it?"
            )
        if m.is_exception and found and found[-1].exception is None and not (
            _is_exception(ctx, found[-1].license_id)
        ):  # an exception is to a license, not to another exception
            found[-1] = Leaf(found[-1].license_id, chosen, found[-1].found_at)
        elif m.is_exception and (named := _named_before(ctx, start, covered)) is not None:
            found.append(Leaf(named[0], chosen, named[1]))
        else:
            found.append(Leaf(chosen, None, start))
        covered.append((start, end))
        best_conf = max(best_conf, conf)
        if how == "fingerprint":
            matched_by = "fingerprint"
    if not found:
        return None
    return TextMatch(conjunction(found), matched_by, round(min(1.0, best_conf), 4),
                     list(ctx.warnings), hits=ctx.hits)


def _is_exception(ctx: MatchContext, lid: str) -> bool:
    rec = ctx.kb.records.get(lid)
    return rec is not None and rec.is_exception


def _ref_of(ctx: MatchContext, lid: str) -> int | None:
    rec = ctx.kb.records.get(lid)
    key = rec.scancode_key if rec is not None else None
    return ref_number(ctx.idx, key) if key and ctx.idx is not None else None


def _host(ctx: MatchContext, ref: int, found: list[Leaf], near: list[PhraseHit]) -> str | None:
    """The license whose reference text holds the matched reference as a passage: one
    already found in the text, or one a title names just before the region, outside it
    (a GPL notice whose warranty sentence is also a short license of its own).  The
    bigger license is what the text says; the passage is part of it."""
    assert ctx.idx is not None
    size = int(ctx.idx.sizes[ref])
    for lid in dict.fromkeys([f.license_id for f in found] + [h.license_id for h in near]):
        other = _ref_of(ctx, lid)
        if other is None or other == ref or ctx.idx.is_exception[other]:
            continue
        if size * PASSAGE_RATIO <= ctx.idx.sizes[other] and (
            passage_share(ctx.idx, ref, other) >= PASSAGE_SHARE
        ):
            return lid
    return None


def _named_before(ctx: MatchContext, start: int, covered: list[tuple[int, int]]
                  ) -> tuple[str, int] | None:
    """The license (and where) a title or a notice names just before an exception's
    region, outside the regions already taken ("... under the GNU GPL version 2 ...
    As a special exception ..."): the exception is to that license."""
    lo = max([hi for _lo, hi in covered if hi <= start] + [max(0, start - NOTICE_LOOKBACK)])
    for h in reversed(ctx.strong):
        if not max(lo, start - TITLE_LOOKBACK) <= h.token < start:
            continue
        if _is_exception(ctx, h.license_id) or any(a <= h.token < b for a, b in covered):
            continue
        return h.license_id, h.token
    return _notice_before(ctx, start, covered)


def _notice_before(ctx: MatchContext, start: int, covered: list[tuple[int, int]]
                   ) -> tuple[str, int] | None:
    """The one license a notice sentence names just before a region, outside the regions
    already taken."""
    lo = max([hi for _lo, hi in covered if hi <= start] + [max(0, start - NOTICE_LOOKBACK)])
    doc = ctx.doc
    if start <= lo or start > len(doc.starts):
        return None
    end_char = doc.starts[start] if start < len(doc.starts) else len(doc.text)
    said = mentioned(ctx.kb, doc.text[doc.starts[lo] : end_char])
    rec = ctx.kb.records.get(said.license_id) if isinstance(said, Leaf) else None
    if rec is None or rec.is_exception or said.exception is not None:
        return None
    return rec.id, lo


def _title_line(doc: TokenizedText, start_token: int) -> str | None:
    """The heading of the text or of the region that starts at ``start_token``, if any."""
    lo = doc.starts[max(0, start_token - TITLE_LOOKBACK)] if doc.tokens else 0
    if start_token < TITLE_LOOKBACK:
        lo = 0
    for line in doc.text[lo : lo + 2000].splitlines()[:6]:
        line = line.strip().strip("#*=_- \t")
        if not line:
            continue
        if len(line.split()) <= 15 and _TITLE_WORDS.search(line):
            return line
        return None
    return None


def _names_another_license(rec: Record | None, title: str) -> bool:
    """True when a heading clearly names a license other than the record."""
    if rec is None or not rec.curated:
        return False
    norm = " ".join(tokens(title))
    if any(p in norm for p in rec.title_phrases) or normalise_phrase(rec.name) in norm:
        return False
    numbers = set(_NUMBER.findall(title))
    if rec.version and numbers and rec.version not in numbers:
        return True
    if rec.kind == "model":
        first = normalise_phrase(rec.name).split()[0] if rec.name else ""
        return bool(first) and first not in norm.split()
    return False
