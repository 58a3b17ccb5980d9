"""The commands of ``licenselens``: classify, identify, badge, report, check.

Each ``cmd_*`` returns the exit status: 0 success, 1 an input could not be
read (or, for ``check``, a license outside the allowed tiers), 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .. import api
from ..errors import LicenselensError, PolicyError
from ..judge.combine import per_file_results
from ..judge.gate import Gate, check_results
from ..judge.policy import Policy
from ..pipeline import classify_path
from ..report.documents import render_report
from ..report.labels import license_label
from ..report.spdx import write_spdx_document
from ..report.table import print_table
from ..report.text import format_text
from ..results import Result
from .options import policy_of


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise LicenselensError(f"{output}: cannot write: {exc.strerror or exc}") from exc
    else:
        sys.stdout.write(text)


def _emit(results: list[Result], as_json: bool) -> None:
    if as_json:
        json.dump([r.to_dict() for r in results], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n\n".join(format_text(r) for r in results) + ("\n" if results else ""))


def classify_all(paths: list[str], policy: Policy | None, *, max_bytes: int | None = None,
                 progress: bool = False) -> tuple[list[Result], int]:
    """Every result for ``paths``; an unreadable path is one stderr line and status 1."""
    results: list[Result] = []
    status = 0
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    for path in paths:
        try:
            results.extend(classify_path(path, policy=policy, progress=progress, **kwargs))
        except PolicyError:
            raise
        except LicenselensError as exc:
            print(f"licenselens: {exc}", file=sys.stderr)
            status = 1
    return results, status


def cmd_classify(args: argparse.Namespace) -> int:
    """``licenselens classify``."""
    policy, _ = policy_of(args)
    progress = sys.stderr.isatty() and not args.json
    results, status = classify_all(args.paths, policy, max_bytes=args.max_bytes,
                                   progress=progress)
    _emit(results, args.json)
    if args.spdx_out:
        write_spdx_document(results, args.spdx_out)
    return status


def cmd_identify(args: argparse.Namespace) -> int:
    """``licenselens identify``."""
    policy, _ = policy_of(args)
    _emit([api.identify(t, policy=policy) for t in args.texts], args.json)
    return 0


def cmd_badge(args: argparse.Namespace) -> int:
    """``licenselens badge``."""
    policy, _ = policy_of(args)
    try:
        text = api.badge(args.path_or_id, format=args.format, style=args.style,
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
    policy, _ = policy_of(args)
    results, status = classify_all(args.paths, policy)
    fmt = "json" if args.json else args.format
    if fmt is None and not args.output and sys.stdout.isatty():
        print_table(results)
        return status
    _write(render_report(results, fmt or "md"), args.output)
    return status


def cmd_check(args: argparse.Namespace) -> int:
    """``licenselens check``: 0 when every license is allowed, 1 otherwise."""
    policy, file_gate = policy_of(args)
    if args.allow is not None or args.deny is not None:
        gate = Gate.from_options(allow=args.allow, deny=args.deny)
    else:
        gate = file_gate or Gate()
    results, status = classify_all(args.paths, policy)
    checked = per_file_results(results)
    violations = check_results(results, gate)
    bad = {id(v.result) for v in violations}
    if not args.quiet:
        for r in checked:
            mark = "DENIED" if id(r) in bad else "ok"
            print(f"{mark:<6} {r.tier:<9} {license_label(r):<24} {r.input}")
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
