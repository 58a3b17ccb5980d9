"""Accuracy of licenselens (and of the peers, when installed) on the labelled corpus.

    python benchmarks/accuracy.py [--corpus ../shared/corpus] [--peers | --no-peers]
                                  [--no-licensedb] [--before OLD_CHECKOUT/src]

Prints, per set (std/, models/, identifiers), identification accuracy, tier
accuracy, OSI accuracy and per-dimension verdict accuracy, then the misses.
Then the LicenseDB set, built at run time from the packaged snapshot
(benchmarks/licensedb_set.py): every restricted-category and model license
text, and whole-database self-identification; with ``--before``, the same set
classified by another checkout (e.g. one still on licensedcode-data) too.
Peers (licenseclassifier, pyaskalono, scancode-toolkit) run in their own
virtualenv through benchmarks/peers.py; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DIMS = ("use", "modify", "redistribute", "commercial")
PEERS_VENV = Path(os.environ.get("LICENSELENS_PEERS_VENV",
                                 Path.home() / ".cache/licenselens-bench/peers"))
PEERS = ("licenseclassifier", "askalono", "scancode")


def canon(expr: str | None) -> str:
    """Order-insensitive form of an expression: AND/OR arguments sorted, case folded."""
    if not expr:
        return ""
    from license_expression import Licensing

    try:
        return Licensing().parse(expr, validate=False).simplify().render().lower()
    except Exception:  # noqa: BLE001
        return expr.lower()


def same_license(got: str | None, expected: str) -> bool:
    """Equal, or the same license under another id (SPDX id vs ScanCode LicenseRef)."""
    if not got:
        return False
    if canon(got) == canon(expected):
        return True
    import licenselens

    alt = licenselens.identify(expected)
    return bool(alt.expression) and canon(alt.expression) == canon(got)


def pct(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def find_corpus(arg: str | None) -> Path | None:
    cands = [Path(arg)] if arg else [HERE.parent.parent / "shared" / "corpus",
                                     Path("/work/shared/corpus")]
    for c in cands:
        if (c / "std.yaml").is_file():
            return c
    return None


PEER_TIERS: dict[str, dict[str, str | None]] = {}


def run_peers(files: list[Path]) -> dict[str, dict[str, list[str]]]:
    py = PEERS_VENV / "bin" / "python"
    out: dict[str, dict[str, list[str]]] = {}
    if not py.exists():
        return out
    for peer in PEERS:
        try:
            proc = subprocess.run([str(py), str(HERE / "peers.py"), "--peer", peer,
                                   *map(str, files)], capture_output=True, text=True,
                                  timeout=1800)
        except subprocess.TimeoutExpired:
            print(f"peer {peer}: timed out", file=sys.stderr)
            continue
        got: dict[str, list[str]] = {}
        for line in proc.stdout.splitlines():
            if line.startswith("{"):
                rec = json.loads(line)
                if "file" in rec:
                    got[rec["file"]] = rec.get("ids", [])
                    PEER_TIERS.setdefault(peer, {})[rec["file"]] = rec.get("tier")
        if got:
            out[peer] = got
        elif proc.returncode:
            print(f"peer {peer}: failed: {proc.stderr.strip()[-300:]}", file=sys.stderr)
    return out


def peer_expression(ids: list[str]) -> str | None:
    ids = [i for i in ids if i]
    return " AND ".join(dict.fromkeys(ids)) if ids else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus")
    ap.add_argument("--peers", dest="peers", action="store_true", default=None)
    ap.add_argument("--no-peers", dest="peers", action="store_false")
    ap.add_argument("--no-licensedb", action="store_true", help="skip the LicenseDB set")
    ap.add_argument("--before", help="the src/ folder of another checkout to compare with")
    args = ap.parse_args()
    corpus = find_corpus(args.corpus)
    if corpus is None:
        print("accuracy: corpus not found (expected ../shared/corpus); skipping the corpus sets")
    else:
        corpus_sets(corpus, args)
    if not args.no_licensedb:
        licensedb_sets(args.before)
    return 0


def licensedb_sets(before: str | None) -> None:
    """The LicenseDB set, after (this checkout) and before (``--before``) if given."""
    import licensedb_set

    runs = []
    if before:
        proc = subprocess.run(
            [sys.executable, str(HERE / "licensedb_set.py"), "--json", "--snapshot",
             str(licensedb_set.DEFAULT_SNAPSHOT)], capture_output=True, text=True,
            env={**os.environ, "PYTHONPATH": before,
                 "LICENSELENS_CACHE": os.environ.get("LICENSELENS_CACHE_BEFORE",
                                                     "/tmp/licenselens-cache-before")})
        if proc.returncode == 0:
            runs.append(("before", json.loads(proc.stdout.strip().splitlines()[-1])))
        else:
            print(f"--before {before}: failed: {proc.stderr.strip()[-300:]}")
    after = licensedb_set.measure(licensedb_set.DEFAULT_SNAPSHOT)
    runs.append(("after" if before else "this checkout", after))
    print(f"\nLicenseDB set from {after['snapshot']} ({after['seconds']} s)")
    print("\n".join(licensedb_set.table(runs)))
    print(f"\nLicenseDB set misses ({len(after['misses'])}):")
    for m in after["misses"]:
        print(f"  {m['key']} [{m['category']}]: got {m['got']} (tier {m['tier']})")


def corpus_sets(corpus: Path, args: argparse.Namespace) -> None:
    """The std/, models/ and identifiers sets of the labelled corpus."""
    import licenselens

    std = yaml.safe_load((corpus / "std.yaml").read_text(encoding="utf-8"))
    models = yaml.safe_load((corpus / "models.yaml").read_text(encoding="utf-8"))
    idents = yaml.safe_load((corpus / "identifiers.yaml").read_text(encoding="utf-8"))
    use_peers = args.peers if args.peers is not None else (PEERS_VENV / "bin/python").exists()
    files = [corpus / "std" / e["file"] for e in std] + [corpus / "models" / e["file"] for e in models]
    peers = run_peers(files) if use_peers else {}

    rows: list[tuple[str, str, str, str, str, str]] = []
    misses: list[str] = []

    # std/
    n_id = n_id_ok = n_tier_ok = 0
    peer_ok = {p: 0 for p in peers}
    for e in std:
        path = corpus / "std" / e["file"]
        r = licenselens.classify(path)
        exp = e.get("expected") or []
        if exp:
            n_id += 1
            ok = any(same_license(r.expression, x) for x in exp)
            n_id_ok += ok
            if not ok:
                misses.append(f"std  {e['file']}: expected {exp}, got {r.expression}")
            for p in peers:
                pe = peer_expression(peers[p].get(str(path), []))
                peer_ok[p] += any(canon(pe) == canon(x) for x in exp)
        tier_ok = r.tier == e["tier"]
        n_tier_ok += tier_ok
        if not tier_ok:
            misses.append(f"std  {e['file']}: tier expected {e['tier']}, got {r.tier}")
    rows.append(("std/ licenselens", pct(n_id_ok, n_id), pct(n_tier_ok, len(std)), "", "", ""))
    for p in peers:
        rows.append((f"std/ {p}", pct(peer_ok[p], n_id), "", "", "", ""))

    # models/
    n_ok = n_strict = n_tier_ok = 0
    dim_ok = dict.fromkeys(DIMS, 0)
    peer_ok = {p: 0 for p in peers}
    peer_tier = {p: 0 for p in peers}
    for e in models:
        path = corpus / "models" / e["file"]
        r = licenselens.classify(path)
        exp = f"LicenseRef-scancode-{e['scancode_key']}"
        n_strict += canon(r.expression) == canon(exp)
        ok = same_license(r.expression, exp)
        n_ok += ok
        if not ok:
            misses.append(f"models {e['file']}: expected {exp}, got {r.expression}")
        n_tier_ok += r.tier == e["tier"]
        if r.tier != e["tier"]:
            misses.append(f"models {e['file']}: tier expected {e['tier']}, got {r.tier}")
        for d in DIMS:
            good = r.restrictions[d].verdict == e[d]
            dim_ok[d] += good
            if not good:
                misses.append(f"models {e['file']}: {d} expected {e[d]}, got "
                              f"{r.restrictions[d].verdict}")
        for p in peers:
            pe = peer_expression(peers[p].get(str(path), []))
            peer_ok[p] += canon(pe) == canon(exp)
            peer_tier[p] += PEER_TIERS.get(p, {}).get(str(path)) == e["tier"]
    m = len(models)
    rows.append(("models/ licenselens", pct(n_ok, m), pct(n_tier_ok, m), "",
                 " ".join(f"{d[:3]} {dim_ok[d] / m:.2f}" for d in DIMS),
                 f"strict ids {pct(n_strict, m)}"))
    for p in peers:
        tier = pct(peer_tier[p], m) if any(PEER_TIERS.get(p, {}).values()) else ""
        rows.append((f"models/ {p}", pct(peer_ok[p], m), tier, "", "",
                     "tier from ScanCode categories" if tier else ""))

    # identifiers
    n_idq = n_id_ok = n_tier_ok = n_osi = n_osi_ok = 0
    for e in idents:
        r = licenselens.identify(e["q"])
        if "id" in e or "id_re" in e:
            n_idq += 1
            if "id" in e:
                exp = e["id"] if isinstance(e["id"], list) else [e["id"]]
                ok = any(canon(r.expression) == canon(x) for x in exp)
            else:
                ok = bool(r.expression) and re.search(e["id_re"], r.expression) is not None
            n_id_ok += ok
            if not ok:
                misses.append(f"ident {e['q']!r}: expected {e.get('id') or e.get('id_re')}, got "
                              f"{r.expression}")
        n_tier_ok += r.tier == e["tier"]
        if r.tier != e["tier"]:
            misses.append(f"ident {e['q']!r}: tier expected {e['tier']}, got {r.tier}")
        if "osi" in e:
            n_osi += 1
            n_osi_ok += r.osi_approved == e["osi"]
    rows.append(("identifiers licenselens", pct(n_id_ok, n_idq), pct(n_tier_ok, len(idents)),
                 pct(n_osi_ok, n_osi), "", ""))

    print(f"corpus: {corpus}")
    print("| set / tool | identification | tier | OSI | per-dimension | note |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if not peers:
        print("(peers not measured: run benchmarks/setup-peers.sh first)")
    print(f"\nmisses ({len(misses)}):")
    for line in misses:
        print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
