"""Variants: a known license with clauses added or rewritten is read, not assumed.

When a text matches a license's reference text but holds stretches the
reference does not have (:func:`licenselens.identify.similarity.novel_spans`),
the clauses around those stretches are read with the clause rules.  A
restriction they add that is more severe than the record's verdict changes
that verdict (with the added clause as evidence, ``source: text``), and the
license is reported as ``LicenseRef-licenselens-variant-of-<id>``: it is no
longer the license it resembles (docs/identification.md, "Variants").
"""

from __future__ import annotations

import re

from ..identify.expression import Leaf
from ..identify.similarity import novel_spans
from ..knowledge.refindex import RefIndex
from ..normalise import TokenizedText
from ..results import SEVERITY, Evidence, LicenseRef, Verdict, clip
from .clauses import segment
from .clauses.matching import rule_hits
from .clauses.rules import EFFECTS

VARIANT_PREFIX = "LicenseRef-licenselens-variant-of-"
#: a stretch of at least this many bigrams the reference text lacks is read as added
#: ("but not to distribute" inside a rewritten grant is two)
MIN_NOVEL_RUN = 2
#: how much a variant's confidence is lowered
VARIANT_PENALTY = 0.15


def variant_id(license_id: str) -> str:
    """The id reported for a modified version of ``license_id``.

    >>> variant_id("MIT"), variant_id("LicenseRef-scancode-llama-2-license-2023")
    ('LicenseRef-licenselens-variant-of-MIT', 'LicenseRef-licenselens-variant-of-scancode-llama-2-license-2023')
    """
    base = license_id.removeprefix("LicenseRef-")
    return VARIANT_PREFIX + re.sub(r"[^A-Za-z0-9.-]", "-", base)


def read_additions(
    leaf: Leaf, scancode_key: str, doc: TokenizedText, idx: RefIndex,
    restrictions: dict[str, Verdict], warnings: list[str],
) -> bool:
    """Read the clauses the text adds to a license's reference text; tighten
    ``restrictions`` in place where they restrict more.  True when a verdict changed."""
    toks, kept = doc.similarity_view()
    spans = novel_spans(idx, toks, scancode_key, min_run=MIN_NOVEL_RUN)
    if not spans:
        return False
    char_spans = [(doc.starts[kept[lo]], doc.ends[kept[min(hi, len(kept)) - 1]])
                  for lo, hi in spans]
    changed = False
    for clause in segment(doc.text):
        if not any(lo < clause.end and clause.start < hi for lo, hi in char_spans):
            continue
        for hit in rule_hits(clause):
            for dim, verdict in EFFECTS.get(hit.label, ()):
                if SEVERITY[verdict] <= SEVERITY[restrictions[dim].verdict]:
                    continue
                quote = doc.text[clause.start:clause.end]
                restrictions[dim] = Verdict(verdict, [Evidence(
                    clip(quote, 300), clause.start, clause.end, "text", hit.reason)],
                    f"a clause not in {leaf.license_id}: {hit.reason}")
                warnings.append(
                    f"the text adds to {leaf.license_id} a clause that makes {dim} {verdict}: "
                    f"\"{clip(quote, 120)}\" [{clause.start}:{clause.end}]; reported as "
                    f"{variant_id(leaf.license_id)}")
                changed = True
    return changed


def variant_ref(ref: LicenseRef) -> LicenseRef:
    """The license reference of a variant of ``ref``."""
    return LicenseRef(variant_id(ref.id), f"variant of {ref.name}")
