"""The plain-text block ``licenselens classify`` prints for one result.

>>> from licenselens.results import Result
>>> print(format_text(Result.unknown("empty.txt", "text", ["empty text"])))
empty.txt: no license recognised
  tier: unknown   OSI-approved: unknown   matched by: none (0.00)
  use          unknown
  modify       unknown
  redistribute unknown
  commercial   unknown
  warning: empty text
"""

from __future__ import annotations

from ..results import DIMENSIONS, Result, clip
from .labels import osi_label

#: how each verdict is printed (limits in capitals, so they stand out)
_SYMBOL = {"free": "free", "conditional": "conditional", "restricted": "RESTRICTED",
           "prohibited": "PROHIBITED", "unknown": "unknown"}
#: evidence quoted in the terminal is cut to this many characters
_EVIDENCE_CHARS = 110


def format_text(r: Result) -> str:
    """A short human-readable block for one result."""
    lic = r.expression or (r.license.id if r.license else "no license recognised")
    name = f" ({r.license.name})" if r.license and r.license.name != r.license.id else ""
    lines = [f"{r.input}: {lic}{name}",
             f"  tier: {r.tier}   OSI-approved: {osi_label(r.osi_approved, short=False)}   "
             f"matched by: {r.matched_by} ({r.confidence:.2f})"]
    for dim in DIMENSIONS:
        v = r.restrictions[dim]
        line = f"  {dim:<13}{_SYMBOL[v.verdict]}"
        if v.evidence and v.verdict != "free":
            ev = v.evidence[0]
            snippet = clip(ev.text, _EVIDENCE_CHARS)
            where = f" [{ev.start}:{ev.end}]" if ev.end else ""
            line += f"  - {v.reason or ''}{' | ' if v.reason else ''}\"{snippet}\"{where}"
        lines.append(line)
    lines.extend(f"  warning: {w}" for w in r.warnings)
    return "\n".join(lines)
