"""Labels every renderer shares: verdict symbols and legend, the license and
input columns, OSI wording, and the clause shown for a result.

>>> from licenselens.results import DIMENSIONS, Result, Verdict
>>> r = Result.unknown("empty.txt", "text", [])
>>> license_label(r), osi_label(r.osi_approved)
('none found', '?')
"""

from __future__ import annotations

from ..results import Result, clip

#: one symbol per verdict, with the legend printed under every report and table
VERDICT_SYMBOLS: dict[str, str] = {
    "free": "\u2713",         # check mark
    "conditional": "\u25d0",  # half-filled circle
    "restricted": "\u25b2",   # triangle
    "prohibited": "\u2717",   # ballot x
    "unknown": "?",
}
_LEGEND_TEXT = {
    "free": "free (at most notice duties)",
    "conditional": "conditional (share-alike, pass-on or naming duties)",
    "restricted": "restricted (limits set by the licensor)",
    "prohibited": "prohibited",
    "unknown": "unknown (nothing could be read)",
}
#: OSI approval in tables (short) and in prose
_OSI_SHORT = {True: "yes", False: "no", None: "?"}
_OSI_LONG = {True: "yes", False: "no", None: "unknown"}


def legend() -> str:
    """The verdict legend as one line of text."""
    return " \u00b7 ".join(f"{VERDICT_SYMBOLS[v]} {_LEGEND_TEXT[v]}" for v in VERDICT_SYMBOLS)


def osi_label(value: bool | None, *, short: bool = True) -> str:
    """``yes``, ``no``, or ``?`` (``unknown`` when not ``short``)."""
    return (_OSI_SHORT if short else _OSI_LONG)[value]


def license_label(r: Result) -> str:
    """The license column: the expression, else the id, else a word for what was found."""
    if r.expression:
        return r.expression
    if r.license:
        return r.license.id
    if r.tier == "unknown":
        return "none found"
    return "custom terms" if r.matched_by == "clauses" else "no license"


def input_label(r: Result) -> str:
    """The input column; a folder's summary row says so."""
    return f"{r.input} (folder summary)" if r.kind == "folder" else r.input


def culprit_line(r: Result, limit: int = 80) -> str:
    """``dimension: clause`` for the clause that limits the result most, or ``""``."""
    dim, ev = r.culprit()
    if dim is None or ev is None or r.kind == "folder":
        return ""
    return f"{dim}: {clip(ev.text, limit)}"
