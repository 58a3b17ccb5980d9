"""The openness scorecard: how open is an AI model, all sixteen components of it?

It follows the framework of Jeon, Han and Lee, "Evaluating the Openness of
Impactful AI Models with a Focus on LLMs" (2025): four areas (model basics;
access and reproducibility; training methodology; data), each component rated
open / semi-open / closed / n/a, area means, and totals under seven published
weighting schemes.  The license component is never typed in: licenselens reads
the license.  Files of the Linux Foundation's Model Openness Framework (MOF)
are read too, with MOF class progress.

>>> from licenselens import openness
>>> card = openness.score(openness.load_packaged("olmo"))
>>> card.license.tier, card.ratings[("basics", "license")].value
('open', 1.0)
>>> data = openness.example_profile("Demo", "semi-open", license_id="MIT")
>>> demo = openness.score(openness.profile_from_dict(data))
>>> demo.areas["basics"]  # five components at 0.5, the license (MIT) at 1
0.5833333333333334
>>> [(r, c.model) for r, c in openness.rank([card, demo], "ours")]
[(1, 'OLMo 2 (7B)'), (2, 'Demo')]
>>> rows = [openness.Stats("a", likes=0, downloads=0, children=0),
...         openness.Stats("b", likes=9, downloads=99, children=0)]
>>> [round(i.score, 2) for i in openness.impact_scores(rows)]
[2.0, 0.0]
"""

from __future__ import annotations

from pathlib import Path

from .errors import ChartError, ProfileError, StatsError
from .framework import AREAS, RATINGS, SCHEMES, Area, Scheme
from .impact import Impact, Stats, impact_scores, read_stats
from .loading import load_packaged, load_profile, packaged_names, packaged_profiles
from .mof import ROMAN
from .profile import LicenseSpec, Profile, Rating, example_profile, profile_from_dict
from .scoring import Scorecard, rank, score

__all__ = [
    "AREAS", "Area", "ChartError", "Impact", "LicenseSpec", "Profile", "ProfileError",
    "RATINGS", "Rating", "SCHEMES", "Scheme", "Scorecard", "Stats", "StatsError",
    "example_profile", "impact_scores", "load_packaged", "load_profile", "mof_progress",
    "packaged_names", "packaged_profiles", "profile_from_dict", "rank", "read_stats", "score",
]


def mof_progress(profile: Profile | str | Path) -> dict[str, float]:
    """MOF class progress ``{"I": pct, "II": pct, "III": pct}`` of a MOF file or profile.

    Raises :class:`ProfileError` for a profile that is not a MOF file.

    >>> import tempfile, pathlib
    >>> text = '''framework: {name: Model Openness Framework, version: '1.0'}
    ... release:
    ...   name: demo
    ...   producer: Example Lab
    ...   license: {distribution: {name: Apache-2.0}, data: {name: CDLA-Permissive-2.0},
    ...             document: {name: CC-BY-4.0}}
    ...   components:
    ...   - {name: Model architecture}
    ...   - {name: Model parameters (Final)}
    ...   - {name: Model card}
    ...   - {name: Data card}
    ...   - {name: Technical report}
    ...   - {name: Evaluation results}
    ...   - {name: Training code}
    ... '''
    >>> with tempfile.TemporaryDirectory() as d:
    ...     f = pathlib.Path(d) / "demo.yml"
    ...     _ = f.write_text(text, encoding="utf-8")
    ...     mof_progress(f)
    {'I': 0.0, 'II': 70.0, 'III': 100.0}
    """
    p = profile if isinstance(profile, Profile) else load_profile(profile)
    if p.mof is None:
        raise ProfileError(p.source, "", "not a MOF file (no 'framework' and 'release')")
    return {ROMAN[k]: round(p.mof.progress[k], 1) for k in (1, 2, 3)}
