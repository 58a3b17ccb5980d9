"""The commands of ``licenselens``: classify, identify, badge, report, check, packages.

Each ``cmd_*`` returns the exit status (:mod:`licenselens.cli` lists them): 0
every input read, 1 an input could not be read at all (or, for ``check``, a
license outside the allowed tiers), 2 usage errors, 3 every input reported but
part of one could not be read (a file of ``kind: error``, an incomplete walk).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from .. import api
from ..batch import classify_many, is_error, write_jsonl
from ..errors import LicenselensError, PolicyError
from ..judge.combine import per_file_results
from ..judge.gate import Gate, check_results
from ..judge.policy import Policy
from ..pipeline import classify_path
from ..pipeline.tree import ScanOptions
from ..report.documents import render_report, results_json
from ..report.labels import license_label
from ..report.spdx import write_spdx_document
from ..report.table import print_table
from ..report.text import format_text
from ..results import Result
from .options import policy_of, scan_of

#: exit statuses (documented in docs/contract.md)
OK, UNREADABLE, USAGE, PARTIAL = 0, 1, 2, 3


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
        sys.stdout.write(results_json(results))
    else:
        sys.stdout.write("\n\n".join(format_text(r) for r in results) + ("\n" if results else ""))


def partial(results: list[Result]) -> bool:
    """True when part of an input could not be read: an error result or an incomplete walk."""
    return any(r.kind == "error" or r.extra.get("incomplete") or r.extra.get("skipped")
               for r in results)


def status_of(named_status: int, results: list[Result]) -> int:
    """The exit status: an unreadable input (1) before a partly read one (3)."""
    if named_status:
        return named_status
    return PARTIAL if partial(results) else OK


T = TypeVar("T")


def each_input(inputs: Sequence[T], run: Callable[[T], list[Result]]) -> tuple[list[Result], int]:
    """``run`` on every input; an input that cannot be read at all (or a file given by
    name that gives only an error result) is one stderr line and status 1, and the
    other inputs are still reported."""
    results: list[Result] = []
    status = OK
    for item in inputs:
        try:
            found = run(item)
        except PolicyError:
            raise
        except LicenselensError as exc:
            print(f"licenselens: {_line(str(exc))}", file=sys.stderr)
            status = UNREADABLE
            continue
        except Exception as exc:  # noqa: BLE001 - no traceback reaches a user
            print(f"licenselens: {_line(str(item))}: could not be read "
                  f"({type(exc).__name__}: {_line(str(exc))})", file=sys.stderr)
            status = UNREADABLE
            continue
        if found and all(r.kind == "error" for r in found) and not (
                isinstance(item, str) and Path(item).is_dir()):
            for r in found:
                print(f"licenselens: {_line(r.input)}: {_line(str(r.extra.get('error')))}",
                      file=sys.stderr)
            status = UNREADABLE
        results.extend(found)
    return results, status


def classify_all(paths: list[str], policy: Policy | None, *, max_bytes: int | None = None,
                 progress: bool = False, scan: ScanOptions | None = None,
                 ) -> tuple[list[Result], int]:
    """Every result for ``paths`` and the exit status (see :func:`each_input`)."""
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    return each_input(paths, lambda path: classify_path(
        path, policy=policy, progress=progress, scan=scan, **kwargs))


def _line(text: str, limit: int = 300) -> str:
    """One line of at most ``limit`` characters (a huge input is never echoed whole)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def cmd_classify(args: argparse.Namespace) -> int:
    """``licenselens classify``: in input order, on ``--jobs`` processes (default: every
    core for a big scan, one for a small one); ``--jsonl`` streams one object a line."""
    policy, _ = policy_of(args)
    status = [OK]
    stream = _checked(classify_many(args.paths, jobs=args.jobs, policy=policy,
                                    max_bytes=args.max_bytes, scan=scan_of(args)),
                      set(args.paths), status)
    if args.jsonl:
        seen: list[Result] = []
        write_jsonl(_kept(stream, seen), sys.stdout)
        return status_of(status[0], seen)
    results = list(_progress(stream) if sys.stderr.isatty() and not args.json else stream)
    _emit(results, args.json)
    if args.spdx_out:
        write_spdx_document(results, args.spdx_out)
    return status_of(status[0], results)


def _checked(stream: Iterator[Result], named: set[str], status: list[int]) -> Iterator[Result]:
    """The results of ``classify_many`` as the contract wants them: an input named on the
    command line that could not be read at all is one stderr line and status 1 (and no
    result); one that gave only an error result keeps it, with the line and the status."""
    for r in stream:
        if is_error(r) and r.input in named and not (r.input.strip() and Path(r.input).is_dir()):
            err = str(r.extra.get("error"))
            print(f"licenselens: {_line(err if err.startswith(r.input) else f'{r.input}: {err}')}",
                  file=sys.stderr)
            status[0] = UNREADABLE
            if r.kind != "error":
                continue
        yield r


def _kept(stream: Iterator[Result], seen: list[Result]) -> Iterator[Result]:
    """``stream``, remembering only what the exit status needs (memory stays flat)."""
    for r in stream:
        if partial([r]) and not seen:
            seen.append(r)
        yield r


def _progress(stream: Iterator[Result]) -> Iterator[Result]:
    """A progress count on stderr (tqdm) while results arrive."""
    try:
        from tqdm import tqdm
    except ImportError:  # a declared dependency; without it, no bar
        return stream
    return iter(tqdm(stream, desc="licenselens", unit="result", file=sys.stderr, leave=False))


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
    results, status = classify_all(args.paths, policy, scan=scan_of(args))
    fmt = "json" if args.json else args.format
    if fmt is None and not args.output and sys.stdout.isatty():
        print_table(results)
    else:
        _write(render_report(results, fmt or "md"), args.output)
    return status_of(status, results)


def cmd_check(args: argparse.Namespace) -> int:
    """``licenselens check``: 0 when every license is allowed, 1 otherwise."""
    policy, file_gate = policy_of(args)
    if args.allow is not None or args.deny is not None:
        gate = Gate.from_options(allow=args.allow, deny=args.deny)
    else:
        gate = file_gate or Gate()
    results, status = classify_all(args.paths, policy, scan=scan_of(args))
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
            print(f"::error file={_gh_property(v.result.input)},title=license denied::"
                  f"{_gh_data(msg)}")
    if violations:
        print(f"licenselens check: {len(violations)} of {len(checked)} denied ({gate.describe()})",
              file=sys.stderr)
        return UNREADABLE
    if status == OK and partial(results):
        print("licenselens check: the scan is incomplete (see the warnings): not every license "
              "could be checked", file=sys.stderr)
        return PARTIAL
    if not args.quiet and status == OK:
        print(f"licenselens check: {len(checked)} checked, all passed ({gate.describe()})")
    return status


def _gh_data(text: str) -> str:
    """A GitHub workflow command's message, escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    """A GitHub workflow command's property value (``file=``), escaped."""
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")
