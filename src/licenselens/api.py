"""The public Python API: classify a path, a text or an identifier; draw a badge.

Thin wrappers over :mod:`licenselens.pipeline` (the engine) and
:mod:`licenselens.report` (the renderers).

>>> r = identify("Apache 2")
>>> r.license.id, r.tier, r.osi_approved
('Apache-2.0', 'open', True)
>>> identify("cc-by-nc-4.0").restrictions["commercial"].verdict
'prohibited'
>>> identify("MIT OR Apache-2.0").expression
'MIT OR Apache-2.0'
"""

from __future__ import annotations

import re
from pathlib import Path

from . import pipeline
from .errors import InputError
from .judge.policy import Policy
from .pipeline import ScanOptions, classify_text, identify
from .readers.files import DEFAULT_MAX_BYTES
from .report.badges import render_badge
from .results import Result

__all__ = ["badge", "classify", "classify_paths", "classify_text", "identify"]


def classify(path: str | Path, *, policy: Policy | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES, scan: ScanOptions | None = None) -> Result:
    """Classify a file (license text, model card, SPDX document, manifest) or a folder.

    For a folder, the result is the folder's summary; the per-file results are
    in ``result.extra["files"]``.  ``scan`` says how folders are walked
    (:class:`licenselens.pipeline.ScanOptions`: max_files, headers, globs).
    """
    return pipeline.classify_one(path, policy=policy, max_bytes=max_bytes, scan=scan)


def classify_paths(
    paths: list[str], *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False, scan: ScanOptions | None = None,
) -> list[Result]:
    """Every result the CLI prints for these paths (per file found, plus folder summaries).

    Raises :class:`licenselens.errors.InputError` for the first unreadable path;
    use :func:`licenselens.pipeline.classify_path` per path to keep going.
    """
    out: list[Result] = []
    for p in paths:
        out.extend(pipeline.classify_path(p, policy=policy, max_bytes=max_bytes,
                                          progress=progress, scan=scan))
    return out


def _looks_like_path(text: str) -> bool:
    """True for an argument that names a file rather than a license (``nosuch/LICENSE``)."""
    return ("/" in text or "\\" in text or text.startswith(".")
            or re.search(r"\.(txt|md|json|ya?ml|spdx|rst|html?)$", text, re.IGNORECASE) is not None)


def badge(path_or_id: str, *, format: str = "svg", style: str = "flat",
          show_osi: bool = False, policy: Policy | None = None) -> str:
    """A license badge for a path (file or folder) or, when no such path
    exists, for a license identifier, name or expression.

    ``format="svg"`` gives an SVG document; ``format="endpoint"`` gives the
    shields.io endpoint JSON as a string.
    """
    if not isinstance(path_or_id, str) or not path_or_id.strip():
        raise InputError(repr(path_or_id), "empty path or identifier")
    if Path(path_or_id).exists():
        result = classify(path_or_id, policy=policy)
    else:
        result = identify(path_or_id, policy=policy)
        if result.tier == "unknown" and _looks_like_path(path_or_id):
            raise InputError(path_or_id, "no such file or folder (nor a license identifier)")
    return render_badge(result, format=format, style=style, show_osi=show_osi)
