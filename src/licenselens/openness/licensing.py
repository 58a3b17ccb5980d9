"""The license component, rated by licenselens itself (never typed into a profile).

The profile's ``license`` is read with the public API: ``licenselens.identify``
for an id or expression, ``licenselens.classify`` for a license file.  The tier
becomes the rating (open 1, semi-open 0.5, closed 0, rubric.md §2); a tier of
``unknown`` leaves the component unrated (n/a) with a warning: we never guess.

>>> reading = read_license(LicenseSpec("id", "MIT"), "<doc>")
>>> reading.rating.rating, reading.license_id
('open', 'MIT')
>>> read_license(LicenseSpec("id", "cc-by-nc-4.0"), "<doc>").rating.value
0.5
>>> unread = read_license(LicenseSpec("id", "no-such-license-xyz"), "<doc>")
>>> unread.rating.rating, bool(unread.warnings)
('n/a', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import api
from ..errors import LicenselensError
from ..results import Result
from .errors import ProfileError
from .framework import TIER_RATINGS
from .profile import LicenseSpec, Rating


@dataclass
class LicenseReading:
    """What licenselens read for the license component, and the rating it gives."""

    origin: str  # "identifier", "file" or "none"
    input: str | None
    rating: Rating
    tier: str
    license_id: str | None = None
    expression: str | None = None
    license_name: str | None = None
    matched_by: str = "none"
    warnings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """A short name for tables: the expression or id, the name for a LicenseRef."""
        if self.license_name and (self.license_id or "").startswith("LicenseRef-") and (
                self.expression in (None, self.license_id)):
            return self.license_name
        return self.expression or self.license_id or self.input or "no license"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``from`` says where the rating came from)."""
        return {"from": self.origin, "input": self.input, "id": self.license_id,
                "name": self.license_name,
                "expression": self.expression, "tier": self.tier,
                "matched_by": self.matched_by, "rating": self.rating.rating,
                "value": self.rating.value, "source": self.rating.source,
                "note": self.rating.note, "warnings": list(self.warnings)}


@lru_cache(maxsize=512)
def identify_cached(text: str) -> Result:
    """``licenselens.identify`` with a cache (profiles repeat the same ids)."""
    return api.identify(text)


def tier_rating(tier: str) -> str | None:
    """The component rating a license tier gives (``None`` for ``unknown``)."""
    return TIER_RATINGS.get(tier)


def reading_from_result(result: Result, origin: str, what: str,
                        source: str = "", note: str = "") -> LicenseReading:
    """Turn a licenselens result into the license component's rating."""
    warnings = [f"license {what!r}: {w}" for w in result.warnings]
    word = tier_rating(result.tier)
    name = result.expression or (result.license.id if result.license else None)
    if word is None:
        warnings.append(f"license {what!r}: licenselens could not read it (tier unknown); "
                        "the license component is left unrated (n/a)")
        told = "licenselens could not read it: unrated"
        word = "n/a"
    else:
        told = f"licenselens read {name or what} as {result.tier} (matched by {result.matched_by})"
    full_note = f"{told}; {note}" if note else told
    return LicenseReading(origin=origin, input=what, rating=Rating(word, source, full_note),
                          tier=result.tier,
                          license_id=result.license.id if result.license else None,
                          expression=result.expression, matched_by=result.matched_by,
                          license_name=result.license.name if result.license else None,
                          warnings=warnings)


def read_license(spec: LicenseSpec, source: str) -> LicenseReading:
    """Rate the license component of a profile read from ``source``."""
    if spec.kind == "none":
        note = "the profile says there is no license: all rights reserved (closed)"
        return LicenseReading("none", None, Rating("closed", spec.source,
                                                   f"{note}; {spec.note}" if spec.note else note),
                              tier="closed")
    if spec.kind == "file":
        assert spec.path is not None
        if not spec.path.is_file():
            raise ProfileError(source, "license.file", f"{spec.value!r}: no such file "
                               f"({spec.path})")
        try:
            result = api.classify(spec.path)
        except LicenselensError as exc:
            raise ProfileError(source, "license.file", f"{spec.value!r}: {exc}") from exc
        return reading_from_result(result, "file", str(spec.value), spec.source, spec.note)
    return reading_from_result(identify_cached(str(spec.value)), "identifier",
                               str(spec.value), spec.source, spec.note)
