"""Run one peer tool on files, inside the peers' virtualenv (see setup-peers.sh).

    $PEERS_VENV/bin/python benchmarks/peers.py --peer scancode FILE...

Prints one JSON line per file: {"file", "ids", "tier", "seconds"}, then a
last line {"peer", "load_seconds", "files", "total_seconds", "max_rss_kb"}.
Peers never run in licenselens' own process or virtualenv.
"""

from __future__ import annotations

import argparse
import json
import resource
import time

#: ScanCode license category -> tier (our reading: restrictions of some kind -> semi-open)
CATEGORY_TIER = {
    "Permissive": "open", "Public Domain": "open", "Copyleft": "open",
    "Copyleft Limited": "open", "Proprietary Free": "semi-open",
    "Free Restricted": "semi-open", "Source-available": "semi-open", "Commercial": "closed",
}
_ORDER = ["open", "semi-open", "closed"]


def load(peer: str):  # noqa: ANN201
    if peer == "licenseclassifier":
        from licenseclassifier import identify_license

        def run(text: str, path: str) -> tuple[list[str], str | None]:
            return [m.id for m in identify_license(text)], None

        identify_license("warm up")
        return run
    if peer == "askalono":
        import askalono

        def run(text: str, path: str) -> tuple[list[str], str | None]:
            try:
                r = askalono.identify(text)
            except Exception:  # noqa: BLE001
                return [], None
            return ([r.name] if r and r.score >= 0.8 else []), None

        return run
    if peer == "scancode":
        from licensedcode.cache import get_licenses_db
        from scancode.api import get_licenses

        db = get_licenses_db()
        get_licenses  # noqa: B018

        def run(text: str, path: str) -> tuple[list[str], str | None]:
            res = get_licenses(path)
            spdx = res.get("detected_license_expression_spdx")
            keys = res.get("detected_license_expression") or ""
            tiers = []
            for key in set(keys.replace("(", " ").replace(")", " ").split()):
                lic = db.get(key)
                if lic is not None:
                    tiers.append(CATEGORY_TIER.get(lic.category, "closed"))
            tier = max(tiers, key=_ORDER.index) if tiers else None
            return ([spdx] if spdx else []), tier

        run("", __file__)  # loads the index (its real cold cost)
        return run
    raise SystemExit(f"unknown peer {peer}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--peer", required=True)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    t0 = time.perf_counter()
    run = load(args.peer)
    load_s = time.perf_counter() - t0
    texts = {f: open(f, encoding="utf-8", errors="replace").read() for f in args.files}
    start = time.perf_counter()
    for rep in range(args.repeat):
        for f in args.files:
            t = time.perf_counter()
            ids, tier = run(texts[f], f)
            if rep == args.repeat - 1:
                print(json.dumps({"file": f, "ids": ids, "tier": tier,
                                  "seconds": round(time.perf_counter() - t, 5)}))
    total = time.perf_counter() - start
    print(json.dumps({"peer": args.peer, "load_seconds": round(load_s, 3),
                      "files": len(args.files) * args.repeat, "total_seconds": round(total, 4),
                      "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main()
