"""Reading a Model Openness Framework file (``framework`` + ``release``) as a profile.

Each listed component's license is resolved the MOF way: its own ``license``
(``unlicensed`` or empty means none), else the release's license for the
component's content type, else the release's ``distribution`` license.  Each
license string is judged by licenselens; a component counts toward the MOF
classes when licenselens reads its license as open.  Warnings say where our
reading differs from the MOF tool's rule or from a ``classification`` the file
carries, and where an open license is not one made for the component's type.

The paper's components are rated where a MOF component maps to them
(:data:`PAPER_MAP`); the others are left n/a.
"""

from __future__ import annotations

from typing import Any

from .errors import ProfileError
from .framework import AREAS
from .licensing import LicenseReading, identify_cached, reading_from_result
from .mof import BY_NAME, COMPONENTS, ROMAN, MofEntry, MofReading, progress
from .mof_licenses import judge
from .profile import LicenseSpec, Profile, Rating

#: paper component <- the MOF components that stand for it (the best one rated counts)
PAPER_MAP: dict[tuple[str, str], tuple[str, ...]] = {
    ("basics", "weights"): ("Model parameters (Final)",),
    ("basics", "code"): ("Inference code",),
    ("basics", "paper"): ("Research paper", "Technical report"),
    ("basics", "architecture"): ("Model architecture",),
    ("access", "software"): ("Training code",),
    ("data", "pretraining"): ("Datasets",),
    ("data", "filtering"): ("Data preprocessing code",),
}
GLOBAL_TYPES = ("distribution", "code", "data", "document")
_ORDER = {"open": 2, "semi-open": 1, "closed": 0}


def is_mof(data: object) -> bool:
    """True for a mapping shaped like a MOF file (``framework`` and ``release``)."""
    return isinstance(data, dict) and "framework" in data and "release" in data


