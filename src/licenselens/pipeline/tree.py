"""A whole folder: every license-bearing file the walk finds, judged, plus a summary.

:func:`licenselens.readers.walk.walk` finds the files (any depth, ``.gitignore``,
globs, ``max_files``); each gets a result saying where its license came from
(``extra["source"]``: ``license-file``, ``notice-file``, ``model-card``,
``spdx-document``, ``package-metadata``, ``spdx-header``), whose it is
(``scope``: root, project, third-party; ``component``) and, for a file that
could not be read, ``kind: error``.  Installed distributions and manifests give
one ``package`` result each (:mod:`.packages`); Hugging Face cache repositories
one ``model`` result each (:mod:`.models`).

The folder's summary comes from the project's own top-level license information
(root LICENSE/COPYING/NOTICE, the top ``LICENSES/`` folder, the root manifest's
declared license, the top model card); third-party files never decide it.  It
says ``unknown`` ("no license file found") when none was found and
"all rights reserved" only when files were read and none grants anything.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..judge.combine import combine, prefer_read_texts
from ..judge.policy import Policy
from ..readers.files import DEFAULT_MAX_BYTES
from ..readers.headers import combined_expression
from ..readers.hfcache import is_use_policy
from ..readers.kinds import FoundFile
from ..readers.manifests import read_manifest
from ..readers.packages import read_distribution
from ..readers.walk import DEFAULT_MAX_FILES, TreeWalk, walk
from ..results import Result
from .models import model_result
from .packages import package_result
from .texts import identify

#: where a file's license came from, by the walk's role
SOURCES: dict[str, str] = {"license": "license-file", "notice": "notice-file",
                           "model-card": "model-card", "spdx-document": "spdx-document",
                           "package-metadata": "package-metadata", "source": "spdx-header"}

#: judges one file: (path, shown name) -> its results (never raises)
FileJudge = Callable[[Path, str], "list[Result]"]


@dataclass(frozen=True)
class ScanOptions:
    """How a folder is walked (the ``classify`` options of the same names)."""

    max_files: int = DEFAULT_MAX_FILES
    headers: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    gitignore: bool = True


class _Judged:
    """Each file judged once per scan (a license file is shared by its file result and its
    package's result)."""

    def __init__(self, judge: FileJudge) -> None:
        self.judge, self.seen = judge, {}

    def __call__(self, path: Path, shown: str) -> list[Result]:
        key = str(path)
        if key not in self.seen:
            self.seen[key] = self.judge(path, shown)
        return self.seen[key]


def classify_tree(
    folder: Path, source: str, *, judge: FileJudge, policy: Policy | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False, scan: ScanOptions | None = None,
    tree: TreeWalk | None = None,
) -> list[Result]:
    """Every result for a folder (see the module doc): its files', packages', models', then
    the summary (``kind: folder``; ``extra["incomplete"]`` when the walk did not see all).
    ``tree``: the folder's walk when the caller made it already."""
    scan = scan or ScanOptions()
    if tree is None:
        tree = walk(folder, max_files=scan.max_files, headers=scan.headers,
                    include=scan.include, exclude=scan.exclude, gitignore=scan.gitignore)
    judged = _Judged(judge)
    found: list[tuple[Result, FoundFile | None]] = []
    bar = _bar(len(tree.files), progress)
    for f in tree.files:
        if bar is not None:
            bar.update(1)
        if f.component_kind == "model":
            continue  # read as a whole with its model, below
        shown = shown_path(source, f.relpath)
        for r in _file_results(f, shown, judged, policy):
            _mark(r, f.role, f.scope, f.component)
            found.append((r, f))
    if bar is not None:
        bar.close()
    for s in tree.skipped:
        if s.component is not None and any(m.name == s.component for m in tree.models):
            continue  # the model's result names it
        r = Result.error(shown_path(source, s.relpath), s.reason)
        _mark(r, s.role, "third-party" if s.component else "root", s.component)
        found.append((r, None))
    for entry in tree.models:
        r = model_result(entry, judge=judged, policy=policy,
                         shown=lambda p: shown_path(source, os.path.relpath(p, folder)))
        found.append((r, None))
    results = [r for r, _ in found]
    return results + [_summary(source, found, tree, policy)]


def shown_path(source: str, relpath: str) -> str:
    """How a file of the folder ``source`` is named in results."""
    return str(Path(source) / relpath) if relpath else source


def _bar(total: int, progress: bool):  # noqa: ANN202 - tqdm or None
    if not progress or total < 2:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # a declared dependency; without it, no bar
        return None
    return tqdm(total=total, desc="licenselens", unit="file", file=sys.stderr, leave=False)


def _mark(r: Result, role: str, scope: str, component: str | None) -> None:
    r.extra.setdefault("source", SOURCES.get(role, role))
    r.extra.setdefault("scope", scope)
    if component:
        r.extra.setdefault("component", component)


def _file_results(f: FoundFile, shown: str, judged: _Judged,
                  policy: Policy | None) -> list[Result]:
    """The result(s) of one found file, by its role."""
    if f.role == "package-metadata":
        try:
            if f.path.name in ("METADATA", "PKG-INFO") and f.path.parent.name.endswith(
                    (".dist-info", ".egg-info")):
                pkg = read_distribution(f.path.parent)
                shown = str(Path(shown).parent)
            elif f.path.name == "PKG-INFO":
                pkg = read_distribution(f.path)
            else:
                pkg = read_manifest(f.path)
        except InputError as exc:
            return [Result.error(shown, exc.reason)]
        return [package_result(pkg, shown, judge=judged, policy=policy)]
    if f.role == "source":
        expr = combined_expression(f.tags)
        if expr is None:
            return []
        r = identify(expr, policy=policy, source=shown, kind="text")
        if any(t.truncated for t in f.tags):
            r.warnings.append(f"{shown}: SPDX tag truncated: only its beginning was read")
        r.extra["tags"] = [t.expression[:200] for t in f.tags]
        return [r]
    results = judged(f.path, shown)
    if f.role == "license" and is_use_policy(f.path.name):
        for r in results:  # part of the license beside it, never a license of its own
            r.extra["attached_to"] = f"the license of {f.component or 'the folder'}"
            r.extra["source"] = "use-policy"
    if f.role == "notice":
        results = [_notice(r) for r in results]
    if f.path.name.lower() == "readme.md":  # a README without license information says nothing
        results = [r for r in results if r.tier != "unknown" or r.kind in ("error", "model-card")]
    return results


_RESERVED = re.compile(r"^\W*all\s+rights\s+reserved\W*$", re.IGNORECASE)


def _notice(r: Result) -> Result:
    """A NOTICE whose only "terms" are a copyright line's "All rights reserved" is a
    copyright notice, not a license: ``unknown``, with a warning (it never denies a gate)."""
    if r.expression or r.matched_by != "clauses":
        return r
    evidence = [e for v in r.restrictions.values() for e in v.evidence]
    if not evidence or not all(_RESERVED.match(e.text) for e in evidence):
        return r
    out = Result.unknown(r.input, r.kind, r.warnings + [
        f"{r.input}: a copyright notice ('All rights reserved' beside a copyright line): "
        "it grants nothing and withholds nothing beyond the license it accompanies"])
    out.extra.update(r.extra)
    return out


#: what a root license file covers, by its name: model weights, code, or anything
_WEIGHTS = re.compile(r"model|weight|use[_-]?policy|acceptable|readme\.md$", re.IGNORECASE)
_CODE = re.compile(r"code|software|source", re.IGNORECASE)


def _covers(r: Result, f: FoundFile | None) -> str:
    name = f.path.name if f is not None else ""
    if r.extra.get("source") == "model-card" or _WEIGHTS.search(name):
        return "weights"
    return "code" if _CODE.search(name) else "any"


#: a declaration that the license texts contradict is left out of the summary (a model
#: card's license field; a manifest's declaration still applies with the texts)
_DECLARED = frozenset({"model-card"})


def _summary(source: str, found: list[tuple[Result, FoundFile | None]], tree: TreeWalk,
             policy: Policy | None) -> Result:
    """The folder's one result, from its own root license information (module doc)."""
    notes = list(dict.fromkeys(tree.warnings))
    errors = [r for r, _ in found if r.kind == "error"]
    root = [(r, f) for r, f in found if r.extra.get("scope") == "root" and r.kind != "error"
            and not r.extra.get("attached_to")]
    deciding = [(r, f) for r, f in root if r.tier != "unknown"]
    if any(r.extra.get("source") != "notice-file" for r, _ in deciding):
        # a NOTICE's bare copyright line ("all rights reserved") is no license of its own
        deciding = [(r, f) for r, f in deciding
                    if r.extra.get("source") != "notice-file" or r.expression]
    basis = "its top-level license information"
    if not deciding:
        project = [(r, f) for r, f in found if r.extra.get("scope") == "project"
                   and r.tier != "unknown"]
        if project:
            deciding, basis = project, "license files inside the project (none at its top)"
    models = [r for r, _ in found if r.kind == "model"]
    if not deciding and models and not any(r.extra.get("scope") != "third-party"
                                           for r, _ in found if r.kind != "model"):
        return _models_summary(source, models, notes, tree, policy)
    if errors:
        notes.append(f"{source}: {len(errors)} file(s) could not be read or understood: "
                     "see their results")
    if not deciding:
        res = _nothing_found(source, found, tree, policy, notes)
    else:
        res = _decide(source, deciding, policy, notes)
        res.extra["decided_by"] = basis
    third = sorted({str(r.extra.get("component")) for r, _ in found
                    if r.extra.get("scope") == "third-party" and r.extra.get("component")})
    if third:
        res.extra["third_party"] = third
    if tree.incomplete:
        res.extra["incomplete"] = True
    return res


def _decide(source: str, deciding: list[tuple[Result, FoundFile | None]],
            policy: Policy | None, notes: list[str]) -> Result:
    same = [(r, f) for r, f in deciding if _covers(r, f) != "code"]
    kept, contradicted = prefer_read_texts(
        [(r, r.extra.get("source") in _DECLARED) for r, _ in same], source)
    notes.extend(contradicted)
    dropped = [r for r, _ in same if not any(r is k for k in kept)]
    deciding = [(r, f) for r, f in deciding if not any(r is d for d in dropped)]
    weights = [r for r, f in deciding if _covers(r, f) == "weights"]
    code = [r for r, f in deciding if _covers(r, f) == "code"]
    chosen = [r for r, _ in deciding]
    if weights and code:
        w_tier = combine(weights, source=source, kind="folder", policy=policy).tier
        c_tier = combine(code, source=source, kind="folder", policy=policy).tier
        if w_tier != c_tier:
            chosen = weights + [r for r, f in deciding if _covers(r, f) == "any"]
            notes.append(f"{source}: code is {c_tier} but the model weights are {w_tier}: "
                         "the weights' license decides the folder's tier")
    res = combine(chosen, source=source, kind="folder", policy=policy)
    res.warnings = notes + [w for w in res.warnings if w not in notes]
    return res


def _nothing_found(source: str, found: list[tuple[Result, FoundFile | None]], tree: TreeWalk,
                   policy: Policy | None, notes: list[str]) -> Result:
    """No license decides the folder: ``unknown`` with the reason.  (A project that
    positively has no license, e.g. a manifest saying ``UNLICENSED``, is decided by that
    result, which is ``closed``; nothing here concludes "all rights reserved".)"""
    own = [r for r, _ in found if r.extra.get("scope") in ("root", "project")]
    skipped_own = [s for s in tree.skipped if s.component is None]
    if tree.incomplete or skipped_own:
        reason = "scan incomplete: no license found in what was read"
    elif any(r.kind == "error" for r in own):
        reason = "the license file(s) could not be read"
    elif own:
        reason = "no license could be identified in the files found"
    elif found:
        reason = "no license file found for the folder itself (only third-party ones)"
    else:
        reason = "no license file found"
    return Result.unknown(source, "folder", notes + [f"{source}: {reason}"])


def _models_summary(source: str, models: list[Result], notes: list[str], tree: TreeWalk,
                    policy: Policy | None) -> Result:
    """A folder of model repositories: one model is the summary; several are combined
    (every one applies) with a note that each model's own result is what counts."""
    res = combine(models, source=source, kind="folder", policy=policy)
    if len(models) > 1:
        notes = notes + [f"{source}: {len(models)} models: the summary applies them all "
                         "together; each model's own result says what you may do with it"]
    res.warnings = notes + [w for w in res.warnings if w not in notes]
    if tree.incomplete:
        res.extra["incomplete"] = True
    return res
