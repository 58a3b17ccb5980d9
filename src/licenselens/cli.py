"""The ``licenselens`` command line (contract: shared/spec/contract.md).

Exit status: 0 when every input got a result (tier ``unknown`` included),
1 when an input could not be read at all (one line on stderr naming it; the
other inputs are still reported), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .errors import LicenselensError, PolicyError
from .model import DIMENSIONS, Result

_EPILOG = """\
examples:
  licenselens classify LICENSE                 judge a license file
  licenselens classify path/to/model-folder    every license file found, plus a summary
  licenselens classify --json LICENSE          the contract's JSON (one array)
  licenselens identify llama3.1 "MIT OR Apache-2.0" "License :: OSI Approved :: MIT License"
  licenselens classify --policy strict.yaml .  tiers under your own policy

tiers: open (no restricted dimension), semi-open (1-2), closed (3-4 or no license),
unknown (nothing license-like). Verdicts: free, conditional, restricted, prohibited.
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="licenselens",
        description="What may you do with this software or AI model? Identifies licenses, "
        "judges use / modify / redistribute / commercial with the clause behind each verdict, "
        "and classifies each as open, semi-open or closed.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"licenselens {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("classify", help="classify license files, model cards, SPDX documents or folders",
                       description="Classify files or folders. A folder is scanned for license "
                       "files (LICENSE*, COPYING*, NOTICE*, LICENSE-MODEL, model cards, ...).")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--json", action="store_true", help="print one JSON array of result objects")
    c.add_argument("--policy", metavar="POLICY.yaml", help="tier thresholds and rules (YAML)")
    c.add_argument("--max-bytes", type=int, default=5_000_000, metavar="N",
                   help="read at most N bytes of each file (default 5 MB)")
    c.add_argument("--spdx-out", metavar="OUT.json",
                   help="also write an SPDX 2.3 JSON document of everything found")
    c.set_defaults(func=_cmd_classify)

    i = sub.add_parser("identify", help="identify license ids, names or SPDX expressions",
                       description="Identify identifiers, names, hub license ids, PyPI trove "
                       "classifiers or SPDX expressions given as strings.")
    i.add_argument("texts", nargs="+", metavar="TEXT")
    i.add_argument("--json", action="store_true", help="print one JSON array of result objects")
    i.add_argument("--policy", metavar="POLICY.yaml", help="tier thresholds and rules (YAML)")
    i.set_defaults(func=_cmd_identify)

    try:
        from . import cli_extra
    except ImportError:
        cli_extra = None  # type: ignore[assignment]
    if cli_extra is not None:
        cli_extra.register(sub)
    return p


_SYMBOL = {"free": "free", "conditional": "conditional", "restricted": "RESTRICTED",
           "prohibited": "PROHIBITED"}


def format_text(r: Result) -> str:
    """A short human-readable block for one result."""
    lic = r.expression or (r.license.id if r.license else "no license recognised")
    name = f" ({r.license.name})" if r.license and r.license.name != r.license.id else ""
    osi = {True: "yes", False: "no", None: "unknown"}[r.osi_approved]
    lines = [f"{r.input}: {lic}{name}",
             f"  tier: {r.tier}   OSI-approved: {osi}   matched by: {r.matched_by} "
             f"({r.confidence:.2f})"]
    for dim in DIMENSIONS:
        v = r.restrictions[dim]
        line = f"  {dim:<13}{_SYMBOL[v.verdict]}"
        if v.evidence and v.verdict != "free":
            ev = v.evidence[0]
            snippet = " ".join(ev.text.split())
            if len(snippet) > 110:
                snippet = snippet[:107] + "..."
            where = f" [{ev.start}:{ev.end}]" if ev.end else ""
            line += f"  - {v.reason or ''}{' | ' if v.reason else ''}\"{snippet}\"{where}"
        lines.append(line)
    lines.extend(f"  warning: {w}" for w in r.warnings)
    return "\n".join(lines)


def _load_policy(args: argparse.Namespace):  # noqa: ANN202
    if not getattr(args, "policy", None):
        return None
    from .judge.policy import load_policy

    return load_policy(args.policy)


def _emit(results: list[Result], as_json: bool) -> None:
    if as_json:
        json.dump([r.to_dict() for r in results], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n\n".join(format_text(r) for r in results) + ("\n" if results else ""))


def _cmd_classify(args: argparse.Namespace) -> int:
    from .scan import classify_path

    policy = _load_policy(args)
    results: list[Result] = []
    status = 0
    progress = sys.stderr.isatty() and not args.json
    for path in args.paths:
        try:
            results.extend(classify_path(path, policy=policy, max_bytes=args.max_bytes,
                                         progress=progress))
        except LicenselensError as exc:
            print(f"licenselens: {exc}", file=sys.stderr)
            status = 1
    _emit(results, args.json)
    if args.spdx_out:
        from .readers.spdxdoc import write_spdx_document

        write_spdx_document(results, args.spdx_out)
    return status


def _cmd_identify(args: argparse.Namespace) -> int:
    from .api import identify

    policy = _load_policy(args)
    results = [identify(t, policy=policy) for t in args.texts]
    _emit(results, args.json)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``licenselens`` command."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help/--version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except PolicyError as exc:
        print(f"licenselens: {exc}", file=sys.stderr)
        return 2
    except LicenselensError as exc:
        print(f"licenselens: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