def _name(value: Any, source: str, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ProfileError(source, field, f"must be a license string, not {type(value).__name__}")
    text = str(value).strip()
    return text or None


def _globals(release: dict, source: str) -> tuple[dict[str, str], list[str]]:
    raw = release.get("license") or {}
    warnings: list[str] = []
    if not isinstance(raw, dict):
        raise ProfileError(source, "release.license", "must be a mapping of license types "
                           f"({', '.join(GLOBAL_TYPES)})")
    out: dict[str, str] = {}
    for key, value in raw.items():
        if key not in GLOBAL_TYPES:
            warnings.append(f"release.license.{key}: not a MOF license type "
                            f"({', '.join(GLOBAL_TYPES)}); ignored")
            continue
        if value is None:
            continue
        if not isinstance(value, dict):
            raise ProfileError(source, f"release.license.{key}", "must be a mapping with 'name'")
        name = _name(value.get("name"), source, f"release.license.{key}.name")
        if name:
            out[key] = name
    return out, warnings


def _resolve(item: dict, ctype: str, globals_: dict[str, str], source: str,
             field: str) -> tuple[str | None, str | None]:
    if item.get("license") is not None:
        text = _name(item["license"], source, f"{field}.license")
        if text is None or text.lower() == "unlicensed":
            return None, None
        return text, "component"
    for key in (ctype, "distribution"):
        if key in globals_:
            return globals_[key], f"global:{key}"
    return None, None


def _entry(item: object, i: int, globals_: dict[str, str], source: str,
           warnings: list[str]) -> MofEntry:
    field = f"release.components[{i}]"
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise ProfileError(source, field, "must be a mapping with a component 'name'")
    comp = BY_NAME.get(item["name"].strip())
    if comp is None:
        raise ProfileError(source, f"{field}.name", f"unknown MOF component {item['name']!r} "
                           f"(known: {', '.join(c.name for c in COMPONENTS)})")
    text, origin = _resolve(item, comp.content_type, globals_, source, field)
    if text is None:
        return MofEntry(comp.name, comp.content_type, None, None, "unlicensed")
    j = judge(text)
    entry = MofEntry(comp.name, comp.content_type, text, origin,
                     "open" if j.open else "invalid", j.tier,
                     j.appropriate(comp.content_type) if j.open else None)
    what = f"MOF component {comp.name!r}: license {text!r}"
    if j.tier == "unknown":
        warnings.append(f"{what}: licenselens could not read it; not counted as open")
    elif j.open and not j.mof_rule_open:
        warnings.append(f"{what}: licenselens reads it as open, but it is neither "
                        "OSI-approved, FSF-libre nor an open content license, so the MOF tool "
                        "may not count it; counted here")
    elif not j.open and j.mof_rule_open:
        warnings.append(f"{what}: licenselens reads it as {j.tier}, not open; the MOF "
                        "tool's list would count it; not counted here")
    if j.open and not entry.appropriate:
        warnings.append(f"{what}: open, but not a license made for {comp.content_type} "
                        "(MOF asks for a type-appropriate open license)")
    return entry


def _claimed(data: dict, source: str) -> dict[int, float] | None:
    block = data.get("classification")
    if not isinstance(block, dict) or not isinstance(block.get("progress"), dict):
        return None
    out: dict[int, float] = {}
    for key, value in block["progress"].items():
        try:
            out[int(key)] = float(value)
        except (TypeError, ValueError) as exc:
            raise ProfileError(source, f"classification.progress.{key}",
                               "must be a number") from exc
    return out


def _license_reading(entries: list[MofEntry], globals_: dict[str, str]) -> LicenseReading:
    weights = next((e for e in entries if e.name == "Model parameters (Final)"), None)
    text = weights.license if weights else globals_.get("distribution")
    if text is None:
        note = "the MOF file gives no license for the weights: unlicensed (closed)"
        return LicenseReading("none", None, Rating("closed", "", note), tier="closed")
    return reading_from_result(identify_cached(text), "mof", text,
                               note="the license of the MOF file's weights")


def _paper_ratings(entries: list[MofEntry]) -> dict[tuple[str, str], Rating]:
    listed = {e.name: e for e in entries}
    ratings: dict[tuple[str, str], Rating] = {}
    for a in AREAS:
        for c in a.components:
            if (a.key, c) == ("basics", "license"):
                continue
            names = PAPER_MAP.get((a.key, c))
            if names is None:
                ratings[(a.key, c)] = Rating("n/a", note="no MOF component maps to it")
                continue
            found = [listed[n] for n in names if n in listed]
            rated = [(e, e.tier if e.tier in _ORDER else "closed") for e in found
                     if e.tier != "unknown"]
            if not found:
                ratings[(a.key, c)] = Rating("closed", note=f"{' / '.join(names)}: not listed "
                                             "in the MOF file (not released)")
            elif not rated:
                ratings[(a.key, c)] = Rating("n/a", note=f"{found[0].name}: license not "
                                             "readable by licenselens; unrated")
            else:
                e, word = max(rated, key=lambda p: _ORDER[p[1]])
                how = f"under {e.license}" if e.license else "without a license"
                ratings[(a.key, c)] = Rating(word, note=f"MOF component {e.name!r} {how}")
    return ratings


def profile_from_mof(data: dict, source: str) -> Profile:
    """Read a MOF mapping into a :class:`Profile` whose ``mof`` holds the MOF reading."""
    framework = data.get("framework")
    release = data.get("release")
    if not isinstance(framework, dict):
        raise ProfileError(source, "framework", "must be a mapping (name, version)")
    if not isinstance(release, dict):
        raise ProfileError(source, "release", "must be a mapping (name, producer, license, "
                           "components)")
    name = _name(release.get("name"), source, "release.name")
    if not name:
        raise ProfileError(source, "release.name", "missing")
    items = release.get("components") or []
    if not isinstance(items, list):
        raise ProfileError(source, "release.components", "must be a list of components")
    globals_, warnings = _globals(release, source)
    entries: list[MofEntry] = []
    for i, item in enumerate(items):
        entry = _entry(item, i, globals_, source, warnings)
        if any(e.name == entry.name for e in entries):
            raise ProfileError(source, f"release.components[{i}].name",
                               f"component {entry.name!r} is listed twice")
        entries.append(entry)
    pct = progress({e.name: e.status for e in entries})
    claimed = _claimed(data, source)
    for k, value in sorted((claimed or {}).items()):
        if k in pct and abs(value - pct[k]) > 0.5:
            warnings.append(f"Class {ROMAN[k]}: the file claims {value:.0f}% progress, "
                            f"licenselens reads {pct[k]:.0f}%")
    reading = _license_reading(entries, globals_)
    mof = MofReading(name=name, producer=str(release.get("producer") or ""),
                     framework=str(framework.get("name") or ""),
                     version=str(framework.get("version") or ""), entries=entries,
                     progress=pct, license=reading, claimed=claimed, warnings=warnings)
    spec = LicenseSpec("none", None) if reading.input is None else LicenseSpec("id",
                                                                               reading.input)
    url = str(release.get("huggingface") or release.get("repository") or "")
    return Profile(model=name, organisation=mof.producer, license=spec,
                   ratings=_paper_ratings(entries), source=source,
                   url=url if url.startswith(("http://", "https://")) else "",
                   mof=mof, warnings=list(warnings))
