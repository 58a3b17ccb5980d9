"""Options that several commands share, each declared once."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import PolicyError
from ..judge.gate import Gate, load_gate_policy, parse_tiers
from ..judge.policy import Policy
from ..pipeline.tree import ScanOptions
from ..readers.files import DEFAULT_MAX_BYTES
from ..readers.walk import DEFAULT_MAX_FILES


def add_json(p: argparse.ArgumentParser) -> None:
    """``--json``: the contract's JSON array on stdout."""
    p.add_argument("--json", action="store_true", help="print one JSON array of result objects")


def add_policy(p: argparse.ArgumentParser, *, gate: bool = False) -> None:
    """``--policy POLICY.yaml`` (with ``gate``, the file may also say allow:/deny:)."""
    p.add_argument("--policy", metavar="POLICY.yaml",
                   help="tier rules, and optionally allow:/deny: lists (YAML)" if gate
                   else "tier thresholds and rules (YAML)")


def add_output(p: argparse.ArgumentParser) -> None:
    """``-o OUT``: write to a file instead of stdout."""
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")


def add_max_bytes(p: argparse.ArgumentParser) -> None:
    """``--max-bytes N``: how much of each file is read."""
    p.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"read at most N bytes of each file (default {DEFAULT_MAX_BYTES:,})")


def add_scan(p: argparse.ArgumentParser) -> None:
    """How folders are walked: ``--max-files``, ``--headers``, ``--include``/``--exclude``,
    ``--no-gitignore``."""
    g = p.add_argument_group("folders")
    g.add_argument("--max-files", type=_positive_int, default=DEFAULT_MAX_FILES, metavar="N",
                   help=f"stop walking a folder after N files (default {DEFAULT_MAX_FILES:,}); "
                   "a scan stopped early is reported as incomplete (exit status 3)")
    g.add_argument("--headers", action="store_true",
                   help="also read SPDX-License-Identifier headers of source files (REUSE)")
    g.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="only files matching GLOB (Git-style, relative to the folder; repeatable)")
    g.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="skip files and folders matching GLOB (repeatable)")
    g.add_argument("--no-gitignore", dest="gitignore", action="store_false",
                   help="read files that .gitignore files exclude")


def add_jobs(p: argparse.ArgumentParser) -> None:
    """``--jobs N`` and ``--jsonl``: all cores, and results streamed as they come."""
    g = p.add_argument_group("throughput")
    g.add_argument("-j", "--jobs", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: every core when there are more than "
                   "1,000 files, else 1); results keep the input order")
    g.add_argument("--jsonl", action="store_true",
                   help="print one JSON object per line as results arrive (memory stays flat)")
    g.add_argument("--memo", action="store_true",
                   help="remember results across runs in the user cache (a text judged in "
                   "an earlier run, whatever its copyright lines, is not judged again); the "
                   "same as LICENSELENS_MEMO=1")


def scan_of(args: argparse.Namespace) -> ScanOptions:
    """The :class:`ScanOptions` of the parsed ``--max-files`` ... options."""
    return ScanOptions(max_files=getattr(args, "max_files", DEFAULT_MAX_FILES),
                       headers=getattr(args, "headers", False),
                       include=tuple(getattr(args, "include", ())),
                       exclude=tuple(getattr(args, "exclude", ())),
                       gitignore=getattr(args, "gitignore", True))


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def spdx_out_arg(value: str) -> str:
    """An argparse type: where ``--spdx-out`` writes (a ``.json`` file, not a folder)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("empty file name")
    if Path(value).is_dir():
        raise argparse.ArgumentTypeError(f"{value} is a folder; give a file name such as "
                                         f"{Path(value) / 'sbom.spdx.json'}")
    if not value.lower().endswith(".json"):
        raise argparse.ArgumentTypeError(f"{value}: the SPDX document is written as JSON; "
                                         "give a name ending in .json (e.g. sbom.spdx.json)")
    return value


def tiers_arg(value: str) -> frozenset[str]:
    """An argparse type: a comma-separated list of tiers."""
    try:
        return parse_tiers(value)
    except PolicyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def policy_of(args: argparse.Namespace) -> tuple[Policy | None, Gate | None]:
    """The policy (and the gate a policy file may carry) named by ``--policy``."""
    path: Any = getattr(args, "policy", None)
    if not path:
        return None, None
    return load_gate_policy(path)
