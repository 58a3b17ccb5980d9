"""Strings in, Results out: a license text (:func:`classify_text`) or an
identifier, name, hub id, trove classifier or SPDX expression (:func:`identify`).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ArgumentError
from ..identify.expression import Leaf, Node
from ..identify.matchers.tags import without_tag_lines
from ..identify.strings import lookup
from ..identify.text import identify_text
from ..judge.evaluate import no_license_result, result_from_clauses, result_from_expression
from ..judge.policy import Policy
from ..normalise import TokenizedText
from ..results import DIMENSIONS, SEVERITY, Result, clip
from . import memostore
from .memo import TextMemo

#: texts longer than this are read only up to it (characters)
MAX_TEXT_CHARS = 5_000_000
#: an identifier longer than this is shown cut (as ``input`` and in warnings)
MAX_SHOWN_CHARS = 120


def classify_text(
    text: str, *, source: str = "<text>", kind: str = "text", policy: Policy | None = None,
    warnings: list[str] | None = None,
) -> Result:
    """Identify and judge a license text.

    A text that matches no known license is read clause by clause
    (``matched_by: clauses``); one that reads as no license at all is ``unknown``.
    """
    warnings = list(warnings or [])
    if not isinstance(text, str):
        raise ArgumentError(f"classify_text() takes a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        warnings.append(f"text longer than {MAX_TEXT_CHARS} characters: read up to that limit")
    if not text.strip():
        return Result.unknown(source, kind, warnings + ["empty text: no license found"])
    return _memo().classify(text, source, kind, policy, warnings,
                            lambda t, s, w: _judge_text(t, s, kind, policy, w))


#: texts judged in this process (see :mod:`.memo`)
_MEMO = TextMemo()


def _memo() -> TextMemo:
    """The process's memo, with the store of earlier runs when ``LICENSELENS_MEMO`` asks."""
    if _MEMO.store is None and memostore.enabled():
        _MEMO.store = memostore.MemoStore()
    return _MEMO


def share_memo(folder: str | None) -> None:
    """Make this process's memo one that processes of the same run share (pool workers):
    each writes what it judges into ``folder`` and reads what the others wrote before
    judging a text itself.  With ``LICENSELENS_MEMO`` the store kept across runs is
    shared instead."""
    if memostore.enabled():
        _MEMO.store = memostore.MemoStore(shared=True)
    elif folder is not None:
        _MEMO.store = memostore.MemoStore(Path(folder), shared=True)


def _judge_text(text: str, source: str, kind: str, policy: Policy | None,
                warnings: list[str]) -> Result:
    """Identify and judge a non-empty text (:func:`classify_text` without the memo)."""
    doc = TokenizedText.of(text)
    match = identify_text(text, doc)
    warnings.extend(match.warnings)
    if match.expr is None:
        return result_from_clauses(without_tag_lines(text), source=source, kind=kind,
                                   policy=policy, warnings=warnings)
    result = result_from_expression(
        match.expr, source=source, kind=kind, matched_by=match.matched_by,
        confidence=match.confidence, doc=doc, policy=policy, warnings=warnings,
    )
    if match.unconfirmed_tag:
        read = result_from_clauses(without_tag_lines(text), source=source, kind=kind, policy=policy,
                                   warnings=list(warnings))
        if read.tier != "unknown" and _restricts_more(read, result):
            read.warnings.append(f"the SPDX-License-Identifier tag says {result.expression}, "
                                 "but the text's own terms restrict more: the text is judged")
            return read
    return result


def _restricts_more(a: Result, b: Result) -> bool:
    """True when ``a`` has a dimension whose known verdict is more severe than ``b``'s."""
    return any(a.restrictions[d].verdict != "unknown"
               and SEVERITY[a.restrictions[d].verdict] > SEVERITY[b.restrictions[d].verdict]
               for d in DIMENSIONS)


def identify(
    query: str, *, policy: Policy | None = None, source: str | None = None,
    kind: str | None = None,
) -> Result:
    """Identify a license id, name, hub id, trove classifier or SPDX expression."""
    if not isinstance(query, str):
        raise ArgumentError(f"identify() takes a str, not {type(query).__name__}")
    m = lookup(query)
    src = query if source is None else source
    if len(src) > MAX_SHOWN_CHARS:  # a huge identifier is never echoed whole
        src = f"{clip(src, MAX_SHOWN_CHARS)} ({len(query)} characters)"
        m.warnings = [clip(w, 2 * MAX_SHOWN_CHARS) for w in m.warnings]
    if m.no_license:
        return no_license_result(src, kind or "identifier", "no license: all rights reserved",
                                 policy=policy, warnings=m.warnings, matched_by="identifier")
    if m.expr is None:
        return Result.unknown(src, kind or "identifier", m.warnings)
    k = kind or ("expression" if isinstance(m.expr, Node) or (
        isinstance(m.expr, Leaf) and m.expr.exception) else "identifier")
    return result_from_expression(
        m.expr, source=src, kind=k, matched_by="identifier", confidence=1.0, policy=policy,
        warnings=m.warnings,
    )
