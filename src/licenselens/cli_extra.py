"""The ``badge``, ``report`` and ``check`` subcommands of the ``licenselens`` command.

:func:`register` adds them to the main parser's subparsers; each handler
returns the exit status: 0 success, 1 an input could not be read (or, for
``check``, a license outside the allowed tiers), 2 usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from .errors import LicenselensError, PolicyError
from .model import TIERS, Result

__all__ = ["register"]


def _tiers_arg(value: str) -> frozenset[str]:
    from .judge.gate import parse_tiers

    try:
        return parse_tiers(value)
    except PolicyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(subparsers: Any) -> None:
    """Add ``badge``, ``report`` and ``check`` to an argparse subparsers object."""
    from .output.badges import BADGE_FORMATS, BADGE_STYLES
    from .output.reports import REPORT_FORMATS

    b = subparsers.add_parser(
        "badge", help="a license badge (SVG or shields.io endpoint JSON)",
        description="Write a license badge for a file, a folder, or (when no such path "
        "exists) a license identifier, name or expression.",
        epilog="example: licenselens badge LICENSE -o license.svg",
    )
    b.add_argument("path_or_id", metavar="PATH_OR_ID")
    b.add_argument("--format", choices=BADGE_FORMATS, default="svg",
                   help="svg (default) or endpoint (shields.io endpoint JSON)")
    b.add_argument("--style", choices=BADGE_STYLES, default="flat", help="badge style")
    b.add_argument("--osi", action="store_true", help="mark OSI-approved licenses")
    b.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    b.add_argument("--policy", metavar="POLICY.yaml", help="tier thresholds and rules (YAML)")
    b.set_defaults(func=cmd_badge)

    r = subparsers.add_parser(
        "report", help="a report of every license found (Markdown, HTML, JSON, or a table)",
        description="Classify files or folders and write a report: a table of every file "
        "with its license, OSI approval, the four verdicts, tier and evidence. Without "
        "--format, a terminal gets a table and a pipe gets Markdown.",
        epilog="example: licenselens report . --format html -o licenses.html",
    )
    r.add_argument("paths", nargs="+", metavar="PATH")
    r.add_argument("--format", choices=REPORT_FORMATS, default=None,
                   help="md, html or json (default: a table on a terminal, else md)")
    r.add_argument("--json", action="store_true", help="same as --format json")
    r.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    r.add_argument("--policy", metavar="POLICY.yaml", help="tier thresholds and rules (YAML)")
    r.set_defaults(func=cmd_report)

    c = subparsers.add_parser(
        "check", help="CI gate: fail when a license is outside the allowed tiers",
        description="Classify files or folders and exit 1 when any license found is outside "
        "the allowed tiers, naming the file, its tier and the clause. Default: --deny closed.",
        epilog="tiers: " + ", ".join(TIERS) + "\nexample: licenselens check . --allow open,semi-open",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("paths", nargs="+", metavar="PATH")
    g = c.add_mutually_exclusive_group()
    g.add_argument("--allow", type=_tiers_arg, metavar="TIERS",
                   help="comma-separated tiers that pass; everything else fails")
    g.add_argument("--deny", type=_tiers_arg, metavar="TIERS",
                   help="comma-separated tiers that fail (default: closed)")
    c.add_argument("--policy", metavar="POLICY.yaml",
                   help="tier rules, and optionally allow:/deny: lists (YAML)")
    c.add_argument("-q", "--quiet", action="store_true", help="print only violations")
    c.set_defaults(func=cmd_check)


def _policy(args: argparse.Namespace) -> tuple[Any, Any]:
    if not getattr(args, "policy", None):
        return None, None
    from .judge.gate import load_gate_policy

    return load_gate_policy(args.policy)


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise LicenselensError(f"{output}: cannot write: {exc.strerror or exc}") from exc
    else:
        sys.stdout.write(text)


def _classify_all(paths: list[str], policy: Any) -> tuple[list[Result], int]:
    from .api import classify_paths

    results: list[Result] = []
    status = 0
    for p in paths:
        try:
            results.extend(classify_paths([p], policy=policy))
        except PolicyError:
            raise
        except LicenselensError as exc:
            print(f"licenselens: {exc}", file=sys.stderr)
            status = 1
    return results, status


def cmd_badge(args: argparse.Namespace) -> int:
    """``licenselens badge``."""
    from .output.badges import badge

    policy, _ = _policy(args)
    try:
        text = badge(args.path_or_id, format=args.format, style=args.style,
                     show_osi=args.osi, policy=policy)
    except PolicyError:
        raise
    except LicenselensError as exc:
        print(f"licenselens: {exc}", file=sys.stderr)
        return 1
    _write(text, args.output)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """``licenselens report``."""
    from .output.reports import render_report

    policy, _ = _policy(args)
    results, status = _classify_all(args.paths, policy)
    fmt = "json" if args.json else args.format
    if fmt is None and not args.output and sys.stdout.isatty():
        from .output.terminal import print_table

        print_table(results)
        return status
    _write(render_report(results, fmt or "md"), args.output)
    return status


def cmd_check(args: argparse.Namespace) -> int:
    """``licenselens check``: 0 when every license is allowed, 1 otherwise."""
    from .judge.gate import Gate, check_results, gated_results

    policy, file_gate = _policy(args)
    if args.allow is not None or args.deny is not None:
        gate = Gate.from_options(allow=args.allow, deny=args.deny)
    else:
        gate = file_gate or Gate()
    results, status = _classify_all(args.paths, policy)
    checked = gated_results(results)
    violations = check_results(results, gate)
    bad = {id(v.result) for v in violations}
    if not args.quiet:
        from .output.reports import license_label

        for r in checked:
            lic = license_label(r)
            mark = "DENIED" if id(r) in bad else "ok"
            print(f"{mark:<6} {r.tier:<9} {lic:<24} {r.input}")
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for v in violations:
        msg = v.message()
        print(f"licenselens check: denied: {msg}", file=sys.stderr)
        if annotate:
            clean = msg.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            print(f"::error file={v.result.input},title=license denied::{clean}")
    if violations:
        print(f"licenselens check: {len(violations)} of {len(checked)} denied ({gate.describe()})",
              file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"licenselens check: {len(checked)} checked, all passed ({gate.describe()})")
    return status
