"""Options that several commands share, each declared once."""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import PolicyError
from ..judge.gate import Gate, load_gate_policy, parse_tiers
from ..judge.policy import Policy
from ..readers.files import DEFAULT_MAX_BYTES


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


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


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
