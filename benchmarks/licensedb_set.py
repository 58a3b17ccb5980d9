"""The LicenseDB set of benchmarks/accuracy.py, built at run time from a snapshot.

    python benchmarks/licensedb_set.py [--snapshot FILE] [--json]

Reads the snapshot file directly (xz JSON lines; no licenselens import needed
for that), so the same set can be classified by another licenselens checkout
(``PYTHONPATH=OLD/src python benchmarks/licensedb_set.py --snapshot NEW_FILE``):
that is how accuracy.py prints before/after figures.

Figures:
* restricted set: every text of category Proprietary Free, Free Restricted,
  Source-available or Commercial, and every model license (a curated model
  record's ScanCode key, or a name that says model / AI / RAIL / a model family):
  identification (the result is the license itself or a documented duplicate)
  and how many get a tier (not ``unknown``);
* self-identification: every text whose category is not "Unstated License";
  and the same for the current references only (ScanCode's deprecated, generic
  and unknown entries left out: a deprecated one counts as identified when the
  result is what replaces it).

Documented duplicates, computed here from the snapshot: keys whose texts are the
same once normalised (copyright lines dropped, tokens as licenselens reads them);
and for a deprecated key, what ScanCode says replaces it (``replaced_by``, e.g.
``gpl-2.0-gcc`` -> ``gpl-2.0-plus WITH gcc-linking-exception-2.0``: the result
must hold exactly the licenses of one of its ``replaced_by`` expressions, or of
all of them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SNAPSHOT = HERE.parent / "src" / "licenselens" / "data" / "licensedb-snapshot.jsonl.xz"
#: ScanCode's flags for entries that are not a reference text of their own
_NOT_REFERENCES = ("is_deprecated", "is_generic", "is_unknown")
RESTRICTED_CATEGORIES = ("Proprietary Free", "Free Restricted", "Source-available", "Commercial")
_MODEL_NAME = re.compile(
    r"(?i)\bmodels?\b|\bai\b|\brail\b|rail-m|llama|gemma|qwen|qianwen|falcon|deepseek|exaone"
    r"|flux\.1|stability|stable diffusion|bigscience|bigcode|openmdw|hyperclova|bilibili")


def load(path: Path) -> tuple[dict, list[dict]]:
    """(header, license entries) of a snapshot file."""
    with lzma.open(path, "rb") as fh:
        lines = fh.read().split(b"\n")
    return json.loads(lines[0]), [json.loads(x) for x in lines[1:] if x]


def duplicates(entries: list[dict]) -> dict[str, set[str]]:
    """key -> keys it is a documented duplicate of: the same text once normalised."""
    from licenselens.normalise import strip_copyright_lines, tokens

    groups: dict[str, set[str]] = {}
    of: dict[str, str] = {}
    for e in entries:
        if not e.get("text"):
            continue
        digest = hashlib.sha1(" ".join(tokens(strip_copyright_lines(e["text"]))).encode()).hexdigest()
        groups.setdefault(digest, set()).add(e["key"])
        of[e["key"]] = digest
    return {k: set(groups[d]) - {k} for k, d in of.items()}


def _resolve(key: str) -> str:
    import licenselens

    return licenselens.identify(f"LicenseRef-scancode-{key}").expression or (
        f"LicenseRef-scancode-{key}")


def _leaves(expression: str | None) -> set[str]:
    return {t for t in re.split(r"[\s()]+", expression or "") if t and t not in ("AND", "OR", "WITH")}


def identified(entry: dict, got: str | None, dups: set[str]) -> bool:
    """The result is the license itself, a duplicate of it, or (a deprecated key) what
    ScanCode says replaces it (``replaced_by``: the same leaves, in any expression)."""
    if not got:
        return False
    if got in {_resolve(k) for k in {entry["key"], *dups}}:
        return True
    replaced = entry.get("replaced_by") or []
    options = [_leaves(x) for x in replaced] + [{k for x in replaced for k in _leaves(x)}]
    return any(_leaves(got) == {_resolve(k) for k in keys} for keys in options if keys)


def is_model(entry: dict, model_keys: set[str]) -> bool:
    return entry["key"] in model_keys or bool(_MODEL_NAME.search(entry.get("name", "")))


def model_keys() -> set[str]:
    """ScanCode keys of the curated model records (empty with an old licenselens)."""
    try:
        from licenselens.knowledge.records import knowledge_base

        return {r.scancode_key for r in knowledge_base().records.values()
                if r.kind == "model" and r.scancode_key}
    except Exception:  # noqa: BLE001
        return set()


def measure(path: Path) -> dict:
    """Classify every text of the set; the figures and the misses."""
    import licenselens

    header, entries = load(path)
    dups = duplicates(entries)
    models = model_keys()
    rows = []
    start = time.perf_counter()
    for e in entries:
        if not e.get("text") or e.get("category") == "Unstated License":
            continue
        r = licenselens.classify_text(e["text"], source=e["key"])
        ok = identified(e, r.expression, dups.get(e["key"], set()))
        rows.append({"key": e["key"], "category": e.get("category", ""),
                     "model": is_model(e, models), "ok": ok, "got": r.expression,
                     "tier": r.tier, "dup": bool(dups.get(e["key"])),
                     "reference": not any(e.get(f) for f in _NOT_REFERENCES)})
    seconds = time.perf_counter() - start
    restricted = [x for x in rows if x["category"] in RESTRICTED_CATEGORIES or x["model"]]
    model_rows = [x for x in rows if x["model"]]

    def fig(sel: list[dict]) -> dict:
        return {"n": len(sel), "identified": sum(x["ok"] for x in sel),
                "tier": sum(x["tier"] != "unknown" for x in sel)}

    return {"snapshot": header.get("data_version"), "reference_data": _data_version(),
            "self": fig(rows), "references": fig([x for x in rows if x["reference"]]),
            "restricted": fig(restricted), "models": fig(model_rows),
            "by_category": {c: fig([x for x in rows if x["category"] == c])
                            for c in RESTRICTED_CATEGORIES},
            "duplicate_keys": sum(1 for x in rows if x["dup"]), "seconds": round(seconds, 1),
            "misses": [x for x in rows if not x["ok"]]}


def _data_version() -> str:
    try:
        from licenselens.knowledge.snapshot import data_version

        return data_version()
    except ImportError:
        from importlib import metadata

        return f"licensedcode-data {metadata.version('licensedcode-data')}"


def pct(f: dict, what: str) -> str:
    return f"{f[what] / f['n']:.3f} ({f[what]}/{f['n']})" if f["n"] else "n/a"


def table(results: list[tuple[str, dict]]) -> list[str]:
    """Markdown rows, one per (label, figures)."""
    out = ["| set | reference data | identified as itself | given a tier |", "|---|---|---|---|"]
    for label, res in results:
        for name, f in [("self-identification (all but Unstated)", res["self"]),
                        ("  of which current references", res["references"]),
                        ("restricted categories + model licenses", res["restricted"]),
                        ("  of which model licenses", res["models"])] + [
                            (f"  {c}", res["by_category"][c]) for c in RESTRICTED_CATEGORIES]:
            out.append(f"| {name} ({label}) | {res['reference_data']} | {pct(f, 'identified')} | "
                       f"{pct(f, 'tier')} |")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    res = measure(args.snapshot)
    if args.json:
        print(json.dumps(res))
        return 0
    print(f"LicenseDB set from {res['snapshot']}, classified in {res['seconds']} s")
    print("\n".join(table([("this checkout", res)])))
    print(f"\nmisses ({len(res['misses'])}):")
    for m in res["misses"]:
        print(f"  {m['key']} [{m['category']}]: got {m['got']} (tier {m['tier']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
