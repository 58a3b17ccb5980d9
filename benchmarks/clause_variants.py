"""The clause reader alone on license *variants*: a second development set.

    python benchmarks/clause_variants.py [--rules-dir DIR] [--misses N] [--why]

ScanCode's rules include thousands of full license texts that are variants of
a LicenseDB license (``is_license_text: yes``: reworded, shortened, with extra
lines).  They are a development set the hand-written rules were not written
on, so they show where a reading does not generalise.  Only rules whose
license expression is one key of the *development* split are read (the
held-out split of ``benchmarks/clauses.py`` stays unseen), of the categories
whose tier is clear, as in ``clauses.py``.  Texts under 120 characters are
left out (they are fragments, not licenses).  The rules of *generic* entries
(``proprietary-license``, ``public-domain-disclaimer``, ...) are counted apart:
they are short self-contained statements ("proprietary and confidential"),
notices included, of 40 characters or more; the open-category figure counts
only the variants of real licenses.  ScanCode files anything short of open
under ``proprietary-license`` (non-commercial-only grants too, which the
rubric calls semi-open), so for the Commercial rows "not read as open" is
printed beside "closed": a proprietary text read as ``open`` is the error
that matters.

The rules come from an installed ``scancode-toolkit`` (the benchmark
virtualenv of ``benchmarks/setup-peers.sh``); nothing of them is stored in
the repository.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from clauses import (
    CLOSED_CATEGORIES,
    OPEN_CATEGORIES,
    SKIP_FLAGS,
    TIER_ORDER,
    _why,
    pct,
    print_misses,
    table,
    tier_of,
)

from licenselens.judge.clauses import read_clauses
from licenselens.judge.clauses.corpus import reference_entries, split_of
from licenselens.results import DIMENSIONS

MIN_CHARS = 120
MIN_GENERIC = 40
GENERIC = " (generic)"
PEERS = Path(os.path.expanduser("~/.cache/licenselens-bench/peers"))


def find_rules_dir() -> Path | None:
    """The ``licensedcode/data/rules`` folder of the benchmark virtualenv, if installed."""
    hits = glob.glob(str(PEERS / "lib" / "python*" / "site-packages" / "licensedcode" / "data"
                         / "rules"))
    return Path(hits[0]) if hits else None


def read_rule(path: Path) -> tuple[dict, str] | None:
    """(front matter, text) of one ``.RULE`` file, or None when it cannot be read."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not raw.startswith("---"):
        return None
    _, head, text = raw.split("---", 2) if raw.count("---") >= 2 else ("", "", "")
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError:
        return None
    # "{{...}}" marks a rule's required phrases: ScanCode's markup, not license text
    text = text.replace("{{", "").replace("}}", "")
    return (meta, text.strip()) if isinstance(meta, dict) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules-dir", type=Path, default=None)
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--why", action="store_true")
    args = ap.parse_args(argv)
    rules_dir = args.rules_dir or find_rules_dir()
    if rules_dir is None or not rules_dir.is_dir():
        print("no ScanCode rules found: run benchmarks/setup-peers.sh or pass --rules-dir",
              file=sys.stderr)
        return 1

    groups: dict[str, str] = {}
    generic: set[str] = set()
    for e in reference_entries():
        if split_of(e.key) == "dev" and not e.flags & (set(SKIP_FLAGS) - {"is_generic"}) \
                and e.category in OPEN_CATEGORIES + CLOSED_CATEGORIES:
            groups[e.key] = e.category
            if "is_generic" in e.flags:
                generic.add(e.key)
    texts: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for path in sorted(rules_dir.glob("*.RULE")):
        got = read_rule(path)
        if got is None:
            continue
        meta, text = got
        key = str(meta.get("license_expression", ""))
        if key not in groups or text in seen:
            continue
        if key in generic:
            # a generic entry ("proprietary-license", "public-domain-disclaimer") has no
            # text of its own; its rules are self-contained statements, notices included
            if not (meta.get("is_license_text") or meta.get("is_license_notice")) \
                    or len(text) < MIN_GENERIC:
                continue
            group = groups[key] + GENERIC
        elif meta.get("is_license_text") and len(text) >= MIN_CHARS:
            group = groups[key]
        else:
            continue
        seen.add(text)
        texts.append((group, path.stem, text))

    tiers: Counter = Counter()
    ok: Counter = Counter()
    not_open: Counter = Counter()
    total: Counter = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    t0 = time.perf_counter()
    for group, name, text in texts:
        reading = read_clauses(text)
        tier = tier_of(reading)
        tiers[(group, tier)] += 1
        total[group] += 1
        want_open = group.removesuffix(GENERIC) in OPEN_CATEGORIES
        good = tier == ("open" if want_open else "closed")
        ok[group] += good
        not_open[group] += tier != "open"
        if not good and len(misses[group]) < args.misses:
            got = {d: reading.restrictions[d].verdict for d in DIMENSIONS}
            misses[group].append(f"  {name}: {tier} " + " ".join(
                f"{d[:3]}={got[d]}" for d in DIMENSIONS))
            if args.why:
                misses[group].extend(_why(reading, group.removesuffix(GENERIC), None))
    elapsed = time.perf_counter() - t0
    cats = [g for c in OPEN_CATEGORIES + CLOSED_CATEGORIES for g in (c, c + GENERIC) if total[g]]
    print(f"clause reader alone on ScanCode license-text rules of development keys: "
          f"{len(texts)} texts, {elapsed:.1f} s")
    for g in cats:
        extra = ""
        if g.removesuffix(GENERIC) in CLOSED_CATEGORIES:
            extra = f"   not read as open: {pct(not_open[g], total[g])}"
        print(f"  {g:<24} {pct(ok[g], total[g])}{extra}")
    print(f"  {'open categories':<24} "
          f"{pct(sum(ok[g] for g in OPEN_CATEGORIES), sum(total[g] for g in OPEN_CATEGORIES))}")
    table("tier confusion (rows: category, columns: tier read)", cats, TIER_ORDER, tiers)
    print_misses(cats, misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
