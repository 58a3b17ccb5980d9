"""Verdicts of a recognised license, from its record, with the clause located
in the input text where it can be found.

A license without a curated record gets the defaults of its ScanCode
category (Permissive, Copyleft, Source-available, ...), and says so.
"""

from __future__ import annotations

from ..knowledge.records import CATEGORY_DEFAULTS, Record
from ..normalise import TokenizedText
from ..results import DIMENSIONS, Evidence, Verdict

_MAX_CLAUSE = 400


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to its sentence (bounded), for readable evidence."""
    lo = max(0, start - _MAX_CLAUSE // 2)
    head = text[lo:start]
    cut = max(head.rfind(". "), head.rfind(".\n"), head.rfind("\n\n"), head.rfind(";"),
              head.rfind(":\n"))
    if cut >= 0:
        s = lo + cut + 1
    else:  # no boundary in reach: start at a word boundary
        space = head.find(" ")
        s = lo + space + 1 if lo > 0 and space >= 0 else lo
    while s < start and text[s] in " \t\r\n.;:":
        s += 1
    hi = min(len(text), end + _MAX_CLAUSE // 2)
    tail = text[end:hi]
    stops = [i for i in (tail.find(". "), tail.find(".\n"), tail.find("\n\n"), tail.find(";"))
             if i >= 0]
    e = end + (min(stops) + 1 if stops else len(tail))
    return s, e


def record_restrictions(
    record: Record, doc: TokenizedText | None = None
) -> tuple[dict[str, Verdict], list[str]]:
    """The four verdicts of a record, evidence located in ``doc`` when given."""
    warnings: list[str] = []
    out: dict[str, Verdict] = {}
    if record.has_verdicts:
        for dim in DIMENSIONS:
            rv = record.verdicts[dim]
            evidence: list[Evidence] = []
            if rv.verdict != "free":
                span = None
                if doc is not None:
                    for clause in rv.clauses:
                        span = doc.find(clause)
                        if span:
                            break
                if span is not None and doc is not None:
                    s, e = sentence_span(doc.text, span[0], span[1])
                    evidence.append(Evidence(doc.text[s:e].strip(), s, s + len(doc.text[s:e].strip()),
                                             "record", rv.reason))
                else:
                    label = rv.labels[0] if rv.labels else rv.reason
                    evidence.append(Evidence(label or rv.verdict, 0, 0, "record", rv.reason))
            out[dim] = Verdict(rv.verdict, evidence, rv.reason)
        return out, warnings
    defaults = CATEGORY_DEFAULTS.get(record.category)
    if defaults is None:
        if record.osi_approved:
            defaults = ("free", "free", "free", "free")
            why = "OSI-approved license without a curated record: read as permissive"
        else:
            return {}, [f"{record.id}: no verdicts are known for this license"]
    else:
        why = f"verdicts by ScanCode category '{record.category}' (no curated record)"
    warnings.append(f"{record.id}: {why}")
    for dim, verdict in zip(DIMENSIONS, defaults, strict=True):
        evidence = [] if verdict == "free" else [Evidence(why, 0, 0, "record", why)]
        out[dim] = Verdict(verdict, evidence, why)
    return out, warnings


def no_license_restrictions(reason: str) -> dict[str, Verdict]:
    """All rights reserved: prohibited on every dimension."""
    return {
        dim: Verdict("prohibited", [Evidence(reason, 0, 0, "record", reason)], reason)
        for dim in DIMENSIONS
    }
