"""Packages, declared versus found: one ``package`` result per installed distribution or
project manifest.

The declared license (``License-Expression``, else ``License``, else the trove
classifiers; a manifest's ``license``) is identified; the license files the package
ships are judged; the result is what the files hold (they are what is
distributed), else what is declared.  ``extra`` holds ``package``, ``version``,
``declared``, ``declared_from``, ``found``, ``license_files`` and
``agreement``:

========== =========================================================
agreement  meaning
========== =========================================================
agree      the files hold the declared license(s)
partial    they share some licenses; a warning names the others
disagree   nothing in common; a warning names both
declared   a declaration, but no license file could be judged
found      license files, but nothing (recognisable) declared
none       neither: tier ``unknown``
========== =========================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..judge.combine import combine
from ..judge.policy import Policy
from ..readers.kinds import MANIFEST_NAMES, dist_info_name, name_role
from ..readers.manifests import read_manifest
from ..readers.packages import Package, find_site_packages, read_distribution, read_environment
from ..results import Result
from .texts import classify_text, identify

__all__ = ["AGREEMENTS", "package_result", "package_results"]

AGREEMENTS: tuple[str, ...] = ("agree", "partial", "disagree", "declared", "found", "none")

#: judges one file: (path, shown name) -> its results (never raises)
FileJudge = Callable[[Path, str], "list[Result]"]


def _ids(expression: str | None) -> set[str]:
    """The license ids of a normalised expression (operators and parentheses dropped)."""
    if not expression:
        return set()
    words = re.sub(r"[()]", " ", expression).split()
    out, skip = set(), False
    for w in words:
        if w in ("AND", "OR"):
            continue
        if w == "WITH":
            skip = True
            continue
        if not skip:
            out.add(w)
        skip = False
    return out


#: ids that name the same terms (a declaration of one is agreement with a text of the other)
_SAME = {"PSF-2.0": "Python-2.0", "Python-2.0.1": "Python-2.0"}


def _family(license_id: str) -> str:
    """``BSD-3-Clause`` -> ``bsd``: what a trove classifier can tell apart."""
    return re.split(r"[-.\d]", license_id.lower().removeprefix("licenseref-scancode-"), maxsplit=1)[0]


def _agreement(declared: Result | None, found: Result | None, rough: bool) -> str:
    d = _ids(declared.expression) if declared is not None else set()
    f = _ids(found.expression) if found is not None else set()
    d, f = {_SAME.get(x, x) for x in d}, {_SAME.get(x, x) for x in f}
    if not d:
        return "found" if found is not None else "none"
    if found is None:
        return "declared"
    if not f:  # the files were read clause by clause: no id to compare
        return "partial"
    if rough:
        d, f = {_family(x) for x in d}, {_family(x) for x in f}
    if d == f:
        return "agree"
    return "partial" if d & f else "disagree"


def _declared(pkg: Package, source: str, policy: Policy | None) -> Result | None:
    """The declared license as a result (several classifiers: every one applies)."""
    parts: list[Result] = []
    for value in pkg.declared:
        r = identify(value, policy=policy, source=source)
        if r.tier != "unknown" or r.expression:
            parts.append(r)
    if not parts and pkg.license_text:
        r = classify_text(pkg.license_text, source=source, policy=policy)
        if r.tier != "unknown":
            parts.append(r)
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return combine(parts, source=source, kind="package", policy=policy)


def package_result(pkg: Package, source: str, *, judge: FileJudge,
                   policy: Policy | None = None) -> Result:
    """One package's result: declared versus found (see the module doc)."""
    warnings = list(pkg.warnings)
    declared = _declared(pkg, source, policy)
    if pkg.declared and declared is None:
        warnings.append(f"{pkg.name}: declared license {'; '.join(pkg.declared)[:200]!r} "
                        "could not be identified")
    base = pkg.location if pkg.location.is_dir() else pkg.location.parent
    files: list[str] = []
    judged: list[Result] = []
    for path in pkg.license_files:
        rel = _relative(path, base)
        files.append(rel)
        for r in judge(path, str(Path(source) / rel)):
            if r.kind == "error":
                warnings.append(f"{pkg.name}: license file {rel} not read: "
                                f"{r.extra.get('error', 'error')}")
            elif r.tier != "unknown" and (r.expression or name_role(path.name) != "notice"):
                judged.append(r)  # a notice's bare "all rights reserved" is no license
    found = combine(judged, source=source, kind="package", policy=policy) if judged else None
    agreement = _agreement(declared, found, rough=pkg.declared_from in (
        "Classifier", "project.classifiers"))
    d_expr = declared.expression if declared is not None else None
    f_expr = found.expression if found is not None else None
    if agreement in ("partial", "disagree") and f_expr:
        warnings.append(f"{pkg.name}: declares {d_expr} but its license files hold {f_expr}")
    elif agreement == "partial":
        warnings.append(f"{pkg.name}: declares {d_expr}; its license files match no known "
                        "license and were read clause by clause")
    if len(pkg.declared) > 1 and pkg.declared_from not in (None, "License-Expression"):
        warnings.append(f"{pkg.name}: {len(pkg.declared)} licenses declared without saying how "
                        "they combine: read as all applying")
    chosen = found or declared
    if chosen is None:
        res = Result.unknown(source, "package", warnings + [
            f"{pkg.name}: no license declared and no license file shipped"
            if not pkg.license_files else f"{pkg.name}: no license could be identified"])
    else:
        res = combine([chosen], source=source, kind="package", policy=policy)
        res.warnings = warnings + [w for w in res.warnings if w not in warnings]
    res.extra.update({
        "package": pkg.name, "version": pkg.version, "package_kind": pkg.kind,
        "declared": d_expr or ("; ".join(pkg.declared) if pkg.declared else None),
        "declared_from": pkg.declared_from, "found": f_expr, "license_files": files,
        "agreement": agreement,
    })
    if pkg.missing_license_files:
        res.extra["missing_license_files"] = list(pkg.missing_license_files)
    return res


def _relative(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.name


def package_results(path: str | Path | None, *, judge: FileJudge,
                    policy: Policy | None = None) -> tuple[list[Result], list[str]]:
    """One result per package at ``path``, and warnings about the whole.

    ``path`` is an environment (a ``site-packages`` folder, a virtual or conda
    environment's root; ``None``: the running interpreter's), one
    ``*.dist-info`` folder, a manifest (``pyproject.toml``, ``package.json``,
    ``Cargo.toml``) or a project folder holding manifests at its top.  Raises
    :class:`licenselens.errors.InputError` when it is none of those.
    """
    if path is not None:
        p = Path(path)
        if str(path) == "" or not str(path).strip():
            raise InputError(repr(str(path)), "empty path")
        if not p.exists():
            raise InputError(str(path), "no such file or folder")
        if p.name in MANIFEST_NAMES and p.is_file():
            return [package_result(read_manifest(p), str(path), judge=judge, policy=policy)], []
        if dist_info_name(p.name) is not None and p.is_dir():
            return [package_result(read_distribution(p), str(path), judge=judge,
                                   policy=policy)], []
        if p.is_dir() and not find_site_packages(p):
            manifests = [p / n for n in sorted(MANIFEST_NAMES) if (p / n).is_file()]
            if not manifests:
                raise InputError(str(path), "not a Python environment and no pyproject.toml, "
                                            "package.json or Cargo.toml at its top")
            return [package_result(read_manifest(m), str(m), judge=judge, policy=policy)
                    for m in manifests], []
    env = read_environment(path)
    out = [package_result(pkg, str(pkg.location), judge=judge, policy=policy)
           for pkg in env.packages]
    return out, list(env.warnings)
