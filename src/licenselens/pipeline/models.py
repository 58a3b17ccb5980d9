"""Model repositories: one ``model`` result per repository, named ``org/name``.

The card's license fields and the LICENSE files decide (every one applies);
a use policy (``USE_POLICY``, an acceptable-use policy) is attached to the
license it belongs to, listed in ``extra["use_policy"]``, and never judged as a
license of its own.  A license file that could not be read (a blob never
downloaded) leaves the model ``unknown`` when nothing else was read: its
absence proves nothing.  ``hf:org/name`` is read through
:func:`licenselens.readers.hfcache.hub_model` (the ``hub`` extra).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..judge.combine import combine, prefer_read_texts
from ..judge.policy import Policy
from ..readers.hfcache import ModelEntry, hub_model
from ..results import Result

__all__ = ["classify_hub_model", "model_result"]

#: judges one file: (path, shown name) -> its results (never raises)
FileJudge = Callable[[Path, str], "list[Result]"]


def model_result(entry: ModelEntry, *, judge: FileJudge, policy: Policy | None = None,
                 shown: Callable[[Path], str] | None = None, name: str | None = None) -> Result:
    """The result of one model repository (see the module doc).

    ``shown`` turns a file's path into the name its results carry (default
    ``org/name/<path in the snapshot>``); ``name`` is the result's ``input``
    (default ``org/name``).
    """
    name = name or entry.name
    warnings = list(entry.warnings)
    parts: list[tuple[Result, bool]] = []  # (result, declared by the card)
    files: list[dict[str, object]] = []
    policies: list[dict[str, object]] = []
    use_policies = set(entry.use_policies)
    for f in entry.files:
        where = shown(f.path) if shown is not None else f"{name}/{f.relpath}"
        for r in judge(f.path, where):
            row = {"file": f.relpath, "role": f.role, "expression": r.expression,
                   "tier": r.tier, "kind": r.kind}
            if f.path in use_policies:
                policies.append(row)
                continue
            files.append(row)
            if r.kind == "error":
                warnings.append(f"{name}/{f.relpath}: {r.extra.get('error', 'not read')}")
            elif r.tier != "unknown":
                parts.append((r, f.role == "model-card"))
            elif f.role == "model-card":
                warnings.extend(w for w in r.warnings if "names no license" in w)
    deciding, contradicted = prefer_read_texts(parts, name)
    warnings.extend(contradicted)
    exprs = sorted({r.expression for r in deciding if r.expression})
    if len(exprs) > 1:
        warnings.append(f"{name}: its license files name different licenses "
                        f"({', '.join(exprs)}): every one is applied")
    if policies:
        warnings.append(f"{name}: use policy {', '.join(str(p['file']) for p in policies)} "
                        "attached to the model's license (its limits on use are part of it)")
    if deciding:
        res = combine(deciding, source=name, kind="model", policy=policy)
        res.warnings = warnings + [w for w in res.warnings if w not in warnings]
    else:
        why = ("a license file could not be read: nothing may be concluded" if entry.skipped
               else "no license found in the model's card or files")
        res = Result.unknown(name, "model", warnings + [f"{name}: {why}"])
    res.extra.update({"model": entry.name, "revision": entry.revision, "files": files,
                      "source": "model-card" if any(f.role == "model-card" for f in entry.files)
                      else "license-file", "scope": "third-party", "component": entry.name})
    if policies:
        res.extra["use_policy"] = policies
    if entry.skipped:
        res.extra["skipped"] = [{"file": s.relpath, "reason": s.reason} for s in entry.skipped]
    return res


def classify_hub_model(spec: str, *, judge: FileJudge, policy: Policy | None = None) -> Result:
    """The result of ``hf:org/name`` (read from the hub, or the local cache when offline)."""
    entry = hub_model(spec)
    return model_result(entry, judge=judge, policy=policy, name=spec)
