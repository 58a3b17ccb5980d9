"""A known license without a curated record: its ScanCode category's verdicts,
tightened by what its own reference text says for sure.

A category is a fair default for most of its members, but a text in an open
category can carry a limit its category does not show: a license that asks
that the software "be used for good, not evil" limits the field of use
(rubric §1: a field-of-use limit makes ``use`` restricted).  The reference
text of the license (the LicenseDB snapshot's, kept in the cached reference index) is read with the
clause rules, and only the rules whose reading is unambiguous may tighten a
verdict (:data:`SURE_REASONS`: a moral or field-of-use condition,
non-commercial only, user or revenue thresholds, no training of other
models).  Anything else the reader finds in a reference text is left to the
category: for a known license the reader is not sure enough to overrule it
(a research-only grant, for one, is often one of several grants, as in the
Apple Public Source License 1.x).  An OSI-approved license is never
tightened (the Open Source Definition allows no field-of-use limit), and a
verdict is never loosened.
"""

from __future__ import annotations

from functools import lru_cache

from ..knowledge.records import Record
from ..knowledge.refindex import reference_text
from ..normalise import TokenizedText, normalise_phrase
from ..results import SEVERITY, Evidence, Verdict, clip
from .clauses.matching import rule_hits
from .clauses.rules import EFFECTS
from .clauses.segment import WS, segment
from .verdicts import sentence_span

#: the rule readings (their reasons in :mod:`.clauses.rules`) sure enough to overrule a category
SURE_REASONS = frozenset({
    "use is bound to a moral purpose: a field-of-use limit",
    "non-commercial only",
    "user-count threshold",
    "revenue threshold",
    "outputs may not be used to train or improve other models",
})
#: categories whose defaults the reference text may tighten
REFINED_CATEGORIES = frozenset({"Permissive", "Public Domain", "Copyleft", "Copyleft Limited"})

Limit = tuple[str, str, str, str]  # (dimension, verdict, sentence, reason)


@lru_cache(maxsize=512)
def sure_limits(scancode_key: str) -> tuple[Limit, ...]:
    """The limits the reference text of ``scancode_key`` sets for sure, most severe first."""
    text = reference_text(scancode_key) or ""  # from the cached index: no snapshot read
    out: list[Limit] = []
    for clause in segment(text):
        for hit in rule_hits(clause):
            if hit.reason not in SURE_REASONS:
                continue
            sentence = WS.sub(" ", text[clause.start : clause.end]).strip()
            out.extend((dim, verdict, sentence, hit.reason) for dim, verdict in EFFECTS[hit.label])
    out.sort(key=lambda lim: -SEVERITY[lim[1]])
    return tuple(out)


def _evidence(sentence: str, reason: str, doc: TokenizedText | None) -> Evidence:
    span = doc.find(normalise_phrase(sentence)) if doc is not None else None
    if span is not None and doc is not None:
        s, e = sentence_span(doc.text, span[0], span[1])
        quote = doc.text[s:e].strip()
        return Evidence(clip(quote, 300), s, s + len(quote), "text", reason)
    return Evidence(clip(sentence, 300), 0, 0, "record", reason)


def refine_by_reference(
    record: Record, restrictions: dict[str, Verdict], doc: TokenizedText | None,
    warnings: list[str],
) -> bool:
    """Tighten ``restrictions`` (a category's defaults) in place with the sure limits of the
    license's reference text; True when a verdict changed."""
    if record.curated or record.category not in REFINED_CATEGORIES or not record.scancode_key \
            or record.osi_approved:
        return False
    changed = False
    for dim, verdict, sentence, reason in sure_limits(record.scancode_key):
        if dim not in restrictions or SEVERITY[verdict] <= SEVERITY[restrictions[dim].verdict]:
            continue
        restrictions[dim] = Verdict(verdict, [_evidence(sentence, reason, doc)],
                                    f"the license's own text: {reason}")
        warnings.append(f"{record.id}: its text sets a limit its ScanCode category "
                        f"'{record.category}' does not show: {dim} {verdict} "
                        f"(\"{clip(sentence, 120)}\")")
        changed = True
    red = restrictions.get("redistribute")
    limiting = [restrictions[d] for d in ("use", "commercial")
                if d in restrictions and restrictions[d].verdict in ("restricted", "prohibited")]
    if changed and red is not None and red.verdict == "free" and limiting:
        # the limits travel with the copies (as for a text read clause by clause)
        restrictions["redistribute"] = Verdict(
            "conditional", list(limiting[0].evidence[:1]),
            "recipients are bound by the license's use limits")
    return changed
