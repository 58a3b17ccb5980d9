"""Propose labelled reference clauses from development-split LicenseDB texts.

    python tools/propose_clause_refs.py [--per-text N] > src/licenselens/data/clause_refs.yaml

Only texts whose verdicts our records fix are used: the open ScanCode
categories (Permissive, Public Domain: every dimension free; Copyleft,
Copyleft Limited: free or conditional), Commercial (restricted or
prohibited), and model licenses with a curated record (the record's verdict
per dimension).  Held-out keys (see ``licenselens.judge.clauses.corpus``)
are never used.

For each clause, the rules propose a verdict per dimension; a proposal is
kept only where the text's record allows it (a "prohibited" read in a
Permissive text becomes "none": that clause restricts nothing), and a clause
holding one of a curated record's evidence phrases gets that record's
verdict.  Per text, clauses with a proposal (kept or dropped) come first,
then a deterministic sample of the rest (class ``none``).  Each reference is
stored as key, start, end, a hash of the clause, and labels: never the text.
See docs/clauses.md for the labelling rules.
"""

from __future__ import annotations

import argparse
import hashlib
import sys

from licenselens.judge.clauses.corpus import reference_entries, reference_text, split_of
from licenselens.judge.clauses.dataset import clause_hash
from licenselens.judge.clauses.matching import clause_effects
from licenselens.judge.clauses.segment import segment
from licenselens.normalise import normalise_phrase
from licenselens.results import DIMENSIONS, SEVERITY

ALLOWED = {
    "Permissive": {"free"},
    "Public Domain": {"free"},
    "Copyleft": {"free", "conditional"},
    "Copyleft Limited": {"free", "conditional"},
    "Commercial": {"restricted", "prohibited"},
}
SKIP = {"is_exception", "is_deprecated", "is_generic", "is_unknown"}
MIN_WORDS = 6


def _curated() -> dict[str, dict]:
    from licenselens.knowledge.records import knowledge_base

    out = {}
    for rec in knowledge_base().records.values():
        if rec.curated and rec.kind == "model" and rec.scancode_key and rec.has_verdicts:
            out[rec.scancode_key] = rec.verdicts
    return out


def _proposal(text: str) -> dict[str, str]:
    """The rules' verdict per dimension for one clause (most severe effect)."""
    return clause_effects(text)


def _rank(key: str, start: int) -> str:
    return hashlib.sha256(f"{key}:{start}".encode()).hexdigest()


def propose(per_text: int) -> list[dict]:
    curated = _curated()
    rows: list[dict] = []
    for e in reference_entries():
        if split_of(e.key) != "dev":
            continue
        rec = curated.get(e.key)
        if rec is None and (e.flags & SKIP or e.category not in ALLOWED):
            continue
        text = reference_text(e.key)
        if not text:
            continue
        phrases = {d: [normalise_phrase(p) for p in rec[d].labels] for d in DIMENSIONS} if rec else {}
        found, rest = [], []
        for c in segment(text):
            if c.text.count(" ") < MIN_WORDS - 1 or c.text.startswith('"'):
                continue
            prop = _proposal(c.text)
            labels: dict[str, str] = {}
            for d, v in prop.items():
                if rec is not None:
                    if SEVERITY[v] <= SEVERITY[rec[d].verdict]:
                        labels[d] = v
                elif v in ALLOWED[e.category]:
                    labels[d] = v
            norm = normalise_phrase(c.text)
            for d, ps in phrases.items():
                if any(p and p in norm for p in ps):
                    labels[d] = rec[d].verdict
            row = {"key": e.key, "start": c.start, "end": c.end, "hash": clause_hash(c.text),
                   **labels}
            (found if prop or labels else rest).append(row)
        rest.sort(key=lambda r: _rank(r["key"], r["start"]))
        pick = found[:per_text] + rest[: max(1, per_text // 3)]
        rows.extend(sorted(pick, key=lambda r: r["start"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-text", type=int, default=4)
    args = ap.parse_args(argv)
    rows = propose(args.per_text)
    out = sys.stdout
    out.write("# Labelled clauses of reference license texts, stored as references only:\n"
              "# ScanCode key, character span in the text installed by licensedcode-data,\n"
              "# a hash of the clause, and a verdict per dimension it speaks about.\n"
              "# Made by tools/propose_clause_refs.py (see docs/clauses.md); no license text here.\n"
              "references:\n")
    for r in rows:
        labels = "".join(f", {d}: {r[d]}" for d in DIMENSIONS if d in r)
        out.write(f"  - {{key: {r['key']}, start: {r['start']}, end: {r['end']}, "
                  f"hash: '{r['hash']}'{labels}}}\n")
    print(f"{len(rows)} references", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
