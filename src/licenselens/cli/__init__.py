"""The ``licenselens`` command line (contract: docs/contract.md).

Exit status: 0 when every input was read and got a result (tier ``unknown``
included); 1 when an input could not be read at all (one line on stderr naming
it; the other inputs are still reported) or, for ``check``, a license is
outside the allowed tiers; 2 for usage errors; 3 when every input was
reported but part of one could not be read (a file in a folder with
``kind: error``, a walk stopped by ``--max-files``).  No traceback reaches a
user: anything unexpected is one stderr line and status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .._version import __version__
from ..errors import LicenselensError, PolicyError
from ..lazymod import LazyModule
from ..pipeline import memostore
from ..report.badges import BADGE_FORMATS, BADGE_STYLES
from ..report.documents import REPORT_FORMATS
from ..results import TIERS
from . import commands, data
from .options import (
    add_jobs,
    add_json,
    add_max_bytes,
    add_output,
    add_policy,
    add_scan,
    spdx_out_arg,
    tiers_arg,
)
from .packages import add_packages_options, cmd_packages

_EPILOG = """\
examples:
  licenselens classify LICENSE                 judge a license file
  licenselens classify path/to/model-folder    every license file found, plus a summary
  licenselens classify --json LICENSE          the contract's JSON (one array)
  licenselens identify llama3.1 "MIT OR Apache-2.0" "License :: OSI Approved :: MIT License"
  licenselens classify --policy strict.yaml .  tiers under your own policy
  licenselens classify --headers src/          also SPDX-License-Identifier headers (REUSE)
  licenselens classify hf:meta-llama/Llama-3.1-8B   a model on the Hugging Face hub (extra [hub])
  licenselens packages .venv --summary         installed packages: declared vs found licenses

exit status: 0 all read, 1 an input could not be read (check: a license denied),
2 usage error, 3 every input reported but part of one could not be read.

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

    c = _command(sub, "classify", commands.cmd_classify, "PATH",
                 "classify license files, model cards, SPDX documents or folders",
                 "Classify files or folders. A folder is walked to any depth for license files "
                 "(LICENSE*, COPYING*, NOTICE*, LICENSES/, model cards, SPDX documents, "
                 "package metadata and manifests; with --headers, source files' SPDX tags); "
                 "each result says where its license came from. hf:org/name reads a model "
                 "from the Hugging Face hub or its local cache.")
    add_json(c)
    add_max_bytes(c)
    c.add_argument("--spdx-out", metavar="OUT.json", type=spdx_out_arg,
                   help="also write an SPDX 2.3 document of everything found; always JSON, "
                   "so the name must end in .json (e.g. sbom.spdx.json)")
    add_scan(c)
    add_jobs(c)

    i = _command(sub, "identify", commands.cmd_identify, "TEXT",
                 "identify license ids, names or SPDX expressions",
                 "Identify identifiers, names, hub license ids, PyPI trove classifiers or "
                 "SPDX expressions given as strings.")
    add_json(i)

    b = _command(sub, "badge", commands.cmd_badge, None,
                 "a license badge (SVG or shields.io endpoint JSON)",
                 "Write a license badge for a file, a folder, or (when no such path exists) a "
                 "license identifier, name or expression.",
                 "example: licenselens badge LICENSE -o license.svg")
    b.add_argument("path_or_id", metavar="PATH_OR_ID")
    b.add_argument("--format", choices=BADGE_FORMATS, default="svg",
                   help="svg (default) or endpoint (shields.io endpoint JSON)")
    b.add_argument("--style", choices=BADGE_STYLES, default="flat", help="badge style")
    b.add_argument("--osi", action="store_true", help="mark OSI-approved licenses")
    add_output(b)

    r = _command(sub, "report", commands.cmd_report, "PATH",
                 "a report of every license found (Markdown, HTML, JSON, or a table)",
                 "Classify files or folders and write a report: a table of every file with its "
                 "license, OSI approval, the four verdicts, tier and evidence. Without --format, "
                 "a terminal gets a table and a pipe gets Markdown.",
                 "example: licenselens report . --format html -o licenses.html")
    r.add_argument("--format", choices=REPORT_FORMATS, default=None,
                   help="md, html or json (default: a table on a terminal, else md)")
    r.add_argument("--json", action="store_true", help="same as --format json")
    add_output(r)
    add_scan(r)

    k = _command(sub, "check", commands.cmd_check, "PATH",
                 "CI gate: fail when a license is outside the allowed tiers",
                 "Classify files or folders and exit 1 when any license found is outside the "
                 "allowed tiers, naming the file, its tier and the clause. Default: --deny closed.",
                 "tiers: " + ", ".join(TIERS) + "\nexample: licenselens check . --allow open,semi-open",
                 gate=True)
    g = k.add_mutually_exclusive_group()
    g.add_argument("--allow", type=tiers_arg, metavar="TIERS",
                   help="comma-separated tiers that pass; everything else fails")
    g.add_argument("--deny", type=tiers_arg, metavar="TIERS",
                   help="comma-separated tiers that fail (default: closed)")
    k.add_argument("-q", "--quiet", action="store_true", help="print only violations")
    add_scan(k)

    pk = _command(sub, "packages", cmd_packages, None,
                  "installed packages or manifests: declared versus found licenses",
                  "One row per installed distribution (a site-packages folder, a virtual "
                  "environment, or --python-env for the running one) or per project manifest: "
                  "name, version, the declared license (License-Expression, License, "
                  "classifiers), what its license files hold, whether they agree, and the tier.",
                  "example: licenselens packages .venv --format csv -o licenses.csv")
    add_packages_options(pk)

    # listed here; its arguments are the scorecard's own (see _openness_command)
    sub.add_parser("openness", add_help=False,
                   help="openness scorecard of AI models (profiles, MOF files, impact)")
    data.add_parser(sub)
    return p


#: the scorecard's command, loaded when it is run (a fifth of the start-up of the others)
_openness = LazyModule("licenselens.openness.command")


def _openness_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="licenselens")
    _openness.add_parser(p.add_subparsers(metavar="COMMAND"))
    return p


def _command(sub: Any, name: str, func: Callable[[argparse.Namespace], int], many: str | None,
             help: str, description: str, epilog: str | None = None, *,
             gate: bool = False) -> argparse.ArgumentParser:
    """A subcommand: its help, its inputs (``many``: one or more of them), ``--policy``."""
    c = sub.add_parser(name, help=help, description=description, epilog=epilog,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    if many is not None:
        c.add_argument("paths" if many == "PATH" else "texts", nargs="+", metavar=many)
    add_policy(c, gate=gate)
    c.set_defaults(func=func)
    return c


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``licenselens`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # the scorecard's arguments are parsed by its own parser, loaded only for it
    parser = _openness_parser() if argv[:1] == ["openness"] else _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help/--version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    if getattr(args, "memo", False):  # read by each process, workers included
        os.environ[memostore.ENV] = "1"
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
    except RecursionError:
        print("licenselens: an input is nested too deeply to be read", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - no traceback reaches a user
        first = (" ".join(str(exc).split()) or type(exc).__name__)[:300]
        print(f"licenselens: could not complete: {type(exc).__name__}: {first}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
