"""What a path holds: one file (license text, model card, SPDX document) or a
folder of them.  This is the dispatcher behind ``licenselens classify`` and
:func:`licenselens.classify`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError
from ..judge.combine import combine
from ..judge.evaluate import no_license_result
from ..judge.policy import Policy
from ..readers.files import DEFAULT_MAX_BYTES, read_text
from ..readers.folders import discover, role
from ..readers.modelcard import has_front_matter, license_section
from ..readers.spdxdoc import SpdxDocumentError, looks_like_spdx
from ..results import Result
from .cards import classify_model_card
from .spdx import classify_spdx
from .texts import classify_text


def classify_path(
    path: str | Path, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> list[Result]:
    """Every result for one path: a file's result(s), or a folder's files plus a summary."""
    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise InputError(str(path), "no such file or folder")
    if p.is_dir():
        return _classify_folder(p, str(path), policy, max_bytes, progress)
    return classify_file(p, str(path), policy=policy, max_bytes=max_bytes)


def classify_one(
    path: str | Path, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Result:
    """One result for a path: the file's, or the folder's summary (files in ``extra``)."""
    results = classify_path(path, policy=policy, max_bytes=max_bytes)
    if len(results) == 1:
        return results[0]
    summary = results[-1]
    if summary.kind == "folder":
        summary.extra.setdefault("files", [r.to_dict() for r in results[:-1]])
        return summary
    return combine(results, source=str(path), kind=results[0].kind, policy=policy)


def classify_file(
    p: Path, source: str, *, policy: Policy | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Result]:
    """The result(s) of one file: several for an SPDX document (one per package)."""
    decoded = read_text(p, max_bytes=max_bytes)
    warnings = list(decoded.warnings)
    if decoded.is_binary:
        return [Result.unknown(source, "text", warnings)]
    text = decoded.text
    if looks_like_spdx(text):
        if any("larger than the limit" in w for w in warnings):
            return [Result.unknown(source, "spdx-document", warnings + [
                f"{source}: SPDX document larger than the size limit: not parsed "
                "(raise --max-bytes to read it)"])]
        try:
            return classify_spdx(p, source, policy, warnings)
        except SpdxDocumentError as exc:
            return [Result.unknown(source, "spdx-document", warnings + [str(exc)])]
    if has_front_matter(text) and p.suffix.lower() in (".md", ".markdown", ""):
        return [classify_model_card(text, source, policy, warnings, path=p,
                                     max_bytes=max_bytes)]
    if p.name.lower() == "readme.md":
        section, _ = license_section(text)
        if section:
            r = classify_text(section, source=source, kind="text", policy=policy,
                              warnings=warnings + [f"{source}: read its License section"])
            return [r]
        return [Result.unknown(source, "text", warnings + ["README without a License section"])]
    return [classify_text(text, source=source, kind="text", policy=policy, warnings=warnings)]


def _classify_folder(folder: Path, source: str, policy: Policy | None, max_bytes: int,
                     progress: bool) -> list[Result]:
    warnings: list[str] = []
    files = discover(folder, warnings)
    results: list[Result] = []
    roles: list[str] = []
    bar = None
    if progress and len(files) > 1:
        try:
            from tqdm import tqdm
        except ImportError:  # a declared dependency; without it, no bar
            tqdm = None
        if tqdm is not None:
            bar = tqdm(total=len(files), desc="licenselens", unit="file", file=sys.stderr,
                       leave=False)
    for f in files:
        if bar is not None:
            bar.update(1)
        shown = str(Path(source) / f.relative_to(folder))
        try:
            found = classify_file(f, shown, policy=policy, max_bytes=max_bytes)
        except InputError as exc:
            warnings.append(str(exc))
            continue
        for r in found:
            if f.name.lower() == "readme.md" and r.tier == "unknown":
                continue  # a README without license information is not a finding
            results.append(r)
            roles.append(role(f))
    if bar is not None:
        bar.close()
    return results + [_summary(source, results, roles, policy, warnings)]


def _summary(source: str, results: list[Result], roles: list[str], policy: Policy | None,
             warnings: list[str]) -> Result:
    known = [(r, ro) for r, ro in zip(results, roles, strict=True) if r.tier != "unknown"]
    if not known:
        reason = "no license found: all rights reserved"
        return no_license_result(source, "folder", reason, policy=policy,
                                 warnings=warnings + [f"{source}: {reason}"])
    weights = [r for r, ro in known if ro == "weights"]
    code = [r for r, ro in known if ro == "code"]
    chosen = [r for r, _ in known]
    notes = list(warnings)
    if weights and code:
        w_tier = combine(weights, source=source, kind="folder", policy=policy).tier
        c_tier = combine(code, source=source, kind="folder", policy=policy).tier
        if w_tier != c_tier:
            chosen = weights + [r for r, ro in known if ro == "any"]
            notes.append(f"{source}: code is {c_tier} but the model weights are {w_tier}: "
                         "the weights' license decides the folder's tier")
    res = combine(chosen, source=source, kind="folder", policy=policy)
    res.warnings = notes + [w for w in res.warnings if w not in notes]
    return res
