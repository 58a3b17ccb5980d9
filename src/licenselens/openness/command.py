"""``licenselens openness``: the scorecard on the command line.

Forms::

    licenselens openness PROFILE.yaml... [--packaged] [--scheme NAME|all] [--json]
                         [--chart DIR [--chart-format svg|png|both]] [--html OUT]
    licenselens openness impact STATS.csv|STATS.json [--top N] [--json] [--html OUT]

Wiring into the CLI: ``add_parser(subparsers)`` registers the command (and sets
``func=run``); ``run(args)`` returns the exit status: 0 ok, 1 an input could not
be read at all, 2 usage error or invalid profile / table (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError, LicenselensError
from .charts import write_charts
from .errors import ProfileError, StatsError
from .framework import AREAS, SCHEMES
from .impact import Impact, impact_scores, read_stats
from .loading import load_profile, packaged_profiles
from .report import render_html
from .scoring import Scorecard, rank, ranks_by_scheme, score

_EPILOG = """\
examples:
  licenselens openness --packaged                      the shipped profiles, every scheme
  licenselens openness my-model.yaml --scheme osaid    one scheme
  licenselens openness model.yml --json                a MOF file: mof_progress I/II/III
  licenselens openness --packaged --chart charts/ --html openness.html
  licenselens openness impact stats.csv --top 15       the selection score

schemes: """ + ", ".join(f"{k} ({s.label})" for k, s in SCHEMES.items())


class UsageError(LicenselensError):
    """The command line asks for something that cannot be done (exit status 2)."""


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def add_parser(subparsers: Any) -> None:
    """Register ``openness`` on an argparse subparsers object (``func`` = :func:`run`)."""
    p = subparsers.add_parser(
        "openness", help="openness scorecard of AI models (profiles, MOF files, impact)",
        description="Score model profiles (YAML; MOF files too) on the openness framework's "
        "four areas under seven weighting schemes, with the license rated by licenselens; "
        "or, with 'impact STATS', rank models by the paper's selection score.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", metavar="PROFILE",
                   help="profile files (ours or MOF), or: impact STATS.csv|STATS.json")
    p.add_argument("--packaged", action="store_true",
                   help="also score the profiles shipped with licenselens")
    p.add_argument("--scheme", choices=[*SCHEMES, "all"], default="all",
                   help="weighting scheme (default: all)")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.add_argument("--chart", metavar="DIR", help="write charts into DIR")
    p.add_argument("--chart-format", choices=("svg", "png", "both"), default="svg",
                   help="chart files (png needs the 'charts' extra); default svg")
    p.add_argument("--html", metavar="OUT", help="write the HTML report to OUT")
    p.add_argument("--top", type=_positive, metavar="N", help="impact: keep the first N")
    p.set_defaults(func=run)


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from exc


def _table(cards: list[Scorecard]) -> list[str]:
    width = max([len(c.model) for c in cards] + [5])
    head = f"{'model':<{width}}  " + "  ".join(f"{a.key:>8}" for a in AREAS) + "  license"
    lines = [head]
    for c in cards:
        areas = "  ".join(f"{'n/a' if v is None else f'{v:.2f}':>8}" for v in c.areas.values())
        lic = c.license
        name = lic.label
        lines.append(f"{c.model:<{width}}  {areas}  {name}: {lic.tier} ({lic.origin})")
    return lines


def _text(cards: list[Scorecard], schemes: list[str]) -> str:
    lines = [f"Openness scorecard of {len(cards)} model(s); license rated by licenselens", ""]
    lines += _table(cards)
    width = max([len(c.model) for c in cards] + [5])
    for key in schemes:
        s = SCHEMES[key]
        lines += ["", f"{key}: {s.label} (weights {', '.join(f'{w:g}' for w in s.weights)}; "
                  f"max {s.maximum:g})"]
        lines += [f"  {r:>3}  {c.model:<{width}}  {c.totals[key]:.2f}" for r, c in rank(cards, key)]
    mof = [c for c in cards if c.profile.mof is not None]
    if mof:
        lines += ["", "MOF class progress:"]
        for c in mof:
            pct = c.profile.mof.progress_dict()
            lines.append(f"  {c.model}: Class III {pct['III']:.1f}%  Class II {pct['II']:.1f}%  "
                         f"Class I {pct['I']:.1f}%")
    warned = [(c.model, w) for c in cards for w in c.warnings]
    if warned:
        lines += ["", "warnings:"] + [f"  {m}: {w}" for m, w in warned]
    return "\n".join(lines) + "\n"


def _impact_text(rows: list[Impact]) -> str:
    width = max([len(i.model) for i in rows] + [5])
    lines = [f"{'rank':>4}  {'model':<{width}}  {'likes':>10}  {'downloads':>12}  "
             f"{'children':>8}  impact"]
    lines += [f"{i.rank:>4}  {i.model:<{width}}  {i.stats.likes:>10g}  {i.stats.downloads:>12g}  "
              f"{i.stats.children:>8g}  {i.score:.3f}" for i in rows]
    return "\n".join(lines) + "\n"


def _run_impact(args: argparse.Namespace) -> int:
    if len(args.inputs) != 2:
        raise UsageError("openness impact takes exactly one STATS.csv or STATS.json")
    if args.chart or args.packaged or args.scheme != "all":
        raise UsageError("--chart, --packaged and --scheme do not apply to 'impact'")
    rows = impact_scores(read_stats(args.inputs[1]), top=args.top)
    if args.html:
        _write(args.html, render_html([], impact=rows, title="Impact of models"))
    if args.json:
        print(json.dumps([i.to_dict() for i in rows], indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(_impact_text(rows))
    return 0


def _run_scores(args: argparse.Namespace) -> int:
    if args.top is not None:
        raise UsageError("--top applies only to 'openness impact'")
    if not args.inputs and not args.packaged:
        raise UsageError("give profile files (or --packaged), or: impact STATS.csv")
    schemes = list(SCHEMES) if args.scheme == "all" else [args.scheme]
    profiles = [load_profile(p) for p in args.inputs]
    if args.packaged:
        profiles += packaged_profiles()
    cards = [score(p) for p in profiles]
    if args.chart:
        try:
            write_charts(cards, args.chart, schemes, args.chart_format)
        except OSError as exc:
            raise InputError(args.chart, f"cannot write charts: {exc.strerror or exc}") from exc
    if args.html:
        _write(args.html, render_html(cards, schemes))
    if args.json:
        ranks = ranks_by_scheme(cards)
        data = [c.to_dict(schemes, r) for c, r in zip(cards, ranks, strict=True)]
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(_text(cards, schemes))
    return 0


def run(args: argparse.Namespace) -> int:
    """Run ``licenselens openness`` with parsed arguments; returns the exit status."""
    try:
        if args.inputs and args.inputs[0] == "impact":
            return _run_impact(args)
        return _run_scores(args)
    except (UsageError, ProfileError, StatsError) as exc:
        print(f"licenselens openness: {exc}", file=sys.stderr)
        return 2
    except LicenselensError as exc:
        print(f"licenselens openness: {exc}", file=sys.stderr)
        return 1
