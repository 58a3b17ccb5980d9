"""Scores: area means (n/a left out), weighted totals per scheme, and ranks.

>>> from .profile import example_profile, profile_from_dict
>>> data = example_profile("Demo", "open", license_id="MIT")
>>> data["components"]["data"] = {c: {"rating": "closed", "note": "not released"}
...                               for c in ("pretraining", "finetuning", "rl", "filtering")}
>>> data["components"]["training"]["rl"] = {"rating": "n/a", "note": "no RL stage"}
>>> card = score(profile_from_dict(data))
>>> card.areas
{'basics': 1.0, 'access': 1.0, 'training': 1.0, 'data': 0.0}
>>> card.totals["ours"], card.totals["osd"], card.totals["liu"], card.totals["eiras"]
(3.0, 1.0, 1.0, 0.5)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .framework import AREAS, SCHEMES, Scheme
from .licensing import LicenseReading, read_license
from .loading import load_profile
from .profile import Profile, Rating

#: decimals kept in JSON and used to decide ties
DECIMALS = 4


@dataclass
class Scorecard:
    """A profile with every component rated, its area scores and its totals per scheme."""

    profile: Profile
    license: LicenseReading
    ratings: dict[tuple[str, str], Rating]
    areas: dict[str, float | None]
    totals: dict[str, float]
    warnings: list[str] = field(default_factory=list)

    @property
    def model(self) -> str:
        """The model's name."""
        return self.profile.model

    def to_dict(self, schemes: list[str] | None = None,
                ranks: dict[str, int] | None = None) -> dict[str, Any]:
        """The JSON object of one model (``schemes`` limits the totals reported)."""
        keys = schemes or list(SCHEMES)
        p = self.profile
        d: dict[str, Any] = {
            "input": p.source, "model": p.model, "organisation": p.organisation,
            "country": p.country, "url": p.url,
            "areas": {k: _round(v) for k, v in self.areas.items()},
            "scores": {k: _round(self.totals[k]) for k in keys},
            "license": self.license.to_dict(),
            "components": {a.key: {c: self.ratings[(a.key, c)].to_dict() for c in a.components}
                           for a in AREAS},
            "warnings": list(self.warnings),
        }
        if ranks is not None:
            d["ranks"] = {k: ranks[k] for k in keys if k in ranks}
        if p.mof is not None:
            d["mof_progress"] = p.mof.progress_dict()
            d["mof"] = p.mof.to_dict()
        return d


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def area_scores(ratings: dict[tuple[str, str], Rating]) -> dict[str, float | None]:
    """Each area's mean over its rated components; ``None`` when none is rated."""
    out: dict[str, float | None] = {}
    for a in AREAS:
        values = [r.value for c in a.components
                  if (r := ratings.get((a.key, c))) is not None and r.value is not None]
        out[a.key] = sum(values) / len(values) if values else None
    return out


def weighted_total(areas: dict[str, float | None], scheme: Scheme) -> float:
    """The weighted sum of area scores (an area with no rated component adds 0)."""
    return float(sum(scheme.weight(k) * v for k, v in areas.items() if v is not None))


def score(profile: Profile | str | Path) -> Scorecard:
    """Rate the license with licenselens and score a profile under every scheme.

    ``profile`` is a :class:`Profile` or the path of a profile (ours or MOF).
    """
    if not isinstance(profile, Profile):
        profile = load_profile(profile)
    reading = profile.mof.license if profile.mof is not None else read_license(
        profile.license, profile.source)
    ratings = dict(profile.ratings)
    ratings[("basics", "license")] = reading.rating
    areas = area_scores(ratings)
    warnings = list(profile.warnings) + [w for w in reading.warnings
                                         if w not in profile.warnings]
    for key, value in areas.items():
        if value is None:
            warnings.append(f"area {key!r} has no rated component: it adds 0 to every total")
    totals = {k: weighted_total(areas, s) for k, s in SCHEMES.items()}
    return Scorecard(profile, reading, ratings, areas, totals, warnings)


def rank(cards: list[Scorecard], scheme: str = "ours") -> list[tuple[int, Scorecard]]:
    """``(rank, card)`` best first; equal totals share a rank ("1, 2, 2, 4").

    >>> from .profile import example_profile, profile_from_dict
    >>> cards = [score(profile_from_dict(example_profile(n, r), source=n))
    ...          for n, r in (("A", "closed"), ("B", "open"), ("C", "open"))]
    >>> [(n, c.model) for n, c in rank(cards, "ours")]
    [(1, 'B'), (1, 'C'), (3, 'A')]
    """
    if scheme not in SCHEMES:
        raise KeyError(f"unknown scheme {scheme!r} (known: {', '.join(SCHEMES)})")
    ordered = sorted(cards, key=lambda c: (-round(c.totals[scheme], DECIMALS), c.model,
                                           c.profile.source))
    out: list[tuple[int, Scorecard]] = []
    for i, card in enumerate(ordered):
        if out and round(out[-1][1].totals[scheme], DECIMALS) == round(card.totals[scheme],
                                                                       DECIMALS):
            out.append((out[-1][0], card))
        else:
            out.append((i + 1, card))
    return out


def ranks_by_scheme(cards: list[Scorecard]) -> list[dict[str, int]]:
    """For each card (in the given order), its rank under every scheme."""
    table: list[dict[str, int]] = [{} for _ in cards]
    index = {id(c): i for i, c in enumerate(cards)}
    for key in SCHEMES:
        for r, card in rank(cards, key):
            table[index[id(card)]][key] = r
    return table
