"""licenselens: what may you do with this software or AI model?

It identifies licenses (texts, identifiers, SPDX expressions, model cards,
SPDX documents), reads the four freedoms (use, modify, redistribute,
commercial) with the clause behind each verdict, and classifies each license
as open, semi-open or closed.

>>> import licenselens
>>> r = licenselens.identify("llama3.1")
>>> r.tier
'semi-open'
"""

from __future__ import annotations

from .api import classify, classify_paths, classify_text, identify
from .errors import ArgumentError, InputError, KnowledgeBaseError, LicenselensError, PolicyError
from .judge.policy import DEFAULT_POLICY, Policy, load_policy
from .model import Evidence, LicenseRef, Result, Verdict

__version__ = "0.1.0"

__all__ = [
    "ArgumentError", "DEFAULT_POLICY", "Evidence", "InputError", "KnowledgeBaseError", "LicenseRef",
    "LicenselensError", "Policy", "PolicyError", "Result", "Verdict", "__version__",
    "classify", "classify_paths", "classify_text", "identify", "load_policy",
]


def badge(path_or_id: str, **options: object) -> str:
    """A license badge (SVG, or shields.io endpoint JSON with ``format="endpoint"``)."""
    from .output.badges import badge as _badge

    return _badge(path_or_id, **options)  # type: ignore[arg-type]
