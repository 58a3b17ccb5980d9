"""``licenselens packages``: every installed distribution (or a project's manifest) with
its declared license, what its license files hold, and whether they agree."""

from __future__ import annotations

import argparse
import sys

from ..pipeline import classify_packages
from ..report.packages import PACKAGE_FORMATS, render_packages
from ..results import Result
from .commands import OK, PARTIAL, _line, _write, each_input
from .options import add_output, policy_of


def add_packages_options(p: argparse.ArgumentParser) -> None:
    """The arguments of ``packages``."""
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="a site-packages folder, a virtual environment, a *.dist-info folder, "
                   "a manifest (pyproject.toml, package.json, Cargo.toml) or a project folder; "
                   "none: the running Python's environment")
    p.add_argument("--python-env", action="store_true",
                   help="the environment of the Python running licenselens")
    p.add_argument("--format", choices=PACKAGE_FORMATS, default="table",
                   help="table (default), json (the contract's result objects), csv or md")
    p.add_argument("--summary", action="store_true",
                   help="count packages per license and per tier instead of listing them")
    add_output(p)


def cmd_packages(args: argparse.Namespace) -> int:
    """``licenselens packages``."""
    policy, _ = policy_of(args)
    targets: list[str | None] = list(args.paths)
    if args.python_env or not targets:
        targets.append(None)
    def run(target: str | None) -> list[Result]:
        found, warnings = classify_packages(target, policy=policy)
        for w in warnings:
            print(f"licenselens: warning: {_line(w)}", file=sys.stderr)
        return found

    results, status = each_input(targets, run)
    _write(render_packages(results, args.format, summary=args.summary), args.output)
    if status == OK and any(any("not read" in w for w in r.warnings) for r in results):
        return PARTIAL
    return status
