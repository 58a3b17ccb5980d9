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

from ._version import __version__
from .api import badge, classify, classify_paths, classify_text, identify
from .batch import Classifier, classify_many
from .errors import (
    ArgumentError,
    FormatError,
    InputError,
    KnowledgeBaseError,
    LicenselensError,
    PolicyError,
)
from .judge.policy import DEFAULT_POLICY, Policy, load_policy
from .results import Evidence, LicenseRef, Result, Verdict

__all__ = [
    "ArgumentError", "DEFAULT_POLICY", "FormatError", "Evidence", "InputError", "KnowledgeBaseError", "LicenseRef",
    "LicenselensError", "Policy", "PolicyError", "Result", "Verdict", "__version__",
    "Classifier", "badge", "classify", "classify_many", "classify_paths", "classify_text", "identify", "load_policy",
]

